#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

// Asks for the password of a connection; for a saved connection it also offers to keep the
// password in the system keychain (never in a file).
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &title, const QString &prompt, bool offerToRemember,
                   QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};
