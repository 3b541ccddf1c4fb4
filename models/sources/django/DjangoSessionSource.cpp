#include "models/sources/django/DjangoSessionSource.h"

#include "models/Logging.h"
#include "models/domain/SearchText.h"
#include "models/sources/Futures.h"
#include "models/sources/SortedPage.h"
#include "models/storage/SqlTransaction.h"
#include "models/storage/SqlWorker.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using Capability = Capabilities::Capability;
using Futures::ready;

// Django's name in messages.
QString django()
{
    return DjangoSessionSource::tr("Django");
}

} // namespace

DjangoSessionSource::DjangoSessionSource(Options options, QObject *parent)
    : JournaledSource(parent)
    , m_options(std::move(options))
    , m_worker(new SqlWorker(u"sessiondesk-django"_s, this))
{
    if (m_options.journalPath.isEmpty())
        m_options.journalPath = m_options.database.journalPath();
    setJournal(m_options.journalPath, description(), django());
    m_operator = Operator::fromEnvironment();
    if (m_options.database.postgres)
        m_operator.id = m_options.database.postgres->user;
    m_operator.role.reset();
}

DjangoSessionSource::~DjangoSessionSource()
{
    delete m_worker; // stops its thread before the options it uses go
}

QString DjangoSessionSource::description() const
{
    return tr("Django sessions in %1").arg(m_options.database.where());
}

template<typename T, typename Job>
QFuture<Result<T>> DjangoSessionSource::onWorker(Job job)
{
    const DjangoDatabase database = m_options.database;
    const QString password = m_options.password;
    const QString name = u"sessiondesk-django-%1"_s.arg(quintptr(this), 0, 16);
    return m_worker->run([database, password, name, job = std::move(job)](QSqlDatabase &db) -> Result<T> {
        if (!db.isOpen()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            auto opened = database.open(name, password);
            if (!opened.ok())
                return opened.error();
            db = opened.value();
        }
        Result<T> result = job(db, database);
        // A failed statement may have been a lost connection: the next job connects afresh.
        if (!result.ok())
            db.close();
        return result;
    });
}

template<typename T, typename Answer>
QFuture<Result<T>> DjangoSessionSource::look(Answer answer)
{
    return onWorker<T>(
        [answer = std::move(answer)](QSqlDatabase &db, const DjangoDatabase &database) -> Result<T> {
            const auto snapshot = database.read(db);
            if (!snapshot.ok())
                return snapshot.error();
            return answer(snapshot.value());
        });
}

QFuture<Result<Operator>> DjangoSessionSource::signIn()
{
    auto promise = Futures::started<Operator>();
    // The database first: an address that names none leaves no journal behind.
    auto checked = onWorker<DjangoDatabase::Access>(
        [](QSqlDatabase &db, const DjangoDatabase &database) { return database.check(db); });
    Futures::onResult(checked, this, [this, promise](const Result<DjangoDatabase::Access> &access) {
        if (!access.ok())
            return Futures::settle(*promise, Result<Operator>(access.error()));
        Futures::onResult(
            journal()->open(), this,
            [this, promise, access = access.value()](const std::optional<SourceError> &unusable) {
                if (unusable)
                    return Futures::settle(*promise, Result<Operator>(*unusable));
                m_access = access;
                m_options.database.userColumns = access.userColumns;
                if (!m_access.login.isEmpty())
                    m_operator.id = m_access.login;
                m_operator.role = m_access.canDelete ? Role::Administrator : Role::Auditor;
                m_open = true;
                qCInfo(lcSql) << "opened Django's tables in" << m_options.database.where() << "as"
                              << m_operator.id;
                Q_EMIT operatorChanged();
                Futures::settle(*promise, Result<Operator>(m_operator));
            });
    });
    return promise->future();
}

