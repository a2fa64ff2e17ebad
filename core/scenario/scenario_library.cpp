#include "scenario/scenario_library.hpp"

#include "scenario/scenario_builders.hpp"

#include "text/translatable.hpp"

#include <algorithm>

namespace tcpviz
{
using namespace build;
namespace
{

Scenario flood(std::string name, std::string title, std::string description, CookieMode cookies)
{
    Scenario s = base(std::move(name), std::move(title), std::move(description));
    s.options.backlog = 4;
    s.options.cookies = cookies;
    s.hosts.push_back(attacker_host());
    s.hosts.push_back(forged_sources_host());
    ActionSpec f = act(ActionKind::Flood, 0, "attacker", "server");
    f.as = "forged";
    f.count = 8;
    f.interval = 20 * kMillisecond;
    // The legitimate client comes 200 ms after the last forged SYN (sent at 140 ms).
    s.timeline = {f, act(ActionKind::Connect, 340, "client", "server"), send_text(340, "client", "hello")};
    return with_exchange(s);
}

std::vector<Scenario> make_library()
{
    std::vector<Scenario> all;

    Scenario normal =
        base("normal", TCPVIZ_TRANSLATE_NOOP("scenario", "Three-way handshake"),
             TCPVIZ_TRANSLATE_NOOP("scenario", "Three-way handshake (RFC 9293 Figure 6), then 5 bytes each way and the close."));
    all.push_back(with_exchange(normal));

    Scenario lost_syn = base("lost-syn", TCPVIZ_TRANSLATE_NOOP("scenario", "Lost SYN"),
                             TCPVIZ_TRANSLATE_NOOP("scenario", "The first SYN is lost; the client "
                                                               "retransmits it when its 1 s RTO expires."));
    lost_syn.faults = {drop(SegmentKind::Syn, 1)};
    all.push_back(with_exchange(lost_syn));

    Scenario lost_synack = base("lost-synack", TCPVIZ_TRANSLATE_NOOP("scenario", "Lost SYN-ACK"),
                                TCPVIZ_TRANSLATE_NOOP("scenario", "The SYN-ACK is lost; the server's "
                                                                  "retransmission and the client's repeated SYN "
                                                                  "both recover the handshake."));
    lost_synack.faults = {drop(SegmentKind::SynAck, 1)};
    all.push_back(with_exchange(lost_synack));

    Scenario lost_ack =
        base("lost-ack", TCPVIZ_TRANSLATE_NOOP("scenario", "Lost third segment (ACK)"),
             TCPVIZ_TRANSLATE_NOOP("scenario", "The third segment (ACK) is lost and the client stays silent: "
                                               "the server resends its "
                                               "SYN-ACK and the client's answer completes the handshake. The "
                                               "client writes only at 1.5 s, then the exchange and the close follow."));
    lost_ack.faults = {drop(SegmentKind::Ack, 1, "client")};
    lost_ack.timeline.push_back(send_text(1500, "client", "hello")); // it writes only later
    all.push_back(with_exchange(lost_ack));

    Scenario lost_ack_data = base("lost-ack-with-data", TCPVIZ_TRANSLATE_NOOP("scenario", "Lost ACK, data follows"),
                                  TCPVIZ_TRANSLATE_NOOP("scenario", "The third segment (ACK) is lost, but the "
                                                                    "client sends 5 bytes at once; that data "
                                                                    "segment carries the same ACK and completes "
                                                                    "the server's handshake."));
    lost_ack_data.faults = {drop(SegmentKind::Ack, 1, "client")};
    lost_ack_data.timeline.push_back(send_text(0, "client", "hello"));
    all.push_back(with_exchange(lost_ack_data));

    Scenario closed = base("closed-port", TCPVIZ_TRANSLATE_NOOP("scenario", "Closed port: RST"),
                           TCPVIZ_TRANSLATE_NOOP("scenario", "Nothing listens on the port: the SYN is "
                                                             "answered with RST-ACK and connect() "
                                                             "fails with \"connection refused\"."));
    closed.hosts[1].listens = false;
    all.push_back(closed);

    Scenario timeout = base("syn-timeout", TCPVIZ_TRANSLATE_NOOP("scenario", "SYN timeout"),
                            TCPVIZ_TRANSLATE_NOOP("scenario", "Every SYN is lost. With syn_retries 3 under the linux "
                                                              "profile the client retransmits "
                                                              "at 1, 2, 3, 4, 5, 7 and 11 s and gives up at 19 s."));
    timeout.options.syn_retries = 3;
    timeout.faults = {drop(SegmentKind::Syn, 0)};
    all.push_back(timeout);

    all.push_back(flood("syn-flood", TCPVIZ_TRANSLATE_NOOP("scenario", "SYN flood"),
                        TCPVIZ_TRANSLATE_NOOP("scenario", "8 SYNs from unreachable forged sources, 20 ms "
                                                          "apart, fill a backlog of 4 (Linux counts a queue "
                                                          "full only when it holds more than its backlog, so 5 "
                                                          "fit a backlog of 4) with SYN cookies "
                                                          "off; a legitimate client 200 ms later is ignored "
                                                          "until half-open requests expire."),
                        CookieMode::Off));
    all.push_back(flood("syn-flood-cookies", TCPVIZ_TRANSLATE_NOOP("scenario", "SYN flood with SYN cookies"),
                        TCPVIZ_TRANSLATE_NOOP("scenario", "The same flood with SYN cookies on overflow: once the queue "
                                                          "is full (Linux counts a queue full only when it "
                                                          "holds more than its backlog, so 5 fit a backlog of "
                                                          "4) the server answers "
                                                          "statelessly and the legitimate client connects at once."),
                        CookieMode::Overflow));

    Scenario slow = base(
        "slow-accept", TCPVIZ_TRANSLATE_NOOP("scenario", "Full accept queue"),
        TCPVIZ_TRANSLATE_NOOP(
            "scenario",
            "The server's application accept()s one connection every "
            "1.5 s and its backlog is 1. Two connections fill the accept "
            "queue (Linux counts a queue full only when it holds "
            "more than its backlog, so 2 fit a backlog of 1); the third client's ACK is dropped, so it believes it "
            "is connected while the server resends its SYN-ACK. The clients only connect: none of them closes."));
    slow.options.backlog = 1;
    slow.hosts[1].accept_delay = 1500 * kMillisecond;
    slow.hosts[1].reply = "world";
    for (const char* name : {"client-2", "client-3"}) {
        HostSpec more = client();
        more.name = name;
        more.address = kClientAddress + static_cast<Ipv4>(slow.hosts.size() - 1);
        slow.hosts.push_back(more);
    }
    slow.timeline = {act(ActionKind::Connect, 0, "client", "server"), send_text(0, "client", "hello"),
                     act(ActionKind::Connect, 100, "client-2", "server"),
                     act(ActionKind::Connect, 105, "client-3", "server")};
    all.push_back(slow);

    Scenario spoofed = base("spoofed-syn-rst", TCPVIZ_TRANSLATE_NOOP("scenario", "Forged SYN answered with RST"),
                            TCPVIZ_TRANSLATE_NOOP("scenario", "One SYN forged with the address of a live host: that "
                                                              "host answers the SYN-ACK with RST "
                                                              "and the server drops the half-open request at once."));
    spoofed.hosts.push_back(attacker_host());
    spoofed.hosts.push_back(spoofed_live_host());
    ActionSpec forge = act(ActionKind::ForgeSyn, 0, "attacker", "server");
    forge.as = "spoofed";
    spoofed.timeline = {forge};
    all.push_back(spoofed);

    Scenario simultaneous =
        base("simultaneous-open", TCPVIZ_TRANSLATE_NOOP("scenario", "Simultaneous open"),
             TCPVIZ_TRANSLATE_NOOP("scenario", "Both ends send a SYN at the same time (RFC 9293 Figure "
                                               "7): four segments cross "
                                               "and both reach ESTABLISHED without a bare third ACK."));
    simultaneous.hosts[0].name = "peer-a";
    simultaneous.hosts[1].name = "peer-b";
    simultaneous.hosts[1].listens = false;
    simultaneous.hosts[1].port = 50000;
    simultaneous.timeline = {act(ActionKind::Connect, 0, "peer-a", "peer-b"),
                             act(ActionKind::Connect, 0, "peer-b", "peer-a")};
    all.push_back(with_exchange(simultaneous, "peer-a"));

    Scenario old_dup =
        base("old-duplicate-syn", TCPVIZ_TRANSLATE_NOOP("scenario", "Old duplicate SYN"),
             TCPVIZ_TRANSLATE_NOOP("scenario", "An old duplicate SYN arrives before the client's delayed SYN (RFC "
                                               "9293 Figure 8): the "
                                               "client resets the stale attempt and the real handshake follows."));
    FaultSpec delay;
    delay.type = FaultSpec::Type::Delay;
    delay.kind = SegmentKind::Syn;
    delay.nth = 1;
    delay.from = "client";
    delay.extra_delay = 40 * kMillisecond;
    old_dup.faults = {delay};
    ActionSpec old_syn = act(ActionKind::Inject, 0, "client", "server");
    old_syn.flags = flag::SYN;
    old_syn.seq = 90;
    old_dup.timeline.push_back(old_syn);
    all.push_back(with_exchange(old_dup));

    Scenario half_open =
        base("half-open-discovery", TCPVIZ_TRANSLATE_NOOP("scenario", "Half-open connection discovered"),
             TCPVIZ_TRANSLATE_NOOP("scenario", "The server still holds an ESTABLISHED "
                                               "connection from before the client rebooted "
                                               "(RFC 9293 Figure 9): the client's new SYN "
                                               "draws an ACK, the client resets it, and the "
                                               "next SYN opens a new connection."));
    half_open.hosts[0].first_isn = 400;
    half_open.hosts[1].established = PresetConnection{"client", 300, 100};
    half_open.timeline = {act(ActionKind::Reboot, 0, "client"), act(ActionKind::Connect, 0, "client", "server")};
    all.push_back(with_exchange(half_open));

    Scenario two_way = base("two-way-handshake", TCPVIZ_TRANSLATE_NOOP("scenario", "Why not a two-way handshake?"),
                            TCPVIZ_TRANSLATE_NOOP("scenario", "Hypothetical: a server that calls the connection "
                                                              "established right after its SYN-ACK. "
                                                              "An old duplicate SYN then opens a connection the "
                                                              "client never asked for."));
    two_way.hypothetical = true;
    two_way.options.two_way_handshake = true;
    two_way.hosts[1].greeting = "hello";
    ActionSpec dup = act(ActionKind::Inject, 0, "client", "server");
    dup.flags = flag::SYN;
    dup.seq = 90;
    two_way.timeline = {dup};
    all.push_back(two_way);

    Scenario blind = base("blind-spoofing", TCPVIZ_TRANSLATE_NOOP("scenario", "Blind spoofing with predictable ISNs"),
                          TCPVIZ_TRANSLATE_NOOP("scenario", "4.4BSD-predictable server ISNs: the attacker "
                                                            "samples one with its own connection, forges "
                                                            "a SYN from a trusted host and completes the "
                                                            "handshake blind. With --isn rfc6528 the same "
                                                            "guess fails."));
    blind.options.isn = IsnMode::Bsd;
    blind.hosts = {server(), attacker_host()};
    HostSpec trusted;
    trusted.name = "trusted";
    trusted.role = HostRole::Forged;
    trusted.address = kTrustedAddress;
    trusted.live = false; // silenced, as Mitnick silenced it with a SYN flood
    trusted.port = 513;   // rlogin/rsh trust came from a privileged port
    blind.hosts.push_back(trusted);
    ActionSpec probe = act(ActionKind::Connect, 0, "attacker", "server");
    ActionSpec forged = act(ActionKind::ForgeSyn, 100, "attacker", "server");
    forged.as = "trusted";
    ActionSpec guess = act(ActionKind::BlindAck, 150, "attacker", "server");
    guess.as = "trusted";
    guess.text = "echo + + >> .rhosts";
    blind.timeline = {probe, forged, guess};
    all.push_back(blind);

    for (Scenario& s : close_scenarios())
        all.push_back(std::move(s));
    return all;
}

} // namespace

HostSpec attacker_host()
{
    HostSpec h;
    h.name = "attacker";
    h.role = HostRole::Attacker;
    h.address = kAttackerAddress;
    return h;
}

HostSpec forged_sources_host()
{
    HostSpec h;
    h.name = "forged";
    h.role = HostRole::Forged;
    h.address = kForgedRange;
    h.prefix_len = 25;
    h.live = false;
    return h;
}

HostSpec spoofed_live_host()
{
    HostSpec h;
    h.name = "spoofed";
    h.role = HostRole::Spoofed;
    h.address = kSpoofedLiveAddress;
    return h;
}

const std::vector<Scenario>& builtin_scenarios()
{
    static const std::vector<Scenario> library = make_library();
    return library;
}

std::optional<Scenario> builtin_scenario(const std::string& name)
{
    for (const Scenario& s : builtin_scenarios())
        if (s.name == name)
            return s;
    return std::nullopt;
}

Scenario with_live_action_hosts(Scenario s)
{
    for (HostSpec (*standard)() : {attacker_host, forged_sources_host, spoofed_live_host}) {
        const HostSpec h = standard();
        if (std::none_of(s.hosts.begin(), s.hosts.end(), [&](const HostSpec& mine) { return mine.name == h.name; }))
            s.hosts.push_back(h);
    }
    return s;
}

} // namespace tcpviz
