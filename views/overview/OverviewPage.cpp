#include "views/overview/OverviewPage.h"

#include "models/domain/DisplayFormat.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/MessageBanner.h"
#include "views/common/WorldMap.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCommandLinkButton>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ChangedDelayMs = 5000; // at most one count per burst of changes
constexpr int TickMs = 60 * 1000;    // the hours and days move on
constexpr qint64 HourMs = Overview::HourMs;

const QColor FailedColor(0xc0, 0x1c, 0x28);
const QColor SeverityColors[] = {QColor(0xe5, 0xa5, 0x0a), QColor(0xe6, 0x61, 0x00),
                                 QColor(0xc0, 0x1c, 0x28)};

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setVisible(false);
    return chart;
}

// A count axis: whole numbers, in the locale, from zero.
QValueAxis *countAxis(qint64 largest)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(u"%.0f"_s); // whole numbers, grouped as the locale groups them
    axis->setRange(0, std::max<qint64>(largest, 4));
    axis->applyNiceNumbers();
    return axis;
}

// The locale's numeric short date without the year ("dd.MM", "M/d"): the date axis formats with
// QDateTime, whose month and day names are English whatever the locale.
QString dayMonthFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(u"y+"_s));
    static const QRegularExpression edges(u"^[^dM]+|[^dM]+$"_s);
    return format.remove(edges);
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

// A bar for each (label, count), the first on top; clicked(index) for a bar, hovering shows label and count.
QChart *horizontalBars(const QList<std::pair<QString, qint64>> &bars, const QString &what, QObject *context,
                       const std::function<void(int)> &clicked)
{
    QChart *chart = newChart();
    auto *set = new QBarSet(what);
    QStringList labels;
    qint64 largest = 0;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        labels << it->first;
        *set << double(it->second);
        largest = std::max(largest, it->second);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis *counts = countAxis(largest);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    const int n = int(bars.size());
    QObject::connect(set, &QBarSet::hovered, context, [bars, n](bool on, int index) {
        if (on)
            showTip(u"%1: %2"_s.arg(bars.at(n - 1 - index).first,
                                    DisplayFormat::count(bars.at(n - 1 - index).second)));
    });
    if (clicked)
        QObject::connect(set, &QBarSet::clicked, context,
                         [clicked, n](int index) { clicked(n - 1 - index); });
    return chart;
}

} // namespace

