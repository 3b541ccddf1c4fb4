#include "views/main/MainWindow.h"

#include "models/domain/DisplayFormat.h"
#include "models/schedule/PlannedLogoutRunner.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/audit/AuditPage.h"
#include "views/common/MessageBanner.h"
#include "views/connections/ConnectionsDialog.h"
#include "views/flags/FlaggedPage.h"
#include "views/overview/OverviewPage.h"
#include "views/sessions/SessionsPage.h"
#include "views/settings/SettingsPage.h"
#include "views/signins/SignInsPage.h"
#include "views/users/LogoutAllDialog.h"
#include "views/users/PlannedLogoutBar.h"
#include "views/users/UsersPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(SessionSource *source, QWidget *parent)
    : QMainWindow(parent)
    , m_source(source)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_overviewPage(new OverviewPage(source, this))
    , m_usersPage(new UsersPage(source, this))
    , m_flaggedPage(new FlaggedPage(source, this))
    , m_auditPage(new AuditPage(source, this))
    , m_signInsPage(new SignInsPage(source, this))
    , m_sessionsPage(new SessionsPage(source, this))
    , m_settingsPage(new SettingsPage(source, this))
    , m_search(new QLineEdit(this))
    , m_sourceLabel(new QLabel(this))
    , m_operatorLabel(new QLabel(this))
    , m_liveLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("SessionDesk"));
    setWindowIcon(QIcon(u":/icons/sessiondesk.svg"_s));

    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *refresh = toolBar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"));
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read everything shown again from the source (F5)"));
    connect(refresh, &QAction::triggered, m_usersPage, &UsersPage::refresh);
    toolBar->addSeparator();
    m_logoutAll =
        toolBar->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("Log Out All Users…"));
    m_logoutAll->setObjectName(u"logoutAllAction"_s);
    toolBar->widgetForAction(m_logoutAll)
        ->setStyleSheet(u"QToolButton { color: #a51d2d; font-weight: bold; } "
                        "QToolButton:disabled { color: palette(mid); font-weight: normal; }"_s);
    connect(m_logoutAll, &QAction::triggered, this, [this] { confirmLogoutAll({}, {}); });
    auto *connections =
        toolBar->addAction(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("&Connections…"));
    connections->setObjectName(u"connectionsAction"_s);
    connections->setToolTip(tr("Saved connections: add, edit, test, or switch to another one"));
    connect(connections, &QAction::triggered, this, [this] {
        auto *dialog = new ConnectionsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConnectionsDialog::connectRequested, this, [this, dialog](const QString &name) {
            dialog->close();
            Q_EMIT switchRequested(name);
        });
        dialog->open();
    });
    m_upgradeStore = new QAction(tr("Initialize / Upgrade Store…"), this);
    m_upgradeStore->setObjectName(u"upgradeStoreAction"_s);
    connect(m_upgradeStore, &QAction::triggered, this, &MainWindow::confirmUpgradeStore);

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search name or email (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 22);
    m_search->setAccessibleName(tr("Search users"));
    toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, m_usersPage, &UsersPage::setSearchText);
    connect(m_usersPage, &UsersPage::searchRequested, m_search, &QLineEdit::setText);
    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, m_search, qOverload<>(&QWidget::setFocus));

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->addItem(new QListWidgetItem(QIcon(u":/icons/overview.svg"_s), tr("Overview")));
    m_navigation->addItem(new QListWidgetItem(QIcon(u":/icons/users.svg"_s), tr("Users")));
    m_navigation->addItem(new QListWidgetItem(QIcon(u":/icons/flag.svg"_s), tr("Flagged")));
    m_navigation->addItem(new QListWidgetItem(QIcon(u":/icons/signin.svg"_s), tr("Sign-ins")));
    m_navigation->addItem(new QListWidgetItem(QIcon(u":/icons/sessions.svg"_s), tr("Sessions")));
    m_navigation->addItem(new QListWidgetItem(QIcon(u":/icons/audit.svg"_s), tr("Audit")));
    m_navigation->addItem(new QListWidgetItem(QIcon(u":/icons/settings.svg"_s), tr("Settings")));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFixedWidth(
        fontMetrics().horizontalAdvance(tr("Flagged (%1)").arg(DisplayFormat::count(88888))) +
        m_navigation->iconSize().width() + 32);
    m_navigation->setCurrentRow(0);
    m_pages->addWidget(m_overviewPage);
    m_pages->addWidget(m_usersPage);
    m_pages->addWidget(m_flaggedPage);
    m_pages->addWidget(m_signInsPage);
    m_pages->addWidget(m_sessionsPage);
    m_pages->addWidget(m_auditPage);
    m_pages->addWidget(m_settingsPage);
    connect(m_flaggedPage, &FlaggedPage::openCountChanged, this, [this](qint64 count) {
        m_navigation->item(m_pages->indexOf(m_flaggedPage))
            ->setText(count > 0 ? tr("Flagged (%1)").arg(DisplayFormat::count(count)) : tr("Flagged"));
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::navigate);
    const auto showUser = [this](const QString &email) {
        showPage(u"users"_s);
        m_search->setText(email);
    };
    connect(m_signInsPage, &SignInsPage::showUser, this, showUser);
    connect(m_sessionsPage, &SessionsPage::showUser, this, showUser);
    connect(m_sessionsPage, &SessionsPage::endMatchingRequested, this, &MainWindow::confirmLogoutAll);
    // The Overview's doors.
    connect(m_overviewPage, &OverviewPage::usersRequested, this, [this] {
        m_usersPage->showSignedInFirst();
        showPage(u"users"_s);
    });
    connect(m_overviewPage, &OverviewPage::sessionsRequested, this, [this](const QString &country) {
        m_sessionsPage->showCountry(country);
        showPage(u"sessions"_s);
    });
    connect(m_overviewPage, &OverviewPage::signInsRequested, this,
            [this](const QDateTime &hour, std::optional<bool> success) {
                m_signInsPage->showHour(hour, success);
                showPage(u"signins"_s);
            });
    connect(m_overviewPage, &OverviewPage::flagsRequested, this, [this](Flag::Rule rule) {
        m_flaggedPage->showRule(rule);
        showPage(u"flagged"_s);
    });
    connect(m_overviewPage, &OverviewPage::auditRequested, this,
            [this](const QDateTime &from, const QDateTime &to) {
                m_auditPage->showRange(from, to);
                showPage(u"audit"_s);
            });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_sourceLabel->setObjectName(u"sourceLabel"_s);
    m_operatorLabel->setObjectName(u"operatorLabel"_s);
    m_liveLabel->setObjectName(u"liveLabel"_s);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_sourceLabel->setText(source->description());
    connect(source, &SessionSource::operatorChanged, this, &MainWindow::showOperator);
    showOperator();
    statusBar()->addWidget(m_sourceLabel, 1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 8);
    m_busy->hide();
    m_plannedLabel = new QLabel(this);
    m_plannedLabel->setObjectName(u"plannedLogoutStatus"_s);
    m_plannedLabel->setStyleSheet(u"QLabel { color: #a50e0e; font-weight: bold; }"_s);
    m_plannedLabel->hide();
    connect(m_usersPage->plannedLogoutBar(), &PlannedLogoutBar::summaryChanged, this,
            [this](const QString &text) {
                m_plannedLabel->setText(text);
                m_plannedLabel->setVisible(!text.isEmpty());
            });
    m_runner = new PlannedLogoutRunner(m_source, {}, this);
    connect(m_runner, &PlannedLogoutRunner::ran, this,
            [this](const PlannedLogout &plan, const Result<ActionResult> &result) {
                if (result.ok())
                    m_usersPage->banner()->showMessage(
                        MessageBanner::Kind::Information,
                        tr("The logout of all users planned for %1 has run: %2 of %3 ended.")
                            .arg(DisplayFormat::exactTime(plan.runAt),
                                 DisplayFormat::sessions(result.value().sessionsEnded),
                                 DisplayFormat::users(result.value().usersAffected)));
                else
                    m_usersPage->banner()->showMessage(
                        MessageBanner::Kind::Error,
                        tr("The logout of all users planned for %1 did not run. %2")
                            .arg(DisplayFormat::exactTime(plan.runAt), result.error().text));
            });
    statusBar()->addPermanentWidget(m_plannedLabel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_liveLabel);
    statusBar()->addPermanentWidget(m_operatorLabel);

    connect(m_usersPage, &UsersPage::countsChanged, this, &MainWindow::updateCounts);
    connect(m_usersPage, &UsersPage::ready, this, &MainWindow::ready);
    connect(m_usersPage, &UsersPage::loadingChanged, this, [this](bool loading) {
        m_loading = loading;
        updateLiveLabel();
    });
    connect(m_source, &SessionSource::liveProblem, this, [this](const QString &problem) {
        m_liveProblem = problem;
        updateLiveLabel();
    });
    // 1280 × 800, or the screen's room where it has less (a 1024 × 640 laptop screen).
    const QScreen *display = screen() ? screen() : QGuiApplication::primaryScreen();
    resize(display ? QSize(1280, 800).boundedTo(display->availableGeometry().size()) : QSize(1280, 800));
}

