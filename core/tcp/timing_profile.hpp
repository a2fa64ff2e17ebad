#pragma once
// Retransmission, acknowledgement and closing timers. Two profiles:
//  - linux: initial RTO 1 s (RFC 6298 §2.1), the first tcp_syn_linear_timeouts SYN
//    timeouts stay at the initial RTO, then exponential backoff (RFC 9293 MUST-19),
//    RTO capped at 120 s; give up after syn_retries + linear_timeouts SYN
//    retransmissions, and drop a half-open request after synack_retries SYN-ACKs.
//  - rfc6298: pure doubling, RTO capped at 60 s (RFC 6298 §2.5), and retransmissions
//    of a SYN or SYN-ACK go on for at least 3 minutes (RFC 9293 MUST-23).
// After the handshake the RTO comes from measured round trips (tcp/rtt_estimator.hpp):
// linux puts its 200 ms tcp_rto_min under the variance term, rfc6298 its 1 s under the
// whole RTO (RFC 6298 §2.4).
#include <cstdint>
#include <string>

namespace tcpviz {

inline constexpr std::int64_t kMillisecond = 1'000'000;
inline constexpr std::int64_t kSecond = 1'000'000'000;

enum class ProfileKind { Linux, Rfc6298 };

struct TimingProfile {
    ProfileKind kind = ProfileKind::Linux;
    std::int64_t initial_rto = kSecond;
    std::int64_t max_rto = 120 * kSecond;
    unsigned syn_retries = 6;          // net.ipv4.tcp_syn_retries
    unsigned syn_linear_timeouts = 4;  // net.ipv4.tcp_syn_linear_timeouts
    unsigned synack_retries = 5;       // net.ipv4.tcp_synack_retries
    std::int64_t give_up_after = 0;    // rfc6298: R2 for SYN/SYN-ACK (MUST-23); 0 = count-based
    unsigned data_retries = 15;        // net.ipv4.tcp_retries2
    unsigned fin_retries = 8;          // net.ipv4.tcp_orphan_retries (0 means 8)
    // TIME-WAIT: Linux's fixed TCP_TIMEWAIT_LEN; rfc6298: 2 MSL with MSL = 2 min (§3.4.2).
    std::int64_t time_wait = 60 * kSecond;
    // An orphaned FIN-WAIT-2 (its application closed) gives up after this; 0: never
    // (net.ipv4.tcp_fin_timeout; RFC 9293 has no such timer).
    std::int64_t fin_wait_2_timeout = 60 * kSecond;
    // RTO floor after the handshake: Linux TCP_RTO_MIN under RTTVAR; RFC 6298 §2.4's 1 s.
    std::int64_t rto_min = 200 * kMillisecond;
    // Linux starts a connection in quick-ack mode: in-order data is acknowledged at once
    // by a segment of its own, before the application's answer. rfc6298: the answer
    // written at once carries the ACK (RFC 9293 §3.8.6.3 lets the ACK wait for it).
    bool quick_ack = true;
    // How long the ACK of a FIN that arrives in ESTABLISHED waits for the application's
    // own segment to ride on (RFC 9293 §3.8.6.3, MUST be under 0.5 s): Linux enters
    // "pingpong" mode and waits TCP_DELACK_MIN, 40 ms; 200 ms is the classic BSD delay.
    std::int64_t delayed_ack = 40 * kMillisecond;
    // Linux answers the peer's SYN-ACK in a simultaneous open with a bare ACK: its SYN
    // repeats one already received, below RCV.NXT, and such a segment draws an ACK
    // (RFC 9293 §3.10.7.4, first step). The RFC's Figure 7 shows none.
    bool acks_crossing_syn_ack = true;

    static TimingProfile linux_default();
    static TimingProfile rfc6298();

    // RTO armed after `retransmissions` SYNs have already been retransmitted.
    std::int64_t syn_rto(unsigned retransmissions) const;
    // Whether an expiring SYN timer gives up instead of retransmitting.
    bool syn_gives_up(unsigned retransmissions, std::int64_t elapsed_since_first_syn) const;
    // RTO of a SYN-ACK or data segment after `retransmissions` (plain doubling, capped).
    std::int64_t backoff_rto(unsigned retransmissions) const;
    // Whether a half-open request whose timer expires is dropped (max_retries already
    // reduced for queue pressure by the listener).
    bool synack_gives_up(unsigned retransmissions, unsigned max_retries,
                         std::int64_t elapsed_since_first_synack) const;
};

const char* profile_name(ProfileKind kind);
bool parse_profile(const std::string& text, ProfileKind& out);

} // namespace tcpviz
