#include "models/audit/AuditExport.h"

#include "models/audit/AuditExporter.h"
#include "models/exports/RecordedExport.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"

#include <QSaveFile>
#include <QtConcurrentRun>

#include <memory>

using namespace Qt::Literals::StringLiterals;

QFuture<Result<AuditExport::Outcome>> AuditExport::run(SessionSource *source, const Request &request)
{
    AuditQuery query = request.query;
    query.limit = 0; // every matching entry
    const bool pdf = request.format == Format::Pdf;
    // The chain's state at export time, as the file states it.
    auto verification = std::make_shared<AuditVerification>();
    const auto fill = [source, query, pdf, verification](std::shared_ptr<QSaveFile> file,
                                                         const QString &path) {
        auto promise = Futures::started<RecordedExport::Written>();
        const auto finish = [promise](const Result<RecordedExport::Written> &result) {
            Futures::settle(*promise, result);
        };
        Futures::onResult(source->verifyAudit(), source, [=](const Result<AuditVerification> &verified) {
            if (!verified.ok())
                return finish(verified.error());
            *verification = verified.value();
            Futures::onResult(
                source->auditEntries(query), source, [=](const Result<Page<AuditEntry>> &entries) {
                    if (!entries.ok())
                        return finish(entries.error());
                    const QList<AuditEntry> rows = entries.value().rows;
                    const AuditExporter::Report report{
                        source->description(),           query.description(),
                        query.orderDescription(),        source->currentOperator(),
                        QDateTime::currentDateTimeUtc(), verified.value()};
                    auto written = QtConcurrent::run([file, path, rows, report, pdf]() -> Result<int> {
                        if (pdf)
                            return AuditExporter::writePdf(*file, path, rows, report);
                        if (auto error = AuditExporter::writeCsv(*file, path, rows, report.verification))
                            return *error;
                        return 0;
                    });
                    Futures::onResult(written, source, [=](const Result<int> &pages) {
                        if (!pages.ok())
                            return finish(RecordedExport::notWritten(path));
                        finish(RecordedExport::Written{int(rows.size()), pages.value()});
                    });
                });
        });
        return promise->future();
    };
    const auto record = [source, query, pdf, context = request.context](
                            const QString &path, const RecordedExport::Written &written) {
        const QString what = tr("%1 to %2: %3").arg(pdf ? u"PDF"_s : u"CSV"_s, path, query.description());
        return source->recordExport(SessionSource::Export::AuditTrail, what, written.rows, context);
    };
    return RecordedExport::run(source, request.path, request.replace, fill, record)
        .then(source, [verification](const Result<RecordedExport::Outcome> &done) -> Result<Outcome> {
            if (!done.ok())
                return done.error();
            return Outcome{done.value().path, done.value().written.rows, done.value().written.pages,
                           done.value().auditEntryId, *verification};
        });
}
