#pragma once

#include <QLabel>

class PagedModelBase;
class QTableView;

// A sentence in the middle of a table that has no rows once its source has answered ("No sign-in
// attempts are recorded for this user."), instead of a blank grid that looks as if it were still
// loading or broken. Hidden while a page is on its way and whenever there are rows.
class EmptyNote final : public QLabel
{
    Q_OBJECT

public:
    // A note over table's viewport; table's model is model.
    EmptyNote(QTableView *table, PagedModelBase *model, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();

    QTableView *m_table = nullptr;
    PagedModelBase *m_model = nullptr;
};
