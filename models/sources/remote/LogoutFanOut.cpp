#include "models/sources/remote/LogoutFanOut.h"

#include "models/domain/DisplayFormat.h"
#include "models/sources/local/LocalJournal.h"
#include "models/sources/remote/BoundedRun.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

void LogoutFanOut::run(QObject *context, int concurrency, const QStringList &userIds, EndOne endOne,
                       const ActionContext &action, const std::optional<LogoutAllScope> &scope, Label label,
                       Promise promise, Stop stop, std::function<void(const Outcome &)> done)
{
    promise->setProgressRange(0, int(userIds.size()));
    auto outcomes = std::make_shared<QList<std::optional<Result<int>>>>(userIds.size());
    auto finished = std::make_shared<int>(0);
    BoundedRun<int>::run(
        context, int(userIds.size()), concurrency,
        [userIds, endOne = std::move(endOne)](int index) { return endOne(userIds.at(index)); },
        [promise, outcomes, finished](int index, const Result<int> &ended) {
            promise->setProgressValue(++*finished);
            (*outcomes)[index] = ended;
        },
        [userIds, outcomes, action, scope, label = std::move(label), done = std::move(done)] {
            done(outcomeOf(userIds, *outcomes, action, scope, label));
        },
        [promise, stop = std::move(stop)] { return promise->isCanceled() || (stop && stop()); });
}

LogoutFanOut::Outcome LogoutFanOut::outcomeOf(const QStringList &userIds,
                                              const QList<std::optional<Result<int>>> &outcomes,
                                              const ActionContext &action,
                                              const std::optional<LogoutAllScope> &scope, const Label &label)
{
    ActionResult done;
    done.at = QDateTime::currentDateTimeUtc();
    QStringList failed;
    QString firstError;
    Outcome outcome{done, {}};
    for (int i = 0; i < userIds.size(); ++i) {
        const auto &one = outcomes.at(i);
        if (!one)
            continue; // not started: stopped before
        if (!one->ok()) {
            failed << label(userIds.at(i));
            firstError = firstError.isEmpty() ? one->error().text : firstError;
        } else if (one->value() > 0) {
            ++done.usersAffected;
            done.sessionsEnded += one->value();
        }
        if (!scope) {
            const ActionResult ended{1, one->ok() ? one->value() : 0, 0, 0, 0, done.at};
            outcome.entries << LocalJournal::entry(action, u"logout_user"_s, label(userIds.at(i)),
                                                   one->ok() ? Result<ActionResult>(ended)
                                                             : Result<ActionResult>(one->error()));
        }
    }
    const qsizetype started =
        std::count_if(outcomes.begin(), outcomes.end(), [](const auto &one) { return one.has_value(); });
    outcome.result = done;
    if (!failed.isEmpty() || started < userIds.size()) {
        const QString ended =
            tr("%1 of %2 ended")
                .arg(DisplayFormat::sessions(done.sessionsEnded), DisplayFormat::users(done.usersAffected));
        outcome.result = SourceError{
            SourceError::Code::Failed,
            failed.isEmpty()
                ? tr("Stopped after %1 of %2 (%3); run it again to finish.")
                      .arg(DisplayFormat::count(started), DisplayFormat::users(userIds.size()), ended)
                : tr("%1 could not be logged out (%2); %3. Run it again to finish: those already logged out "
                     "are skipped.")
                      .arg(DisplayFormat::users(failed.size()), firstError, ended),
            failed.join(u", "_s)};
    }
    if (scope) {
        AuditEntry entry =
            LocalJournal::entry(action, scope->matching.isEmpty() ? u"logout_all"_s : u"end_matching"_s, {},
                                Result<ActionResult>(done));
        QJsonObject value = LocalJournal::scopeValue(*scope, label);
        if (!outcome.result.ok()) {
            entry.outcome = u"partial"_s;
            value.insert(u"failedUsers"_s, QJsonArray::fromStringList(failed));
            value.insert(u"error"_s, outcome.result.error().text);
        }
        entry.newValue = QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
        outcome.entries << entry;
    }
    return outcome;
}
