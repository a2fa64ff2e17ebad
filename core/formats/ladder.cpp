#include "formats/ladder.hpp"
#include "text/display_width.hpp"

#include "formats/capture_text.hpp"
#include "formats/diagram_text.hpp"
#include "parallel/two_threads.hpp"
#include "teaching/segment_note.hpp"
#include "text/message.hpp"


#include <algorithm>
#include <charconv>
#include <cstdio>
#include <optional>

namespace tcpviz {
namespace {

std::string short_ms(std::int64_t ns)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", double(ns) / double(kMillisecond));
    return buf;
}

// "12.345": milliseconds with three decimals, rounded as printf's "%.3f" rounds them
// (std::to_chars promises the same digits, without printf's cost per line).
void append_ms(std::string& out, std::int64_t ns, std::size_t width)
{
    // printf's "%.3f" of ns / 1e6: in whole microseconds, rounded to the nearer, unless
    // exactly halfway, where the double's own rounding decides.
    char text[48];
    char* end = nullptr;
    if (const std::int64_t us = ns / 1000, rest = ns % 1000; ns >= 0 && rest != 500) {
        const std::int64_t rounded = us + (rest > 500 ? 1 : 0);
        end = std::to_chars(text, text + sizeof text, rounded / 1000).ptr;
        *end++ = '.';
        const auto fraction = rounded % 1000;
        *end++ = char('0' + fraction / 100);
        *end++ = char('0' + fraction / 10 % 10);
        *end++ = char('0' + fraction % 10);
    } else {
        end = std::to_chars(text, text + sizeof text, double(ns) / double(kMillisecond), std::chars_format::fixed, 3).ptr;
    }
    const std::size_t length = std::size_t(end - text);
    if (length < width)
        out.append(width - length, ' ');
    out.append(text, length);
}

// Spaces after what was just appended, which took `columns` columns, up to `width`.
void pad_after(std::string& out, std::size_t columns, std::size_t width)
{
    if (columns < width)
        out.append(width - columns, ' ');
}

std::string pad(std::string s, std::size_t width)
{
    if (const std::size_t w = display_width(s); w < width)
        s.append(width - w, ' ');
    return s;
}

std::string rpad(std::string s, std::size_t width)
{
    if (const std::size_t w = display_width(s); w < width)
        s.insert(0, width - w, ' ');
    return s;
}

} // namespace

std::vector<LadderRow> ladder_rows(const Trace& trace)
{
    constexpr std::uint32_t kNoRow = 0xffffffff;
    std::vector<LadderRow> rows;
    // A row per segment and at most one per state change: reserved whole, as a flood's
    // rows would otherwise be copied at a doubling past the segments' count.
    const auto state_changes = std::count_if(trace.events.begin(), trace.events.end(),
                                             [](const TraceEvent& e) { return e.kind == EventKind::StateChanged; });
    rows.reserve(trace.segments.size() + std::size_t(state_changes));
    std::vector<std::optional<TcpState>> state(trace.hosts.size());
    std::vector<std::uint32_t> row_of_segment(trace.segments.size(), kNoRow);
    std::vector<std::pair<std::uint32_t, std::uint8_t>> awaiting; // rows wanting states at step end
    std::uint32_t step = 0;
    bool step_has_segment = false;
    std::vector<LadderRow> step_state_rows; // shown only for steps without segments
    auto close_step = [&] {
        for (auto [row, host] : awaiting)
            if (host != kNoHost && state[host])
                rows[row].add_state_after(host, *state[host]);
        awaiting.clear();
        if (!step_has_segment)
            rows.insert(rows.end(), step_state_rows.begin(), step_state_rows.end());
        step_state_rows.clear();
    };
    for (const TraceEvent& e : trace.events) {
        if (e.step != step) {
            close_step();
            step = e.step;
            step_has_segment = false;
        }
        switch (e.kind) {
        case EventKind::SegmentSent: {
            LadderRow r;
            r.segment = e.ref;
            r.time = e.time;
            r.why = e.why;
            row_of_segment[e.ref] = std::uint32_t(rows.size());
            awaiting.emplace_back(std::uint32_t(rows.size()), e.host);
            rows.push_back(r);
            step_has_segment = true;
            break;
        }
        case EventKind::SegmentDelivered:
        case EventKind::SegmentLost: {
            const std::uint32_t row = row_of_segment[e.ref];
            if (row == kNoRow)
                break;
            LadderRow& r = rows[row];
            r.end_time = e.time;
            r.lost = e.kind == EventKind::SegmentLost;
            if (!r.lost)
                awaiting.emplace_back(row, e.host);
            step_has_segment = true;
            break;
        }
        case EventKind::SegmentDropped:
            if (const std::uint32_t row = row_of_segment[e.ref]; row != kNoRow)
                rows[row].dropped_why = e.why;
            break;
        case EventKind::StateChanged: {
            state[e.host] = Trace::to_state(e);
            LadderRow r;
            r.is_segment = false;
            r.time = e.time;
            r.host = e.host;
            r.why = e.why;
            r.add_state_after(e.host, Trace::to_state(e));
            step_state_rows.push_back(r);
            break;
        }
        default:
            break;
        }
    }
    close_step();
    return rows;
}

