#include "models/sources/django/DjangoDatabase.h"

#include "models/sources/django/DjangoSessionData.h"
#include "models/sources/local/LocalJournal.h"
#include "models/storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

const QRegularExpression tableName(u"^[A-Za-z_][A-Za-z0-9_]{0,62}$"_s);

// Django writes naive times ("2026-12-21 22:03:41.459719") into SQLite, in UTC or (USE_TZ = False)
// in its TIME_ZONE; PostgreSQL answers with timestamptz.
QDateTime timeOf(const QVariant &value, const QTimeZone &zone)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    // Date and time apart: a QDateTime parsed whole is in local time, and each one asks the C
    // library for the local zone, which looks /etc/localtime up again.
    const QString text = value.toString();
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11, 12), Qt::ISODateWithMs);
    // UTC by its time spec: a time zone's conversion costs more than the rest of a row.
    static const QTimeZone utc = QTimeZone::utc();
    if (zone == utc)
        return QDateTime(date, time, Qt::UTC);
    const QDateTime local(date, time, zone);
    // A wall-clock time the zone skips (clocks put forward) is read as Python reads it: with the
    // offset before the change, the one of the day before.
    if (!local.isValid() || local.time() != time)
        return QDateTime(date, time, Qt::OffsetFromUTC,
                         zone.offsetFromUtc(QDateTime(date.addDays(-1), time, zone)))
            .toUTC();
    return local.toUTC();
}

// The columns of AbstractUser SessionDesk reads; id and a name (username or email) are needed.
const QStringList knownColumns{u"id"_s,           u"username"_s,  u"email"_s,      u"is_staff"_s,
                               u"is_superuser"_s, u"is_active"_s, u"last_login"_s, u"date_joined"_s};

} // namespace

bool DjangoDatabase::isDjangoUrl(const QString &url)
{
    return url.startsWith(u"django+postgresql://"_s, Qt::CaseInsensitive) ||
           url.startsWith(u"django+sqlite://"_s, Qt::CaseInsensitive);
}

Result<DjangoDatabase> DjangoDatabase::fromUrl(const QString &url)
{
    const auto invalid = [&url](const QString &why) {
        return SourceError{SourceError::Code::InvalidInput, tr("'%1' cannot be used: %2").arg(url, why), {}};
    };
    if (!isDjangoUrl(url))
        return invalid(tr("write django+postgresql://LOGIN@HOST/DATABASE or django+sqlite:///PATH."));
    QUrl address(url.mid(url.indexOf(u'+') + 1), QUrl::StrictMode);
    if (!address.isValid())
        return invalid(address.errorString());
    DjangoDatabase django;
    QUrlQuery query(address);
    QUrlQuery rest;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"users") {
            if (!tableName.match(value).hasMatch())
                return invalid(
                    tr("users must be the plain name of a table such as auth_user, not '%1'.").arg(value));
            django.usersTable = value;
        } else if (key == u"timezone") {
            django.timeZone = QTimeZone(value.toUtf8());
            if (value.isEmpty() || !django.timeZone.isValid())
                return invalid(
                    tr("timezone must be a zone such as Europe/Berlin, as Django's TIME_ZONE names it, "
                       "not '%1'.")
                        .arg(value));
        } else {
            rest.addQueryItem(key, value);
        }
    }
    if (address.scheme().compare(u"sqlite"_s, Qt::CaseInsensitive) == 0) {
        if (!address.host().isEmpty() || address.path().isEmpty() || address.path() == u"/")
            return invalid(tr("an SQLite file is written django+sqlite:///PATH, with three slashes and the "
                              "file's absolute path."));
        if (!rest.isEmpty())
            return invalid(tr("an SQLite file takes no option but users and timezone, not '%1'.")
                               .arg(rest.queryItems().first().first));
        if (!address.userName().isEmpty() || !address.password().isEmpty())
            return invalid(tr("an SQLite file is opened with this computer account's permissions: leave the "
                              "login and password out."));
        django.file = address.path();
        return django;
    }
    if (query.hasQueryItem(u"timezone"_s))
        return invalid(tr("timezone is for SQLite files: PostgreSQL keeps the zone with each time."));
    address.setQuery(rest);
    auto connection = PgConnection::fromUrl(address.toString());
    if (!connection.ok())
        return connection.error();
    django.postgres = connection.value();
    return django;
}

QString DjangoDatabase::url() const
{
    QUrl address = postgres ? QUrl(postgres->url()) : QUrl::fromLocalFile(file);
    if (!postgres)
        address.setScheme(u"sqlite"_s);
    QUrlQuery query(address);
    if (usersTable != u"auth_user")
        query.addQueryItem(u"users"_s, usersTable);
    if (!postgres && timeZone != QTimeZone::utc())
        query.addQueryItem(u"timezone"_s, QString::fromUtf8(timeZone.id()));
    address.setQuery(query);
    return u"django+"_s + address.toString();
}

