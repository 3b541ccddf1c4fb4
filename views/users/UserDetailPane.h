#pragma once

#include "models/domain/User.h"

#include <QWidget>

class MessageBanner;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class SessionSource;
class SessionTableModel;
class TeamActions;
class UserHistoryTabs;
class WorldMap;

// The selected user's details and sessions (device and browser from the user agent, IP, place,
// times) with an End button per active session, their sign-ins, flags and audit entries in the
// tabs beside the sessions (UserHistoryTabs); the administrator's account actions (role,
// deactivate or reactivate, remove); and a hint when the sessions look like a shared account.
class UserDetailPane final : public QWidget
{
    Q_OBJECT

public:
    UserDetailPane(SessionSource *source, MessageBanner *banner, TeamActions *team,
                   QWidget *parent = nullptr);

    // Shows user; a user with an empty id shows the empty state.
    void setUser(const User &user);
    SessionTableModel *sessionModel() const { return m_sessions; }
    UserHistoryTabs *history() const { return m_history; }
    // Reads the sessions and the history shown again (a change in the source).
    void refresh();

Q_SIGNALS:
    // The selected user's sessions have been shown (after a change of user or a refresh).
    void sessionsShown();

private:
    void confirmEndSession(const QModelIndex &index);
    void updateSessionCount();
    void updateAccountButtons();
    // Shows the shared-account hint when the user has an open device-spread flag.
    void checkSharedAccount();
    // The places of the active sessions shown, on the Map tab.
    void updateMap();

    SessionSource *m_source = nullptr;
    MessageBanner *m_banner = nullptr;
    TeamActions *m_team = nullptr;
    SessionTableModel *m_sessions = nullptr;
    User m_user;
    QLabel *m_name = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_tokens = nullptr;
    QLabel *m_sharedHint = nullptr;
    QPushButton *m_changeRole = nullptr;
    QPushButton *m_deactivate = nullptr; // "Reactivate…" for a deactivated user
    QPushButton *m_remove = nullptr;
    QLabel *m_sessionCount = nullptr;
    QLabel *m_noSessions = nullptr;
    QCheckBox *m_includeEnded = nullptr;
    QTableView *m_table = nullptr;
    UserHistoryTabs *m_history = nullptr;
    WorldMap *m_map = nullptr;
    quint64 m_mapGeneration = 0; // answers for a user no longer shown are dropped
    static constexpr int MapSessions = 10000;
    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
};
