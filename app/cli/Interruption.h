#pragma once

#include <QObject>

class QSocketNotifier;

// Ctrl-C (SIGINT) and SIGTERM as a request to stop, not a kill: what is being waited for is
// cancelled (a logout of many users starts no more and journals what ended), the console's own
// session is signed out as after any run, and the CLI exits with 128 + the signal. A second signal
// ends the process at once, as without this.
class Interruption final : public QObject
{
    Q_OBJECT

public:
    // The one for this process, its handlers installed on first use (the first wait, after any
    // password was asked: at the prompt, Ctrl-C ends the process as it always did).
    static Interruption *instance();
    // The signal that asked to stop, or 0 (also when none was ever installed).
    static int caught();

Q_SIGNALS:
    void interrupted();

private:
    Interruption();
    void read();

    QSocketNotifier *m_notifier = nullptr;
};
