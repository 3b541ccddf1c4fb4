#pragma once

#include <QCoreApplication>
#include <QString>

// What an administrator wants to know from a User-Agent header: the kind of device, the operating
// system and the browser. Deliberately small: the well-known families, major versions only.
class UserAgent final
{
    Q_DECLARE_TR_FUNCTIONS(UserAgent)

public:
    enum class DeviceType {
        Unknown,
        Desktop,
        Phone,
        Tablet,
    };

    static UserAgent parse(const QString &header);

    DeviceType deviceType() const { return m_deviceType; }
    QString os() const { return m_os; } // "Windows", "macOS", "iOS 17.1", "Android 14", …
    // "Chrome 120", "Safari 17.1", …
    QString browser() const
    {
        return m_browserName.isEmpty() ? QString() : m_browserName + u' ' + m_browserVersion;
    }
    QString browserName() const { return m_browserName; } // "Chrome", "Safari", …

    // "Chrome 120 on Windows"; a readable fallback when parts are unknown.
    QString summary() const;
    static QString deviceTypeText(DeviceType type);

private:
    DeviceType m_deviceType = DeviceType::Unknown;
    QString m_os;
    QString m_browserName;
    QString m_browserVersion;
};
