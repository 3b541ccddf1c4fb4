#pragma once

#include "models/domain/User.h"
#include "models/sources/SourceError.h"

#include <QHash>
#include <QTabWidget>

class AuditTableModel;
class FlagTableModel;
class MessageBanner;
class QTableView;
class SessionSource;
class SignInTableModel;

// The selected user's history beside their sessions: their sign-ins (newest first, failed ones
// standing out), their flags (open and closed, with the outcome) and the audit entries about
// them, each a tab with its count, paged and live. A tab the source cannot fill is disabled and
// says why. The detail pane puts the user's sessions first, as a tab of its own.
class UserHistoryTabs final : public QTabWidget
{
    Q_OBJECT

public:
    UserHistoryTabs(SessionSource *source, MessageBanner *banner, QWidget *parent = nullptr);

    // Shows user's history; a user with an empty id empties the tabs.
    void setUser(const User &user);
    // Reads what is shown again (a change in the source).
    void refresh();

    SignInTableModel *signInModel() const { return m_signIns; }
    FlagTableModel *flagModel() const { return m_flags; }
    AuditTableModel *auditModel() const { return m_audit; }

private:
    QTableView *addTable(const QString &objectName, const QString &accessibleName);
    // An error of a tab's model: what the source cannot do disables the tab with the reason (not
    // a banner that would hide the outcome of an action); anything else goes to the banner.
    void failed(QTableView *tab, const SourceError &error);
    void updateTabs();

    SessionSource *m_source = nullptr;
    SignInTableModel *m_signIns = nullptr;
    FlagTableModel *m_flags = nullptr;
    AuditTableModel *m_audit = nullptr;
    QTableView *m_signInsView = nullptr;
    QTableView *m_flagsView = nullptr;
    QTableView *m_auditView = nullptr;
    MessageBanner *m_banner = nullptr;
    QHash<QTableView *, QString> m_unavailable; // tabs the source cannot fill, and why
    bool m_hasUser = false;
};
