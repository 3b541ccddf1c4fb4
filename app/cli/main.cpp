// sessiondesk-cli: the console's capabilities for terminals and scripts. Links models only.

#include "CommandLine.h"
#include "Translations.h"

#include <QGuiApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    // Gui without a display, for the fonts of PDF reports; never a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"SessionDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SESSIONDESK_VERSION));
    Translations::install(&app);
    return CommandLine().run(QCoreApplication::arguments());
}
