#pragma once
// How many columns a text takes in a fixed-width table (the ladder's columns line up in
// Chinese too).
#include <cstddef>
#include <string>

namespace tcpviz {

// East Asian wide characters take two columns, everything else one.
std::size_t display_width(const std::string& utf8);

} // namespace tcpviz
