#include "models/storage/StoreMigrator.h"

#include "models/Logging.h"
#include "models/storage/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

StoreMigrator::StoreMigrator(const QString &resourceDir, const QHash<int, Step> &steps)
    : m_steps(steps)
{
    static const QRegularExpression pattern(u"^(\\d{3})_(\\w+)\\.sql$"_s);
    const QDir dir(resourceDir);
    for (const QString &file : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            m_migrations.append({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    Q_ASSERT(!m_migrations.isEmpty());
}

int StoreMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

QStringList StoreMigrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;     // a CREATE TRIGGER statement …
    bool inTriggerBody = false; // … with a BEGIN … END; body (SQLite)
    bool inDollar = false;      // inside a $$ … $$ function body (PostgreSQL)
    for (const QString &rawLine : script.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || (line.startsWith(u"--") && !inDollar))
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive);
        if (inTrigger && line.compare(u"BEGIN", Qt::CaseInsensitive) == 0)
            inTriggerBody = true;
        if (line.count(u"$$"_s) % 2 == 1)
            inDollar = !inDollar;
        current += rawLine + u'\n';
        const bool ends = inDollar        ? false
                          : inTriggerBody ? line.compare(u"END;", Qt::CaseInsensitive) == 0
                                          : line.endsWith(u';');
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTriggerBody = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Result<int> StoreMigrator::installedVersion(QSqlDatabase &db, bool allowCreate) const
{
    QSqlQuery query(db);
    // The first read also tells a damaged file or a non-database apart (SQLITE_NOTADB/CORRUPT).
    const bool postgres = Sql::isPostgres(db);
    if (auto error = Sql::exec(query, postgres ? u"SELECT table_name FROM information_schema.tables "
                                                 "WHERE table_schema = current_schema()"_s
                                               : u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return *error;
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());

    int version = 0;
    if (tables.isEmpty()) {
        if (!allowCreate)
            return SourceError{
                SourceError::Code::NotFound, tr("The store is empty: it holds no SessionDesk data."), {}};
    } else if (!tables.contains(u"sessiondesk_schema")) {
        return SourceError{
            SourceError::Code::NotAStore,
            tr("This database is not a SessionDesk store (it has no sessiondesk_schema table). "
               "SessionDesk leaves it untouched."),
            tables.mid(0, 10).join(u", ")};
    } else {
        if (auto error = Sql::exec(query, u"SELECT coalesce(max(version), 0) FROM sessiondesk_schema"_s))
            return *error;
        query.next();
        version = query.value(0).toInt();
        if (version > latestVersion()) {
            return SourceError{
                SourceError::Code::NewerSchema,
                tr("This store has schema version %1, but this SessionDesk knows versions up to %2. "
                   "Use a newer SessionDesk; the store was left untouched.")
                    .arg(version)
                    .arg(latestVersion()),
                {}};
        }
    }
    return version;
}

Result<StoreMigrator::Outcome> StoreMigrator::migrate(QSqlDatabase &db, bool allowCreate,
                                                      const SqlTransaction &transaction) const
{
    const auto installed = installedVersion(db, allowCreate);
    if (!installed.ok())
        return installed.error();
    QSqlQuery query(db);
    Outcome outcome;
    outcome.fromVersion = installed.value();
    outcome.toVersion = outcome.fromVersion;

    for (const Migration &migration : m_migrations) {
        if (migration.version <= outcome.fromVersion)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return SourceError{
                SourceError::Code::Failed, tr("Migration %1 is missing.").arg(migration.path), {}};
        QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
        if (migration.version == 1) {
            statements.prepend(u"CREATE TABLE sessiondesk_schema (version INTEGER PRIMARY KEY, "
                               "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s);
        }
        bool appliedElsewhere = false;
        auto applied = transaction.run<int>(db, [&](QSqlDatabase &) -> Result<int> {
            // Another program opening the same new file (a second console, CLIs started together)
            // may have applied it while this one waited for the write lock.
            const auto current = installedVersion(db, allowCreate);
            if (!current.ok())
                return current.error();
            if (current.value() >= migration.version) {
                appliedElsewhere = true;
                return current.value();
            }
            for (const QString &statement : std::as_const(statements)) {
                if (auto error = Sql::exec(query, statement))
                    return *error;
            }
            if (const Step step = m_steps.value(migration.version)) {
                if (auto error = step(db))
                    return *error;
            }
            if (auto error = Sql::exec(
                    query, u"INSERT INTO sessiondesk_schema (version, name, applied_at) VALUES (?, ?, ?)"_s,
                    {migration.version, migration.name, QDateTime::currentMSecsSinceEpoch()}))
                return *error;
            return migration.version;
        });
        if (!applied.ok()) {
            SourceError error = applied.error();
            error.text = tr("Upgrading the store to schema version %1 failed; it was left at version %2. %3")
                             .arg(migration.version)
                             .arg(outcome.toVersion)
                             .arg(error.text);
            return error;
        }
        if (!appliedElsewhere)
            qCInfo(lcSql) << "applied migration" << migration.version << migration.name;
        outcome.toVersion = applied.value();
    }
    return outcome;
}
