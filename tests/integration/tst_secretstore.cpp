// SecretStore against the real Secret Service: gnome-keyring in a private D-Bus session
// (SESSIONDESK_TEST_KEYRING=secret-service, see tests/CMakeLists.txt), and with no Secret Service
// at all (=none). In both, the secret must never reach a file in clear.

#include "TestStore.h"
#include "models/credentials/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadReplaceRemove();
    void missingKeychainIsSaidAndRunOnlyWorks();

private:
    bool keyring() const { return qEnvironmentVariable("SESSIONDESK_TEST_KEYRING") == u"secret-service"; }
    // Files under the user's data and configuration directories that contain text.
    static QStringList filesContaining(const QString &text);
};

void tst_SecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("SESSIONDESK_TEST_KEYRING"))
        QSKIP("Run through ctest: it gives the test a private D-Bus with gnome-keyring, or none.");
}

QStringList tst_SecretStore::filesContaining(const QString &text)
{
    QStringList found;
    for (const auto location : {QStandardPaths::GenericDataLocation, QStandardPaths::GenericConfigLocation}) {
        QDirIterator files(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
                found << file.fileName();
        }
    }
    return found;
}

void tst_SecretStore::writeReadReplaceRemove()
{
    if (!keyring())
        QSKIP("Needs the Secret Service.");
    SecretStore store;
    const QString key = u"profile/Production better-auth"_s;
    const QString secret = u"s3cret-Pässwörd-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const auto written = TestStore::await(store.write(key, secret));
    QVERIFY2(written.ok(), TestStore::why(written));
    // Another store object (as after a restart) reads it from the keychain, not from memory.
    SecretStore again;
    auto read = TestStore::await(again.read(key));
    QVERIFY2(read.ok(), TestStore::why(read));
    QCOMPARE(read.value(), secret);
    QVERIFY2(filesContaining(secret).isEmpty(), qPrintable(filesContaining(secret).join(u", "_s)));

    QVERIFY(TestStore::await(store.write(key, secret + u"-2"_s)).ok());
    QCOMPARE(TestStore::await(again.read(key)).value(), secret + u"-2"_s);
    QVERIFY(TestStore::await(store.remove(key)).ok());
    read = TestStore::await(again.read(key));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, SourceError::Code::NotFound);
    // Removing what is not there is no error.
    QVERIFY(TestStore::await(store.remove(key)).ok());
}

void tst_SecretStore::missingKeychainIsSaidAndRunOnlyWorks()
{
    if (keyring())
        QSKIP("Needs a session without the Secret Service.");
    SecretStore store;
    const QString key = u"profile/Staging"_s;
    const QString secret = u"run-only-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const auto written = TestStore::await(store.write(key, secret));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, SourceError::Code::Unsupported);
    QVERIFY2(written.error().text.contains(u"No system keychain can be used"_s) &&
                 written.error().text.contains(u"never writes secrets to a file"_s),
             qPrintable(written.error().text));
    QVERIFY(!written.error().detail.isEmpty()); // QtKeychain's own reason
    QVERIFY(!TestStore::await(store.read(key)).ok());
    QVERIFY(filesContaining(secret).isEmpty());

    // Kept for this run only, when the user agrees: in memory, and gone with the store.
    store.keepForThisRun(key, secret);
    QCOMPARE(TestStore::await(store.read(key)).value(), secret);
    QVERIFY(filesContaining(secret).isEmpty());
    SecretStore later;
    QVERIFY(!TestStore::await(later.read(key)).ok());
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
