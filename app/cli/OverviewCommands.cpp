#include "OverviewCommands.h"

#include "models/domain/DisplayFormat.h"
#include "models/domain/DomainJson.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

int OverviewCommands::run(const QString &, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!parseCommand(parser, u"overview"_s, arguments, &exitCode))
        return exitCode;
    if (!openStore(false, &exitCode))
        return exitCode;
    const auto counted = wait(m_source->overview());
    if (!counted.ok())
        return report(counted.error());
    const Overview &o = counted.value();
    if (m_json) {
        print(json(DomainJson::overview(o)));
        return Success;
    }
    // One line per part; a part the source cannot tell says why.
    const auto line = [](const QString &what, const QString &missing, const QStringList &parts) -> QString {
        return tr("%1: %2").arg(what, !missing.isEmpty() ? missing
                                      : parts.isEmpty()  ? tr("none")
                                                         : parts.join(u", "_s)) +
               u'\n';
    };
    const auto counts = [](const QString &name, qint64 count) -> QString {
        return tr("%1 %2").arg(name, DisplayFormat::count(count));
    };
    QString text = tr("As of %1.\n").arg(DisplayFormat::exactTime(o.at));
    text += line(tr("Active sessions"), o.sessionsMissing,
                 {tr("%1 (%Ln user(s) signed in)", nullptr, int(std::min<qint64>(o.signedInUsers, INT_MAX)))
                      .arg(DisplayFormat::count(o.activeSessions))});
    QStringList countries;
    for (const Overview::Share &share : o.countries)
        countries << counts(DisplayFormat::countryName(share.key), share.count);
    if (o.otherCountries > 0)
        countries << counts(tr("elsewhere or not recorded"), o.otherCountries);
    text +=
        line(tr("By country"), o.sessionsMissing.isEmpty() ? o.placesMissing : o.sessionsMissing, countries);
    QStringList devices;
    for (const Overview::DeviceShare &share : o.devices)
        devices << counts(share.type == UserAgent::DeviceType::Unknown
                              ? tr("not recognised")
                              : UserAgent::deviceTypeText(share.type),
                          share.count);
    text +=
        line(tr("By device"), o.sessionsMissing.isEmpty() ? o.devicesMissing : o.sessionsMissing, devices);
    QStringList browsers;
    for (const Overview::Share &share : o.browsers)
        browsers << counts(share.key.isEmpty() ? tr("not recognised") : share.key, share.count);
    text +=
        line(tr("By browser"), o.sessionsMissing.isEmpty() ? o.devicesMissing : o.sessionsMissing, browsers);
    qint64 succeeded = 0;
    qint64 failed = 0;
    const Overview::Hour *busiest = nullptr;
    for (const Overview::Hour &hour : o.hours) {
        succeeded += hour.succeeded;
        failed += hour.failed;
        if (!busiest || hour.failed > busiest->failed)
            busiest = &hour;
    }
    QStringList signIns{
        tr("%1 succeeded, %2 failed").arg(DisplayFormat::count(succeeded), DisplayFormat::count(failed))};
    if (busiest && busiest->failed > 0)
        signIns << tr("most failures %1 (%2)")
                       .arg(DisplayFormat::count(busiest->failed), DisplayFormat::hourRange(busiest->start));
    text += line(tr("Sign-ins, last 7 days"), o.signInsMissing, signIns);
    QStringList flags;
    for (const Overview::FlagCount &count : o.openFlags)
        flags << tr("%1 (%2) %3")
                     .arg(Flag::ruleText(count.rule), Flag::severityText(count.severity),
                          DisplayFormat::count(count.count));
    text += line(tr("Open flags"), o.flagsMissing, flags);
    QStringList days;
    const QLocale locale;
    for (const Overview::Day &day : o.days)
        days << tr("%1: %2").arg(locale.toString(day.date, u"ddd d"_s), DisplayFormat::count(day.actions));
    text += line(tr("Operator actions per day"), o.actionsMissing, days);
    print(text);
    return Success;
}
