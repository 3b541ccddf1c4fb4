#pragma once

#include "models/sources/SourceError.h"

#include <QAbstractTableModel>

class SessionSource;

// Signals and state shared by every paged item model (PagedTableModel<Row> holds the rows).
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ItemRole {
        IdRole = Qt::UserRole + 1, // the row's id
        RawValueRole,              // the column's value for sorting and checks (numbers, QDateTime)
        ActionEnabledRole,         // whether the row's action button can be pressed
        EmphasisRole,              // how the cell stands out (Emphasis); the view chooses the colours
        SeverityRole,              // a flag severity (FlagSeverity) the view shows as an icon
    };
    enum class Emphasis {
        None,
        Alert,   // a failure, a high severity: it must be seen
        Warning, // frozen, a medium severity
        Muted,   // no longer current: ended, resolved, deactivated
    };

    explicit PagedModelBase(SessionSource *source, QObject *parent = nullptr);

    SessionSource *source() const { return m_source; }
    bool isLoading() const { return m_loading; }
    qint64 totalCount() const { return m_total; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // How many pages of rows the model holds at most (at least two).
    int windowPages() const { return m_windowPages; }
    void setWindowPages(int pages) { m_windowPages = qMax(2, pages); }

    // Starts the model, or starts it over, at the first page; the rows are replaced when it arrives.
    // Until then, sorting and filtering only record the question.
    virtual void reload() = 0;
    // Queries what is loaded again and applies only the differences, so that selection and
    // scroll position stay where they are.
    virtual void refresh() = 0;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    void errorOccurred(const SourceError &error);
    // A first page, a further page or a refresh has been applied.
    void pageLoaded();

protected:
    void setLoading(bool loading);
    void setTotalCount(qint64 total);

private:
    SessionSource *m_source = nullptr;
    bool m_loading = false;
    qint64 m_total = 0;
    int m_pageSize = 100;
    int m_windowPages = 10;
};
