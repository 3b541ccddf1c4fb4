#pragma once

#include "models/domain/LoginEvent.h"
#include "models/sources/Page.h"
#include "models/sources/Result.h"
#include "models/sources/SignInQuery.h"
#include "models/sources/keycloak/KeycloakDirectory.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>

// A Keycloak realm's login events (GET /events of types LOGIN and LOGIN_ERROR) as sign-in
// attempts. What Keycloak filters itself (the user, success or failure, whole days) is asked of
// it; the rest (an address or range, exact times) is applied here, over every event it returns,
// page by page. The events of one filter are kept for half a minute, so that the pages of one look
// (and an export) ask once; at most maxEvents are read for one filter, beyond that the operator is
// asked to narrow it.
class KeycloakLoginEvents final : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxEvents = 100'000;

    KeycloakLoginEvents(RestClient *client, KeycloakDirectory *directory, KeycloakDirectory::Api api,
                        QObject *parent = nullptr);

    // The page query asks for.
    QFuture<Result<Page<LoginEvent>>> page(const SignInQuery &query);
    // Reads afresh next time (the realm changed).
    void forget() { m_readAt = QDateTime(); }

private:
    // page with each row's user named (KeycloakDirectory: email, display name), those no listing
    // showed yet asked for first.
    QFuture<Result<Page<LoginEvent>>> named(Page<LoginEvent> page);
    // Every event Keycloak returns for what it can filter of query.
    QFuture<Result<QList<LoginEvent>>> read(const SignInQuery &query);

    RestClient *m_client = nullptr;
    KeycloakDirectory *m_directory = nullptr;
    KeycloakDirectory::Api m_api;
    SignInQuery m_read; // the filters of what m_events holds (cursor, limit and order left out)
    QList<LoginEvent> m_events;
    QDateTime m_readAt; // invalid: read again
};
