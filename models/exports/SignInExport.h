#pragma once

#include "models/domain/ActionContext.h"
#include "models/domain/LoginEvent.h"
#include "models/exports/RecordedExport.h"
#include "models/sources/SignInQuery.h"

#include <QCoreApplication>
#include <QFuture>
#include <QStringList>

class SessionSource;

// Exports the sign-in attempts a query selects to CSV (RFC 4180, UTF-8, a header row), newest
// first, for the Sign-ins page's Export CSV… and `signins export`. They are read a page at a time
// and each page is written off the caller's thread before the next is read, so that a million
// take neither the memory nor the thread; the export is recorded in the audit trail
// ("sign_ins_export") as RecordedExport records every export. A filter that matches nothing is
// refused: no file, no entry.
class SignInExport final
{
    Q_DECLARE_TR_FUNCTIONS(SignInExport)

public:
    struct Request
    {
        SignInQuery query;
        QString user; // who query.userId is, in words (their address), for the audit entry
        QString path;
        bool replace = false;  // a file at path may be replaced (the operator said so)
        ActionContext context; // the reason is written to the trail with the export
    };

    static QStringList csvHeader();
    static QStringList csvFields(const LoginEvent &event);
    static QFuture<Result<RecordedExport::Outcome>> run(SessionSource *source, const Request &request);
};
