#include "PasswordPrompt.h"

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

bool PasswordPrompt::hasTerminal()
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY);
    if (tty < 0)
        return false;
    ::close(tty);
    return true;
}

QString PasswordPrompt::ask(const QString &prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY);
    if (tty < 0)
        return {};
    termios saved{};
    if (::tcgetattr(tty, &saved) != 0) {
        ::close(tty);
        return {};
    }
    const QByteArray question = prompt.toUtf8();
    (void)::write(tty, question.constData(), size_t(question.size()));
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(tty, TCSAFLUSH, &silent);
    QByteArray answer;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n')
        answer.append(c);
    ::tcsetattr(tty, TCSAFLUSH, &saved);
    (void)::write(tty, "\n", 1);
    ::close(tty);
    const QString password = QString::fromUtf8(answer);
    answer.fill('\0'); // not left in memory longer than needed
    return password;
}
