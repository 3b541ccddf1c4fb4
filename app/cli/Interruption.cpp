#include "Interruption.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

int pipeEnds[2] = {-1, -1};
int caughtSignal = 0;

// Only what is safe in a signal handler: one byte (the signal) into the pipe.
void onSignal(int number)
{
    const char byte = char(number);
    (void)::write(pipeEnds[1], &byte, 1);
}

} // namespace

int Interruption::caught()
{
    return caughtSignal;
}

Interruption *Interruption::instance()
{
    static Interruption *const one = new Interruption();
    return one;
}

Interruption::Interruption()
{
    if (::pipe2(pipeEnds, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = new QSocketNotifier(pipeEnds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Interruption::read);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

void Interruption::read()
{
    char byte = 0;
    while (::read(pipeEnds[0], &byte, 1) == 1)
        caughtSignal = caughtSignal ? caughtSignal : int(byte);
    // Asked once: the next one ends the process.
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    Q_EMIT interrupted();
}
