#pragma once

#include <QLoggingCategory>

// One logging category per area (enable with QT_LOGGING_RULES="sessiondesk.*.debug=true").
// Nothing logged anywhere may contain a password, token or other secret.
Q_DECLARE_LOGGING_CATEGORY(lcSql)      // sessiondesk.source.sql
Q_DECLARE_LOGGING_CATEGORY(lcRest)     // sessiondesk.source.rest
Q_DECLARE_LOGGING_CATEGORY(lcAudit)    // sessiondesk.audit
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // sessiondesk.keychain
Q_DECLARE_LOGGING_CATEGORY(lcSchedule) // sessiondesk.schedule
Q_DECLARE_LOGGING_CATEGORY(lcPlaces)   // sessiondesk.places
