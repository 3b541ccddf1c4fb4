#pragma once

#include "models/domain/ActionContext.h"
#include "models/sources/AuditQuery.h"
#include "models/sources/AuditVerification.h"
#include "models/sources/Result.h"

#include <QCoreApplication>
#include <QFuture>

class SessionSource;

// Exports the audit entries a query selects, the same way for the console and the CLI: the chain
// is verified (its state and head go into the file), the entries are read and written, off the
// caller's thread, to a temporary file beside the target; only then is the export recorded in the
// trail, and the file put in place. A file that cannot be written is no export and leaves no
// entry; an export the trail refuses to record leaves no file. The steps run on the source's
// thread; the future resolves there.
class AuditExport final
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)

public:
    enum class Format {
        Csv,
        Pdf,
    };

    struct Request
    {
        AuditQuery query;
        Format format = Format::Csv;
        QString path;
        bool replace = false;  // a file at path may be replaced (the operator said so)
        ActionContext context; // the reason is written to the trail with the export
    };

    struct Outcome
    {
        QString path;
        int entries = 0;
        int pages = 0; // PDF only
        qint64 auditEntryId = 0;
        AuditVerification verification; // the trail's state, as the file states it
    };

    static QFuture<Result<Outcome>> run(SessionSource *source, const Request &request);
};
