#include "audit/AuditWitness.h"

#include "Logging.h"

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

QJsonObject read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

AuditWitness::AuditWitness(const QString &path)
    : m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                  u"/audit-witness.json"_s
                            : path)
{}

std::optional<AuditCheckpoint> AuditWitness::seen(const QString &store) const
{
    const QJsonObject head = read(m_path).value(store).toObject();
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
    QJsonObject all = read(m_path);
    if (all.value(head.store).toObject().value(u"entry"_s).toInteger() >= head.entry)
        return;
    all.insert(head.store, QJsonObject{{u"entry"_s, head.entry},
                                       {u"hash"_s, head.hash},
                                       {u"seenAt"_s, head.seenAt.toUTC().toString(Qt::ISODate)}});
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(all).toJson()) < 0 || !file.commit())
        qCWarning(lcAudit) << "cannot write the audit witness" << m_path << file.errorString();
}
