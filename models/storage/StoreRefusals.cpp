#include "models/storage/StoreRefusals.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

// The server's sentence (% for each value, in order) and its translatable form (%1, %2, …). Fewer
// values first, so that a sentence naming a word the store fixed ("already deactivated") is
// matched before one that names any ("already %").
const std::pair<QString, const char *> sentences[] = {
    {u"A planned logout needs a message for users: it is shown until the logout runs."_s,
     QT_TRANSLATE_NOOP("StoreRefusals",
                       "A planned logout needs a message for users: it is shown until the logout runs.")},
    {u"Only administrators and support run detection; auditors look."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Only administrators and support run detection; auditors look.")},
    {u"Only operators of this store can export its audit trail."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Only operators of this store can export its audit trail.")},
    {u"Only operators of this store can export its sign-ins."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Only operators of this store can export its sign-ins.")},
    {u"A reason is required: it is written to the audit trail."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "A reason is required: it is written to the audit trail.")},
    {u"Only operators of this store keep its sessions current."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Only operators of this store keep its sessions current.")},
    {u"Only operators of this store keep its figures current."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Only operators of this store keep its figures current.")},
    {u"An empty role cannot be spared; nothing was ended."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "An empty role cannot be spared; nothing was ended.")},
    {u"Only operators of this store run planned logouts."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Only operators of this store run planned logouts.")},
    {u"audit entries are appended with their hash chain"_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "audit entries are appended with their hash chain")},
    {u"Only operators of this store run its detection."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Only operators of this store run its detection.")},
    {u"Only administrators can change the operators."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Only administrators can change the operators.")},
    {u"Only administrators can log out all users."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Only administrators can log out all users.")},
    {u"Only administrators can end the sessions of many users at once."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Only administrators can end the sessions of many users at once.")},
    {u"Ending matching sessions needs a filter; without one it is a logout of all users."_s,
     QT_TRANSLATE_NOOP("StoreRefusals",
                       "Ending matching sessions needs a filter; without one it is a logout of all users.")},
    {u"No active session matches the filter; nothing was ended."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "No active session matches the filter; nothing was ended.")},
    {u"No active session matches the filter but those of the users and roles spared; nothing was ended."_s,
     QT_TRANSLATE_NOOP("StoreRefusals",
                       "No active session matches the filter but those of the users and roles "
                       "spared; nothing was ended.")},
    {u"Only administrators can change settings."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Only administrators can change settings.")},
    {u"Only administrators can manage users."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Only administrators can manage users.")},
    {u"A note is required to close a flag."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "A note is required to close a flag.")},
    {u"A name is required for a new user."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "A name is required for a new user.")},
    {u"Auditors have read-only access."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Auditors have read-only access.")},
    {u"audit entries cannot be changed"_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "audit entries cannot be changed")},
    {u"audit entries cannot be removed"_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "audit entries cannot be removed")},
    {u"A frozen account is unfrozen before it is deactivated."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "A frozen account is unfrozen before it is deactivated.")},
    {u"The account is not frozen."_s, QT_TRANSLATE_NOOP("StoreRefusals", "The account is not frozen.")},
    {u"The user no longer exists."_s, QT_TRANSLATE_NOOP("StoreRefusals", "The user no longer exists.")},
    {u"A role is required."_s, QT_TRANSLATE_NOOP("StoreRefusals", "A role is required.")},
    {u"A planned logout must be at least % minutes ahead, so that users see the announcement in time."_s,
     QT_TRANSLATE_NOOP(
         "StoreRefusals",
         "A planned logout must be at least %1 minutes ahead, so that users see the announcement in time.")},
    {u"% is the last administrator of this store; make another operator administrator first."_s,
     QT_TRANSLATE_NOOP(
         "StoreRefusals",
         "%1 is the last administrator of this store; make another operator administrator first.")},
    {u"The account is %, not active; only active accounts can be frozen."_s,
     QT_TRANSLATE_NOOP("StoreRefusals",
                       "The account is %1, not active; only active accounts can be frozen.")},
    {u"No user has the role %, so it spares nobody; nothing was ended."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "No user has the role %1, so it spares nobody; nothing was ended.")},
    {u"There is no user % to keep signed in; nothing was ended."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "There is no user %1 to keep signed in; nothing was ended.")},
    {u"A role is administrator, support or auditor, not %."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "A role is administrator, support or auditor, not %1.")},
    {u"'%' is not an email address (name@example.com)."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "'%1' is not an email address (name@example.com).")},
    {u"% is frozen: only deactivated users can be removed. Unfreeze the account, then deactivate it."_s,
     QT_TRANSLATE_NOOP("StoreRefusals",
                       "%1 is frozen: only deactivated users can be removed. Unfreeze the account, then "
                       "deactivate it.")},
    {u"% is frozen: unfreeze the account first, then deactivate it; nothing changed."_s,
     QT_TRANSLATE_NOOP("StoreRefusals",
                       "%1 is frozen: unfreeze the account first, then deactivate it; nothing changed.")},
    {u"% is already deactivated; nothing changed."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "%1 is already deactivated; nothing changed.")},
    {u"% is not a login of this database server."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "%1 is not a login of this database server.")},
    {u"A flag is resolved or dismissed, not %."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "A flag is resolved or dismissed, not %1.")},
    {u"% is not an operator of this store."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "%1 is not an operator of this store.")},
    {u"There is no planned logout %."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "There is no planned logout %1.")},
    {u"Session % has already ended."_s, QT_TRANSLATE_NOOP("StoreRefusals", "Session %1 has already ended.")},
    {u"There is no setting '%'."_s, QT_TRANSLATE_NOOP("StoreRefusals", "There is no setting '%1'.")},
    {u"The flag is % already."_s, QT_TRANSLATE_NOOP("StoreRefusals", "The flag is %1 already.")},
    {u"There is no session %."_s, QT_TRANSLATE_NOOP("StoreRefusals", "There is no session %1.")},
    {u"There is no flag %."_s, QT_TRANSLATE_NOOP("StoreRefusals", "There is no flag %1.")},
    {u"% is %: only deactivated users can be removed. Deactivate the account first."_s,
     QT_TRANSLATE_NOOP("StoreRefusals",
                       "%1 is %2: only deactivated users can be removed. Deactivate the account first.")},
    {u"Planned logout % is due at %, not yet; nothing changed."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Planned logout %1 is due at %2, not yet; nothing changed.")},
    {u"Planned logout % is %, not pending; nothing changed."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "Planned logout %1 is %2, not pending; nothing changed.")},
    {u"% <%> already has an account; nothing was added."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "%1 <%2> already has an account; nothing was added.")},
    {u"% already has the role %; nothing changed."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "%1 already has the role %2; nothing changed.")},
    {u"% is %, not deactivated; nothing changed."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "%1 is %2, not deactivated; nothing changed.")},
    {u"% is already %; nothing changed."_s,
     QT_TRANSLATE_NOOP("StoreRefusals", "%1 is already %2; nothing changed.")},
    {u"Planned logout % is already pending at %, within % minutes of this one; cancel it first or choose another time. Nothing was planned."_s,
     QT_TRANSLATE_NOOP("StoreRefusals",
                       "Planned logout %1 is already pending at %2, within %3 minutes of this one; cancel it "
                       "first or choose another time. Nothing was planned.")},
};

QRegularExpression patternOf(const QString &sentence)
{
    QStringList parts = sentence.split(u'%');
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    return QRegularExpression(u'^' + parts.join(u"(.*?)"_s) + u'$');
}

} // namespace

std::optional<QString> StoreRefusals::translate(const QString &message)
{
    for (const auto &[server, translatable] : sentences) {
        const QRegularExpressionMatch match = patternOf(server).match(message);
        if (!match.hasMatch())
            continue;
        // %1, %2, … replaced in one pass, so that a value holding "%2" stays as it is.
        const QString form = QCoreApplication::translate("StoreRefusals", translatable);
        QString text;
        for (qsizetype i = 0; i < form.size(); ++i) {
            if (form.at(i) == u'%' && i + 1 < form.size() && form.at(i + 1).isDigit()) {
                text += match.captured(form.at(++i).digitValue());
                continue;
            }
            text += form.at(i);
        }
        return text;
    }
    return std::nullopt;
}

QStringList StoreRefusals::known()
{
    QStringList servers;
    for (const auto &sentence : sentences)
        servers << sentence.first;
    return servers;
}
