#include "models/domain/Settings.h"

using namespace Qt::Literals::StringLiterals;

const QList<Settings::Definition> &Settings::definitions()
{
    static const QList<Definition> list = {
        {QString::fromLatin1(GlobalLogout), Kind::Switch, u"off"_s, 0, 0, QString(), tr("Global logout"),
         tr("Off: when a user signs out, only that session ends; their other devices stay signed in. On: "
            "when "
            "a user signs out anywhere, every session of that user ends on every device.")},
        {QString::fromLatin1(IdleTimeoutMinutes), Kind::Number, u"30"_s, 1, 10080, tr("minutes"),
         tr("Idle timeout"), tr("Applications end a session after this long without a request.")},
        {QString::fromLatin1(MaxLifetimeHours), Kind::Number, u"336"_s, 1, 8760, tr("hours"),
         tr("Maximum lifetime"), tr("Applications end a session this long after sign-in, active or not.")},
        {QString::fromLatin1(ImpossibleTravelKmh), Kind::Number, u"805"_s, 50, 20000, tr("km/h"),
         tr("Impossible travel speed"),
         tr("Flag two consecutive sign-ins of a user that imply a faster ground speed.")},
        {QString::fromLatin1(ImpossibleTravelMinKm), Kind::Number, u"100"_s, 0, 5000, tr("km"),
         tr("Impossible travel minimum distance"), tr("Ignore sign-ins closer together than this.")},
        {QString::fromLatin1(ConcurrentCountries), Kind::Number, u"2"_s, 2, 50, tr("countries"),
         tr("Concurrent countries"), tr("Flag a user with active sessions in this many countries at once.")},
        {QString::fromLatin1(DeviceSpreadMax), Kind::Number, u"3"_s, 1, 100, tr("devices"),
         tr("Devices allowed"),
         tr("Flag a user with more devices than this among their active sessions (credential sharing).")},
        {QString::fromLatin1(FailedBurstCount), Kind::Number, u"10"_s, 2, 10000, tr("failures"),
         tr("Failed sign-in burst"), tr("Flag this many failed sign-ins of a user within the window below.")},
        {QString::fromLatin1(FailedBurstMinutes), Kind::Number, u"15"_s, 1, 1440, tr("minutes"),
         tr("Failed sign-in window"), tr("The window for failed sign-in bursts.")},
        {QString::fromLatin1(NewCountryDays), Kind::Number, u"90"_s, 1, 3650, tr("days"),
         tr("New country lookback"),
         tr("Flag a successful sign-in from a country not seen for the user in this many days.")},
        {QString::fromLatin1(AutoFreezeHigh), Kind::Switch, u"off"_s, 0, 0, QString(),
         tr("Freeze automatically"),
         tr("Freeze an account as soon as a high-severity flag is raised for it.")},
        {QString::fromLatin1(RemovedHistoryDays), Kind::Number, u"365"_s, 1, 3650, tr("days"),
         tr("Keep removed users' history"),
         tr("Sessions and sign-ins of a removed user are kept this long for audits, then deleted with "
            "the anonymised account.")},
        {QString::fromLatin1(PlannedLogoutMinLeadMinutes), Kind::Number, u"15"_s, 1, 10080, tr("minutes"),
         tr("Notice before a planned logout"),
         tr("A Log Out All Users planned for later must be at least this far ahead, so that users see the "
            "announcement in time.")},
    };
    return list;
}

const Settings::Definition *Settings::definition(const QString &key)
{
    for (const Definition &definition : definitions()) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

QString Settings::value(const QString &key) const
{
    const auto found = m_values.constFind(key);
    if (found != m_values.cend())
        return *found;
    const Definition *known = definition(key);
    return known ? known->defaultValue : QString();
}

std::optional<QString> Settings::set(const QString &key, const QString &value)
{
    const Definition *known = definition(key);
    if (!known)
        return tr("There is no setting '%1'.").arg(key);
    const QString text = value.trimmed().toLower();
    if (known->kind == Kind::Switch) {
        if (text != u"on" && text != u"off")
            return tr("%1 is on or off, not '%2'.").arg(key, value);
    } else {
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok || number < known->minimum || number > known->maximum)
            return tr("%1 takes a whole number from %2 to %3, not '%4'.")
                .arg(key)
                .arg(known->minimum)
                .arg(known->maximum)
                .arg(value);
    }
    // "045" is 45: stored as the number it is, so that setting it again changes nothing.
    m_values.insert(key, known->kind == Kind::Switch ? text : QString::number(text.toInt()));
    return std::nullopt;
}

QStringList Settings::changedKeys(const Settings &other) const
{
    QStringList keys;
    for (const Definition &definition : definitions()) {
        if (value(definition.key) != other.value(definition.key))
            keys.append(definition.key);
    }
    return keys;
}
