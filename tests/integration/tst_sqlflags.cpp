#include "TestStore.h"
#include "models/Translations.h"
#include "models/storage/Sql.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SqlFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void scanRaisesExplainedFlags();
    void rescanUpdatesInsteadOfDuplicating();
    void closedFlagsAreNotRaisedAgain();
    void autoFreezeOnHighSeverity();
    void freezeAndUnfreeze();
    void listsOpenOrAll();
    void usersShowTheirOpenFlags();
    void ranksFollowAnApplicationsReplace();
    void aRemovedUsersFlagsAreNoOpenWork();
    void explainedInTheOperatorsLanguage();
    void demoDataHasThePlantedPatterns();

private:
    // What an application writes when a user signs in: a session and a login event.
    void signIn(const QString &userId, qint64 minutesAgo, const QString &city, const QString &country,
                double lat, double lon, const QString &device);
    void failedSignIn(const QString &userId, qint64 minutesAgo, const QString &ip);
    QList<Flag> openFlags();
    // A time as the store keeps it (epoch milliseconds in SQLite, timestamptz in PostgreSQL).
    static QVariant at(qint64 ms);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    QSqlDatabase m_raw;
    int m_sequence = 0;
};

void tst_SqlFlags::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

void tst_SqlFlags::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    QFile::remove(m_path);
    TestStore::create(m_path, TestStore::smallDemo(0));
    m_source = TestStore::open(m_path);
    m_raw = TestStore::raw(m_path);
    for (const auto &[id, name] :
         {std::pair{u"anna"_s, u"Anna Weber"_s}, std::pair{u"ben"_s, u"Ben Okafor"_s}}) {
        TestStore::scalar(
            m_raw,
            u"INSERT INTO users (id, email, display_name, created_at) VALUES ('%1', '%1@app.example', '%2', ?)"_s
                .arg(id, name),
            {at(0)});
    }
}

