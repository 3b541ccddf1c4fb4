#include "models/exports/RecordedExport.h"

#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrentRun>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

Result<QString> RecordedExport::target(const SessionSource *source, const QString &path, bool replace)
{
    const auto refuse = [](const QString &why) {
        return SourceError{SourceError::Code::InvalidInput, why, {}};
    };
    if (path.trimmed().isEmpty())
        return refuse(tr("An export needs a file name; nothing was exported or recorded."));
    // The folder as the system finds it (realpath: "link/.." is the link's target's parent), and
    // through a link to a file, the file it names.
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString folder = slash < 0 ? u"."_s : slash == 0 ? u"/"_s : path.left(slash);
    const QString folderFound = QFileInfo(folder).canonicalFilePath();
    if (folderFound.isEmpty())
        return notWritten(path, tr("the folder %1 does not exist").arg(folder));
    const QFileInfo named(QDir(folderFound).filePath(path.mid(slash + 1)));
    const QFileInfo target(named.isSymLink() ? named.symLinkTarget() : named.filePath());
    if (target.isDir())
        return refuse(tr("%1 is a folder; nothing was exported or recorded.").arg(path));
    if (target.exists() && !target.isFile()) // a device, a pipe, a socket: never replaced
        return refuse(tr("%1 is not a regular file; nothing was exported or recorded.").arg(path));
    // Checked before anything is written: a name the file system cannot hold would be found only
    // when the file is named, after the entry.
    if (target.fileName().toUtf8().size() > 255)
        return refuse(
            tr("%1: the file name is longer than 255 bytes; nothing was exported or recorded.").arg(path));
    // The store itself (a file, with its write-ahead log) or the journal is never the target.
    const QString destination = target.exists() ? target.canonicalFilePath() : target.absoluteFilePath();
    if (source->files().contains(destination))
        return refuse(tr("%1 is the store itself; nothing was exported or recorded.").arg(path));
    if (!replace && target.exists())
        return exists(target.filePath());
    return target.filePath();
}

SourceError RecordedExport::exists(const QString &path)
{
    return SourceError{SourceError::Code::Conflict,
                       tr("%1 exists; nothing was exported or recorded. Choose to replace it.").arg(path),
                       {}};
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
                                                             bool replace, const Fill &fill,
                                                             const Record &record)
{
    const Result<QString> target = RecordedExport::target(source, path, replace);
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
        // On disk before the entry, off the caller's thread: after it only the naming is left.
        auto synced = QtConcurrent::run([file] { return file->flush() && ::fsync(file->handle()) == 0; });
        Futures::onResult(synced, source, [=](bool ok) {
            if (!ok)
                return finish(notWritten(written, file->errorString()));
            // A file that appeared meanwhile (another export, another program) is not replaced.
            if (!replace && QFileInfo::exists(written))
                return finish(exists(written));
            recordThenName(source, file, written, rows.value(), record, finish);
        });
    });
    return promise->future();
}

void RecordedExport::recordThenName(SessionSource *source, std::shared_ptr<QSaveFile> file,
                                    const QString &written, const Written &rows, const Record &record,
                                    const std::function<void(const Result<Outcome> &)> &finish)
{
    Futures::onResult(record(written, rows), source, [=](const Result<ActionResult> &recorded) {
        if (!recorded.ok())
            return finish(recorded.error());
        if (!file->commit())
            return finish(SourceError{SourceError::Code::Failed,
                                      tr("Cannot put the export in place at %1 (%2), although it was "
                                         "recorded as audit entry %3.")
                                          .arg(written, file->errorString())
                                          .arg(recorded.value().auditEntryId),
                                      {}});
        finish(Outcome{written, rows, recorded.value().auditEntryId});
    });
}