OverviewPage::OverviewPage(SessionSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_banner(new MessageBanner(this))
    , m_sessions(new QCommandLinkButton(this))
    , m_users(new QCommandLinkButton(this))
    , m_asOf(new QLabel(this))
    , m_map(new WorldMap(this))
{
    setObjectName(u"overviewPage"_s);
    m_sessions->setObjectName(u"activeSessionsButton"_s);
    m_users->setObjectName(u"signedInUsersButton"_s);
    m_asOf->setObjectName(u"overviewAsOf"_s);
    m_asOf->setText(tr("Counting…"));
    m_asOf->setWordWrap(true);
    for (QCommandLinkButton *button : {m_sessions, m_users})
        button->setEnabled(false);
    connect(m_sessions, &QCommandLinkButton::clicked, this, [this] { Q_EMIT sessionsRequested({}); });
    connect(m_users, &QCommandLinkButton::clicked, this, &OverviewPage::usersRequested);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_sessions, 0, 0);
    grid->addWidget(m_users, 0, 1);
    grid->addWidget(m_asOf, 1, 0, 1, 2);
    const auto cellWidget = [](const Cell &cell) {
        return cell.stack->parentWidget();
    };
    m_map->setObjectName(u"sessionsMap"_s);
    m_map->setMinimumHeight(fontMetrics().height() * 18);
    m_places = addCell(u"sessionsMap"_s, tr("Active sessions on the map"), m_map);
    grid->addWidget(cellWidget(m_places), 2, 0, 1, 2);
    connect(m_map, &WorldMap::dotActivated, this, &OverviewPage::sessionsRequested);
    m_signIns = addCell(u"signInsChart"_s, tr("Sign-ins per hour, last 7 days"));
    grid->addWidget(cellWidget(m_signIns), 3, 0, 1, 2);
    m_countries = addCell(u"countriesChart"_s, tr("Active sessions by country"));
    // Room for every country's name beside its bar.
    m_countries.view->setMinimumHeight(fontMetrics().height() * 2 * (Overview::TopCountries + 2));
    grid->addWidget(cellWidget(m_countries), 4, 0);
    m_browsers = addCell(u"browsersChart"_s, tr("Active sessions by browser"));
    grid->addWidget(cellWidget(m_browsers), 4, 1);
    // The whole width: the rules' names are long in some languages.
    m_flags = addCell(u"flagsChart"_s, tr("Open flags by rule and severity"));
    grid->addWidget(cellWidget(m_flags), 5, 0, 1, 2);
    m_devices = addCell(u"devicesChart"_s, tr("Active sessions by device"));
    grid->addWidget(cellWidget(m_devices), 6, 0);
    m_actions = addCell(u"actionsChart"_s, tr("Operator actions per day"));
    grid->addWidget(cellWidget(m_actions), 6, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"overviewScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    m_changed.setSingleShot(true);
    m_changed.setInterval(ChangedDelayMs);
    connect(&m_changed, &QTimer::timeout, this, &OverviewPage::refresh);
    m_tick.setInterval(TickMs);
    const auto later = [this] {
        if (!isVisible())
            m_stale = true;
        else if (!m_changed.isActive())
            m_changed.start();
    };
    connect(&m_tick, &QTimer::timeout, this, later);
    connect(source, &SessionSource::changed, this, later);
}

OverviewPage::Cell OverviewPage::addCell(const QString &name, const QString &title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *heading = new QLabel(title, box);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    Cell cell;
    cell.stack = new QStackedWidget(box);
    if (content) {
        cell.content = content;
    } else {
        cell.view = new QChartView(cell.stack);
        cell.view->setObjectName(name);
        cell.view->setRenderHint(QPainter::Antialiasing);
        cell.view->setMinimumHeight(fontMetrics().height() * 13);
        cell.view->setFocusPolicy(Qt::TabFocus);
        cell.content = cell.view;
    }
    cell.content->setAccessibleName(title);
    cell.note = new QLabel(cell.stack);
    cell.note->setObjectName(name + u"Note"_s);
    cell.note->setWordWrap(true);
    cell.note->setAlignment(Qt::AlignCenter);
    cell.note->setAccessibleName(title);
    cell.stack->addWidget(cell.content);
    cell.stack->addWidget(cell.note);
    heading->setBuddy(cell.content);
    layout->addWidget(heading);
    layout->addWidget(cell.stack, 1);
    return cell;
}

void OverviewPage::start()
{
    m_started = true;
    m_tick.start();
    refresh();
}

void OverviewPage::refresh()
{
    const quint64 generation = ++m_generation;
    m_stale = false;
    Futures::onResult(m_source->overview(), this, [this, generation](const Result<Overview> &counted) {
        if (generation != m_generation)
            return;
        if (!counted.ok())
            return m_banner->showError(counted.error());
        if (m_banner->kind() == MessageBanner::Kind::Error && m_banner->isVisible())
            m_banner->hide(); // a failed count before this one
        show(counted.value());
        Q_EMIT shown();
    });
}

bool OverviewPage::searchesByCountry() const
{
    const Capabilities capabilities = m_source->capabilities();
    return capabilities.has(Capabilities::Capability::SearchSessions) &&
           capabilities.has(Capabilities::Capability::SearchPlaces);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_started && m_stale)
        refresh();
}

void OverviewPage::place(Cell &cell, QChart *chart, const QString &why)
{
    if (!why.isEmpty()) {
        delete chart;
        cell.note->setText(why);
        cell.stack->setCurrentWidget(cell.note);
        return;
    }
    if (cell.view) {
        QChart *before = cell.view->chart();
        cell.view->setChart(chart);
        delete before;
    }
    cell.stack->setCurrentWidget(cell.content);
}