void MainWindow::updateLiveLabel()
{
    const Capabilities capabilities = m_source->capabilities();
    m_liveLabel->setStyleSheet(m_liveProblem.isEmpty() ? QString() : u"QLabel { color: #a50e0e; }"_s);
    if (!m_liveProblem.isEmpty()) {
        m_liveLabel->setText(tr("● Not live"));
        m_liveLabel->setToolTip(
            tr("Changes made elsewhere are not shown: %1 SessionDesk keeps trying.").arg(m_liveProblem));
        return;
    }
    if (m_loading)
        m_liveLabel->setText(tr("Loading…"));
    else if (capabilities.has(Capabilities::Capability::LiveUpdates))
        m_liveLabel->setText(tr("● Live"));
    else
        m_liveLabel->setText(tr("Refresh with F5"));
    m_liveLabel->setToolTip(capabilities.has(Capabilities::Capability::LiveUpdates)
                                ? tr("Changes made elsewhere appear within a second.")
                                : capabilities.reason(Capabilities::Capability::LiveUpdates));
}

void MainWindow::showOperator()
{
    const Operator op = m_source->currentOperator();
    m_operatorLabel->setToolTip(tr("OS account %1 on %2").arg(op.osAccount, op.host));
    if (!m_connected) {
        // A store that could not be opened has said nothing about who may do what.
        m_operatorLabel->setText(tr("Operator: %1 (not connected)").arg(op.id));
        m_logoutAll->setEnabled(false);
        m_logoutAll->setToolTip(tr("Not connected to a store."));
        return;
    }
    m_operatorLabel->setText(tr("Operator: %1 (%2)").arg(op.id, op.roleDescription()));
    const Capabilities allowed = m_source->capabilities();
    m_logoutAll->setEnabled(allowed.has(Capabilities::Capability::LogoutAll));
    m_logoutAll->setToolTip(allowed.has(Capabilities::Capability::LogoutAll)
                                ? tr("End every session of every user: for an incident or maintenance")
                                : allowed.reason(Capabilities::Capability::LogoutAll));
}

