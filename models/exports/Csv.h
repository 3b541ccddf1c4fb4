#pragma once

#include <QString>
#include <QStringList>

// CSV as the console's exports write it: RFC 4180, UTF-8, one record per line ending in CRLF.
class Csv final
{
public:
    // One record; a field beginning with = + - @, a tab or a carriage return is written behind an
    // apostrophe so that spreadsheets show it as text instead of running it; a NUL is written as
    // U+FFFD.
    static QString record(const QStringList &fields);
};
