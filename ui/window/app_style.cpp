#include "window/app_style.hpp"

#include <QGuiApplication>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

namespace tcpviz {

AppStyle::AppStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    // Arrows point the other way right to left; nothing else about an icon depends on
    // the option or the widget asking.
    const Qt::LayoutDirection direction = option ? option->direction
                                          : widget ? widget->layoutDirection()
                                                   : QGuiApplication::layoutDirection();
    auto [it, made] = icons_.try_emplace({icon, direction});
    if (made)
        it->second = QProxyStyle::standardIcon(icon, option, widget);
    return it->second;
}

} // namespace tcpviz
