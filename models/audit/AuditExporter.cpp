#include "models/audit/AuditExporter.h"

#include "models/audit/AuditText.h"
#include "models/domain/DisplayFormat.h"
#include "models/exports/Csv.h"

#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QStringList csvFields(const AuditEntry &e)
{
    return {QString::number(e.id),
            isoTime(e.at),
            e.operatorId,
            e.osAccount,
            e.host,
            e.action,
            e.targetUser,
            e.targetUserEmail,
            e.targetSession,
            QString::number(e.count),
            e.reason,
            e.ticket,
            e.outcome,
            e.oldValue,
            e.newValue,
            e.prevHash,
            e.hash,
            AuditText::action(e.action),
            AuditText::change(e)};
}

SourceError fileError(const QString &path, const QString &why)
{
    return SourceError{
        SourceError::Code::Failed, AuditExporter::tr("Cannot write %1: %2").arg(path, why), {}};
}

} // namespace

QStringList AuditExporter::csvHeader()
{
    return {u"id"_s,        u"time"_s,        u"operator"_s,        u"os_account"_s,     u"host"_s,
            u"action"_s,    u"target_user"_s, u"target_email"_s,    u"target_session"_s, u"count"_s,
            u"reason"_s,    u"ticket"_s,      u"outcome"_s,         u"old_value"_s,      u"new_value"_s,
            u"prev_hash"_s, u"hash"_s,        u"action_in_words"_s, u"change_in_words"_s};
}

QString AuditExporter::verificationText(const AuditVerification &verification)
{
    if (!verification.intact)
        return tr("The audit trail is BROKEN at entry %1: %2 (verified %3)")
            .arg(DisplayFormat::count(verification.firstBadId), verification.problem,
                 DisplayFormat::exactTime(verification.verifiedAt));
    return tr("The audit trail is intact as of entry %1, head hash %2 (verified %3)")
        .arg(DisplayFormat::count(verification.entries), verification.headHash,
             DisplayFormat::exactTime(verification.verifiedAt));
}

std::optional<SourceError> AuditExporter::writeCsv(QIODevice &out, const QString &path,
                                                   const QList<AuditEntry> &entries,
                                                   const AuditVerification &verification)
{
    QString text = Csv::record(csvHeader());
    for (const AuditEntry &entry : entries)
        text += Csv::record(csvFields(entry));
    // As many fields as every other record (RFC 4180), the first two saying what the trail is.
    QStringList last{u"verification"_s, verificationText(verification)};
    last.resize(csvHeader().size());
    text += Csv::record(last);
    const QByteArray bytes = text.toUtf8();
    if (out.write(bytes) != bytes.size())
        return fileError(path, out.errorString());
    return std::nullopt;
}

Result<int> AuditExporter::writePdf(QIODevice &out, const QString &path, const QList<AuditEntry> &entries,
                                    const Report &report)
{
    QPdfWriter pdf(&out);
    pdf.setTitle(tr("SessionDesk audit report"));
    pdf.setCreator(u"SessionDesk"_s);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    pdf.setResolution(96);

    auto cell = [](const QString &text) -> QString {
        return u"<td>"_s + text.toHtmlEscaped() + u"</td>"_s;
    };
    QString html = u"<h2>"_s + tr("SessionDesk audit report").toHtmlEscaped() +
                   u"</h2><table cellspacing=\"0\" "
                   "cellpadding=\"3\">"_s;
    const AuditVerification &chain = report.verification;
    const QString chainState = verificationText(chain);
    const QList<std::pair<QString, QString>> facts{
        {tr("Store"), report.source},
        {tr("Filter"), report.filter},
        {tr("Order"), report.order},
        {tr("Exported by"), tr("%1 (%2, OS account %3 on %4)")
                                .arg(report.exportedBy.id, report.exportedBy.roleDescription(),
                                     report.exportedBy.osAccount, report.exportedBy.host)},
        {tr("Exported at"), DisplayFormat::exactTime(report.at)},
        {tr("Entries"), DisplayFormat::count(entries.size())},
        {tr("Audit chain"), chainState},
        {tr("Chain head hash"), chain.headHash},
    };
    for (const auto &[label, value] : facts)
        html += u"<tr><td><b>"_s + label.toHtmlEscaped() + u"</b></td>"_s + cell(value) + u"</tr>"_s;
    // In a monospaced font: no ligatures, so the hash reads (and copies) exactly as stored.
    html.replace(u"<td>"_s + chain.headHash + u"</td>"_s,
                 u"<td style=\"font-family: monospace\">"_s + chain.headHash + u"</td>"_s);
    html += u"</table><p></p>"_s;

    html +=
        u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"font-size: 8pt\"><thead><tr>"_s;
    for (const QString &title : {tr("Id"), tr("Time"), tr("Operator"), tr("Action"), tr("User"),
                                 tr("Session"), tr("Count"), tr("Reason"), tr("Ticket"), tr("Change")})
        html += u"<th>"_s + title.toHtmlEscaped() + u"</th>"_s;
    html += u"</tr></thead>"_s;
    for (const AuditEntry &e : entries) {
        const QString change = AuditText::change(e);
        html += u"<tr>"_s + cell(QString::number(e.id)) + cell(DisplayFormat::exactTime(e.at)) +
                cell(e.operatorId + u" (" + e.osAccount + u'@' + e.host + u')') +
                cell(AuditText::action(e.action)) +
                cell(e.targetUserEmail.isEmpty() ? e.targetUser : e.targetUserEmail) + cell(e.targetSession) +
                cell(DisplayFormat::count(e.count)) + cell(e.reason) + cell(e.ticket) + cell(change) +
                u"</tr>"_s;
    }
    html += u"</table>"_s;

    QTextDocument document;
    document.setHtml(html);
    document.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
    document.print(&pdf);
    // A failed write of the PDF's is told by the file when it is put in place (QSaveFile::commit).
    Q_UNUSED(path)
    return document.pageCount();
}
