#include "models/audit/AuditText.h"

#include "models/domain/DisplayFormat.h"
#include "models/domain/Flag.h"
#include "models/domain/Settings.h"
#include "models/sources/SessionFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject objectOf(const QString &value)
{
    return QJsonDocument::fromJson(value.toUtf8()).object();
}

QString textOf(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return AuditText::tr("none");
    if (value.isBool())
        return value.toBool() ? AuditText::tr("yes") : AuditText::tr("no");
    if (value.isDouble())
        return DisplayFormat::count(value.toInteger());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << textOf(item);
        return items.join(u", "_s);
    }
    return value.toString();
}

// A setting's name as the settings page shows it; the key where SessionDesk does not know it.
QString settingName(const QString &key)
{
    const Settings::Definition *definition = Settings::definition(key);
    return definition && !definition->label.isEmpty() ? definition->label : key;
}

// What a Log Out All spared and did, from its scope (and the plan's time and message).
QString scopeText(const QJsonObject &scope, const QHash<QString, QString> &storeEmails)
{
    // A local journal names the users itself (LocalJournal::scopeValue); a store's are looked up.
    QHash<QString, QString> emails = storeEmails;
    const QJsonObject names = scope.value(u"names"_s).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        emails.insert(it.key(), it.value().toString());
    QStringList parts;
    if (const QJsonObject matching = scope.value(u"matching"_s).toObject(); !matching.isEmpty()) {
        const SessionFilter filter = SessionFilter::fromJson(matching);
        parts << AuditText::tr("matching: %1").arg(filter.text(emails.value(filter.userId)));
    }
    if (scope.contains(u"runAt"_s))
        parts << AuditText::tr("at %1").arg(
            DisplayFormat::exactTime(QDateTime::fromString(scope.value(u"runAt"_s).toString(), Qt::ISODate)));
    QStringList kept;
    for (const QJsonValue &id : scope.value(u"keptUsers"_s).toArray())
        kept << emails.value(id.toString(), id.toString());
    if (!kept.isEmpty())
        parts << AuditText::tr("kept: %1").arg(kept.join(u", "_s));
    if (const QString roles = textOf(scope.value(u"excludedRoles"_s));
        !scope.value(u"excludedRoles"_s).toArray().isEmpty())
        parts << AuditText::tr("spared roles: %1").arg(roles);
    if (scope.contains(u"revokeTokens"_s))
        parts << (scope.value(u"revokeTokens"_s).toBool() ? AuditText::tr("earlier access tokens rejected")
                                                          : AuditText::tr("access tokens left valid"));
    if (scope.contains(u"users"_s))
        parts << (scope.contains(u"matching"_s) // their other sessions stay
                      ? AuditText::tr("sessions of %Ln user(s) ended", nullptr,
                                      int(scope.value(u"users"_s).toInteger()))
                      : AuditText::tr("%Ln user(s) logged out", nullptr,
                                      int(scope.value(u"users"_s).toInteger())));
    if (scope.contains(u"planned"_s))
        parts << AuditText::tr("planned logout %1").arg(scope.value(u"planned"_s).toInteger());
    if (const QString message = scope.value(u"message"_s).toString(); !message.isEmpty())
        parts << AuditText::tr("message: “%1”").arg(message);
    return parts.join(u"; "_s);
}

// "name: old → new" for every key whose value differs; "name: value" for one side alone.
QString differences(const QJsonObject &before, const QJsonObject &after, bool settings)
{
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        const QString name = settings ? settingName(key) : key;
        if (!before.contains(key))
            parts << AuditText::tr("%1: %2").arg(name, textOf(after.value(key)));
        else if (!after.contains(key))
            parts << AuditText::tr("%1: %2").arg(name, textOf(before.value(key)));
        else if (before.value(key) != after.value(key))
            parts << AuditText::tr("%1: %2 → %3")
                         .arg(name, textOf(before.value(key)), textOf(after.value(key)));
    }
    return parts.join(u"; "_s);
}

} // namespace

