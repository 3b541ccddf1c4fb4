#pragma once

#include "models/connections/ConnectionProfiles.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class SecretStore;
class SessionSource;

// The saved connections: add, edit, remove, test and switch to one. Addresses go to the user's
// settings; a password typed here goes to the system keychain only (SecretStore), and when the
// keychain refuses, the dialog says so and keeps nothing.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionsDialog(QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

Q_SIGNALS:
    // The user chose to work on this connection now.
    void connectRequested(const QString &name);
    // A test finished; the status line says how.
    void tested(bool ok);

private:
    void reload(const QString &select = {});
    void showSelected();
    void save();
    void removeSelected();
    void test();
    // Trusts the certificate the last test refused, for the selected connection.
    void trustRefused();
    void setStatus(const QString &text, bool ok);
    // The kind and the dialect options shown follow the address as typed; choosing a kind for an
    // address of another kind starts from its example.
    void followAddress();
    void chooseKind(int index);
    void setUserPath(const QString &path);
    // Opens a source on the address with the password and reports what it says.
    void testWith(const QString &url, const QString &password);

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_userPath = nullptr; // connect-pg-simple: the userPath in the address
    QLineEdit *m_password = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_trust = nullptr;
    QString m_refused; // the fingerprint of the certificate the last test refused
    SecretStore *m_keychain = nullptr;
    std::unique_ptr<SessionSource> m_testing; // the source a test opened, until the next
};
