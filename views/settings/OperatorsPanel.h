#pragma once

#include "models/domain/ActionResult.h"
#include "models/sources/Result.h"

#include <QGroupBox>

class MessageBanner;
class QPushButton;
class QTableWidget;
class SessionSource;

// Who may operate this store and in which role (docs/store-contract.md). Administrators add
// operators, change their roles and remove them; each change takes effect at once, with a reason,
// and is audited. Others see the list with the reason they cannot change it.
class OperatorsPanel final : public QGroupBox
{
    Q_OBJECT

public:
    OperatorsPanel(SessionSource *source, MessageBanner *banner, QWidget *parent = nullptr);

    void load();
    // Asks for the account, the role and a reason, then adds the operator or changes their role.
    void confirmSet(const QString &account = {});
    void confirmRemove();

private:
    // Shows the outcome of a change; done is the success message with %1 for the audit entry.
    void applied(const Result<ActionResult> &result, const QString &done);
    void updateButtons();

    SessionSource *m_source = nullptr;
    MessageBanner *m_banner = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_set = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_logins = false; // operators are database logins (PostgreSQL), not OS accounts
};
