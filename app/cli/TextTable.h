#pragma once

#include <QStringList>

// Plain-text table for terminals: a header row and columns padded to their widest cell.
class TextTable final
{
public:
    explicit TextTable(const QStringList &header);

    void addRow(const QStringList &cells);
    // Right-align a numeric column.
    void alignRight(int column);
    // Leave a column out (one the source has no values for).
    void hideColumn(int column);
    QString render() const;

private:
    QList<QStringList> m_rows;
    QList<bool> m_rightAligned;
    QList<bool> m_hidden;
};