QVariant tst_SqlFlags::at(qint64 ms)
{
    return Sql::time(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

void tst_SqlFlags::cleanup()
{
    m_source.reset();
    m_raw.close();
}

void tst_SqlFlags::signIn(const QString &userId, qint64 minutesAgo, const QString &city,
                          const QString &country, double lat, double lon, const QString &device)
{
    const qint64 signedIn = QDateTime::currentMSecsSinceEpoch() - minutesAgo * 60'000;
    const QString session = u"s%1"_s.arg(++m_sequence);
    TestStore::scalar(
        m_raw,
        u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, device_id, country, city, "
        "latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {session, userId, at(signedIn), at(signedIn), at(signedIn + 86'400'000), device, country, city, lat,
         lon});
    TestStore::scalar(
        m_raw,
        u"INSERT INTO login_events (user_id, at, success, session_id, device_id, country, city, latitude, "
        "longitude) VALUES (?, ?, TRUE, ?, ?, ?, ?, ?, ?)"_s,
        {userId, at(signedIn), session, device, country, city, lat, lon});
}

void tst_SqlFlags::failedSignIn(const QString &userId, qint64 minutesAgo, const QString &ip)
{
    TestStore::scalar(m_raw, u"INSERT INTO login_events (user_id, at, success, ip) VALUES (?, ?, FALSE, ?)"_s,
                      {userId, at(QDateTime::currentMSecsSinceEpoch() - minutesAgo * 60'000), ip});
}

QList<Flag> tst_SqlFlags::openFlags()
{
    FlagQuery query;
    query.sortField = FlagQuery::SortField::Rule;
    query.order = Qt::AscendingOrder;
    const auto page = TestStore::await(m_source->flags(query));
    if (!page.ok())
        qFatal("%s", qPrintable(page.error().text));
    return page.value().rows;
}

void tst_SqlFlags::scanRaisesExplainedFlags()
{
    // Anna: Berlin, then São Paulo 38 minutes later. Ben: 11 failed sign-ins in 10 minutes.
    signIn(u"anna"_s, 120, u"Berlin"_s, u"DE"_s, 52.52, 13.405, u"laptop"_s);
    signIn(u"anna"_s, 82, u"São Paulo"_s, u"BR"_s, -23.5505, -46.6333, u"phone"_s);
    for (int i = 0; i < 11; ++i)
        failedSignIn(u"ben"_s, 30 - i, u"203.0.113.9"_s);

    const auto scan = TestStore::await(m_source->scanFlags(false));
    QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error().text));
    QCOMPARE(scan.value().usersScanned, 2);
    QCOMPARE(scan.value().eventsScanned, 13);
    QCOMPARE(scan.value().flagsRaised, 4);

    const QList<Flag> flags = openFlags();
    QCOMPARE(flags.size(), 4);
    QCOMPARE(flags.at(0).rule, Flag::Rule::ConcurrentLocations);
    QCOMPARE(flags.at(0).userName, u"Anna Weber"_s);
    QCOMPARE(flags.at(0).explanation,
             u"Active sessions in 2 countries at once: Brazil, Germany; threshold 2"_s);
    QCOMPARE(flags.at(1).rule, Flag::Rule::FailedLoginBurst);
    QCOMPARE(flags.at(1).userEmail, u"ben@app.example"_s);
    QVERIFY(flags.at(1).explanation.startsWith(
        u"11 failed sign-ins in 10 min from 1 address, the first from 203.0.113.9"_s));
    QCOMPARE(flags.at(2).rule, Flag::Rule::ImpossibleTravel);
    QCOMPARE(flags.at(2).severity, Flag::Severity::High);
    QCOMPARE(flags.at(2).explanation,
             u"Berlin → São Paulo, 10,253 km in 38 min = 16,189 km/h; threshold 805 km/h"_s);
    QCOMPARE(flags.at(2).evidence.value(u"to"_s).toObject().value(u"city"_s).toString(), u"São Paulo"_s);
    QCOMPARE(flags.at(2).status, Flag::Status::Open);
    QCOMPARE(flags.at(3).rule, Flag::Rule::NewCountry);
    QCOMPARE(flags.at(3).explanation,
             u"Signed in from Brazil (São Paulo), not seen for this user in the previous 90 days"_s);
    // The watermark moved: nothing new, nothing scanned.
    const auto again = TestStore::await(m_source->scanFlags(false));
    QCOMPARE(again.value().usersScanned, 0);
}

void tst_SqlFlags::rescanUpdatesInsteadOfDuplicating()
{
    signIn(u"anna"_s, 120, u"Berlin"_s, u"DE"_s, 52.52, 13.405, u"laptop"_s);
    signIn(u"anna"_s, 82, u"São Paulo"_s, u"BR"_s, -23.5505, -46.6333, u"phone"_s);
    QVERIFY(TestStore::await(m_source->scanFlags(false)).ok());
    const Flag before = openFlags().at(1);
    QCOMPARE(before.rule, Flag::Rule::ImpossibleTravel);
    // Another hop: São Paulo → Berlin 20 minutes later.
    signIn(u"anna"_s, 62, u"Berlin"_s, u"DE"_s, 52.52, 13.405, u"laptop"_s);
    const auto scan = TestStore::await(m_source->scanFlags(false));
    QCOMPARE(scan.value().flagsRaised, 0);
    QCOMPARE(scan.value().flagsUpdated, 3); // impossible travel, concurrent locations, new country
    const Flag after = openFlags().at(1);
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.firstSeen, before.firstSeen);
    QVERIFY(after.lastSeen > before.lastSeen);
    QVERIFY(after.explanation.startsWith(u"São Paulo → Berlin"_s));
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM flags WHERE rule = 'impossible_travel'"_s).toInt(),
        1);
}

