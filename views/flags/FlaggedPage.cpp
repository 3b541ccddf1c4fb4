#include "views/flags/FlaggedPage.h"

#include "models/detection/FlagExplainer.h"
#include "models/domain/DisplayFormat.h"
#include "models/itemmodels/FlagTableModel.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/AccountActions.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/common/TableLayout.h"
#include "views/common/WorldMap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// An impossible journey as the map draws it, where its evidence holds both places' coordinates
// (flags raised before they were kept have none).
std::optional<WorldMap::Route> routeOf(const Flag &flag)
{
    if (flag.rule != Flag::Rule::ImpossibleTravel)
        return std::nullopt;
    const auto end = [](const QJsonObject &place) -> std::optional<WorldMap::Dot> {
        if (!place.value(u"latitude"_s).isDouble() || !place.value(u"longitude"_s).isDouble())
            return std::nullopt;
        return WorldMap::Dot{
            place.value(u"latitude"_s).toDouble(),
            place.value(u"longitude"_s).toDouble(),
            1,
            DisplayFormat::place(place.value(u"city"_s).toString(), place.value(u"country"_s).toString()),
            {}};
    };
    const auto from = end(flag.evidence.value(u"from"_s).toObject());
    const auto to = end(flag.evidence.value(u"to"_s).toObject());
    if (!from || !to)
        return std::nullopt;
    const QString text = FlagExplainer::explanation(flag.rule, flag.evidence);
    return WorldMap::Route{*from, *to, text.isEmpty() ? flag.explanation : text};
}

} // namespace

