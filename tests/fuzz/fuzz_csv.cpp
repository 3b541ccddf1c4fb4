// CSV export as a property: fields from the input are written as the exports write them (Csv),
// read back with a CSV reader written here from RFC 4180 (not the writer's code), and compared
// field by field: quotes, commas and line breaks survive, and a cell a spreadsheet would run as
// a formula (=, +, -, @, tab, carriage return first) comes back as text behind one apostrophe, and
// a NUL as U+FFFD.
#include "FuzzSupport.h"
#include "models/exports/Csv.h"

namespace {

// RFC 4180: fields separated by commas, records ended by CRLF; a quoted field may hold commas,
// CR, LF and doubled quotes. Empty list when the text is not one well-formed record.
QStringList readRecord(const QString &text)
{
    QStringList fields;
    QString field;
    qsizetype i = 0;
    for (;;) {
        field.clear();
        if (i < text.size() && text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return {}; // unterminated quote
                if (text.at(i) == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < text.size() && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"')
                    return {}; // a quote inside an unquoted field
                field += text.at(i++);
            }
        }
        fields << field;
        if (i < text.size() && text.at(i) == u',') {
            ++i;
            continue;
        }
        if (text.mid(i) == QStringLiteral("\r\n"))
            return fields;
        return {}; // anything after the record's end
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Fields separated by 0x1f; at least one.
    const QStringList fields = Fuzz::text(data, size).split(QChar(0x1f));
    const QString record = Csv::record(fields);
    const QStringList read = readRecord(record);
    Fuzz::check(read.size() == fields.size(), "the record reads back as another number of fields", record);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString field = QString(fields.at(i)).replace(QChar(0), QChar::ReplacementCharacter); // no NUL
        const bool formula = !field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front());
        const QString expected = formula ? u'\'' + field : field;
        Fuzz::check(read.at(i) == expected, "a field reads back changed",
                    field + QStringLiteral(" -> ") + read.at(i));
    }
    return 0;
}