void OverviewPage::show(const Overview &o)
{
    m_overview = o;
    const bool sessions = o.sessionsMissing.isEmpty();
    m_sessions->setEnabled(sessions);
    m_users->setEnabled(sessions);
    m_sessions->setText(
        sessions ? tr("%Ln active session(s)", nullptr, int(std::min<qint64>(o.activeSessions, INT_MAX)))
                 : tr("Active sessions"));
    m_sessions->setDescription(sessions ? tr("Show them on the Sessions page") : o.sessionsMissing);
    m_users->setText(
        sessions ? tr("%Ln user(s) signed in", nullptr, int(std::min<qint64>(o.signedInUsers, INT_MAX)))
                 : tr("Users signed in"));
    m_users->setDescription(sessions ? tr("Show them first on the Users page") : o.sessionsMissing);
    m_asOf->setText(tr("As of %1; counted again when something changes.")
                        .arg(QLocale().toString(o.at.toLocalTime().time(), QLocale::ShortFormat)));

    const QString noSessions =
        sessions && o.activeSessions == 0 ? tr("Nobody is signed in.") : o.sessionsMissing;
    // A dot opens its country's sessions where the Sessions page can search by country.
    m_map->setDots(WorldMap::dotsOf(o.places, searchesByCountry()));
    const QString noPlaces =
        o.places.isEmpty() ? tr("No active session has a place with coordinates.") : QString();
    place(m_places, nullptr,
          !noSessions.isEmpty()        ? noSessions
          : !o.placesMissing.isEmpty() ? o.placesMissing
                                       : noPlaces);
    place(m_signIns, signInsChart(o), o.signInsMissing);
    place(m_countries, countriesChart(o), noSessions.isEmpty() ? o.placesMissing : noSessions);
    place(m_devices, devicesChart(o), noSessions.isEmpty() ? o.devicesMissing : noSessions);
    place(m_browsers, browsersChart(o), noSessions.isEmpty() ? o.devicesMissing : noSessions);
    place(m_flags, flagsChart(o),
          !o.flagsMissing.isEmpty() ? o.flagsMissing
          : o.openFlags.isEmpty()   ? tr("No flag is open.")
                                    : QString());
    place(m_actions, actionsChart(o), o.actionsMissing);
}

QChart *OverviewPage::signInsChart(const Overview &o)
{
    QChart *chart = newChart();
    auto *succeeded = new QLineSeries;
    succeeded->setName(tr("Succeeded"));
    auto *failed = new QLineSeries;
    failed->setName(tr("Failed"));
    qint64 largest = 0;
    for (const Overview::Hour &hour : o.hours) {
        succeeded->append(double(hour.start.toMSecsSinceEpoch()), double(hour.succeeded));
        failed->append(double(hour.start.toMSecsSinceEpoch()), double(hour.failed));
        largest = std::max({largest, hour.succeeded, hour.failed});
    }
    QPen failedPen(FailedColor);
    failedPen.setWidth(2);
    failed->setPen(failedPen);
    chart->addSeries(succeeded);
    chart->addSeries(failed);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    auto *time = new QDateTimeAxis;
    time->setFormat(dayMonthFormat());
    const QDate today = o.at.toLocalTime().date();
    time->setRange(today.addDays(1 - Overview::Days).startOfDay(), today.addDays(1).startOfDay());
    time->setTickCount(Overview::Days + 1);
    chart->addAxis(time, Qt::AlignBottom);
    QValueAxis *counts = countAxis(largest);
    chart->addAxis(counts, Qt::AlignLeft);
    const QList<Overview::Hour> hours = o.hours;
    for (QLineSeries *series : {succeeded, failed}) {
        series->attachAxis(time);
        series->attachAxis(counts);
        const bool success = series == succeeded;
        connect(series, &QLineSeries::clicked, this, [this, success](const QPointF &point) {
            const qint64 hour =
                qRound64(point.x() / double(HourMs)) * HourMs; // the nearest point: the hours start there
            Q_EMIT signInsRequested(QDateTime::fromMSecsSinceEpoch(hour, Qt::UTC), success);
        });
        connect(series, &QLineSeries::hovered, this, [hours](const QPointF &point, bool on) {
            const qint64 hour = qRound64(point.x() / double(HourMs)) * HourMs;
            for (const Overview::Hour &h : hours) {
                if (on && h.start.toMSecsSinceEpoch() == hour)
                    showTip(tr("%1: %2 succeeded, %3 failed")
                                .arg(DisplayFormat::hourRange(h.start), DisplayFormat::count(h.succeeded),
                                     DisplayFormat::count(h.failed)));
            }
        });
    }
    return chart;
}

