#pragma once

#include "domain/LoginEvent.h"
#include "domain/Session.h"
#include "domain/User.h"

// Where the DemoGenerator puts what it makes: a store writer, or a test's collector.
// Each call returns false to stop generation (for instance after a write error).
class DemoSink
{
public:
    virtual ~DemoSink() = default;
    virtual bool addUser(const User &user) = 0;
    virtual bool addSession(const Session &session) = 0;
    virtual bool addLoginEvent(const LoginEvent &event) = 0;
};
