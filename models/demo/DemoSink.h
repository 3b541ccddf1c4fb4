#pragma once

#include "models/domain/LoginEvent.h"
#include "models/domain/Session.h"
#include "models/domain/User.h"

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
