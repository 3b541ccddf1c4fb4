#include "views/common/WorldMap.h"

#include "models/domain/DisplayFormat.h"

#include <QDataStream>
#include <QFile>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

// The part of the world shown whole: the poles hold no sessions.
constexpr double Width = 360;
constexpr double Height = 150; // from 85° north to 65° south
constexpr double MaxZoom = 64;
constexpr double DotRadius = 5;    // a dot of one session, in pixels
constexpr double MergeRadius = 14; // dots closer than this are drawn as one

const QColor Water(0xe8, 0xf0, 0xf7);
const QColor Land(0xd3, 0xd7, 0xcf);
const QColor Border(0xff, 0xff, 0xff);
const QColor DotColor(0x1c, 0x71, 0xd8);
const QColor RouteColor(0xc0, 0x1c, 0x28);

struct Outlines
{
    QPainterPath land;
    int rings = 0;
};

// world.bin (resources/map/world_atlas_to_map.py), read once.
const Outlines &outlines()
{
    static const Outlines loaded = [] {
        Outlines result;
        QFile file(u":/map/world.bin"_s);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        QDataStream in(&file);
        char magic[4];
        quint32 version = 0;
        quint32 rings = 0;
        if (in.readRawData(magic, 4) != 4 || QByteArray(magic, 4) != "SDWM")
            return result;
        in >> version >> rings;
        if (version != 1)
            return result;
        result.land.setFillRule(Qt::WindingFill);
        for (quint32 ring = 0; ring < rings && in.status() == QDataStream::Ok; ++ring) {
            quint32 points = 0;
            in >> points;
            QPolygonF polygon;
            polygon.reserve(points);
            for (quint32 i = 0; i < points && in.status() == QDataStream::Ok; ++i) {
                qint32 lon = 0;
                qint32 lat = 0;
                in >> lon >> lat;
                polygon << QPointF(lon / 100.0, -lat / 100.0);
            }
            result.land.addPolygon(polygon);
            result.land.closeSubpath();
            ++result.rings;
        }
        return result;
    }();
    return loaded;
}

double radiusOf(qint64 count)
{
    return DotRadius + 3 * std::log10(double(std::max<qint64>(count, 1)));
}

} // namespace

WorldMap::WorldMap(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(240, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("World map"));
    describe();
}

int WorldMap::outlineRings()
{
    return outlines().rings;
}

QList<WorldMap::Dot> WorldMap::dotsOf(const QList<Overview::Place> &places, bool byCountry)
{
    QList<Dot> dots;
    for (const Overview::Place &place : places)
        dots.append({place.latitude, place.longitude, place.count,
                     DisplayFormat::place(place.city, place.country), byCountry ? place.country : QString()});
    return dots;
}

void WorldMap::setDots(const QList<Dot> &dots)
{
    m_dots = dots;
    std::stable_sort(m_dots.begin(), m_dots.end(),
                     [](const Dot &a, const Dot &b) { return a.count > b.count; });
    describe();
    update();
}

void WorldMap::setRoute(const std::optional<Route> &route)
{
    m_route = route;
    resetView();
    fitRoute();
    describe();
    update();
}

void WorldMap::fitRoute()
{
    if (!m_route)
        return;
    // The shorter way round: Tokyo to Los Angeles crosses the Pacific, not Eurasia.
    const QPointF a(m_route->from.longitude, -m_route->from.latitude);
    QPointF b(m_route->to.longitude, -m_route->to.latitude);
    if (b.x() - a.x() > 180)
        b.rx() -= 360;
    else if (a.x() - b.x() > 180)
        b.rx() += 360;
    // Both ends in sight below the sentence, with room for their names beside them.
    const double band = captionHeight();
    const QRectF room(width() * 0.2, band + 16, width() * 0.6, std::max(height() - band - 32, 1.0));
    const double unit = std::min(width() / Width, height() / Height); // the scale at zoom 1
    const double dx = std::max(std::abs(a.x() - b.x()), 0.5);
    const double dy = std::max(std::abs(a.y() - b.y()), 0.5);
    m_zoom = std::clamp(std::min(room.width() / (dx * unit), room.height() / (dy * unit)), 1.0, 16.0);
    // The middle of the way at the middle of that room.
    const QPointF offset = room.center() - QPointF(width() / 2.0, height() / 2.0);
    m_center = (a + b) / 2 - offset / scale();
    wrapCenter();
    m_land = {};
}

