#include "models/connections/ConnectionProfiles.h"

#include "models/connections/SourceFactory.h"

#include <QSettings>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString group = u"connections"_s;

// ~/.config/SessionDesk/connections.ini. Earlier versions named no organisation, so that Qt put
// the connections under "Unknown Organization": they move here the first time.
std::unique_ptr<QSettings> openSettings()
{
    auto settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, u"SessionDesk"_s,
                                                u"connections"_s);
    if (settings->childGroups().isEmpty()) {
        QSettings earlier(QSettings::NativeFormat, QSettings::UserScope, u"Unknown Organization"_s,
                          u"SessionDesk"_s);
        const QStringList keys = earlier.allKeys();
        for (const QString &key : keys) {
            if (key.startsWith(group + u'/'))
                settings->setValue(key, earlier.value(key));
        }
        if (!keys.isEmpty()) {
            settings->sync();
            earlier.remove(group);
        }
    }
    return settings;
}

} // namespace

QList<ConnectionProfile> ConnectionProfiles::all()
{
    const auto settings = openSettings();
    settings->beginGroup(group);
    QList<ConnectionProfile> profiles;
    for (const QString &key : settings->childGroups()) {
        settings->beginGroup(key);
        profiles.append({settings->value(u"name"_s).toString(), settings->value(u"url"_s).toString(),
                         settings->value(u"trustedCertificate"_s).toString()});
        settings->endGroup();
    }
    std::sort(profiles.begin(), profiles.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return profiles;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &name)
{
    for (const ConnectionProfile &profile : all()) {
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

Result<ConnectionProfile> ConnectionProfiles::save(const ConnectionProfile &profile)
{
    ConnectionProfile saved{profile.name.trimmed(), profile.url.trimmed(),
                            profile.trustedCertificate.trimmed()};
    if (saved.name.isEmpty())
        return SourceError{SourceError::Code::InvalidInput, tr("Give the connection a name."), {}};
    if (const auto target = SourceFactory::target(saved.url); !target.ok())
        return target.error();
    if (const auto existing = find(saved.name))
        remove(existing->name);
    const auto settings = openSettings();
    settings->beginGroup(group);
    // The group's key is the name made safe for any settings format; the name itself is a value.
    settings->beginGroup(QString::fromLatin1(saved.name.toUtf8().toHex()));
    settings->setValue(u"name"_s, saved.name);
    settings->setValue(u"url"_s, saved.url);
    if (!saved.trustedCertificate.isEmpty())
        settings->setValue(u"trustedCertificate"_s, saved.trustedCertificate);
    return saved;
}

void ConnectionProfiles::remove(const QString &name)
{
    const auto existing = find(name);
    if (!existing)
        return;
    const auto settings = openSettings();
    settings->beginGroup(group);
    settings->remove(QString::fromLatin1(existing->name.toUtf8().toHex()));
}

QString ConnectionProfiles::secretKey(const QString &name)
{
    return u"connection/"_s + name.trimmed();
}
