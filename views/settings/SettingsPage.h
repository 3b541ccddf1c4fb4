#pragma once

#include "models/domain/Settings.h"

#include <QHash>
#include <QList>
#include <QWidget>

class MessageBanner;
class OperatorsPanel;
class PlacesPanel;
class QPushButton;
class QScrollArea;
class SessionSource;

// Settings → Sessions & Security: the global-logout switch with both behaviours explained, the
// session timeouts, the detection thresholds and automatic freezing. Edits stay local until Save,
// which asks for a reason and is audited with the old and new values; Revert drops them.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(SessionSource *source, QWidget *parent = nullptr);

    void start();
    bool hasUnsavedChanges() const;
    PlacesPanel *placesPanel() const { return m_places; }
    // Leaving the page: returns true at once when nothing is unsaved; otherwise asks (Save,
    // Discard, Cancel) without blocking and calls proceed() once the operator has decided to go on.
    bool confirmLeave(const std::function<void()> &proceed);

Q_SIGNALS:
    void loaded();
    void saved();

private:
    void load();
    void display(const Settings &settings);
    Settings edited() const;
    void updateButtons();
    // Editable for operators who may change settings; read-only with the reason otherwise.
    void applyCapabilities();
    void confirmSave(const std::function<void()> &afterSave = {});

    SessionSource *m_source = nullptr;
    MessageBanner *m_banner = nullptr;
    QScrollArea *m_form = nullptr;    // every setting, and this computer's places
    QList<QWidget *> m_storeSettings; // the store's settings and operators, hidden for sources that have none
    OperatorsPanel *m_operators = nullptr;
    PlacesPanel *m_places = nullptr;
    QHash<QString, QWidget *> m_editors; // by setting key
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    Settings m_stored;
    bool m_loaded = false;
};
