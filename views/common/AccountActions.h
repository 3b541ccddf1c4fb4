#pragma once

#include <QCoreApplication>
#include <QString>

class MessageBanner;
class QWidget;
class SessionSource;

// Logging a user out, freezing and unfreezing their account, from whichever page shows the user
// (Flagged, Sign-ins): the confirmation that names the user and says what happens to their
// sessions and tokens, the reason and ticket, when a freeze ends where the source can end one by
// itself, then the action and its outcome in banner.
class AccountActions final
{
    Q_DECLARE_TR_FUNCTIONS(AccountActions)

public:
    enum class Action {
        LogOut,
        Freeze,
        Unfreeze,
    };

    struct Account
    {
        QString userId;
        QString name;
        QString email;
    };

    static void confirm(QWidget *parent, SessionSource *source, MessageBanner *banner, Action action,
                        const Account &account);
};
