#include "models/itemmodels/FlagTableModel.h"

#include "models/domain/DisplayFormat.h"
#include "models/sources/SessionSource.h"

namespace {
constexpr FlagQuery::SortField sortFields[] = {
    FlagQuery::SortField::Severity, FlagQuery::SortField::User,      FlagQuery::SortField::Rule,
    FlagQuery::SortField::LastSeen, FlagQuery::SortField::FirstSeen, FlagQuery::SortField::LastSeen,
    FlagQuery::SortField::Status};
}

FlagTableModel::FlagTableModel(SessionSource *source, QObject *parent)
    : PagedTableModel<Flag, FlagQuery>(source, parent)
{}

int FlagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<FlagQuery::SortField> FlagTableModel::sortFieldOf(int column) const
{
    if (column < 0 || column >= int(std::size(sortFields)) || column == ExplanationColumn)
        return std::nullopt;
    return sortFields[column];
}

QVariant FlagTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flag *loaded = loadedRow(index.row());
    if (!loaded)
        return {}; // its page is on its way
    const Flag &flag = *loaded;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return Flag::severityText(flag.severity);
        case UserColumn:
            return flag.userName;
        case RuleColumn:
            return Flag::ruleText(flag.rule);
        case ExplanationColumn:
            return flag.explanation;
        case FirstSeenColumn:
            return DisplayFormat::relativeTime(flag.firstSeen, now);
        case LastSeenColumn:
            return DisplayFormat::relativeTime(flag.lastSeen, now);
        case StatusColumn:
            return Flag::statusText(flag.status);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case UserColumn:
            return flag.userEmail;
        case ExplanationColumn:
            return flag.explanation;
        case FirstSeenColumn:
            return DisplayFormat::exactTime(flag.firstSeen);
        case LastSeenColumn:
            return DisplayFormat::exactTime(flag.lastSeen);
        }
        return {};
    case EmphasisRole:
        if (index.column() == SeverityColumn && flag.severity == Flag::Severity::High)
            return int(Emphasis::Alert);
        if (index.column() == SeverityColumn && flag.severity == Flag::Severity::Medium)
            return int(Emphasis::Warning);
        if (flag.status == Flag::Status::Resolved || flag.status == Flag::Status::Dismissed)
            return int(Emphasis::Muted);
        return {};
    case IdRole:
        return flag.id;
    case RawValueRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(flag.severity);
        case UserColumn:
            return flag.userName;
        case RuleColumn:
            return Flag::ruleKey(flag.rule);
        case ExplanationColumn:
            return flag.explanation;
        case FirstSeenColumn:
            return flag.firstSeen;
        case LastSeenColumn:
            return flag.lastSeen;
        case StatusColumn:
            return Flag::statusKey(flag.status);
        }
        return {};
    default:
        return {};
    }
}

QVariant FlagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case UserColumn:
        return tr("User");
    case RuleColumn:
        return tr("Rule");
    case ExplanationColumn:
        return tr("Explanation");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void FlagTableModel::setOpenOnly(bool openOnly)
{
    if (m_query.openOnly == openOnly)
        return;
    m_query.openOnly = openOnly;
    requery();
}

void FlagTableModel::setRule(std::optional<Flag::Rule> rule)
{
    if (m_query.rule == rule)
        return;
    m_query.rule = rule;
    requery();
}

QFuture<Result<Page<Flag>>> FlagTableModel::fetch(const FlagQuery &query)
{
    return source()->flags(query);
}

void FlagTableModel::setUserId(const QString &userId)
{
    setSubject(&FlagQuery::userId, userId);
}
