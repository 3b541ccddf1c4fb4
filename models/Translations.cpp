#include "models/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

void Translations::install(QCoreApplication *app, const QLocale &locale)
{
    // Those of an earlier call give way: installing again switches the language.
    for (QTranslator *earlier : app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    auto load = [app](const QLocale &forLocale, const QString &name, const QString &dir) {
        auto *translator = new QTranslator(app);
        if (translator->load(forLocale, name, u"_"_s, dir))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    load(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English needs its plural forms ("1 session", "2 sessions"); the locale's file wins when
    // installed after it.
    load(QLocale(QLocale::English), u"sessiondesk"_s, u":/i18n"_s);
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        load(locale, u"sessiondesk"_s, u":/i18n"_s);
}
