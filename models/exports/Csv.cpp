#include "models/exports/Csv.h"

using namespace Qt::Literals::StringLiterals;

QString Csv::record(const QStringList &fields)
{
    QStringList quoted;
    for (QString field : fields) {
        field.replace(QChar(0), QChar::ReplacementCharacter); // a NUL would make the file binary
        // A spreadsheet would run a cell beginning like a formula (a reason "=HYPERLINK(…)"):
        // such a cell is written as text, behind one apostrophe.
        if (!field.isEmpty() && u"=+-@\t\r"_s.contains(field.front()))
            field.prepend(u'\'');
        const bool needsQuotes =
            field.contains(u',') || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n');
        quoted << (needsQuotes ? u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"' : field);
    }
    return quoted.join(u',') + u"\r\n"_s;
}