void MainWindow::start()
{
    m_connected = true;
    showOperator();
    statusBar()->clearMessage();
    // Planned logouts run while a console is open: checked now and every half minute.
    m_runner->start(30'000);
    m_overviewPage->start();
    m_usersPage->start();
    m_flaggedPage->start();
    m_auditPage->start();
    m_settingsPage->start();
}

void MainWindow::showStartupError(const SourceError &error)
{
    m_connected = false;
    showOperator();
    m_liveLabel->setText(tr("Not connected"));
    showPage(u"users"_s);
    m_usersPage->banner()->showError(error);
    m_upgradeStore->setEnabled(true);
    if (error.code == SourceError::Code::OlderSchema)
        m_usersPage->banner()->setAction(m_upgradeStore);
}

void MainWindow::confirmUpgradeStore()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Initialize / Upgrade Store"),
                                tr("Create or upgrade SessionDesk's tables, functions and roles in this "
                                   "database? Every console and application using it sees the new schema; "
                                   "it cannot be undone from SessionDesk."),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"upgradeStoreQuestion"_s);
    QPushButton *upgrade = box->addButton(tr("Initialize / Upgrade"), QMessageBox::AcceptRole);
    upgrade->setObjectName(u"upgradeStoreButton"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, upgrade](QAbstractButton *clicked) {
        if (clicked != upgrade)
            return;
        m_upgradeStore->setEnabled(false);
        m_usersPage->banner()->showMessage(MessageBanner::Kind::Information,
                                           tr("Initializing or upgrading the store…"));
        Q_EMIT upgradeRequested();
    });
    box->open();
}

void MainWindow::showProgress(const QString &text)
{
    currentBanner()->showMessage(MessageBanner::Kind::Information, text);
}

bool MainWindow::showPage(const QString &name)
{
    const QStringList names{u"overview"_s, u"users"_s, u"flagged"_s, u"signins"_s,
                            u"sessions"_s, u"audit"_s, u"settings"_s};
    const int page = int(names.indexOf(name));
    if (page < 0)
        return false;
    m_navigation->setCurrentRow(page);
    return true;
}