int WorldMap::captionHeight() const
{
    return fontMetrics().height() * 2 + 8; // two lines
}

void WorldMap::wrapCenter()
{
    if (m_center.x() > Width / 2)
        m_center.rx() -= Width;
    else if (m_center.x() < -Width / 2)
        m_center.rx() += Width;
    m_center.setY(std::clamp(m_center.y(), -85.0, 65.0));
}

void WorldMap::resetView()
{
    m_zoom = 1;
    m_center = QPointF(0, -10);
    m_land = {};
    update();
}

double WorldMap::scale() const
{
    return std::min(width() / Width, height() / Height) * m_zoom;
}

QTransform WorldMap::transform() const
{
    QTransform t;
    t.translate(width() / 2.0, height() / 2.0);
    t.scale(scale(), scale());
    t.translate(-m_center.x(), -m_center.y());
    return t;
}

QPointF WorldMap::toWidget(double latitude, double longitude) const
{
    // The world repeats sideways: the place where it is nearest to the middle of the view.
    double x = longitude;
    while (x - m_center.x() > Width / 2)
        x -= Width;
    while (m_center.x() - x > Width / 2)
        x += Width;
    return transform().map(QPointF(x, -latitude));
}

QList<WorldMap::Cluster> WorldMap::clusters() const
{
    // The largest dots first: each joins the first cluster it would overlap, or starts its own.
    QList<Cluster> result;
    for (int i = 0; i < m_dots.size(); ++i) {
        const QPointF at = toWidget(m_dots.at(i).latitude, m_dots.at(i).longitude);
        auto joined = std::find_if(result.begin(), result.end(), [&](const Cluster &c) {
            return QLineF(c.at, at).length() < MergeRadius + radiusOf(c.count) / 2;
        });
        if (joined == result.end()) {
            result.append({at, m_dots.at(i).count, {i}});
        } else {
            joined->count += m_dots.at(i).count;
            joined->dots.append(i);
        }
    }
    return result;
}

std::optional<WorldMap::Cluster> WorldMap::clusterAt(const QPointF &point) const
{
    const QList<Cluster> all = clusters();
    for (const Cluster &cluster : all) {
        if (QLineF(cluster.at, point).length() <= radiusOf(cluster.count) + 2)
            return cluster;
    }
    return std::nullopt;
}

void WorldMap::paintEvent(QPaintEvent *)
{
    const qreal ratio = devicePixelRatioF();
    if (m_land.isNull() || m_land.size() != size() * ratio) {
        m_land = QPixmap(size() * ratio);
        m_land.setDevicePixelRatio(ratio);
        m_land.fill(palette().color(QPalette::Window));
        QPainter land(&m_land);
        land.setRenderHint(QPainter::Antialiasing);
        land.setTransform(transform());
        // The world repeats sideways (the rings that cross the antimeridian are drawn on both
        // sides, each copy clipped at it); nothing past the poles.
        QPen border(Border);
        border.setCosmetic(true);
        border.setWidthF(0.6);
        land.setPen(border);
        land.setBrush(Land);
        for (const double shift : {-Width, 0.0, Width}) {
            const QRectF world(shift - 180, -90, Width, 180);
            land.fillRect(world, Water);
            land.save();
            land.setClipRect(world);
            land.translate(shift, 0);
            land.drawPath(outlines().land);
            land.restore();
        }
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_land);
    painter.setRenderHint(QPainter::Antialiasing);

    if (m_route) {
        const QPointF a = toWidget(m_route->from.latitude, m_route->from.longitude);
        const QPointF b = toWidget(m_route->to.latitude, m_route->to.longitude);
        painter.setPen(QPen(RouteColor, 2.5, Qt::DashLine));
        painter.drawLine(a, b);
        painter.setBrush(RouteColor);
        painter.setPen(QPen(Qt::white, 1.5));
        for (const auto &[at, label] : {std::pair(a, m_route->from.label), std::pair(b, m_route->to.label)}) {
            painter.drawEllipse(at, DotRadius + 1, DotRadius + 1);
            painter.setPen(palette().color(QPalette::Text));
            // Beside the place, on the side with room for it.
            const double wide = fontMetrics().horizontalAdvance(label);
            const double x = at.x() + DotRadius + 4 + wide <= width() ? at.x() + DotRadius + 4
                                                                      : at.x() - DotRadius - 4 - wide;
            painter.drawText(QPointF(x, at.y() - DotRadius), label);
            painter.setPen(QPen(Qt::white, 1.5));
        }
        // What the route means, on a band across the top.
        const QRect band(0, 0, width(), captionHeight());
        painter.fillRect(band, QColor(255, 255, 255, 220));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(band.adjusted(8, 4, -8, -4), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         m_route->text);
        return;
    }

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QList<Cluster> all = clusters();
    // The smallest last-drawn would hide under the largest: largest drawn first.
    for (const Cluster &cluster : all) {
        const double r = radiusOf(cluster.count);
        QColor fill = DotColor;
        fill.setAlphaF(0.8);
        painter.setBrush(fill);
        painter.setPen(QPen(Qt::white, 1.2));
        painter.drawEllipse(cluster.at, r, r);
        if (cluster.count > 1 && r >= 7) {
            painter.setPen(Qt::white);
            const QString text = DisplayFormat::count(cluster.count);
            const QRectF box(cluster.at - QPointF(r * 2, r), QSizeF(r * 4, r * 2));
            painter.drawText(box, Qt::AlignCenter, text);
        }
    }
}

