#include "models/demo/DemoGenerator.h"

#include "models/demo/DemoPlaces.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Culture
{
    QList<const char16_t *> firstNames;
    QList<const char16_t *> lastNames;
    QList<int> homeCities; // indexes into cities
};

const QList<Culture> &cultures()
{
    static const QList<Culture> list = {
        {{u"Anna", u"Lukas", u"Sophie", u"Jonas", u"Marie", u"Felix", u"Lena", u"Jürgen", u"Katrin",
          u"Tobias", u"Miriam", u"Stefan"},
         {u"Schmidt", u"Müller", u"Weber", u"Fischer", u"Wagner", u"Becker", u"Hoffmann", u"Schäfer", u"Koch",
          u"Richter", u"Wolf", u"Neumann"},
         {0, 1, 2}},
        {{u"Camille", u"Louis", u"Chloé", u"Hugo", u"Léa", u"François", u"Manon", u"Julien", u"Inès",
          u"Mathis"},
         {u"Martin", u"Bernard", u"Dubois", u"Lefèvre", u"Moreau", u"Laurent", u"Girard", u"Roux",
          u"Fournier", u"Mercier"},
         {3, 4}},
        {{u"Lucía", u"Mateo", u"Sofía", u"Pablo", u"Carmen", u"Javier", u"Valeria", u"Diego", u"Elena",
          u"Andrés"},
         {u"García", u"Fernández", u"López", u"Martínez", u"Sánchez", u"Romero", u"Navarro", u"Torres",
          u"Ruiz", u"Castro"},
         {5, 6, 27, 33}},
        {{u"João", u"Ana", u"Pedro", u"Beatriz", u"Gabriel", u"Larissa", u"Rafael", u"Camila", u"Thiago",
          u"Juliana"},
         {u"Silva", u"Santos", u"Oliveira", u"Souza", u"Costa", u"Pereira", u"Almeida", u"Ferreira",
          u"Ribeiro", u"Carvalho"},
         {7, 8}},
        {{u"Emily", u"James", u"Olivia", u"Michael", u"Ava", u"Daniel", u"Madison", u"Ethan", u"Grace",
          u"Tyler", u"Hannah", u"Marcus"},
         {u"Johnson", u"Williams", u"Brown", u"Miller", u"Davis", u"Wilson", u"Taylor", u"Anderson",
          u"Thompson", u"Moore", u"Jackson", u"Clark"},
         {9, 10, 11, 12, 26}},
        {{u"Oliver", u"Amelia", u"Harry", u"Isla", u"George", u"Charlotte", u"Freddie", u"Poppy", u"Alfie",
          u"Imogen"},
         {u"Smith", u"Jones", u"Evans", u"Thomas", u"Roberts", u"Walker", u"Wright", u"Hughes", u"Edwards",
          u"Hall"},
         {13, 14}},
        {{u"Priya", u"Arjun", u"Ananya", u"Rohan", u"Kavya", u"Vikram", u"Diya", u"Aditya", u"Meera",
          u"Karthik"},
         {u"Sharma", u"Patel", u"Iyer", u"Reddy", u"Gupta", u"Nair", u"Menon", u"Rao", u"Joshi", u"Kapoor"},
         {15, 16, 17}},
        {{u"Haruto", u"Yui", u"Sota", u"Hina", u"Ren", u"Aoi", u"Kaito", u"Sakura", u"Yuto", u"Mio"},
         {u"Sato", u"Suzuki", u"Takahashi", u"Tanaka", u"Watanabe", u"Ito", u"Yamamoto", u"Nakamura",
          u"Kobayashi", u"Kato"},
         {18, 19}},
        {{u"Chinedu", u"Amara", u"Tunde", u"Ngozi", u"Emeka", u"Funmilayo", u"Kelechi", u"Yewande"},
         {u"Okafor", u"Adeyemi", u"Balogun", u"Eze", u"Okonkwo", u"Adebayo", u"Nwosu", u"Ogunleye"},
         {20}},
        {{u"Wanjiru", u"Otieno", u"Achieng", u"Kipchoge", u"Njeri", u"Mwangi"},
         {u"Kamau", u"Mwangi", u"Odhiambo", u"Wanjiku", u"Kiprop", u"Njoroge"},
         {21}},
        {{u"Thabo", u"Naledi", u"Sipho", u"Lerato", u"Pieter", u"Annelie"},
         {u"Nkosi", u"Dlamini", u"Mokoena", u"Naidoo", u"van der Merwe", u"Botha"},
         {22, 23}},
        {{u"Jack", u"Charlotte", u"Noah", u"Mia", u"William", u"Zoë", u"Lachlan", u"Matilda"},
         {u"Nguyen", u"Kelly", u"Murphy", u"Campbell", u"Mitchell", u"O'Brien", u"Ryan", u"Harris"},
         {24, 25}},
        {{u"Agnieszka", u"Piotr", u"Katarzyna", u"Tomasz", u"Magdalena", u"Paweł"},
         {u"Kowalski", u"Nowak", u"Wiśniewski", u"Wójcik", u"Kamińska", u"Lewandowski"},
         {28}},
        {{u"Elin", u"Erik", u"Astrid", u"Oskar", u"Maja", u"Lars"},
         {u"Lindqvist", u"Johansson", u"Andersson", u"Karlsson", u"Nilsson", u"Eriksson"},
         {29}},
        {{u"Seo-yeon", u"Min-jun", u"Ji-woo", u"Do-yun", u"Ha-eun", u"Jun-seo"},
         {u"Kim", u"Park", u"Lee", u"Choi", u"Jung", u"Kang"},
         {30}},
        {{u"Wei", u"Mei Ling", u"Jun Jie", u"Hui Min", u"Arjun", u"Nurul"},
         {u"Tan", u"Lim", u"Ng", u"Wong", u"Goh", u"Rahman"},
         {31}},
        {{u"Omar", u"Nour", u"Youssef", u"Mariam", u"Karim", u"Salma"},
         {u"Hassan", u"Mahmoud", u"Ibrahim", u"El-Sayed", u"Mostafa", u"Farouk"},
         {32}},
        {{u"Diego", u"Fernanda", u"Alejandro", u"Ximena", u"Santiago", u"Regina"},
         {u"Hernández", u"González", u"Ramírez", u"Flores", u"Morales", u"Vargas"},
         {27}},
    };
    return list;
}

