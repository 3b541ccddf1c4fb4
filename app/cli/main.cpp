// sessiondesk-cli: the console's capabilities for terminals and scripts. Links models only.

#include "CommandLine.h"
#include "Translations.h"

#include <QGuiApplication>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    // PDF reports need fonts, which need Qt Gui (without a display: never a window); nothing else
    // does, so other commands stay a plain core application.
    const bool pdf = std::any_of(argv, argv + argc, [](const char *arg) {
        return std::strncmp(arg, "--pdf", 5) == 0 && (arg[5] == '\0' || arg[5] == '=');
    });
    if (pdf)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (pdf)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"SessionDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SESSIONDESK_VERSION));
    Translations::install(app.get());
    return CommandLine().run(QCoreApplication::arguments());
}
