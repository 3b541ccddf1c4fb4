#include "models/places/PlaceFiles.h"

#include "models/places/PlaceDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

QSettings placesSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, u"SessionDesk"_s, u"places"_s);
}

// The first .mmdb file in the usual folders whose name holds one of words, in any case, that is a
// database holding what it should (one that is not is passed over).
QString firstFound(const QStringList &words, PlaceDatabase::Holds holds)
{
    for (const QString &folder : PlaceFiles::usualFolders()) {
        const QStringList names =
            QDir(folder).entryList({u"*.mmdb"_s}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names) {
            const bool named = std::any_of(words.begin(), words.end(), [&name](const QString &word) {
                return name.contains(word, Qt::CaseInsensitive);
            });
            if (!named)
                continue;
            QString error;
            const QString path = QDir(folder).filePath(name);
            if (const auto database = PlaceDatabase::open(path, &error);
                database && database->holds() == holds)
                return path;
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
        else // a relative name would mean another file from another folder
            settings.setValue(key, QFileInfo(file.trimmed()).absoluteFilePath());
    };
    keep(u"cityDatabase"_s, files.city);
    keep(u"asnDatabase"_s, files.asn);
}

PlaceFiles PlaceFiles::found()
{
    return {firstFound({u"city"_s, u"country"_s}, PlaceDatabase::Holds::Places),
            firstFound({u"asn"_s}, PlaceDatabase::Holds::Networks)};
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
