#include "views/signins/SignInsPage.h"

#include "models/domain/DisplayFormat.h"
#include "models/domain/IpRange.h"
#include "models/itemmodels/SignInTableModel.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/MessageBanner.h"
#include "views/common/TableLayout.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

SignInsPage::SignInsPage(SessionSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_signIns(new SignInTableModel(source, this))
    , m_banner(new MessageBanner(this))
    , m_user(new QLineEdit(this))
    , m_result(new QComboBox(this))
    , m_network(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_device(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_showUser(new QPushButton(tr("Show &User"), this))
    , m_table(new QTableView(this))
{
    setObjectName(u"signInsPage"_s);
    m_user->setObjectName(u"signInUserFilter"_s);
    m_user->setPlaceholderText(tr("Everybody"));
    m_user->setAccessibleName(tr("User's email address"));
    m_result->setObjectName(u"signInResultFilter"_s);
    m_result->setAccessibleName(tr("Result"));
    m_result->addItem(tr("Succeeded and failed"));
    m_result->addItem(tr("Succeeded"), true);
    m_result->addItem(tr("Failed"), false);
    m_network->setObjectName(u"signInNetworkFilter"_s);
    m_network->setPlaceholderText(tr("203.0.113.7 or 10.20.0.0/16"));
    m_network->setAccessibleName(tr("IP address or range"));
    m_country->setObjectName(u"signInCountryFilter"_s);
    m_country->setPlaceholderText(tr("DE"));
    m_country->setMaxLength(2);
    m_country->setAccessibleName(tr("Country code"));
    m_country->setMaximumWidth(fontMetrics().horizontalAdvance(u"MMMM"_s) + 16);
    m_device->setObjectName(u"signInDeviceFilter"_s);
    m_device->setPlaceholderText(tr("Firefox, iPhone, …"));
    m_device->setAccessibleName(tr("Device or browser"));
    m_period->setObjectName(u"signInPeriodFilter"_s);
    m_period->setAccessibleName(tr("Time"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last hour"), 1);
    m_period->addItem(tr("Last 24 hours"), 24);
    m_period->addItem(tr("Last 7 days"), 24 * 7);
    m_period->addItem(tr("Last 30 days"), 24 * 30);
    for (QLineEdit *edit : {m_user, m_network, m_country, m_device})
        edit->setClearButtonEnabled(true);
    m_count->setObjectName(u"signInCount"_s);
    m_showUser->setObjectName(u"showUserButton"_s);
    m_showUser->setToolTip(tr("Open the selected sign-in's user on the Users page (Enter)"));

    auto *filters = new QGridLayout;
    filters->addWidget(buddyLabel(tr("U&ser:"), m_user, this), 0, 0);
    filters->addWidget(m_user, 0, 1);
    filters->addWidget(buddyLabel(tr("&Result:"), m_result, this), 0, 2);
    filters->addWidget(m_result, 0, 3);
    filters->addWidget(buddyLabel(tr("&Time:"), m_period, this), 0, 4);
    filters->addWidget(m_period, 0, 5);
    filters->addWidget(buddyLabel(tr("&IP address:"), m_network, this), 1, 0);
    filters->addWidget(m_network, 1, 1);
    filters->addWidget(buddyLabel(tr("C&ountry:"), m_country, this), 1, 2);
    filters->addWidget(m_country, 1, 3, Qt::AlignLeft);
    filters->addWidget(buddyLabel(tr("&Device:"), m_device, this), 1, 4);
    filters->addWidget(m_device, 1, 5);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(5, 1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_showUser);

    m_table->setObjectName(u"allSignInsTable"_s);
    setUpTable(m_table, m_signIns);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_typing.setSingleShot(true);
    m_typing.setInterval(300);
    connect(&m_typing, &QTimer::timeout, this, &SignInsPage::applyFilters);
    for (QLineEdit *edit : {m_user, m_network, m_country, m_device}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
        connect(edit, &QLineEdit::returnPressed, this, &SignInsPage::applyFilters);
    }
    for (QComboBox *box : {m_result, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &SignInsPage::applyFilters);
    connect(m_signIns, &SignInTableModel::totalCountChanged, this, &SignInsPage::updateCount);
    connect(m_signIns, &SignInTableModel::modelReset, this, &SignInsPage::updateCount);
    connect(m_signIns, &SignInTableModel::errorOccurred, m_banner, &MessageBanner::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SignInsPage::updateActions);
    const auto show = [this] {
        const QModelIndex current = m_table->currentIndex();
        const QString email = current.isValid()
                                  ? m_signIns->index(current.row(), SignInTableModel::UserColumn)
                                        .data(PagedModelBase::RawValueRole)
                                        .toString()
                                  : QString();
        if (!email.isEmpty())
            Q_EMIT showUser(email);
    };
    connect(m_showUser, &QPushButton::clicked, this, show);
    connect(m_table, &QTableView::activated, this, show);
    connect(source, &SessionSource::operatorChanged, this, &SignInsPage::applyFilters);
    updateActions();
    applyFilters();
}

void SignInsPage::setUpTable(QTableView *table, SignInTableModel *signIns)
{
    table->setModel(signIns);
    TableLayout::configure(table);
    table->horizontalHeader()->setSortIndicator(SignInTableModel::TimeColumn, Qt::DescendingOrder);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString signedIn = SignInTableModel::tr("Signed in");
    const QString failed = SignInTableModel::tr("Failed");
    TableLayout::fitColumns(table,
                            {DisplayFormat::relativeTime(now.addDays(-12), now), u"Chinedu Okafor-Adeyemi"_s,
                             signedIn.size() > failed.size() ? signedIn : failed,
                             DisplayFormat::place(u"Rio de Janeiro"_s, u"BR"_s),
                             u"Desktop · Chrome 124 on Windows"_s, u"2001:db8:4006:812::200e"_s},
                            {SignInTableModel::UserColumn, SignInTableModel::DeviceColumn});
}

void SignInsPage::applyFilters()
{
    m_typing.stop();
    const quint64 generation = ++m_filterGeneration;
    const Capabilities capabilities = m_source->capabilities();
    const bool available = capabilities.has(Capabilities::Capability::SignIns);
    for (QWidget *filter :
         std::initializer_list<QWidget *>{m_user, m_result, m_network, m_country, m_device, m_period})
        filter->setEnabled(available);
    if (!available) {
        m_signIns->clear();
        m_banner->showMessage(MessageBanner::Kind::Information,
                              capabilities.reason(Capabilities::Capability::SignIns));
        updateCount();
        return;
    }
    SignInQuery query;
    if (m_result->currentData().isValid())
        query.success = m_result->currentData().toBool();
    query.network = m_network->text().trimmed();
    query.country = m_country->text().trimmed();
    query.device = m_device->text();
    if (const int hours = m_period->currentData().toInt(); hours > 0)
        query.from = QDateTime::currentDateTimeUtc().addSecs(-3600LL * hours);
    const auto refuse = [this](const QString &why) {
        // A filter that is none shows nothing, not everything, and says why.
        m_signIns->clear();
        m_banner->showMessage(MessageBanner::Kind::Error, why);
    };
    if (auto refused = query.refusal())
        return refuse(refused->text);
    const QString email = m_user->text().trimmed();
    const auto run = [this](const SignInQuery &filter) {
        m_banner->hide();
        m_signIns->search(filter);
    };
    if (email.isEmpty())
        return run(query);
    // The address names one user; one that names nobody is said, not ignored.
    Futures::onResult(m_source->userByEmail(email), this,
                      [this, generation, query, run, refuse](const Result<User> &user) mutable {
                          if (generation != m_filterGeneration)
                              return; // the filters changed meanwhile
                          if (!user.ok())
                              return refuse(user.error().text);
                          query.userId = user.value().id;
                          run(query);
                      });
}

void SignInsPage::updateCount()
{
    const qint64 total = m_signIns->totalCount();
    m_count->setText(tr("%1 sign-in attempt(s)", nullptr, int(qMin<qint64>(total, INT_MAX)))
                         .arg(DisplayFormat::count(total)));
}

void SignInsPage::updateActions()
{
    m_showUser->setEnabled(m_table->currentIndex().isValid());
}
