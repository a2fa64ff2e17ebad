#include "sim/trace.hpp"

#include <algorithm>
#include <atomic>

namespace tcpviz {

// The packing of ref/a/b, per kind, is the recorders' (simulation, network, actions,
// endpoint) and these readings' alone.
std::uint8_t receiver_of(const TraceEvent& e)
{
    return std::uint8_t(e.a);
}

std::int64_t expired_rto(const SegmentRecord& r)
{
    return std::int64_t(r.expired_rto_us) * 1000;
}

std::int64_t held_back(const TraceEvent& e)
{
    return std::int64_t(e.a) * 1000; // recorded in µs
}

LossReason loss_reason(const TraceEvent& e)
{
    return LossReason(e.a);
}

StateChange state_change(const TraceEvent& e)
{
    return {TcpState(e.a & 0xff), TcpState((e.a >> 8) & 0xff), e.ref, e.b, std::uint16_t(e.a >> 16)};
}

TimerArming timer_arming(const TraceEvent& e)
{
    return {std::int64_t(e.a) * 1000, e.b & 0xffffff, TimerPurpose(e.b >> 24)}; // recorded in µs
}

std::uint32_t retransmissions_when_fired(const TraceEvent& e)
{
    return e.a;
}

QueueLevel queue_level(const TraceEvent& e)
{
    return {e.a, e.b, e.kind == EventKind::AcceptQueueDepth};
}

std::uint8_t action_target(const TraceEvent& e)
{
    return std::uint8_t(e.a);
}

std::uint8_t action_forged_as(const TraceEvent& e)
{
    return std::uint8_t(e.why == Explain::BlindSpoofAck ? e.b : e.a);
}

AppCloseCall app_close_call(const TraceEvent& e)
{
    return {e.a, e.b, e.ref == kClosePlanRef};
}

std::int64_t ack_delay(const TraceEvent& e)
{
    return std::int64_t(e.a) * 1000; // recorded in µs
}

AppWrite app_write(const TraceEvent& e)
{
    return {e.a, e.b};
}

FloodPlan flood_plan(const TraceEvent& e)
{
    return {e.a, std::int64_t(e.b) * 1000}; // recorded in µs
}

SegmentKind armed_loss(const TraceEvent& e)
{
    return SegmentKind(e.a);
}

SeqNum guessed_ack(const TraceEvent& e)
{
    return SeqNum(e.a);
}

std::uint64_t Trace::new_lineage()
{
    static std::atomic<std::uint64_t> next{1};
    return next++;
}

void Trace::truncate(std::uint32_t step, std::size_t segment_count)
{
    auto first_after = std::upper_bound(events.begin(), events.end(), step,
                                        [](std::uint32_t s, const TraceEvent& e) { return s < e.step; });
    events.truncate(static_cast<std::size_t>(first_after - events.begin()));
    segments.truncate(segment_count);
    while (!rtt_readings.empty() && rtt_readings.back().step > step)
        rtt_readings.pop_back();
}

std::pair<std::size_t, std::size_t> Trace::events_of_step(std::uint32_t step) const
{
    auto lo = std::lower_bound(events.begin(), events.end(), step,
                               [](const TraceEvent& e, std::uint32_t s) { return e.step < s; });
    auto hi = std::upper_bound(lo, events.end(), step,
                               [](std::uint32_t s, const TraceEvent& e) { return s < e.step; });
    return {std::size_t(lo - events.begin()), std::size_t(hi - events.begin())};
}

std::size_t Trace::memory_bytes() const
{
    std::size_t bytes = events.capacity() * sizeof(TraceEvent) + segments.capacity() * sizeof(SegmentRecord);
    for (const auto& t : texts)
        bytes += sizeof(t) + t.capacity();
    for (const auto& h : hosts)
        bytes += sizeof(h) + h.name.capacity();
    if (capture)
        bytes += capture->segments.capacity() * sizeof(CapturedSegment) + capture->bytes.capacity() +
                 capture->sack_blocks.capacity() * sizeof(SackBlock);
    return bytes;
}

std::string address_text(const Trace& trace, Ipv4 address)
{
    if (trace.capture)
        if (const auto it = trace.capture->ipv6_keys.find(address); it != trace.capture->ipv6_keys.end())
            return it->second;
    return ipv4_text(address);
}

const CapturedSegment* captured(const Trace& trace, std::uint32_t segment)
{
    return trace.capture && segment < trace.capture->segments.size() ? &trace.capture->segments[segment] : nullptr;
}

std::vector<std::size_t> first_taking_part(const Trace& trace, std::size_t n_events)
{
    std::vector<std::size_t> first(trace.hosts.size(), kNeverTakesPart);
    for (std::size_t h = 0; h < trace.hosts.size(); ++h)
        if (trace.hosts[h].role == HostRole::Client || trace.hosts[h].role == HostRole::Server)
            first[h] = 0;
    const auto takes_part = [&](std::uint8_t host, std::size_t event) {
        if (host != kNoHost)
            first[host] = std::min(first[host], event);
    };
    for (std::size_t i = 0; i < n_events && i < trace.events.size(); ++i) {
        const TraceEvent& e = trace.events[i];
        if (e.kind != EventKind::Action) // an action alone draws no lifeline
            takes_part(e.host, i);
        if (e.kind == EventKind::SegmentSent)
            takes_part(receiver_of(e), i);
    }
    return first;
}

std::vector<bool> hosts_taking_part(const Trace& trace, std::size_t n_events)
{
    const std::vector<std::size_t> first = first_taking_part(trace, n_events);
    std::vector<bool> used(first.size());
    for (std::size_t h = 0; h < first.size(); ++h)
        used[h] = first[h] != kNeverTakesPart;
    return used;
}

const char* explain_id(Explain why)
{
    switch (why) {
    case Explain::None: return "none";
    case Explain::Listening: return "listening";
    case Explain::ActiveOpen: return "active_open";
    case Explain::PresetEstablished: return "preset_established";
    case Explain::HostRebooted: return "host_rebooted";
    case Explain::AppSend: return "app_send";
    case Explain::SynRetransmit: return "syn_retransmit";
    case Explain::SynTimeout: return "syn_timeout";
    case Explain::HandshakeAck: return "handshake_ack";
    case Explain::SimultaneousOpen: return "simultaneous_open";
    case Explain::SimultaneousOpenAck: return "simultaneous_open_ack";
    case Explain::SimultaneousSynAck: return "simultaneous_syn_ack";
    case Explain::ConnectionRefused: return "connection_refused";
    case Explain::RstBadAckSynSent: return "rst_bad_ack_syn_sent";
    case Explain::SynAckReply: return "syn_ack_reply";
    case Explain::SynAckRetransmit: return "syn_ack_retransmit";
    case Explain::SynAckForDuplicateSyn: return "syn_ack_for_duplicate_syn";
    case Explain::RequestTimedOut: return "request_timed_out";
    case Explain::SynQueueFull: return "syn_queue_full";
    case Explain::CookieSynAck: return "cookie_syn_ack";
    case Explain::CookieAccepted: return "cookie_accepted";
    case Explain::CookieRejected: return "cookie_rejected";
    case Explain::HandshakeComplete: return "handshake_complete";
    case Explain::DataCompletesHandshake: return "data_completes_handshake";
    case Explain::RstBadAckSynReceived: return "rst_bad_ack_syn_received";
    case Explain::ResetToListen: return "reset_to_listen";
    case Explain::ResetToClosed: return "reset_to_closed";
    case Explain::TwoWayEstablished: return "two_way_established";
    case Explain::ConnectionQueued: return "connection_queued";
    case Explain::AppAccepted: return "app_accepted";
    case Explain::AcceptQueueFull: return "accept_queue_full";
    case Explain::RstForClosedPort: return "rst_for_closed_port";
    case Explain::RstForAckInListen: return "rst_for_ack_in_listen";
    case Explain::RstIgnored: return "rst_ignored";
    case Explain::AckForUnacceptableSeq: return "ack_for_unacceptable_seq";
    case Explain::ChallengeAckSyn: return "challenge_ack_syn";
    case Explain::ChallengeAckRst: return "challenge_ack_rst";
    case Explain::RstOutOfWindow: return "rst_out_of_window";
    case Explain::AckTooNew: return "ack_too_new";
    case Explain::NoAckDropped: return "no_ack_dropped";
    case Explain::DataAccepted: return "data_accepted";
    case Explain::DataSent: return "data_sent";
    case Explain::DataReply: return "data_reply";
    case Explain::DataRetransmit: return "data_retransmit";
    case Explain::DataAcked: return "data_acked";
    case Explain::ActiveClose: return "active_close";
    case Explain::PassiveClose: return "passive_close";
    case Explain::ClosedBeforeEstablished: return "closed_before_established";
    case Explain::PeerFin: return "peer_fin";
    case Explain::FinAcked: return "fin_acked";
    case Explain::SimultaneousClose: return "simultaneous_close";
    case Explain::PeerFinInFinWait2: return "peer_fin_in_fin_wait_2";
    case Explain::ClosingAcked: return "closing_acked";
    case Explain::LastAckAcked: return "last_ack_acked";
    case Explain::TimeWaitFinAgain: return "time_wait_fin_again";
    case Explain::TimeWaitExpired: return "time_wait_expired";
    case Explain::FinRetransmit: return "fin_retransmit";
    case Explain::FinWait2Timeout: return "fin_wait_2_timeout";
    case Explain::CloseTimedOut: return "close_timed_out";
    case Explain::DataAfterClose: return "data_after_close";
    case Explain::UnreadDataReset: return "unread_data_reset";
    case Explain::Abort: return "abort";
    case Explain::DelayedAck: return "delayed_ack";
    case Explain::AppClose: return "app_close";
    case Explain::AppShutdown: return "app_shutdown";
    case Explain::AppAbort: return "app_abort";
    case Explain::Unreachable: return "unreachable";
    case Explain::FaultDrop: return "fault_drop";
    case Explain::UserLoss: return "user_loss";
    case Explain::RandomLoss: return "random_loss";
    case Explain::Delayed: return "delayed";
    case Explain::ForgedSyn: return "forged_syn";
    case Explain::FloodSyn: return "flood_syn";
    case Explain::OldDuplicate: return "old_duplicate";
    case Explain::LossArmed: return "loss_armed";
    case Explain::ProbeConnection: return "probe_connection";
    case Explain::BlindSpoofAck: return "blind_spoof_ack";
    case Explain::CapturedMidstream: return "captured_midstream";
    case Explain::CapturedReset: return "captured_reset";
    case Explain::CapturedAck: return "captured_ack";
    case Explain::LostAfterCapture: return "lost_after_capture";
    }
    return "none";
}

bool parse_explain_id(const std::string& id, Explain& out)
{
    for (int i = 0; i <= int(kLastExplain); ++i)
        if (id == explain_id(Explain(i))) {
            out = Explain(i);
            return true;
        }
    return false;
}

const char* event_kind_id(EventKind kind)
{
    switch (kind) {
    case EventKind::SegmentSent: return "segment_sent";
    case EventKind::SegmentDelivered: return "segment_delivered";
    case EventKind::SegmentLost: return "segment_lost";
    case EventKind::SegmentDropped: return "segment_dropped";
    case EventKind::StateChanged: return "state_changed";
    case EventKind::TimerArmed: return "timer_armed";
    case EventKind::TimerFired: return "timer_fired";
    case EventKind::TimerCancelled: return "timer_cancelled";
    case EventKind::QueueDepth: return "queue_depth";
    case EventKind::AcceptQueueDepth: return "accept_queue_depth";
    case EventKind::Action: return "action";
    case EventKind::AckDelayed: return "ack_delayed";
    case EventKind::DelayedAckCarried: return "delayed_ack_carried";
    case EventKind::RttMeasured: return "rtt_measured";
    }
    return "action";
}

const char* role_name(HostRole role)
{
    switch (role) {
    case HostRole::Client: return "client";
    case HostRole::Server: return "server";
    case HostRole::Attacker: return "attacker";
    case HostRole::Forged: return "forged";
    case HostRole::Spoofed: return "spoofed";
    }
    return "client";
}

const char* timer_purpose_id(TimerPurpose purpose)
{
    switch (purpose) {
    case TimerPurpose::Retransmission: return "retransmission";
    case TimerPurpose::TimeWait: return "time_wait";
    case TimerPurpose::LinuxTimeWait: return "linux_time_wait";
    case TimerPurpose::FinWait2: return "fin_wait_2";
    }
    return "retransmission";
}

const char* loss_reason_id(LossReason reason)
{
    switch (reason) {
    case LossReason::FaultPlan: return "fault_plan";
    case LossReason::Unreachable: return "unreachable";
    case LossReason::UserLoss: return "user";
    case LossReason::RandomLoss: return "random";
    case LossReason::AfterCapturePoint: return "after_capture_point";
    }
    return "fault_plan";
}

} // namespace tcpviz
