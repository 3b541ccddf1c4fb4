#pragma once

#include "models/domain/Session.h"

#include <QString>

class MessageBanner;
class QWidget;
class SessionSource;

// Ending one session, from the user pane or the Sessions page: the confirmation that names the
// session (device, place, address, start) and asks why, what the end leaves (the user's other
// sessions, the tokens), then the action and its outcome in banner. Ending the console's own
// session closes the window that asked.
class EndSessionConfirmation final
{
public:
    static void open(QWidget *parent, SessionSource *source, MessageBanner *banner, const Session &session,
                     const QString &userName);
};