void WorldMap::resizeEvent(QResizeEvent *event)
{
    m_land = {};
    fitRoute();
    QWidget::resizeEvent(event);
}

void WorldMap::zoomBy(double factor, const QPointF &around)
{
    const QPointF before = transform().inverted().map(around);
    m_zoom = std::clamp(m_zoom * factor, 1.0, MaxZoom);
    const QPointF after = transform().inverted().map(around);
    m_center += before - after; // the place under around stays there
    wrapCenter();
    m_land = {};
    update();
}

void WorldMap::panBy(const QPointF &pixels)
{
    m_center -= pixels / scale();
    wrapCenter();
    m_land = {};
    update();
}

void WorldMap::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()), event->position());
    event->accept();
}

void WorldMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragFrom = event->position();
        m_dragged = false;
    }
}

void WorldMap::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom)
        return;
    const QPointF moved = event->position() - *m_dragFrom;
    if (!m_dragged && moved.manhattanLength() < 4)
        return;
    m_dragged = true;
    panBy(moved);
    m_dragFrom = event->position();
}

void WorldMap::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click = m_dragFrom && !m_dragged;
    m_dragFrom.reset();
    if (!click || m_route)
        return;
    if (const auto cluster = clusterAt(event->position());
        cluster && !m_dots.at(cluster->dots.first()).key.isEmpty())
        Q_EMIT dotActivated(m_dots.at(cluster->dots.first()).key);
}

void WorldMap::keyPressEvent(QKeyEvent *event)
{
    const double step = std::min(width(), height()) / 6.0;
    const QPointF middle(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomBy(1.5, middle);
    case Qt::Key_Minus:
        return zoomBy(1 / 1.5, middle);
    case Qt::Key_0:
    case Qt::Key_Home:
        return resetView();
    case Qt::Key_Left:
        return panBy({step, 0});
    case Qt::Key_Right:
        return panBy({-step, 0});
    case Qt::Key_Up:
        return panBy({0, step});
    case Qt::Key_Down:
        return panBy({0, -step});
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // The dot with the most, as drawn now: its largest place.
        if (!m_route && !m_dots.isEmpty()) {
            const QList<Cluster> all = clusters();
            const auto largest = std::max_element(
                all.begin(), all.end(), [](const Cluster &a, const Cluster &b) { return a.count < b.count; });
            if (const QString key = m_dots.at(largest->dots.first()).key; !key.isEmpty())
                return Q_EMIT dotActivated(key);
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool WorldMap::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const auto cluster = m_route ? std::nullopt : clusterAt(help->pos());
    if (!cluster) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QStringList lines;
    for (int i : std::as_const(cluster->dots)) {
        if (lines.size() == 8) {
            lines << tr("and %Ln more place(s)", nullptr, int(cluster->dots.size() - 8));
            break;
        }
        lines << tr("%1: %2").arg(m_dots.at(i).label, DisplayFormat::count(m_dots.at(i).count));
    }
    QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
    return true;
}

void WorldMap::describe()
{
    // What a screen reader says instead of the picture: the route, or the largest places.
    if (m_route) {
        setAccessibleDescription(m_route->text);
        return;
    }
    QStringList places;
    for (const Dot &dot : std::as_const(m_dots)) {
        if (places.size() == 5)
            break;
        places << tr("%1: %2").arg(dot.label, DisplayFormat::count(dot.count));
    }
    setAccessibleDescription(places.isEmpty() ? tr("No place to show.") : places.join(u"; "_s));
}
