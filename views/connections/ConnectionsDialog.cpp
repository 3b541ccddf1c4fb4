#include "views/connections/ConnectionsDialog.h"

#include "models/connections/SourceFactory.h"
#include "models/credentials/SecretStore.h"
#include "models/sources/Futures.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ConnectionsDialog::ConnectionsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_userPath(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_connect(new QPushButton(tr("C&onnect"), this))
    , m_trust(new QPushButton(tr("T&rust This Certificate"), this))
    , m_keychain(new SecretStore(this))
{
    setObjectName(u"connectionsDialog"_s);
    setWindowTitle(tr("Connections"));
    m_list->setObjectName(u"connectionsList"_s);
    m_list->setAccessibleName(tr("Saved connections"));
    m_name->setObjectName(u"connectionNameEdit"_s);
    m_url->setObjectName(u"connectionUrlEdit"_s);
    m_url->setPlaceholderText(u"postgresql://user@host:5432/db?sslmode=verify-full"_s);
    m_url->setToolTip(tr("The source's address, as --connect takes it: host, port, database or realm, who "
                         "signs in, TLS and dialect options in the query. Never a password."));
    m_kind->setObjectName(u"connectionKindCombo"_s);
    for (const SourceFactory::Kind &kind : SourceFactory::kinds())
        m_kind->addItem(kind.name, kind.scheme);
    m_userPath->setObjectName(u"connectionUserPathEdit"_s);
    m_userPath->setPlaceholderText(u"passport.user"_s);
    m_userPath->setToolTip(tr("Where the application keeps the user in the session's JSON (sess): keys "
                              "joined by dots, such as userId or passport.user"));
    m_url->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 36);
    m_password->setObjectName(u"connectionPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setObjectName(u"connectionStatus"_s);
    m_status->setWordWrap(true);
    m_remove->setObjectName(u"removeConnectionButton"_s);
    m_test->setObjectName(u"testConnectionButton"_s);
    m_connect->setObjectName(u"connectButton"_s);
    m_trust->setObjectName(u"trustCertificateButton"_s);
    m_trust->setToolTip(tr("Trust the certificate with the fingerprint shown, for this connection only"));
    m_trust->hide();
    auto *add = new QPushButton(tr("&New"), this);
    add->setObjectName(u"newConnectionButton"_s);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(u"saveConnectionButton"_s);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Address:"), m_url);
    m_form->addRow(tr("&User in session:"), m_userPath);
    m_form->addRow(tr("&Password:"), m_password);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {add, saveButton, m_remove, m_test})
        actions->addWidget(button);
    actions->addStretch();
    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addLayout(actions);
    right->addWidget(m_status);
    right->addWidget(m_trust, 0, Qt::AlignLeft);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::showSelected);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionsDialog::followAddress);
    connect(m_kind, &QComboBox::activated, this, &ConnectionsDialog::chooseKind);
    connect(m_userPath, &QLineEdit::textEdited, this, &ConnectionsDialog::setUserPath);
    followAddress();
    connect(add, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        m_name->clear();
        m_url->clear();
        m_password->clear();
        m_name->setFocus();
    });
    connect(saveButton, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::test);
    connect(m_trust, &QPushButton::clicked, this, &ConnectionsDialog::trustRefused);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_list->currentItem())
            Q_EMIT connectRequested(m_list->currentItem()->text());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::reload(const QString &select)
{
    m_list->clear();
    for (const ConnectionProfile &profile : ConnectionProfiles::all())
        m_list->addItem(profile.name);
    const auto found = m_list->findItems(select, Qt::MatchFixedString);
    m_list->setCurrentRow(found.isEmpty() ? (m_list->count() > 0 ? 0 : -1) : m_list->row(found.first()));
    showSelected();
}

void ConnectionsDialog::showSelected()
{
    m_trust->hide();
    const bool selected = m_list->currentItem() != nullptr;
    const auto profile = selected ? ConnectionProfiles::find(m_list->currentItem()->text()) : std::nullopt;
    m_name->setText(profile ? profile->name : QString());
    m_url->setText(profile ? profile->url : QString());
    m_password->clear();
    for (QPushButton *button : {m_remove, m_connect})
        button->setEnabled(selected);
}

void ConnectionsDialog::followAddress()
{
    const QString url = m_url->text();
    const int kind = SourceFactory::kindOf(url);
    if (kind >= 0)
        m_kind->setCurrentIndex(kind);
    const bool sessionJson = m_kind->currentData().toString() == u"connect-pg-simple+postgresql";
    m_form->setRowVisible(m_userPath, sessionJson);
    if (sessionJson && !m_userPath->hasFocus())
        m_userPath->setText(QUrlQuery(QUrl(url)).queryItemValue(u"userPath"_s, QUrl::FullyDecoded));
    // A file opened with this computer account's permissions has no password to keep.
    const auto target = SourceFactory::target(url);
    const bool password = !target.ok() || target.value().needsPassword;
    m_password->setEnabled(password);
    m_password->setPlaceholderText(password
                                       ? tr("Kept in the system keychain; empty keeps the saved one")
                                       : tr("None: the file is opened with this computer account's rights"));
}

void ConnectionsDialog::chooseKind(int index)
{
    if (SourceFactory::kindOf(m_url->text()) == index)
        return;
    m_url->setText(SourceFactory::kinds().at(index).example);
    m_url->setFocus();
}

