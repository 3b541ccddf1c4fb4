#include "views/settings/OperatorsPanel.h"

#include "models/domain/DisplayFormat.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/common/TableLayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

OperatorsPanel::OperatorsPanel(SessionSource *source, MessageBanner *banner, QWidget *parent)
    : QGroupBox(tr("Operators of this store"), parent)
    , m_source(source)
    , m_banner(banner)
    , m_table(new QTableWidget(0, 4, this))
    , m_set(new QPushButton(tr("&Add or Change Role…"), this))
    , m_remove(new QPushButton(tr("Re&move…"), this))
{
    setObjectName(u"operatorsPanel"_s);
    m_table->setObjectName(u"operatorsTable"_s);
    m_table->setAccessibleName(tr("Operators"));
    m_logins = source->operatorAccounts() == SessionSource::OperatorAccounts::DatabaseLogins;
    m_table->setHorizontalHeaderLabels(
        {m_logins ? tr("Database login") : tr("OS account"), tr("Role"), tr("Added"), tr("By")});
    TableLayout::configure(m_table);
    m_table->setSortingEnabled(false); // a short list, in the store's order (by account)
    TableLayout::fitColumns(
        m_table,
        {u"firstname.lastname"_s, Operator::roleText(Role::Administrator),
         DisplayFormat::exactTime(QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59), Qt::UTC)),
         u"firstname.lastname"_s},
        {0, 3}); // the accounts: who, and by whom
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);
    m_set->setObjectName(u"setOperatorButton"_s);
    m_remove->setObjectName(u"removeOperatorButton"_s);
    auto *note =
        new QLabel(tr("Changes here take effect at once and are recorded in the audit trail."), this);
    note->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(m_set);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_set, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        confirmSet(row >= 0 ? m_table->item(row, 0)->text() : QString());
    });
    connect(m_remove, &QPushButton::clicked, this, &OperatorsPanel::confirmRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OperatorsPanel::updateButtons);
    connect(source, &SessionSource::operatorChanged, this, &OperatorsPanel::updateButtons);
    connect(source, &SessionSource::changed, this, &OperatorsPanel::load);
    updateButtons();
}

void OperatorsPanel::load()
{
    Futures::onResult(m_source->operators(), this, [this](const Result<QList<OperatorAccount>> &operators) {
        // Sources that keep no operators of their own (their server decides) show no panel.
        const bool none = !operators.ok() && operators.error().code == SourceError::Code::Unsupported;
        setVisible(!none);
        if (!operators.ok()) {
            if (!none)
                m_banner->showError(operators.error());
            return;
        }
        const QString selected =
            m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), 0)->text() : QString();
        m_table->setRowCount(int(operators.value().size()));
        for (int row = 0; row < operators.value().size(); ++row) {
            const OperatorAccount &account = operators.value().at(row);
            const QStringList cells{account.osAccount, Operator::roleText(account.role),
                                    DisplayFormat::exactTime(account.addedAt), account.addedBy};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            if (account.osAccount == selected)
                m_table->selectRow(row);
        }
        updateButtons();
    });
}

void OperatorsPanel::confirmSet(const QString &account)
{
    auto *dialog =
        new ReasonDialog(tr("Add or change an operator"),
                         (m_logins ? tr("The login of the database server may operate this store in "
                                        "the role you give it (one of the store's database roles).")
                                   : tr("The OS account may operate this store in the role you give it.")) +
                             u' ' +
                             tr("Administrators may do everything; support may log users out, end "
                                "sessions, freeze accounts and resolve flags; auditors may only look "
                                "and export the audit trail."),
                         tr("Save"), this);
    auto *accountEdit = new QLineEdit(account);
    accountEdit->setObjectName(u"operatorAccountEdit"_s);
    accountEdit->setPlaceholderText(m_logins ? tr("Database login, e.g. anna")
                                             : tr("OS account name, e.g. anna"));
    auto *role = new QComboBox;
    role->setObjectName(u"operatorRoleCombo"_s);
    for (Role value : {Role::Support, Role::Auditor, Role::Administrator})
        role->addItem(Operator::roleText(value), int(value));
    dialog->addField(tr("&Account:"), accountEdit);
    dialog->addField(tr("R&ole:"), role);
    connect(dialog, &QDialog::accepted, this, [this, dialog, accountEdit, role] {
        const QString name = accountEdit->text().trimmed();
        const ActionContext context{m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        Futures::onResult(m_source->saveOperator(name, Role(role->currentData().toInt()), context), this,
                          [this, name](const Result<ActionResult> &result) {
                              applied(result, tr("Saved the operator %1 (audit entry %2).").arg(name));
                          });
    });
    dialog->open();
}

void OperatorsPanel::confirmRemove()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString account = m_table->item(row, 0)->text();
    auto *dialog =
        new ReasonDialog(tr("Remove %1").arg(account),
                         tr("%1 will no longer be able to act on this store; they can still open it "
                            "and look.")
                             .arg(account),
                         tr("Remove"), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, account] {
        const ActionContext context{m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        Futures::onResult(m_source->removeOperator(account, context), this,
                          [this, account](const Result<ActionResult> &result) {
                              applied(result, tr("Removed the operator %1 (audit entry %2).").arg(account));
                          });
    });
    dialog->open();
}

void OperatorsPanel::applied(const Result<ActionResult> &result, const QString &done)
{
    if (!result.ok()) {
        m_banner->showError(result.error());
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Success, done.arg(result.value().auditEntryId));
    load();
}

void OperatorsPanel::updateButtons()
{
    const Capabilities capabilities = m_source->capabilities();
    const bool allowed = capabilities.has(Capabilities::Capability::ManageOperators);
    const QString why = capabilities.reason(Capabilities::Capability::ManageOperators);
    m_set->setEnabled(allowed);
    m_set->setToolTip(why);
    m_remove->setEnabled(allowed && m_table->currentRow() >= 0);
    m_remove->setToolTip(allowed ? tr("Remove the selected operator") : why);
}
