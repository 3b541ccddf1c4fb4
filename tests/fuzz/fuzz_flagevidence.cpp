// Flag evidence as a store keeps it (JSON text, perhaps written by another tool or edited by
// hand), explained for every rule in English and in German as the Flagged page and the CLI do.
// Properties: nothing crashes; the evidence lines never show a person raw JSON.
#include "FuzzSupport.h"
#include "models/detection/FlagExplainer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTranslator>

#include <algorithm>

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

QStringList textIn(const QJsonValue &value)
{
    QStringList texts;
    if (value.isString())
        texts << value.toString();
    for (const QJsonValue &item : value.toArray())
        texts << textIn(item);
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        texts << it.key() << textIn(it.value());
    // Longest first, so that a text inside another is not removed from it first.
    std::sort(texts.begin(), texts.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return texts;
}

void explainAll(const QJsonObject &evidence)
{
    for (const Flag::Rule rule : Flag::allRules()) {
        (void)FlagExplainer::explanation(rule, evidence);
        QString lines = FlagExplainer::evidenceText(rule, evidence);
        // Text the evidence holds (keys and string values) is shown as it is, whatever it holds.
        for (const QString &text : textIn(evidence))
            lines.remove(text);
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
