#include "formats/trace_json.hpp"

#include "capture/tcp_analysis.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace tcpviz {
namespace {

using nlohmann::json;

json host_name(const Trace& trace, std::uint8_t host)
{
    return host == kNoHost || host >= trace.hosts.size() ? json(nullptr) : json(trace.hosts[host].name);
}

std::string endpoint_text(const Trace& trace, Ipv4 address, std::uint16_t port)
{
    const std::string text = address_text(trace, address);
    return (text.find(':') != std::string::npos ? "[" + text + "]" : text) + ":" + std::to_string(port);
}

json segment_json(const Trace& trace, std::size_t index, std::int64_t sent_at)
{
    const SegmentRecord& r = trace.segments[index];
    const Segment& s = r.seg;
    json js = {{"index", index},
               {"from", host_name(trace, r.from_host)},
               {"to", host_name(trace, r.to_host)},
               {"src", endpoint_text(trace, s.src_addr, s.src_port)},
               {"dst", endpoint_text(trace, s.dst_addr, s.dst_port)},
               {"flags", flags_name(s.flags)},
               {"seq", s.seq.raw()},
               {"ack", s.ack.raw()},
               {"len", s.payload_len},
               {"window", s.window},
               {"sent_ns", sent_at},
               {"arrives_ns", r.arrives_at},
               {"why", explain_id(r.why)},
               {"retransmission", r.retransmission}};
    if (const std::int64_t rto = expired_rto(r))
        js["expired_rto_ns"] = rto;
    json opts = json::object();
    if (s.options.mss)
        opts["mss"] = s.options.mss;
    if (s.options.window_scale >= 0)
        opts["window_scale"] = s.options.window_scale;
    if (s.options.sack_permitted)
        opts["sack_permitted"] = true;
    if (s.options.timestamps)
        opts["timestamps"] = {{"val", s.options.ts_val}, {"ecr", s.options.ts_ecr}};
    js["options"] = opts;
    if (const CapturedSegment* c = captured(trace, std::uint32_t(index))) {
        json jc = {{"frame", c->frame}, {"captured_ns", c->captured_at}, {"len", c->payload_len}};
        json flags = json::array();
        for (std::uint16_t f = 1; f & analysis::kAll; f = std::uint16_t(f << 1))
            if (c->analysis & f)
                flags.push_back(analysis_field(f));
        jc["analysis"] = flags;
        jc["checksum"] = c->checksum == ChecksumCheck::Good  ? "good"
                         : c->checksum == ChecksumCheck::Bad ? "bad"
                                                             : "not captured";
        if (c->lost_after_capture)
            jc["lost_after_capture"] = true;
        js["captured"] = jc;
    } else if (s.payload_len) {
        js["payload"] = trace.texts[s.payload_text];
    }
    return js;
}

// The fields each kind of event carries, by name.
void add_event_fields(json& je, const Trace& trace, const TraceEvent& e)
{
    switch (e.kind) {
    case EventKind::SegmentSent:
        je["segment"] = e.ref;
        je["to"] = host_name(trace, receiver_of(e));
        break;
    case EventKind::SegmentDelivered:
        je["segment"] = e.ref;
        if (e.why == Explain::Delayed)
            je["held_back_ns"] = held_back(e);
        break;
    case EventKind::SegmentDropped: je["segment"] = e.ref; break;
    case EventKind::SegmentLost:
        je["segment"] = e.ref;
        je["reason"] = loss_reason_id(loss_reason(e));
        break;
    case EventKind::StateChanged: {
        const StateChange c = state_change(e);
        je["endpoint"] = c.endpoint;
        je["from"] = state_name(c.from);
        je["to"] = state_name(c.to);
        // A listening socket has no peer.
        const bool listening = c.peer_address == 0 && c.peer_port == 0;
        je["peer"] = listening ? json(nullptr) : json(endpoint_text(trace, c.peer_address, c.peer_port));
        break;
    }
    case EventKind::TimerArmed: {
        const TimerArming t = timer_arming(e);
        je["endpoint"] = e.ref;
        je["rto_ns"] = t.rto;
        je["deadline_ns"] = e.time + t.rto;
        je["retransmissions"] = t.retransmissions;
        je["purpose"] = timer_purpose_id(t.purpose);
        break;
    }
    case EventKind::TimerFired:
        je["endpoint"] = e.ref;
        je["retransmissions"] = retransmissions_when_fired(e);
        break;
    case EventKind::TimerCancelled:
    case EventKind::DelayedAckCarried: je["endpoint"] = e.ref; break;
    case EventKind::AckDelayed:
        je["endpoint"] = e.ref;
        je["delay_ns"] = ack_delay(e);
        je["deadline_ns"] = e.time + ack_delay(e);
        break;
    case EventKind::RttMeasured: {
        const RttReading& r = trace.rtt_reading(e);
        je["endpoint"] = e.ref;
        je["sample_ns"] = r.sample;
        je["srtt_ns"] = r.srtt;
        je["rttvar_ns"] = r.rttvar;
        je["rto_ns"] = r.rto;
        break;
    }
    case EventKind::QueueDepth:
    case EventKind::AcceptQueueDepth: {
        const QueueLevel q = queue_level(e);
        je["depth"] = q.depth;
        je["backlog"] = q.backlog;
        je["full"] = q.full();
        break;
    }
    case EventKind::Action:
        switch (e.why) {
        case Explain::ActiveOpen:
        case Explain::ProbeConnection:
        case Explain::OldDuplicate: je["target"] = host_name(trace, action_target(e)); break;
        case Explain::AppSend:
            je["bytes"] = app_write(e).bytes;
            if (app_write(e).text < trace.texts.size())
                je["text"] = trace.texts[app_write(e).text];
            break;
        case Explain::ForgedSyn: je["forged_as"] = host_name(trace, action_forged_as(e)); break;
        case Explain::FloodSyn:
            je["count"] = flood_plan(e).count;
            je["interval_ns"] = flood_plan(e).interval;
            break;
        case Explain::LossArmed: je["segment_kind"] = segment_kind_name(armed_loss(e)); break;
        case Explain::AppClose:
        case Explain::AppShutdown:
        case Explain::AppAbort: {
            const AppCloseCall c = app_close_call(e);
            je["endpoint"] = c.endpoint;
            je["unread_bytes"] = c.unread;
            je["planned"] = c.planned;
            break;
        }
        case Explain::BlindSpoofAck:
            je["forged_as"] = host_name(trace, action_forged_as(e));
            je["guessed_ack"] = guessed_ack(e).raw();
            break;
        default: break;
        }
        break;
    }
}

} // namespace

