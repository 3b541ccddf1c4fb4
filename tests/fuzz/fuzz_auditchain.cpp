// The audit chain's canonical encoding, as a property: entries built from the input are chained
// and verify intact; then one byte of one field of one entry is changed (where the input says)
// and verification must fail at exactly that entry, whenever the change alters the field.
#include "FuzzSupport.h"
#include "models/audit/AuditChain.h"

#include <QDataStream>

namespace {

constexpr int textFields = 11;

QString *textField(AuditEntry &entry, int index)
{
    QString *fields[textFields] = {&entry.operatorId, &entry.osAccount,     &entry.host,    &entry.action,
                                   &entry.targetUser, &entry.targetSession, &entry.reason,  &entry.ticket,
                                   &entry.outcome,    &entry.oldValue,      &entry.newValue};
    return fields[index % textFields];
}

// Input: a few control bytes, then the fields' UTF-8 text separated by 0x1f, entries by 0x1e.
struct Reader
{
    QByteArray input;
    qsizetype at = 0;
    quint8 byte() { return at < input.size() ? quint8(input.at(at++)) : 0; }
};

bool verifies(const QList<AuditEntry> &entries, qint64 *firstBad)
{
    AuditChain::Verifier verifier;
    for (const AuditEntry &entry : entries)
        if (!verifier.add(entry)) {
            *firstBad = verifier.firstBadId();
            return false;
        }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::application();
    Reader reader{Fuzz::bytes(data, size)};
    const int whichEntry = reader.byte();
    const int whichField = reader.byte();
    const int whichByte = reader.byte();
    const quint8 newByte = reader.byte();
    const QList<QByteArray> records = reader.input.mid(reader.at).split('\x1e');
    if (records.size() > 16)
        return -1;

    QList<AuditEntry> entries;
    QString head = AuditChain::genesis();
    for (const QByteArray &record : records) {
        AuditEntry entry;
        entry.id = entries.size() + 1;
        entry.at = QDateTime::fromMSecsSinceEpoch(1700000000000 + entry.id * 1000, Qt::UTC);
        entry.count = int(record.size());
        const QList<QByteArray> fields = record.split('\x1f');
        for (int i = 0; i < textFields && i < fields.size(); ++i)
            *textField(entry, i) = QString::fromUtf8(fields.at(i));
        entry.prevHash = head;
        entry.hash = AuditChain::hash(head, entry);
        head = entry.hash;
        entries << entry;
    }
    qint64 firstBad = 0;
    Fuzz::check(verifies(entries, &firstBad), "a chain just written does not verify");

    // One byte of one field's stored (UTF-8) form changed, as an editor of the store would.
    AuditEntry &target = entries[whichEntry % entries.size()];
    QString *field = textField(target, whichField);
    QByteArray stored = field->toUtf8();
    if (stored.isEmpty())
        stored = QByteArray(1, char(newByte));
    else
        stored[whichByte % stored.size()] = char(newByte);
    const QString changed = QString::fromUtf8(stored);
    if (changed == *field)
        return 0;
    *field = changed;
    Fuzz::check(!verifies(entries, &firstBad), "a changed entry still verifies",
                QStringLiteral("entry %1 field %2").arg(target.id).arg(whichField % textFields));
    Fuzz::check(firstBad == target.id, "the change is reported at another entry");
    return 0;
}
