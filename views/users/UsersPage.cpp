#include "views/users/UsersPage.h"

#include "models/domain/DisplayFormat.h"
#include "models/itemmodels/SessionTableModel.h"
#include "models/itemmodels/UserTableModel.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/ButtonDelegate.h"
#include "views/common/EmptyNote.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/common/TableLayout.h"
#include "views/users/PlannedLogoutBar.h"
#include "views/users/TeamActions.h"
#include "views/users/UserDetailPane.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// The status filter's entry for the users with open flags (the others hold a UserStatus).
const QVariant flaggedFilter(u"flagged"_s);
} // namespace

UsersPage::UsersPage(SessionSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_users(new UserTableModel(source, this))
    , m_banner(new MessageBanner(this))
    , m_statusFilter(new QComboBox(this))
    , m_logoutSelected(new QPushButton(this))
    , m_addUser(new QPushButton(tr("&Add User…"), this))
    , m_team(new TeamActions(source, m_banner, this))
    , m_planned(new PlannedLogoutBar(source, m_banner, this))
    , m_table(new QTableView(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"usersPage"_s);
    m_detail = new UserDetailPane(source, m_banner, m_team, this);
    m_addUser->setObjectName(u"addUserButton"_s);
    connect(m_addUser, &QPushButton::clicked, m_team, &TeamActions::add);
    connect(m_team, &TeamActions::added, this, &UsersPage::searchRequested);

    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->addItem(tr("All statuses"));
    for (auto status : {UserStatus::Active, UserStatus::Frozen, UserStatus::Deactivated})
        m_statusFilter->addItem(User::statusText(status), QVariant::fromValue(int(status)));
    m_statusFilter->addItem(tr("Flagged"), flaggedFilter); // users with open flags
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant status = m_statusFilter->currentData();
        if (status == flaggedFilter)
            m_users->setStatusFilter(std::nullopt, true);
        else
            m_users->setStatusFilter(status.isValid() ? std::optional(UserStatus(status.toInt()))
                                                      : std::nullopt);
    });
    connect(source, &SessionSource::operatorChanged, this, &UsersPage::applyCapabilities);

    m_table->setObjectName(u"usersTable"_s);
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_users);
    new EmptyNote(m_table, m_users, tr("No user matches the search and the status chosen."));
    TableLayout::configure(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSortIndicator(UserTableModel::NameColumn, Qt::AscendingOrder);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TableLayout::fitColumns(
        m_table,
        {u"Chinedu Okafor-Balogun"_s, u"ananya.sharma@northwind.example"_s, u"staff, superuser"_s,
         User::statusText(UserStatus::Deactivated), u"MM 5"_s /* a flag and a number */, u"123"_s, u"12"_s,
         DisplayFormat::relativeTime(now.addDays(-12), now), DisplayFormat::place(u"Manchester"_s, u"GB"_s)},
        {UserTableModel::NameColumn, UserTableModel::EmailColumn, UserTableModel::RoleColumn,
         UserTableModel::StatusColumn, UserTableModel::LastActivityColumn, UserTableModel::LocationColumn});

    auto *logoutButtons = new ButtonDelegate(m_table);
    m_table->setItemDelegateForColumn(UserTableModel::ActionColumn, logoutButtons);
    m_table->setColumnWidth(UserTableModel::ActionColumn,
                            ButtonDelegate::cellWidth(
                                m_table,
                                m_users->headerData(UserTableModel::ActionColumn, Qt::Horizontal).toString(),
                                UserTableModel::tr("Log out")));
    connect(logoutButtons, &ButtonDelegate::clicked, this, &UsersPage::confirmLogout);
    // Once the table has its model: the console signs in before the window opens, so what the
    // source lacks is known now, and a column hidden before the table has one would show.
    applyCapabilities();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::onCurrentRowChanged);
    m_logoutSelected->setObjectName(u"logoutSelectedButton"_s);
    connect(m_logoutSelected, &QPushButton::clicked, this, &UsersPage::confirmLogoutSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateLogoutSelected);
    connect(m_users, &UserTableModel::dataChanged, this, &UsersPage::updateLogoutSelected);
    connect(m_users, &UserTableModel::modelReset, this, &UsersPage::updateLogoutSelected);
    connect(source, &SessionSource::operatorChanged, this, &UsersPage::updateLogoutSelected);
    updateLogoutSelected();
    connect(m_users, &UserTableModel::modelReset, this, &UsersPage::restoreSelection);
    connect(m_users, &UserTableModel::dataChanged, this, &UsersPage::updateDetail);
    connect(m_users, &UserTableModel::errorOccurred, m_banner, &MessageBanner::showError);
    // The first answer may be a refusal: the banner says it, and the window is as ready as it gets.
    connect(m_users, &UserTableModel::errorOccurred, this, &UsersPage::markReady);
    connect(m_users, &UserTableModel::loadingChanged, this, &UsersPage::loadingChanged);
    auto emitCounts = [this] {
        Q_EMIT countsChanged(m_users->rowCount(), m_users->totalCount());
    };
    connect(m_users, &UserTableModel::pageLoaded, this, emitCounts);
    connect(m_users, &UserTableModel::rowsRemoved, this, emitCounts);
    connect(m_detail, &UserDetailPane::sessionsShown, this, &UsersPage::markReady);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_users->setFilterText(m_pendingSearch); });

    auto *filterBar = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusFilter);
    filterBar->addWidget(statusLabel);
    filterBar->addWidget(m_statusFilter);
    filterBar->addStretch();
    filterBar->addWidget(m_addUser);
    filterBar->addWidget(m_logoutSelected);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"usersSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({550, 450});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_planned);
    layout->addLayout(filterBar);
    layout->addWidget(splitter, 1);
}

