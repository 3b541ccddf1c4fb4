#include "audit/AuditExport.h"

#include "audit/AuditExporter.h"
#include "sources/Futures.h"
#include "sources/SessionSource.h"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QUuid>
#include <QtConcurrentRun>

#include <cerrno>
#include <cstdio>
#include <cstring>
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
    // Beside the target, so that putting it in place is a rename on the same file system.
    const QFileInfo target(req.path);
    const QString part = target.absolutePath() + u"/."_s + target.fileName() + u"."_s +
                         QUuid::createUuid().toString(QUuid::Id128).left(12) + u".part"_s;
    const auto finish = [promise, part](const Result<Outcome> &result) {
        if (!result.ok())
            QFile::remove(part);
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
                auto written = QtConcurrent::run([part, rows, report, pdf]() -> Result<int> {
                    if (pdf)
                        return AuditExporter::writePdf(part, rows, report);
                    if (auto error = AuditExporter::writeCsv(part, rows, report.verification))
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
                    Futures::onResult(
                        source->recordAuditExport(what, int(rows.size()), req.context), source,
                        [=](const Result<ActionResult> &recorded) {
                            if (!recorded.ok())
                                return finish(recorded.error());
                            if (std::rename(QFile::encodeName(part).constData(),
                                            QFile::encodeName(req.path).constData()) != 0)
                                return finish(SourceError{
                                    SourceError::Code::Failed,
                                    tr("Cannot put the export in place at %1 (%2), although it "
                                       "was recorded as audit entry %3.")
                                        .arg(req.path, QString::fromLocal8Bit(std::strerror(errno)))
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
