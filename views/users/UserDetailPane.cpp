#include "views/users/UserDetailPane.h"

#include "models/detection/FlagExplainer.h"
#include "models/domain/DisplayFormat.h"
#include "models/itemmodels/SessionTableModel.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/ButtonDelegate.h"
#include "views/common/MessageBanner.h"
#include "views/common/WorldMap.h"
#include "views/sessions/EndSessionConfirmation.h"
#include "views/sessions/SessionsPage.h"
#include "views/users/TeamActions.h"
#include "views/users/UserHistoryTabs.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

UserDetailPane::UserDetailPane(SessionSource *source, MessageBanner *banner, TeamActions *team,
                               QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_banner(banner)
    , m_team(team)
    , m_sessions(new SessionTableModel(source, this))
    , m_name(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tokens(new QLabel(this))
    , m_sharedHint(new QLabel(this))
    , m_changeRole(new QPushButton(tr("Change &Role…"), this))
    , m_deactivate(new QPushButton(this))
    , m_remove(new QPushButton(tr("Re&move…"), this))
    , m_sessionCount(new QLabel(this))
    , m_noSessions(new QLabel(this))
    , m_includeEnded(new QCheckBox(tr("Include &ended sessions"), this))
    , m_table(new QTableView(this))
    , m_history(new UserHistoryTabs(source, banner, this))
    , m_content(new QWidget(this))
    , m_empty(new QLabel(tr("Select a user to see their sessions."), this))
{
    setObjectName(u"userDetailPane"_s);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setObjectName(u"detailName"_s);
    m_summary->setObjectName(u"detailSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tokens->setObjectName(u"detailTokens"_s);
    m_sharedHint->setObjectName(u"sharedAccountHint"_s);
    m_sharedHint->setWordWrap(true);
    m_sharedHint->setTextFormat(Qt::RichText);
    m_sharedHint->hide();
    connect(m_sharedHint, &QLabel::linkActivated, m_team, &TeamActions::add);
    m_changeRole->setObjectName(u"changeRoleButton"_s);
    m_deactivate->setObjectName(u"deactivateButton"_s);
    m_remove->setObjectName(u"removeUserButton"_s);
    connect(m_changeRole, &QPushButton::clicked, this, [this] { m_team->changeRole(m_user); });
    connect(m_deactivate, &QPushButton::clicked, this, [this] {
        if (m_user.status == UserStatus::Deactivated)
            m_team->reactivate(m_user);
        else
            m_team->deactivate(m_user);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_team->remove(m_user); });
    connect(source, &SessionSource::operatorChanged, this, &UserDetailPane::updateAccountButtons);
    m_sessionCount->setObjectName(u"detailSessionCount"_s);
    QFont bold = m_sessionCount->font();
    bold.setBold(true);
    m_sessionCount->setFont(bold);
    m_includeEnded->setObjectName(u"includeEndedCheck"_s);
    m_noSessions->setObjectName(u"noSessionsLabel"_s);
    m_noSessions->setAlignment(Qt::AlignCenter);
    m_noSessions->setWordWrap(true);
    m_noSessions->setEnabled(false);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    m_table->setObjectName(u"sessionsTable"_s);
    m_table->setAccessibleName(tr("Sessions of the selected user"));
    ButtonDelegate *endButtons = SessionsPage::setUpTable(m_table, m_sessions);
    m_table->setColumnHidden(SessionTableModel::UserColumn, true); // the user is the pane's
    connect(endButtons, &ButtonDelegate::clicked, this, &UserDetailPane::confirmEndSession);
    connect(m_includeEnded, &QCheckBox::toggled, m_sessions, &SessionTableModel::setIncludeEnded);
    connect(m_sessions, &SessionTableModel::totalCountChanged, this, &UserDetailPane::updateSessionCount);
    connect(m_sessions, &SessionTableModel::modelReset, this, &UserDetailPane::updateSessionCount);
    connect(m_sessions, &SessionTableModel::pageLoaded, this, &UserDetailPane::updateSessionCount);
    connect(m_sessions, &SessionTableModel::rowsRemoved, this, &UserDetailPane::updateSessionCount);
    connect(m_sessions, &SessionTableModel::pageLoaded, this, &UserDetailPane::sessionsShown);
    connect(m_sessions, &SessionTableModel::errorOccurred, m_banner, &MessageBanner::showError);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_name, 1);
    titleRow->addWidget(m_changeRole);
    titleRow->addWidget(m_deactivate);
    titleRow->addWidget(m_remove);
    auto *header = new QVBoxLayout;
    header->setSpacing(2);
    header->addLayout(titleRow);
    header->addWidget(m_summary);
    header->addWidget(m_tokens);
    header->addWidget(m_sharedHint);
    auto *sessionsBar = new QHBoxLayout;
    sessionsBar->addWidget(m_sessionCount);
    sessionsBar->addStretch();
    sessionsBar->addWidget(m_includeEnded);
    // The sessions first, as a tab beside the user's sign-ins, flags and audit entries.
    auto *sessionsTab = new QWidget(m_history);
    auto *sessions = new QVBoxLayout(sessionsTab);
    sessions->setContentsMargins(0, 4, 0, 0);
    sessions->addLayout(sessionsBar);
    sessions->addWidget(m_table, 1);
    sessions->addWidget(m_noSessions, 1);
    m_history->insertTab(0, sessionsTab, tr("Sessio&ns"));
    m_map = new WorldMap(m_history);
    m_map->setObjectName(u"userSessionsMap"_s);
    m_map->setAccessibleName(tr("The selected user's active sessions on the map"));
    m_history->insertTab(1, m_map, tr("Ma&p"));

    m_history->setCurrentIndex(0);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(header);
    content->addWidget(m_history, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_content);
    layout->addWidget(m_empty);
    setUser(User());
}

void UserDetailPane::setUser(const User &user)
{
    const bool otherUser = user.id != m_user.id;
    m_user = user;
    updateAccountButtons();
    if (otherUser) {
        m_sharedHint->hide();
        checkSharedAccount();
    }
    const bool hasUser = !user.id.isEmpty();
    m_content->setVisible(hasUser);
    m_empty->setVisible(!hasUser);
    m_sessions->setUserId(user.id);
    updateMap();
    m_history->setUser(user);
    if (!hasUser)
        return;
    m_name->setText(user.displayName);
    const QString status =
        user.statusReason.isEmpty()
            ? User::statusText(user.status)
            : tr("%1 (%2)", "status (reason)").arg(User::statusText(user.status), user.statusReason);
    // What the source knows of the user: sources keeping sessions only have no role or start date.
    QStringList summary;
    if (!user.email.isEmpty())
        summary << user.email;
    if (!user.role.isEmpty())
        summary << tr("role %1").arg(user.role);
    summary << status;
    if (user.createdAt.isValid())
        summary << tr("member since %1")
                       .arg(QLocale().toString(user.createdAt.toLocalTime().date(), QLocale::ShortFormat));
    m_summary->setText(summary.join(u" · "_s));
    m_tokens->setVisible(user.tokensNotBefore.isValid());
    // Keycloak's not-before refuses refresh and offline tokens; access tokens live on.
    m_tokens->setText(m_source->capabilities().has(Capabilities::Capability::RevokeTokens)
                          ? tr("Access tokens issued before %1 are rejected.")
                                .arg(DisplayFormat::exactTime(user.tokensNotBefore))
                          : tr("Refresh and offline tokens issued before %1 are refused; access tokens stay "
                               "valid until they expire.")
                                .arg(DisplayFormat::exactTime(user.tokensNotBefore)));
    updateSessionCount();
}

void UserDetailPane::refresh()
{
    m_sessions->refresh();
    m_history->refresh();
    updateMap();
}

void UserDetailPane::updateAccountButtons()
{
    const Capabilities capabilities = m_source->capabilities();
    m_table->setColumnHidden(SessionTableModel::LocationColumn,
                             !capabilities.has(Capabilities::Capability::Locations));
    m_table->setColumnHidden(SessionTableModel::NetworkColumn,
                             !capabilities.has(Capabilities::Capability::Networks));
    const bool devices = capabilities.has(Capabilities::Capability::Devices);
    m_table->setColumnHidden(SessionTableModel::DeviceColumn, !devices);
    m_table->setColumnHidden(SessionTableModel::IpColumn,
                             !capabilities.has(Capabilities::Capability::Addresses));
    m_table->setColumnHidden(SessionTableModel::StartedColumn,
                             !capabilities.has(Capabilities::Capability::SessionStarts));
    m_table->setColumnHidden(SessionTableModel::LastActivityColumn,
                             !capabilities.has(Capabilities::Capability::SessionActivity));
    // Without the device column, the status takes the room that is left.
    m_table->horizontalHeader()->setSectionResizeMode(
        SessionTableModel::StatusColumn, devices ? QHeaderView::Interactive : QHeaderView::Stretch);
    const bool allowed = capabilities.has(Capabilities::Capability::ManageUsers);
    const QString why = capabilities.reason(Capabilities::Capability::ManageUsers);
    const bool deactivated = m_user.status == UserStatus::Deactivated;
    m_deactivate->setText(deactivated ? tr("Reac&tivate…") : tr("Deac&tivate…"));
    const bool mayChangeRole = capabilities.has(Capabilities::Capability::ChangeRoles);
    m_changeRole->setEnabled(mayChangeRole);
    m_changeRole->setToolTip(mayChangeRole ? tr("Change the role this user has in the application")
                                           : capabilities.reason(Capabilities::Capability::ChangeRoles));
    const bool frozen = m_user.status == UserStatus::Frozen;
    m_deactivate->setEnabled(allowed && !frozen);
    m_deactivate->setToolTip(!allowed ? why
                             : frozen ? tr("The account is frozen: unfreeze it first, then deactivate it.")
                             : deactivated ? tr("Let this user sign in again")
                                           : tr("For a former team member: end every session and "
                                                "prevent sign-in"));
    m_remove->setEnabled(allowed && deactivated);
    m_remove->setToolTip(!allowed      ? why
                         : deactivated ? tr("Remove this user from the list")
                                       : tr("Only deactivated users can be removed: deactivate them first."));
}

void UserDetailPane::checkSharedAccount()
{
    if (m_user.id.isEmpty())
        return;
    FlagQuery query;
    query.userId = m_user.id;
    const QString userId = m_user.id;
    Futures::onResult(m_source->flags(query), this, [this, userId](const Result<Page<Flag>> &flags) {
        if (!flags.ok() || userId != m_user.id)
            return;
        for (const Flag &flag : flags.value().rows) {
            if (flag.rule != Flag::Rule::DeviceSpread)
                continue;
            const QString finding = FlagExplainer::explanation(flag.rule, flag.evidence).toHtmlEscaped();
            const Capabilities capabilities = m_source->capabilities();
            // Only where users can be added here is adding them offered.
            m_sharedHint->setText(
                capabilities.has(Capabilities::Capability::ManageUsers)
                    ? tr("<b>Possible shared account:</b> %1.<br>One account per person lets you see and end "
                         "each person's sessions: <a href=\"add\">add the others as users</a>.")
                          .arg(finding)
                    : tr("<b>Possible shared account:</b> %1.<br>One account per person lets you see and end "
                         "each person's sessions. %2")
                          .arg(finding,
                               capabilities.reason(Capabilities::Capability::ManageUsers).toHtmlEscaped()));
            m_sharedHint->show();
            return;
        }
    });
}

void UserDetailPane::updateSessionCount()
{
    const qint64 total = m_sessions->totalCount();
    m_sessionCount->setText(m_includeEnded->isChecked() ? tr("%Ln session(s)", nullptr, int(total))
                                                        : tr("%Ln active session(s)", nullptr, int(total)));
    // An empty grid says nothing; say what it means instead.
    const bool empty = m_sessions->rowCount() == 0;
    m_table->setVisible(!empty);
    m_noSessions->setVisible(empty);
    m_noSessions->setText(
        m_includeEnded->isChecked()
            ? tr("%1 has never had a session.").arg(m_user.displayName)
            : tr("%1 is not signed in anywhere. Tick “Include ended sessions” to see their history.")
                  .arg(m_user.displayName));
}

void UserDetailPane::confirmEndSession(const QModelIndex &index)
{
    EndSessionConfirmation::open(this, m_source, m_banner, m_sessions->rowAt(index.row()),
                                 m_user.displayName);
}

void UserDetailPane::updateMap()
{
    // Every active session of the user, not the table's first page: read on their own.
    const quint64 generation = ++m_mapGeneration;
    const int tab = m_history->indexOf(m_map);
    m_map->setDots({});
    m_history->setTabEnabled(tab, false);
    if (m_user.id.isEmpty())
        return;
    SessionQuery query;
    query.userId = m_user.id;
    query.limit = MapSessions;
    Futures::onResult(
        m_source->sessions(query), this, [this, generation, tab](const Result<Page<Session>> &found) {
            if (generation != m_mapGeneration || !found.ok())
                return;
            // The places as the Overview finds them: checked coordinates, one dot per city.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            OverviewBuilder places(now);
            for (const Session &session : found.value().rows) {
                const Origin &origin = session.origin;
                if (session.isActive(now))
                    places.addSessions(origin.country, origin.city, {}, origin.latitude, origin.longitude);
            }
            const QList<WorldMap::Dot> dots = WorldMap::dotsOf(places.finish().places, false);
            m_map->setDots(dots);
            m_history->setTabEnabled(tab, !dots.isEmpty());
            m_history->setTabToolTip(
                tab, dots.isEmpty() ? tr("None of this user's active sessions has a place with coordinates.")
                     : found.value().hasMore()
                         ? tr("Where this user's active sessions are: the places of the first %L1.")
                               .arg(MapSessions)
                         : tr("Where this user's active sessions are."));
        });
}