void UsersPage::start()
{
    m_users->reload();
    m_planned->reload();
}

void UsersPage::refresh()
{
    m_users->refresh();
    m_detail->refresh();
}

void UsersPage::setSearchText(const QString &text)
{
    m_pendingSearch = text;
    m_searchDelay->start();
}

void UsersPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_selectedId.clear();
        m_detail->setUser(User());
        return;
    }
    m_selectedId = m_users->rowAt(current.row()).id;
    m_detail->setUser(m_users->rowAt(current.row()));
}

void UsersPage::applyCapabilities()
{
    const Capabilities capabilities = m_source->capabilities();
    // A source that records no places gets no column of empty places.
    m_table->setColumnHidden(UserTableModel::LocationColumn,
                             !capabilities.has(Capabilities::Capability::LastLocations));
    m_table->setColumnHidden(UserTableModel::DevicesColumn,
                             !capabilities.has(Capabilities::Capability::Devices));
    m_table->setColumnHidden(UserTableModel::RoleColumn, !capabilities.has(Capabilities::Capability::Roles));
    m_table->setColumnHidden(UserTableModel::LastActivityColumn,
                             !capabilities.has(Capabilities::Capability::UserActivity));
    // Flags the source keeps for no user are neither shown nor filtered by.
    const bool flags = capabilities.has(Capabilities::Capability::UserFlags);
    m_table->setColumnHidden(UserTableModel::FlagsColumn, !flags);
    const int flagged = m_statusFilter->findData(flaggedFilter);
    if (!flags && m_statusFilter->currentIndex() == flagged)
        m_statusFilter->setCurrentIndex(0);
    if (auto *items = qobject_cast<QStandardItemModel *>(m_statusFilter->model())) {
        items->item(flagged)->setEnabled(flags);
        items->item(flagged)->setToolTip(flags ? tr("Only the users with open flags")
                                               : capabilities.reason(Capabilities::Capability::UserFlags));
    }
    const bool allowed = capabilities.has(Capabilities::Capability::ManageUsers);
    m_addUser->setEnabled(allowed);
    m_addUser->setToolTip(allowed ? tr("Give a new team member their own account")
                                  : capabilities.reason(Capabilities::Capability::ManageUsers));
}

void UsersPage::markReady()
{
    if (!m_readyEmitted) {
        m_readyEmitted = true;
        Q_EMIT ready();
    }
}

void UsersPage::restoreSelection()
{
    // After a new sort or filter: keep the selected user if still listed, else the first one.
    const int row = m_users->rowOf(m_selectedId);
    if (m_users->rowCount() == 0) {
        m_detail->setUser(User());
        markReady();
        return;
    }
    const QModelIndex index = m_users->index(row >= 0 ? row : 0, UserTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void UsersPage::updateDetail(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
        onCurrentRowChanged(); // new values, or the row's page has come back
}

void UsersPage::confirmLogout(const QModelIndex &index)
{
    confirmLogoutOf({m_users->rowAt(index.row())});
}

void UsersPage::confirmLogoutSelected()
{
    QList<User> users;
    QList<User> leftOut; // selected, with no active session to end
    int notLoaded = 0;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const User *user = m_users->loadedRow(row.row());
        if (!user)
            ++notLoaded;
        else if (user->activeSessions > 0)
            users << *user;
        else
            leftOut << *user;
    }
    if (notLoaded > 0) {
        // The list holds a few pages; a selection reaching beyond them is not known row by row.
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("%Ln of the selected rows are not loaded, so nobody was logged out. Select "
                                 "fewer users, or narrow the list with the search first.",
                                 nullptr, notLoaded));
        return;
    }
    if (!users.isEmpty())
        confirmLogoutOf(users, leftOut);
}

