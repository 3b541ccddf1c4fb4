#pragma once

#include "CliCommand.h"

// sessiondesk-cli audit list, verify, checkpoint, export and sessions: the audit trail.
class AuditCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    // The audit filter options shared by audit list and audit export, read into a query; false
    // (with *exitCode set) when one is malformed.
    static QList<QCommandLineOption> auditFilterOptions();
    bool auditQueryFrom(const QCommandLineParser &parser, AuditQuery &query, int *exitCode);
    // A user or operator the filter names that the store does not know: a typing mistake is
    // refused rather than read as "no entries".
    std::optional<SourceError> unknownInFilter(const AuditQuery &query);
    int auditList(const QStringList &arguments);
    int auditVerify(const QStringList &arguments);
    int auditCheckpoint(const QStringList &arguments);
    int auditExport(const QStringList &arguments);
    int auditSessions(const QStringList &arguments);
};