const char16_t *const desktopAgents[] = {
    u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    u"Safari/537.36",
    u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    u"Safari/537.36 Edg/124.0.2478.51",
    u"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    u"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    u"Safari/605.1.15",
    u"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    u"Chrome/124.0.0.0 Safari/537.36",
    u"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    u"Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    u"Safari/537.36",
};
const char16_t *const mobileAgents[] = {
    u"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    u"Version/17.4 Mobile/15E148 Safari/604.1",
    u"Mozilla/5.0 (iPhone; CPU iPhone OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    u"CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1",
    u"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    u"Mobile Safari/537.36",
    u"Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 "
    u"Chrome/117.0.0.0 Mobile Safari/537.36",
    u"Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    u"Mobile/15E148 Safari/604.1",
    u"Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    u"Safari/537.36",
};
const char16_t *const attackerAgents[] = {
    u"python-requests/2.31.0",
    u"curl/8.5.0",
    u"Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.45 "
    u"Safari/537.36",
};
const char16_t *const domains[] = {u"northwind.example", u"contoso.example", u"fabrikam.example",
                                   u"globex.example",    u"initech.example", u"acme.example"};

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
constexpr qint64 sessionLifetime = 14 * day;
constexpr qint64 historyWindow = 30 * day;

struct Device
{
    QString id;
    QString userAgent;
};

QString asciiLocalPart(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c == u'ß')
            out += u"ss";
        else if (c == u'ł' || c == u'Ł')
            out += u'l';
        else if (c.isLetter() && c.unicode() < 128)
            out += c.toLower();
        else if (c == u'-')
            out += c;
    }
    return out;
}

} // namespace

DemoGenerator::DemoGenerator(const DemoOptions &options)
    : m_options(options)
    , m_random(quint32(options.seed ^ (options.seed >> 32)))
{}

QList<int> DemoGenerator::distribute(int total, const QList<int> &weights)
{
    QList<qint64> cumulative;
    cumulative.reserve(weights.size());
    qint64 sum = 0;
    for (int w : weights)
        cumulative.append(sum += w);
    QList<int> counts(weights.size(), 0);
    if (sum == 0)
        return counts;
    for (int i = 0; i < total; ++i) {
        const qint64 pick = qint64(m_random.bounded(quint64(sum)));
        const auto it = std::upper_bound(cumulative.cbegin(), cumulative.cend(), pick);
        ++counts[int(it - cumulative.cbegin())];
    }
    return counts;
}

