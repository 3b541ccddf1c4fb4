#include "models/audit/AuditWitness.h"

#include "models/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

// The heads kept in the file; none when there is no file yet; an error when it cannot be read.
std::optional<QJsonObject> read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

AuditWitness::AuditWitness(const QString &path)
    : m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                  u"/audit-witness.json"_s
                            : path)
{}

bool AuditWitness::readable() const
{
    return read(m_path).has_value();
}

std::optional<AuditCheckpoint> AuditWitness::seen(const QString &store) const
{
    const QJsonObject head = read(m_path).value_or(QJsonObject()).value(store).toObject();
    if (head.isEmpty())
        return std::nullopt;
    return AuditCheckpoint{store, head.value(u"entry"_s).toInteger(), head.value(u"hash"_s).toString(),
                           QDateTime::fromString(head.value(u"seenAt"_s).toString(), Qt::ISODate)};
}

void AuditWitness::remember(const AuditCheckpoint &head) const
{
    if (head.entry <= 0 || head.store.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + u".lock"_s);
    if (!lock.tryLock(5000)) {
        qCWarning(lcAudit) << "the audit witness" << m_path << "is locked; this head is not remembered";
        return;
    }
    auto kept = read(m_path);
    if (!kept) {
        // Damaged (or not this program's): kept as it is, for someone to look at, not replaced.
        qCWarning(lcAudit) << "the audit witness" << m_path << "cannot be read; this head is not remembered";
        return;
    }
    QJsonObject all = *kept;
    if (all.value(head.store).toObject().value(u"entry"_s).toInteger() >= head.entry)
        return;
    all.insert(head.store, QJsonObject{{u"entry"_s, head.entry},
                                       {u"hash"_s, head.hash},
                                       {u"seenAt"_s, head.seenAt.toUTC().toString(Qt::ISODate)}});
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(all).toJson()) < 0 || !file.commit())
        qCWarning(lcAudit) << "cannot write the audit witness" << m_path << file.errorString();
}
