#include "text/duration_text.hpp"

#include "text/message.hpp"

#include <cstdio>

namespace tcpviz {

std::string duration_text(std::int64_t ns, const Wording& wording)
{
    const double ms = double(ns) / 1e6;
    char number[32];
    std::snprintf(number, sizeof number, "%.4g", ms >= 1000 ? ms / 1000 : ms);
    return fill_in(ms >= 1000 ? word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "%1 s"))
                              : word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "%1 ms")),
                   {number});
}

} // namespace tcpviz
