#include "users/PlannedLogoutBar.h"

#include "common/MessageBanner.h"
#include "common/ReasonDialog.h"
#include "domain/DisplayFormat.h"
#include "sources/Futures.h"
#include "sources/SessionSource.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

PlannedLogoutBar::PlannedLogoutBar(SessionSource *source, MessageBanner *banner, QWidget *parent)
    : QFrame(parent)
    , m_source(source)
    , m_banner(banner)
    , m_text(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel Planned Logout…"), this))
{
    setObjectName(u"plannedLogoutBar"_s);
    setStyleSheet(
        u"#plannedLogoutBar { background: #fef7e0; border: 1px solid #fdd663; border-radius: 4px; }"_s);
    m_text->setObjectName(u"plannedLogoutText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(u"cancelPlannedButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &PlannedLogoutBar::confirmCancel);
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

void PlannedLogoutBar::updateText()
{
    setVisible(!m_pending.isEmpty());
    if (m_pending.isEmpty()) {
        Q_EMIT summaryChanged(QString());
        return;
    }
    const PlannedLogout &next = m_pending.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString countdown = PlannedLogout::countdown(next.runAt, now);
    QString text =
        tr("All users will be signed out at %1 (%2). Users see: “%3”. Planned by %4: %5.")
            .arg(DisplayFormat::exactTime(next.runAt), countdown, next.message, next.createdBy, next.reason);
    if (m_pending.size() > 1)
        text += u' ' + tr("%Ln more planned after it.", nullptr, int(m_pending.size() - 1));
    m_text->setText(text);
    const Capabilities capabilities = m_source->capabilities();
    const bool allowed = capabilities.has(Capabilities::Capability::LogoutAll);
    m_cancel->setEnabled(allowed);
    m_cancel->setToolTip(allowed ? tr("Cancel this planned logout; users no longer see the message")
                                 : capabilities.reason(Capabilities::Capability::LogoutAll));
    Q_EMIT summaryChanged(tr("Planned logout of all users %1").arg(countdown));
}

void PlannedLogoutBar::confirmCancel()
{
    if (m_pending.isEmpty())
        return;
    const PlannedLogout plan = m_pending.first();
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
