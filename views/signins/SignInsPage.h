#pragma once

#include <QWidget>

class FilterEdits;
class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class SessionSource;
class SignInTableModel;

// Every sign-in attempt, newest first: time, user, result, place, device and browser, IP. Filters
// (user, result, an address or a CIDR range, country, device or browser, time) run in the store
// as they are typed; one that is no filter (an address that is none) is refused with the reason
// and shows nothing rather than everything. From a row, Show User opens the user on the Users
// page, Log Out User and Freeze act on the user (AccountActions). Export CSV… writes what the
// filter shows to a file, recorded in the audit trail (SignInExport).
class SignInsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SignInsPage(SessionSource *source, QWidget *parent = nullptr);

    SignInTableModel *signInModel() const { return m_signIns; }
    // A table of sign-ins as this page shows them: the look, newest first, columns fitted to their
    // typical text (the user pane's Sign-ins tab shows them so too).
    static void setUpTable(QTableView *table, SignInTableModel *signIns);
    MessageBanner *banner() const { return m_banner; }
    // Asks for the reason, then exports what the filter shows to path (Export CSV… after the file
    // dialog).
    void exportTo(const QString &path);
    // Everybody's sign-ins of one hour (the Overview's door), those with that result only where
    // success is given: the other filters cleared, the hour offered as a time of its own.
    void showHour(const QDateTime &start, std::optional<bool> success);

Q_SIGNALS:
    // The operator asked to see this user (their address) on the Users page.
    void showUser(const QString &email);
    // An export finished: written and recorded, or not at all.
    void exported(bool done);

private:
    // Reads the filters and asks the store; says why a filter cannot be asked.
    void applyFilters();
    void updateCount();
    void updateActions();
    void updateExport();
    void chooseExportFile();

    SessionSource *m_source = nullptr;
    SignInTableModel *m_signIns = nullptr;
    MessageBanner *m_banner = nullptr;
    FilterEdits *m_filters = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_showUser = nullptr;
    QPushButton *m_logOut = nullptr;
    QPushButton *m_freeze = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_table = nullptr;
    bool m_exporting = false;
};
