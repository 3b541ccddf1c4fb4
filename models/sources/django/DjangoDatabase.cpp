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

// Django writes naive UTC times ("2026-12-21 22:03:41.459719") into SQLite; PostgreSQL answers with
// timestamptz.
QDateTime timeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime time = QDateTime::fromString(value.toString().replace(u' ', u'T').left(23), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

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
        } else {
            rest.addQueryItem(key, value);
        }
    }
    if (address.scheme().compare(u"sqlite"_s, Qt::CaseInsensitive) == 0) {
        if (!address.host().isEmpty() || address.path().isEmpty() || address.path() == u"/")
            return invalid(tr("an SQLite file is written django+sqlite:///PATH, with three slashes and the "
                              "file's absolute path."));
        if (!rest.isEmpty())
            return invalid(tr("an SQLite file takes no option but users, not '%1'.")
                               .arg(rest.queryItems().first().first));
        django.file = address.path();
        return django;
    }
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
    if (usersTable != u"auth_user") {
        QUrlQuery query(address);
        query.addQueryItem(u"users"_s, usersTable);
        address.setQuery(query);
    }
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
    if (!postgres)
        return LocalJournal::defaultPath(u"django"_s, QFileInfo(file).absoluteFilePath(), 0);
    return LocalJournal::defaultPath(u"django"_s, postgres->host, postgres->port, postgres->database);
}

Result<QSqlDatabase> DjangoDatabase::open(const QString &connectionName, const QString &password) const
{
    if (postgres)
        return postgres->open(connectionName, password);
    const QFileInfo info(file);
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
            postgres ? u"SELECT to_regclass(?) IS NOT NULL"_s
                     : u"SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?"_s;
        if (auto error = Sql::exec(row, sql, {table}))
            return *error;
        if (!row.next() || !row.value(0).toBool())
            return SourceError{SourceError::Code::NotFound,
                               tr("%1 has no table %2: is it the Django application's database, with "
                                  "django.contrib.sessions and its database sessions migrated?")
                                   .arg(where(), table),
                               {}};
    }
    Access access;
    if (!postgres) {
        access.canDelete = access.canUpdateUsers = !db.connectOptions().contains(u"READONLY"_s);
        return access;
    }
    if (auto error =
            Sql::exec(row,
                      u"SELECT current_user, has_table_privilege('django_session', 'SELECT'), "
                      u"has_table_privilege('django_session', 'DELETE'), has_table_privilege(?, 'SELECT'), "
                      u"has_table_privilege(?, 'UPDATE')"_s,
                      {usersTable, usersTable}))
        return *error;
    row.next();
    access.login = row.value(0).toString();
    if (!row.value(1).toBool() || !row.value(3).toBool())
        return SourceError{
            SourceError::Code::PermissionDenied,
            tr("The login %1 may not read django_session and %2.").arg(access.login, usersTable),
            {}};
    access.canDelete = row.value(2).toBool();
    access.canUpdateUsers = row.value(4).toBool();
    return access;
}

const User *DjangoDatabase::Snapshot::user(const QString &id) const
{
    const auto at = userAt.constFind(id);
    return at == userAt.cend() ? nullptr : &users.at(*at);
}

QString DjangoDatabase::Snapshot::label(const QString &id) const
{
    const User *found = user(id);
    return !found ? id : found->email.isEmpty() ? found->displayName : found->email;
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
    if (auto error = Sql::exec(row, uR"(SELECT CAST(id AS text), username, email, first_name, last_name,
                                               is_staff, is_superuser, is_active, last_login, date_joined
                                        FROM "%1")"_s.arg(usersTable)))
        return *error;
    while (row.next()) {
        User user;
        user.id = row.value(0).toString();
        user.displayName = row.value(1).toString();
        user.email = row.value(2).toString();
        QStringList roles;
        if (row.value(5).toBool())
            roles << u"staff"_s;
        if (row.value(6).toBool())
            roles << u"superuser"_s;
        user.role = roles.join(u", "_s);
        user.status = row.value(7).toBool() ? UserStatus::Active : UserStatus::Frozen;
        user.lastActivity = timeOf(row.value(8));
        user.createdAt = timeOf(row.value(9));
        snapshot.userAt.insert(user.id, snapshot.users.size());
        snapshot.users << user;
    }
    if (auto error = Sql::exec(row, u"SELECT session_key, session_data, expire_date FROM django_session"_s))
        return *error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (row.next()) {
        Session session;
        session.userId = DjangoSessionData::userOf(row.value(1).toString());
        if (session.userId.isEmpty())
            continue; // anonymous
        const QString key = row.value(0).toString();
        session.id = QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
        session.expiresAt = timeOf(row.value(2));
        session.endIfExpired(now);
        const auto at = snapshot.userAt.constFind(session.userId);
        if (at != snapshot.userAt.cend()) {
            User &user = snapshot.users[*at];
            session.userEmail = user.email;
            session.userName = user.displayName;
            if (session.isActive(now))
                ++user.activeSessions;
        }
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
