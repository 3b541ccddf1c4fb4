#pragma once

#include <QString>

#include <optional>

// The sentences with which a PostgreSQL store's functions refuse (RAISE EXCEPTION in
// resources/sql/postgresql), in the operator's language: the store speaks English to psql users,
// the console and the CLI say the same in the language they run in. A sentence the table does not
// know is none of the store's (Sql::postgresError says it in its own words); tst_translations checks that
// every sentence the migrations raise is known.
class StoreRefusals final
{
public:
    // The server's sentence, translated, with what it names (ids, names, numbers) kept; nothing for
    // a sentence that is not one of the store's.
    static std::optional<QString> translate(const QString &message);
    // The store's sentences as the server writes them, with % for what each names.
    static QStringList known();
};
