#pragma once

#include "models/sources/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

// Passwords, bearer tokens and client secrets, in the system keychain only (QtKeychain: the Secret
// Service on Linux), never in a file: QtKeychain's insecure file fallback stays off. When no
// keychain can be used (no Secret Service, a locked keyring), the error says so plainly and the
// caller may keep the secret for this run only, in memory. Jobs are asynchronous; nothing here
// logs a secret. A job has no parent and deletes itself once finished: QtKeychain's libsecret
// backend calls back into the job when the Secret Service answers, so a job deleted with its
// parent before then crashed the program (QtKeychain issue 261; seen in tst_connectionsdialog).
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject *parent = nullptr);

    // The secret stored under key (in this run's memory first); NotFound when there is none.
    QFuture<Result<QString>> read(const QString &key);
    QFuture<Result<bool>> write(const QString &key, const QString &secret);
    // Removes the secret from the keychain and from this run's memory; none there is no error.
    QFuture<Result<bool>> remove(const QString &key);
    // After the keychain failed and the user agreed: the secret lives in memory until the program ends.
    void keepForThisRun(const QString &key, const QString &secret) { m_thisRun.insert(key, secret); }

    // The service name the keychain files the secrets under.
    static QString service();

private:
    SourceError keychainError(int code, const QString &text) const;

    QHash<QString, QString> m_thisRun;
};
