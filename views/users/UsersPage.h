#pragma once

#include "models/domain/User.h"

#include <QWidget>

class MessageBanner;
class PlannedLogoutBar;
class QComboBox;
class QPushButton;
class QTableView;
class QTimer;
class SessionSource;
class TeamActions;
class UserDetailPane;
class UserTableModel;

// Every user in a table sorted and filtered by the source, a Log out button in every row, and the
// selected user's sessions below.
class UsersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(SessionSource *source, QWidget *parent = nullptr);

    // Loads the first page; call once the source is open.
    void start();
    void refresh();
    // Filters by name or email after a short pause in typing.
    void setSearchText(const QString &text);
    // Every user, those with the most active sessions first (the Overview's door to who is signed in).
    void showSignedInFirst();

    UserTableModel *userModel() const { return m_users; }
    MessageBanner *banner() const { return m_banner; }
    PlannedLogoutBar *plannedLogoutBar() const { return m_planned; }

Q_SIGNALS:
    // The first page of users and the first user's sessions are on screen, or why they are not.
    void ready();
    void countsChanged(qint64 shown, qint64 total);
    void loadingChanged(bool loading);
    // Asks the window to search for this text (to show a user just added).
    void searchRequested(const QString &text);

private:
    void confirmLogout(const QModelIndex &index);
    void confirmLogoutSelected();
    // Asks for a reason, then logs users out (one audit entry each); leftOut are selected users
    // with no session to end, named in the question.
    void confirmLogoutOf(const QList<User> &users, const QList<User> &leftOut = {});
    void updateLogoutSelected();
    void applyCapabilities();
    void onCurrentRowChanged();
    void restoreSelection();
    // Says ready() once.
    void markReady();
    void updateDetail(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    SessionSource *m_source = nullptr;
    UserTableModel *m_users = nullptr;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_logoutSelected = nullptr;
    QPushButton *m_addUser = nullptr;
    TeamActions *m_team = nullptr;
    PlannedLogoutBar *m_planned = nullptr;
    QTableView *m_table = nullptr;
    UserDetailPane *m_detail = nullptr;
    QTimer *m_searchDelay = nullptr;
    QString m_pendingSearch;
    QString m_selectedId;
    bool m_readyEmitted = false;
};
