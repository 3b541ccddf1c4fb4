#include "views/audit/AuditPage.h"

#include "models/audit/AuditText.h"
#include "models/domain/DisplayFormat.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/itemmodels/EndedSessionTableModel.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/FilterEdits.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/common/TableLayout.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// The earliest time the range editors offer; it stands for "no bound".
const QDateTime anyTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);

QDateTimeEdit *timeEdit(const QString &name, const QString &anyText, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    edit->setMinimumDateTime(anyTime);
    edit->setSpecialValueText(anyText);
    edit->setDateTime(anyTime);
    return edit;
}

QDateTime boundOf(const QDateTimeEdit *edit)
{
    return edit->dateTime() == anyTime ? QDateTime() : edit->dateTime();
}

// A time as wide as any, for sizing the time columns.
QDateTime widestTime()
{
    return QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59), Qt::UTC);
}

} // namespace

AuditPage::AuditPage(SessionSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_entries(new AuditTableModel(source, this))
    , m_ended(new EndedSessionTableModel(source, this))
    , m_banner(new MessageBanner(this))
    , m_from(timeEdit(u"fromEdit"_s, tr("Any time"), this))
    , m_to(timeEdit(u"toEdit"_s, tr("Now"), this))
    , m_operator(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_verify(new QPushButton(tr("&Verify Integrity"), this))
    , m_exportCsv(new QPushButton(tr("Export &CSV…"), this))
    , m_exportPdf(new QPushButton(tr("Export &PDF…"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_endedTable(new QTableView(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"auditPage"_s);
    m_operator->setObjectName(u"operatorFilter"_s);
    m_operator->setEditable(true);
    m_operator->setInsertPolicy(QComboBox::NoInsert);
    m_operator->lineEdit()->setPlaceholderText(tr("All operators"));
    m_operator->setMinimumContentsLength(14);
    m_action->setObjectName(u"actionFilter"_s);
    m_action->addItem(tr("All actions"), QString());
    for (const QString &key : AuditText::actionKeys())
        m_action->addItem(AuditText::action(key), key);
    m_user->setObjectName(u"userFilter"_s);
    m_user->setPlaceholderText(tr("User email"));
    m_user->setClearButtonEnabled(true);
    m_text->setObjectName(u"textFilter"_s);
    m_text->setClearButtonEnabled(true);
    m_verify->setObjectName(u"verifyButton"_s);
    m_verify->setToolTip(
        tr("Recompute the hash chain of every entry and show the first one that does not match"));
    m_exportCsv->setObjectName(u"exportCsvButton"_s);
    m_exportPdf->setObjectName(u"exportPdfButton"_s);
    m_count->setObjectName(u"auditCount"_s);

    auto *filters = new QGridLayout;
    // Each label names its field (for screen readers) and reaches it with Alt and its letter.
    filters->addWidget(FilterEdits::label(tr("&From:"), m_from), 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(FilterEdits::label(tr("&To:"), m_to), 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(FilterEdits::label(tr("&Operator:"), m_operator), 0, 4);
    filters->addWidget(m_operator, 0, 5);
    filters->addWidget(FilterEdits::label(tr("&Action:"), m_action), 1, 0);
    filters->addWidget(m_action, 1, 1);
    filters->addWidget(FilterEdits::label(tr("&User:"), m_user), 1, 2);
    filters->addWidget(m_user, 1, 3);
    filters->addWidget(FilterEdits::label(tr("Te&xt:"), m_text), 1, 4);
    filters->addWidget(m_text, 1, 5);
    filters->setColumnStretch(5, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportPdf);

    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Audit trail entries"));
    m_endedTable->setAccessibleName(tr("Ended sessions"));
    setUpTable(m_table, m_entries);

    m_endedTable->setObjectName(u"endedSessionsTable"_s);
    m_endedTable->setModel(m_ended);
    TableLayout::configure(m_endedTable);
    m_endedTable->horizontalHeader()->setSortIndicator(EndedSessionTableModel::EndedColumn,
                                                       Qt::DescendingOrder);
    TableLayout::fitColumns(m_endedTable,
                            {DisplayFormat::exactTime(widestTime()), u"chinedu.okafor@example.com"_s,
                             u"administrator"_s, Session::endReasonText(EndReason::AdminLogout),
                             u"Lost or stolen device"_s, u"INC-2026-0042"_s, u"88,888"_s},
                            {EndedSessionTableModel::UserColumn, EndedSessionTableModel::ReasonColumn,
                             EndedSessionTableModel::DeviceColumn});

    m_tabs->setObjectName(u"auditTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("&Entries"));
    m_tabs->addTab(m_endedTable, tr("E&nded Sessions"));

    // A trail kept on this computer for a source without its own says so, always.
    auto *local = new QLabel(source->auditTrailNote(), this);
    local->setObjectName(u"auditTrailNote"_s);
    local->setWordWrap(true);
    local->setStyleSheet(u"QLabel { background: #fdf6e3; border: 1px solid #e0c97f; padding: 4px; }"_s);
    local->setVisible(!local->text().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(local);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(300);
    connect(&m_filterDelay, &QTimer::timeout, this, &AuditPage::applyFilter);
    const auto later = [this] {
        m_filterDelay.start();
    };
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_operator, &QComboBox::currentTextChanged, this, later);
    connect(m_action, &QComboBox::currentIndexChanged, this, later);
    connect(m_user, &QLineEdit::textChanged, this, later);
    connect(m_text, &QLineEdit::textChanged, this, later);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExportFile(AuditExport::Format::Csv); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseExportFile(AuditExport::Format::Pdf); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &AuditPage::tabChanged);
    for (PagedModelBase *model : std::initializer_list<PagedModelBase *>{m_entries, m_ended}) {
        connect(model, &PagedModelBase::totalCountChanged, this, &AuditPage::updateCount);
        connect(model, &PagedModelBase::errorOccurred, m_banner, &MessageBanner::showError);
    }
    connect(source, &SessionSource::operatorChanged, this, &AuditPage::updateButtons);
    tabChanged();
}

void AuditPage::setUpTable(QTableView *table, AuditTableModel *entries)
{
    table->setModel(entries);
    TableLayout::configure(table);
    table->horizontalHeader()->setSortIndicator(AuditTableModel::TimeColumn, Qt::DescendingOrder);
    AuditEntry succeeded;
    succeeded.outcome = u"success"_s;
    TableLayout::fitColumns(table,
                            {DisplayFormat::exactTime(widestTime()), u"ops.admin@example.com"_s,
                             u"change_settings"_s, u"chinedu.okafor@example.com"_s, u"88,888"_s,
                             AuditText::outcome(succeeded), u"Lost or stolen device"_s, u"INC-2026-0042"_s},
                            {AuditTableModel::OperatorColumn, AuditTableModel::UserColumn,
                             AuditTableModel::OutcomeColumn, AuditTableModel::ReasonColumn,
                             AuditTableModel::ChangeColumn});
}

void AuditPage::tabChanged()
{
    m_action->setEnabled(!showsEndedSessions());
    m_text->setPlaceholderText(showsEndedSessions() ? tr("Words in the reason")
                                                    : tr("Words in reason, ticket or values"));
    updateCount();
    updateButtons();
    loadEndedSessionsWhenShown();
}

void AuditPage::loadEndedSessionsWhenShown()
{
    // Its query joins every ended session to the trail: asked only once someone looks, so that
    // it never queues on the worker ahead of the pages at start-up.
    if (m_started && showsEndedSessions() && !m_endedLoaded) {
        m_endedLoaded = true;
        m_ended->reload();
    }
}

void AuditPage::start()
{
    m_started = true;
    verifyOnce();
    m_entries->reload();
    loadEndedSessionsWhenShown();
    Futures::onResult(m_source->operators(), this, [this](const Result<QList<OperatorAccount>> &operators) {
        if (!operators.ok())
            return;
        const QString typed = m_operator->currentText();
        const QSignalBlocker blocker(m_operator);
        m_operator->clear();
        m_operator->addItem(QString());
        for (const OperatorAccount &account : operators.value())
            m_operator->addItem(account.osAccount);
        m_operator->setEditText(typed);
    });
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    verifyOnce();
}

void AuditPage::verifyOnce()
{
    // The page may be shown before the store is open (--page audit): wait for start().
    if (m_verifiedOnce || !m_started || !isVisible())
        return;
    m_verifiedOnce = true;
    verify();
}

void AuditPage::showRange(const QDateTime &from, const QDateTime &to)
{
    {
        const QSignalBlocker blockers[]{QSignalBlocker(m_from),     QSignalBlocker(m_to),
                                        QSignalBlocker(m_operator), QSignalBlocker(m_action),
                                        QSignalBlocker(m_user),     QSignalBlocker(m_text)};
        m_from->setDateTime(from.toUTC());
        m_to->setDateTime(to.toUTC());
        m_operator->setCurrentText(QString());
        m_action->setCurrentIndex(0);
        m_user->clear();
        m_text->clear();
    }
    m_tabs->setCurrentIndex(0);
    applyFilter();
}

void AuditPage::applyFilter()
{
    AuditQuery filter;
    filter.from = boundOf(m_from);
    filter.to = boundOf(m_to);
    filter.operatorId = m_operator->currentText().trimmed();
    filter.action = m_action->currentData().toString();
    filter.targetUser = m_user->text().trimmed();
    filter.text = m_text->text().trimmed();
    m_entries->setFilter(filter);

    EndedSessionQuery ended;
    ended.from = filter.from;
    ended.to = filter.to;
    ended.operatorId = filter.operatorId;
    ended.user = filter.targetUser;
    ended.reason = filter.text;
    m_ended->setFilter(ended);
}

bool AuditPage::showsEndedSessions() const
{
    return m_tabs->currentWidget() == m_endedTable;
}

void AuditPage::updateCount()
{
    m_count->setText(showsEndedSessions() ? tr("%Ln ended session(s)", nullptr, int(m_ended->totalCount()))
                                          : tr("%Ln entry(s)", nullptr, int(m_entries->totalCount())));
}

void AuditPage::verify()
{
    m_verify->setEnabled(false);
    m_banner->showMessage(MessageBanner::Kind::Information, tr("Verifying the audit trail…"));
    Futures::onResult(m_source->verifyAudit(), this, [this](const Result<AuditVerification> &result) {
        m_verify->setEnabled(true);
        if (!result.ok()) {
            m_banner->showError(result.error());
            return;
        }
        const AuditVerification &v = result.value();
        const QString verifiedAt =
            DisplayFormat::exactTime(v.verifiedAt.isValid() ? v.verifiedAt : QDateTime::currentDateTimeUtc());
        if (v.intact)
            m_banner->showMessage(
                MessageBanner::Kind::Success,
                // As of the entry it reached: entries appended since are below it, not yet verified.
                v.entries == 0 ? tr("The audit trail is empty, verified %1.").arg(verifiedAt)
                               : tr("The audit trail is intact as of entry %1, verified %2.")
                                     .arg(DisplayFormat::count(v.entries), verifiedAt),
                v.note.isEmpty() ? tr("Head hash %1").arg(v.headHash)
                                 : tr("Head hash %1").arg(v.headHash) + u"\n"_s + v.note);
        else
            m_banner->showMessage(
                MessageBanner::Kind::Error,
                tr("The audit trail is broken at entry %1. %2").arg(v.firstBadId).arg(v.problem),
                tr("%Ln entry(s) before it are intact; the last of them has the hash %1.", nullptr,
                   int(v.entries))
                    .arg(v.headHash));
        Q_EMIT verified(v.intact);
    });
}

void AuditPage::chooseExportFile(AuditExport::Format format)
{
    const bool pdf = format == AuditExport::Format::Pdf;
    const QString suggested = u"sessiondesk-audit-%1.%2"_s.arg(QDate::currentDate().toString(Qt::ISODate),
                                                               pdf ? u"pdf"_s : u"csv"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the audit trail as PDF") : tr("Export the audit trail as CSV"), suggested,
        pdf ? tr("PDF reports (*.pdf)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

void AuditPage::exportTo(const QString &path, AuditExport::Format format)
{
    const AuditQuery query = m_entries->query();
    auto *dialog =
        new ReasonDialog(tr("Export the audit trail"),
                         tr("Export %Ln entry(s) (%1, %2) to %3? The export is recorded in the audit trail.",
                            nullptr, int(m_entries->totalCount()))
                             .arg(query.description(), query.orderDescription(), path),
                         tr("Export"), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path, format, query] {
        AuditExport::Request request;
        request.query = query;
        request.format = format;
        request.path = path;
        request.replace = true; // the file dialog asked
        request.context = {m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        m_busy = true;
        updateButtons();
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Exporting to %1…").arg(path));
        Futures::onResult(AuditExport::run(m_source, request), this,
                          [this](const Result<AuditExport::Outcome> &result) {
                              m_busy = false;
                              updateButtons();
                              if (!result.ok()) {
                                  m_banner->showError(result.error());
                                  Q_EMIT exported(false);
                                  return;
                              }
                              m_banner->showMessage(MessageBanner::Kind::Success,
                                                    tr("Exported %Ln entry(s) to %1 (audit entry %2).",
                                                       nullptr, result.value().entries)
                                                        .arg(result.value().path)
                                                        .arg(result.value().auditEntryId));
                              Q_EMIT exported(true);
                          });
    });
    dialog->open();
}

void AuditPage::updateButtons()
{
    const Capabilities capabilities = m_source->capabilities();
    const bool allowed = capabilities.has(Capabilities::Capability::Export);
    const bool entries = !showsEndedSessions();
    for (QPushButton *button : {m_exportCsv, m_exportPdf}) {
        button->setEnabled(allowed && entries && !m_busy);
        button->setToolTip(!allowed  ? capabilities.reason(Capabilities::Capability::Export)
                           : entries ? tr("Export the entries the filter shows, in the table's order")
                                     : tr("Exports hold audit entries: switch to the Entries tab"));
    }
}
