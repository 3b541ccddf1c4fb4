#include "views/users/PlannedLogoutBar.h"

#include "models/domain/DisplayFormat.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

PlannedLogoutBar::PlannedLogoutBar(SessionSource *source, MessageBanner *banner, QWidget *parent)
    : QFrame(parent)
    , m_source(source)
    , m_banner(banner)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"plannedLogoutBar"_s);
    setStyleSheet(
        u"#plannedLogoutBar { background: #fef7e0; border: 1px solid #fdd663; border-radius: 4px; }"_s);
    m_layout->setContentsMargins(8, 6, 8, 6);
    m_layout->setSpacing(4);
    connect(source, &SessionSource::changed, this, &PlannedLogoutBar::reload);
    connect(source, &SessionSource::operatorChanged, this, &PlannedLogoutBar::updateText);
    connect(&m_countdown, &QTimer::timeout, this, &PlannedLogoutBar::updateText);
    m_countdown.start(20'000);
    hide();
}

void PlannedLogoutBar::reload()
{
    Futures::onResult(m_source->plannedLogouts(true), this,
                      [this](const Result<QList<PlannedLogout>> &plans) {
                          if (!plans.ok())
                              return;
                          m_pending = plans.value();
                          updateText();
                      });
}

void PlannedLogoutBar::setRowCount(int count)
{
    while (m_rows.size() > count) {
        const Row row = m_rows.takeLast();
        delete row.text->parentWidget();
    }
    while (m_rows.size() < count) {
        auto *line = new QWidget(this);
        Row row{new QLabel(line), new QPushButton(tr("&Cancel Planned Logout…"), line)};
        row.text->setObjectName(u"plannedLogoutText"_s);
        row.text->setWordWrap(true);
        row.text->setTextFormat(Qt::PlainText);
        row.cancel->setObjectName(u"cancelPlannedButton"_s);
        auto *layout = new QHBoxLayout(line);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(row.text, 1);
        layout->addWidget(row.cancel, 0, Qt::AlignTop);
        const int index = int(m_rows.size());
        connect(row.cancel, &QPushButton::clicked, this, [this, index] { confirmCancel(index); });
        m_layout->addWidget(line);
        m_rows.append(row);
    }
}

void PlannedLogoutBar::updateText()
{
    setRowCount(int(m_pending.size()));
    setVisible(!m_pending.isEmpty());
    if (m_pending.isEmpty()) {
        Q_EMIT summaryChanged(QString());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Capabilities capabilities = m_source->capabilities();
    const bool allowed = capabilities.has(Capabilities::Capability::LogoutAll);
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const PlannedLogout &plan = m_pending.at(i);
        QStringList spared;
        if (!plan.scope.keepUserIds.isEmpty())
            spared << tr("%Ln kept user(s)", nullptr, int(plan.scope.keepUserIds.size()));
        for (const QString &role : plan.scope.excludeRoles)
            spared << tr("the role %1").arg(role);
        QString text =
            tr("All users will be signed out at %1 (%2). Users see: “%3”. Planned by %4: %5.")
                .arg(DisplayFormat::exactTime(plan.runAt), PlannedLogout::countdown(plan.runAt, now),
                     plan.message, plan.createdBy, plan.reason);
        if (!spared.isEmpty())
            text += u' ' + tr("It spares %1.").arg(spared.join(u", "_s));
        m_rows.at(i).text->setText(text);
        m_rows.at(i).cancel->setEnabled(allowed);
        m_rows.at(i).cancel->setToolTip(
            allowed ? tr("Cancel this planned logout; users no longer see the message")
                    : capabilities.reason(Capabilities::Capability::LogoutAll));
    }
    Q_EMIT summaryChanged(
        tr("Planned logout of all users %1").arg(PlannedLogout::countdown(m_pending.first().runAt, now)));
}

void PlannedLogoutBar::confirmCancel(int index)
{
    if (index < 0 || index >= m_pending.size())
        return;
    const PlannedLogout plan = m_pending.at(index);
    auto *dialog = new ReasonDialog(tr("Cancel the planned logout"),
                                    tr("Cancel the logout of all users planned for %1? Users no longer see "
                                       "“%2”, and nobody is signed out.")
                                        .arg(DisplayFormat::exactTime(plan.runAt), plan.message),
                                    tr("Cancel Planned Logout"), this);
    dialog->setReasons({tr("Maintenance postponed"), tr("Maintenance cancelled"), tr("Planned by mistake")});
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = plan.id] {
        const ActionContext context{m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        Futures::onResult(m_source->cancelPlannedLogout(id, context), this,
                          [this](const Result<ActionResult> &result) {
                              if (result.ok())
                                  m_banner->showMessage(MessageBanner::Kind::Success,
                                                        tr("Cancelled the planned logout (audit entry %1).")
                                                            .arg(result.value().auditEntryId));
                              else
                                  m_banner->showError(result.error());
                          });
    });
    dialog->open();
}
