// The places and networks of addresses, read with libmaxminddb from real databases installed by the
// test command (fixtures/geoip): MaxMind's GeoLite2-City and an ASN database built with MaxMind's
// writer from ip-location-db's ranges.
#include "TestStore.h"
#include "models/places/AddressPlaces.h"
#include "models/places/PlaceFiles.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QString cityFile()
{
    return TestStore::placeFile(u"GeoLite2-City.mmdb"_s);
}

QString asnFile()
{
    return TestStore::placeFile(u"ip-location-db-ASN.mmdb"_s);
}

Origin at(const QString &ip)
{
    Origin origin;
    origin.ip = ip;
    return origin;
}

} // namespace

class tst_AddressPlaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void placesAndNetworks_data();
    void placesAndNetworks();
    void recordedPlacesWin();
    void unusableFilesAreRefused();
    void filesChosenThenFound();
    void sameAnswersFromManyThreads();
    void placedOnAWorker();

private:
    QTemporaryDir m_config;
};

void tst_AddressPlaces::initTestCase()
{
    if (cityFile().isEmpty())
        QSKIP("The place databases come with the test command (fixture geoip).");
    QVERIFY2(QFile::exists(cityFile()) && QFile::exists(asnFile()), qPrintable(cityFile()));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path())); // the choices of this computer
}

void tst_AddressPlaces::placesAndNetworks_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("city");
    QTest::addColumn<quint32>("asn");
    QTest::addColumn<QString>("network");
    QTest::newRow("IPv4 with a city")
        << u"41.90.75.98"_s << u"KE"_s << u"Nairobi"_s << 33771u << u"Safaricom Limited"_s;
    const QString vodafone = u"Vodafone GmbH"_s;
    QTest::newRow("IPv6") << u"2a02:8108::1"_s << u"DE"_s << u"Kiel"_s << 31334u << vodafone;
    QTest::newRow("IPv6 written long")
        << u"2a02:8108:0000:0000:0000:0000:0000:0001"_s << u"DE"_s << u"Kiel"_s << 31334u << vodafone;
    // Only addresses written as addresses (QHostAddress reads these too).
    QTest::newRow("IPv6 with a zone") << u"2a02:8108::1%eth0"_s << QString() << QString() << 0u << QString();
    QTest::newRow("an integer") << u"692734818"_s << QString() << QString() << 0u << QString();
    QTest::newRow("hexadecimal parts")
        << u"0x29.0x5a.0x4b.0x62"_s << QString() << QString() << 0u << QString();
    QTest::newRow("three parts") << u"41.90.75"_s << QString() << QString() << 0u << QString();
    QTest::newRow("IPv4 mapped in IPv6")
        << u"::ffff:41.90.75.98"_s << u"KE"_s << u"Nairobi"_s << 33771u << u"Safaricom Limited"_s;
    QTest::newRow("country only") << u"8.8.8.8"_s << u"US"_s << QString() << 15169u << u"Google LLC"_s;
    QTest::newRow("documentation range") << u"203.0.113.7"_s << QString() << QString() << 0u << QString();
    QTest::newRow("private") << u"10.0.0.5"_s << QString() << QString() << 0u << QString();
    QTest::newRow("loopback") << u"127.0.0.1"_s << QString() << QString() << 0u << QString();
    QTest::newRow("no address") << u"unknown"_s << QString() << QString() << 0u << QString();
    QTest::newRow("two addresses") << u"41.90.75.98, 8.8.8.8"_s << QString() << QString() << 0u << QString();
    QTest::newRow("out of range") << u"999.1.1.1"_s << QString() << QString() << 0u << QString();
}

void tst_AddressPlaces::placesAndNetworks()
{
    QFETCH(QString, ip);
    QFETCH(QString, country);
    QFETCH(QString, city);
    QFETCH(quint32, asn);
    QFETCH(QString, network);
    const auto places = TestStore::places();
    QVERIFY(places->hasPlaces() && places->hasNetworks());
    Origin origin = at(ip);
    places->fill(origin);
    QCOMPARE(origin.country, country);
    QCOMPARE(origin.city, city);
    QCOMPARE(origin.placeFromAddress, !country.isEmpty());
    // A country alone is no place to measure a distance from: no coordinates.
    QCOMPARE(origin.latitude.has_value(), !city.isEmpty());
    QCOMPARE(origin.accuracyKm > 0, !city.isEmpty());
    QCOMPARE(origin.asn, asn);
    QCOMPARE(origin.network, network);
    QCOMPARE(origin.ip, ip); // the address stays as the source wrote it
    if (city == u"Nairobi") {
        QVERIFY(qAbs(*origin.latitude - -1.28) < 0.5);
        QVERIFY(qAbs(*origin.longitude - 36.8) < 0.5);
    }
}

