#pragma once

#include "models/sources/SessionSource.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

// Signs in to a source that asks for a password, before its window opens: while the server
// refuses the name or password, the operator is asked again, with the server's answer, and may
// give up. A window never opens half signed in.
class SignIn final
{
public:
    // A source for the password, not yet signed in.
    using Create = std::function<std::unique_ptr<SessionSource>(const QString &password)>;
    // Asks for the password again, saying why (the refusal); nothing when the operator gives up.
    using Ask = std::function<std::optional<QString>(const QString &refusal)>;

    struct Outcome
    {
        std::unique_ptr<SessionSource> source;
        std::optional<SourceError> failure; // why the last sign-in failed, other than a refused password
        QString password;                   // the password the source was made with
    };

    // Nothing when the operator gave up.
    static std::optional<Outcome> run(const Create &create, const Ask &ask, const QString &password);
};
