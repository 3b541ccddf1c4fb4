#pragma once

#include <QString>

// Asks for a password on the terminal without echoing it. Without a terminal (a script, cron)
// nothing is asked and the answer is empty: libpq then looks in PGPASSFILE.
class PasswordPrompt final
{
public:
    static QString ask(const QString &prompt);
    // Whether there is a terminal to ask on.
    static bool hasTerminal();
};
