#include "views/common/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // as tall as its text, never more
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(u"messageBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    m_action->setObjectName(u"messageBannerAction"_s);
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showError(const SourceError &error)
{
    // What a kind of source cannot do at all is a fact about it, not a failure.
    showMessage(error.code == SourceError::Code::Unsupported ? Kind::Information : Kind::Error, error.text,
                error.detail);
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &detail)
{
    m_kind = kind;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colors = u"background: #e8f0fe; border: 1px solid #a8c7fa; color: #0b3a82;"_s;
    switch (kind) {
    case Kind::Information:
        break;
    case Kind::Success:
        colors = u"background: #e6f4ea; border: 1px solid #81c995; color: #0d5223;"_s;
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        colors = u"background: #fef7e0; border: 1px solid #fdd663; color: #5c3c00;"_s;
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        colors = u"background: #fce8e6; border: 1px solid #f28b82; color: #8c1d18;"_s;
        break;
    }
    setStyleSheet(
        u"MessageBanner { %1 border-radius: 4px; } QLabel { border: none; background: transparent; }"_s.arg(
            colors));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    m_text->setToolTip(detail);
    setAction(nullptr);
    show();
}

void MessageBanner::setAction(QAction *action)
{
    m_action->setDefaultAction(action);
    m_action->setVisible(action != nullptr);
}

QString MessageBanner::text() const
{
    return m_text->text();
}