FlaggedPage::FlaggedPage(SessionSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_flags(new FlagTableModel(source, this))
    , m_banner(new MessageBanner(this))
    , m_show(new QComboBox(this))
    , m_rule(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_evidence(new QLabel(this))
    , m_history(new QLabel(this))
    , m_detail(new QWidget(this))
    , m_map(new WorldMap(this))
{
    setObjectName(u"flaggedPage"_s);
    m_show->setObjectName(u"flagFilter"_s);
    m_show->addItems({tr("Open flags"), tr("All flags")});
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_flags->setOpenOnly(index == 0); });
    m_rule->setObjectName(u"flagRuleFilter"_s);
    m_rule->addItem(tr("Every rule"));
    for (const Flag::Rule rule : Flag::allRules())
        m_rule->addItem(Flag::ruleText(rule), int(rule));
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant rule = m_rule->currentData();
        m_flags->setRule(rule.isValid() ? std::optional(Flag::Rule(rule.toInt())) : std::nullopt);
    });
    m_scan = new QPushButton(tr("&Scan Now"), this);
    m_scan->setObjectName(u"scanButton"_s);
    connect(m_scan, &QPushButton::clicked, this, &FlaggedPage::scan);
    const auto allowScan = [this] {
        const Capabilities capabilities = m_source->capabilities();
        const bool allowed = capabilities.has(Capabilities::Capability::ResolveFlags);
        m_scan->setEnabled(allowed);
        m_scan->setToolTip(allowed
                               ? tr("Look for suspicious sign-ins in the login events since the last scan")
                               : capabilities.reason(Capabilities::Capability::ResolveFlags));
    };
    connect(source, &SessionSource::operatorChanged, this, allowScan);
    allowScan();

    m_table->setObjectName(u"flagsTable"_s);
    m_table->setAccessibleName(tr("Flags"));
    setUpTable(m_table, m_flags);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FlaggedPage::showSelected);
    // The flag shown stays selected; without one (at first, or once flags arrive) the first is.
    const auto keepSelection = [this] {
        if (!m_table->selectionModel()->currentIndex().isValid() && m_flags->rowCount() > 0)
            m_table->selectRow(qMax(0, m_flags->rowOf(m_selected.id)));
        showSelected();
    };
    connect(m_flags, &FlagTableModel::modelReset, this, keepSelection);
    connect(m_flags, &FlagTableModel::rowsInserted, this, keepSelection);
    connect(m_flags, &FlagTableModel::dataChanged, this, &FlaggedPage::showSelected);
    connect(m_flags, &FlagTableModel::rowsRemoved, this, &FlaggedPage::showSelected);
    connect(m_flags, &FlagTableModel::errorOccurred, m_banner, &MessageBanner::showError);
    connect(source, &SessionSource::changed, this, &FlaggedPage::countOpen);
    connect(source, &SessionSource::operatorChanged, this, &FlaggedPage::showSelected);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"flagTitle"_s);
    m_explanation->setObjectName(u"flagExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setObjectName(u"flagEvidence"_s);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setWordWrap(true);
    m_history->setObjectName(u"flagHistory"_s);
    m_history->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    const struct
    {
        Action action;
        QString text;
        const char16_t *name;
        Capabilities::Capability capability;
    } actions[] = {
        {Action::LogOut, tr("&Log Out User…"), u"flagLogoutButton", Capabilities::Capability::LogoutUser},
        {Action::Freeze, tr("&Freeze…"), u"flagFreezeButton", Capabilities::Capability::Freeze},
        {Action::Unfreeze, tr("&Unfreeze…"), u"flagUnfreezeButton", Capabilities::Capability::Freeze},
        {Action::Dismiss, tr("&Dismiss…"), u"flagDismissButton", Capabilities::Capability::ResolveFlags},
        {Action::Resolve, tr("&Resolve…"), u"flagResolveButton", Capabilities::Capability::ResolveFlags},
    };
    for (const auto &action : actions) {
        auto *button = new QPushButton(action.text, m_detail);
        button->setObjectName(QString::fromUtf16(action.name));
        button->setProperty("capability", int(action.capability)); // for its tooltip
        connect(button, &QPushButton::clicked, this, [this, a = action.action] { confirm(a); });
        buttons->addWidget(button);
        m_actions.insert(action.action, button);
    }
    buttons->addStretch();

    auto *detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(0, 6, 0, 0);
    detail->addWidget(m_title);
    detail->addWidget(m_explanation);
    detail->addLayout(buttons);
    auto *evidenceTitle = new QLabel(tr("Evidence"), m_detail);
    auto *historyTitle = new QLabel(tr("History"), m_detail);
    for (QLabel *label : {evidenceTitle, historyTitle}) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    auto *columns = new QHBoxLayout;
    auto *evidenceColumn = new QVBoxLayout;
    evidenceColumn->addWidget(evidenceTitle);
    evidenceColumn->addWidget(m_evidence);
    evidenceColumn->addStretch();
    m_map->setObjectName(u"flagMap"_s);
    m_map->setMinimumHeight(fontMetrics().height() * 9);
    auto *historyColumn = new QVBoxLayout;
    historyColumn->addWidget(historyTitle);
    historyColumn->addWidget(m_history);
    historyColumn->addStretch();
    columns->addLayout(evidenceColumn, 1);
    columns->addWidget(m_map, 1);
    columns->addLayout(historyColumn, 1);
    detail->addLayout(columns, 1);

    auto *bar = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_show);
    bar->addWidget(showLabel);
    bar->addWidget(m_show);
    auto *ruleLabel = new QLabel(tr("Rul&e:"), this);
    ruleLabel->setBuddy(m_rule);
    bar->addWidget(ruleLabel);
    bar->addWidget(m_rule);
    bar->addStretch();
    bar->addWidget(m_scan);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({500, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    showSelected();
}

void FlaggedPage::setUpTable(QTableView *table, FlagTableModel *flags)
{
    table->setModel(flags);
    TableLayout::configure(table);
    table->horizontalHeader()->setSortIndicator(FlagTableModel::LastSeenColumn, Qt::DescendingOrder);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString longestRule;
    for (auto rule : Flag::allRules()) {
        if (Flag::ruleText(rule).size() > longestRule.size())
            longestRule = Flag::ruleText(rule);
    }
    TableLayout::fitColumns(
        table,
        {Flag::severityText(Flag::Severity::Medium), u"Chinedu Okafor-Balogun"_s, longestRule,
         u"Berlin → São Paulo, 10,010 km in 38 min = 15,800 km/h; threshold 805 km/h"_s,
         DisplayFormat::relativeTime(now.addDays(-12), now),
         DisplayFormat::relativeTime(now.addDays(-12), now), Flag::statusText(Flag::Status::Frozen)},
        {FlagTableModel::UserColumn, FlagTableModel::RuleColumn, FlagTableModel::ExplanationColumn,
         FlagTableModel::FirstSeenColumn});
}

void FlaggedPage::start()
{
    m_flags->reload();
    countOpen();
}

void FlaggedPage::countOpen()
{
    FlagQuery query;
    query.limit = 0;
    Futures::onResult(m_source->flags(query), this, [this](const Result<Page<Flag>> &result) {
        if (result.ok())
            Q_EMIT openCountChanged(result.value().total);
    });
}

void FlaggedPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_detail->setVisible(current.isValid());
    if (!current.isValid())
        return;
    m_selected = m_flags->rowAt(current.row());
    const Flag &flag = m_selected;
    m_title->setText(tr("%1 · %2 severity · %3 <%4>")
                         .arg(Flag::ruleText(flag.rule), Flag::severityText(flag.severity), flag.userName,
                              flag.userEmail));
    m_explanation->setText(flag.explanation);
    QString evidence = FlagExplainer::evidenceText(flag.rule, flag.evidence);
    // Sessions are evidence of a moment: they may have ended since.
    if (flag.rule == Flag::Rule::ConcurrentLocations || flag.rule == Flag::Rule::DeviceSpread ||
        flag.rule == Flag::Rule::ConcurrentNetworks)
        evidence += u'\n' + tr("These sessions were active when last seen, %1; some may have ended since.")
                                .arg(DisplayFormat::exactTime(flag.lastSeen));
    m_evidence->setText(evidence);
    const auto route = routeOf(flag);
    m_map->setVisible(route.has_value());
    m_map->setRoute(route);
    const bool open = flag.status == Flag::Status::Open || flag.status == Flag::Status::Frozen;
    const Capabilities capabilities = m_source->capabilities();
    m_actions[Action::LogOut]->setEnabled(capabilities.has(Capabilities::Capability::LogoutUser));
    m_actions[Action::Freeze]->setEnabled(capabilities.has(Capabilities::Capability::Freeze) &&
                                          flag.userStatus == UserStatus::Active);
    m_actions[Action::Unfreeze]->setEnabled(capabilities.has(Capabilities::Capability::Freeze) &&
                                            flag.userStatus == UserStatus::Frozen);
    m_actions[Action::Dismiss]->setEnabled(open && capabilities.has(Capabilities::Capability::ResolveFlags));
    m_actions[Action::Resolve]->setEnabled(open && capabilities.has(Capabilities::Capability::ResolveFlags));
    for (QPushButton *button : std::as_const(m_actions))
        button->setToolTip(
            capabilities.reason(Capabilities::Capability(button->property("capability").toInt())));

    const qint64 id = flag.id;
    m_history->setText(
        tr("Raised %1, last seen %2.")
            .arg(DisplayFormat::exactTime(flag.firstSeen), DisplayFormat::exactTime(flag.lastSeen)));
    Futures::onResult(
        m_source->flagHistory(id), this, [this, id](const Result<QList<FlagTransition>> &history) {
            if (!history.ok() || id != m_selected.id)
                return;
            QStringList lines{m_history->text()};
            for (const FlagTransition &step : history.value()) {
                lines << tr("%1: %2 → %3 by %4: %5")
                             .arg(DisplayFormat::exactTime(step.at), Flag::statusText(step.from),
                                  Flag::statusText(step.to), step.operatorId, step.note);
            }
            m_history->setText(lines.join(u'\n'));
        });
}

