#pragma once

#include "models/domain/AuditEntry.h"
#include "models/domain/Operator.h"
#include "models/sources/AuditVerification.h"
#include "models/sources/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Writes audit entries to files a compliance officer can hand over: CSV (RFC 4180, UTF-8, a
// header row) and a PDF report. Files are written whole or not at all.
class QIODevice;

class AuditExporter final
{
    Q_DECLARE_TR_FUNCTIONS(AuditExporter)

public:
    // What the PDF's first page says about the export.
    struct Report
    {
        QString source; // the store
        QString filter; // the filter in words
        QString order;  // the sort in words
        Operator exportedBy;
        QDateTime at;
        AuditVerification verification; // the chain at export time, with its head hash
    };

    static QStringList csvHeader();
    // The chain's state in one sentence, with the head the export covers: what a file says of
    // the trail it came from.
    static QString verificationText(const AuditVerification &verification);
    // The entries, then a last record ("verification", the sentence) that a spreadsheet shows,
    // written to out (the file at path, named in errors).
    static std::optional<SourceError> writeCsv(QIODevice &out, const QString &path,
                                               const QList<AuditEntry> &entries,
                                               const AuditVerification &verification);
    // Returns the number of pages written.
    static Result<int> writePdf(QIODevice &out, const QString &path, const QList<AuditEntry> &entries,
                                const Report &report);
};
