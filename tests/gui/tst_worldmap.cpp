// The world map: the outlines are there and painted (land where land is), dots merge while they
// would overlap and part when zoomed in, each names its places in a tooltip and activates its
// largest place when clicked; zoom and pan by keyboard and mouse; a route fits in sight and says
// what it means.
#include "views/common/WorldMap.h"

#include <QApplication>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

class tst_WorldMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void outlinesArePainted();
    void dotsMergeAndPart();
    void dotNamesAndOpensItsPlace();
    void zoomAndPanByKeyboardAndMouse();
    void routeIsInSight();
    void routeTakesTheShorterWayRound();
    void enterOpensTheLargestDot();
    void theWorldComesRoundWhenPanned();

private:
    static const WorldMap::Dot Berlin;
    static const WorldMap::Dot Hamburg;
    static const WorldMap::Dot SaoPaulo;
    std::unique_ptr<WorldMap> m_map;
};

const WorldMap::Dot tst_WorldMap::Berlin{52.52, 13.40, 10, u"Berlin, Germany"_s, u"DE"_s};
const WorldMap::Dot tst_WorldMap::Hamburg{53.55, 9.99, 3, u"Hamburg, Germany"_s, u"DE"_s};
const WorldMap::Dot tst_WorldMap::SaoPaulo{-23.55, -46.63, 5, u"São Paulo, Brazil"_s, u"BR"_s};

void tst_WorldMap::init()
{
    m_map = std::make_unique<WorldMap>();
    m_map->resize(720, 300);
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
}

void tst_WorldMap::cleanup()
{
    m_map.reset();
}

void tst_WorldMap::outlinesArePainted()
{
    QVERIFY2(WorldMap::outlineRings() > 1000, qPrintable(QString::number(WorldMap::outlineRings())));
    const QImage image = m_map->grab().toImage();
    const auto colourAt = [&](double latitude, double longitude) {
        return image.pixelColor(m_map->toWidget(latitude, longitude).toPoint());
    };
    const QColor brazil = colourAt(-10, -55);
    const QColor atlantic = colourAt(0, -30);
    const QColor australia = colourAt(-25, 134);
    QCOMPARE(brazil, australia);
    QVERIFY2(brazil != atlantic, qPrintable(brazil.name()));
    QCOMPARE(colourAt(-40, -120), atlantic); // the South Pacific
}

void tst_WorldMap::dotsMergeAndPart()
{
    m_map->setDots({Hamburg, SaoPaulo, Berlin});
    // The whole world: Berlin and Hamburg are a few pixels apart, one dot of 13, Berlin's.
    QList<WorldMap::Cluster> clusters = m_map->clusters();
    QCOMPARE(clusters.size(), 2);
    QCOMPARE(clusters.first().count, 13);
    QCOMPARE(m_map->dots().at(clusters.first().dots.first()).label, Berlin.label);
    QCOMPARE(clusters.last().count, 5);
    // Zoomed in on them, they part.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_map.get(), Qt::Key_Plus);
    clusters = m_map->clusters();
    QCOMPARE(clusters.size(), 3);
}

void tst_WorldMap::dotNamesAndOpensItsPlace()
{
    m_map->setDots({Berlin, Hamburg, SaoPaulo});
    const QPoint berlin = m_map->toWidget(Berlin.latitude, Berlin.longitude).toPoint();
    QHelpEvent help(QEvent::ToolTip, berlin, m_map->mapToGlobal(berlin));
    QApplication::sendEvent(m_map.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), u"Berlin, Germany: 10\nHamburg, Germany: 3"_s);
    QSignalSpy activated(m_map.get(), &WorldMap::dotActivated);
    const QPoint brazil = m_map->toWidget(SaoPaulo.latitude, SaoPaulo.longitude).toPoint();
    QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, brazil);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), u"BR"_s);
    // Enter activates the largest place; a click on the sea nothing.
    QTest::keyClick(m_map.get(), Qt::Key_Return);
    QCOMPARE(activated.last().first().toString(), u"DE"_s);
    QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, m_map->toWidget(-40, -120).toPoint());
    QCOMPARE(activated.count(), 2);
    QVERIFY(m_map->accessibleDescription().startsWith(u"Berlin, Germany: 10; São Paulo, Brazil: 5"_s));
}

