#pragma once

#include "models/sources/SourceError.h"

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

// A non-modal message strip at the top of a page: what just happened, or what went wrong and why.
// Stays until closed or replaced; errors never open a message box.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind {
        Information,
        Success,
        Warning,
        Error,
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &detail = {});
    // An error from a source: its sentence, with its technical detail.
    void showError(const SourceError &error);
    // A button for what the user can do about the message shown (none: no button). Showing
    // another message removes it.
    void setAction(QAction *action);
    QToolButton *actionButton() const { return m_action; }
    Kind kind() const { return m_kind; }
    QString text() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Information;
};
