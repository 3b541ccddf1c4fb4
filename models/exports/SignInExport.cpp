#include "models/exports/SignInExport.h"

#include "models/domain/DisplayFormat.h"
#include "models/exports/Csv.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"

#include <QSaveFile>
#include <QtConcurrentRun>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int pageSize = 5000; // sign-ins read, then written, at a time
} // namespace

QStringList SignInExport::csvHeader()
{
    return {u"time"_s, u"user_id"_s, u"user_email"_s, u"user_name"_s,  u"result"_s,    u"ip"_s,
            u"city"_s, u"country"_s, u"device"_s,     u"user_agent"_s, u"session_id"_s};
}

QStringList SignInExport::csvFields(const LoginEvent &event)
{
    return {event.at.toUTC().toString(Qt::ISODateWithMs),
            event.userId,
            event.userEmail,
            event.userName,
            event.success ? u"success"_s : u"failure"_s,
            event.origin.ip,
            event.origin.city,
            event.origin.country,
            event.origin.userAgent.isEmpty() ? QString() : DisplayFormat::device(event.origin.userAgent),
            event.origin.userAgent,
            event.sessionId};
}

QFuture<Result<RecordedExport::Outcome>> SignInExport::run(SessionSource *source, const Request &request)
{
    if (auto refused = request.query.refusal())
        return Futures::ready<RecordedExport::Outcome>(*refused);
    SignInQuery query = request.query;
    query.limit = pageSize;
    query.cursor = QVariant();
    const auto fill = [source, query](std::shared_ptr<QSaveFile> file, const QString &path) {
        auto promise = Futures::started<RecordedExport::Written>();
        auto written = std::make_shared<int>(0);
        // Reads the page at cursor, writes it on a worker, then goes on with the next one. It holds
        // itself only while a page is on its way (a weak reference otherwise).
        auto step = std::make_shared<std::function<void(const QVariant &)>>();
        *step = [=, weak = std::weak_ptr(step)](const QVariant &cursor) {
            SignInQuery page = query;
            page.cursor = cursor;
            Futures::onResult(
                source->signIns(page), source, [=, self = weak.lock()](const Result<Page<LoginEvent>> &read) {
                    if (!read.ok())
                        return Futures::settle(*promise, Result<RecordedExport::Written>(read.error()));
                    const bool first = !cursor.isValid();
                    if (first && read.value().rows.isEmpty())
                        return Futures::settle(
                            *promise,
                            Result<RecordedExport::Written>(SourceError{
                                SourceError::Code::NotFound,
                                tr("No sign-in matches this filter; nothing was exported or recorded."),
                                {}}));
                    const QList<LoginEvent> rows = read.value().rows;
                    auto done = QtConcurrent::run([file, rows, first]() {
                        QString text = first ? Csv::record(csvHeader()) : QString();
                        for (const LoginEvent &event : rows)
                            text += Csv::record(csvFields(event));
                        const QByteArray bytes = text.toUtf8();
                        return file->write(bytes) == bytes.size();
                    });
                    const QVariant next = read.value().nextCursor;
                    Futures::onResult(done, source, [=](bool ok) {
                        if (!ok)
                            return Futures::settle(
                                *promise, Result<RecordedExport::Written>(
                                              RecordedExport::notWritten(path, file->errorString())));
                        *written += int(rows.size());
                        if (next.isValid())
                            return (*self)(next);
                        Futures::settle(
                            *promise, Result<RecordedExport::Written>(RecordedExport::Written{*written, 0}));
                    });
                });
        };
        (*step)(QVariant());
        return promise->future();
    };
    const auto record = [source, query, user = request.user, context = request.context](
                            const QString &path, const RecordedExport::Written &written) {
        const QString what = tr("CSV to %1: %2").arg(path, query.description(user));
        return source->recordExport(SessionSource::Export::SignIns, what, written.rows, context);
    };
    return RecordedExport::run(source, request.path, request.replace, fill, record);
}
