#pragma once

#include "models/domain/ActionResult.h"
#include "models/sources/Result.h"

#include <QCoreApplication>
#include <QFuture>

#include <functional>
#include <memory>

class QSaveFile;
class SessionSource;

// How every export of the console is written, the audit trail's and the sign-ins': the target is
// checked (a file name, not a folder, not a device, not one of the source's own files), the rows
// are written to an unnamed file beside it (QSaveFile: O_TMPFILE on Linux) off the caller's
// thread; only then is the export recorded in the audit trail, and only then does the file get its
// name. A file that cannot be written is no export and leaves no entry; an export the trail
// refuses to record leaves no file, nor does a process killed on the way. The file is on disk
// (synced) before the entry is written, so that only the naming is left after it: a process killed
// in that instant leaves an entry without a file, never a file without an entry. The steps run on
// the source's thread; the future resolves there.
class RecordedExport final
{
    Q_DECLARE_TR_FUNCTIONS(RecordedExport)

public:
    struct Written
    {
        int rows = 0;
        int pages = 0; // PDF only
    };
    // Writes the rows to the open file (named path in messages), keeping the caller's thread free.
    using Fill =
        std::function<QFuture<Result<Written>>(std::shared_ptr<QSaveFile> file, const QString &path)>;
    // Records in the trail that what was written went to path.
    using Record = std::function<QFuture<Result<ActionResult>>(const QString &path, const Written &written)>;

    struct Outcome
    {
        QString path; // as written: a link's target
        Written written;
        qint64 auditEntryId = 0;
    };

    // replace: a file at path may be replaced (the operator said so); otherwise one that is there
    // when the rows are written, or appeared meanwhile, is left alone and nothing is recorded.
    static QFuture<Result<Outcome>> run(SessionSource *source, const QString &path, bool replace,
                                        const Fill &fill, const Record &record);
    // The file a fill could not write, in the words every export uses.
    static SourceError notWritten(const QString &path, const QString &why = {});

private:
    // The path as it will be written (through a symbolic link, the file it names; a folder as the
    // system resolves it, ".." after a linked folder included), or why not.
    static Result<QString> target(const SessionSource *source, const QString &path, bool replace);
    static SourceError exists(const QString &path);
    // Records the export, then gives the file its name.
    static void recordThenName(SessionSource *source, std::shared_ptr<QSaveFile> file, const QString &written,
                               const Written &rows, const Record &record,
                               const std::function<void(const Result<Outcome> &)> &finish);
};
