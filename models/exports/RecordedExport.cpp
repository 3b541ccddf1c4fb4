#include "models/exports/RecordedExport.h"

#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"

#include <QFileInfo>
#include <QSaveFile>

Result<QString> RecordedExport::target(const SessionSource *source, const QString &path)
{
    const auto refuse = [](const QString &why) {
        return SourceError{SourceError::Code::InvalidInput, why, {}};
    };
    if (path.trimmed().isEmpty())
        return refuse(tr("An export needs a file name; nothing was exported or recorded."));
    const QFileInfo given(path);
    const QFileInfo target(given.isSymLink() ? given.symLinkTarget() : given.absoluteFilePath());
    if (target.isDir())
        return refuse(tr("%1 is a folder; nothing was exported or recorded.").arg(target.filePath()));
    if (target.exists() && !target.isFile()) // a device, a pipe, a socket: never replaced
        return refuse(
            tr("%1 is not a regular file; nothing was exported or recorded.").arg(target.filePath()));
    // The store itself (a file, with its write-ahead log) or the journal is never the target.
    const QString destination = target.exists() ? target.canonicalFilePath() : target.absoluteFilePath();
    if (source->files().contains(destination))
        return refuse(tr("%1 is the store itself; nothing was exported or recorded.").arg(target.filePath()));
    return target.filePath();
}

SourceError RecordedExport::notWritten(const QString &path, const QString &why)
{
    return SourceError{SourceError::Code::Failed,
                       why.isEmpty()
                           ? tr("Cannot write %1; nothing was exported or recorded.").arg(path)
                           : tr("Cannot write %1 (%2); nothing was exported or recorded.").arg(path, why),
                       {}};
}

QFuture<Result<RecordedExport::Outcome>> RecordedExport::run(SessionSource *source, const QString &path,
                                                             const Fill &fill, const Record &record)
{
    const Result<QString> target = RecordedExport::target(source, path);
    if (!target.ok())
        return Futures::ready<Outcome>(target.error());
    const QString written = target.value();
    auto file = std::make_shared<QSaveFile>(written);
    if (!file->open(QIODevice::WriteOnly))
        return Futures::ready<Outcome>(notWritten(written, file->errorString()));
    auto promise = Futures::started<Outcome>();
    const auto finish = [promise, file](const Result<Outcome> &result) {
        if (!result.ok())
            file->cancelWriting();
        Futures::settle(*promise, result);
    };
    // The file is the fill's until it answers: nothing else touches it meanwhile.
    Futures::onResult(fill(file, written), source, [=](const Result<Written> &rows) {
        if (!rows.ok())
            return finish(rows.error());
        Futures::onResult(record(written, rows.value()), source, [=](const Result<ActionResult> &recorded) {
            if (!recorded.ok())
                return finish(recorded.error());
            if (!file->commit())
                return finish(SourceError{SourceError::Code::Failed,
                                          tr("Cannot put the export in place at %1 (%2), although it was "
                                             "recorded as audit entry %3.")
                                              .arg(written, file->errorString())
                                              .arg(recorded.value().auditEntryId),
                                          {}});
            finish(Outcome{written, rows.value(), recorded.value().auditEntryId});
        });
    });
    return promise->future();
}