void tst_SqlFlags::closedFlagsAreNotRaisedAgain()
{
    signIn(u"anna"_s, 120, u"Berlin"_s, u"DE"_s, 52.52, 13.405, u"laptop"_s);
    signIn(u"anna"_s, 82, u"São Paulo"_s, u"BR"_s, -23.5505, -46.6333, u"phone"_s);
    QVERIFY(TestStore::await(m_source->scanFlags(false)).ok());
    const Flag travel = openFlags().at(1);
    QCOMPARE(travel.rule, Flag::Rule::ImpossibleTravel);

    // A note is required.
    auto closed =
        TestStore::await(m_source->closeFlag(travel.id, Flag::Status::Resolved, TestStore::context(u" "_s)));
    QCOMPARE(closed.error().code, SourceError::Code::InvalidInput);
    closed = TestStore::await(m_source->closeFlag(
        travel.id, Flag::Status::Resolved, TestStore::context(u"VPN exit node, confirmed by phone"_s)));
    QVERIFY(closed.ok());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM flags WHERE id = ?"_s, {travel.id}).toString(),
             u"resolved"_s);
    const auto history = TestStore::await(m_source->flagHistory(travel.id));
    QCOMPARE(history.value().size(), 1);
    QCOMPARE(history.value().first().from, Flag::Status::Open);
    QCOMPARE(history.value().first().to, Flag::Status::Resolved);
    QCOMPARE(history.value().first().note, u"VPN exit node, confirmed by phone"_s);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT action || '|' || target_user || '|' || new_value FROM audit_log"_s)
            .toString(),
        uR"(resolve_flag|anna|{"flag":%1,"rule":"impossible_travel","status":"resolved"})"_s.arg(travel.id));
    // Closing twice is refused.
    closed = TestStore::await(m_source->closeFlag(travel.id, Flag::Status::Dismissed, TestStore::context()));
    QCOMPARE(closed.error().code, SourceError::Code::Conflict);

    // A full rescan sees the same pair: not raised again.
    QVERIFY(TestStore::await(m_source->scanFlags(true)).ok());
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM flags WHERE rule = 'impossible_travel'"_s).toInt(),
        1);
    // A new violation is.
    signIn(u"anna"_s, 40, u"Berlin"_s, u"DE"_s, 52.52, 13.405, u"laptop"_s);
    QCOMPARE(TestStore::await(m_source->scanFlags(false)).value().flagsRaised, 1);
    QCOMPARE(TestStore::scalar(
                 m_raw, u"SELECT count(*) FROM flags WHERE rule = 'impossible_travel' AND status = 'open'"_s)
                 .toInt(),
             1);
}

void tst_SqlFlags::autoFreezeOnHighSeverity()
{
    Settings settings = TestStore::await(m_source->settings()).value();
    QVERIFY(!settings.set(QString::fromLatin1(Settings::AutoFreezeHigh), u"on"_s));
    QVERIFY(TestStore::await(m_source->saveSettings(settings, TestStore::context(u"Policy"_s))).ok());
    signIn(u"anna"_s, 120, u"Berlin"_s, u"DE"_s, 52.52, 13.405, u"laptop"_s);
    signIn(u"anna"_s, 82, u"São Paulo"_s, u"BR"_s, -23.5505, -46.6333, u"phone"_s);
    for (int i = 0; i < 11; ++i)
        failedSignIn(u"ben"_s, 30 - i, u"203.0.113.9"_s); // medium: no freeze

    const auto scan = TestStore::await(m_source->scanFlags(false));
    QCOMPARE(scan.value().usersFrozen, 1);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM users WHERE id = 'anna'"_s).toString(),
             u"frozen"_s);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM users WHERE id = 'ben'"_s).toString(),
             u"active"_s);
    QCOMPARE(TestStore::scalar(m_raw,
                               u"SELECT count(*) FROM sessions WHERE user_id = 'anna' AND ended_at IS NULL"_s)
                 .toInt(),
             0);
    QCOMPARE(TestStore::scalar(
                 m_raw, u"SELECT count(*) FROM sessions WHERE user_id = 'anna' AND end_reason = 'frozen'"_s)
                 .toInt(),
             2);
    QCOMPARE(TestStore::column(m_raw, u"SELECT status FROM flags WHERE user_id = 'anna' ORDER BY rule"_s)
                 .join(u','),
             u"frozen,frozen,frozen"_s);
    QCOMPARE(TestStore::scalar(m_raw,
                               u"SELECT operator || '|' || action || '|' || target_user FROM audit_log "
                               "WHERE action = 'freeze_user'"_s)
                 .toString(),
             // In PostgreSQL the login whose console scanned (the database names who acts).
             (TestStore::postgres() ? m_source->currentOperator().id : u"system"_s) + u"|freeze_user|anna"_s);
}

