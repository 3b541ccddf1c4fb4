#include "views/common/ReasonDialog.h"

#include "models/domain/ActionContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ReasonDialog::ReasonDialog(const QString &title, const QString &message, const QString &confirmText,
                           QWidget *parent)
    : QDialog(parent)
    , m_note(new QLabel(this))
    , m_reason(new QComboBox(this))
    , m_ticket(new QLineEdit(this))
    , m_confirmationLabel(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *text = new QLabel(message, this);
    text->setObjectName(u"reasonDialogMessage"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    m_note->setObjectName(u"reasonDialogNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();

    m_reason->setObjectName(u"reasonCombo"_s);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({QString(), tr("Security incident"), tr("Lost or stolen device"),
                        tr("Credential sharing"), tr("Termination or suspension"), tr("User request"),
                        tr("Suspicious sign-in")});
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type a reason (required)"));
    m_reason->setMinimumContentsLength(32);
    m_reason->lineEdit()->setMaxLength(ActionContext::maxReasonLength);
    m_ticket->setObjectName(u"ticketEdit"_s);
    m_ticket->setPlaceholderText(tr("Optional, e.g. SEC-1234"));
    m_ticket->setMaxLength(ActionContext::maxTicketLength);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Reason:"), m_reason);
    m_form->addRow(tr("&Ticket:"), m_ticket);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentTextChanged, this, &ReasonDialog::updateConfirm);
    m_confirmation->setObjectName(u"confirmationEdit"_s);
    m_confirmationLabel->setBuddy(m_confirmation);
    m_confirmationLabel->hide();
    m_confirmation->hide();
    connect(m_confirmation, &QLineEdit::textChanged, this, &ReasonDialog::updateConfirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_note);
    layout->addLayout(m_form);
    layout->addWidget(m_confirmationLabel);
    layout->addWidget(m_confirmation);
    layout->addWidget(buttons);
    updateConfirm();
    m_reason->setFocus();
}

void ReasonDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    QFont font = m_note->font();
    font.setItalic(true);
    m_note->setFont(font);
}

void ReasonDialog::requireConfirmation(const QString &word)
{
    m_confirmationWord = word;
    m_confirmationLabel->setText(tr("Type <b>%1</b> to confirm:").arg(word.toHtmlEscaped()));
    m_confirmation->setPlaceholderText(word);
    m_confirmationLabel->show();
    m_confirmation->show();
    updateConfirm();
}

void ReasonDialog::setReasons(const QStringList &reasons)
{
    m_reason->clear();
    m_reason->addItem(QString());
    m_reason->addItems(reasons);
}

void ReasonDialog::addField(const QString &label, QWidget *field)
{
    field->setParent(this);
    m_form->insertRow(m_form->rowCount() - 2, label, field);
}

QString ReasonDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

QString ReasonDialog::ticket() const
{
    return m_ticket->text().trimmed();
}

void ReasonDialog::updateConfirm()
{
    const bool confirmed =
        m_confirmationWord.isEmpty() || m_confirmation->text().trimmed() == m_confirmationWord;
    m_confirm->setEnabled(!reason().isEmpty() && confirmed);
    if (reason().isEmpty())
        m_confirm->setToolTip(tr("Give a reason first: it is written to the audit trail."));
    else if (!confirmed)
        m_confirm->setToolTip(tr("Type %1 to confirm.").arg(m_confirmationWord));
    else
        m_confirm->setToolTip(QString());
}
