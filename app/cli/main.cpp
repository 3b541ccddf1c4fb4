// sessiondesk-cli: the console's capabilities for terminals and scripts. Links models only.

#include "CommandLine.h"
#include "Translations.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"SessionDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SESSIONDESK_VERSION));
    Translations::install(&app);
    return CommandLine().run(QCoreApplication::arguments());
}