void tst_WorldMap::zoomAndPanByKeyboardAndMouse()
{
    m_map->setDots({Berlin});
    const QPointF before = m_map->toWidget(Berlin.latitude, Berlin.longitude);
    QTest::keyClick(m_map.get(), Qt::Key_Plus);
    QVERIFY(m_map->zoom() > 1.4);
    QTest::keyClick(m_map.get(), Qt::Key_Left);
    const QPointF panned = m_map->toWidget(Berlin.latitude, Berlin.longitude);
    QTest::keyClick(m_map.get(), Qt::Key_0);
    QCOMPARE(m_map->zoom(), 1.0);
    QCOMPARE(m_map->toWidget(Berlin.latitude, Berlin.longitude), before);
    QVERIFY(panned != before);
    // Dragging moves the map with the mouse, and is no click.
    QSignalSpy activated(m_map.get(), &WorldMap::dotActivated);
    const QPoint from = before.toPoint();
    QTest::mousePress(m_map.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_map.get(), from + QPoint(40, 10));
    QTest::mouseMove(m_map.get(), from + QPoint(80, 20));
    QTest::mouseRelease(m_map.get(), Qt::LeftButton, {}, from + QPoint(80, 20));
    const QPointF dragged = m_map->toWidget(Berlin.latitude, Berlin.longitude);
    QVERIFY2(QLineF(dragged, before + QPointF(80, 20)).length() < 2,
             qPrintable(u"%1,%2"_s.arg(dragged.x()).arg(dragged.y())));
    QCOMPARE(activated.count(), 0);
    // The wheel zooms about the pointer: the place under it stays.
    QWheelEvent wheel(dragged, m_map->mapToGlobal(dragged), {}, {0, 240}, Qt::NoButton, {}, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(m_map.get(), &wheel);
    QVERIFY(m_map->zoom() > 1.3);
    QVERIFY(QLineF(m_map->toWidget(Berlin.latitude, Berlin.longitude), dragged).length() < 1);
}

void tst_WorldMap::routeIsInSight()
{
    const QString text = u"Berlin → São Paulo, 10,253 km in 40 min = 15,380 km/h; threshold 805 km/h"_s;
    m_map->setRoute(WorldMap::Route{Berlin, SaoPaulo, text});
    QCOMPARE(m_map->accessibleDescription(), text);
    for (const WorldMap::Dot &end : {Berlin, SaoPaulo})
        QVERIFY(m_map->rect().contains(m_map->toWidget(end.latitude, end.longitude).toPoint()));
    // Two places close together are zoomed in on.
    m_map->setRoute(WorldMap::Route{Berlin, Hamburg, text});
    QVERIFY(m_map->zoom() >= 8);
    for (const WorldMap::Dot &end : {Berlin, Hamburg})
        QVERIFY(m_map->rect().contains(m_map->toWidget(end.latitude, end.longitude).toPoint()));
    m_map->setRoute(std::nullopt);
    QCOMPARE(m_map->zoom(), 1.0);
}

void tst_WorldMap::routeTakesTheShorterWayRound()
{
    // Found by trying: Tokyo to Los Angeles was drawn across Eurasia, zoomed out, a name cut off.
    const WorldMap::Dot tokyo{35.68, 139.69, 1, u"Tokyo, Japan"_s, {}};
    const WorldMap::Dot losAngeles{34.05, -118.24, 1, u"Los Angeles, United States"_s, {}};
    m_map->setRoute(WorldMap::Route{tokyo, losAngeles, u"Tokyo → Los Angeles"_s});
    const QPointF a = m_map->toWidget(tokyo.latitude, tokyo.longitude);
    const QPointF b = m_map->toWidget(losAngeles.latitude, losAngeles.longitude);
    QVERIFY2(b.x() > a.x(), qPrintable(u"%1 → %2"_s.arg(a.x()).arg(b.x()))); // eastwards, over the Pacific
    QVERIFY(m_map->zoom() > 1.2);
    // Both below the sentence at the top, with room beside them for their names.
    const int band = m_map->fontMetrics().height() * 2 + 8;
    for (const QPointF &end : {a, b}) {
        QVERIFY2(end.y() > band && end.y() < m_map->height(), qPrintable(QString::number(end.y())));
        QVERIFY(end.x() > 0 && end.x() < m_map->width());
    }
    // The sea between them, on both sides of the antimeridian, is painted as sea, not as the world's edge.
    const QImage image = m_map->grab().toImage();
    const QColor west = image.pixelColor(m_map->toWidget(30, 175).toPoint());
    const QColor east = image.pixelColor(m_map->toWidget(30, -165).toPoint());
    QCOMPARE(west, east);
    QVERIFY(west != m_map->palette().color(QPalette::Window));
}

void tst_WorldMap::enterOpensTheLargestDot()
{
    // São Paulo is the largest place, Berlin and Hamburg together the largest dot.
    WorldMap::Dot saoPaulo = SaoPaulo;
    saoPaulo.count = 12;
    m_map->setDots({saoPaulo, Berlin, Hamburg});
    QSignalSpy activated(m_map.get(), &WorldMap::dotActivated);
    QTest::keyClick(m_map.get(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), u"DE"_s);
}

void tst_WorldMap::theWorldComesRoundWhenPanned()
{
    m_map->setDots({Berlin});
    // Half a turn and more to the east: Berlin comes round from the west, still on the map.
    for (int step = 0; step < 10; ++step) {
        QTest::keyClick(m_map.get(), Qt::Key_Right);
        const QPointF berlin = m_map->toWidget(Berlin.latitude, Berlin.longitude);
        QVERIFY2(m_map->rect().contains(berlin.toPoint()),
                 qPrintable(u"step %1: %2"_s.arg(step).arg(berlin.x())));
        QCOMPARE(m_map->clusters().size(), 1);
    }
}

QTEST_MAIN(tst_WorldMap)
#include "tst_worldmap.moc"
