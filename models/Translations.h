#pragma once

#include <QLocale>

class QCoreApplication;

// Installs the translations for a locale: Qt's own, then SessionDesk's English plural forms, then
// SessionDesk's for the locale (embedded at :/i18n). The GUI and the CLI both call this.
class Translations final
{
public:
    static void install(QCoreApplication *app, const QLocale &locale = QLocale());
};
