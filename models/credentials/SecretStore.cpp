#include "models/credentials/SecretStore.h"

#include "models/Logging.h"
#include "models/sources/Futures.h"

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

using Futures::settle;
using Futures::started;

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

QString SecretStore::service()
{
    return u"SessionDesk"_s;
}

SourceError SecretStore::keychainError(int code, const QString &text) const
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return {SourceError::Code::NotFound, tr("The system keychain holds no secret for this connection."),
                text};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {
            SourceError::Code::PermissionDenied,
            tr("The system keychain refused access (%1). Unlock it, or keep the secret for this run only.")
                .arg(text),
            text};
    default:
        return {SourceError::Code::Unsupported,
                tr("No system keychain can be used (%1). SessionDesk never writes secrets to a file: keep "
                   "it for this run only, or start a keyring such as GNOME Keyring.")
                    .arg(text),
                text};
    }
}

QFuture<Result<QString>> SecretStore::read(const QString &key)
{
    if (m_thisRun.contains(key))
        return QtFuture::makeReadyFuture(Result<QString>(m_thisRun.value(key)));
    auto promise = started<QString>();
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, promise, job] {
        if (job->error() != QKeychain::NoError) {
            qCInfo(lcKeychain) << "reading" << job->key() << "failed:" << job->error() << job->errorString();
            return settle(*promise, Result<QString>(keychainError(job->error(), job->errorString())));
        }
        settle(*promise, Result<QString>(job->textData()));
    });
    job->start();
    return promise->future();
}

QFuture<Result<bool>> SecretStore::write(const QString &key, const QString &secret)
{
    auto promise = started<bool>();
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, promise, job] {
        if (job->error() != QKeychain::NoError) {
            qCInfo(lcKeychain) << "writing" << job->key() << "failed:" << job->error() << job->errorString();
            return settle(*promise, Result<bool>(keychainError(job->error(), job->errorString())));
        }
        m_thisRun.remove(job->key());
        settle(*promise, Result<bool>(true));
    });
    job->start();
    return promise->future();
}

QFuture<Result<bool>> SecretStore::remove(const QString &key)
{
    m_thisRun.remove(key);
    auto promise = started<bool>();
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, promise, job] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            qCInfo(lcKeychain) << "removing" << job->key() << "failed:" << job->error() << job->errorString();
            return settle(*promise, Result<bool>(keychainError(job->error(), job->errorString())));
        }
        settle(*promise, Result<bool>(true));
    });
    job->start();
    return promise->future();
}
