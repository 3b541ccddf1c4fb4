#pragma once

#include "models/domain/Overview.h"

#include <QList>
#include <QPainterPath>
#include <QPixmap>
#include <QPointF>
#include <QWidget>

#include <optional>

// A world map painted from the outlines in the resources (Natural Earth 1:50m, no tiles, no
// network): places as dots, merged where they would overlap at the present zoom and labelled with
// their count, and a route between two places with what it means. Zoom with the wheel or + and -,
// pan by dragging or with the arrow keys, 0 shows the whole world again; a dot's tooltip names its
// places, and a click on it (or Enter on the largest, from the keyboard) activates its largest place.
class WorldMap final : public QWidget
{
    Q_OBJECT

public:
    struct Dot
    {
        double latitude = 0;
        double longitude = 0;
        qint64 count = 0;
        QString label; // "Berlin, Germany"
        QString key;   // what activating it names (a country code)
    };
    struct Route
    {
        Dot from;
        Dot to;
        QString text; // "Berlin → São Paulo, 10,253 km in 40 min = 15,380 km/h; threshold 805 km/h"
    };
    // Dots drawn together: at the place of the largest, its count the sum.
    struct Cluster
    {
        QPointF at; // in the widget
        qint64 count = 0;
        QList<int> dots; // indexes into dots(), the largest first
    };

    explicit WorldMap(QWidget *parent = nullptr);

    // The dots of places; each activates its country where byCountry, else none.
    static QList<Dot> dotsOf(const QList<Overview::Place> &places, bool byCountry);
    void setDots(const QList<Dot> &dots);
    QList<Dot> dots() const { return m_dots; }
    // Shows the route, zoomed to fit it; none shows the dots again.
    void setRoute(const std::optional<Route> &route);
    std::optional<Route> route() const { return m_route; }
    // The whole world.
    void resetView();
    double zoom() const { return m_zoom; }

    // Where a place is drawn in the widget at the present zoom and pan.
    QPointF toWidget(double latitude, double longitude) const;
    // The dots as drawn now.
    QList<Cluster> clusters() const;
    // The rings of the outlines (for a test: they are there).
    static int outlineRings();

Q_SIGNALS:
    void dotActivated(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Map units: x is the longitude, y the latitude upside down.
    double scale() const;
    QTransform transform() const;
    // Zooms and pans so that the route fits below its sentence.
    void fitRoute();
    // The band across the top that holds the route's sentence.
    int captionHeight() const;
    // Keeps the view's middle on the world: sideways it comes round again, up and down it stops.
    void wrapCenter();
    void zoomBy(double factor, const QPointF &around);
    void panBy(const QPointF &pixels);
    std::optional<Cluster> clusterAt(const QPointF &point) const;
    void describe();

    QList<Dot> m_dots;
    std::optional<Route> m_route;
    double m_zoom = 1;
    QPointF m_center{0, -10}; // in map units
    QPixmap m_land;           // the outlines as last drawn; empty when the view changed
    std::optional<QPointF> m_dragFrom;
    bool m_dragged = false;
};
