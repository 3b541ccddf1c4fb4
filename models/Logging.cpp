#include "Logging.h"

Q_LOGGING_CATEGORY(lcSql, "sessiondesk.source.sql")
Q_LOGGING_CATEGORY(lcDemo, "sessiondesk.demo")
Q_LOGGING_CATEGORY(lcModels, "sessiondesk.itemmodels")