QString DjangoDatabase::where() const
{
    if (!postgres)
        return QDir::toNativeSeparators(file);
    return tr("%1 at %2").arg(postgres->database, postgres->hostAndPort());
}

QString DjangoDatabase::journalPath() const
{
    if (!postgres) {
        // One journal per file, however it is named (links, "..", another spelling of the path):
        // its name and a digest of its real path.
        const QFileInfo info(file);
        const QString real =
            info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(real.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
        return LocalJournal::defaultPath(u"django"_s, QFileInfo(real).fileName() + u'-' + digest, 0);
    }
    return LocalJournal::defaultPath(u"django"_s, postgres->host, postgres->port, postgres->database);
}

Result<QSqlDatabase> DjangoDatabase::open(const QString &connectionName, const QString &password) const
{
    if (postgres)
        return postgres->open(connectionName, password);
    const QFileInfo info(file);
    if (info.isDir())
        return SourceError{
            SourceError::Code::InvalidInput,
            tr("%1 is a folder: give the path of the Django application's SQLite database file.")
                .arg(QDir::toNativeSeparators(file)),
            {}};
    if (!info.isFile())
        return SourceError{SourceError::Code::NotFound,
                           tr("There is no database file %1: give the path of the Django application's "
                              "SQLite database (its DATABASES NAME).")
                               .arg(QDir::toNativeSeparators(file)),
                           {}};
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(file);
    // Never created; read-only where the file or its folder (SQLite's rollback journal) is not
    // writable.
    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    db.setConnectOptions(writable ? u"QSQLITE_BUSY_TIMEOUT=5000"_s
                                  : u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return Sql::error(db.lastError(), tr("opening %1").arg(QDir::toNativeSeparators(file)));
    return db;
}

Result<DjangoDatabase::Access> DjangoDatabase::check(QSqlDatabase &db) const
{
    QSqlQuery row(db);
    for (const QString &table : {u"django_session"_s, usersTable}) {
        const QString sql =
            postgres
                ? u"SELECT to_regclass(?) IS NOT NULL"_s
                : u"SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)"_s;
        if (auto error = Sql::exec(row, sql, {postgres ? QString(u'"' + table + u'"') : table}))
            return *error;
        if (!row.next() || !row.value(0).toBool())
            return SourceError{
                SourceError::Code::NotFound,
                table == usersTable && usersTable == u"auth_user"
                    ? tr("%1 has no table auth_user: is it the Django application's database? A "
                         "custom user model's table is given with ?users=TABLE.")
                          .arg(where())
                    : tr("%1 has no table %2: is it the Django application's database, with "
                         "django.contrib.sessions and its database sessions migrated?")
                          .arg(where(), table),
                {}};
    }
    const QString columnsSql = postgres ? u"SELECT lower(column_name) FROM information_schema.columns WHERE "
                                          u"table_name = ? AND table_schema = ANY(current_schemas(false))"_s
                                        : u"SELECT lower(name) FROM pragma_table_info(?)"_s;
    if (auto error = Sql::exec(row, columnsSql, {usersTable}))
        return *error;
    Access access;
    QStringList &columns = access.userColumns;
    while (row.next()) {
        if (knownColumns.contains(row.value(0).toString()))
            columns << row.value(0).toString();
    }
    if (!columns.contains(u"id"_s) || (!columns.contains(u"username"_s) && !columns.contains(u"email"_s)))
        return SourceError{
            SourceError::Code::InvalidInput,
            tr("The table %1 is no Django user model's: it needs an id and a username or an email "
               "column.")
                .arg(usersTable),
            {}};
    if (!postgres) {
        access.canDelete = !db.connectOptions().contains(u"READONLY"_s);
        access.canUpdateUsers = access.canDelete && columns.contains(u"is_active"_s);
        return access;
    }
    if (auto error =
            Sql::exec(row,
                      u"SELECT current_user, has_table_privilege('django_session', 'SELECT'), "
                      u"has_table_privilege('django_session', 'DELETE'), has_table_privilege(?, 'SELECT'), "
                      u"has_table_privilege(?, 'UPDATE')"_s,
                      {QString(u'"' + usersTable + u'"'), QString(u'"' + usersTable + u'"')}))
        return *error;
    row.next();
    access.login = row.value(0).toString();
    if (!row.value(1).toBool() || !row.value(3).toBool())
        return SourceError{
            SourceError::Code::PermissionDenied,
            tr("The login %1 may not read django_session and %2.").arg(access.login, usersTable),
            {}};
    access.canDelete = row.value(2).toBool();
    access.canUpdateUsers = row.value(4).toBool() && columns.contains(u"is_active"_s);
    return access;
}

const User *DjangoDatabase::Snapshot::user(const QString &id) const
{
    const auto at = userAt.constFind(id);
    return at == userAt.cend() ? nullptr : &users.at(*at);
}

QString DjangoDatabase::idOf(const QString &sessionKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(sessionKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString DjangoDatabase::Snapshot::label(const QString &id) const
{
    // The username, which is Django's unique name of an account (addresses may repeat).
    const User *found = user(id);
    return !found ? id : found->displayName.isEmpty() ? found->email : found->displayName;
}

QStringList DjangoDatabase::rolesOf(const User &user)
{
    return user.role.split(u", "_s, Qt::SkipEmptyParts);
}

Result<DjangoDatabase::Snapshot> DjangoDatabase::read(QSqlDatabase &db) const
{
    Snapshot snapshot;
    QSqlQuery row(db);
    row.setForwardOnly(true);
    const auto column = [this](const QString &name, const QString &otherwise) {
        return userColumns.contains(name) ? name : otherwise;
    };
    const QString name = column(u"username"_s, u"email"_s);
    const QString sql = u"SELECT CAST(id AS text), %1, %2, %3, %4, %5, %6, %7 FROM \"%8\""_s.arg(
        name, column(u"email"_s, u"''"_s), column(u"is_staff"_s, u"false"_s),
        column(u"is_superuser"_s, u"false"_s), column(u"is_active"_s, u"true"_s),
        column(u"last_login"_s, u"NULL"_s), column(u"date_joined"_s, u"NULL"_s), usersTable);
    if (auto error = Sql::exec(row, sql))
        return *error;
    while (row.next()) {
        User user;
        user.id = row.value(0).toString();
        user.displayName = row.value(1).toString();
        user.email = row.value(2).toString();
        QStringList roles;
        if (row.value(3).toBool())
            roles << u"staff"_s;
        if (row.value(4).toBool())
            roles << u"superuser"_s;
        user.role = roles.join(u", "_s);
        user.status = row.value(5).toBool() ? UserStatus::Active : UserStatus::Frozen;
        user.lastActivity = timeOf(row.value(6), timeZone);
        user.createdAt = timeOf(row.value(7), timeZone);
        snapshot.userAt.insert(user.id, snapshot.users.size());
        snapshot.users << user;
    }
    if (auto error = Sql::exec(row, u"SELECT session_key, session_data, expire_date FROM django_session"_s))
        return *error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (row.next()) {
        Session session;
        session.userId = DjangoSessionData::userOf(row.value(1).toString());
        const auto at = snapshot.userAt.constFind(session.userId);
        // Anonymous, or of a user who is gone (Django treats it as anonymous).
        if (at == snapshot.userAt.cend())
            continue;
        const QString key = row.value(0).toString();
        session.id = idOf(key);
        session.expiresAt = timeOf(row.value(2), timeZone);
        session.endIfExpired(now);
        User &user = snapshot.users[*at];
        session.userEmail = user.email;
        session.userName = user.displayName;
        if (session.isActive(now))
            ++user.activeSessions;
        snapshot.keyOf.insert(session.id, key);
        snapshot.sessions << session;
    }
    return snapshot;
}

Result<int> DjangoDatabase::deleteSessions(QSqlDatabase &db, const QStringList &keys) const
{
    constexpr qsizetype chunk = 500;
    int deleted = 0;
    QSqlQuery row(db);
    for (qsizetype from = 0; from < keys.size(); from += chunk) {
        const QStringList part = keys.mid(from, chunk);
        QVariantList args;
        for (const QString &key : part)
            args << key;
        const QString marks = QString(u"?,"_s).repeated(part.size()).chopped(1);
        if (auto error =
                Sql::exec(row, u"DELETE FROM django_session WHERE session_key IN (%1)"_s.arg(marks), args))
            return *error;
        deleted += row.numRowsAffected();
    }
    return deleted;
}

std::optional<SourceError> DjangoDatabase::setActive(QSqlDatabase &db, const QString &userId,
                                                     bool active) const
{
    QSqlQuery row(db);
    if (auto error = Sql::exec(row,
                               u"UPDATE \"%1\" SET is_active = %2 WHERE CAST(id AS text) = ?"_s.arg(
                                   usersTable, active ? u"true"_s : u"false"_s),
                               {userId}))
        return *error;
    if (row.numRowsAffected() != 1)
        return SourceError{SourceError::Code::NotFound, tr("There is no user %1.").arg(userId), {}};
    return std::nullopt;
}
