#pragma once
// The built-in scenarios. Each is an ordinary Scenario, so it can be saved as a JSON
// file, edited and loaded back.
#include "scenario/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tcpviz {

const std::vector<Scenario>& builtin_scenarios();

// The standard hosts of attack scenarios (names "attacker", "forged", "spoofed").
HostSpec attacker_host();
HostSpec forged_sources_host(); // 203.0.113.128/25, unreachable
HostSpec spoofed_live_host();   // a live host that answers with RST
std::optional<Scenario> builtin_scenario(const std::string& name);
// `s` with the hosts the live actions use (forge a SYN, flood, spoof) added where it has
// none of that name. Every simulation runs with them, so the window and the command line
// simulate the same world; views show only the hosts that take part.
Scenario with_live_action_hosts(Scenario s);

// Documentation-range defaults (RFC 5737).
inline constexpr Ipv4 kClientAddress = make_ipv4(192, 0, 2, 10);
inline constexpr Ipv4 kServerAddress = make_ipv4(198, 51, 100, 20);
inline constexpr Ipv4 kAttackerAddress = make_ipv4(203, 0, 113, 66);
inline constexpr Ipv4 kSpoofedLiveAddress = make_ipv4(203, 0, 113, 50);
inline constexpr Ipv4 kTrustedAddress = make_ipv4(203, 0, 113, 10);
inline constexpr Ipv4 kForgedRange = make_ipv4(203, 0, 113, 128); // /25

} // namespace tcpviz
