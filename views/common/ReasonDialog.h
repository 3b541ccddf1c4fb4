#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Confirms a destructive action and asks why: a reason (a preset or free text, required) and an
// optional ticket. Opened window-modal with open(), never exec(): no nested event loop, and tests
// answer it by finding it (objectName) and its fields.
class ReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &message, const QString &confirmText,
                 QWidget *parent = nullptr);

    // A second, emphasised paragraph: what the action does not do, or what else it does.
    void setNote(const QString &note);
    // For actions on many at once: the confirm button enables only once the operator has typed
    // this word as well.
    void requireConfirmation(const QString &word);
    // The reasons offered for this action, instead of the general ones.
    void setReasons(const QStringList &reasons);
    // A field of the action's own, above the reason (the dialog takes it over).
    void addField(const QString &label, QWidget *field);
    QString reason() const;
    QString ticket() const;

private:
    void updateConfirm();

    QLabel *m_note = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_ticket = nullptr;
    QLabel *m_confirmationLabel = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QString m_confirmationWord;
    QPushButton *m_confirm = nullptr;
};
