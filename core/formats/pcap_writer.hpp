#pragma once
// Writes a trace as a pcap capture through libpcap: LINKTYPE_IPV4, one packet per
// segment as it leaves its sender (lost ones included, as a capture at the sender
// would show them), timestamps from the virtual clock.
#include "sim/trace.hpp"

#include <string>

namespace tcpviz {

void write_pcap(const std::string& path, const Trace& trace); // throws ExportError

} // namespace tcpviz
