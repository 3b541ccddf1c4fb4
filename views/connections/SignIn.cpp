#include "views/connections/SignIn.h"

#include "models/sources/Futures.h"

std::optional<SignIn::Outcome> SignIn::run(const Create &create, const Ask &ask, const QString &password)
{
    QString secret = password;
    for (;;) {
        std::unique_ptr<SessionSource> source = create(secret);
        const QFuture<Result<Operator>> signedIn = source->signIn();
        Futures::waitUntilFinished(signedIn); // no window yet: nothing else to keep drawn
        const Result<Operator> result = signedIn.result();
        if (result.ok() || result.error().code != SourceError::Code::SignInRefused) {
            Outcome outcome;
            outcome.source = std::move(source);
            if (!result.ok())
                outcome.failure = result.error();
            outcome.password = secret;
            return outcome;
        }
        const std::optional<QString> again = ask(result.error().text);
        if (!again)
            return std::nullopt;
        secret = *again;
    }
}