Capabilities DjangoSessionSource::capabilities() const
{
    if (!m_open)
        return Capabilities::none(tr("Not connected to %1 yet.").arg(m_options.database.where()));
    Capabilities capabilities = Capabilities::forRole(Role::Administrator);
    if (!m_access.canDelete) {
        const QString readOnly =
            m_options.database.postgres
                ? tr("The login %1 may read django_session but not delete from it, so it can only look; the "
                     "database's owner can GRANT DELETE.")
                      .arg(m_operator.id)
                : tr("The file %1 may not be written from this account, so it can only be looked at.")
                      .arg(m_options.database.where());
        for (const auto capability : Capabilities::operatorCapabilities()) {
            if (capability != Capability::Export)
                capabilities.deny(capability, readOnly);
        }
    } else if (!m_options.database.userColumns.contains(u"is_active"_s)) {
        capabilities.deny(Capability::Freeze,
                          tr("The table %1 has no is_active column to freeze a user with.")
                              .arg(m_options.database.usersTable));
    } else if (!m_access.canUpdateUsers) {
        capabilities.deny(
            Capability::Freeze,
            tr("The login %1 may not update %2.").arg(m_operator.id, m_options.database.usersTable));
    }
    capabilities.deny(Capability::TimedFreeze,
                      tr("Django's is_active has no end: unfreeze the user when the time comes."));
    capabilities.deny(Capability::ChangeSettings,
                      tr("Django has no global-logout setting: a user's sign-out ends that session only."));
    const QString noOrigins = tr(
        "Django's database sessions record no address or user agent, so no rule can find anything in them.");
    capabilities.deny(Capability::ResolveFlags, noOrigins);
    capabilities.deny(Capability::UserFlags, noOrigins);
    capabilities.deny(Capability::ManageOperators,
                      m_options.database.postgres
                          ? tr("Who may act is what the database grants the login on django_session.")
                          : tr("Who may act is whoever may write the database file."));
    capabilities.deny(Capability::ManageUsers, tr("Django's users are added and removed in its admin site."));
    capabilities.deny(Capability::ChangeRoles,
                      tr("Staff and superuser status are changed in Django's admin site."));
    capabilities.deny(Capability::RevokeTokens,
                      tr("Django's sessions are rows: deleting one ends it; there are no tokens to revoke."));
    denyPlaces(capabilities, django(), false, true);
    const QString none = tr("Django's database sessions record no address or user agent.");
    capabilities.deny(Capability::Devices, none);
    capabilities.deny(Capability::Addresses, none);
    const QString noTimes = tr("Django's database sessions record when they expire, not when they started or "
                               "were last used.");
    capabilities.deny(Capability::SessionStarts, noTimes);
    capabilities.deny(Capability::SessionActivity, noTimes);
    capabilities.deny(Capability::PlanLogouts, tr("A logout of all users at a later time needs a SessionDesk "
                                                  "store to keep the plan and announce it."));
    capabilities.deny(Capability::SignIns, tr("Django records each user's last sign-in (shown as their last "
                                              "activity), not each attempt: there is no sign-in history."));
    capabilities.deny(Capability::LiveUpdates,
                      tr("Django does not report changes; press Refresh (F5) to read them again."));
    return capabilities;
}

QFuture<Result<Page<User>>> DjangoSessionSource::users(const UserQuery &userQuery)
{
    if (auto refused = refusedUserFlags(userQuery))
        return ready<Page<User>>(*refused);
    if (userQuery.sortField == UserQuery::SortField::LastLocation)
        return unsupported<Page<User>>(capabilities().reason(Capability::LastLocations));
    if (userQuery.sortField == UserQuery::SortField::Devices)
        return unsupported<Page<User>>(capabilities().reason(Capability::Devices));
    return look<Page<User>>([userQuery](const Snapshot &snapshot) -> Result<Page<User>> {
        const QString text = SearchText::fold(userQuery.text);
        QList<User> found;
        for (const User &user : snapshot.users) {
            if (!text.isEmpty() && !SearchText::userKey(user.displayName, user.email).contains(text))
                continue;
            if (userQuery.status && user.status != *userQuery.status)
                continue;
            found << user;
        }
        const auto key = [&userQuery](const User &user) -> QVariant {
            switch (userQuery.sortField) {
            case UserQuery::SortField::Email:
                return SearchText::fold(user.email);
            case UserQuery::SortField::Role:
                return user.role;
            case UserQuery::SortField::Status:
                return int(user.status);
            case UserQuery::SortField::ActiveSessions:
                return user.activeSessions;
            case UserQuery::SortField::LastActivity:
                return user.lastActivity;
            default:
                return SearchText::fold(user.displayName);
            }
        };
        return sortedPage(found, key, userQuery.order, userQuery.cursor, userQuery.limit);
    });
}

