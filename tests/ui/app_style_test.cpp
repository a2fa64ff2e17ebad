// The window's style: Fusion, with each standard icon made once.
#include "window/app_style.hpp"

#include <catch2/catch.hpp>

#include <QIcon>
#include <QStyleOption>

using namespace tcpviz;

TEST_CASE("the window's style is Fusion and makes each standard icon once", "[ui]")
{
    AppStyle style;
    CHECK(style.baseStyle()->name() == "fusion");
    const QIcon close = style.standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, nullptr);
    REQUIRE_FALSE(close.isNull());
    CHECK(style.standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, nullptr).cacheKey() == close.cacheKey());
    QStyleOption option;
    CHECK(style.standardIcon(QStyle::SP_TitleBarCloseButton, &option, nullptr).cacheKey() == close.cacheKey());
    CHECK(style.standardIcon(QStyle::SP_TitleBarNormalButton, nullptr, nullptr).cacheKey() != close.cacheKey());
    // Arrows are mirrored right to left: their own icons.
    option.direction = Qt::RightToLeft;
    CHECK(style.standardIcon(QStyle::SP_ArrowBack, &option, nullptr).cacheKey() !=
          style.standardIcon(QStyle::SP_ArrowBack, nullptr, nullptr).cacheKey());
}
