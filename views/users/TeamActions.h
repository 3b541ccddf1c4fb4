#pragma once

#include "models/domain/ActionResult.h"
#include "models/domain/User.h"
#include "models/sources/Result.h"

#include <QFuture>
#include <QObject>

class MessageBanner;
class QWidget;
class SessionSource;

// What an administrator does to team members' accounts: add one, change a role, deactivate a
// former member, reactivate, remove. Each asks for what it needs and a reason in a dialog over
// `parent`, runs on the source, and reports in the banner.
class TeamActions final : public QObject
{
    Q_OBJECT

public:
    TeamActions(SessionSource *source, MessageBanner *banner, QWidget *parent);

    void add();
    void changeRole(const User &user);
    void deactivate(const User &user);
    void reactivate(const User &user);
    void remove(const User &user);

Q_SIGNALS:
    // A user was added with this email address (to show them).
    void added(const QString &email);

private:
    // Shows the outcome in the banner: done words the success.
    void report(const QFuture<Result<ActionResult>> &future,
                const std::function<QString(const ActionResult &)> &done);

    SessionSource *m_source = nullptr;
    MessageBanner *m_banner = nullptr;
    QWidget *m_parent = nullptr;
};
