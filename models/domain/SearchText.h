#pragma once

#include <QString>

// How text searches compare: case and accents folded for every script, so that "INÈS", "Inès" and
// "ines" find the same users, as do "ŁUKASZ" and "łukasz", "МАРИЯ" and "мария", "ΆΝΝΑ" and "άννα".
// The stores keep each user's name and address folded the same way (the search_key column), and
// PostgreSQL's sessiondesk_fold() folds alike in SQL: lower case, canonical decomposition (NFD),
// combining marks U+0300–U+036F removed, final sigma as sigma.
class SearchText final
{
public:
    static QString fold(const QString &text);
    // The folded key of a user: name and address, one per line.
    static QString userKey(const QString &displayName, const QString &email);
};
