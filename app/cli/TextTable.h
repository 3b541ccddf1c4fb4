#pragma once

#include <QStringList>

// Plain-text table for terminals: a header row and columns padded to their widest cell.
class TextTable final
{
public:
    static constexpr int maxCell = 120;

    explicit TextTable(const QStringList &header);

    // Cells are shown as text only: a line break as ⏎, control and direction-changing characters
    // as <U+XXXX>, so that a stored value cannot draw a forged row or steer the terminal; a cell
    // longer than maxCell characters is cut with "…" (--json has it whole).
    void addRow(const QStringList &cells);
    // Right-align a numeric column.
    void alignRight(int column);
    // Leave a column out (one the source has no values for).
    void hideColumn(int column);
    QString render() const;

private:
    static QString visible(const QString &text);

    QList<QStringList> m_rows;
    QList<bool> m_rightAligned;
    QList<bool> m_hidden;
};