void tst_SqlFlags::freezeAndUnfreeze()
{
    signIn(u"ben"_s, 30, u"Lagos"_s, u"NG"_s, 6.5244, 3.3792, u"phone"_s);
    signIn(u"ben"_s, 20, u"Nairobi"_s, u"KE"_s, -1.2921, 36.8219, u"laptop"_s);
    QVERIFY(TestStore::await(m_source->scanFlags(false)).ok());
    QCOMPARE(openFlags().size(), 3); // impossible travel, two countries at once, a new country

    auto frozen =
        TestStore::await(m_source->freezeUser(u"ben"_s, TestStore::context(u"Account takeover suspected"_s)));
    QVERIFY(frozen.ok());
    QCOMPARE(frozen.value().sessionsEnded, 2);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status || '|' || status_reason FROM users WHERE id = 'ben'"_s)
                 .toString(),
             u"frozen|Account takeover suspected"_s);
    QVERIFY(!TestStore::scalar(m_raw, u"SELECT tokens_not_before FROM users WHERE id = 'ben'"_s).isNull());
    for (const Flag &flag : openFlags())
        QCOMPARE(flag.status, Flag::Status::Frozen);
    QCOMPARE(TestStore::await(m_source->freezeUser(u"ben"_s, TestStore::context())).error().code,
             SourceError::Code::Conflict);

    QVERIFY(
        TestStore::await(m_source->unfreezeUser(u"ben"_s, TestStore::context(u"Verified by video call"_s)))
            .ok());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM users WHERE id = 'ben'"_s).toString(),
             u"active"_s);
    const QList<Flag> flags = openFlags();
    QCOMPARE(flags.size(), 3);
    for (const Flag &flag : flags) {
        QCOMPARE(flag.status, Flag::Status::Open); // still to be resolved
        const auto history = TestStore::await(m_source->flagHistory(flag.id)).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).to, Flag::Status::Frozen);
        QCOMPARE(history.at(1).note, u"Verified by video call"_s);
    }
    QCOMPARE(TestStore::await(m_source->unfreezeUser(u"ben"_s, TestStore::context())).error().code,
             SourceError::Code::Conflict);
    QCOMPARE(TestStore::await(m_source->freezeUser(u"nobody"_s, TestStore::context())).error().code,
             SourceError::Code::NotFound);
    QCOMPARE(TestStore::column(m_raw, u"SELECT action FROM audit_log ORDER BY id"_s).join(u','),
             u"freeze_user,unfreeze_user"_s);
}

void tst_SqlFlags::usersShowTheirOpenFlags()
{
    TestStore::scalar(m_raw,
                      u"INSERT INTO users (id, email, display_name, created_at) "
                      "VALUES ('carl', 'carl@app.example', 'Carl Nilsson', ?)"_s,
                      {at(0)});
    signIn(u"anna"_s, 120, u"Berlin"_s, u"DE"_s, 52.52, 13.405, u"laptop"_s);
    signIn(u"anna"_s, 82, u"São Paulo"_s, u"BR"_s, -23.5505, -46.6333, u"phone"_s);
    for (int i = 0; i < 11; ++i)
        failedSignIn(u"ben"_s, 30 - i, u"203.0.113.9"_s);
    QVERIFY(TestStore::await(m_source->scanFlags(false)).ok());
    // What the Users page shows: the ids in order, each with its open flags and the most serious.
    auto users = [this](std::optional<UserStatus> status, bool flagged, Qt::SortOrder order) {
        UserQuery query;
        query.sortField = UserQuery::SortField::Flags;
        query.order = order;
        query.status = status;
        query.flagged = flagged;
        const auto page = TestStore::await(m_source->users(query));
        if (!page.ok())
            qFatal("%s", qPrintable(page.error().text));
        QStringList shown;
        for (const User &user : page.value().rows) {
            shown << u"%1:%2:%3"_s.arg(user.id)
                         .arg(user.openFlags)
                         .arg(user.flagSeverity ? Flag::severityKey(*user.flagSeverity) : u"-"_s);
        }
        if (page.value().total != shown.size())
            qFatal("total %lld for %lld rows", page.value().total, qlonglong(shown.size()));
        return shown.join(u' ');
    };
    const Flag::Severity burst = Flag::severityOf(Flag::Rule::FailedLoginBurst);
    QCOMPARE(users(std::nullopt, false, Qt::DescendingOrder),
             u"anna:3:high ben:1:%1 carl:0:-"_s.arg(Flag::severityKey(burst)));
    QCOMPARE(users(std::nullopt, false, Qt::AscendingOrder),
             u"carl:0:- ben:1:%1 anna:3:high"_s.arg(Flag::severityKey(burst)));
    QCOMPARE(users(std::nullopt, true, Qt::DescendingOrder),
             u"anna:3:high ben:1:%1"_s.arg(Flag::severityKey(burst)));
    QCOMPARE(users(UserStatus::Frozen, true, Qt::DescendingOrder), QString());

    // Frozen because of them, the flags are still open: the account is to be looked at.
    QVERIFY(TestStore::await(m_source->freezeUser(u"ben"_s, TestStore::context(u"Stuffing"_s))).ok());
    QCOMPARE(users(UserStatus::Frozen, true, Qt::DescendingOrder),
             u"ben:1:%1"_s.arg(Flag::severityKey(burst)));

    // Resolving the most serious flag leaves the others, and their most serious.
    Flag::Severity highestLeft = Flag::Severity::Low;
    for (const Flag &flag : openFlags()) {
        if (flag.userId == u"anna" && flag.rule == Flag::Rule::ImpossibleTravel)
            QVERIFY(
                TestStore::await(m_source->closeFlag(flag.id, Flag::Status::Resolved, TestStore::context()))
                    .ok());
        else if (flag.userId == u"anna")
            highestLeft = qMax(highestLeft, flag.severity);
    }
    QCOMPARE(users(std::nullopt, true, Qt::DescendingOrder).split(u' ').first(),
             highestLeft > burst ? u"anna:2:%1"_s.arg(Flag::severityKey(highestLeft))
                                 : u"ben:1:%1"_s.arg(Flag::severityKey(burst)));
    QVERIFY(users(std::nullopt, true, Qt::DescendingOrder)
                .contains(u"anna:2:%1"_s.arg(Flag::severityKey(highestLeft))));
    // Dismissing the rest: no longer flagged.
    for (const Flag &flag : openFlags()) {
        if (flag.userId == u"anna")
            QVERIFY(
                TestStore::await(m_source->closeFlag(flag.id, Flag::Status::Dismissed, TestStore::context()))
                    .ok());
    }
    QCOMPARE(users(std::nullopt, true, Qt::DescendingOrder), u"ben:1:%1"_s.arg(Flag::severityKey(burst)));
    QCOMPARE(users(std::nullopt, false, Qt::DescendingOrder), // ties by id, in the same order
             u"ben:1:%1 carl:0:- anna:0:-"_s.arg(Flag::severityKey(burst)));
}

