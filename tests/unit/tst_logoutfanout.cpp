#include "models/domain/DisplayFormat.h"
#include "models/sources/Futures.h"
#include "models/sources/remote/LogoutFanOut.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

// Logging many users out over a per-user API (better-auth, Keycloak), with the server's answers
// arriving later on the event loop: the counts, who failed and why, Stop, and the journal entries,
// the same for both sources since both use this one implementation.
class tst_LogoutFanOut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyoneLoggedOut();
    void failuresAreNamedAndTheRestIsDone();
    void stopStartsNoMore();
    void aStopRequestKeepsTheAnswer();
    void aLogoutOfAllIsOneEntryWithItsScope();

private:
    // The server's answer for a user, 5 ms later: sessions ended, or a refusal for "refuse…" users.
    LogoutFanOut::EndOne server(int *started = nullptr);
    LogoutFanOut::Outcome run(const QStringList &users, int concurrency,
                              const std::optional<LogoutAllScope> &scope = {},
                              std::function<void(LogoutFanOut::Promise)> meanwhile = {});
    LogoutFanOut::Promise m_promise;
    bool m_stop = false;
};

LogoutFanOut::EndOne tst_LogoutFanOut::server(int *started)
{
    return [this, started](const QString &userId) {
        if (started)
            ++*started;
        auto promise = Futures::started<int>();
        QTimer::singleShot(5, this, [promise, userId] {
            if (userId.startsWith(u"refuse"_s))
                return Futures::settle(
                    *promise,
                    Result<int>(SourceError{SourceError::Code::PermissionDenied, u"Not allowed."_s, {}}));
            Futures::settle(*promise, Result<int>(int(userId.size() % 3))); // 0, 1 or 2 sessions
        });
        return promise->future();
    };
}

LogoutFanOut::Outcome tst_LogoutFanOut::run(const QStringList &users, int concurrency,
                                            const std::optional<LogoutAllScope> &scope,
                                            std::function<void(LogoutFanOut::Promise)> meanwhile)
{
    m_promise = Futures::started<ActionResult>();
    std::optional<LogoutFanOut::Outcome> outcome;
    LogoutFanOut::run(
        this, concurrency, users, server(),
        {{u"anna"_s, u"anna"_s, u"desk"_s, Role::Administrator}, u"Incident"_s, u"INC-1"_s}, scope,
        [](const QString &id) -> QString { return id + u"@example.org"_s; }, m_promise,
        [this] { return m_stop; }, [&outcome](const LogoutFanOut::Outcome &done) { outcome = done; });
    if (meanwhile)
        meanwhile(m_promise);
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
        qFatal("the fan-out never finished");
    return *outcome;
}

void tst_LogoutFanOut::everyoneLoggedOut()
{
    const QStringList users{u"ab"_s, u"abc"_s, u"abcd"_s, u"abcde"_s}; // 2, 0, 1, 2 sessions
    const auto outcome = run(users, 2);
    QVERIFY(outcome.result.ok());
    QCOMPARE(outcome.result.value().sessionsEnded, 5);
    QCOMPARE(outcome.result.value().usersAffected, 3); // the one without sessions is not affected
    QCOMPARE(m_promise->future().progressMaximum(), 4);
    QCOMPARE(m_promise->future().progressValue(), 4);
    QCOMPARE(outcome.entries.size(), 4);
    QCOMPARE(outcome.entries.at(0).action, u"logout_user"_s);
    QCOMPARE(outcome.entries.at(0).targetUser, u"ab@example.org"_s);
    QCOMPARE(outcome.entries.at(0).count, 2);
    QCOMPARE(outcome.entries.at(1).count, 0);
    QCOMPARE(outcome.entries.at(3).reason, u"Incident"_s);
}