QFuture<Result<User>> DjangoSessionSource::userByEmail(const QString &email)
{
    return look<User>([email](const Snapshot &snapshot) -> Result<User> {
        // A username (case-sensitive, NFKC as Django stores it), an address or an id, written
        // exactly; else an address in another letter case. Names that fit several users are
        // refused, naming them, never one picked.
        const QString wanted = email.trimmed().normalized(QString::NormalizationForm_KC);
        const auto matching = [&](Qt::CaseSensitivity addressCase) {
            QList<User> found;
            for (const User &user : snapshot.users) {
                if ((addressCase == Qt::CaseSensitive && (user.displayName == wanted || user.id == wanted)) ||
                    (!user.email.isEmpty() && user.email.compare(wanted, addressCase) == 0))
                    found << user;
            }
            return found;
        };
        QList<User> found = matching(Qt::CaseSensitive);
        if (found.isEmpty())
            found = matching(Qt::CaseInsensitive);
        if (found.size() == 1)
            return found.first();
        if (found.isEmpty())
            return SourceError{SourceError::Code::NotFound,
                               tr("There is no user with the username, email address or id %1.").arg(wanted),
                               {}};
        QStringList names;
        for (const User &user : std::as_const(found))
            names << tr("%1 (id %2)").arg(user.displayName, user.id);
        return SourceError{SourceError::Code::Conflict,
                           tr("%1 names several users: %2. Give a username or id that names only one.")
                               .arg(wanted, names.join(u", "_s)),
                           {}};
    });
}

QFuture<Result<Page<Session>>> DjangoSessionSource::sessions(const SessionQuery &sessionQuery)
{
    if (auto refused = refusedFilter(sessionQuery.filter))
        return ready<Page<Session>>(*refused);
    return look<Page<Session>>([sessionQuery](const Snapshot &snapshot) -> Result<Page<Session>> {
        const QString user = sessionQuery.userId.isEmpty() ? sessionQuery.filter.userId : sessionQuery.userId;
        QList<Session> sessions;
        for (const Session &session : snapshot.sessions) {
            if (user.isEmpty() || session.userId == user)
                sessions << session;
        }
        return sessionQuery.pageOf(sessions);
    });
}

QFuture<Result<QStringList>> DjangoSessionSource::roles()
{
    return look<QStringList>([](const Snapshot &snapshot) -> Result<QStringList> {
        QStringList roles;
        for (const User &user : snapshot.users)
            roles << DjangoDatabase::rolesOf(user);
        roles.removeDuplicates();
        roles.sort();
        return roles;
    });
}

QFuture<Result<ActionResult>>
DjangoSessionSource::act(const ActionContext &context, Capability capability, const QString &action,
                         std::function<Result<QList<UserOutcome>>(QSqlDatabase &, const Snapshot &)> work,
                         const std::optional<LogoutAllScope> &scope, const QString &targetSession,
                         const QString &targetUser)
{
    if (const auto refused = refusal(capability, context))
        return ready<ActionResult>(*refused);
    // Who the scope's entry names, read with the rest.
    auto labels = std::make_shared<QHash<QString, QString>>();
    auto done =
        onWorker<QList<UserOutcome>>([work, labels](QSqlDatabase &db, const DjangoDatabase &database) {
            return SqlTransaction(3, 5000).run<QList<UserOutcome>>(
                db, [&](QSqlDatabase &inside) -> Result<QList<UserOutcome>> {
                    const auto snapshot = database.read(inside);
                    if (!snapshot.ok())
                        return snapshot.error();
                    for (const User &user : snapshot.value().users)
                        labels->insert(user.id, snapshot.value().label(user.id));
                    return work(inside, snapshot.value());
                });
        });
    auto promise = Futures::started<ActionResult>();
    Futures::onResult(done, this,
                      [this, promise, context, action, scope, targetSession, targetUser,
                       labels](const Result<QList<UserOutcome>> &outcomes) {
                          settleOutcomes(
                              promise, context, action, outcomes, scope, targetSession,
                              [labels](const QString &id) { return labels->value(id, id); },
                              labels->value(targetUser, targetUser));
                      });
    return promise->future();
}

