// sessiondesk-cli: the console's capabilities for terminals and scripts. Links models only.

#include "CommandLine.h"
#include "models/Translations.h"

#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QtMessageHandler qtHandler = nullptr;

// The CLI says what went wrong in one sentence of its own, in the operator's language. Log lines
// (what Qt's drivers print on the way, libpq's lines, SessionDesk's own technical notes) go to
// stderr only when logging is asked for with QT_LOGGING_RULES.
void cliMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg && !qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        return;
    if (qtHandler)
        qtHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    qtHandler = qInstallMessageHandler(cliMessages);
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
