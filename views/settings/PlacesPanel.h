#pragma once

#include <QGroupBox>

class AddressPlaces;
class QLabel;
class QLineEdit;

// Settings › Places: the MaxMind-format databases that name the places and networks of the
// addresses of sources that record none (better-auth, Keycloak, the application tables). Kept on
// this computer for every store (PlaceFiles), not in the store; each file is checked when chosen,
// off the GUI thread, and one that cannot be used is refused with the reason.
class PlacesPanel final : public QGroupBox
{
    Q_OBJECT

public:
    explicit PlacesPanel(QWidget *parent = nullptr);

    // Says which databases this run uses (chosen, given with --geoip-city/--geoip-asn, or found
    // when it started), which a change here does not alter until the next start.
    void showInUse(const AddressPlaces *places);

private:
    struct Row
    {
        QLineEdit *file = nullptr;
        QLabel *status = nullptr;
    };
    // The file field with its Browse button and the status line under it, in the form's layout.
    // name: "city" or "asn", for the fields' object names (placesCityFile, placesCityStatus).
    Row addRow(class QFormLayout *form, const QString &name, const QString &label,
               const QString &placeholder);
    // Checks what the fields name (or, empty, what is found), shows each file's state and keeps
    // the choice once every named file can be used.
    void check();

    QLabel *m_inUse = nullptr;
    Row m_city;
    Row m_asn;
    quint64 m_generation = 0; // the latest check; an older one's answer is dropped
};
