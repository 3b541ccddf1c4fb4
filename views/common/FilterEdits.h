#pragma once

#include "models/sources/Capabilities.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QWidget;
class SessionSource;

// The filter fields the Sign-ins and Sessions pages share: a user's email address, an IP address
// or CIDR range, a country code and device words. Edits ask to be applied once typing pauses, or at
// once with Enter (applyRequested). Object names are the prefix and the field: signInUserFilter.
class FilterEdits final : public QObject
{
    Q_OBJECT

public:
    FilterEdits(const QString &prefix, QWidget *parent);

    QLineEdit *user() const { return m_user; }
    QLineEdit *network() const { return m_network; }
    QLineEdit *country() const { return m_country; }
    QLineEdit *device() const { return m_device; }
    // A label for a field, its mnemonic giving the field the focus.
    static QLabel *label(const QString &text, QWidget *buddy);
    // The filters in two rows: user and the page's own two fields (first, second) above, address,
    // country and device below, each with its label. The page's fields are enabled with the rest.
    QGridLayout *layout(const QString &firstLabel, QWidget *first, const QString &secondLabel,
                        QWidget *second);
    // What a source lets these filters ask: the texts of the fields it can answer (empty for a
    // field whose data the source does not record).
    struct Offered
    {
        bool available = false; // the page's capability: every field usable, or none
        QString network;        // trimmed
        QString country;        // trimmed
        QString device;
    };
    // Enables the fields as capabilities allow the page (needed): a field for what the source does
    // not record (addresses, places, user agents) is disabled with the reason in its tooltip, its
    // column of table hidden and its text not offered.
    Offered offer(const Capabilities &capabilities, Capabilities::Capability needed, QTableView *table,
                  int locationColumn, int deviceColumn, int ipColumn);

    // The user the user field names, by id, to run(id) (empty: everybody). A name that is nobody
    // goes to refuse(why) instead, never ignored; an answer older than the latest call is dropped.
    void resolveUser(SessionSource *source, const std::function<void(const QString &)> &run,
                     const std::function<void(const QString &)> &refuse);
    // Applying now: typing no longer pending, and the answer of an earlier resolveUser dropped.
    void applying()
    {
        m_typing.stop();
        ++m_generation;
    }

Q_SIGNALS:
    void applyRequested();

private:
    QLineEdit *m_user = nullptr;
    QLineEdit *m_network = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_device = nullptr;
    QList<QWidget *> m_pageFields; // the page's own, laid out with these (layout())
    QTimer m_typing;
    quint64 m_generation = 0;
};