void tst_AddressPlaces::recordedPlacesWin()
{
    const auto places = TestStore::places();
    Origin recorded = at(u"41.90.75.98"_s);
    recorded.country = u"DE"_s;
    recorded.city = u"Berlin"_s;
    places->fill(recorded);
    QCOMPARE(recorded.city, u"Berlin"_s);
    QCOMPARE(recorded.country, u"DE"_s);
    QVERIFY(!recorded.placeFromAddress);
    QVERIFY(!recorded.latitude);
    QCOMPARE(recorded.network, u"Safaricom Limited"_s); // the store names no network: the database does

    // A city database alone: places, no networks.
    QStringList problems;
    const auto cities = AddressPlaces::open({cityFile(), {}}, &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(cities->hasPlaces() && !cities->hasNetworks());
    Origin origin = at(u"2a02:8108::1"_s);
    cities->fill(origin);
    QCOMPARE(origin.city, u"Kiel"_s);
    QVERIFY(origin.network.isEmpty());
    QCOMPARE(cities->places()->description().left(14), u"GeoLite2-City,"_s);
}

void tst_AddressPlaces::unusableFilesAreRefused()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(u"notes.mmdb"_s);
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database\n");
    file.close();
    const QString empty = dir.filePath(u"empty.mmdb"_s);
    QFile(empty).open(QIODevice::WriteOnly);
    const QString pipe = dir.filePath(u"pipe.mmdb"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    struct Case
    {
        PlaceFiles files;
        QString says;
    };
    const QList<Case> cases{
        {{dir.filePath(u"missing.mmdb"_s), {}}, u"does not exist"_s},
        {{text, {}}, u"is no MaxMind DB file"_s},
        {{empty, {}}, u"is no MaxMind DB file"_s},
        {{dir.path(), {}}, u"is a folder"_s},
        {{pipe, {}}, u"is no regular file"_s}, // it would be read from for ever
        {{asnFile(), {}}, u"is an ASN database; a city database"_s},
        {{{}, cityFile()}, u"holds places, not networks"_s},
    };
    for (const Case &c : cases) {
        QStringList problems;
        const auto places = AddressPlaces::open(c.files, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(c.says), qPrintable(problems.first()));
        QVERIFY(!places->hasPlaces() && !places->hasNetworks());
        Origin origin = at(u"41.90.75.98"_s);
        places->fill(origin);
        QVERIFY(origin.country.isEmpty() && origin.network.isEmpty());
    }
}

// Chosen under Settings (this computer's settings), else the first found in the usual folders.
void tst_AddressPlaces::filesChosenThenFound()
{
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    QStandardPaths::setTestModeEnabled(false); // the usual folders are the user's and the system's
    const auto restore = qScopeGuard([] { QStandardPaths::setTestModeEnabled(true); });
    PlaceFiles::choose({});
    // Searched whether they exist or not: what the settings say was searched.
    QVERIFY(PlaceFiles::usualFolders().contains(QDir(data.path()).filePath(u"GeoIP"_s)));
    QVERIFY(PlaceFiles::usualFolders().contains(u"/usr/share/GeoIP"_s));
    QVERIFY(PlaceFiles::usualFolders().contains(u"/var/lib/GeoIP"_s));
    const PlaceFiles before = PlaceFiles::inUse();
    QVERIFY2(before.city.isEmpty() || !before.city.startsWith(data.path()), qPrintable(before.city));

    QVERIFY(QDir(data.path()).mkpath(u"GeoIP"_s));
    // Named as a city database, but an ASN database: passed over for the next.
    QVERIFY(QFile::copy(asnFile(), data.filePath(u"GeoIP/A-City.mmdb"_s)));
    QVERIFY(QFile::copy(cityFile(), data.filePath(u"GeoIP/GeoLite2-City.mmdb"_s)));
    QVERIFY(QFile::copy(asnFile(), data.filePath(u"GeoIP/GeoLite2-ASN.mmdb"_s)));
    QCOMPARE(PlaceFiles::found().city, data.filePath(u"GeoIP/GeoLite2-City.mmdb"_s));
    QCOMPARE(PlaceFiles::found().asn, data.filePath(u"GeoIP/GeoLite2-ASN.mmdb"_s));
    QCOMPARE(PlaceFiles::inUse().city, data.filePath(u"GeoIP/GeoLite2-City.mmdb"_s));

    // A choice wins over what is found; given (--geoip-city) wins over both; empty clears it.
    PlaceFiles::choose({u"  "_s + cityFile() + u" "_s, {}});
    QCOMPARE(PlaceFiles::chosen().city, cityFile());
    QCOMPARE(PlaceFiles::inUse().city, cityFile());
    QCOMPARE(PlaceFiles::inUse().asn, data.filePath(u"GeoIP/GeoLite2-ASN.mmdb"_s));
    QCOMPARE(PlaceFiles::inUse({u"/given.mmdb"_s, {}}).city, u"/given.mmdb"_s);
    PlaceFiles::choose({});
    QCOMPARE(PlaceFiles::chosen(), PlaceFiles());
    QCOMPARE(PlaceFiles::inUse().city, data.filePath(u"GeoIP/GeoLite2-City.mmdb"_s));
    // A relative name is kept as the file it names now, not as a name to look for anywhere.
    QVERIFY(QDir::setCurrent(data.filePath(u"GeoIP"_s)));
    PlaceFiles::choose({u"GeoLite2-City.mmdb"_s, {}});
    QCOMPARE(PlaceFiles::chosen().city, data.filePath(u"GeoIP/GeoLite2-City.mmdb"_s));
    PlaceFiles::choose({});
}

// The console's pages and the tables' worker look up at once: one answer per address.
void tst_AddressPlaces::sameAnswersFromManyThreads()
{
    const auto places = TestStore::places();
    QList<Origin> origins;
    const QStringList addresses{u"41.90.75.98"_s, u"2a02:8108::1"_s, u"8.8.8.8"_s, u"203.0.113.7"_s,
                                u"2.125.160.216"_s};
    for (int i = 0; i < 20'000; ++i)
        origins << at(addresses.at(i % addresses.size()));
    QtConcurrent::blockingMap(origins, [&places](Origin &origin) { places->fill(origin); });
    for (int i = 0; i < origins.size(); ++i) {
        Origin alone = at(addresses.at(i % addresses.size()));
        places->fill(alone);
        QCOMPARE(origins.at(i), alone);
    }
    QCOMPARE(origins.at(4).city, u"Belfast"_s);
}

// What the sources whose answers arrive on the console's thread use: the lookups on a worker.
void tst_AddressPlaces::placedOnAWorker()
{
    QList<LoginEvent> events(3);
    events[0].origin.ip = u"41.90.75.98"_s;
    events[1].origin.ip = u"2a02:8108::1"_s;
    events[2].origin.ip = u"203.0.113.7"_s;
    const QThread *caller = QThread::currentThread();
    std::atomic<const QThread *> ranOn = nullptr;
    const auto places = TestStore::places();
    QFuture<QList<LoginEvent>> placed = AddressPlaces::placed(places, events);
    placed.then([&ranOn](const QList<LoginEvent> &) { ranOn = QThread::currentThread(); }).waitForFinished();
    QVERIFY(ranOn.load() != caller);
    QCOMPARE(placed.result().at(0).origin.city, u"Nairobi"_s);
    QCOMPARE(placed.result().at(1).origin.network, u"Vodafone GmbH"_s);
    QVERIFY(placed.result().at(2).origin.country.isEmpty());
    QVERIFY(events.at(0).origin.city.isEmpty()); // the caller's copy is left as it was
    // Without databases: the same items, at once.
    const QFuture<QList<LoginEvent>> none =
        AddressPlaces::placed(std::shared_ptr<const AddressPlaces>(), events);
    QVERIFY(none.isFinished());
    QCOMPARE(none.result(), events);
}

QTEST_GUILESS_MAIN(tst_AddressPlaces)
#include "tst_addressplaces.moc"
