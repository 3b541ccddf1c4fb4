#include "views/users/UserHistoryTabs.h"

#include "models/domain/DisplayFormat.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/itemmodels/FlagTableModel.h"
#include "models/itemmodels/SignInTableModel.h"
#include "models/sources/SessionSource.h"
#include "views/audit/AuditPage.h"
#include "views/common/EmptyNote.h"
#include "views/common/MessageBanner.h"
#include "views/flags/FlaggedPage.h"
#include "views/signins/SignInsPage.h"

#include <QHeaderView>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

UserHistoryTabs::UserHistoryTabs(SessionSource *source, MessageBanner *banner, QWidget *parent)
    : QTabWidget(parent)
    , m_source(source)
    , m_signIns(new SignInTableModel(source, this))
    , m_flags(new FlagTableModel(source, this))
    , m_audit(new AuditTableModel(source, this))
    , m_banner(banner)
{
    setObjectName(u"userHistoryTabs"_s);
    setDocumentMode(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString someTimeAgo = DisplayFormat::relativeTime(now.addDays(-12), now);

    QTableView *signIns = m_signInsView = addTable(u"signInsTable"_s, tr("Sign-ins of the selected user"));
    SignInsPage::setUpTable(signIns, m_signIns);
    signIns->setColumnHidden(SignInTableModel::UserColumn, true); // it is this user's
    new EmptyNote(signIns, m_signIns, tr("No sign-in attempt of this user is recorded."));
    addTab(signIns, QString());

    QTableView *flags = m_flagsView = addTable(u"userFlagsTable"_s, tr("Flags of the selected user"));
    FlaggedPage::setUpTable(flags, m_flags);
    flags->setColumnHidden(FlagTableModel::UserColumn, true); // it is this user's
    new EmptyNote(flags, m_flags, tr("No flag was ever raised for this user."));
    addTab(flags, QString());
    m_flags->setOpenOnly(false);

    QTableView *audit = m_auditView =
        addTable(u"userAuditTable"_s, tr("Audit entries about the selected user"));
    AuditPage::setUpTable(audit, m_audit);
    audit->setColumnHidden(AuditTableModel::UserColumn, true);
    new EmptyNote(audit, m_audit, tr("No operator has acted on this user yet."));
    addTab(audit, QString());

    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_signIns), static_cast<QAbstractItemModel *>(m_flags),
          static_cast<QAbstractItemModel *>(m_audit)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &UserHistoryTabs::updateTabs);
    }
    connect(m_signIns, &SignInTableModel::totalCountChanged, this, &UserHistoryTabs::updateTabs);
    connect(m_flags, &FlagTableModel::totalCountChanged, this, &UserHistoryTabs::updateTabs);
    connect(m_audit, &AuditTableModel::totalCountChanged, this, &UserHistoryTabs::updateTabs);
    connect(m_signIns, &SignInTableModel::errorOccurred, this,
            [this](const SourceError &error) { failed(m_signInsView, error); });
    connect(m_flags, &FlagTableModel::errorOccurred, this,
            [this](const SourceError &error) { failed(m_flagsView, error); });
    connect(m_audit, &AuditTableModel::errorOccurred, this,
            [this](const SourceError &error) { failed(m_auditView, error); });
    connect(source, &SessionSource::operatorChanged, this, &UserHistoryTabs::updateTabs);
    updateTabs();
}

QTableView *UserHistoryTabs::addTable(const QString &objectName, const QString &accessibleName)
{
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    return table;
}

void UserHistoryTabs::failed(QTableView *tab, const SourceError &error)
{
    if (error.code != SourceError::Code::Unsupported)
        return m_banner->showError(error);
    m_unavailable.insert(tab, error.text);
    updateTabs();
}

void UserHistoryTabs::setUser(const User &user)
{
    m_hasUser = !user.id.isEmpty();
    const bool signIns = m_source->capabilities().has(Capabilities::Capability::SignIns);
    m_signIns->setUserId(signIns ? user.id : QString());
    m_flags->setUserId(user.id);
    // The trail names users by id (a store) or by address (a local journal): either finds them.
    m_audit->setTargetUser(user.email.isEmpty() ? user.id : user.email);
    updateTabs();
}

void UserHistoryTabs::refresh()
{
    if (!m_hasUser)
        return;
    if (m_source->capabilities().has(Capabilities::Capability::SignIns))
        m_signIns->refresh();
    m_flags->refresh();
    m_audit->refresh();
}

void UserHistoryTabs::updateTabs()
{
    const auto counted = [this](QTableView *tab, const QString &name, qint64 count) -> QString {
        if (!m_hasUser || m_unavailable.contains(tab))
            return name;
        return tr("%1 (%2)", "tab (count)").arg(name, DisplayFormat::count(count));
    };
    const int signInsTab = indexOf(m_signInsView);
    const int flagsTab = indexOf(m_flagsView);
    const int auditTab = indexOf(m_auditView);
    const Capabilities capabilities = m_source->capabilities();
    const bool signIns = capabilities.has(Capabilities::Capability::SignIns);
    setTabEnabled(signInsTab, signIns);
    setTabToolTip(signInsTab,
                  signIns ? tr("Every sign-in attempt of this user, newest first; failed ones in red.")
                          : capabilities.reason(Capabilities::Capability::SignIns));
    setTabText(signInsTab,
               signIns ? counted(m_signInsView, tr("Sign-&ins"), m_signIns->totalCount()) : tr("Sign-&ins"));
    // A source that records no places or user agents (Keycloak) has no such columns.
    m_signInsView->setColumnHidden(SignInTableModel::LocationColumn,
                                   !capabilities.has(Capabilities::Capability::Locations));
    m_signInsView->setColumnHidden(SignInTableModel::DeviceColumn,
                                   !capabilities.has(Capabilities::Capability::Devices));
    m_signInsView->setColumnHidden(SignInTableModel::NetworkColumn,
                                   !capabilities.has(Capabilities::Capability::Networks));
    setTabText(flagsTab, counted(m_flagsView, tr("F&lags"), m_flags->totalCount()));
    setTabToolTip(flagsTab, tr("This user's flags, open and closed, with their outcome."));
    setTabText(auditTab, counted(m_auditView, tr("A&udit"), m_audit->totalCount()));
    setTabToolTip(auditTab, tr("What operators did to this user, newest first."));
    // What the source turned down stays so: the tab says why.
    for (auto it = m_unavailable.cbegin(); it != m_unavailable.cend(); ++it) {
        const int tab = indexOf(it.key());
        setTabEnabled(tab, false);
        setTabToolTip(tab, it.value());
    }
}
