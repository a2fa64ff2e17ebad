#pragma once
// The words of the text exports (the ladder, Mermaid, PlantUML): English as written,
// or translated by the caller, which knows the interface language (the engine has no
// Qt). Each phrase is marked with TCPVIZ_TRANSLATE_NOOP where it is written.
#include "text/translatable.hpp"

#include <functional>
#include <string>

namespace tcpviz {

// The text for an English phrase of a context ("core", "scenario").
using Wording = std::function<std::string(const char* context, const char* english)>;

inline std::string word(const Wording& wording, const char* context, const char* english)
{
    return wording ? wording(context, english) : std::string(english);
}

} // namespace tcpviz
