#pragma once
// How a span of simulated time is written everywhere: "200 ms", "1 s", "3.25 s" (four
// significant digits, seconds from one second up).
#include "text/wording.hpp"

#include <cstdint>
#include <string>

namespace tcpviz {

std::string duration_text(std::int64_t ns, const Wording& wording = {});

} // namespace tcpviz