std::string trace_json_text(const Scenario& scenario, const Trace& trace)
{
    json j = {{"format", "tcpviz-trace"},
              {"version", kTraceFileVersion},
              {"scenario", scenario.name},
              {"time_unit", "ns"}};
    j["hosts"] = json::array();
    const std::vector<bool> taking_part = hosts_taking_part(trace, trace.events.size());
    for (std::size_t i = 0; i < trace.hosts.size(); ++i) {
        if (!taking_part[i])
            continue; // a host kept for live actions that never took part
        const TraceHost& h = trace.hosts[i];
        j["hosts"].push_back({{"name", h.name},
                              {"role", role_name(h.role)},
                              {"address", address_text(trace, h.address)},
                              {"prefix_len", h.prefix_len},
                              {"port", h.port}});
    }
    std::vector<std::int64_t> sent_at(trace.segments.size(), -1);
    for (const TraceEvent& e : trace.events)
        if (e.kind == EventKind::SegmentSent && e.ref < sent_at.size())
            sent_at[e.ref] = e.time;
    j["segments"] = json::array();
    for (std::size_t i = 0; i < trace.segments.size(); ++i)
        j["segments"].push_back(segment_json(trace, i, sent_at[i]));
    j["events"] = json::array();
    for (const TraceEvent& e : trace.events) {
        json je = {{"step", e.step},
                   {"time_ns", e.time},
                   {"kind", event_kind_id(e.kind)},
                   {"host", host_name(trace, e.host)},
                   {"why", explain_id(e.why)}};
        add_event_fields(je, trace, e);
        j["events"].push_back(std::move(je));
    }
    return j.dump(1) + "\n";
}

} // namespace tcpviz
