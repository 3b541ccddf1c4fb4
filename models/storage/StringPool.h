#pragma once

#include <QSet>
#include <QString>

// Hands out one shared copy of each distinct string. Rows read from the store repeat a few values
// thousands of times (roles, cities, countries, user agents); sharing them keeps a hundred
// thousand rows in memory at a fraction of the size.
class StringPool final
{
public:
    QString shared(const QString &text)
    {
        if (text.isEmpty())
            return {};
        const auto found = m_strings.constFind(text);
        if (found != m_strings.cend())
            return *found;
        m_strings.insert(text);
        return text;
    }

private:
    QSet<QString> m_strings;
};
