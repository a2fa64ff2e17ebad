#pragma once
// The window's widget style: Fusion everywhere (the same look, and palettes, on every
// desktop), with its standard icons made once. Qt's styles build a new icon, from image
// files, each time a dock title bar, tab bar or menu bar asks for one while laying
// itself out: about ninety times before tcpviz's window first appears.
#include <QProxyStyle>

#include <map>

namespace tcpviz {

class AppStyle : public QProxyStyle {
public:
    AppStyle();
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const override;

private:
    mutable std::map<std::pair<StandardPixmap, Qt::LayoutDirection>, QIcon> icons_;
};

} // namespace tcpviz
