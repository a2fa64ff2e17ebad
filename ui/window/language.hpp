#pragma once
// The interface language: English, the language of the sources, or Simplified
// Chinese. The translations are compiled into the binary (translations/, resource :/i18n).
#include "text/message.hpp"
#include "scenario/scenario.hpp"
#include "text/wording.hpp"

#include <QString>
#include <QStringList>

namespace tcpviz {

QStringList available_languages();              // "en", "zh_CN"
QString system_language();                      // the closest to the system locale
QString language_name(const QString& language); // in that language: "English", "简体中文"
// Installs the translators for the window, the command line and Qt's own
// dialogs. False, and nothing changed, for a language tcpviz does not have.
bool set_language(const QString& language);
QString current_language();
// In Chinese, a space between Chinese characters and Latin letters or digits that meet.
QString spaced_for_chinese(QString text);
// An engine message (a scenario error, a failed export) in the interface language.
QString message_text(const Message& message);
// A scenario's title (its name when it has none) and description, translated when built in.
QString scenario_title(const Scenario& scenario);
QString scenario_description(const Scenario& scenario);
// The words of the text exports (ladder, Mermaid, PlantUML) in the interface language.
Wording interface_wording();

} // namespace tcpviz
