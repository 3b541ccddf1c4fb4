// DjangoSessionData: which user a Django session's data names, in every format Django has written,
// and nothing for what is no session.
#include "models/sources/django/DjangoSessionData.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// zlib's stream, as Python's zlib.compress writes it (qCompress adds a four-byte length before it).
QByteArray zlibStream(const QByteArray &bytes)
{
    return qCompress(bytes).mid(4);
}

} // namespace

class tst_DjangoSessionData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userIsFound_data();
    void userIsFound();
};

void tst_DjangoSessionData::userIsFound_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("user");
    const QByteArray json =
        R"({"_auth_user_id":"42","_auth_user_backend":"django.contrib.auth.backends.ModelBackend"})";
    // What Django 3.2 wrote for the test application's admin (compressed, signed).
    QTest::newRow("Django 3.2, compressed")
        << u".eJxVjDsOwjAQBe_iGllZO_5R0nMGa9dr4wBypDipEHeHSCmgfTPzXiLitta49bzEicVZgDj9boTpkdsO-I7tNss0t3WZSO6KPGiX15nz83K4fwcVe_3WqC0FBZw8Q1HFGA_KuhIAHCm0GoIpzhPwOAQGnXTCUZEaLBsm8Ea8P80GNzY:1xago9:9v0YRykMQq-2WYIO0-m3rsSRtGhwfJ8EXo9y4Zp19ng"_s
        << u"1"_s;
    QTest::newRow("signed, plain") << base64Url(json) + u":1xago9:signature"_s << u"42"_s;
    QTest::newRow("signed, compressed") << u"."_s + base64Url(zlibStream(json)) + u":sig"_s << u"42"_s;
    QTest::newRow("before 3.1") << QString::fromLatin1(QByteArray("0123abcd:"_ba + json).toBase64())
                                << u"42"_s;
    QTest::newRow("number id") << base64Url(R"({"_auth_user_id":7})") + u":sig"_s << u"7"_s;
    QTest::newRow("anonymous") << base64Url("{}") + u":sig"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("not base64") << u"!!!:x:y"_s << QString();
    QTest::newRow("damaged stream") << u"."_s + base64Url("not zlib at all") + u":sig"_s << QString();
    QTest::newRow("cut stream") << u"."_s + base64Url(zlibStream(json).left(20)) + u":sig"_s << QString();
    QTest::newRow("array") << base64Url(R"(["_auth_user_id"])") + u":sig"_s << QString();
    // A small stream that would inflate to 2 MiB: refused, not inflated.
    const QByteArray huge = QByteArray(R"({"_auth_user_id":"1","pad":")") + QByteArray(2 << 20, 'a') + "\"}";
    QTest::newRow("inflates past 1 MiB") << u"."_s + base64Url(zlibStream(huge)) + u":sig"_s << QString();
}

void tst_DjangoSessionData::userIsFound()
{
    QFETCH(QString, data);
    QFETCH(QString, user);
    QCOMPARE(DjangoSessionData::userOf(data), user);
}

QTEST_GUILESS_MAIN(tst_DjangoSessionData)
#include "tst_djangosessiondata.moc"
