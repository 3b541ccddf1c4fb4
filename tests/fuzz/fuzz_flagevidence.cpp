// Flag evidence as a store keeps it (JSON text, perhaps written by another tool or edited by
// hand), explained for every rule in English and in German as the Flagged page and the CLI do.
// Properties: nothing crashes; the evidence lines never show a person raw JSON.
#include "FuzzSupport.h"
#include "detection/FlagExplainer.h"

#include <QJsonDocument>
#include <QTranslator>

namespace {

struct Languages
{
    QTranslator english;
    QTranslator german;
    Languages()
    {
        Fuzz::application();
        Fuzz::check(english.load(QStringLiteral(":/i18n/sessiondesk_en.qm")), "no English plural forms");
        Fuzz::check(german.load(QStringLiteral(":/i18n/sessiondesk_de.qm")), "no German translation");
    }
};

void explainAll(const QJsonObject &evidence)
{
    for (const Flag::Rule rule : Flag::allRules()) {
        (void)FlagExplainer::explanation(rule, evidence);
        QString lines = FlagExplainer::evidenceText(rule, evidence);
        // Keys are shown as they are (written by another tool, they may hold anything).
        for (const QString &key : evidence.keys())
            lines.remove(key);
        Fuzz::check(!lines.contains(QStringLiteral("{\"")) && !lines.contains(QStringLiteral("[{")),
                    "raw JSON in the evidence lines", lines);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Languages languages;
    const QJsonObject evidence = QJsonDocument::fromJson(Fuzz::bytes(data, size)).object();
    for (QTranslator *translator : {&languages.english, &languages.german}) {
        QCoreApplication::installTranslator(translator);
        explainAll(evidence);
        QCoreApplication::removeTranslator(translator);
    }
    return 0;
}
