#pragma once

#include "models/domain/Flag.h"

#include <QWidget>

class FlagTableModel;
class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class SessionSource;
class WorldMap;

// The support desk's triage queue: suspicious-login flags with the rule, the user and a one-line
// explanation; for the selected flag its evidence and history, and the actions: log the user out,
// freeze or unfreeze the account, dismiss or resolve the flag (each with a note, each audited).
class FlaggedPage final : public QWidget
{
    Q_OBJECT

public:
    explicit FlaggedPage(SessionSource *source, QWidget *parent = nullptr);

    void start();
    // A table of flags as this page shows them: the look, the sort, columns fitted to their
    // typical text (the user pane's Flags tab shows them so too).
    static void setUpTable(QTableView *table, FlagTableModel *flags);
    FlagTableModel *flagModel() const { return m_flags; }
    // The open flags of one rule (the Overview's door).
    void showRule(Flag::Rule rule);
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    // Open (or frozen) flags, for the badge in the navigation.
    void openCountChanged(qint64 count);

private:
    enum class Action {
        LogOut,
        Freeze,
        Unfreeze,
        Dismiss,
        Resolve,
    };

    void countOpen();
    void showSelected();
    void confirm(Action action);
    void scan();

    SessionSource *m_source = nullptr;
    FlagTableModel *m_flags = nullptr;
    MessageBanner *m_banner = nullptr;
    QComboBox *m_show = nullptr;
    QComboBox *m_rule = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_evidence = nullptr;
    QLabel *m_history = nullptr;
    QWidget *m_detail = nullptr;
    WorldMap *m_map = nullptr; // the way an impossible journey went
    QHash<Action, QPushButton *> m_actions;
    QPushButton *m_scan = nullptr;
    Flag m_selected;
};
