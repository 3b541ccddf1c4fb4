#include "models/places/PlaceFiles.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

QSettings placesSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, u"SessionDesk"_s, u"places"_s);
}

// The first .mmdb file in the usual folders whose name holds one of words, in any case.
QString firstFound(const QStringList &words)
{
    for (const QString &folder : PlaceFiles::usualFolders()) {
        const QStringList names =
            QDir(folder).entryList({u"*.mmdb"_s}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names) {
            for (const QString &word : words) {
                if (name.contains(word, Qt::CaseInsensitive))
                    return QDir(folder).filePath(name);
            }
        }
    }
    return {};
}

} // namespace

PlaceFiles PlaceFiles::chosen()
{
    const QSettings settings = placesSettings();
    return {settings.value(u"cityDatabase"_s).toString(), settings.value(u"asnDatabase"_s).toString()};
}

void PlaceFiles::choose(const PlaceFiles &files)
{
    QSettings settings = placesSettings();
    const auto keep = [&settings](const QString &key, const QString &file) {
        if (file.trimmed().isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, file.trimmed());
    };
    keep(u"cityDatabase"_s, files.city);
    keep(u"asnDatabase"_s, files.asn);
}

PlaceFiles PlaceFiles::found()
{
    return {firstFound({u"city"_s, u"country"_s}), firstFound({u"asn"_s})};
}

PlaceFiles PlaceFiles::inUse(const PlaceFiles &given)
{
    const PlaceFiles saved = chosen();
    PlaceFiles files{given.city.isEmpty() ? saved.city : given.city,
                     given.asn.isEmpty() ? saved.asn : given.asn};
    if (files.city.isEmpty() || files.asn.isEmpty()) {
        const PlaceFiles usual = found();
        if (files.city.isEmpty())
            files.city = usual.city;
        if (files.asn.isEmpty())
            files.asn = usual.asn;
    }
    return files;
}

QStringList PlaceFiles::usualFolders()
{
    QStringList folders;
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        folders << QDir(data).filePath(u"GeoIP"_s);
    folders << u"/var/lib/GeoIP"_s;
    folders.removeDuplicates();
    return folders;
}
