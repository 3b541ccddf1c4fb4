#pragma once

#include "models/sources/PlannedLogout.h"

#include <QFrame>
#include <QTimer>

class MessageBanner;
class QLabel;
class QPushButton;
class QVBoxLayout;
class SessionSource;

// The Users page's notice of the pending planned logouts, one line each: when it runs, a
// countdown, whom it spares, the message users see, who planned it and why, and its own
// Cancel… (audited). Hidden while nothing is planned.
class PlannedLogoutBar final : public QFrame
{
    Q_OBJECT

public:
    PlannedLogoutBar(SessionSource *source, MessageBanner *banner, QWidget *parent = nullptr);

    // Reads the pending plans again (after a change in the source).
    void reload();

Q_SIGNALS:
    // One line for the status bar ("All users signed out in 1 h 5 min"); empty when nothing is planned.
    void summaryChanged(const QString &summary);

private:
    struct Row
    {
        QLabel *text = nullptr;
        QPushButton *cancel = nullptr;
    };

    void updateText();
    void setRowCount(int count);
    // Asks for a reason and cancels the pending plan at index (0: the next one).
    void confirmCancel(int index);

    SessionSource *m_source = nullptr;
    MessageBanner *m_banner = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<Row> m_rows;
    QList<PlannedLogout> m_pending;
    QTimer m_countdown;
};
