// Scenario files: JSON through nlohmann-json, format "tcpviz-scenario" version 1.
// Every malformed field gets one sentence that names it by its path.
#include "scenario/json_reader.hpp"
#include "scenario/scenario.hpp"

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

namespace tcpviz {
namespace {

constexpr const char* kFormat = "tcpviz-scenario";
constexpr int kVersion = 1;

bool parse_role(const std::string& t, HostRole& out)
{
    for (HostRole r : {HostRole::Client, HostRole::Server, HostRole::Attacker, HostRole::Forged, HostRole::Spoofed})
        if (t == role_name(r)) {
            out = r;
            return true;
        }
    return false;
}

bool parse_action_kind(const std::string& t, ActionKind& out)
{
    for (int k = 0; k <= int(kLastActionKind); ++k)
        if (t == action_kind_name(ActionKind(k))) {
            out = ActionKind(k);
            return true;
        }
    return false;
}

bool parse_reply_after(const std::string& t, bool& at_eof)
{
    if (t != "data" && t != "eof")
        return false;
    at_eof = t == "eof";
    return true;
}

bool parse_fault_type(const std::string& t, FaultSpec::Type& out)
{
    if (t == "drop")
        out = FaultSpec::Type::Drop;
    else if (t == "delay")
        out = FaultSpec::Type::Delay;
    else
        return false;
    return true;
}

bool parse_flags(const std::string& t, std::uint8_t& out)
{
    static const std::pair<const char*, std::uint8_t> names[] = {
        {"FIN", flag::FIN}, {"SYN", flag::SYN}, {"RST", flag::RST}, {"PSH", flag::PSH},
        {"ACK", flag::ACK}, {"URG", flag::URG}, {"ECE", flag::ECE}, {"CWR", flag::CWR}};
    out = 0;
    std::stringstream parts(t);
    std::string part;
    while (std::getline(parts, part, '-')) {
        bool known = false;
        for (const auto& [name, bit] : names)
            if (part == name) {
                out |= bit;
                known = true;
            }
        if (!known)
            return false;
    }
    return out != 0;
}

Ipv4 address(ObjectReader& r, const std::string& key, std::uint8_t& prefix_len)
{
    std::string t = r.required_text(key);
    prefix_len = 32;
    if (auto slash = t.find('/'); slash != std::string::npos) {
        const std::string bits = t.substr(slash + 1);
        t.resize(slash);
        if (bits.empty() || bits.size() > 2 || bits.find_first_not_of("0123456789") != std::string::npos ||
            std::stoi(bits) > 32)
            throw ScenarioError(
                Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' has a bad prefix length: use a.b.c.d or a.b.c.d/n."),
                        {r.field(key)}));
        prefix_len = static_cast<std::uint8_t>(std::stoi(bits));
    }
    Ipv4 out = 0;
    if (!parse_ipv4(t, out))
        throw ScenarioError(Message(
            TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must be an IPv4 address like 192.0.2.10."), {r.field(key)}));
    return out;
}

ScenarioOptions read_options(const json& j)
{
    ScenarioOptions o;
    ObjectReader r(j, "options");
    o.isn = r.choice("isn", o.isn, parse_isn_mode, "fixed, random, rfc6528, linux, bsd");
    o.seed = r.integer("seed", o.seed, UINT64_MAX);
    o.profile = r.choice("profile", o.profile, parse_profile, "linux, rfc6298");
    o.cookies = r.choice("cookies", o.cookies, parse_cookie_mode, "off, overflow, always");
    o.latency = r.milliseconds("latency_ms", o.latency);
    o.backlog = static_cast<std::uint32_t>(r.integer("backlog", o.backlog, 65535));
    o.syn_retries = static_cast<unsigned>(r.integer("syn_retries", o.syn_retries, 127));
    o.synack_retries = static_cast<unsigned>(r.integer("synack_retries", o.synack_retries, 127));
    o.mss = static_cast<std::uint16_t>(r.integer("mss", o.mss, 65535));
    o.window_scale = static_cast<std::int8_t>(r.number("window_scale", o.window_scale, -1, 14));
    o.sack = r.boolean("sack", o.sack);
    o.timestamps = r.boolean("timestamps", o.timestamps);
    o.loss_probability = r.number("loss_probability", o.loss_probability, 0, 1);
    o.two_way_handshake = r.boolean("two_way_handshake", o.two_way_handshake);
    r.finish();
    return o;
}

HostSpec read_host(const json& j, const std::string& path)
{
    HostSpec h;
    ObjectReader r(j, path);
    h.name = r.required_text("name");
    if (h.name.empty())
        throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must not be empty."), {r.field("name")}));
    h.role = r.choice("role", h.role, parse_role, "client, server, attacker, forged, spoofed");
    h.address = address(r, "address", h.prefix_len);
    h.port = static_cast<std::uint16_t>(r.integer("port", 0, 65535));
    h.listens = r.boolean("listens", h.role == HostRole::Server);
    h.live = r.boolean("live", h.role != HostRole::Forged);
    if (r.has("first_isn"))
        h.first_isn = static_cast<std::uint32_t>(r.integer("first_isn", 0, UINT32_MAX));
    h.reply = r.text("reply");
    h.greeting = r.text("greeting");
    h.accept_delay = r.milliseconds("accept_delay_ms", 0);
    h.accepts = r.boolean("accepts", true);
    h.reads = r.boolean("reads", true);
    h.reply_at_eof = r.choice("reply_after", false, parse_reply_after, "data, eof");
    if (r.has("close")) {
        ObjectReader c(r.child("close"), r.field("close"));
        if (!c.has("after"))
            throw ScenarioError(
                Message(TCPVIZ_TRANSLATE_NOOP("core", "required field '%1' is missing."), {c.field("after")}));
        h.close.after = c.choice("after", h.close.after, parse_close_after, "never, established, write, read, eof");
        h.close.how = c.choice("how", h.close.how, parse_close_how, "close, shutdown, abort");
        h.close.delay = c.milliseconds("delay_ms", 0);
        c.finish();
    }
    if (r.has("established")) {
        ObjectReader e(r.child("established"), r.field("established"));
        PresetConnection p;
        p.peer = e.required_text("peer");
        p.snd_nxt = static_cast<std::uint32_t>(e.integer("snd_nxt", 0, UINT32_MAX));
        p.rcv_nxt = static_cast<std::uint32_t>(e.integer("rcv_nxt", 0, UINT32_MAX));
        e.finish();
        h.established = p;
    }
    r.finish();
    return h;
}

FaultSpec read_fault(const json& j, const std::string& path)
{
    FaultSpec f;
    ObjectReader r(j, path);
    f.type = r.choice("type", f.type, parse_fault_type, "drop, delay");
    f.kind = r.choice("kind", f.kind, parse_segment_kind, "any, syn, syn-ack, ack, data, rst, fin");
    if (r.has("nth")) {
        const json& n = r.child("nth");
        if (n.is_string() && n.get<std::string>() == "every")
            f.nth = 0;
        else
            f.nth = static_cast<std::uint32_t>(r.integer("nth", 1, UINT32_MAX));
        if (n.is_number() && f.nth == 0)
            throw ScenarioError(Message(
                TCPVIZ_TRANSLATE_NOOP("core", "field '%1' counts from 1; use \"every\" for all."), {r.field("nth")}));
    }
    f.from = r.text("from");
    f.extra_delay = r.milliseconds("extra_ms", 0);
    if (f.type == FaultSpec::Type::Delay && f.extra_delay == 0)
        throw ScenarioError(
            Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must be above 0 for a delay."), {r.field("extra_ms")}));
    r.finish();
    return f;
}

ActionSpec read_action(const json& j, const std::string& path)
{
    ActionSpec a;
    ObjectReader r(j, path);
    a.kind = r.choice("action", a.kind, parse_action_kind,
                      "connect, send, forge-syn, flood, inject, reboot, blind-ack, arm-loss, lose-segment, close");
    if (!r.has("action"))
        throw ScenarioError(
            Message(TCPVIZ_TRANSLATE_NOOP("core", "required field '%1' is missing."), {r.field("action")}));
    a.at = r.milliseconds("at_ms", 0);
    a.host = r.text("host");
    a.target = r.text("target");
    a.as = r.text("as");
    a.text = r.text("text");
    if (a.text.size() > 1400)
        throw ScenarioError(Message(
            TCPVIZ_TRANSLATE_NOOP("core", "field '%1' is longer than one segment (1400 bytes)."), {r.field("text")}));
    a.count = static_cast<std::uint32_t>(r.integer("count", 0, 100'000'000));
    a.interval = r.milliseconds("interval_ms", 0);
    if (r.has("flags") && !parse_flags(r.text("flags"), a.flags))
        throw ScenarioError(
            Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must name TCP flags like SYN, SYN-ACK or RST-ACK."),
                    {r.field("flags")}));
    a.seq = static_cast<std::uint32_t>(r.integer("seq", 0, UINT32_MAX));
    a.ack = static_cast<std::uint32_t>(r.integer("ack", 0, UINT32_MAX));
    a.loss_kind = r.choice("kind", a.loss_kind, parse_segment_kind, "any, syn, syn-ack, ack, data, rst, fin");
    a.segment = static_cast<std::uint32_t>(r.integer("segment", 0, UINT32_MAX));
    a.how = r.choice("how", a.how, parse_close_how, "close, shutdown, abort");
    r.finish();
    return a;
}

template <typename T, typename Read>
std::vector<T> read_list(ObjectReader& r, const std::string& key, Read read)
{
    std::vector<T> out;
    if (!r.has(key))
        return out;
    const json& list = r.child(key);
    if (!list.is_array())
        throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must be a list."), {key}));
    for (std::size_t i = 0; i < list.size(); ++i)
        out.push_back(read(list[i], key + "[" + std::to_string(i) + "]"));
    return out;
}

double to_ms(std::int64_t ns)
{
    return double(ns) / double(kMillisecond);
}

std::string address_text(Ipv4 a, std::uint8_t prefix_len)
{
    return prefix_len == 32 ? ipv4_text(a) : ipv4_text(a) + "/" + std::to_string(prefix_len);
}

} // namespace

Scenario scenario_from_json_text(const std::string& text)
{
    const json j =
        parse_json(text, TCPVIZ_TRANSLATE_NOOP("core", "the scenario is not valid JSON (error at byte %1)."));
    ObjectReader r(j, "");
    Scenario s = read_scenario_object(r);
    r.has("lesson"); // a lesson is a scenario with its text: it opens as one
    r.finish();
    return s;
}

json parse_json(const std::string& text, const char* invalid)
{
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        throw ScenarioError(Message(invalid, {std::to_string(e.byte)}));
    } catch (const json::out_of_range&) { // 406: a number past what a double holds (1e400)
        throw ScenarioError(
            Message(TCPVIZ_TRANSLATE_NOOP("core", "the file holds a number too large to read (past about 1e308).")));
    }
}

Scenario read_scenario_object(ObjectReader& r)
{
    Scenario s;
    if (r.text("format") != kFormat)
        throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "field 'format' must be \"tcpviz-scenario\".")));
    const auto version = r.integer("version", 0, 1000);
    if (version != kVersion)
        throw ScenarioError(
            Message(TCPVIZ_TRANSLATE_NOOP("core", "field 'version' is %1, but this tcpviz reads version 1."),
                    {std::to_string(version)}));
    s.name = r.required_text("name");
    s.title = r.text("title");
    s.description = r.text("description");
    s.hypothetical = r.boolean("hypothetical", false);
    if (r.has("options"))
        s.options = read_options(r.child("options"));
    s.hosts = read_list<HostSpec>(r, "hosts", read_host);
    if (s.hosts.empty())
        throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "field 'hosts' must list at least one host.")));
    s.faults = read_list<FaultSpec>(r, "faults", read_fault);
    s.timeline = read_list<ActionSpec>(r, "timeline", read_action);
    return s;
}

