#include "models/Translations.h"
#include "models/domain/DisplayFormat.h"
#include "models/storage/StoreRefusals.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Untranslated
{
    int messages = 0;
    QStringList missing;
};

// Every message of a .ts file, and those without a finished translation.
Untranslated check(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(tsPath));
    QDomDocument doc;
    if (!doc.setContent(&file))
        qFatal("%s is not valid XML", qPrintable(tsPath));
    Untranslated result;
    const QDomNodeList messages = doc.elementsByTagName(u"message"_s);
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement message = messages.at(i).toElement();
        const QDomElement translation = message.firstChildElement(u"translation"_s);
        const QString source = message.firstChildElement(u"source"_s).text();
        ++result.messages;
        bool empty = translation.text().trimmed().isEmpty();
        if (message.attribute(u"numerus"_s) == u"yes") {
            const QDomNodeList forms = translation.elementsByTagName(u"numerusform"_s);
            empty = forms.isEmpty();
            for (int f = 0; f < forms.size(); ++f)
                empty |= forms.at(f).toElement().text().trimmed().isEmpty();
        }
        if (empty || translation.hasAttribute(u"type"_s))
            result.missing.append(source);
    }
    return result;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsComplete();
    void committedFilesAreCurrent();
    void germanLoadsForGermanLocale();
    void everyStoreRefusalIsTranslated();
};

void tst_Translations::germanIsComplete()
{
    const Untranslated german = check(QStringLiteral(SESSIONDESK_TS_DIR "/sessiondesk_de.ts"));
    QVERIFY(german.messages > 100);
    QVERIFY2(german.missing.isEmpty(), qPrintable(u"untranslated: "_s + german.missing.join(u" | ")));
}

void tst_Translations::committedFilesAreCurrent()
{
    // Run lupdate over the sources into a copy: a string added in code but not in the committed
    // file shows up there as unfinished, a string removed from code as vanished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"sessiondesk_de.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(SESSIONDESK_TS_DIR "/sessiondesk_de.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(SESSIONDESK_SOURCE_DIR));
    lupdate.start(QStringLiteral(SESSIONDESK_LUPDATE), {u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                                                        u"-I"_s, u"."_s, // includes name their layer
                                                        u"models"_s, u"views"_s, u"app"_s, u"-ts"_s, copy});
    QVERIFY(lupdate.waitForFinished(60'000));
    QCOMPARE(lupdate.exitCode(), 0);
    const Untranslated fresh = check(copy);
    QVERIFY2(fresh.missing.isEmpty(), qPrintable(u"run the update_translations target and translate: "_s +
                                                 fresh.missing.join(u" | ")));
    QCOMPARE(fresh.messages, check(QStringLiteral(SESSIONDESK_TS_DIR "/sessiondesk_de.ts")).messages);
}

void tst_Translations::germanLoadsForGermanLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    Translations::install(QCoreApplication::instance(), german);
    QCOMPARE(QCoreApplication::translate("UserTableModel", "Log out"), u"Abmelden"_s);
    QCOMPARE(QCoreApplication::translate("UserTableModel", "Last activity"), u"Letzte Aktivität"_s);
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    QCOMPARE(DisplayFormat::relativeTime(now.addDays(-3), now), u"vor 3 Tagen"_s);
    QCOMPARE(DisplayFormat::relativeTime(now.addDays(-1), now), u"vor 1 Tag"_s);
    QCOMPARE(DisplayFormat::count(12345), u"12.345"_s);
    // Qt's own strings come in German too (qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

void tst_Translations::everyStoreRefusalIsTranslated()
{
    // Every sentence a PostgreSQL store's function refuses with (RAISE EXCEPTION, the roles'
    // refusals, the scope's) is known to StoreRefusals, so that a German console says it in
    // German, with what it names kept.
    QStringList raised;
    const QRegularExpression raise(u"RAISE EXCEPTION '((?:[^']|'')*)'"_s);
    const QRegularExpression require(u"sessiondesk_require\\(ARRAY\\[[^\\]]*\\],\\s*'((?:[^']|'')*)'\\)"_s);
    const QRegularExpression scope(
        u"(?:format\\(|SELECT )'((?:An empty role|There is no user|No user has the role)(?:[^']|'')*)'"_s);
    const QDir migrations(QStringLiteral(SESSIONDESK_SOURCE_DIR) + u"/resources/sql/postgresql"_s);
    for (const QString &name : migrations.entryList({u"*.sql"_s})) {
        QFile file(migrations.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(file.readAll());
        for (const QRegularExpression &pattern : {raise, require, scope}) {
            for (auto it = pattern.globalMatch(sql); it.hasNext();) {
                QString sentence = it.next().captured(1).replace(u"''"_s, u"'"_s).replace(u"%s"_s, u"%"_s);
                if (sentence != u"%" && !raised.contains(sentence))
                    raised << sentence;
            }
        }
    }
    QVERIFY(raised.size() > 40);
    const QStringList known = StoreRefusals::known();
    for (const QString &sentence : std::as_const(raised))
        QVERIFY2(known.contains(sentence), qPrintable(u"StoreRefusals does not know: "_s + sentence));

    Translations::install(QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
    for (const QString &sentence : known) {
        QString example = sentence;
        example.replace(u"%"_s, u"X7"_s);
        const QString german = StoreRefusals::translate(example).value_or(example);
        QVERIFY2(german != example, qPrintable(u"not in German: "_s + sentence));
        QCOMPARE(german.count(u"X7"_s), sentence.count(u'%')); // what it names is kept
    }
    QCOMPARE(StoreRefusals::translate(u"The account is not frozen."_s).value_or(QString()),
             u"Das Konto ist nicht eingefroren."_s);
    QCOMPARE(StoreRefusals::translate(u"Session ses_1 has already ended."_s).value_or(QString()),
             u"Sitzung ses_1 ist bereits beendet."_s);
    QVERIFY(!StoreRefusals::translate(u"Something the store never says."_s));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
