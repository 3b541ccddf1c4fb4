#include "TextTable.h"

TextTable::TextTable(const QStringList &header)
    : m_rows{header}
    , m_rightAligned(header.size(), false)
    , m_hidden(header.size(), false)
{}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
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