bool DemoGenerator::generate(DemoSink &sink)
{
    const int userCount = qMax(0, m_options.users);
    if (userCount == 0)
        return true;
    const qint64 now = m_options.now.toMSecsSinceEpoch();
    auto pick = [this](auto size) {
        return int(m_random.bounded(quint32(size)));
    };
    auto chance = [this](double p) {
        return m_random.generateDouble() < p;
    };
    auto hex = [this](int length) {
        QString s;
        s.reserve(length);
        for (int i = 0; i < length; ++i)
            s += QChar(u"0123456789abcdef"[m_random.bounded(16)]);
        return s;
    };
    auto timeAt = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    };
    auto ipIn = [this](const DemoPlaces::City &city) -> QString {
        return QString::fromUtf16(city.ipPrefix) + u'.' + QString::number(m_random.bounded(1, 255)) + u'.' +
               QString::number(m_random.bounded(1, 255));
    };
    auto originFor = [&](const DemoPlaces::City &city, const Device &device, const QString &ip) {
        Origin origin;
        origin.ip = ip;
        origin.userAgent = device.userAgent;
        origin.deviceId = device.id;
        origin.country = QString::fromUtf16(city.country);
        origin.city = QString::fromUtf16(city.name);
        origin.latitude = city.latitude;
        origin.longitude = city.longitude;
        return origin;
    };

    // Most people have a few sessions; some are heavy users with many.
    QList<int> weights(userCount);
    for (int &w : weights)
        w = chance(0.05) ? 10 : chance(0.25) ? 3 : 1;
    const QList<int> sessionCounts = distribute(qMax(0, m_options.sessions), weights);
    const int successEvents = qMin(qMax(0, m_options.sessions), qMax(0, m_options.events));
    int sessionsWithoutEvent = qMax(0, m_options.sessions) - successEvents;
    const QList<int> failureCounts = distribute(qMax(0, m_options.events) - successEvents, weights);

    // Cultures in proportion to their name pools, so that no pool is exhausted long before others.
    QList<int> cultureWeights;
    for (const Culture &culture : cultures())
        cultureWeights.append(int(culture.firstNames.size() * culture.lastNames.size()));
    const int cultureTotal = std::accumulate(cultureWeights.cbegin(), cultureWeights.cend(), 0);
    auto pickCulture = [&]() -> const Culture & {
        int draw = int(m_random.bounded(quint32(cultureTotal)));
        int index = 0;
        while (draw >= cultureWeights.at(index))
            draw -= cultureWeights.at(index++);
        return cultures().at(index);
    };

    QHash<QString, int> emailsSeen;
    for (int u = 0; u < userCount; ++u) {
        const Culture &culture = pickCulture();
        const QString first = QString::fromUtf16(culture.firstNames.at(pick(culture.firstNames.size())));
        const QString last = QString::fromUtf16(culture.lastNames.at(pick(culture.lastNames.size())));
        const DemoPlaces::City &home =
            DemoPlaces::cities()[culture.homeCities.at(pick(culture.homeCities.size()))];

        User user;
        user.id = u"usr_"_s + hex(16);
        user.displayName = first + u' ' + last;
        const QString domain = QString::fromUtf16(domains[pick(std::size(domains))]);
        QString local = asciiLocalPart(first) + u'.' + asciiLocalPart(last);
        const int seen = emailsSeen[local + u'@' + domain]++;
        if (seen > 0)
            local += QString::number(seen + 1);
        user.email = local + u'@' + domain;
        const double roleDraw = m_random.generateDouble();
        user.role = u == 0            ? u"owner"_s
                    : roleDraw < 0.02 ? u"admin"_s
                    : roleDraw < 0.05 ? u"support"_s
                    : roleDraw < 0.09 ? u"billing"_s
                    : roleDraw < 0.19 ? u"viewer"_s
                                      : u"member"_s;
        const double statusDraw = m_random.generateDouble();
        if (u > 0 && statusDraw < 0.02) {
            user.status = UserStatus::Frozen;
            user.statusReason = u"Sign-ins from two countries at once"_s;
        } else if (u > 0 && statusDraw < 0.04) {
            user.status = UserStatus::Deactivated;
            user.statusReason = u"Left the company"_s;
        }
        user.createdAt = timeAt(now - historyWindow - qint64(m_random.bounded(900)) * day);
        if (!sink.addUser(user))
            return false;

        QList<Device> devices;
        const int deviceCount = 1 + (chance(0.55) ? 0 : chance(0.6) ? 1 : chance(0.7) ? 2 : pick(4) + 3);
        for (int d = 0; d < deviceCount; ++d) {
            const bool mobile = d > 0 && chance(0.6);
            devices.append({u"dev_"_s + hex(12),
                            mobile ? QString::fromUtf16(mobileAgents[pick(std::size(mobileAgents))])
                                   : QString::fromUtf16(desktopAgents[pick(std::size(desktopAgents))])});
        }
        const DemoPlaces::City &away = DemoPlaces::cities()[pick(DemoPlaces::cities().size())];
        const bool traveller = chance(0.03);
        const bool hijacked = user.status == UserStatus::Active && chance(0.01);
        QHash<QString, QString> ips; // one address per device and city

        qint64 previousStart = 0;
        for (int s = 0; s < sessionCounts.at(u); ++s) {
            const Device &device = devices.at(pick(devices.size()));
            const bool elsewhere = (traveller && chance(0.3)) || (hijacked && s == 1);
            const DemoPlaces::City &city = elsewhere ? away : home;
            QString &ip = ips[device.id + QString::fromUtf16(city.name)];
            if (ip.isEmpty())
                ip = ipIn(city);

            Session session;
            session.id = u"ses_"_s + hex(24);
            session.userId = user.id;
            // A hijacked account's second session starts within the hour of its first.
            const qint64 start =
                hijacked && s == 1 && previousStart > 0
                    ? qMin(now - minute, previousStart + 20 * minute + qint64(m_random.bounded(30)) * minute)
                    : now - qint64(m_random.bounded(quint64(historyWindow)));
            previousStart = start;
            session.createdAt = timeAt(start);
            session.expiresAt = timeAt(start + sessionLifetime);
            const qint64 lastSeen =
                start + qint64(m_random.bounded(
                            quint64(qMax<qint64>(1, qMin(now, start + sessionLifetime) - start))));
            session.lastSeenAt = timeAt(lastSeen);
            session.origin = originFor(city, device, ip);
            if (start + sessionLifetime <= now) {
                session.endedAt = session.expiresAt;
                session.endReason = EndReason::Expired;
            } else if (user.status != UserStatus::Active) {
                session.endedAt = timeAt(lastSeen);
                session.endReason =
                    user.status == UserStatus::Frozen ? EndReason::Frozen : EndReason::Deactivated;
                session.endedBy = u"admin"_s;
            } else if (chance(0.25)) {
                session.endedAt = timeAt(lastSeen);
                session.endReason = EndReason::UserLogout;
            }
            if (!sink.addSession(session))
                return false;

            if (sessionsWithoutEvent > 0) {
                --sessionsWithoutEvent; // fewer events than sessions were asked for
                continue;
            }
            LoginEvent login;
            login.userId = user.id;
            login.at = session.createdAt;
            login.success = true;
            login.sessionId = session.id;
            login.origin = session.origin;
            if (!sink.addLoginEvent(login))
                return false;
        }

        // Failed sign-ins: mistyped passwords on the user's own devices, and for some users a
        // burst from a stranger's address within a few minutes.
        const int failures = failureCounts.at(u);
        const bool burst = failures >= 10 && chance(0.2);
        const DemoPlaces::City &attackerCity = DemoPlaces::cities()[pick(DemoPlaces::cities().size())];
        const qint64 burstStart = now - qint64(m_random.bounded(quint64(historyWindow)));
        const QString attackerIp = ipIn(attackerCity);
        const Device attacker{QString(), QString::fromUtf16(attackerAgents[pick(std::size(attackerAgents))])};
        for (int f = 0; f < failures; ++f) {
            LoginEvent failure;
            failure.userId = user.id;
            failure.success = false;
            if (burst) {
                failure.at = timeAt(burstStart + f * (20'000 + qint64(m_random.bounded(40'000))));
                failure.origin = originFor(attackerCity, attacker, attackerIp);
            } else {
                const Device &device = devices.at(pick(devices.size()));
                failure.at = timeAt(now - qint64(m_random.bounded(quint64(historyWindow))));
                QString &ip = ips[device.id + QString::fromUtf16(home.name)];
                if (ip.isEmpty())
                    ip = ipIn(home);
                failure.origin = originFor(home, device, ip);
            }
            if (!sink.addLoginEvent(failure))
                return false;
        }
    }
    return true;
}
