#include "views/signins/SignInsPage.h"

#include "models/domain/DisplayFormat.h"
#include "models/exports/SignInExport.h"
#include "models/itemmodels/SignInTableModel.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/AccountActions.h"
#include "views/common/EmptyNote.h"
#include "views/common/FilterEdits.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/common/TableLayout.h"

#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// The times the Time filter always offers; an hour the Overview opened follows them.
constexpr int FixedPeriods = 5;

} // namespace

SignInsPage::SignInsPage(SessionSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_signIns(new SignInTableModel(source, this))
    , m_banner(new MessageBanner(this))
    , m_filters(new FilterEdits(u"signIn"_s, this))
    , m_result(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_showUser(new QPushButton(tr("Show &User"), this))
    , m_logOut(new QPushButton(tr("&Log Out User…"), this))
    , m_freeze(new QPushButton(tr("&Freeze…"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_table(new QTableView(this))
{
    setObjectName(u"signInsPage"_s);
    m_result->setObjectName(u"signInResultFilter"_s);
    m_result->setAccessibleName(tr("Result"));
    m_result->addItem(tr("Succeeded and failed"));
    m_result->addItem(tr("Succeeded"), true);
    m_result->addItem(tr("Failed"), false);
    m_period->setObjectName(u"signInPeriodFilter"_s);
    m_period->setAccessibleName(tr("Time"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last hour"), 1);
    m_period->addItem(tr("Last 24 hours"), 24);
    m_period->addItem(tr("Last 7 days"), 24 * 7);
    m_period->addItem(tr("Last 30 days"), 24 * 30);
    m_count->setObjectName(u"signInCount"_s);
    m_showUser->setObjectName(u"showUserButton"_s);
    m_showUser->setToolTip(tr("Open the selected sign-in's user on the Users page (Enter)"));
    m_logOut->setObjectName(u"signInLogoutButton"_s);
    m_freeze->setObjectName(u"signInFreezeButton"_s);
    m_export->setObjectName(u"signInExportButton"_s);

    QGridLayout *filters = m_filters->layout(tr("&Result:"), m_result, tr("&Time:"), m_period);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_showUser);
    bar->addWidget(m_logOut);
    bar->addWidget(m_freeze);
    bar->addWidget(m_export);

    m_table->setObjectName(u"allSignInsTable"_s);
    m_table->setAccessibleName(tr("Sign-ins"));
    setUpTable(m_table, m_signIns);
    new EmptyNote(m_table, m_signIns, tr("No sign-in attempt matches these filters."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filters, &FilterEdits::applyRequested, this, &SignInsPage::applyFilters);
    for (QComboBox *box : {m_result, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &SignInsPage::applyFilters);
    connect(m_signIns, &SignInTableModel::totalCountChanged, this, &SignInsPage::updateCount);
    connect(m_signIns, &SignInTableModel::modelReset, this, &SignInsPage::updateCount);
    connect(m_signIns, &SignInTableModel::totalCountChanged, this, &SignInsPage::updateExport);
    connect(m_signIns, &SignInTableModel::modelReset, this, &SignInsPage::updateExport);
    connect(m_export, &QPushButton::clicked, this, &SignInsPage::chooseExportFile);
    connect(m_signIns, &SignInTableModel::errorOccurred, m_banner, &MessageBanner::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SignInsPage::updateActions);
    const auto show = [this] {
        const QModelIndex current = m_table->currentIndex();
        const QString email = current.isValid()
                                  ? m_signIns->index(current.row(), SignInTableModel::UserColumn)
                                        .data(PagedModelBase::RawValueRole)
                                        .toString()
                                  : QString();
        if (!email.isEmpty())
            Q_EMIT showUser(email);
    };
    connect(m_showUser, &QPushButton::clicked, this, show);
    // The selected sign-in's user, logged out or frozen from here as from the Flagged page.
    const auto act = [this](AccountActions::Action action) {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return;
        const LoginEvent event = m_signIns->rowAt(current.row());
        AccountActions::confirm(
            this, m_source, m_banner, action,
            {event.userId, event.userName.isEmpty() ? event.userEmail : event.userName, event.userEmail});
    };
    connect(m_logOut, &QPushButton::clicked, this, [act] { act(AccountActions::Action::LogOut); });
    connect(m_freeze, &QPushButton::clicked, this, [act] { act(AccountActions::Action::Freeze); });
    connect(m_table, &QTableView::activated, this, show);
    connect(source, &SessionSource::operatorChanged, this, &SignInsPage::applyFilters);
    connect(source, &SessionSource::operatorChanged, this, &SignInsPage::updateActions);
    connect(source, &SessionSource::operatorChanged, this, &SignInsPage::updateExport);
    updateActions();
    updateExport();
    applyFilters();
}

void SignInsPage::setUpTable(QTableView *table, SignInTableModel *signIns)
{
    table->setModel(signIns);
    TableLayout::configure(table);
    table->horizontalHeader()->setSortIndicator(SignInTableModel::TimeColumn, Qt::DescendingOrder);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString signedIn = SignInTableModel::tr("Signed in");
    const QString failed = SignInTableModel::tr("Failed");
    TableLayout::fitColumns(
        table,
        {DisplayFormat::relativeTime(now.addDays(-12), now), u"Chinedu Okafor-Adeyemi"_s,
         signedIn.size() > failed.size() ? signedIn : failed,
         DisplayFormat::place(u"Rio de Janeiro"_s, u"BR"_s), u"Desktop · Chrome 124 on Windows"_s,
         u"2001:db8:4006:812::200e"_s, u"Deutsche Telekom AG"_s},
        {SignInTableModel::UserColumn, SignInTableModel::DeviceColumn, SignInTableModel::NetworkColumn});
}

void SignInsPage::applyFilters()
{
    m_filters->applying();
    const Capabilities capabilities = m_source->capabilities();
    const FilterEdits::Offered offered = m_filters->offer(
        capabilities, Capabilities::Capability::SignIns, m_table, SignInTableModel::LocationColumn,
        SignInTableModel::DeviceColumn, SignInTableModel::IpColumn);
    m_table->setColumnHidden(SignInTableModel::NetworkColumn,
                             !capabilities.has(Capabilities::Capability::Networks));
    if (!offered.available) {
        m_signIns->clear();
        m_banner->showMessage(MessageBanner::Kind::Information,
                              capabilities.reason(Capabilities::Capability::SignIns));
        updateCount();
        return;
    }
    SignInQuery query;
    if (m_result->currentData().isValid())
        query.success = m_result->currentData().toBool();
    query.network = offered.network;
    query.country = offered.country;
    query.device = offered.device;
    if (const QVariant period = m_period->currentData(); period.typeId() == QMetaType::QDateTime) {
        query.from = period.toDateTime();
        query.to = query.from.addSecs(3600);
    } else if (const int hours = period.toInt(); hours > 0) {
        query.from = QDateTime::currentDateTimeUtc().addSecs(-3600LL * hours);
    }
    const auto refuse = [this](const QString &why) {
        // A filter that is none shows nothing, not everything, and says why.
        m_signIns->clear();
        m_banner->showMessage(MessageBanner::Kind::Error, why);
    };
    if (auto refused = query.refusal())
        return refuse(refused->text);
    m_filters->resolveUser(
        m_source,
        [this, query](const QString &userId) mutable {
            query.userId = userId;
            m_banner->hide();
            m_signIns->search(query);
        },
        refuse);
}

void SignInsPage::updateCount()
{
    const qint64 total = m_signIns->totalCount();
    m_count->setText(tr("%1 sign-in attempt(s)", nullptr, int(qMin<qint64>(total, INT_MAX)))
                         .arg(DisplayFormat::count(total)));
}

void SignInsPage::updateActions()
{
    const bool selected = m_table->currentIndex().isValid();
    m_showUser->setEnabled(selected);
    const Capabilities capabilities = m_source->capabilities();
    for (const auto &[button, capability] : {std::pair{m_logOut, Capabilities::Capability::LogoutUser},
                                             std::pair{m_freeze, Capabilities::Capability::Freeze}}) {
        button->setEnabled(selected && capabilities.has(capability));
        button->setToolTip(capabilities.has(capability) ? QString() : capabilities.reason(capability));
    }
}

void SignInsPage::updateExport()
{
    const Capabilities capabilities = m_source->capabilities();
    QString why;
    for (auto capability : {Capabilities::Capability::SignIns, Capabilities::Capability::Export}) {
        if (why.isEmpty() && !capabilities.has(capability))
            why = capabilities.reason(capability);
    }
    if (why.isEmpty() && m_signIns->totalCount() <= 0)
        why = tr("No sign-in matches the filter: there is nothing to export");
    m_export->setEnabled(why.isEmpty() && !m_exporting);
    m_export->setToolTip(why.isEmpty()
                             ? tr("Write the sign-ins the filter shows to a CSV file; the export is "
                                  "recorded in the audit trail")
                             : why);
}

void SignInsPage::chooseExportFile()
{
    const QString suggested =
        u"sessiondesk-sign-ins-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export sign-ins as CSV"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void SignInsPage::exportTo(const QString &path)
{
    const SignInQuery query = m_signIns->query();
    const QString user = query.userId.isEmpty() ? QString() : m_filters->user()->text().trimmed();
    const qint64 total = m_signIns->totalCount();
    auto *dialog = new ReasonDialog(
        tr("Export sign-ins"),
        tr("Export %1 sign-in attempt(s) (%2) to %3? The export is recorded in the audit trail.", nullptr,
           int(qMin<qint64>(total, INT_MAX)))
            .arg(DisplayFormat::count(total), query.description(user), path),
        tr("Export"), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path, query, user] {
        // The file dialog asked before a file was chosen to be replaced.
        SignInExport::Request request{
            query, user, path, true, {m_source->currentOperator(), dialog->reason(), dialog->ticket()}};
        m_exporting = true;
        updateExport();
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Exporting to %1…").arg(path));
        Futures::onResult(
            SignInExport::run(m_source, request), this,
            [this](const Result<RecordedExport::Outcome> &result) {
                m_exporting = false;
                updateExport();
                if (!result.ok()) {
                    m_banner->showError(result.error());
                    Q_EMIT exported(false);
                    return;
                }
                m_banner->showMessage(
                    MessageBanner::Kind::Success,
                    tr("Exported %1 sign-in attempt(s) to %2 (audit entry %3).", nullptr,
                       result.value().written.rows)
                        .arg(DisplayFormat::count(result.value().written.rows), result.value().path)
                        .arg(result.value().auditEntryId));
                Q_EMIT exported(true);
            });
    });
    dialog->open();
}

void SignInsPage::showHour(const QDateTime &start, std::optional<bool> success)
{
    for (QLineEdit *edit :
         {m_filters->user(), m_filters->network(), m_filters->country(), m_filters->device()})
        edit->clear();
    const QSignalBlocker resultBlocker(m_result);
    const QSignalBlocker periodBlocker(m_period);
    m_result->setCurrentIndex(success ? m_result->findData(*success) : 0);
    // One hour at a time: the one shown before gives way.
    while (m_period->count() > FixedPeriods)
        m_period->removeItem(FixedPeriods);
    m_period->addItem(DisplayFormat::hourRange(start), start);
    m_period->setCurrentIndex(FixedPeriods);
    applyFilters();
}