const QList<std::pair<QString, const char *>> &AuditText::actionWords()
{
    static const QList<std::pair<QString, const char *>> actions{
        {u"logout_user"_s, QT_TR_NOOP("Logged out a user")},
        {u"end_session"_s, QT_TR_NOOP("Ended a session")},
        {u"logout_all"_s, QT_TR_NOOP("Logged out all users")},
        {u"logout_all_planned"_s, QT_TR_NOOP("Planned a logout of all users")},
        {u"logout_all_cancel"_s, QT_TR_NOOP("Cancelled a planned logout")},
        {u"end_matching"_s, QT_TR_NOOP("Ended matching sessions")},
        {u"freeze_user"_s, QT_TR_NOOP("Froze an account")},
        {u"unfreeze_user"_s, QT_TR_NOOP("Unfroze an account")},
        {u"resolve_flag"_s, QT_TR_NOOP("Resolved a flag")},
        {u"dismiss_flag"_s, QT_TR_NOOP("Dismissed a flag")},
        {u"change_settings"_s, QT_TR_NOOP("Changed settings")},
        {u"user_add"_s, QT_TR_NOOP("Added a user")},
        {u"user_deactivate"_s, QT_TR_NOOP("Deactivated a user")},
        {u"user_reactivate"_s, QT_TR_NOOP("Reactivated a user")},
        {u"user_remove"_s, QT_TR_NOOP("Removed a user")},
        {u"user_set_role"_s, QT_TR_NOOP("Changed a user's role")},
        {u"operator_set"_s, QT_TR_NOOP("Set an operator's role")},
        {u"operator_remove"_s, QT_TR_NOOP("Removed an operator")},
        {u"audit_export"_s, QT_TR_NOOP("Exported the audit trail")},
        {u"sign_ins_export"_s, QT_TR_NOOP("Exported sign-ins")},
    };
    return actions;
}

QStringList AuditText::actionKeys()
{
    QStringList keys;
    for (const auto &[key, words] : actionWords())
        keys << key;
    return keys;
}

QString AuditText::action(const QString &key)
{
    for (const auto &[known, words] : actionWords())
        if (known == key)
            return tr(words);
    return key;
}

QString AuditText::change(const AuditEntry &entry)
{
    const QHash<QString, QString> &emails = entry.userEmails;
    if (entry.oldValue.isEmpty() && entry.newValue.isEmpty())
        return {};
    const QJsonObject before = objectOf(entry.oldValue);
    const QJsonObject after = objectOf(entry.newValue);
    const bool json = !before.isEmpty() || !after.isEmpty();
    if (!json) // a sentence (what an export wrote), or values SessionDesk did not write as JSON
        return entry.oldValue.isEmpty() ? entry.newValue : tr("%1 → %2").arg(entry.oldValue, entry.newValue);
    const QString &action = entry.action;
    if (action == u"logout_all" || action == u"logout_all_planned" || action == u"end_matching")
        return scopeText(after, emails);
    if (action == u"logout_all_cancel")
        return tr("cancelled: %1").arg(scopeText(before, emails));
    if (action == u"operator_set" || action == u"operator_remove") {
        const QString account = (after.isEmpty() ? before : after).value(u"account"_s).toString();
        return tr("%1: %2 → %3")
            .arg(account, textOf(before.value(u"role"_s)), textOf(after.value(u"role"_s)));
    }
    if (action == u"resolve_flag" || action == u"dismiss_flag") {
        const auto rule = Flag::ruleFromKey(after.value(u"rule"_s).toString());
        const auto status = Flag::statusFromKey(after.value(u"status"_s).toString());
        return tr("flag %1 (%2): %3")
            .arg(textOf(after.value(u"flag"_s)),
                 rule ? Flag::ruleText(*rule) : after.value(u"rule"_s).toString(),
                 status ? Flag::statusText(*status) : after.value(u"status"_s).toString());
    }
    if (action == u"user_add")
        return tr("%1 <%2>, role %3")
            .arg(after.value(u"name"_s).toString(), after.value(u"email"_s).toString(),
                 after.value(u"role"_s).toString());
    if (action == u"user_remove")
        return tr("%1 <%2> (%3): %4")
            .arg(before.value(u"name"_s).toString(), before.value(u"email"_s).toString(),
                 before.value(u"role"_s).toString(), textOf(after.value(u"removed"_s)));
    return differences(before, after, action == u"change_settings");
}

QString AuditText::outcome(const AuditEntry &entry)
{
    if (entry.outcome == u"success")
        return tr("Succeeded");
    if (entry.outcome == u"failed")
        return tr("Failed");
    if (entry.outcome == u"partial") {
        const qsizetype failed = objectOf(entry.newValue).value(u"failedUsers"_s).toArray().size();
        return failed > 0 ? tr("Partial: %1 failed").arg(DisplayFormat::users(failed))
                          : tr("Partial: stopped before the end");
    }
    return entry.outcome; // written by another program: as it is
}
