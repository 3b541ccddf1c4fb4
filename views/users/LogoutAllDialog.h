#pragma once

#include "models/sources/LogoutAllScope.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QRadioButton;
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
// With a filter (setMatching), it is "End Matching Sessions": the same choices for the sessions
// the filter matches, now only, the word typed only when more than one user is affected.
class LogoutAllDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LogoutAllDialog(SessionSource *source, QWidget *parent = nullptr);

    // Ends the sessions matching (not empty) instead of all: description says which, in words.
    void setMatching(const SessionFilter &matching, const QString &description);

    LogoutAllScope scope() const { return m_scope; }
    QString reason() const;
    QString ticket() const;
    // When "at a time" is chosen: the time, and the message users see until then.
    std::optional<QDateTime> plannedAt() const;
    QString announcement() const;
    // The word to type, in the operator's language: to log out all users, and to end the sessions
    // of several users that a filter matches.
    static QString confirmationWord();
    static QString endConfirmationWord();

Q_SIGNALS:
    // The preview has been recounted for the current choices.
    void previewUpdated();

private:
    void schedulePreview();
    void preview();
    // Counts what scope would do; answers for an older generation of choices are dropped.
    void countFor(const LogoutAllScope &scope, quint64 generation);
    void updateConfirm();
    // The earliest time a plan may have, from the configured notice.
    QDateTime earliestPlan() const;
    QDateTime chosenTime() const;
    void updateWhen();
    // The word the operator has to type now; empty when none is needed (one user's sessions).
    QString requiredWord() const;

    SessionSource *m_source = nullptr;
    LogoutAllScope m_scope;
    SessionFilter m_matching;
    bool m_previewReady = false;
    qint64 m_previewUsers = 0;
    bool m_nothingMatches = false;
    QLabel *m_warning = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QGroupBox *m_when = nullptr;
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
    QRadioButton *m_now = nullptr;
    QRadioButton *m_later = nullptr;
    QDateTimeEdit *m_runAt = nullptr;
    QLineEdit *m_announcement = nullptr;
    int m_leadMinutes = 15;
    bool m_announcementEdited = false;
    QTimer *m_previewDelay = nullptr;
    QPushButton *m_confirm = nullptr;
};
