#pragma once
// A scenario: hosts and their roles, options, a fault plan and a timeline of actions.
// Loaded from and saved to JSON (format "tcpviz-scenario", version 1, see README).
#include "tcp/application.hpp"
#include "tcp/isn_generator.hpp"
#include "text/message.hpp"
#include "tcp/segment.hpp"
#include "tcp/timing_profile.hpp"
#include "sim/trace.hpp"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace tcpviz {

enum class CookieMode : std::uint8_t { Off, Overflow, Always };

struct ScenarioOptions {
    IsnMode isn = IsnMode::Linux;
    std::uint64_t seed = 1;
    ProfileKind profile = ProfileKind::Linux;
    CookieMode cookies = CookieMode::Overflow;
    std::int64_t latency = 10 * kMillisecond; // one way, every link
    std::uint32_t backlog = 128;
    unsigned syn_retries = 6;
    unsigned synack_retries = 5;
    std::uint16_t mss = 1460;
    std::int8_t window_scale = 7;
    bool sack = true;
    bool timestamps = true;
    double loss_probability = 0.0;
    bool two_way_handshake = false; // hypothetical server that skips the third segment

    friend bool operator==(const ScenarioOptions&, const ScenarioOptions&) = default;
};

struct PresetConnection {
    std::string peer;
    std::uint32_t snd_nxt = 0;
    std::uint32_t rcv_nxt = 0;
    friend bool operator==(const PresetConnection&, const PresetConnection&) = default;
};

struct HostSpec {
    std::string name;
    HostRole role = HostRole::Client;
    Ipv4 address = 0;
    std::uint8_t prefix_len = 32;
    std::uint16_t port = 0;        // listening port (server) or local port (client)
    bool listens = false;
    bool live = true;              // false: nobody answers at this address
    std::optional<std::uint32_t> first_isn; // fixed mode: this host's first ISN
    std::string reply;             // application answers the first data with this
    std::string greeting;          // application sends this once ESTABLISHED
    // A listening application calls accept() this long after a connection is ready,
    // one connection at a time (0: at once); `accepts` false: it never does.
    std::int64_t accept_delay = 0;
    bool accepts = true;
    bool reads = true;          // false: it never reads what arrives
    bool reply_at_eof = false;  // it answers once it has read to end-of-file
    ClosePlan close;            // when and how its application closes each connection
    std::optional<PresetConnection> established;
    friend bool operator==(const HostSpec&, const HostSpec&) = default;
};

struct FaultSpec {
    enum class Type : std::uint8_t { Drop, Delay } type = Type::Drop;
    SegmentKind kind = SegmentKind::Any;
    std::uint32_t nth = 1;  // 1-based occurrence among matching segments; 0 = every one
    std::string from;       // sending host, empty = any
    std::int64_t extra_delay = 0;
    friend bool operator==(const FaultSpec&, const FaultSpec&) = default;
};

enum class ActionKind : std::uint8_t {
    Connect,    // host opens a connection to target (its listening port)
    Send,       // host's application writes text
    ForgeSyn,   // host (attacker) sends a SYN to target with the source address of `as`
    Flood,      // count forged SYNs from the `as` range, one every `interval`
    Inject,     // a raw segment from host to target (old duplicates, figures 8 and 11)
    Reboot,     // host forgets every connection
    BlindAck,   // attacker completes a forged handshake with a guessed server ISN
    ArmLoss,    // (live) lose the next segment of `loss_kind`
    LoseSegment,// (live) lose in-flight segment `segment` now
    Close,      // host's application closes its connection as `how` says
};
inline constexpr ActionKind kLastActionKind = ActionKind::Close;

// What an action does, apart from the hosts and text it names: the scenario's
// ActionSpec names them, the engine's Action (sim/simulation.hpp) holds their indices.
struct ActionDetails {
    ActionKind kind = ActionKind::Connect;
    std::int64_t at = 0;                      // ns from the start
    std::uint32_t count = 0;                  // Flood
    std::int64_t interval = 0;                // Flood: ns between SYNs
    std::uint8_t flags = 0;                   // Inject
    std::uint32_t seq = 0;                    // Inject
    std::uint32_t ack = 0;                    // Inject, BlindAck
    SegmentKind loss_kind = SegmentKind::Any; // ArmLoss
    std::uint32_t segment = 0;                // LoseSegment
    CloseHow how = CloseHow::Close;           // Close
    friend bool operator==(const ActionDetails&, const ActionDetails&) = default;
};

struct ActionSpec : ActionDetails {
    std::string host;
    std::string target;
    std::string as;   // ForgeSyn, Flood, BlindAck: whose address is forged
    std::string text; // Send, Inject
    friend bool operator==(const ActionSpec&, const ActionSpec&) = default;
};

struct Scenario {
    std::string name;        // the id: --scenario NAME, file names
    std::string title;       // what the picker and the handout show; empty: the name
    std::string description;
    bool hypothetical = false;
    ScenarioOptions options;
    std::vector<HostSpec> hosts;
    std::vector<FaultSpec> faults;
    std::vector<ActionSpec> timeline;
    friend bool operator==(const Scenario&, const Scenario&) = default;
};

// A scenario that cannot be used; the message is one sentence naming the problem.
// A scenario or lesson that cannot be used; what() is the English sentence.
class ScenarioError : public std::runtime_error {
public:
    explicit ScenarioError(Message message) : std::runtime_error(message.english()), message_(std::move(message)) {}
    const Message& message() const { return message_; }

private:
    Message message_;
};

Scenario scenario_from_json_text(const std::string& text);  // throws ScenarioError
std::string scenario_to_json_text(const Scenario& scenario);
Scenario load_scenario_file(const std::string& path);          // throws ScenarioError

const char* cookie_mode_name(CookieMode mode);
bool parse_cookie_mode(const std::string& text, CookieMode& out);
const char* action_kind_name(ActionKind kind);

} // namespace tcpviz