std::string scenario_to_json_text(const Scenario& s)
{
    const ScenarioOptions& o = s.options;
    json j = {{"format", kFormat}, {"version", kVersion}, {"name", s.name}};
    if (!s.title.empty())
        j["title"] = s.title;
    j["description"] = s.description;
    if (s.hypothetical)
        j["hypothetical"] = true;
    j["options"] = {{"isn", isn_mode_name(o.isn)},
                    {"seed", o.seed},
                    {"profile", profile_name(o.profile)},
                    {"cookies", cookie_mode_name(o.cookies)},
                    {"latency_ms", to_ms(o.latency)},
                    {"backlog", o.backlog},
                    {"syn_retries", o.syn_retries},
                    {"synack_retries", o.synack_retries},
                    {"mss", o.mss},
                    {"window_scale", o.window_scale},
                    {"sack", o.sack},
                    {"timestamps", o.timestamps},
                    {"loss_probability", o.loss_probability},
                    {"two_way_handshake", o.two_way_handshake}};
    j["hosts"] = json::array();
    for (const HostSpec& h : s.hosts) {
        json jh = {{"name", h.name}, {"role", role_name(h.role)}, {"address", address_text(h.address, h.prefix_len)}};
        if (h.port)
            jh["port"] = h.port;
        if (h.listens != (h.role == HostRole::Server))
            jh["listens"] = h.listens;
        if (h.live != (h.role != HostRole::Forged))
            jh["live"] = h.live;
        if (h.first_isn)
            jh["first_isn"] = *h.first_isn;
        if (!h.reply.empty())
            jh["reply"] = h.reply;
        if (!h.greeting.empty())
            jh["greeting"] = h.greeting;
        if (h.accept_delay)
            jh["accept_delay_ms"] = to_ms(h.accept_delay);
        if (!h.accepts)
            jh["accepts"] = false;
        if (!h.reads)
            jh["reads"] = false;
        if (h.reply_at_eof)
            jh["reply_after"] = "eof";
        if (h.close.after != CloseAfter::Never)
            jh["close"] = {{"after", close_after_name(h.close.after)},
                           {"how", close_how_name(h.close.how)},
                           {"delay_ms", to_ms(h.close.delay)}};
        if (h.established)
            jh["established"] = {{"peer", h.established->peer},
                                 {"snd_nxt", h.established->snd_nxt},
                                 {"rcv_nxt", h.established->rcv_nxt}};
        j["hosts"].push_back(jh);
    }
    j["faults"] = json::array();
    for (const FaultSpec& f : s.faults) {
        json jf = {{"type", f.type == FaultSpec::Type::Drop ? "drop" : "delay"}, {"kind", segment_kind_name(f.kind)}};
        if (f.nth == 0)
            jf["nth"] = "every";
        else
            jf["nth"] = f.nth;
        if (!f.from.empty())
            jf["from"] = f.from;
        if (f.extra_delay)
            jf["extra_ms"] = to_ms(f.extra_delay);
        j["faults"].push_back(jf);
    }
    j["timeline"] = json::array();
    for (const ActionSpec& a : s.timeline) {
        json ja = {{"at_ms", to_ms(a.at)}, {"action", action_kind_name(a.kind)}};
        for (const auto& [key, value] : {std::pair{"host", &a.host}, {"target", &a.target}, {"as", &a.as}, {"text", &a.text}})
            if (!value->empty())
                ja[key] = *value;
        if (a.count)
            ja["count"] = a.count;
        if (a.interval)
            ja["interval_ms"] = to_ms(a.interval);
        if (a.flags)
            ja["flags"] = flags_name(a.flags);
        if (a.seq)
            ja["seq"] = a.seq;
        if (a.ack)
            ja["ack"] = a.ack;
        if (a.kind == ActionKind::ArmLoss)
            ja["kind"] = segment_kind_name(a.loss_kind);
        if (a.kind == ActionKind::LoseSegment)
            ja["segment"] = a.segment;
        if (a.kind == ActionKind::Close)
            ja["how"] = close_how_name(a.how);
        j["timeline"].push_back(ja);
    }
    return j.dump(2) + "\n";
}

