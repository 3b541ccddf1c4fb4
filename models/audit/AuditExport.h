#pragma once

#include "domain/ActionContext.h"
#include "sources/AuditQuery.h"
#include "sources/Result.h"

#include <QCoreApplication>
#include <QFuture>

class SessionSource;

// Exports the audit entries a query selects, the same way for the console and the CLI: the chain
// is verified (its head goes into the PDF), the entries are read, the export is recorded in the
// trail (no record, no export), then the file is written off the caller's thread. The steps run
// on the source's thread; the future resolves there.
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
        ActionContext context; // the reason is written to the trail with the export
    };

    struct Outcome
    {
        QString path;
        int entries = 0;
        int pages = 0; // PDF only
        qint64 auditEntryId = 0;
    };

    static QFuture<Result<Outcome>> run(SessionSource *source, const Request &request);
};
