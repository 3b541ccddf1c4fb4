#include "models/audit/AuditExport.h"

#include "models/audit/AuditExporter.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrentRun>

#include <memory>

using namespace Qt::Literals::StringLiterals;

QFuture<Result<AuditExport::Outcome>> AuditExport::run(SessionSource *source, const Request &request)
{
    auto promise = std::make_shared<QPromise<Result<Outcome>>>();
    promise->start();
    Request req = request;
    // Through a symbolic link to the file it names, as any program writes.
    req.path = QFileInfo(request.path).isSymLink() ? QFileInfo(request.path).symLinkTarget()
                                                   : QFileInfo(request.path).absoluteFilePath();
    req.query.limit = 0; // every matching entry
    const bool pdf = req.format == Format::Pdf;
    const QFileInfo target(req.path);
    // Written beside the target as an unnamed file (QSaveFile: O_TMPFILE on Linux), which only the
    // commit after the audit entry gives a name: a process killed before that leaves nothing.
    auto file = std::make_shared<QSaveFile>(req.path);
    const auto finish = [promise, file](const Result<Outcome> &result) {
        if (!result.ok())
            file->cancelWriting();
        promise->addResult(result);
        promise->finish();
    };
    const auto refuse = [&](const QString &why) {
        finish(SourceError{SourceError::Code::InvalidInput, why, {}});
        return promise->future();
    };
    if (request.path.trimmed().isEmpty())
        return refuse(tr("An export needs a file name; nothing was exported or recorded."));
    if (target.isDir())
        return refuse(tr("%1 is a folder; nothing was exported or recorded.").arg(req.path));
    if (target.exists() && !target.isFile()) // a device, a pipe, a socket: never replaced
        return refuse(tr("%1 is not a regular file; nothing was exported or recorded.").arg(req.path));
    Futures::onResult(source->verifyAudit(), source, [=](const Result<AuditVerification> &verified) {
        if (!verified.ok())
            return finish(verified.error());
        // The store itself (a file, with its write-ahead log) is never the export's target.
        const QString store = verified.value().store;
        const QString destination = target.exists() ? target.canonicalFilePath() : req.path;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            if (!store.isEmpty() && destination == store + suffix)
                return finish(
                    SourceError{SourceError::Code::InvalidInput,
                                tr("%1 is the store itself; nothing was exported or recorded.").arg(req.path),
                                {}});
        }
        Futures::onResult(
            source->auditEntries(req.query), source, [=](const Result<Page<AuditEntry>> &entries) {
                if (!entries.ok())
                    return finish(entries.error());
                const QList<AuditEntry> rows = entries.value().rows;
                const AuditExporter::Report report{source->description(),           req.query.description(),
                                                   req.query.orderDescription(),    source->currentOperator(),
                                                   QDateTime::currentDateTimeUtc(), verified.value()};
                if (!file->open(QIODevice::WriteOnly))
                    return finish(SourceError{SourceError::Code::Failed,
                                              tr("Cannot write %1 (%2); nothing was exported or recorded.")
                                                  .arg(req.path, file->errorString()),
                                              {}});
                // The file is the worker's until the answer: nothing else touches it meanwhile.
                auto written = QtConcurrent::run([file, path = req.path, rows, report, pdf]() -> Result<int> {
                    if (pdf)
                        return AuditExporter::writePdf(*file, path, rows, report);
                    if (auto error = AuditExporter::writeCsv(*file, path, rows, report.verification))
                        return *error;
                    return 0;
                });
                Futures::onResult(written, source, [=](const Result<int> &pages) {
                    if (!pages.ok()) {
                        SourceError error = pages.error();
                        error.text = tr("Cannot write %1; nothing was exported or recorded.").arg(req.path);
                        return finish(error);
                    }
                    const QString what =
                        tr("%1 to %2: %3").arg(pdf ? u"PDF"_s : u"CSV"_s, req.path, req.query.description());
                    Futures::onResult(source->recordAuditExport(what, int(rows.size()), req.context), source,
                                      [=](const Result<ActionResult> &recorded) {
                                          if (!recorded.ok())
                                              return finish(recorded.error());
                                          if (!file->commit())
                                              return finish(SourceError{
                                                  SourceError::Code::Failed,
                                                  tr("Cannot put the export in place at %1 (%2), although it "
                                                     "was recorded as audit entry %3.")
                                                      .arg(req.path, file->errorString())
                                                      .arg(recorded.value().auditEntryId),
                                                  {}});
                                          finish(Outcome{req.path, int(rows.size()), pages.value(),
                                                         recorded.value().auditEntryId, verified.value()});
                                      });
                });
            });
    });
    return promise->future();
}
