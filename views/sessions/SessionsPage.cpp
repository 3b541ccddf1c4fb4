#include "views/sessions/SessionsPage.h"

#include "models/domain/DisplayFormat.h"
#include "models/itemmodels/SessionTableModel.h"
#include "models/sources/SessionSource.h"
#include "views/common/ButtonDelegate.h"
#include "views/common/EmptyNote.h"
#include "views/common/FilterEdits.h"
#include "views/common/MessageBanner.h"
#include "views/common/TableLayout.h"
#include "views/sessions/EndSessionConfirmation.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// A period as a combo box keeps it: hours back from now, "within" (from then on) when positive,
// "more than … ago" (before then) when negative; 0 any time.
void addPeriods(QComboBox *box, const QList<std::pair<QString, int>> &periods)
{
    for (const auto &[text, hours] : periods)
        box->addItem(text, hours);
}

void applyPeriod(const QComboBox *box, QDateTime *from, QDateTime *to)
{
    const int hours = box->currentData().toInt();
    const QDateTime then = QDateTime::currentDateTimeUtc().addSecs(-3600LL * qAbs(hours));
    if (hours > 0)
        *from = then;
    else if (hours < 0)
        *to = then;
}

} // namespace

SessionsPage::SessionsPage(SessionSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_sessions(new SessionTableModel(source, this))
    , m_banner(new MessageBanner(this))
    , m_filters(new FilterEdits(u"session"_s, this))
    , m_started(new QComboBox(this))
    , m_active(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_showUser(new QPushButton(tr("Show &User"), this))
    , m_endMatching(new QPushButton(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"sessionsPage"_s);
    m_started->setObjectName(u"sessionStartedFilter"_s);
    m_started->setAccessibleName(tr("Started"));
    addPeriods(m_started, {{tr("Any time"), 0},
                           {tr("In the last hour"), 1},
                           {tr("In the last 24 hours"), 24},
                           {tr("In the last 7 days"), 24 * 7},
                           {tr("More than 7 days ago"), -24 * 7},
                           {tr("More than 30 days ago"), -24 * 30}});
    m_active->setObjectName(u"sessionActiveFilter"_s);
    m_active->setAccessibleName(tr("Last activity"));
    addPeriods(m_active, {{tr("Any time"), 0},
                          {tr("In the last hour"), 1},
                          {tr("In the last 24 hours"), 24},
                          {tr("Idle for more than a day"), -24},
                          {tr("Idle for more than 7 days"), -24 * 7}});
    m_count->setObjectName(u"sessionCount"_s);
    m_showUser->setObjectName(u"showUserButton"_s);
    m_showUser->setToolTip(tr("Open the selected session's user on the Users page (Enter)"));
    m_endMatching->setObjectName(u"endMatchingButton"_s);

    QGridLayout *filters = m_filters->layout(tr("S&tarted:"), m_started, tr("&Last activity:"), m_active);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_showUser);
    bar->addWidget(m_endMatching);

    m_table->setObjectName(u"allSessionsTable"_s);
    m_table->setAccessibleName(tr("Active sessions"));
    ButtonDelegate *endButtons = setUpTable(m_table, m_sessions);
    new EmptyNote(m_table, m_sessions, tr("No active session matches these filters."));
    m_table->setColumnHidden(SessionTableModel::StatusColumn, true); // active ones only

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filters, &FilterEdits::applyRequested, this, &SessionsPage::applyFilters);
    for (QComboBox *box : {m_started, m_active})
        connect(box, &QComboBox::currentIndexChanged, this, &SessionsPage::applyFilters);
    connect(m_sessions, &SessionTableModel::totalCountChanged, this, &SessionsPage::updateCount);
    connect(m_sessions, &SessionTableModel::modelReset, this, &SessionsPage::updateCount);
    connect(m_sessions, &SessionTableModel::errorOccurred, this, [this](const SourceError &error) {
        m_banner->showError(error);
        // A search the source refused shows nothing (and offers nothing to end), not what the last
        // one showed.
        if (error.code == SourceError::Code::Unsupported || error.code == SourceError::Code::InvalidInput) {
            m_showsValid = false;
            m_sessions->clear();
            updateCount();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionsPage::updateActions);
    connect(endButtons, &ButtonDelegate::clicked, this, [this](const QModelIndex &index) {
        const Session session = m_sessions->rowAt(index.row());
        EndSessionConfirmation::open(this, m_source, m_banner, session,
                                     session.userName.isEmpty() ? session.userEmail : session.userName);
    });
    const auto show = [this] {
        const QModelIndex current = m_table->currentIndex();
        const QString email = current.isValid()
                                  ? m_sessions->index(current.row(), SessionTableModel::UserColumn)
                                        .data(PagedModelBase::RawValueRole)
                                        .toString()
                                  : QString();
        if (!email.isEmpty())
            Q_EMIT showUser(email);
    };
    connect(m_showUser, &QPushButton::clicked, this, show);
    connect(m_table, &QTableView::activated, this, show);
    connect(m_endMatching, &QPushButton::clicked, this, [this] {
        const QString described = m_shown.text(m_filters->user()->text().trimmed());
        Q_EMIT endMatchingRequested(m_shown, described);
    });
    connect(source, &SessionSource::operatorChanged, this, &SessionsPage::applyFilters);
    updateActions();
    applyFilters();
}

ButtonDelegate *SessionsPage::setUpTable(QTableView *table, SessionTableModel *sessions)
{
    table->setModel(sessions);
    TableLayout::configure(table);
    table->horizontalHeader()->setSortIndicator(SessionTableModel::LastActivityColumn, Qt::DescendingOrder);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The address keeps its width (an IPv4 address whole; a long IPv6 address in the tooltip): the
    // others give up room first on a small screen.
    TableLayout::fitColumns(table,
                            {u"Chinedu Okafor-Adeyemi"_s, u"Desktop · Chrome 124 on Windows"_s,
                             u"203.0.113.255"_s, DisplayFormat::place(u"Belfast"_s, u"GB"_s),
                             u"Deutsche Telekom AG"_s, DisplayFormat::relativeTime(now.addDays(-12), now),
                             DisplayFormat::relativeTime(now.addDays(-12), now),
                             DisplayFormat::relativeTime(now.addDays(12), now),
                             Session::endReasonText(EndReason::AdminLogout)},
                            {SessionTableModel::UserColumn, SessionTableModel::DeviceColumn,
                             SessionTableModel::LocationColumn, SessionTableModel::NetworkColumn,
                             SessionTableModel::StartedColumn, SessionTableModel::LastActivityColumn,
                             SessionTableModel::ExpiresColumn, SessionTableModel::StatusColumn});
    auto *endButtons = new ButtonDelegate(table);
    table->setItemDelegateForColumn(SessionTableModel::ActionColumn, endButtons);
    table->setColumnWidth(
        SessionTableModel::ActionColumn,
        ButtonDelegate::cellWidth(
            table, sessions->headerData(SessionTableModel::ActionColumn, Qt::Horizontal).toString(),
            SessionTableModel::tr("End")));
    return endButtons;
}

void SessionsPage::applyFilters()
{
    m_filters->applying();
    m_showsValid = false;
    const Capabilities capabilities = m_source->capabilities();
    const FilterEdits::Offered offered = m_filters->offer(
        capabilities, Capabilities::Capability::SearchSessions, m_table, SessionTableModel::LocationColumn,
        SessionTableModel::DeviceColumn, SessionTableModel::IpColumn);
    m_table->setColumnHidden(SessionTableModel::NetworkColumn,
                             !capabilities.has(Capabilities::Capability::Networks));
    // Times the source does not record are neither shown nor offered as filters.
    const std::pair<QComboBox *, Capabilities::Capability> times[] = {
        {m_started, Capabilities::Capability::SessionStarts},
        {m_active, Capabilities::Capability::SessionActivity}};
    for (const auto &[box, capability] : times) {
        const bool recorded = capabilities.has(capability);
        m_table->setColumnHidden(box == m_started ? SessionTableModel::StartedColumn
                                                  : SessionTableModel::LastActivityColumn,
                                 !recorded);
        if (!recorded) {
            const QSignalBlocker blocker(box);
            box->setCurrentIndex(0);
        }
        box->setEnabled(recorded);
        box->setToolTip(capabilities.reason(capability));
    }
    if (!offered.available) {
        m_sessions->clear();
        m_banner->showMessage(MessageBanner::Kind::Information,
                              capabilities.reason(Capabilities::Capability::SearchSessions));
        updateCount();
        return;
    }
    SessionFilter filter;
    filter.network = offered.network;
    filter.country = offered.country;
    filter.device = offered.device;
    applyPeriod(m_started, &filter.startedFrom, &filter.startedTo);
    applyPeriod(m_active, &filter.activeFrom, &filter.activeTo);
    const auto refuse = [this](const QString &why) {
        // A filter that is none shows nothing, not everything, and says why.
        m_sessions->clear();
        m_banner->showMessage(MessageBanner::Kind::Error, why);
        updateCount();
    };
    if (auto refused = filter.refusal())
        return refuse(refused->text);
    m_filters->resolveUser(
        m_source,
        [this, filter](const QString &userId) mutable {
            filter.userId = userId;
            m_banner->hide();
            m_shown = filter;
            m_showsValid = true;
            m_sessions->searchAll(filter);
            updateCount();
        },
        refuse);
}

void SessionsPage::updateCount()
{
    const qint64 total = m_showsValid ? m_sessions->totalCount() : 0;
    m_count->setText(tr("%1 active session(s)", nullptr, int(qMin<qint64>(total, INT_MAX)))
                         .arg(DisplayFormat::count(total)));
    updateActions();
}

void SessionsPage::updateActions()
{
    m_showUser->setEnabled(m_table->currentIndex().isValid());
    const Capabilities capabilities = m_source->capabilities();
    const qint64 total = m_showsValid ? m_sessions->totalCount() : 0;
    // With no filter, ending what matches is logging everybody out: the button says so.
    m_endMatching->setText(!m_showsValid || !m_shown.isEmpty() ? tr("End %Ln Matching Session(s)…", nullptr,
                                                                    int(qMin<qint64>(total, INT_MAX)))
                                                               : tr("Log Out All Users…"));
    const bool allowed = capabilities.has(Capabilities::Capability::LogoutAll);
    m_endMatching->setEnabled(m_showsValid && total > 0 && allowed);
    m_endMatching->setToolTip(!allowed            ? capabilities.reason(Capabilities::Capability::LogoutAll)
                              : !m_showsValid     ? tr("Correct the filters first.")
                              : total == 0        ? tr("No active session matches the filters.")
                              : m_shown.isEmpty() ? tr("No filter is set: this logs out every user.")
                                                  : tr("End every active session the filters match, with a "
                                                       "preview, a reason and the audit trail."));
}

void SessionsPage::showCountry(const QString &country)
{
    for (QLineEdit *edit : {m_filters->user(), m_filters->network(), m_filters->device()})
        edit->clear();
    m_filters->country()->setText(country);
    for (QComboBox *period : {m_started, m_active}) {
        const QSignalBlocker blocker(period);
        period->setCurrentIndex(0);
    }
    applyFilters();
}
