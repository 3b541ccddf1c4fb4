#include "TextTable.h"

using namespace Qt::Literals::StringLiterals;

TextTable::TextTable(const QStringList &header)
    : m_rows{header}
    , m_rightAligned(header.size(), false)
    , m_hidden(header.size(), false)
{}

void TextTable::addRow(const QStringList &cells)
{
    QStringList shown;
    for (const QString &cell : cells) {
        const QString text = visible(cell);
        shown << (text.size() > maxCell ? text.left(maxCell - 1) + u'…' : text);
    }
    m_rows.append(shown);
}

QString TextTable::visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
                          u == 0x200F || u == 0x061C;
        if (u == u'\n')
            out += u'⏎';
        else if (u == u'\t')
            out += u' ';
        else if (bidi || c.category() == QChar::Other_Control)
            out += u"<U+%1>"_s.arg(QString::number(u, 16).toUpper().rightJustified(4, u'0'));
        else
            out += c;
    }
    return out;
}

void TextTable::alignRight(int column)
{
    m_rightAligned[column] = true;
}

void TextTable::hideColumn(int column)
{
    m_hidden[column] = true;
}

QString TextTable::render() const
{
    QList<qsizetype> widths(m_rows.first().size(), 0);
    for (const QStringList &row : m_rows) {
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    QString out;
    for (const QStringList &row : m_rows) {
        QString line;
        bool first = true;
        for (int c = 0; c < widths.size(); ++c) {
            if (m_hidden.at(c))
                continue;
            if (!first)
                line += u"  ";
            first = false;
            const QString cell = row.value(c);
            line +=
                m_rightAligned.at(c) ? cell.rightJustified(widths.at(c)) : cell.leftJustified(widths.at(c));
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}