QChart *OverviewPage::countriesChart(const Overview &o)
{
    QList<std::pair<QString, qint64>> bars;
    for (const Overview::Share &share : o.countries)
        bars.append({DisplayFormat::countryName(share.key), share.count});
    if (o.otherCountries > 0)
        bars.append({tr("Elsewhere or not recorded"), o.otherCountries});
    const QList<Overview::Share> countries = o.countries;
    if (!searchesByCountry())
        return horizontalBars(bars, tr("Active sessions"), this, {});
    return horizontalBars(bars, tr("Active sessions"), this, [this, countries](int index) {
        if (index < countries.size())
            Q_EMIT sessionsRequested(countries.at(index).key);
    });
}

QChart *OverviewPage::devicesChart(const Overview &o)
{
    QChart *chart = newChart();
    auto *series = new QPieSeries;
    for (const Overview::DeviceShare &share : o.devices) {
        const QString type = share.type == UserAgent::DeviceType::Unknown
                                 ? tr("Not recognised")
                                 : UserAgent::deviceTypeText(share.type);
        series->append(u"%1: %2"_s.arg(type, DisplayFormat::count(share.count)), double(share.count));
    }
    series->setPieSize(0.8);
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *OverviewPage::browsersChart(const Overview &o)
{
    QList<std::pair<QString, qint64>> bars;
    for (const Overview::Share &share : o.browsers)
        bars.append({share.key.isEmpty() ? tr("Not recognised") : share.key, share.count});
    return horizontalBars(bars, tr("Active sessions"), this, {});
}

QChart *OverviewPage::flagsChart(const Overview &o)
{
    QChart *chart = newChart();
    QList<Flag::Rule> rules;
    for (const Overview::FlagCount &count : o.openFlags) {
        if (!rules.contains(count.rule))
            rules.append(count.rule);
    }
    std::reverse(rules.begin(), rules.end()); // the first rule on top
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    qint64 largest = 0;
    QHash<Flag::Rule, qint64> perRule;
    for (const auto severity : {Flag::Severity::High, Flag::Severity::Medium, Flag::Severity::Low}) {
        auto *set = new QBarSet(Flag::severityText(severity));
        set->setColor(SeverityColors[int(severity)]);
        for (const Flag::Rule rule : std::as_const(rules)) {
            qint64 n = 0;
            for (const Overview::FlagCount &count : o.openFlags) {
                if (count.rule == rule && count.severity == severity)
                    n = count.count;
            }
            *set << double(n);
            largest = std::max(largest, perRule[rule] += n);
        }
        series->append(set);
        connect(set, &QBarSet::clicked, this,
                [this, rules](int index) { Q_EMIT flagsRequested(rules.at(index)); });
        connect(set, &QBarSet::hovered, this, [rules, set](bool on, int index) {
            if (on)
                showTip(tr("%1, %2: %3 open")
                            .arg(Flag::ruleText(rules.at(index)), set->label(),
                                 DisplayFormat::count(qint64(set->at(index)))));
        });
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    for (const Flag::Rule rule : std::as_const(rules))
        categories->append(Flag::ruleText(rule));
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis *counts = countAxis(largest);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

QChart *OverviewPage::actionsChart(const Overview &o)
{
    QChart *chart = newChart();
    auto *set = new QBarSet(tr("Actions"));
    auto *categories = new QBarCategoryAxis;
    qint64 largest = 0;
    const QLocale locale;
    for (const Overview::Day &day : o.days) {
        *set << double(day.actions);
        categories->append(locale.toString(day.date, u"ddd d"_s));
        largest = std::max(largest, day.actions);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis *counts = countAxis(largest);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    const QList<Overview::Day> days = o.days;
    connect(set, &QBarSet::clicked, this, [this, days](int index) {
        const QDate date = days.at(index).date;
        Q_EMIT auditRequested(date.startOfDay(), date.addDays(1).startOfDay());
    });
    connect(set, &QBarSet::hovered, this, [days](bool on, int index) {
        if (on)
            showTip(tr("%1: %Ln action(s)", nullptr, int(days.at(index).actions))
                        .arg(QLocale().toString(days.at(index).date, QLocale::LongFormat)));
    });
    return chart;
}
