#include "models/Logging.h"

// Warnings and above by default; errors travel as values and are reported by whoever shows them.
Q_LOGGING_CATEGORY(lcSql, "sessiondesk.source.sql", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRest, "sessiondesk.source.rest", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudit, "sessiondesk.audit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "sessiondesk.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSchedule, "sessiondesk.schedule", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPlaces, "sessiondesk.places", QtWarningMsg)
