#include "audit/AuditExport.h"

#include "audit/AuditExporter.h"
#include "sources/Futures.h"
#include "sources/SessionSource.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrentRun>

#include <memory>

using namespace Qt::Literals::StringLiterals;

QFuture<Result<AuditExport::Outcome>> AuditExport::run(SessionSource *source, const Request &request)
{
    auto promise = std::make_shared<QPromise<Result<Outcome>>>();
    promise->start();
    const auto finish = [promise](const Result<Outcome> &result) {
        promise->addResult(result);
        promise->finish();
    };
    Request req = request;
    req.path = QFileInfo(request.path).absoluteFilePath();
    req.query.limit = 0; // every matching entry
    const bool pdf = req.format == Format::Pdf;

    Futures::onResult(source->verifyAudit(), source, [=](const Result<AuditVerification> &verified) {
        if (!verified.ok())
            return finish(verified.error());
        Futures::onResult(
            source->auditEntries(req.query), source, [=](const Result<Page<AuditEntry>> &entries) {
                if (!entries.ok())
                    return finish(entries.error());
                const QList<AuditEntry> rows = entries.value().rows;
                const QString what =
                    tr("%1 to %2: %3").arg(pdf ? u"PDF"_s : u"CSV"_s, req.path, req.query.description());
                Futures::onResult(source->recordAuditExport(what, int(rows.size()), req.context), source,
                                  [=](const Result<ActionResult> &recorded) {
                                      if (!recorded.ok())
                                          return finish(recorded.error());
                                      const AuditExporter::Report report{
                                          source->description(),           req.query.description(),
                                          req.query.orderDescription(),    source->currentOperator(),
                                          QDateTime::currentDateTimeUtc(), verified.value()};
                                      auto written =
                                          QtConcurrent::run([req, rows, report, pdf]() -> Result<int> {
                                              if (pdf)
                                                  return AuditExporter::writePdf(req.path, rows, report);
                                              if (auto error = AuditExporter::writeCsv(req.path, rows))
                                                  return *error;
                                              return 0;
                                          });
                                      Futures::onResult(written, source, [=](const Result<int> &pages) {
                                          if (!pages.ok())
                                              return finish(pages.error());
                                          finish(Outcome{req.path, int(rows.size()), pages.value(),
                                                         recorded.value().auditEntryId});
                                      });
                                  });
            });
    });
    return promise->future();
}
