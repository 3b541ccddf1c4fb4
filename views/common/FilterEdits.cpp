#include "views/common/FilterEdits.h"

#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

FilterEdits::FilterEdits(const QString &prefix, QWidget *parent)
    : QObject(parent)
    , m_user(new QLineEdit(parent))
    , m_network(new QLineEdit(parent))
    , m_country(new QLineEdit(parent))
    , m_device(new QLineEdit(parent))
{
    m_user->setObjectName(prefix + u"UserFilter"_s);
    m_user->setPlaceholderText(tr("Everybody"));
    m_user->setAccessibleName(tr("User's email address"));
    m_network->setObjectName(prefix + u"NetworkFilter"_s);
    m_network->setPlaceholderText(tr("203.0.113.7 or 10.20.0.0/16"));
    m_network->setAccessibleName(tr("IP address or range"));
    m_country->setObjectName(prefix + u"CountryFilter"_s);
    m_country->setPlaceholderText(tr("DE"));
    m_country->setMaxLength(2);
    m_country->setAccessibleName(tr("Country code"));
    m_country->setMaximumWidth(m_country->fontMetrics().horizontalAdvance(u"MMMM"_s) + 16);
    m_device->setObjectName(prefix + u"DeviceFilter"_s);
    m_device->setPlaceholderText(tr("Firefox, iPhone, …"));
    m_device->setAccessibleName(tr("Device or browser"));
    m_device->setToolTip(tr("Words, each somewhere in the user agent as the application recorded it: Edge "
                            "records itself as “Edg”, and every Chromium browser says “Chrome”."));
    m_typing.setSingleShot(true);
    m_typing.setInterval(300);
    connect(&m_typing, &QTimer::timeout, this, &FilterEdits::applyRequested);
    for (QLineEdit *edit : {m_user, m_network, m_country, m_device}) {
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            m_typing.stop();
            Q_EMIT applyRequested();
        });
    }
}

QLabel *FilterEdits::label(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QGridLayout *FilterEdits::layout(const QString &firstLabel, QWidget *first, const QString &secondLabel,
                                 QWidget *second)
{
    m_pageFields = {first, second};
    auto *grid = new QGridLayout;
    grid->addWidget(label(tr("U&ser:"), m_user), 0, 0);
    grid->addWidget(m_user, 0, 1);
    grid->addWidget(label(firstLabel, first), 0, 2);
    grid->addWidget(first, 0, 3);
    grid->addWidget(label(secondLabel, second), 0, 4);
    grid->addWidget(second, 0, 5);
    grid->addWidget(label(tr("&IP address:"), m_network), 1, 0);
    grid->addWidget(m_network, 1, 1);
    grid->addWidget(label(tr("C&ountry:"), m_country), 1, 2);
    grid->addWidget(m_country, 1, 3, Qt::AlignLeft);
    grid->addWidget(label(tr("&Device:"), m_device), 1, 4);
    grid->addWidget(m_device, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(5, 1);
    return grid;
}

FilterEdits::Offered FilterEdits::offer(const Capabilities &capabilities, Capabilities::Capability needed,
                                        QTableView *table, int locationColumn, int deviceColumn, int ipColumn)
{
    Offered offered;
    offered.available = capabilities.has(needed);
    m_user->setEnabled(offered.available);
    for (QWidget *field : std::as_const(m_pageFields))
        field->setEnabled(offered.available);
    // The column shows what the source records; the field searches by what it can be searched by.
    using Capability = Capabilities::Capability;
    const auto recorded = [&](QLineEdit *field, Capability searched, Capability shown, int column) {
        table->setColumnHidden(column, !capabilities.has(shown));
        const bool has = capabilities.has(searched);
        field->setEnabled(offered.available && has);
        field->setToolTip(has ? QString() : capabilities.reason(searched));
        return has;
    };
    if (recorded(m_network, Capability::Addresses, Capability::Addresses, ipColumn))
        offered.network = m_network->text().trimmed();
    if (recorded(m_country, Capability::SearchPlaces, Capability::Locations, locationColumn))
        offered.country = m_country->text().trimmed();
    if (recorded(m_device, Capability::Devices, Capability::Devices, deviceColumn))
        offered.device = m_device->text();
    return offered;
}

void FilterEdits::resolveUser(SessionSource *source, const std::function<void(const QString &)> &run,
                              const std::function<void(const QString &)> &refuse)
{
    const quint64 generation = m_generation;
    const QString email = m_user->text().trimmed();
    if (email.isEmpty())
        return run(QString());
    Futures::onResult(source->userByEmail(email), this,
                      [this, generation, run, refuse](const Result<User> &user) {
                          if (generation != m_generation)
                              return; // the filters changed meanwhile
                          if (!user.ok())
                              return refuse(user.error().text);
                          run(user.value().id);
                      });
}