void FlaggedPage::confirm(Action action)
{
    const Flag flag = m_selected;
    if (action == Action::LogOut || action == Action::Freeze || action == Action::Unfreeze) {
        const auto accountAction = action == Action::LogOut   ? AccountActions::Action::LogOut
                                   : action == Action::Freeze ? AccountActions::Action::Freeze
                                                              : AccountActions::Action::Unfreeze;
        AccountActions::confirm(this, m_source, m_banner, accountAction,
                                {flag.userId, flag.userName, flag.userEmail});
        return;
    }
    const bool dismiss = action == Action::Dismiss;
    auto *dialog = new ReasonDialog(
        dismiss ? tr("Dismiss flag") : tr("Resolve flag"),
        (dismiss ? tr("Dismiss this flag as a false alarm? %1") : tr("Mark this flag as dealt with? %1"))
            .arg(flag.explanation),
        dismiss ? tr("Dismiss") : tr("Resolve"), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, dismiss, flag] {
        const ActionContext context{m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        Futures::onResult(
            m_source->closeFlag(flag.id, dismiss ? Flag::Status::Dismissed : Flag::Status::Resolved, context),
            this, [this](const Result<ActionResult> &result) {
                if (result.ok())
                    m_banner->showMessage(MessageBanner::Kind::Success,
                                          tr("Done (audit entry %1).").arg(result.value().auditEntryId));
                else
                    m_banner->showError(result.error());
            });
    });
    dialog->open();
}

void FlaggedPage::scan()
{
    m_banner->showMessage(MessageBanner::Kind::Information, tr("Looking for suspicious sign-ins…"));
    Futures::onResult(m_source->scanFlags(false), this, [this](const Result<ScanResult> &result) {
        if (!result.ok()) {
            m_banner->showError(result.error());
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Scanned %1 login events of the users with new activity: %Ln new flag(s).",
                                 nullptr, result.value().flagsRaised)
                                  .arg(DisplayFormat::count(result.value().eventsScanned)));
    });
}

void FlaggedPage::showRule(Flag::Rule rule)
{
    m_show->setCurrentIndex(0);
    m_rule->setCurrentIndex(m_rule->findData(int(rule)));
}