// SQLite runs no delete trigger for the row an INSERT OR REPLACE replaces: a user written again
// whole keeps their rank, and a flag taken over by id leaves its former user's rank.
void tst_SqlFlags::ranksFollowAnApplicationsReplace()
{
    if (TestStore::postgres())
        QSKIP("PostgreSQL has no INSERT OR REPLACE; its ON CONFLICT runs the update triggers");
    signIn(u"anna"_s, 120, u"Berlin"_s, u"DE"_s, 52.52, 13.405, u"laptop"_s);
    signIn(u"anna"_s, 82, u"São Paulo"_s, u"BR"_s, -23.5505, -46.6333, u"phone"_s);
    QVERIFY(TestStore::await(m_source->scanFlags(false)).ok());
    const auto rank = [this](const QString &id) {
        return TestStore::scalar(m_raw, u"SELECT flag_rank FROM users WHERE id = ?"_s, {id}).toInt();
    };
    QCOMPARE(rank(u"anna"_s), 33); // three open, the highest high
    QSqlQuery query(m_raw);
    QVERIFY(!Sql::exec(query,
                       u"INSERT OR REPLACE INTO users (id, email, display_name, created_at) "
                       "VALUES ('anna', 'anna@app.example', 'Anna Weber-Lang', ?)"_s,
                       {at(0)}));
    QCOMPARE(rank(u"anna"_s), 33);
    const qint64 travel =
        TestStore::scalar(m_raw, u"SELECT id FROM flags WHERE rule = 'impossible_travel'"_s).toLongLong();
    QVERIFY(!Sql::exec(query,
                       u"INSERT OR REPLACE INTO flags (id, user_id, rule, severity, status, explanation, "
                       "evidence, evidence_key, first_seen, last_seen) "
                       "VALUES (?, 'ben', 'failed_login_burst', 'medium', 'open', 'x', '{}', 'k', ?, ?)"_s,
                       {travel, at(0), at(0)}));
    QCOMPARE(rank(u"ben"_s), 21);
    QCOMPARE(
        rank(u"anna"_s),
        TestStore::scalar(m_raw, u"SELECT flag_rank FROM user_flag_ranks WHERE user_id = 'anna'"_s).toInt());
    QCOMPARE(rank(u"anna"_s) % 10, 2);
}

