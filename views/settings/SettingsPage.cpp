#include "views/settings/SettingsPage.h"

#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/settings/OperatorsPanel.h"
#include "views/settings/PlacesPanel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

SettingsPage::SettingsPage(SessionSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_banner(new MessageBanner(this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    setObjectName(u"settingsPage"_s);
    m_save->setObjectName(u"saveSettingsButton"_s);
    m_revert->setObjectName(u"revertSettingsButton"_s);

    auto editorFor = [this](const Settings::Definition &definition) -> QWidget * {
        QWidget *editor = nullptr;
        if (definition.kind == Settings::Kind::Switch) {
            auto *check = new QCheckBox(definition.label, this);
            connect(check, &QCheckBox::toggled, this, &SettingsPage::updateButtons);
            editor = check;
        } else {
            auto *spin = new QSpinBox(this);
            spin->setRange(definition.minimum, definition.maximum);
            spin->setSuffix(u' ' + definition.unit);
            spin->setAccelerated(true);
            connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::updateButtons);
            editor = spin;
        }
        editor->setObjectName(u"setting_"_s + definition.key);
        editor->setToolTip(definition.description);
        m_editors.insert(definition.key, editor);
        return editor;
    };
    auto group = [&](const QString &title, const QList<const char *> &keys) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const char *name : keys) {
            const Settings::Definition *definition = Settings::definition(key(name));
            QWidget *editor = editorFor(*definition);
            auto *help = new QLabel(definition->description, box);
            help->setEnabled(false);
            help->setWordWrap(true); // on a small screen the page grows down, never sideways
            auto *row = new QHBoxLayout;
            row->addWidget(editor);
            row->addWidget(help, 1);
            if (definition->kind == Settings::Kind::Switch) {
                form->addRow(row);
            } else {
                editor->setFixedWidth(fontMetrics().horizontalAdvance(u"00000 minutes"_s) + 40);
                form->addRow(definition->label + u':', row);
            }
        }
        return box;
    };

    // Authentication: the global-logout switch, both behaviours in plain words.
    auto *authentication = new QGroupBox(tr("Authentication"), this);
    auto *globalSwitch = editorFor(*Settings::definition(key(Settings::GlobalLogout)));
    QFont switchFont = globalSwitch->font();
    switchFont.setBold(true);
    globalSwitch->setFont(switchFont);
    auto *off =
        new QLabel(tr("<b>Off</b> (default): when a user signs out, only that session ends. Their other "
                      "devices stay signed in."),
                   authentication);
    auto *on =
        new QLabel(tr("<b>On</b>: when a user signs out anywhere, every session of that user ends on every "
                      "device at once. The store enforces this for every application that uses it."),
                   authentication);
    for (QLabel *label : {off, on})
        label->setWordWrap(true);
    auto *authLayout = new QVBoxLayout(authentication);
    authLayout->addWidget(globalSwitch);
    authLayout->addWidget(off);
    authLayout->addWidget(on);

    auto *content = new QWidget(this);
    auto *columns = new QVBoxLayout(content);
    auto *title = new QLabel(tr("Sessions & Security"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    columns->addWidget(title);
    columns->addWidget(authentication);
    columns->addWidget(group(tr("Sessions"), {Settings::IdleTimeoutMinutes, Settings::MaxLifetimeHours}));
    columns->addWidget(
        group(tr("Detection of suspicious sign-ins"),
              {Settings::ImpossibleTravelKmh, Settings::ImpossibleTravelMinKm, Settings::ConcurrentCountries,
               Settings::DeviceSpreadMax, Settings::FailedBurstCount, Settings::FailedBurstMinutes,
               Settings::NewCountryDays}));
    columns->addWidget(group(tr("Response"), {Settings::AutoFreezeHigh}));
    columns->addWidget(group(tr("Planned logouts"), {Settings::PlannedLogoutMinLeadMinutes}));
    columns->addWidget(group(tr("Removed users"), {Settings::RemovedHistoryDays}));
    m_operators = new OperatorsPanel(source, m_banner, content);
    columns->addWidget(m_operators);
    for (int i = 0; i < columns->count(); ++i)
        m_storeSettings << columns->itemAt(i)->widget();
    // This computer's, whatever the source: shown for every source.
    m_places = new PlacesPanel(content);
    columns->addWidget(m_places);
    columns->addStretch();
    m_form = new QScrollArea(this);
    m_form->setWidget(content);
    m_form->setWidgetResizable(true);
    m_form->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    connect(m_revert, &QPushButton::clicked, this, [this] { display(m_stored); });
    connect(m_save, &QPushButton::clicked, this, [this] { confirmSave(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_form, 1);
    layout->addLayout(buttons);
    layout->addStretch(); // takes the room of the form when there is none

    connect(source, &SessionSource::changed, this, [this] {
        if (m_loaded && !hasUnsavedChanges())
            load();
    });
    connect(source, &SessionSource::operatorChanged, this, &SettingsPage::applyCapabilities);
    applyCapabilities();
}

void SettingsPage::applyCapabilities()
{
    const Capabilities capabilities = m_source->capabilities();
    const bool allowed = capabilities.has(Capabilities::Capability::ChangeSettings);
    const QString why = capabilities.reason(Capabilities::Capability::ChangeSettings);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        it.value()->setEnabled(allowed);
        it.value()->setToolTip(allowed ? Settings::definition(it.key())->description : why);
    }
    m_save->setToolTip(why);
    updateButtons();
}

void SettingsPage::start()
{
    load();
    m_operators->load();
}

void SettingsPage::load()
{
    Futures::onResult(m_source->settings(), this, [this](const Result<Settings> &result) {
        if (!result.ok()) {
            // A source without such settings shows why instead of a form of made-up values.
            const bool none = result.error().code == SourceError::Code::Unsupported;
            for (QWidget *widget : m_storeSettings + QList<QWidget *>{m_save, m_revert})
                widget->setVisible(!none);
            if (!none)
                return m_banner->showError(result.error());
            // Not a failure: what this source has no place for, and why, instead of a blank page.
            QStringList names;
            for (const Settings::Definition &definition : Settings::definitions()) {
                if (!definition.label.isEmpty())
                    names << definition.label;
            }
            QStringList why{
                tr("The account settings do not apply to this source (%1).").arg(names.join(u", "_s)),
                result.error().text};
            const Capabilities capabilities = m_source->capabilities();
            if (!capabilities.has(Capabilities::Capability::ManageOperators))
                why << capabilities.reason(Capabilities::Capability::ManageOperators);
            m_banner->showMessage(MessageBanner::Kind::Information, why.join(u"\n"_s));
            return;
        }
        m_stored = result.value();
        m_loaded = true;
        display(m_stored);
        Q_EMIT loaded();
    });
}

void SettingsPage::display(const Settings &settings)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            check->setChecked(settings.value(it.key()) == u"on");
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            spin->setValue(settings.value(it.key()).toInt());
    }
    updateButtons();
}

