#include "models/audit/AuditChain.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace {

void field(QByteArray &out, const char *name, const QString &value)
{
    out += name;
    out += '=';
    if (value.isEmpty()) {
        out += "~\n";
        return;
    }
    const QByteArray bytes = value.toUtf8();
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += '\n';
}

} // namespace

QString AuditChain::genesis()
{
    return QString(64, u'0');
}

QByteArray AuditChain::canonical(const AuditEntry &entry)
{
    QByteArray out = "SessionDesk audit entry v1\n";
    field(out, "id", QString::number(entry.id));
    field(out, "at", QString::number(entry.at.toMSecsSinceEpoch()));
    field(out, "operator", entry.operatorId);
    field(out, "os_account", entry.osAccount);
    field(out, "host", entry.host);
    field(out, "action", entry.action);
    field(out, "target_user", entry.targetUser);
    field(out, "target_session", entry.targetSession);
    field(out, "count", QString::number(entry.count));
    field(out, "reason", entry.reason);
    field(out, "ticket", entry.ticket);
    field(out, "outcome", entry.outcome);
    field(out, "old_value", entry.oldValue);
    field(out, "new_value", entry.newValue);
    return out;
}

QString AuditChain::hash(const QString &previousHash, const AuditEntry &entry)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(previousHash.toLatin1());
    sha.addData("\n");
    sha.addData(canonical(entry));
    return QString::fromLatin1(sha.result().toHex());
}

bool AuditChain::Verifier::add(const AuditEntry &entry)
{
    if (!intact())
        return false;
    m_firstBadId = entry.id; // until it fits
    m_broken = true;
    if (entry.id <= 0) {
        m_problem =
            tr("Entry %1 does not belong to the trail: its entries are numbered from 1.").arg(entry.id);
        return false;
    }
    if (entry.prevHash != m_head) {
        m_problem =
            m_checked == 0
                ? tr("Entry %1 does not start the trail: entries before it were deleted.").arg(entry.id)
                : tr("Entry %1 does not follow entry %2: an entry between them was deleted or "
                     "inserted, or the entries were reordered.")
                      .arg(entry.id)
                      .arg(m_lastId);
        return false;
    }
    if (hash(m_head, entry) != entry.hash) {
        m_problem = tr("Entry %1 was changed after it was written: its contents no longer match its hash.")
                        .arg(entry.id);
        return false;
    }
    m_head = entry.hash;
    m_lastId = entry.id;
    m_firstBadId = 0;
    m_broken = false;
    ++m_checked;
    return true;
}
