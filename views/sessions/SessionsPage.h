#pragma once

#include "models/sources/SessionFilter.h"

#include <QWidget>

class ButtonDelegate;
class FilterEdits;
class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class SessionSource;
class SessionTableModel;

// Every active session of every user: user, device and browser, IP, place, started, last activity,
// expires, with End per row. Filters (user, an address or a CIDR range, country, device or
// browser, started and last-activity periods) run in the store as they are typed; one that is no
// filter is refused with the reason and shows nothing. "End N Matching Sessions…" asks MainWindow
// to end what the filters match (endMatchingRequested); with no filter it is Log Out All Users,
// and the button says so. Show User opens a row's user on the Users page.
class SessionsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SessionsPage(SessionSource *source, QWidget *parent = nullptr);

    SessionTableModel *sessionModel() const { return m_sessions; }
    MessageBanner *banner() const { return m_banner; }
    // A table of sessions as the pages show them (the look, last active first, columns fitted,
    // an End button per active session); the delegate of the End buttons.
    static ButtonDelegate *setUpTable(QTableView *table, SessionTableModel *sessions);
    // Every active session from one country (the Overview's door): the other filters cleared.
    void showCountry(const QString &country);

Q_SIGNALS:
    void showUser(const QString &email);
    // End the sessions filter matches (described in words); empty: log out all users.
    void endMatchingRequested(const SessionFilter &filter, const QString &description);

private:
    void applyFilters();
    void updateCount();
    void updateActions();

    SessionSource *m_source = nullptr;
    SessionTableModel *m_sessions = nullptr;
    MessageBanner *m_banner = nullptr;
    FilterEdits *m_filters = nullptr;
    QComboBox *m_started = nullptr;
    QComboBox *m_active = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_showUser = nullptr;
    QPushButton *m_endMatching = nullptr;
    QTableView *m_table = nullptr;
    SessionFilter m_shown;     // the filter of what the table shows
    bool m_showsValid = false; // false while a filter is refused or on its way
};
