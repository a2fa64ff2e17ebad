#pragma once
// The engine has no Qt, but some of its texts are shown by the window and must
// be translated there: this marks them for lupdate (an alias of
// QT_TRANSLATE_NOOP, see translations/lupdate.cmake) and leaves the English
// text. The window looks the text up with QCoreApplication::translate(context, text).
#define TCPVIZ_TRANSLATE_NOOP(context, text) text
