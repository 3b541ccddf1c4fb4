#pragma once

#include "models/domain/Overview.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class MessageBanner;
class QChart;
class QChartView;
class QCommandLinkButton;
class QLabel;
class QStackedWidget;
class SessionSource;
class WorldMap;

// The first page: how many are signed in now, from where and with what; the last week's sign-ins
// by hour; the open flags by rule; the operators' actions by day. Each chart is a door: a country,
// an hour, a rule or a day opens the page that lists them, filtered. The figures are counted away
// from the GUI thread and follow the source's changes while the page is shown.
class OverviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(SessionSource *source, QWidget *parent = nullptr);

    // Counts now, and again whenever the source changes while the page is shown.
    void start();
    void refresh();
    const Overview &overview() const { return m_overview; }
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    // The figures on screen are new.
    void shown();
    // The doors.
    void sessionsRequested(const QString &country); // every active session when empty
    void usersRequested();
    void signInsRequested(const QDateTime &hour, std::optional<bool> success);
    void flagsRequested(Flag::Rule rule);
    void auditRequested(const QDateTime &from, const QDateTime &to);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // A chart's place on the page: the chart, or the reason it cannot be drawn.
    struct Cell
    {
        QStackedWidget *stack = nullptr;
        QChartView *view = nullptr; // none for the map
        QWidget *content = nullptr;
        QLabel *note = nullptr;
    };
    // A titled place on the page for content (a chart view, or the map), with a note beside it.
    Cell addCell(const QString &name, const QString &title, QWidget *content = nullptr);
    // Puts chart in cell (the one before is deleted), or the note when why is not empty.
    void place(Cell &cell, QChart *chart, const QString &why);
    void show(const Overview &overview);
    // Whether the Sessions page can search by country: a country's bar or dot is a door only then.
    bool searchesByCountry() const;
    QChart *signInsChart(const Overview &overview);
    QChart *countriesChart(const Overview &overview);
    QChart *devicesChart(const Overview &overview);
    QChart *browsersChart(const Overview &overview);
    QChart *flagsChart(const Overview &overview);
    QChart *actionsChart(const Overview &overview);

    SessionSource *m_source = nullptr;
    MessageBanner *m_banner = nullptr;
    QCommandLinkButton *m_sessions = nullptr;
    QCommandLinkButton *m_users = nullptr;
    QLabel *m_asOf = nullptr;
    WorldMap *m_map = nullptr;
    Cell m_places;
    Cell m_signIns;
    Cell m_countries;
    Cell m_devices;
    Cell m_browsers;
    Cell m_flags;
    Cell m_actions;
    Overview m_overview;
    QTimer m_changed; // changes come in bursts: count once they pause
    QTimer m_tick;    // the window moves on with the clock
    quint64 m_generation = 0;
    bool m_started = false;
    bool m_stale = false; // changed while hidden
};