void MainWindow::confirmLogoutAll(const SessionFilter &matching, const QString &description)
{
    auto *dialog = new LogoutAllDialog(m_source, this);
    if (!matching.isEmpty())
        dialog->setMatching(matching, description);
    connect(dialog, &QDialog::accepted, this, [this, dialog, description] {
        const LogoutAllScope scope = dialog->scope();
        const ActionContext context{m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        if (const auto at = dialog->plannedAt()) {
            const QDateTime runAt = *at;
            Futures::onResult(m_source->planLogoutAll(scope, runAt, dialog->announcement(), context), this,
                              [this, runAt](const Result<ActionResult> &result) {
                                  // Said on the page the operator is on when it is done.
                                  MessageBanner *banner = currentBanner();
                                  if (result.ok())
                                      banner->showMessage(
                                          MessageBanner::Kind::Success,
                                          tr("Planned: all users will be signed out at %1; they see the "
                                             "message until then (audit entry %2).")
                                              .arg(DisplayFormat::exactTime(runAt))
                                              .arg(result.value().auditEntryId));
                                  else
                                      banner->showError(result.error());
                              });
            return;
        }
        // Said on the page the operator is on, when it starts and when it ends.
        MessageBanner *banner = currentBanner();
        const bool all = scope.matching.isEmpty();
        banner->showMessage(MessageBanner::Kind::Information,
                            all ? tr("Logging out all users…") : tr("Ending the matching sessions…"));
        m_busy->show();
        m_logoutAll->setEnabled(false);
        // Sources that are not transactional (REST APIs, one request per user) report progress
        // and can be stopped; what ended stays ended, and running it again finishes the rest.
        auto *watcher = new QFutureWatcher<Result<ActionResult>>(this);
        auto *stop = new QAction(tr("Stop"), watcher);
        stop->setObjectName(u"stopLogoutAllAction"_s);
        connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
                [this, banner, stop](int from, int to) {
                    if (to <= from)
                        return;
                    m_busy->setRange(from, to);
                    banner->setAction(stop);
                });
        connect(watcher, &QFutureWatcherBase::progressValueChanged, m_busy, &QProgressBar::setValue);
        connect(stop, &QAction::triggered, watcher, [watcher, stop] {
            stop->setEnabled(false);
            watcher->cancel();
        });
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, started = banner, scope, watcher, all, description] {
                    watcher->deleteLater();
                    // The operator may have gone to another page meanwhile: the result is said there, and
                    // the page it started on no longer says "Logging out…".
                    MessageBanner *here = currentBanner();
                    if (here != started)
                        started->hide();
                    m_busy->hide();
                    m_busy->setRange(0, 0);
                    m_logoutAll->setEnabled(true);
                    if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
                        here->showMessage(
                            MessageBanner::Kind::Warning,
                            tr("Stopped: the users reached so far are logged out, the others are not. "
                               "The Audit page records what was done; run Log Out All Users again to "
                               "finish."));
                        return;
                    }
                    const Result<ActionResult> result = watcher->result();
                    if (!result.ok()) {
                        here->showError(result.error());
                        return;
                    }
                    QString text =
                        all ? tr("Logged out all users: %1 of %2 ended.")
                                  .arg(DisplayFormat::sessions(result.value().sessionsEnded),
                                       DisplayFormat::users(result.value().usersAffected))
                            : tr("Ended %1 of %2 (%3).")
                                  .arg(DisplayFormat::sessions(result.value().sessionsEnded),
                                       DisplayFormat::users(result.value().usersAffected), description);
                    if (scope.revokeTokens)
                        text += u' ' + tr("Access tokens issued before %1 are rejected.")
                                           .arg(DisplayFormat::exactTime(result.value().at));
                    here->showMessage(MessageBanner::Kind::Success, text);
                });
        watcher->setFuture(m_source->logoutAll(scope, context));
    });
    dialog->open();
}

MessageBanner *MainWindow::currentBanner() const
{
    auto *banner = m_pages->currentWidget()->findChild<MessageBanner *>();
    return banner ? banner : m_usersPage->banner();
}

void MainWindow::navigate(int page)
{
    if (page == m_pages->currentIndex())
        return;
    auto go = [this, page] {
        QToolTip::hideText(); // a chart's tooltip, when its click opened another page
        m_pages->setCurrentIndex(page);
        m_search->setEnabled(m_pages->currentWidget() == m_usersPage);
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(page);
    };
    if (m_pages->currentWidget() == m_settingsPage && !m_settingsPage->confirmLeave(go)) {
        // Stay marked on Settings until the operator has decided: also after the click that
        // asked to leave has finished selecting the item it landed on.
        auto stay = [this] {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(m_pages->currentIndex());
        };
        stay();
        QMetaObject::invokeMethod(this, stay, Qt::QueuedConnection);
        return;
    }
    go();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settingsPage->confirmLeave([this] { close(); }))
        event->accept();
    else
        event->ignore();
}

void MainWindow::updateCounts(qint64 shown, qint64 total)
{
    m_countLabel->setText(
        tr("%1 of %Ln user(s) loaded", nullptr, int(total)).arg(DisplayFormat::count(shown)));
}