namespace {

// "Anna Schmidt <anna@acme.example>, …": two users of the same name told apart; at most five.
QString namedList(const QList<User> &users)
{
    QStringList names;
    for (const User &user : users)
        names << UsersPage::tr("%1 <%2>").arg(user.displayName, user.email);
    if (names.size() <= 5)
        return names.join(u", ");
    return UsersPage::tr("%1 and %Ln more", nullptr, int(names.size() - 4)).arg(names.mid(0, 4).join(u", "));
}

} // namespace

void UsersPage::confirmLogoutOf(const QList<User> &users, const QList<User> &leftOut)
{
    int sessions = 0;
    for (const User &user : users)
        sessions += user.activeSessions;
    const User &first = users.first();
    const QString title = users.size() == 1 ? tr("Log out %1").arg(first.displayName)
                                            : tr("Log out %Ln user(s)", nullptr, int(users.size()));
    const QString message =
        users.size() == 1 ? tr("Log out %1 <%2>? This ends their %Ln active session(s); they must sign in "
                               "again on every device.",
                               nullptr, sessions)
                                .arg(first.displayName, first.email)
                          : tr("Log out %1? This ends %Ln active session(s); each of them must sign in again "
                               "on every device.",
                               nullptr, sessions)
                                .arg(namedList(users));
    const QString leftOutNote =
        leftOut.isEmpty()
            ? QString()
            : u"\n\n"_s + tr("Left out, with no active session to end: %1.").arg(namedList(leftOut));
    auto *dialog = new ReasonDialog(title, message + leftOutNote, tr("Log Out"), this);
    dialog->setNote(m_source->capabilities().tokensAfterLogout());
    if (users.size() > 1)
        dialog->requireConfirmation(tr("LOG OUT"));
    QStringList ids;
    for (const User &user : users)
        ids << user.id;
    const QString who = users.size() == 1 ? first.displayName : tr("%Ln user(s)", nullptr, int(users.size()));
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, who] {
        const ActionContext context{m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Logging out %1…").arg(who));
        Futures::onResult(
            m_source->logoutUsers(ids, context), this, [this, who](const Result<ActionResult> &result) {
                if (!result.ok()) {
                    m_banner->showError(result.error());
                    return;
                }
                m_banner->showMessage(
                    MessageBanner::Kind::Success,
                    tr("Logged out %1: %Ln session(s) ended.", nullptr, result.value().sessionsEnded)
                            .arg(who) +
                        u' ' + m_source->capabilities().tokensAfterLogout(result.value().at));
            });
    });
    dialog->open();
}

void UsersPage::updateLogoutSelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    int users = 0;
    for (const QModelIndex &row : selected) {
        const User *user = m_users->loadedRow(row.row());
        users += !user || user->activeSessions > 0 ? 1 : 0; // rows not loaded may have sessions
    }
    const int leftOut = int(selected.size()) - users;
    const Capabilities capabilities = m_source->capabilities();
    const bool allowed = capabilities.has(Capabilities::Capability::LogoutUser);
    m_logoutSelected->setEnabled(allowed && users > 0);
    // "(5 of 6)": a selected user without an active session is not logged out, and the button says so.
    m_logoutSelected->setText(
        leftOut > 0 ? tr("Log Out Selected (%1 of %2)…")
                          .arg(DisplayFormat::count(users), DisplayFormat::count(selected.size()))
                    : tr("Log Out Selected (%1)…").arg(DisplayFormat::count(users)));
    m_logoutSelected->setToolTip(
        !allowed ? capabilities.reason(Capabilities::Capability::LogoutUser)
        : leftOut > 0
            ? tr("%Ln of the selected users have no active session and are left out.", nullptr, leftOut)
            : tr("Select several users with Ctrl or Shift to log them out together."));
}

void UsersPage::showSignedInFirst()
{
    Q_EMIT searchRequested(QString());
    m_statusFilter->setCurrentIndex(0);
    m_table->sortByColumn(UserTableModel::SessionsColumn, Qt::DescendingOrder);
}
