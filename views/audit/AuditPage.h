#pragma once

#include "models/audit/AuditExport.h"

#include <QTimer>
#include <QWidget>

class AuditTableModel;
class EndedSessionTableModel;
class MessageBanner;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class SessionSource;

// The compliance officer's page: the audit trail filtered by time range, operator, action, user
// and words, sorted and paged by the source; the chain's integrity in a green or red banner
// (checked in the background when the page is first shown, and on demand); exports of what the
// filter shows to CSV or PDF, themselves audited. A second tab lists the sessions operators ended,
// searchable by the same time range, operator, user and words in the reason.
class AuditPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(SessionSource *source, QWidget *parent = nullptr);
    // A table of audit entries as this page shows them: the look, the sort, columns fitted to
    // their typical text (the user pane's Audit tab shows them so too).
    static void setUpTable(QTableView *table, AuditTableModel *entries);

    void start();
    AuditTableModel *auditModel() const { return m_entries; }
    EndedSessionTableModel *endedSessionModel() const { return m_ended; }
    MessageBanner *banner() const { return m_banner; }
    // Every entry from from to before to (the Overview's door): the other filters cleared.
    void showRange(const QDateTime &from, const QDateTime &to);

    // Recomputes the chain in the background; the banner shows the outcome.
    void verify();
    // Exports what the filter shows, in the table's order, after asking for a reason.
    void exportTo(const QString &path, AuditExport::Format format);

Q_SIGNALS:
    // A verification or an export has finished (for tests and the status bar).
    void verified(bool intact);
    void exported(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    // The first verification, once the page is both started and shown.
    void verifyOnce();
    void chooseExportFile(AuditExport::Format format);
    // The filters and buttons that apply to the tab shown.
    void tabChanged();
    void updateButtons();
    void updateCount();
    // Starts the Ended Sessions tab's model the first time the tab is shown.
    void loadEndedSessionsWhenShown();
    bool showsEndedSessions() const;

    SessionSource *m_source = nullptr;
    AuditTableModel *m_entries = nullptr;
    EndedSessionTableModel *m_ended = nullptr;
    MessageBanner *m_banner = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_operator = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_endedTable = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTimer m_filterDelay;
    bool m_started = false;
    bool m_endedLoaded = false;
    bool m_verifiedOnce = false;
    bool m_busy = false;
};
