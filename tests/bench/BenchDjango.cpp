#include "BenchDjango.h"

#include "models/sources/Futures.h"
#include "models/sources/django/DjangoSessionSource.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int users = 10'000;
constexpr int runs = 5;

template<typename T>
T wait(const QFuture<T> &future)
{
    Futures::waitUntilFinished(future);
    return future.result();
}

// The median of runs timings of work, in milliseconds.
double medianMs(const std::function<void()> &work)
{
    QList<double> timings;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        timings << timer.nsecsElapsed() / 1e6;
    }
    std::sort(timings.begin(), timings.end());
    return timings.at(runs / 2);
}

// Django 3.2's session_data for a signed-in user: compressed JSON, base64url, timestamp, signature.
QString sessionData(int user)
{
    const QByteArray json =
        R"({"_auth_user_id":")" + QByteArray::number(user) +
        R"(","_auth_user_backend":"django.contrib.auth.backends.ModelBackend",)"
        R"("_auth_user_hash":"4f1b8c0e5a2d9e7f3c6b1a0d8e9f7c6b5a4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f"})";
    return u'.' +
           QString::fromLatin1(qCompress(json).mid(4).toBase64(QByteArray::Base64UrlEncoding |
                                                               QByteArray::OmitTrailingEquals)) +
           u":1xago9:9v0YRykMQq-2WYIO0-m3rsSRtGhwfJ8EXo9y4Zp19ng"_s;
}

void exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

void seed(const QString &file, int sessions)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-django-seed"_s);
    db.setDatabaseName(file);
    if (!db.open())
        qFatal("cannot create %s", qPrintable(file));
    QSqlQuery query(db);
    exec(query,
         u"CREATE TABLE auth_user (id integer PRIMARY KEY, password varchar(128), last_login datetime, "
         u"is_superuser bool, username varchar(150) UNIQUE, first_name varchar(150), "
         u"last_name varchar(150), email varchar(254), is_staff bool, is_active bool, "
         u"date_joined datetime)"_s);
    exec(query, u"CREATE TABLE django_session (session_key varchar(40) PRIMARY KEY, session_data text, "
                u"expire_date datetime)"_s);
    exec(query, u"CREATE INDEX django_session_expire_date ON django_session (expire_date)"_s);
    db.transaction();
    query.prepare(u"INSERT INTO auth_user VALUES (?, '', '2026-12-01 10:00:00', 0, ?, '', '', ?, ?, 1, "
                  u"'2026-01-01 10:00:00')"_s);
    for (int i = 1; i <= users; ++i) {
        query.addBindValue(i);
        query.addBindValue(u"user%1"_s.arg(i));
        query.addBindValue(u"user%1@example.com"_s.arg(i));
        query.addBindValue(i % 100 == 0);
        if (!query.exec())
            qFatal("%s", qPrintable(query.lastError().text()));
    }
    query.prepare(u"INSERT INTO django_session VALUES (?, ?, ?)"_s);
    const QString expires =
        QDateTime::currentDateTimeUtc().addDays(14).toString(u"yyyy-MM-dd HH:mm:ss.zzz000"_s);
    for (int i = 0; i < sessions; ++i) {
        query.addBindValue(u"k%1"_s.arg(i, 31, 10, QChar(u'0')));
        query.addBindValue(sessionData(1 + i % users));
        query.addBindValue(expires);
        if (!query.exec())
            qFatal("%s", qPrintable(query.lastError().text()));
    }
    db.commit();
    db.close();
}

} // namespace

int benchDjango(int sessions)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"django.sqlite3"_s);
    seed(file, sessions);
    DjangoSessionSource::Options options;
    options.database = DjangoDatabase::fromUrl(u"django+sqlite://"_s + file).value();
    options.journalPath = dir.filePath(u"journal.sqlite"_s);
    DjangoSessionSource source(options);
    if (!wait(source.signIn()).ok())
        qFatal("cannot open the Django database");
    UserQuery busiest;
    busiest.sortField = UserQuery::SortField::ActiveSessions;
    busiest.order = Qt::DescendingOrder;
    const double usersMs = medianMs([&] {
        if (!wait(source.users(busiest)).ok())
            qFatal("users failed");
    });
    SessionQuery oneUser;
    oneUser.userId = u"42"_s;
    const double sessionsMs = medianMs([&] {
        if (!wait(source.sessions(oneUser)).ok())
            qFatal("sessions failed");
    });
    const double previewMs = medianMs([&] {
        if (!wait(source.previewLogoutAll(LogoutAllScope())).ok())
            qFatal("preview failed");
    });
    // The raw reference: both tables read, nothing decoded.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-django-raw"_s);
    db.setDatabaseName(file);
    db.open();
    const double rawMs = medianMs([&] {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        exec(query, u"SELECT id, username, email, is_staff, is_superuser, is_active, last_login, date_joined "
                    u"FROM auth_user"_s);
        while (query.next())
            query.value(0);
        exec(query, u"SELECT session_key, session_data, expire_date FROM django_session"_s);
        while (query.next())
            query.value(1);
    });
    const auto line = [rawMs](const char *figure, double value) {
        std::printf("  %-62s %-12s %10.1f ms %10.1f ms %7.2f×\n", figure, "≤ 1,000 ms", value, rawMs,
                    value / rawMs);
    };
    std::printf("SessionDesk benchmark: Django's database sessions, SQLite, %d users, %d sessions (median "
                "of %d)\n",
                users, sessions, runs);
    std::printf("  %-62s %-12s %13s %13s %8s\n", "figure", "budget", "value", "raw read", "ratio");
    line("first page of users, most sessions first (the tables read whole)", usersMs);
    line("one user's sessions", sessionsMs);
    line("Log Out All Users' preview", previewMs);
    return 0;
}
