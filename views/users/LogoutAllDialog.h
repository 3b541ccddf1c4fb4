#pragma once

#include "sources/LogoutAllScope.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class SessionSource;

// "Log Out All Users", the most dangerous button in the product: shows exactly what will happen
// (recounted whenever the scope changes), lets the operator spare their own account and chosen
// roles, requires a reason, offers to reject access tokens too, and enables the button only once
// the confirmation word is typed. Opened with open(); the caller runs the action on accepted().
class LogoutAllDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LogoutAllDialog(SessionSource *source, QWidget *parent = nullptr);

    LogoutAllScope scope() const { return m_scope; }
    QString reason() const;
    QString ticket() const;
    // The word to type, in the operator's language.
    static QString confirmationWord();

Q_SIGNALS:
    // The preview has been recounted for the current choices.
    void previewUpdated();

private:
    void schedulePreview();
    void preview();
    // Counts what scope would do; answers for an older generation of choices are dropped.
    void countFor(const LogoutAllScope &scope, quint64 generation);
    void updateConfirm();

    SessionSource *m_source = nullptr;
    LogoutAllScope m_scope;
    bool m_previewReady = false;
    quint64 m_previewGeneration = 0;
    QLabel *m_preview = nullptr;
    QCheckBox *m_keepUser = nullptr;
    QLineEdit *m_keepEmail = nullptr;
    QListWidget *m_roles = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_otherReason = nullptr;
    QLineEdit *m_ticket = nullptr;
    QCheckBox *m_revokeTokens = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QPushButton *m_confirm = nullptr;
    QTimer *m_previewDelay = nullptr;
};
