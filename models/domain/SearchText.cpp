#include "models/domain/SearchText.h"

using namespace Qt::Literals::StringLiterals;

QString SearchText::fold(const QString &text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.unicode() >= 0x0300 && c.unicode() <= 0x036F)
            continue;
        folded += c == QChar(0x03C2) ? QChar(0x03C3) : c; // ς → σ
    }
    return folded;
}

QString SearchText::userKey(const QString &displayName, const QString &email)
{
    return fold(displayName) + u'\n' + fold(email);
}