namespace {

// The active sessions' keys of each user.
QHash<QString, QStringList> activeKeys(const DjangoDatabase::Snapshot &snapshot)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, QStringList> keys;
    for (const Session &session : snapshot.sessions) {
        if (session.isActive(now))
            keys[session.userId] << snapshot.keyOf.value(session.id);
    }
    return keys;
}

// Ends the active sessions of userIds (each must exist).
Result<QList<JournaledSource::UserOutcome>> endSessionsOf(QSqlDatabase &db, const DjangoDatabase &database,
                                                          const DjangoDatabase::Snapshot &snapshot,
                                                          const QStringList &userIds)
{
    const QHash<QString, QStringList> keys = activeKeys(snapshot);
    QList<JournaledSource::UserOutcome> outcomes;
    for (const QString &id : userIds) {
        if (!snapshot.user(id))
            return SourceError{
                SourceError::Code::NotFound, DjangoSessionSource::tr("There is no user %1.").arg(id), {}};
        const auto ended = database.deleteSessions(db, keys.value(id));
        if (!ended.ok())
            return ended.error();
        outcomes << JournaledSource::UserOutcome{id, snapshot.label(id), ended.value()};
    }
    return outcomes;
}

} // namespace

QFuture<Result<ActionResult>> DjangoSessionSource::logoutUsers(const QStringList &userIds,
                                                               const ActionContext &context)
{
    const DjangoDatabase database = m_options.database;
    return act(
        context, Capability::LogoutUser, u"logout_user"_s,
        [database, userIds](QSqlDatabase &db, const Snapshot &snapshot) {
            return endSessionsOf(db, database, snapshot, userIds);
        },
        std::nullopt, {}, userIds.size() == 1 ? userIds.first() : QString());
}

QHash<QString, QStringList> DjangoSessionSource::unspared(const Snapshot &snapshot,
                                                          const LogoutAllScope &scope)
{
    QHash<QString, QStringList> keys = activeKeys(snapshot);
    for (auto it = keys.begin(); it != keys.end();) {
        const User *user = snapshot.user(it.key());
        const QStringList roles = user ? DjangoDatabase::rolesOf(*user) : QStringList();
        const bool spared =
            scope.keepUserIds.contains(it.key()) ||
            std::any_of(roles.begin(), roles.end(),
                        [&scope](const QString &role) { return scope.excludeRoles.contains(role); }) ||
            (!scope.matching.userId.isEmpty() && it.key() != scope.matching.userId);
        it = spared ? keys.erase(it) : std::next(it);
    }
    return keys;
}

QFuture<Result<LogoutAllPreview>> DjangoSessionSource::previewLogoutAll(const LogoutAllScope &scope)
{
    if (auto refused = refusedFilter(scope))
        return ready<LogoutAllPreview>(*refused);
    return look<LogoutAllPreview>([scope](const Snapshot &snapshot) -> Result<LogoutAllPreview> {
        LogoutAllPreview preview;
        const auto keys = unspared(snapshot, scope);
        preview.users = int(keys.size());
        for (const QStringList &each : keys)
            preview.sessions += int(each.size());
        return preview;
    });
}