void ConnectionsDialog::setUserPath(const QString &path)
{
    QUrl url(m_url->text());
    QUrlQuery query(url);
    query.removeAllQueryItems(u"userPath"_s);
    if (!path.trimmed().isEmpty())
        query.addQueryItem(u"userPath"_s, path.trimmed());
    url.setQuery(query);
    m_url->setText(url.toString());
}

void ConnectionsDialog::setStatus(const QString &text, bool ok)
{
    m_status->setText(text);
    m_status->setStyleSheet(ok ? u"QLabel { color: #26734d; }"_s : u"QLabel { color: #a51d2d; }"_s);
}

void ConnectionsDialog::save()
{
    const QString password = m_password->text(); // showing the saved entry clears the field
    // A certificate trusted for the selected connection stays trusted.
    const auto selected =
        m_list->currentItem() ? ConnectionProfiles::find(m_list->currentItem()->text()) : std::nullopt;
    const auto saved = ConnectionProfiles::save(
        {m_name->text(), m_url->text(), selected ? selected->trustedCertificate : QString()});
    if (!saved.ok())
        return setStatus(saved.error().text, false);
    // Renamed: the old name and its password go.
    if (m_list->currentItem() &&
        m_list->currentItem()->text().compare(saved.value().name, Qt::CaseInsensitive) != 0) {
        const QString old = m_list->currentItem()->text();
        ConnectionProfiles::remove(old);
        m_keychain->remove(ConnectionProfiles::secretKey(old));
    }
    reload(saved.value().name);
    if (password.isEmpty())
        return setStatus(tr("Saved %1.").arg(saved.value().name), true);
    Futures::onResult(
        m_keychain->write(ConnectionProfiles::secretKey(saved.value().name), password), this,
        [this, name = saved.value().name](const Result<bool> &kept) {
            setStatus(kept.ok() ? tr("Saved %1; its password is in the system keychain.").arg(name)
                                : tr("Saved %1, but not its password: %2").arg(name, kept.error().text),
                      kept.ok());
        });
}

void ConnectionsDialog::removeSelected()
{
    if (!m_list->currentItem())
        return;
    const QString name = m_list->currentItem()->text();
    if (QMessageBox::question(
            this, tr("Remove %1").arg(name),
            tr("Forget the connection %1 and its password in the system keychain?").arg(name)) !=
        QMessageBox::Yes)
        return;
    ConnectionProfiles::remove(name);
    Futures::onResult(m_keychain->remove(ConnectionProfiles::secretKey(name)), this,
                      [this, name](const Result<bool> &removed) {
                          setStatus(removed.ok()
                                        ? tr("Removed %1.").arg(name)
                                        : tr("Removed %1; its password could not be removed from the "
                                             "keychain: %2")
                                              .arg(name, removed.error().text),
                                    removed.ok());
                      });
    reload();
}

void ConnectionsDialog::trustRefused()
{
    const auto profile =
        m_list->currentItem() ? ConnectionProfiles::find(m_list->currentItem()->text()) : std::nullopt;
    if (!profile || m_refused.isEmpty())
        return;
    const auto saved = ConnectionProfiles::save({profile->name, profile->url, m_refused});
    m_trust->hide();
    setStatus(saved.ok()
                  ? tr("%1 now trusts the certificate %2 (and no other that the system does not trust). "
                       "Test again.")
                        .arg(profile->name, m_refused)
                  : saved.error().text,
              saved.ok());
}

void ConnectionsDialog::test()
{
    const QString url = m_url->text().trimmed();
    setStatus(tr("Connecting…"), true);
    if (!m_password->text().isEmpty() || !m_list->currentItem())
        return testWith(url, m_password->text());
    Futures::onResult(m_keychain->read(ConnectionProfiles::secretKey(m_list->currentItem()->text())), this,
                      [this, url](const Result<QString> &stored) {
                          testWith(url, stored.ok() ? stored.value() : QString());
                      });
}

void ConnectionsDialog::testWith(const QString &url, const QString &password)
{
    const auto report = [this](const SourceError *error) {
        if (error)
            setStatus(error->text, false);
        else
            setStatus(tr("Connected to %1 (%2).")
                          .arg(m_testing->description(), m_testing->currentOperator().roleDescription()),
                      true);
        Q_EMIT tested(error == nullptr);
    };
    const auto target = SourceFactory::target(url);
    if (!target.ok())
        return report(&target.error());
    const auto profile =
        m_list->currentItem() ? ConnectionProfiles::find(m_list->currentItem()->text()) : std::nullopt;
    m_testing =
        SourceFactory::create(url, {password, profile ? profile->trustedCertificate : QString()}, 0, nullptr);
    Futures::onResult(m_testing->signIn(), this, [this, report](const Result<Operator> &opened) {
        report(opened.ok() ? nullptr : &opened.error());
        // A certificate the system does not trust: its fingerprint is in the message; the user may
        // trust it for this connection, explicitly.
        m_refused = opened.ok() ? QString() : m_testing->refusedCertificate();
        m_trust->setVisible(!m_refused.isEmpty() && m_list->currentItem());
        m_testing->signOut(); // a test leaves no session behind at the server
    });
}
