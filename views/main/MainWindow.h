#pragma once

#include <QMainWindow>

class AuditPage;
class FlaggedPage;
class MessageBanner;
class OverviewPage;
class QAction;
class PlannedLogoutRunner;
class QLabel;
class QProgressBar;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class SessionSource;
class SettingsPage;
class SessionsPage;
struct SessionFilter;
class SignInsPage;
struct SourceError;
class UsersPage;

// Navigation on the left, the pages in the middle, search and refresh in the tool bar, and the
// source, operator, live state and counts in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(SessionSource *source, QWidget *parent = nullptr);

    // The source is open: load the pages.
    void start();
    // The source could not be opened: say why on the page.
    void showStartupError(const SourceError &error);
    void showProgress(const QString &text);

    // Shows a page by name: overview, users, flagged, signins, sessions, audit, settings. Returns
    // false for an unknown name.
    bool showPage(const QString &name);
    OverviewPage *overviewPage() const { return m_overviewPage; }
    UsersPage *usersPage() const { return m_usersPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    FlaggedPage *flaggedPage() const { return m_flaggedPage; }
    AuditPage *auditPage() const { return m_auditPage; }
    SignInsPage *signInsPage() const { return m_signInsPage; }
    SessionsPage *sessionsPage() const { return m_sessionsPage; }

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // The first page of users (and the first user's sessions) is on screen.
    void ready();
    // The operator confirmed Initialize / Upgrade Store, offered when the store needs it.
    void upgradeRequested();
    // The operator chose to work on the saved connection name instead.
    void switchRequested(const QString &name);

private:
    // The message banner of the page shown now.
    MessageBanner *currentBanner() const;
    void updateCounts(qint64 shown, qint64 total);
    // The operator and their role in the status bar, and what the toolbar allows them.
    void showOperator();
    // Live, loading, not live (with why), or refresh by hand for sources that cannot tell.
    void updateLiveLabel();
    // Log Out All Users; with a filter, End Matching Sessions (described in words).
    void confirmLogoutAll(const SessionFilter &matching, const QString &description);
    void confirmUpgradeStore();
    // Switches pages; leaving the settings with unsaved changes asks first.
    void navigate(int page);

    SessionSource *m_source = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overviewPage = nullptr;
    UsersPage *m_usersPage = nullptr;
    FlaggedPage *m_flaggedPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    SignInsPage *m_signInsPage = nullptr;
    SessionsPage *m_sessionsPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    QLineEdit *m_search = nullptr;
    QAction *m_logoutAll = nullptr;
    QAction *m_upgradeStore = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_liveLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_plannedLabel = nullptr;
    QString m_liveProblem; // why changes made elsewhere are not shown; empty while they are
    bool m_loading = false;
    PlannedLogoutRunner *m_runner = nullptr;
    bool m_connected = false; // the source is open (start()), not failed to open
};