void write_ladder(const TextSink& sink, const Scenario& scenario, const Trace& trace, Notation notation,
                  const Wording& wording, std::size_t rows_per_piece)
{
    // The numbers and the rows, each a pass over millions of segments, side by side.
    SeqNotation numbers(notation);
    std::vector<LadderRow> rows;
    run_both(trace.segments.size(), [&] { rows = ladder_rows(trace); }, [&] { numbers.sync(trace); });

    const auto w = [&](const char* english) { return word(wording, "core", english); };
    const ScenarioOptions& o = scenario.options;
    std::string out = "# " + fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "tcpviz ladder: %1")), {scenario.name}) +
                      (scenario.hypothetical ? w(TCPVIZ_TRANSLATE_NOOP("core", " (hypothetical)")) : "") + "\n";
    if (!scenario.description.empty())
        out += "# " + word(wording, "scenario", scenario.description.c_str()) + "\n";
    if (trace.capture)
        for (const std::string& line : capture_heading(trace, wording))
            out += "# " + line + "\n";
    else
        out += "# " +
               fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "isn %1, profile %2, cookies %3, latency %4 ms, seed %5")),
                       {isn_mode_name(o.isn), profile_name(o.profile), cookie_mode_name(o.cookies),
                        short_ms(o.latency), std::to_string(o.seed)}) +
               "\n";
    out += "# " + notation_note(numbers, trace, trace.segments.size(), wording) + "\n";
    out += "# " + w(TCPVIZ_TRANSLATE_NOOP("core", "hosts:"));
    const std::vector<bool> taking_part = hosts_taking_part(trace, trace.events.size());
    for (std::size_t i = 0; i < trace.hosts.size(); ++i) {
        if (!taking_part[i])
            continue;
        const TraceHost& h = trace.hosts[i];
        out += ' ';
        out += h.name;
        if (!trace.capture) { // an imported host is named by its address already
            out += '=';
            out += address_text(trace, h.address);
        }
        if (h.prefix_len < 32) {
            out += '/';
            out += std::to_string(h.prefix_len);
        }
    }
    std::size_t name_width = 10; // an imported trace names hosts by address and port
    for (const TraceHost& h : trace.hosts)
        name_width = std::max(name_width, display_width(h.name));
    // The column titles line up with the rows below, whatever the language.
    out += "\n#\n#";
    out += rpad(w(TCPVIZ_TRANSLATE_NOOP("core", "sent ms")), 9) + "  " +
           rpad(w(TCPVIZ_TRANSLATE_NOOP("core", "arrive ms")), 10) + "  " +
           pad(w(TCPVIZ_TRANSLATE_NOOP("core", "from")), name_width) + " -> " +
           pad(w(TCPVIZ_TRANSLATE_NOOP("core", "to")), name_width) + " " + pad(w(TCPVIZ_TRANSLATE_NOOP("core", "flags")), 10) +
           " " + pad(w(TCPVIZ_TRANSLATE_NOOP("core", "seq")), 11) + " " +
           pad(w(TCPVIZ_TRANSLATE_NOOP("core", "ack")), 11) + " " + rpad(w(TCPVIZ_TRANSLATE_NOOP("core", "len")), 4) +
           "  " + w(TCPVIZ_TRANSLATE_NOOP("core", "states after")) + "\n";
    sink(out);

    // What every line repeats, worded and measured once, before the lines are made on two threads.
    const std::string nobody = w(TCPVIZ_TRANSLATE_NOOP("core", "(nobody)"));
    std::vector<std::string> padded_name(trace.hosts.size() + 1);
    for (std::size_t h = 0; h <= trace.hosts.size(); ++h)
        padded_name[h] = pad(h < trace.hosts.size() ? trace.hosts[h].name : nobody, name_width);
    const auto name_of = [&](std::uint8_t h) -> const std::string& {
        return padded_name[h == kNoHost ? trace.hosts.size() : h];
    };
    const auto bare_name = [&](std::uint8_t h) {
        const std::string& n = h == kNoHost ? nobody : trace.hosts[h].name;
        return std::string_view(n);
    };
    std::array<std::string, 256> padded_flags;
    for (std::size_t f = 0; f < padded_flags.size(); ++f)
        padded_flags[f] = pad(flags_name(std::uint8_t(f)), 10);
    const std::string lost = rpad(w(TCPVIZ_TRANSLATE_NOOP("core", "lost")), 10);
    std::array<std::string_view, kStateCount> state_names;
    for (std::size_t k = 0; k < kStateCount; ++k)
        state_names[k] = state_name(TcpState(k));

    const auto append_row = [&](std::string& line, const LadderRow& r) {
        const auto append_states = [&] {
            bool first = true;
            for (const HostState& hs : r.states_after()) {
                if (!first)
                    line += ", ";
                first = false;
                line += bare_name(hs.host);
                line += ' ';
                line += state_names[std::size_t(hs.state)];
            }
        };
        if (!r.is_segment) {
            append_ms(line, r.time, 10);
            line.append(14, ' ');
            line += bare_name(r.host);
            line += ": ";
            append_states();
            line += " (" + word(wording, "Narration", explain_phrase(r.why)) + ")\n";
            return;
        }
        const SegmentRecord& rec = trace.segments[r.segment];
        const Segment& s = rec.seg;
        const std::size_t start = line.size();
        append_ms(line, r.time, 10);
        line += "  ";
        if (r.end_time < 0)
            line += "       ...";
        else if (r.lost)
            line += lost;
        else
            append_ms(line, r.end_time, 10);
        line += "  ";
        line += name_of(rec.from_host);
        line += " -> ";
        line += name_of(rec.to_host);
        line += ' ';
        line += padded_flags[s.flags];
        line += ' ';
        pad_after(line, numbers.append_seq(line, r.segment), 11);
        line += ' ';
        if (s.has(flag::ACK)) {
            pad_after(line, numbers.append_ack(line, r.segment), 11);
        } else {
            line += '-';
            pad_after(line, 1, 11);
        }
        line += ' ';
        char digits[16];
        const std::size_t len_digits = std::size_t(std::to_chars(digits, digits + 16, s.payload_len).ptr - digits);
        if (len_digits < 4)
            line.append(4 - len_digits, ' ');
        line.append(digits, len_digits);
        line += "  ";
        append_states();
        const std::string note = line_note(trace, r.segment, r.dropped_why, wording);
        if (!note.empty()) {
            if (r.states_after_count > 0)
                line += "  ";
            line += '[';
            line += note;
            line += ']';
        }
        while (line.size() > start && line.back() == ' ')
            line.pop_back();
        line += '\n';
    };
    const std::size_t per_piece = std::max<std::size_t>(rows_per_piece, 1);
    write_pieces_in_order(
        (rows.size() + per_piece - 1) / per_piece,
        [&](std::size_t piece, std::string& text) {
            const std::size_t last = std::min(rows.size(), (piece + 1) * per_piece);
            for (std::size_t i = piece * per_piece; i < last; ++i)
                append_row(text, rows[i]);
        },
        sink);
}

std::string ladder_text(const Scenario& scenario, const Trace& trace, Notation notation, const Wording& wording)
{
    std::string text;
    write_ladder([&](std::string_view piece) { text += piece; }, scenario, trace, notation, wording);
    return text;
}

} // namespace tcpviz