QFuture<Result<ActionResult>> DjangoSessionSource::logoutAll(const LogoutAllScope &scope,
                                                             const ActionContext &context)
{
    if (auto refused = refusedFilter(scope))
        return ready<ActionResult>(*refused);
    const DjangoDatabase database = m_options.database;
    return act(
        context, Capability::LogoutAll, scope.matching.isEmpty() ? u"logout_all"_s : u"end_matching"_s,
        [database, scope](QSqlDatabase &db, const Snapshot &snapshot) -> Result<QList<UserOutcome>> {
            const auto keys = unspared(snapshot, scope);
            qint64 count = 0;
            for (const QStringList &each : keys)
                count += each.size();
            if (count == 0 && !scope.matching.isEmpty())
                return scope.nothingMatches(); // refused, and not journaled
            if (auto grown = scope.refuseGrown(count))
                return *grown;
            QList<UserOutcome> outcomes;
            for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
                const auto ended = database.deleteSessions(db, it.value());
                if (!ended.ok())
                    return ended.error();
                outcomes << UserOutcome{it.key(), snapshot.label(it.key()), ended.value()};
            }
            return outcomes;
        },
        scope);
}

QFuture<Result<ActionResult>> DjangoSessionSource::endSession(const QString &sessionId,
                                                              const ActionContext &context)
{
    const DjangoDatabase database = m_options.database;
    return act(
        context, Capability::EndSession, u"end_session"_s,
        [database, sessionId](QSqlDatabase &db, const Snapshot &snapshot) -> Result<QList<UserOutcome>> {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const auto session =
                std::find_if(snapshot.sessions.cbegin(), snapshot.sessions.cend(),
                             [&](const Session &s) { return s.id == sessionId && s.isActive(now); });
            if (session == snapshot.sessions.cend())
                return SourceError{
                    SourceError::Code::NotFound,
                    tr("No active session has the id %1: it has ended (signed out, or expired) "
                       "since it was listed, or the id is not one the session lists show.")
                        .arg(sessionId),
                    {}};
            const auto ended = database.deleteSessions(db, {snapshot.keyOf.value(sessionId)});
            if (!ended.ok())
                return ended.error();
            return QList<UserOutcome>{{session->userId, snapshot.label(session->userId), ended.value()}};
        },
        std::nullopt, sessionId);
}

QFuture<Result<ActionResult>> DjangoSessionSource::freezeUser(const QString &userId,
                                                              const ActionContext &context)
{
    return setActive(userId, false, context);
}

QFuture<Result<ActionResult>> DjangoSessionSource::freezeUserUntil(const QString &, const QDateTime &,
                                                                   const ActionContext &)
{
    return unsupported<ActionResult>(capabilities().reason(Capability::TimedFreeze));
}

QFuture<Result<ActionResult>> DjangoSessionSource::unfreezeUser(const QString &userId,
                                                                const ActionContext &context)
{
    return setActive(userId, true, context);
}

QFuture<Result<ActionResult>> DjangoSessionSource::setActive(const QString &userId, bool active,
                                                             const ActionContext &context)
{
    const DjangoDatabase database = m_options.database;
    return act(
        context, Capability::Freeze, active ? u"unfreeze_user"_s : u"freeze_user"_s,
        [database, userId, active](QSqlDatabase &db, const Snapshot &snapshot) -> Result<QList<UserOutcome>> {
            const User *user = snapshot.user(userId);
            if (!user)
                return SourceError{SourceError::Code::NotFound, tr("There is no user %1.").arg(userId), {}};
            if ((user->status == UserStatus::Active) == active)
                return SourceError{
                    SourceError::Code::Conflict,
                    active ? tr("%1 is not frozen; nothing changed.").arg(snapshot.label(userId))
                           : tr("%1 is already frozen; nothing changed.").arg(snapshot.label(userId)),
                    {}};
            if (auto error = database.setActive(db, userId, active))
                return *error;
            if (active)
                return QList<UserOutcome>{{userId, snapshot.label(userId), 0}};
            return endSessionsOf(db, database, snapshot, {userId});
        },
        std::nullopt, {}, userId);
}

QFuture<Result<Settings>> DjangoSessionSource::settings()
{
    return unsupported<Settings>(capabilities().reason(Capability::ChangeSettings));
}

QFuture<Result<Page<Flag>>> DjangoSessionSource::flags(const FlagQuery &)
{
    return unsupported<Page<Flag>>(capabilities().reason(Capability::ResolveFlags));
}
