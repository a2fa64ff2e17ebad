#include "window/language.hpp"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace tcpviz {
namespace {

struct Installed {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> ours, qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList available_languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString system_language()
{
    // Any Chinese locale reads Simplified Chinese better than English; Taiwan and
    // Hong Kong readers may disagree, but there is no Traditional translation yet.
    for (const QString& tag : QLocale::system().uiLanguages())
        if (tag.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString language_name(const QString& language)
{
    // Each name in its own language, so that anyone can find theirs: never translated.
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

bool set_language(const QString& language)
{
    if (!available_languages().contains(language))
        return false;
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral(":/i18n/tcpviz_%1.qm").arg(language)))
        return false;
    Installed& now = installed();
    for (auto* old : {now.ours.get(), now.qt.get()})
        if (old)
            QCoreApplication::removeTranslator(old);
    now.ours = std::move(ours);
    QCoreApplication::installTranslator(now.ours.get());
    // Qt's own texts (the buttons of standard dialogs), when the system has them.
    now.qt = std::make_unique<QTranslator>();
    if (now.qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(now.qt.get());
    now.language = language;
    QLocale::setDefault(QLocale(language));
    return true;
}

QString current_language()
{
    return installed().language;
}

QString spaced_for_chinese(QString text)
{
    // Between a Chinese character and a Latin letter or digit, a space (the course's
    // style: "peer-b 调用 connect()"), wherever a name or number is filled in.
    if (current_language() != QLatin1String("zh_CN"))
        return text;
    static const QRegularExpression latin_then_han(QStringLiteral("([A-Za-z0-9\\)\\]])(\\p{Han})"));
    static const QRegularExpression han_then_latin(QStringLiteral("(\\p{Han})([A-Za-z0-9\\(\\[])"));
    text.replace(latin_then_han, QStringLiteral("\\1 \\2"));
    text.replace(han_then_latin, QStringLiteral("\\1 \\2"));
    // A space a translation keeps for a Latin name ("%1 发送") goes when the name is
    // Chinese too ("客户端发送").
    static const QRegularExpression han_space_han(QStringLiteral("(\\p{Han}) (?=\\p{Han})"));
    text.replace(han_space_han, QStringLiteral("\\1"));
    return text;
}

Wording interface_wording()
{
    return [](const char* context, const char* english) {
        return QCoreApplication::translate(context, english).toStdString();
    };
}

QString message_text(const Message& message)
{
    if (message.is_value())
        return QString::fromStdString(message.value());
    // Filled in one pass (fill_in), so that a path holding "%2" stays as it is.
    std::vector<std::string> args;
    for (const Message& a : message.args())
        args.push_back(message_text(a).toStdString());
    return QString::fromStdString(fill_in(QCoreApplication::translate("core", message.text()).toStdString(), args));
}

QString scenario_title(const Scenario& scenario)
{
    if (scenario.title.empty())
        return QString::fromStdString(scenario.name);
    return QCoreApplication::translate("scenario", scenario.title.c_str());
}

QString scenario_description(const Scenario& scenario)
{
    return QCoreApplication::translate("scenario", scenario.description.c_str());
}

} // namespace tcpviz
