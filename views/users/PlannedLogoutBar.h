#pragma once

#include "sources/PlannedLogout.h"

#include <QFrame>
#include <QTimer>

class MessageBanner;
class QLabel;
class QPushButton;
class SessionSource;

// The Users page's notice of a pending planned logout: when it runs, a countdown, the message
// users see, who planned it and why, and Cancel… (audited). Hidden while nothing is planned.
class PlannedLogoutBar final : public QFrame
{
    Q_OBJECT

public:
    PlannedLogoutBar(SessionSource *source, MessageBanner *banner, QWidget *parent = nullptr);

    // Reads the pending plans again (after a change in the source).
    void reload();
    void confirmCancel();

Q_SIGNALS:
    // One line for the status bar ("All users signed out in 1 h 5 min"); empty when nothing is planned.
    void summaryChanged(const QString &summary);

private:
    void updateText();

    SessionSource *m_source = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<PlannedLogout> m_pending;
    QTimer m_countdown;
};