std::string read_text_file(const std::string& path, const char* unreadable)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ScenarioError(Message(unreadable, {path}));
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Scenario load_scenario_file(const std::string& path)
{
    return parse_file(path, TCPVIZ_TRANSLATE_NOOP("core", "cannot read scenario file '%1'."),
                      TCPVIZ_TRANSLATE_NOOP("core", "scenario file '%1': %2"), scenario_from_json_text);
}

const char* cookie_mode_name(CookieMode mode)
{
    switch (mode) {
    case CookieMode::Off: return "off";
    case CookieMode::Overflow: return "overflow";
    case CookieMode::Always: return "always";
    }
    return "overflow";
}

bool parse_cookie_mode(const std::string& text, CookieMode& out)
{
    for (CookieMode m : {CookieMode::Off, CookieMode::Overflow, CookieMode::Always})
        if (text == cookie_mode_name(m)) {
            out = m;
            return true;
        }
    return false;
}

const char* action_kind_name(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Connect: return "connect";
    case ActionKind::Send: return "send";
    case ActionKind::ForgeSyn: return "forge-syn";
    case ActionKind::Flood: return "flood";
    case ActionKind::Inject: return "inject";
    case ActionKind::Reboot: return "reboot";
    case ActionKind::BlindAck: return "blind-ack";
    case ActionKind::ArmLoss: return "arm-loss";
    case ActionKind::LoseSegment: return "lose-segment";
    case ActionKind::Close: return "close";
    }
    return "connect";
}

} // namespace tcpviz
