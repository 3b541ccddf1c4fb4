#include "views/users/LogoutAllDialog.h"

#include "models/domain/ActionContext.h"
#include "models/domain/DisplayFormat.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString keepEmailKey = u"logoutAll/keepEmail"_s;
}

LogoutAllDialog::LogoutAllDialog(SessionSource *source, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_preview(new QLabel(this))
    , m_keepUser(new QCheckBox(tr("Keep the sessions of this user (for instance your own):"), this))
    , m_keepEmail(new QLineEdit(this))
    , m_roles(new QListWidget(this))
    , m_reason(new QComboBox(this))
    , m_otherReason(new QLineEdit(this))
    , m_ticket(new QLineEdit(this))
    , m_revokeTokens(new QCheckBox(tr("Also reject access tokens issued before now"), this))
    , m_confirmation(new QLineEdit(this))
    , m_now(new QRadioButton(tr("&Now"), this))
    , m_later(new QRadioButton(tr("At a &time:"), this))
    , m_runAt(new QDateTimeEdit(this))
    , m_announcement(new QLineEdit(this))
    , m_previewDelay(new QTimer(this))
{
    setObjectName(u"logoutAllDialog"_s);
    setWindowTitle(tr("Log Out All Users"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    m_warning = new QLabel(
        tr("Every signed-in user will be signed out and must sign in again. This cannot be undone."), this);
    auto *warning = m_warning;
    warning->setObjectName(u"warningLabel"_s);
    warning->setWordWrap(true);
    QFont bold = warning->font();
    bold.setBold(true);
    warning->setFont(bold);
    m_preview->setObjectName(u"previewLabel"_s);
    m_preview->setWordWrap(true);
    QFont big = m_preview->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_preview->setFont(big);
    // The count arrives after the dialog has laid itself out: keep room for two lines.
    m_preview->setMinimumHeight(QFontMetrics(big).lineSpacing() * 2 + 16);
    m_preview->setMargin(8);
    m_preview->setStyleSheet(
        u"QLabel { background: #fef7e0; border: 1px solid #fdd663; border-radius: 4px; }"_s);

    m_keepUser->setObjectName(u"keepUserCheck"_s);
    m_keepEmail->setObjectName(u"keepUserEdit"_s);
    m_keepEmail->setPlaceholderText(tr("email address"));
    m_keepEmail->setText(QSettings().value(keepEmailKey).toString());
    m_keepUser->setChecked(!m_keepEmail->text().isEmpty());
    m_roles->setObjectName(u"excludeRolesList"_s);
    m_roles->setAccessibleName(tr("Roles to spare"));
    m_roles->setMaximumHeight(fontMetrics().height() * 6);
    Futures::onResult(source->roles(), this, [this](const Result<QStringList> &roles) {
        if (!roles.ok())
            return;
        for (const QString &role : roles.value()) {
            auto *item = new QListWidgetItem(role, m_roles);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        // Every role in view up to eight; beyond that the list scrolls.
        const int rows = int(qMin(roles.value().size(), qsizetype(8)));
        if (rows > 0)
            m_roles->setFixedHeight(rows * m_roles->sizeHintForRow(0) + 2 * m_roles->frameWidth());
    });
    auto *spare = new QGroupBox(tr("Leave signed in"), this);
    auto *spareLayout = new QVBoxLayout(spare);
    spareLayout->addWidget(m_keepUser);
    spareLayout->addWidget(m_keepEmail);
    auto *rolesLabel = new QLabel(tr("Users with these roles:"), spare);
    spareLayout->addWidget(rolesLabel);
    spareLayout->addWidget(m_roles);
    // A source whose users have no roles gets no empty list of them.
    const bool roles = source->capabilities().has(Capabilities::Capability::Roles);
    rolesLabel->setVisible(roles);
    m_roles->setVisible(roles);

    m_reason->setObjectName(u"reasonCombo"_s);
    m_reason->addItem(tr("Choose a reason…"));
    m_reason->addItems({tr("Security incident"), tr("Password policy change"),
                        tr("Termination or suspension"), tr("Lost or stolen device"), tr("2FA rollout"),
                        tr("Security audit"), tr("System update"), tr("Credential sharing"), tr("Migration"),
                        tr("High-risk situation")});
    m_reason->addItem(tr("Other…"));
    m_otherReason->setObjectName(u"otherReasonEdit"_s);
    m_otherReason->setPlaceholderText(tr("Describe the reason"));
    m_otherReason->setMaxLength(ActionContext::maxReasonLength);
    m_otherReason->setEnabled(false);
    m_ticket->setObjectName(u"ticketEdit"_s);
    m_ticket->setPlaceholderText(tr("Optional, e.g. INC-2026-042"));
    m_ticket->setMaxLength(ActionContext::maxTicketLength);
    m_revokeTokens->setObjectName(u"revokeTokensCheck"_s);
    // Where the source cannot reject tokens, the box says so instead of promising it.
    const Capabilities capabilities = source->capabilities();
    const bool canRevoke = capabilities.has(Capabilities::Capability::RevokeTokens);
    m_revokeTokens->setChecked(canRevoke);
    m_revokeTokens->setEnabled(canRevoke);
    m_revokeTokens->setToolTip(capabilities.reason(Capabilities::Capability::RevokeTokens));
    if (!capabilities.has(Capabilities::Capability::PlanLogouts)) {
        m_later->setEnabled(false);
        m_later->setProperty("whyDisabled", capabilities.reason(Capabilities::Capability::PlanLogouts));
    }
    // Where the source cannot, what a logout leaves behind (tokens, Auth.js's JWT sessions), in words.
    auto *tokensHelp = new QLabel(
        canRevoke ? tr("Applications then refuse tokens issued before this moment, so nobody stays "
                       "signed in through a token they already hold. Unchecked, those tokens keep "
                       "working until they expire.")
                  : capabilities.reason(Capabilities::Capability::RevokeTokens),
        this);
    tokensHelp->setObjectName(u"tokensHelp"_s);
    tokensHelp->setWordWrap(true);
    tokensHelp->setEnabled(!canRevoke); // the usual help greyed, as secondary; a reason to read

    m_now->setObjectName(u"whenNowRadio"_s);
    m_later->setObjectName(u"whenLaterRadio"_s);
    m_now->setChecked(true);
    m_runAt->setObjectName(u"runAtEdit"_s);
    m_runAt->setCalendarPopup(true);
    m_runAt->setDisplayFormat(u"yyyy-MM-dd HH:mm t"_s);
    m_runAt->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_announcement->setObjectName(u"announcementEdit"_s);
    auto *when = new QGroupBox(tr("When"), this);
    m_when = when;
    auto *whenLayout = new QGridLayout(when);
    whenLayout->addWidget(m_now, 0, 0);
    whenLayout->addWidget(m_later, 1, 0);
    whenLayout->addWidget(m_runAt, 1, 1);
    auto *messageLabel = new QLabel(tr("&Message for users:"), when);
    messageLabel->setBuddy(m_announcement);
    whenLayout->addWidget(messageLabel, 2, 0, 1, 2);
    whenLayout->addWidget(m_announcement, 3, 0, 1, 2);
    whenLayout->setColumnStretch(1, 1);
    whenLayout->setRowStretch(4, 1);
    Futures::onResult(source->settings(), this, [this](const Result<Settings> &settings) {
        if (settings.ok())
            m_leadMinutes =
                settings.value().value(QString::fromLatin1(Settings::PlannedLogoutMinLeadMinutes)).toInt();
        updateWhen();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_otherReason);
    form->addRow(tr("&Ticket:"), m_ticket);

    m_confirmation->setObjectName(u"confirmationEdit"_s);
    m_confirmation->setPlaceholderText(confirmationWord());
    auto *confirmLabel =
        new QLabel(tr("Type <b>%1</b> to confirm:").arg(confirmationWord().toHtmlEscaped()), this);
    confirmLabel->setBuddy(m_confirmation);
    m_confirmLabel = confirmLabel;

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("Log Out All Users"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(keepEmailKey,
                             m_keepUser->isChecked() ? m_keepEmail->text().trimmed() : QString());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(m_preview);
    auto *scopeAndTime = new QHBoxLayout;
    scopeAndTime->addWidget(spare, 1);
    scopeAndTime->addWidget(when, 1);
    layout->addLayout(scopeAndTime);
    layout->addLayout(form);
    layout->addWidget(m_revokeTokens);
    layout->addWidget(tokensHelp);
    layout->addWidget(confirmLabel);
    layout->addWidget(m_confirmation);
    layout->addWidget(buttons);
    // Never narrower than what its fields need (in any language), and 60 characters wide at least.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(qMax(sizeHint().width(), fontMetrics().horizontalAdvance(u'M') * 60), sizeHint().height());

    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(300);
    connect(m_previewDelay, &QTimer::timeout, this, &LogoutAllDialog::preview);
    connect(m_keepUser, &QCheckBox::toggled, this, &LogoutAllDialog::schedulePreview);
    connect(m_keepEmail, &QLineEdit::textChanged, this, [this] {
        if (m_keepUser->isChecked())
            schedulePreview();
    });
    connect(m_roles, &QListWidget::itemChanged, this, &LogoutAllDialog::schedulePreview);
    connect(m_revokeTokens, &QCheckBox::toggled, this, &LogoutAllDialog::schedulePreview);
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_otherReason->setEnabled(index == m_reason->count() - 1);
        updateConfirm();
    });
    connect(m_otherReason, &QLineEdit::textChanged, this, &LogoutAllDialog::updateConfirm);
    connect(m_confirmation, &QLineEdit::textChanged, this, &LogoutAllDialog::updateConfirm);
    connect(m_later, &QRadioButton::toggled, this, &LogoutAllDialog::updateWhen);
    connect(m_runAt, &QDateTimeEdit::dateTimeChanged, this, &LogoutAllDialog::updateWhen);
    connect(m_announcement, &QLineEdit::textEdited, this, [this] { m_announcementEdited = true; });
    connect(m_announcement, &QLineEdit::textChanged, this, &LogoutAllDialog::updateConfirm);
    updateWhen();
    preview();
}

QString LogoutAllDialog::confirmationWord()
{
    return tr("LOG OUT ALL");
}

QString LogoutAllDialog::endConfirmationWord()
{
    return tr("END SESSIONS");
}

void LogoutAllDialog::setMatching(const SessionFilter &matching, const QString &description)
{
    m_matching = matching;
    setWindowTitle(tr("End Matching Sessions"));
    m_warning->setText(tr("The active sessions that match are ended: %1. Their users must sign in again on "
                          "those devices; their other sessions stay. This cannot be undone.")
                           .arg(description));
    m_when->hide(); // ended now or not at all: a filter is not planned
    m_now->setChecked(true);
    m_confirmation->setPlaceholderText(endConfirmationWord());
    m_confirmLabel->setText(tr("Type <b>%1</b> to confirm:").arg(endConfirmationWord().toHtmlEscaped()));
    updateWhen();
    adjustSize();
    schedulePreview();
}

QString LogoutAllDialog::requiredWord() const
{
    if (m_matching.isEmpty())
        return confirmationWord();
    return m_previewUsers > 1 ? endConfirmationWord() : QString();
}

QString LogoutAllDialog::reason() const
{
    if (m_reason->currentIndex() <= 0)
        return {};
    if (m_reason->currentIndex() == m_reason->count() - 1)
        return m_otherReason->text().trimmed();
    return m_reason->currentText();
}

QString LogoutAllDialog::ticket() const
{
    return m_ticket->text().trimmed();
}

std::optional<QDateTime> LogoutAllDialog::plannedAt() const
{
    if (!m_later->isChecked())
        return std::nullopt;
    return chosenTime();
}

QDateTime LogoutAllDialog::chosenTime() const
{
    // On the minute shown, not the seconds the editor keeps unseen.
    const QDateTime shown = m_runAt->dateTime();
    return QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute())).toUTC();
}

QString LogoutAllDialog::announcement() const
{
    return m_announcement->text().trimmed();
}

QDateTime LogoutAllDialog::earliestPlan() const
{
    return QDateTime::currentDateTime().addSecs(qint64(m_leadMinutes) * 60);
}

void LogoutAllDialog::updateWhen()
{
    const bool later = m_later->isChecked();
    m_runAt->setEnabled(later);
    m_announcement->setEnabled(later);
    const QString help =
        tr("At least %Ln minute(s) ahead (Settings). Applications show the message until the "
           "logout runs; it runs while a SessionDesk console is open or from "
           "'sessiondesk-cli schedule run'.",
           nullptr, m_leadMinutes);
    m_later->setToolTip(m_later->isEnabled() ? help : m_later->property("whyDisabled").toString());
    m_runAt->setToolTip(help);
    if (!m_announcementEdited) {
        m_announcement->setText(tr("Scheduled maintenance: you will be signed out at %1.")
                                    .arg(DisplayFormat::exactTime(chosenTime())));
        m_announcement->setCursorPosition(0);
    }
    const bool matching = !m_matching.isEmpty();
    m_confirm->setText(matching ? tr("End Matching Sessions")
                       : later  ? tr("Plan Logout")
                                : tr("Log Out All Users"));
    m_revokeTokens->setText(matching ? tr("Also reject these users' access tokens issued before now")
                            : later  ? tr("Also reject access tokens issued before the logout runs")
                                     : tr("Also reject access tokens issued before now"));
    updateConfirm();
}

void LogoutAllDialog::schedulePreview()
{
    m_previewReady = false;
    ++m_previewGeneration;
    m_preview->setText(tr("Counting…"));
    updateConfirm();
    m_previewDelay->start();
}

void LogoutAllDialog::preview()
{
    const quint64 generation = ++m_previewGeneration;
    LogoutAllScope scope;
    scope.matching = m_matching;
    scope.revokeTokens = m_revokeTokens->isChecked();
    for (int row = 0; row < m_roles->count(); ++row) {
        if (m_roles->item(row)->checkState() == Qt::Checked)
            scope.excludeRoles << m_roles->item(row)->text();
    }
    const QString email = m_keepEmail->text().trimmed();
    if (!m_keepUser->isChecked() || email.isEmpty()) {
        countFor(scope, generation);
        return;
    }
    Futures::onResult(m_source->userByEmail(email), this,
                      [this, generation, scope](const Result<User> &user) {
                          if (generation != m_previewGeneration)
                              return; // the choices changed meanwhile
                          if (!user.ok()) {
                              m_preview->setText(user.error().text);
                              return;
                          }
                          LogoutAllScope withUser = scope;
                          withUser.keepUserIds << user.value().id;
                          countFor(withUser, generation);
                      });
}

void LogoutAllDialog::countFor(const LogoutAllScope &scope, quint64 generation)
{
    Futures::onResult(m_source->previewLogoutAll(scope), this,
                      [this, generation, scope](const Result<LogoutAllPreview> &preview) {
                          if (generation != m_previewGeneration)
                              return;
                          if (!preview.ok()) {
                              m_preview->setText(preview.error().text);
                              return;
                          }
                          m_scope = scope;
                          // What is confirmed is what was counted: more by then is refused.
                          if (!scope.matching.isEmpty())
                              m_scope.previewedSessions = preview.value().sessions;
                          m_previewUsers = preview.value().users;
                          // Nothing to end is said, and there is nothing to confirm.
                          m_nothingMatches = preview.value().sessions == 0 && !scope.matching.isEmpty();
                          m_previewReady = !m_nothingMatches;
                          const bool typed = !requiredWord().isEmpty();
                          m_confirmation->setVisible(typed);
                          m_confirmLabel->setVisible(typed);
                          if (!m_previewReady) {
                              m_preview->setText(tr("No active session matches; there is nothing to end."));
                              updateConfirm();
                              Q_EMIT previewUpdated();
                              return;
                          }
                          QString text = tr("This ends %1 of %2.")
                                             .arg(DisplayFormat::sessions(preview.value().sessions),
                                                  DisplayFormat::users(preview.value().users));
                          if (scope.revokeTokens)
                              text += u' ' + tr("Access tokens of %Ln user(s) are rejected.", nullptr,
                                                int(preview.value().tokenUsers));
                          m_preview->setText(text);
                          updateConfirm();
                          Q_EMIT previewUpdated();
                      });
}

void LogoutAllDialog::updateConfirm()
{
    const QString word = requiredWord();
    const bool confirmed = word.isEmpty() || m_confirmation->text().trimmed() == word;
    const bool later = m_later->isChecked();
    const bool tooSoon = later && chosenTime() < earliestPlan();
    const bool silent = later && announcement().isEmpty();
    m_confirm->setEnabled(m_previewReady && !reason().isEmpty() && confirmed && !tooSoon && !silent);
    m_confirm->setToolTip(m_nothingMatches     ? tr("No active session matches; there is nothing to end.")
                          : !m_previewReady    ? tr("Wait for the count of what will happen.")
                          : reason().isEmpty() ? tr("Choose a reason: it is written to the audit trail.")
                          : tooSoon
                              ? tr("Choose a time at least %Ln minute(s) ahead.", nullptr, m_leadMinutes)
                          : silent     ? tr("Write the message users see until then.")
                          : !confirmed ? tr("Type %1 to confirm.").arg(word)
                                       : QString());
}