Settings SettingsPage::edited() const
{
    Settings settings = m_stored;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            settings.set(it.key(), check->isChecked() ? u"on"_s : u"off"_s);
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            settings.set(it.key(), QString::number(spin->value()));
    }
    return settings;
}

bool SettingsPage::hasUnsavedChanges() const
{
    return m_loaded && !(edited() == m_stored);
}

void SettingsPage::updateButtons()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty && m_source->capabilities().has(Capabilities::Capability::ChangeSettings));
    m_revert->setEnabled(dirty);
}

void SettingsPage::confirmSave(const std::function<void()> &afterSave)
{
    const Settings settings = edited();
    QStringList lines;
    for (const QString &changed : m_stored.changedKeys(settings)) {
        lines << tr("%1: %2 → %3")
                     .arg(Settings::definition(changed)->label, m_stored.value(changed),
                          settings.value(changed));
    }
    auto *dialog = new ReasonDialog(tr("Save settings"),
                                    tr("Save these changes? They take effect at once for every user.") +
                                        u"\n\n"_s + lines.join(u'\n'),
                                    tr("Save"), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, settings, afterSave] {
        const ActionContext context{m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        Futures::onResult(m_source->saveSettings(settings, context), this,
                          [this, settings, afterSave](const Result<ActionResult> &result) {
                              if (!result.ok()) {
                                  m_banner->showError(result.error());
                                  return;
                              }
                              m_stored = settings;
                              updateButtons();
                              m_banner->showMessage(
                                  MessageBanner::Kind::Success,
                                  tr("Settings saved (audit entry %1).").arg(result.value().auditEntryId));
                              Q_EMIT saved();
                              if (afterSave)
                                  afterSave();
                          });
    });
    dialog->open();
}

bool SettingsPage::confirmLeave(const std::function<void()> &proceed)
{
    if (!hasUnsavedChanges())
        return true;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved settings"),
                                tr("The settings have unsaved changes. Save them before leaving?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"unsavedSettingsBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, proceed] {
        const auto button = box->standardButton(box->clickedButton());
        if (button == QMessageBox::Discard) {
            display(m_stored);
            proceed();
        } else if (button == QMessageBox::Save) {
            confirmSave(proceed);
        }
    });
    box->open();
    return false;
}
