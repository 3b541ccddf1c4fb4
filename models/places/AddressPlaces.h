#pragma once

#include "models/domain/LoginEvent.h"
#include "models/domain/Origin.h"
#include "models/domain/Session.h"
#include "models/places/PlaceDatabase.h"
#include "models/places/PlaceFiles.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>
#include <QtConcurrent>

#include <memory>

// The places and networks of addresses, for sources that record an address but no place
// (better-auth, Keycloak, the application tables): a city database and an ASN database, each
// optional, their answers kept by address. Safe to use from any thread.
class AddressPlaces final
{
    Q_DECLARE_TR_FUNCTIONS(AddressPlaces)

public:
    // The databases files names; problems gets one sentence for each named file that cannot be
    // used (that kind then stays without).
    static std::shared_ptr<const AddressPlaces> open(const PlaceFiles &files, QStringList *problems);

    bool hasPlaces() const { return m_places != nullptr; }
    bool hasNetworks() const { return m_networks != nullptr; }
    // The databases, for the settings to describe; null where there is none.
    const PlaceDatabase *places() const { return m_places.get(); }
    const PlaceDatabase *networks() const { return m_networks.get(); }

    // Fills what origin lacks from its address: the place where it records none (marked
    // placeFromAddress), the network where it names none. Places a store records win.
    void fill(Origin &origin) const;
    void fill(QList<Session> &sessions) const;
    void fill(QList<LoginEvent> &events) const;
    // items (sessions or sign-ins) filled on a worker thread, for sources whose answers arrive on
    // the GUI thread: a first lookup may wait for the disk. At once where places is null.
    template<typename T>
    static QFuture<QList<T>> placed(const std::shared_ptr<const AddressPlaces> &places, QList<T> items)
    {
        if (!places)
            return QtFuture::makeReadyFuture(items);
        return QtConcurrent::run([places, items]() mutable {
            places->fill(items);
            return items;
        });
    }

    // What a city database would add to source (named), for a capability's reason where there is none.
    static QString withoutPlaces(const QString &source);

private:
    AddressPlaces(std::unique_ptr<PlaceDatabase> places, std::unique_ptr<PlaceDatabase> networks);
    PlaceDatabase::Found found(const QString &address) const;

    std::unique_ptr<PlaceDatabase> m_places;
    std::unique_ptr<PlaceDatabase> m_networks;
    mutable QMutex m_mutex;
    mutable QHash<QString, PlaceDatabase::Found> m_known; // by address as the source wrote it
};
