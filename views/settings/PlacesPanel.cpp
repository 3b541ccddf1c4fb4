#include "views/settings/PlacesPanel.h"

#include "models/places/AddressPlaces.h"
#include "models/places/PlaceFiles.h"
#include "models/sources/Futures.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace {

// What one check found of one kind of database: the file (named, else found), its description, or
// why it cannot be used.
struct Checked
{
    QString file;
    QString description;
    QString problem;
};

// Each kind on its own, so that a problem stays with its file.
QList<Checked> checkFiles(const PlaceFiles &named)
{
    const PlaceFiles found = PlaceFiles::found();
    const PlaceFiles files{named.city.isEmpty() ? found.city : named.city,
                           named.asn.isEmpty() ? found.asn : named.asn};
    QList<Checked> checked;
    for (const PlaceFiles &one : {PlaceFiles{files.city, {}}, PlaceFiles{{}, files.asn}}) {
        QStringList problems;
        const auto places = AddressPlaces::open(one, &problems);
        const PlaceDatabase *database = places->places() ? places->places() : places->networks();
        checked.append({one.city.isEmpty() ? one.asn : one.city,
                        database ? database->description() : QString(), problems.join(u' ')});
    }
    return checked;
}

} // namespace

PlacesPanel::PlacesPanel(QWidget *parent)
    : QGroupBox(tr("Places (this computer)"), parent)
{
    auto *about = new QLabel(
        tr("For sources that record an IP address but no place (better-auth, Keycloak, application tables), "
           "SessionDesk looks the addresses up in databases in MaxMind's format: the Location and Network "
           "columns, and the rules that need places. Kept on this computer for every connection; a change "
           "applies from SessionDesk's next start."),
        this);
    about->setWordWrap(true);
    auto *form = new QFormLayout;
    m_city = addRow(form, u"City"_s, tr("&City database:"), tr("GeoLite2-City.mmdb, dbip-city-lite.mmdb"));
    m_asn = addRow(form, u"Asn"_s, tr("&ASN database:"), tr("GeoLite2-ASN.mmdb, dbip-asn-lite.mmdb"));
    m_inUse = new QLabel(this);
    m_inUse->setObjectName(u"placesInUse"_s);
    m_inUse->setWordWrap(true);
    m_inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inUse->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_inUse);
    layout->addLayout(form);

    const PlaceFiles chosen = PlaceFiles::chosen();
    m_city.file->setText(chosen.city);
    m_asn.file->setText(chosen.asn);
    check();
}

void PlacesPanel::showInUse(const AddressPlaces *places)
{
    QStringList used;
    for (const PlaceDatabase *database :
         {places ? places->places() : nullptr, places ? places->networks() : nullptr}) {
        if (database)
            used << tr("%1 (%2)").arg(database->description(), QDir::toNativeSeparators(database->path()));
    }
    m_inUse->setText(used.isEmpty() ? tr("This run looks up no places or networks.")
                                    : tr("This run uses: %1.").arg(used.join(u"; "_s)));
    m_inUse->show();
}

PlacesPanel::Row PlacesPanel::addRow(QFormLayout *form, const QString &name, const QString &label,
                                     const QString &placeholder)
{
    Row row;
    row.file = new QLineEdit(this);
    row.file->setObjectName(u"places"_s + name + u"File"_s);
    row.file->setPlaceholderText(placeholder);
    row.file->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    row.status = new QLabel(this);
    row.status->setObjectName(u"places"_s + name + u"Status"_s);
    row.status->setWordWrap(true);
    row.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *line = new QHBoxLayout;
    line->addWidget(row.file, 1);
    line->addWidget(browse);
    auto *field = new QVBoxLayout;
    field->addLayout(line);
    field->addWidget(row.status);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(row.file);
    form->addRow(caption, field);
    browse->setAccessibleName(tr("Browse for the %1").arg(QString(label).remove(u'&').remove(u':')));

    connect(row.file, &QLineEdit::editingFinished, this, &PlacesPanel::check);
    connect(browse, &QPushButton::clicked, this, [this, file = row.file] {
        const QString start = file->text().isEmpty() ? u"/usr/share/GeoIP"_s : QFileInfo(file->text()).path();
        const QString picked = QFileDialog::getOpenFileName(this, tr("Choose a MaxMind DB file"), start,
                                                            tr("MaxMind DB files (*.mmdb);;All files (*)"));
        if (picked.isEmpty())
            return;
        file->setText(picked);
        check();
    });
    return row;
}

void PlacesPanel::check()
{
    const PlaceFiles named{m_city.file->text().trimmed(), m_asn.file->text().trimmed()};
    const quint64 generation = ++m_generation;
    for (const Row &row : {m_city, m_asn})
        row.status->setText(tr("Checking…"));
    Futures::onResult(
        QtConcurrent::run(checkFiles, named), this, [this, named, generation](const QList<Checked> &checked) {
            if (generation != m_generation)
                return;
            bool usable = true;
            const bool wasNamed[] = {!named.city.isEmpty(), !named.asn.isEmpty()};
            const Row rows[] = {m_city, m_asn};
            for (int i = 0; i < 2; ++i) {
                const Checked &one = checked.at(i);
                QString text;
                if (!one.problem.isEmpty())
                    text = tr("Cannot be used: %1").arg(one.problem);
                else if (one.file.isEmpty())
                    text = tr("None found in %1: addresses are shown without it.")
                               .arg(PlaceFiles::usualFolders().join(u", "_s));
                else
                    text =
                        wasNamed[i]
                            ? one.description
                            : tr("%1 (found: %2)").arg(one.description, QDir::toNativeSeparators(one.file));
                rows[i].status->setText(text);
                usable = usable && (one.problem.isEmpty() || !wasNamed[i]);
            }
            // A file that cannot be used is not kept; what was kept is not written again.
            if (usable && named != PlaceFiles::chosen())
                PlaceFiles::choose(named);
        });
}