// A removed user's flags leave the open ones, as the user leaves the Users page.
void tst_SqlFlags::aRemovedUsersFlagsAreNoOpenWork()
{
    for (int i = 0; i < 11; ++i)
        failedSignIn(u"ben"_s, 30 - i, u"203.0.113.9"_s);
    signIn(u"anna"_s, 120, u"Berlin"_s, u"DE"_s, 52.52, 13.405, u"laptop"_s);
    signIn(u"anna"_s, 82, u"São Paulo"_s, u"BR"_s, -23.5505, -46.6333, u"phone"_s);
    QVERIFY(TestStore::await(m_source->scanFlags(false)).ok());
    QCOMPARE(openFlags().size(), 4);
    QVERIFY(TestStore::await(m_source->deactivateUser(u"ben"_s, TestStore::context(u"Left"_s))).ok());
    QCOMPARE(openFlags().size(), 4); // a deactivated account's flags are still to be looked at
    QVERIFY(TestStore::await(m_source->removeUser(u"ben"_s, TestStore::context(u"Left"_s))).ok());
    FlagQuery open;
    const auto page = TestStore::await(m_source->flags(open));
    QVERIFY2(page.ok(), TestStore::why(page));
    QCOMPARE(page.value().total, 3);
    QCOMPARE(page.value().rows.size(), 3);
    for (const Flag &flag : page.value().rows)
        QCOMPARE(flag.userId, u"anna"_s);
}

void tst_SqlFlags::listsOpenOrAll()
{
    signIn(u"anna"_s, 120, u"Berlin"_s, u"DE"_s, 52.52, 13.405, u"laptop"_s);
    signIn(u"anna"_s, 82, u"São Paulo"_s, u"BR"_s, -23.5505, -46.6333, u"phone"_s);
    QVERIFY(TestStore::await(m_source->scanFlags(false)).ok());
    QVERIFY(TestStore::await(
                m_source->closeFlag(openFlags().first().id, Flag::Status::Dismissed, TestStore::context()))
                .ok());
    FlagQuery query;
    QCOMPARE(TestStore::await(m_source->flags(query)).value().total, 2);
    query.openOnly = false;
    query.limit = 1;
    query.sortField = FlagQuery::SortField::Severity;
    QList<Flag> all;
    do {
        const auto page = TestStore::await(m_source->flags(query));
        if (!query.cursor.isValid())
            QCOMPARE(page.value().total, 3);
        QVERIFY(page.value().rows.size() <= 1);
        all << page.value().rows;
        query.cursor = page.value().nextCursor;
    } while (query.cursor.isValid());
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().severity, Flag::Severity::High); // severity, highest first
    QCOMPARE(all.last().severity, Flag::Severity::Low);
}

void tst_SqlFlags::explainedInTheOperatorsLanguage()
{
    // The stored line is what detection wrote, in its language; the console explains a flag from
    // its evidence instead, and falls back to the stored line when the evidence says too little.
    TestStore::scalar(m_raw,
                      u"INSERT INTO flags (user_id, rule, severity, explanation, evidence, evidence_key, "
                      u"first_seen, last_seen) "
                      "VALUES ('anna', 'concurrent_locations', 'high', 'Aktive Sitzungen in 2 Ländern', "
                      "'{\"countries\": [\"BR\", \"DE\"], \"threshold\": 2}', 'BR,DE', ?, ?), "
                      "('ben', 'device_spread', 'medium', 'Written by another tool', '{}', 'x', ?, ?)"_s,
                      {at(1), at(2), at(1), at(3)});
    QHash<QString, QString> explanations;
    for (const Flag &flag : openFlags())
        explanations.insert(flag.userId, flag.explanation);
    QCOMPARE(explanations.size(), 2);
    QCOMPARE(explanations.value(u"anna"_s),
             u"Active sessions in 2 countries at once: Brazil, Germany; threshold 2"_s);
    QCOMPARE(explanations.value(u"ben"_s), u"Written by another tool"_s);
}

void tst_SqlFlags::demoDataHasThePlantedPatterns()
{
    m_source.reset();
    m_raw.close();
    const QString demo = m_dir.filePath(u"demo.sqlite"_s);
    QFile::remove(demo);
    TestStore::create(demo, TestStore::smallDemo(1500, 8));
    m_source = TestStore::open(demo);
    m_raw = TestStore::raw(demo);
    const auto scan = TestStore::await(m_source->scanFlags(true));
    QVERIFY(scan.ok());
    QCOMPARE(scan.value().eventsScanned,
             TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events WHERE at >= ?"_s,
                               {at(QDateTime::currentMSecsSinceEpoch() - 90LL * 86'400'000)})
                 .toLongLong());
    for (const QString &rule : {u"impossible_travel"_s, u"failed_login_burst"_s, u"device_spread"_s})
        QVERIFY2(TestStore::scalar(m_raw, u"SELECT count(*) FROM flags WHERE rule = ?"_s, {rule}).toInt() > 0,
                 qPrintable(rule));
}

QTEST_GUILESS_MAIN(tst_SqlFlags)
#include "tst_sqlflags.moc"
