// sessiondesk: the desktop console.

#include "models/Translations.h"
#include "models/connections/ConnectionProfiles.h"
#include "models/connections/SourceFactory.h"
#include "models/credentials/SecretStore.h"
#include "models/demo/ActivitySimulator.h"
#include "models/demo/DemoFiller.h"
#include "models/domain/DisplayFormat.h"
#include "models/places/AddressPlaces.h"
#include "models/sources/Futures.h"
#include "models/sources/sql/SqlSessionSource.h"
#include "views/common/MessageBanner.h"
#include "views/connections/PasswordDialog.h"
#include "views/connections/SignIn.h"
#include "views/main/MainWindow.h"
#include "views/settings/PlacesPanel.h"
#include "views/settings/SettingsPage.h"
#include "views/users/UsersPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QProcess>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

void fail(const QString &text)
{
    std::fprintf(stderr, "sessiondesk: %s\n", qPrintable(text));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"SessionDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(SESSIONDESK_VERSION));
    QApplication::setDesktopFileName(u"sessiondesk"_s);
    Translations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Admin console for the login sessions of an application."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        u"store"_s, QApplication::translate("main", "Open the SQLite store FILE (created if missing)."),
        u"FILE"_s);
    const QCommandLineOption demoOption(
        u"demo"_s, QApplication::translate("main", "Open the demo store in the user's data "
                                                   "directory, creating it with demo data on first "
                                                   "start (the default)."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QApplication::translate("main",
                                "Save the window as PNG to FILE once the first users are shown, then quit."),
        u"FILE"_s);
    const QCommandLineOption pageOption(
        u"page"_s,
        QApplication::translate(
            "main", "Start on PAGE: overview, users, flagged, signins, sessions, audit or settings."),
        u"PAGE"_s, u"overview"_s);
    const QCommandLineOption simulateOption(
        u"simulate"_s,
        QApplication::translate("main", "Play the application on the store for a live demo: users sign "
                                        "in and out, fail, and now and then look suspicious."));
    const QCommandLineOption connectOption(
        u"connect"_s,
        QApplication::translate("main",
                                "Open the PostgreSQL store at URL (postgresql://user@host:port/database; "
                                "the password is asked for, or read from PGPASSFILE), better-auth's admin "
                                "API (better-auth+https://admin-email@host[:port][/api/auth]), a Keycloak "
                                "realm (keycloak+https://admin@host/realm), an application's session "
                                "tables (better-auth+postgresql://, connect-pg-simple+postgresql://, "
                                "spring-session+postgresql://, authjs+postgresql://) or a Django "
                                "application's database "
                                "(django+postgresql://login@host/database, django+sqlite:///path); see "
                                "sessiondesk-cli --help for their options."),
        u"URL"_s);
    const QCommandLineOption profileOption(
        u"profile"_s,
        QApplication::translate("main",
                                "Open the saved connection NAME (sessiondesk-cli connections list); its "
                                "password comes from the system keychain, or is asked for."),
        u"NAME"_s);
    const QCommandLineOption cityOption(
        u"geoip-city"_s,
        QApplication::translate("main", "Find the places of addresses, for sources that record none, in "
                                        "the city database FILE (MaxMind's format, e.g. GeoLite2-City.mmdb) "
                                        "instead of the one chosen under Settings."),
        u"FILE"_s);
    const QCommandLineOption asnOption(
        u"geoip-asn"_s,
        QApplication::translate("main", "Name the networks of addresses from the ASN database FILE "
                                        "(e.g. GeoLite2-ASN.mmdb) instead of the one chosen under Settings."),
        u"FILE"_s);
    parser.addOptions({storeOption, demoOption, connectOption, profileOption, screenshotOption, pageOption,
                       simulateOption, cityOption, asnOption});
    parser.process(app);
    // A database given here must work; one chosen under Settings that does not is said in the window.
    for (const QCommandLineOption &option : {cityOption, asnOption}) {
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty()) {
            fail(QApplication::translate("main", "--%1 needs a file name.").arg(option.names().first()));
            return 2;
        }
    }
    const PlaceFiles givenPlaces{parser.value(cityOption), parser.value(asnOption)};
    QStringList placeProblems;
    const auto places = AddressPlaces::open(PlaceFiles::inUse(givenPlaces), &placeProblems);
    if (!placeProblems.isEmpty() && givenPlaces != PlaceFiles()) {
        fail(placeProblems.join(u' '));
        return 2;
    }
    if (int(parser.isSet(storeOption)) + int(parser.isSet(demoOption)) + int(parser.isSet(connectOption)) +
            int(parser.isSet(profileOption)) >
        1) {
        fail(QApplication::translate("main", "--store, --demo, --connect and --profile exclude each other."));
        return 2;
    }
    if ((parser.isSet(connectOption) || parser.isSet(profileOption)) && parser.isSet(simulateOption)) {
        fail(QApplication::translate("main", "--simulate plays the application on SQLite stores only."));
        return 2;
    }

    const bool demo =
        !parser.isSet(storeOption) && !parser.isSet(connectOption) && !parser.isSet(profileOption);
    QString connectUrl = parser.value(connectOption);
    std::optional<ConnectionProfile> profile;
    if (parser.isSet(profileOption)) {
        profile = ConnectionProfiles::find(parser.value(profileOption));
        if (!profile) {
            fail(QApplication::translate("main", "There is no saved connection '%1'.")
                     .arg(parser.value(profileOption)));
            return 2;
        }
        connectUrl = profile->url;
    }
    const QString screenshot = parser.value(screenshotOption);
    // A saved connection's password comes from the system keychain when it is there; otherwise it
    // is asked for, with the offer to keep it there. Before the window exists, so waiting is fine.
    SecretStore keychain;
    QString keychainProblem; // why the keychain could not give the password, if it failed
    bool rememberPassword = false;
    bool fromKeychain = true; // until the keychain's password was refused
    const auto askPassword = [&](const QString &title, const QString &who, const QString &where,
                                 QString *password, const QString &refusal = {}) {
        if (profile && fromKeychain) {
            const auto stored = keychain.read(ConnectionProfiles::secretKey(profile->name));
            Futures::waitUntilFinished(stored);
            if (stored.result().ok()) {
                *password = stored.result().value();
                return true;
            }
            if (stored.result().error().code != SourceError::Code::NotFound)
                keychainProblem = stored.result().error().text;
        }
        QString prompt = QApplication::translate("main", "Password for %1 at %2:").arg(who, where);
        for (const QString &problem : {keychainProblem, refusal}) {
            if (!problem.isEmpty())
                prompt = problem + u"\n\n"_s + prompt;
        }
        PasswordDialog dialog(title, prompt, profile.has_value() && keychainProblem.isEmpty());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *password = dialog.password();
        rememberPassword = dialog.remember();
        return true;
    };
    QString password; // kept until it proved right, to remember it
    std::unique_ptr<SessionSource> source;
    SqlSessionSource *store = nullptr; // the source, when it is a SessionDesk store (SQLite or PostgreSQL)
    std::optional<SourceError> signInFailure; // why signing in to a server failed, if it did
    QString storePath;                        // SQLite
    if (!connectUrl.isEmpty()) {
        const auto target = SourceFactory::target(connectUrl);
        if (!target.ok()) {
            fail(target.error().text);
            return 2;
        }
        const QString title = QApplication::translate("main", "Sign in to %1").arg(target.value().kind);
        // Never from the command line; libpq reads PGPASSFILE itself when it is set.
        const bool passFile = target.value().passwordOptional && !qEnvironmentVariableIsEmpty("PGPASSFILE");
        if (target.value().needsPassword && !passFile &&
            !askPassword(title, target.value().account, target.value().host, &password))
            return 1;
        // Signed in before the window opens; a refused password is asked for again.
        auto signedIn = SignIn::run(
            [&](const QString &secret) -> std::unique_ptr<SessionSource> {
                const SourceFactory::Secrets secrets{secret,
                                                     profile ? profile->trustedCertificate : QString()};
                if (!SourceFactory::isStoreUrl(connectUrl))
                    return SourceFactory::create(connectUrl, secrets, 1000, places);
                auto made = SourceFactory::createStore(connectUrl, secrets, 1000);
                store = made.get(); // the last one made is the one signed in
                return made;
            },
            [&](const QString &refusal) -> std::optional<QString> {
                if (!screenshot.isEmpty()) { // nobody to ask
                    fail(refusal);
                    return std::nullopt;
                }
                fromKeychain = false; // the keychain's password was the one refused, if it gave one
                QString again;
                if (!askPassword(title, target.value().account, target.value().host, &again, refusal))
                    return std::nullopt;
                return again;
            },
            password);
        if (!signedIn)
            return 1;
        source = std::move(signedIn->source);
        signInFailure = signedIn->failure;
        password = signedIn->password;
    } else {
        SqlSessionSource::Options options;
        options.path = storePath = demo ? SqlSessionSource::defaultStorePath() : parser.value(storeOption);
        options.createIfMissing = true;
        auto made = std::make_unique<SqlSessionSource>(options);
        store = made.get();
        source = std::move(made);
    }
    MainWindow window(source.get());
    if (!window.showPage(parser.value(pageOption))) {
        fail(QApplication::translate(
                 "main",
                 "There is no page '%1'; use overview, users, flagged, signins, sessions, audit or settings.")
                 .arg(parser.value(pageOption)));
        return 2;
    }
    window.setWindowTitle(
        QApplication::translate("main", "SessionDesk — %1")
            .arg(storePath.isEmpty() ? source->description() : QDir::toNativeSeparators(storePath)));

    if (!screenshot.isEmpty()) {
        QObject::connect(&window, &MainWindow::ready, &window, [&window, screenshot] {
            // One more turn of the event loop so that the last layout and paint are done.
            QTimer::singleShot(200, &window, [&window, screenshot] {
                if (!window.grab().save(screenshot, "PNG")) {
                    fail(QApplication::translate("main", "Cannot write the screenshot %1.").arg(screenshot));
                    QApplication::exit(1);
                    return;
                }
                QApplication::exit(0);
            });
        });
        QTimer::singleShot(120'000, &window, [] {
            fail(QApplication::translate(
                "main", "The users did not appear within two minutes; no screenshot taken."));
            QApplication::exit(1);
        });
    }

    ActivitySimulator simulator(store ? store->options() : SqlSessionSource::Options(),
                                quint64(QDateTime::currentMSecsSinceEpoch()));
    QObject::connect(&simulator, &ActivitySimulator::acted, &window, [&window](const QString &text) {
        window.statusBar()->showMessage(QApplication::translate("main", "Simulated: %1").arg(text), 4000);
    });
    QObject::connect(&window, &MainWindow::ready, &window, [&] {
        if (parser.isSet(simulateOption))
            simulator.start();
    });

    auto startupFailed = [&](const SourceError &error) {
        window.showStartupError(error);
        if (!screenshot.isEmpty()) {
            fail(error.text);
            QApplication::exit(1);
        }
    };

    // Another saved connection: a console of its own takes over, this one closes.
    QObject::connect(&window, &MainWindow::switchRequested, &window, [&window](const QString &name) {
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--profile"_s, name}))
            window.close();
        else
            window.usersPage()->banner()->showMessage(
                MessageBanner::Kind::Error,
                QApplication::translate("main", "Could not start SessionDesk for the connection %1.")
                    .arg(name));
    });
    window.settingsPage()->placesPanel()->showInUse(places.get());
    window.show();
    if (!placeProblems.isEmpty())
        window.usersPage()->banner()->showMessage(
            MessageBanner::Kind::Warning,
            QApplication::translate("main",
                                    "%1 SessionDesk goes on without it; choose another under Settings › "
                                    "Places.")
                .arg(placeProblems.join(u' ')));
    // Kept in the keychain only once it proved right; if the keychain refuses, for this run only.
    const auto rememberIfAsked = [&] {
        if (!rememberPassword)
            return;
        rememberPassword = false; // once: the store opens again after an upgrade
        Futures::onResult(
            keychain.write(ConnectionProfiles::secretKey(profile->name), password), &window,
            [&window](const Result<bool> &kept) {
                if (!kept.ok())
                    window.usersPage()->banner()->showMessage(
                        MessageBanner::Kind::Warning,
                        QApplication::translate("main", "The password is kept for this run only: %1")
                            .arg(kept.error().text));
            });
    };
    const auto onOpened = [&](const Result<SqlSessionSource::StoreInfo> &opened) {
        if (!opened.ok()) {
            startupFailed(opened.error());
            return;
        }
        rememberIfAsked();
        if (!opened.value().created) {
            window.start();
            return;
        }
        if (!demo) {
            window.showProgress(QApplication::translate("main", "Created a new, empty store at %1.")
                                    .arg(opened.value().path));
            window.start();
            return;
        }
        window.showProgress(
            QApplication::translate("main", "Creating the demo store at %1…").arg(opened.value().path));
        // `opened` ends with this call; the demo finishes later, so keep what is needed by value.
        Futures::onResult(
            DemoFiller::fill(*store, DemoOptions()), &window,
            [&window, store, &startupFailed,
             path = opened.value().path](const Result<DemoFiller::Counts> &generated) {
                if (!generated.ok()) {
                    startupFailed(generated.error());
                    return;
                }
                const QString created =
                    QApplication::translate("main",
                                            "Created the demo store at %1 with %2 users and %3 sessions.")
                        .arg(path, DisplayFormat::count(generated.value().users),
                             DisplayFormat::count(generated.value().sessions));
                window.showProgress(created);
                // The demo opens with its suspicious sign-ins already flagged.
                Futures::onResult(
                    store->scanFlags(true), &window, [&window, created](const Result<ScanResult> &scanned) {
                        window.showProgress(
                            created + u' ' +
                            (scanned.ok() ? QApplication::translate("main", "%Ln flag(s) raised.", nullptr,
                                                                    scanned.value().flagsRaised)
                                          : QApplication::translate("main", "Detection failed: %1")
                                                .arg(scanned.error().text)));
                        window.start();
                    });
            });
    };
    if (storePath.isEmpty()) {
        if (signInFailure) {
            startupFailed(*signInFailure);
        } else {
            rememberIfAsked();
            window.start();
        }
    } else {
        Futures::onResult(store->open(), &window, onOpened);
    }
    if (store) {
        QObject::connect(&window, &MainWindow::upgradeRequested, &window,
                         [&] { Futures::onResult(store->upgradeStore(), &window, onOpened); });
    }
    const int exitCode = QApplication::exec();
    Futures::waitUntilFinished(source->signOut()); // bounded by the source's own timeout
    return exitCode;
}
