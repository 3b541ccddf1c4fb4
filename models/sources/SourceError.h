#pragma once

#include <QMetaType>
#include <QString>

// An error as a value: what went wrong for the user, and the technical detail for the log.
// Nothing in models/ throws across the SessionSource interface or shows a message box.
struct SourceError
{
    enum class Code {
        Failed,           // the operation failed; text says why
        InvalidInput,     // the request itself is wrong (missing reason, bad value)
        NotFound,         // no such user, session or store
        PermissionDenied, // this operator, or the file system, does not allow it
        Busy,             // another program holds the store's lock
        Corrupt,          // the store file is damaged or not a database
        NotAStore,        // a valid database, but not a SessionDesk store
        NewerSchema,      // created by a newer SessionDesk
        OlderSchema,      // no store yet, or an older schema: an administrator initializes or upgrades it
        Conflict,         // the target changed meanwhile (already ended, already exists)
        Unsupported,      // this kind of source cannot do it at all (text says what it lacks)
        RateLimited,      // the server asks to slow down; retried after a while
        SignInRefused,    // the server did not accept the credentials (a password, a token: HTTP 401)
    };

    Code code = Code::Failed;
    QString text;   // one clear, translated sentence for the user
    QString detail; // technical detail (driver message, SQL state); never secrets

    bool operator==(const SourceError &) const = default;
};

Q_DECLARE_METATYPE(SourceError)