void tst_LogoutFanOut::failuresAreNamedAndTheRestIsDone()
{
    const QStringList users{u"ab"_s, u"refuse-1"_s, u"abcd"_s, u"refuse-2"_s};
    const auto outcome = run(users, 3);
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error().code, SourceError::Code::Failed);
    const QString text = outcome.result.error().text;
    QVERIFY2(text.startsWith(DisplayFormat::users(2) + u" could not be logged out (Not allowed.); "_s),
             qPrintable(text));
    QVERIFY2(text.contains(DisplayFormat::sessions(3) + u" of "_s + DisplayFormat::users(2) + u" ended"_s),
             qPrintable(text));
    QVERIFY2(text.endsWith(u"Run it again to finish: those already logged out are skipped."_s),
             qPrintable(text));
    QCOMPARE(outcome.result.error().detail, u"refuse-1@example.org, refuse-2@example.org"_s);
    QCOMPARE(outcome.entries.size(), 4);
    QCOMPARE(outcome.entries.at(1).outcome, u"failed"_s);
    QCOMPARE(
        QJsonDocument::fromJson(outcome.entries.at(1).newValue.toUtf8()).object().value(u"error").toString(),
        u"Not allowed."_s);
    QCOMPARE(outcome.entries.at(2).outcome, u"success"_s);
}

void tst_LogoutFanOut::stopStartsNoMore()
{
    QStringList users;
    for (int i = 0; i < 6; ++i)
        users << u"user%1"_s.arg(i);
    // Stop while the first request is out: it finishes, and no other starts.
    const auto outcome = run(users, 1, {}, [](LogoutFanOut::Promise promise) { promise->future().cancel(); });
    QVERIFY(!outcome.result.ok());
    const QString text = outcome.result.error().text;
    QVERIFY2(text.startsWith(u"Stopped after 1 of "_s + DisplayFormat::users(6)), qPrintable(text));
    QVERIFY2(text.endsWith(u"; run it again to finish."_s), qPrintable(text));
    QCOMPARE(outcome.entries.size(), 1);
    QCOMPARE(outcome.entries.first().targetUser, u"user0@example.org"_s);
}

void tst_LogoutFanOut::aStopRequestKeepsTheAnswer()
{
    QStringList users;
    for (int i = 0; i < 6; ++i)
        users << u"user%1"_s.arg(i);
    // The command line's Ctrl-C asks the source to stop (no cancel): the answer says how far it got.
    m_stop = false;
    const auto outcome = run(users, 2, {}, [this](LogoutFanOut::Promise) { m_stop = true; });
    m_stop = false;
    QVERIFY(!outcome.result.ok());
    QVERIFY2(outcome.result.error().text.startsWith(u"Stopped after 2 of "_s + DisplayFormat::users(6)),
             qPrintable(outcome.result.error().text));
    QCOMPARE(outcome.entries.size(), 2);
    QVERIFY(!m_promise->future().isCanceled());
}

void tst_LogoutFanOut::aLogoutOfAllIsOneEntryWithItsScope()
{
    LogoutAllScope scope;
    scope.keepUserIds = {u"kept"_s};
    const auto outcome = run({u"ab"_s, u"refuse-1"_s, u"abcd"_s}, 2, scope);
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.entries.size(), 1);
    const AuditEntry &entry = outcome.entries.first();
    QCOMPARE(entry.action, u"logout_all"_s);
    QCOMPARE(entry.outcome, u"partial"_s);
    QCOMPARE(entry.count, 3);
    const QJsonObject value = QJsonDocument::fromJson(entry.newValue.toUtf8()).object();
    QCOMPARE(value.value(u"failedUsers").toArray().first().toString(), u"refuse-1@example.org"_s);
    QVERIFY(!value.contains(u"revokeTokens")); // nothing said of tokens these sources never revoke
    QVERIFY(value.value(u"error").toString().contains(u"could not be logged out"_s));

    const auto clean = run({u"ab"_s, u"abcd"_s}, 2, scope);
    QVERIFY(clean.result.ok());
    QCOMPARE(clean.entries.first().outcome, u"success"_s);
    QVERIFY(!QJsonDocument::fromJson(clean.entries.first().newValue.toUtf8()).object().contains(u"error"));
}

QTEST_GUILESS_MAIN(tst_LogoutFanOut)
#include "tst_logoutfanout.moc"
