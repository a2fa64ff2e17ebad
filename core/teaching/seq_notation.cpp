#include "teaching/seq_notation.hpp"

#include <algorithm>

#include "formats/diagram_text.hpp"

#include <charconv>
#include <cstdlib>

namespace tcpviz {
namespace {

// Appends "x", "y₂", "s₁₂", "y′" to `out`; the columns it takes (a subscript digit or a
// prime is three bytes of UTF-8 and one column).
std::size_t append_symbol_name(std::string& out, const SeqSymbol& s)
{
    static constexpr char letters[] = {'x', 'y', 'c', 's', 't', 'u', 'v', 'w'}; // by SymbolKind
    // Made in place and appended at once: a flood's ladder writes millions. The subscript
    // digits are U+2080 … U+2089 (UTF-8 E2 82 80+d), the prime U+2032 (E2 80 B2).
    char name[1 + 3 * 10 + 3 * 3];
    std::size_t length = 0, columns = 1;
    name[length++] = letters[std::size_t(s.kind)];
    const bool always_numbered = s.kind == SymbolKind::ForgedIsn || s.kind == SymbolKind::ForgedReplyIsn;
    if (always_numbered || s.index > 1) {
        char digits[10];
        const char* end = std::to_chars(digits, digits + sizeof digits, s.index).ptr;
        for (const char* d = digits; d != end; ++d, ++columns) {
            name[length++] = '\xE2';
            name[length++] = '\x82';
            name[length++] = char(0x80 + (*d - '0'));
        }
    }
    for (int i = 0; i < s.primes && i < 3; ++i, ++columns) {
        name[length++] = '\xE2';
        name[length++] = '\x80';
        name[length++] = '\xB2';
    }
    out.append(name, length);
    return columns;
}

std::string fill(std::string pattern, const std::string& arg)
{
    const auto at = pattern.find("%1");
    if (at != std::string::npos)
        pattern.replace(at, 2, arg);
    return pattern;
}

// Forged: the engine says so, or its source lies outside what its sender's lifeline
// stands for (a lifeline of a capture's many sources, "*", stands for all of them).
bool is_forged(const Trace& trace, const SegmentRecord& rec)
{
    if (rec.why == Explain::ForgedSyn || rec.why == Explain::FloodSyn)
        return true;
    return rec.from_host != kNoHost && !trace.hosts[rec.from_host].stands_for(rec.seg.src_addr);
}

} // namespace

const char* notation_id(Notation notation)
{
    switch (notation) {
    case Notation::Symbolic: return "symbolic";
    case Notation::Relative: return "relative";
    case Notation::Absolute: return "absolute";
    }
    return "symbolic";
}

bool parse_notation(const std::string& id, Notation& out)
{
    for (Notation n : {Notation::Symbolic, Notation::Relative, Notation::Absolute})
        if (id == notation_id(n)) {
            out = n;
            return true;
        }
    return false;
}

SeqNotation::SeqNotation(const Trace& trace, Notation notation, std::size_t shared_from)
    : notation_(notation), shared_from_(shared_from)
{
    sync(trace);
}

void SeqNotation::sync(const Trace& trace)
{
    const bool same_run = trace_ == &trace && lineage_ == trace.lineage;
    if (same_run && trace.segments.size() < seq_symbol_.size())
        truncate(trace.segments.size());
    const std::size_t known = seq_symbol_.size();
    if (!same_run || (known > 0 && !(trace.segments[known - 1] == last_seen_))) {
        const Notation keep = notation_;
        const std::size_t shared_from = shared_from_;
        *this = SeqNotation(keep);
        shared_from_ = shared_from;
        trace_ = &trace;
        lineage_ = trace.lineage;
    }
    add(trace, seq_symbol_.size(), trace.segments.size());
}

void SeqNotation::truncate(std::size_t segment_count)
{
    // A segment's symbols depend only on the segments before it: undoing, newest first,
    // what the lost segments did leaves what the first `segment_count` alone would give.
    std::size_t kept = symbols_.size();
    while (kept > 0 && symbols_[kept - 1].first_segment >= segment_count)
        --kept;
    if (kept < symbols_.size()) {
        // Each direction's latest symbol goes back to the one before it (kNoSymbol: no
        // space yet, which every lookup reads as a direction not seen).
        for (DirectionTable& half : current_)
            half.for_each([&](std::uint32_t& entry) {
                std::uint32_t latest = decoded(entry);
                while (latest != kNoSymbol && latest >= kept)
                    latest = symbols_[latest].previous;
                entry = latest == kNoSymbol ? kNoSymbol : encoded(latest, symbols_[latest].previous);
            });
        for (std::size_t i = symbols_.size(); i-- > kept;) {
            const SeqSymbol& lost = symbols_[i];
            switch (lost.kind) {
            case SymbolKind::OpenerIsn: --openers_; break;
            case SymbolKind::ForgedIsn: --forged_; break;
            case SymbolKind::ResponderIsn:
            case SymbolKind::CookieIsn:
            case SymbolKind::ForgedReplyIsn: {
                // It was its opener's answer number `primes`.
                const auto& openers = lost.kind == SymbolKind::ForgedReplyIsn ? forged_symbols_ : opener_symbols_;
                if (const std::uint32_t opener = openers[lost.index - 1]; opener < kept)
                    symbols_[opener].answers = std::min(symbols_[opener].answers, lost.primes);
                break;
            }
            default: break;
            }
        }
        opener_symbols_.resize(openers_);
        forged_symbols_.resize(forged_);
        symbols_.truncate(kept);
    }
    seq_symbol_.resize(segment_count);
    ack_symbol_.resize(segment_count);
    last_seen_ = segment_count > 0 ? trace_->segments[segment_count - 1] : SegmentRecord{};
}

std::uint32_t SeqNotation::nearest(const Direction& direction, SeqNum value) const
{
    const std::uint32_t* entry = table(direction).find(direction);
    if (!entry || *entry == kNoSymbol)
        return kNoSymbol;
    if (!(*entry & kEarlier))
        return *entry; // the direction's only space: no need to look at it
    const std::uint32_t latest = decoded(*entry);
    std::uint32_t best = latest;
    std::uint32_t best_distance = 0xffffffff;
    for (std::uint32_t s = latest; s != kNoSymbol; s = symbols_[s].previous) {
        const std::uint32_t distance = std::uint32_t(std::abs(std::int64_t(value - symbols_[s].base)));
        if (distance < best_distance) {
            best = s;
            best_distance = distance;
        }
    }
    return best;
}

std::uint32_t SeqNotation::new_symbol(const Trace& trace, std::size_t segment, bool from_syn)
{
    const SegmentRecord& rec = trace.segments[segment];
    const Segment& s = rec.seg;
    SeqSymbol symbol;
    symbol.base = s.seq;
    symbol.from_syn = from_syn;
    symbol.host = rec.from_host;
    symbol.peer = rec.to_host;
    symbol.first_segment = std::uint32_t(segment);
    const std::uint32_t answered = nearest(reverse_of(s), s.ack);
    const bool opens = s.has(flag::SYN) && !s.has(flag::ACK) && from_syn;
    if (opens && is_forged(trace, rec)) {
        symbol.kind = SymbolKind::ForgedIsn;
        symbol.index = ++forged_;
        forged_symbols_.push_back(std::uint32_t(symbols_.size()));
    } else if (answered != kNoSymbol &&
               (symbols_[answered].kind == SymbolKind::OpenerIsn || symbols_[answered].kind == SymbolKind::ForgedIsn)) {
        // The answer to an opener (in a simultaneous open, the other SYN) takes its subscript.
        SeqSymbol& opener = symbols_[answered];
        symbol.kind = opener.kind == SymbolKind::ForgedIsn ? SymbolKind::ForgedReplyIsn
                      : rec.why == Explain::CookieSynAck   ? SymbolKind::CookieIsn
                                                           : SymbolKind::ResponderIsn;
        symbol.index = opener.index;
        symbol.subscript_of = answered;
        symbol.primes = opener.answers < 255 ? opener.answers++ : 255;
    } else {
        symbol.kind = SymbolKind::OpenerIsn;
        symbol.index = ++openers_;
        opener_symbols_.push_back(std::uint32_t(symbols_.size()));
    }
    const Direction direction = direction_of(s);
    std::uint32_t& entry = table(direction).entry(direction);
    symbol.previous = decoded(entry);
    entry = encoded(std::uint32_t(symbols_.size()), symbol.previous);
    symbols_.push_back(symbol);
    return std::uint32_t(symbols_.size() - 1);
}

std::uint32_t SeqNotation::close_symbol(const Trace& trace, std::size_t segment)
{
    const SegmentRecord& rec = trace.segments[segment];
    const Segment& s = rec.seg;
    const Direction direction = direction_of(s);
    const Direction reverse = reverse_of(s);
    const auto has = [&](const Direction& d, SymbolKind kind) {
        const std::uint32_t* entry = table(d).find(d);
        for (std::uint32_t k = entry ? decoded(*entry) : kNoSymbol; k != kNoSymbol; k = symbols_[k].previous) {
            if (symbols_[k].kind == kind)
                return k;
            if (symbols_[k].from_syn && names_isn(symbols_[k].kind))
                return kNoSymbol; // an earlier incarnation's close is not this one's
        }
        return kNoSymbol;
    };
    SymbolKind kind;
    if (s.has(flag::FIN) && !s.has(flag::RST) && has(direction, SymbolKind::FirstFin) == kNoSymbol &&
        has(direction, SymbolKind::SecondFin) == kNoSymbol) {
        kind = has(reverse, SymbolKind::FirstFin) == kNoSymbol ? SymbolKind::FirstFin : SymbolKind::SecondFin;
    } else if (const std::uint32_t u = has(reverse, SymbolKind::FirstFin);
               u != kNoSymbol && !s.has(flag::FIN) && s.has(flag::ACK) && s.ack == symbols_[u].base + 1 &&
               has(direction, SymbolKind::FinAnswer) == kNoSymbol && has(direction, SymbolKind::SecondFin) == kNoSymbol &&
               has(direction, SymbolKind::FirstFin) == kNoSymbol) {
        kind = SymbolKind::FinAnswer;
    } else {
        return kNoSymbol;
    }
    const std::uint32_t own = nearest(direction, s.seq);
    SeqSymbol symbol;
    symbol.base = s.seq;
    symbol.kind = kind;
    symbol.index = own == kNoSymbol ? 1 : symbols_[own].index; // u₂ closes what x₂ opened
    symbol.subscript_of = own;
    symbol.host = rec.from_host;
    symbol.peer = rec.to_host;
    symbol.first_segment = std::uint32_t(segment);
    std::uint32_t& entry = table(direction).entry(direction);
    symbol.previous = own == kNoSymbol ? kNoSymbol : decoded(entry);
    entry = encoded(std::uint32_t(symbols_.size()), symbol.previous);
    symbols_.push_back(symbol);
    return std::uint32_t(symbols_.size() - 1);
}

std::pair<std::uint32_t, std::uint32_t> SeqNotation::take(const Trace& trace, std::size_t segment)
{
    const Segment& s = trace.segments[segment].seg;
    std::uint32_t symbol = nearest(direction_of(s), s.seq);
    // A SYN with a number of its own starts a new space (a new connection, or an old
    // duplicate of an earlier one); a retransmitted SYN repeats its number.
    if (symbol == kNoSymbol || (s.has(flag::SYN) && symbols_[symbol].base != s.seq))
        symbol = new_symbol(trace, segment, s.has(flag::SYN));
    else if (notation_ == Notation::Symbolic)
        if (const std::uint32_t close = close_symbol(trace, segment); close != kNoSymbol)
            symbol = close;
    return {symbol, s.has(flag::ACK) ? nearest(reverse_of(s), s.ack) : kNoSymbol};
}

void SeqNotation::add(const Trace& trace, std::size_t first, std::size_t last)
{
    if (notation_ == Notation::Absolute) {
        seq_symbol_.resize(last, kNoSymbol);
        ack_symbol_.resize(last, kNoSymbol);
    } else if (first == 0 && last >= shared_from_) {
        add_on_two_threads(trace, last);
    } else {
        if (first == 0) {
            // Room at once for the directions a SYN and its answer start, rather than by
            // doubling, each of which moves every entry.
            std::size_t syns = 0;
            for (std::size_t i = first; i < last; ++i)
                syns += trace.segments[i].seg.has(flag::SYN) ? 1 : 0;
            for (DirectionTable& half : current_)
                half.reserve(syns);
        }
        constexpr std::size_t kAhead = 64; // segments whose directions are fetched ahead: a flood has millions
        for (std::size_t i = first; i < last; ++i) {
            if (i + kAhead < last) {
                const Direction later = direction_of(trace.segments[i + kAhead].seg);
                table(later).prefetch(later); // its reverse's too: one entry
            }
            const auto [seq, ack] = take(trace, i);
            seq_symbol_.push_back(seq);
            ack_symbol_.push_back(ack);
        }
    }
    if (last > 0)
        last_seen_ = trace.segments[last - 1];
}

std::string SeqNotation::symbol_name(std::uint32_t symbol) const
{
    std::string name;
    append_symbol_name(name, symbols_[symbol]);
    return name;
}

std::string SeqNotation::write(std::uint32_t symbol, SeqNum value) const
{
    std::string text;
    append(text, symbol, value);
    return text;
}

std::size_t SeqNotation::append(std::string& out, std::uint32_t symbol, SeqNum value) const
{
    const std::size_t start = out.size();
    char digits[16];
    const auto number = [&](std::int64_t v) { out.append(digits, std::to_chars(digits, digits + 16, v).ptr); };
    if (notation_ == Notation::Absolute || symbol == kNoSymbol) {
        number(value.raw());
        return out.size() - start;
    }
    const std::int32_t offset = value - symbols_[symbol].base;
    if (notation_ == Notation::Relative) {
        number(offset);
        return out.size() - start;
    }
    const std::size_t columns = append_symbol_name(out, symbols_[symbol]);
    const std::size_t name_end = out.size();
    if (offset > 0)
        out += '+';
    if (offset != 0)
        number(offset);
    return columns + (out.size() - name_end);
}

std::size_t SeqNotation::written_size(std::uint32_t symbol, SeqNum value) const
{
    const auto digits = [](std::int64_t v) {
        std::size_t n = v < 0 ? 2 : 1;
        for (v = v < 0 ? -v : v; v >= 10; v /= 10)
            ++n;
        return n;
    };
    if (notation_ == Notation::Absolute || symbol == kNoSymbol)
        return digits(value.raw());
    const std::int32_t offset = value - symbols_[symbol].base;
    if (notation_ == Notation::Relative)
        return digits(offset);
    const SeqSymbol& s = symbols_[symbol];
    const bool numbered = s.kind == SymbolKind::ForgedIsn || s.kind == SymbolKind::ForgedReplyIsn || s.index > 1;
    // A subscript digit and a prime take three bytes each in UTF-8.
    return 1 + (numbered ? 3 * digits(s.index) : 0) + 3 * std::min<std::size_t>(s.primes, 3) +
           (offset == 0 ? 0 : digits(offset) + (offset > 0 ? 1 : 0));
}

std::size_t SeqNotation::label_size(std::size_t segment) const
{
    const Segment& s = trace_->segments[segment].seg;
    std::size_t size = flags_name(s.flags).size() + 6 + written_size(seq_symbol_[segment], s.seq);
    if (s.has(flag::ACK))
        size += 5 + written_size(ack_symbol_[segment], s.ack);
    if (s.payload_len)
        size += 5 + std::to_string(s.payload_len).size();
    return size;
}

std::size_t SeqNotation::append_seq(std::string& out, std::size_t segment) const
{
    return append(out, seq_symbol_[segment], trace_->segments[segment].seg.seq);
}

std::size_t SeqNotation::append_ack(std::string& out, std::size_t segment) const
{
    return append(out, ack_symbol_[segment], trace_->segments[segment].seg.ack);
}

std::string SeqNotation::seq(std::size_t segment) const
{
    return write(seq_symbol_[segment], trace_->segments[segment].seg.seq);
}

std::string SeqNotation::ack(std::size_t segment) const
{
    return write(ack_symbol_[segment], trace_->segments[segment].seg.ack);
}

std::string SeqNotation::in_seq_space(std::size_t segment, SeqNum value) const
{
    return write(seq_symbol_[segment], value);
}

std::string SeqNotation::in_ack_space(std::size_t segment, SeqNum value) const
{
    if (ack_symbol_[segment] != kNoSymbol || notation_ == Notation::Absolute)
        return write(ack_symbol_[segment], value);
    const Segment& s = trace_->segments[segment].seg;
    return write(nearest({s.dst_addr, s.src_addr, s.dst_port, s.src_port}, value), value);
}

std::string SeqNotation::in_direction(Ipv4 src, std::uint16_t src_port, Ipv4 dst, std::uint16_t dst_port,
                                      SeqNum value) const
{
    return write(notation_ == Notation::Absolute ? kNoSymbol : nearest({src, dst, src_port, dst_port}, value), value);
}

std::string SeqNotation::from_isn(std::size_t segment, SeqNum value, bool of_seq) const
{
    std::uint32_t symbol = of_seq ? seq_symbol_[segment] : ack_symbol_[segment];
    while (symbol != kNoSymbol && !names_isn(symbols_[symbol].kind))
        symbol = symbols_[symbol].previous;
    return write(symbol, value);
}

std::int64_t SeqNotation::seq_offset(std::size_t segment) const
{
    const SeqNum seq = trace_->segments[segment].seg.seq;
    std::uint32_t symbol = seq_symbol_[segment];
    while (symbol != kNoSymbol && !names_isn(symbols_[symbol].kind)) // u, v, w count from the ISN
        symbol = symbols_[symbol].previous;
    return symbol == kNoSymbol ? std::int64_t(seq.raw()) : std::int64_t(seq - symbols_[symbol].base);
}

std::string SeqNotation::label(std::size_t segment) const
{
    const Segment& s = trace_->segments[segment].seg;
    std::string text = flags_name(s.flags) + "  Seq=" + seq(segment);
    if (s.has(flag::ACK))
        text += " Ack=" + ack(segment);
    if (s.payload_len)
        text += " Len=" + std::to_string(s.payload_len);
    return text;
}

std::string symbol_meaning(const SeqSymbol& symbol, const Trace& trace, const Wording& wording)
{
    const auto host = [&](std::uint8_t h) {
        return h == kNoHost ? std::string("?") : lifeline_title(trace.hosts[h], wording);
    };
    const Segment& first = trace.segments[symbol.first_segment].seg;
    if (!symbol.from_syn)
        return fill(word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "the first Seq seen from %1")),
                    host(symbol.host));
    switch (symbol.kind) {
    case SymbolKind::OpenerIsn:
    case SymbolKind::ResponderIsn:
        return fill(word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "%1's ISN")), host(symbol.host));
    case SymbolKind::CookieIsn:
        return fill(word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "%1's SYN cookie, sent as its ISN")),
                    host(symbol.host));
    case SymbolKind::ForgedIsn:
        return fill(word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "the ISN of a SYN forged from %1")),
                    address_text(trace, first.src_addr));
    case SymbolKind::ForgedReplyIsn:
        return fill(word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "%1's ISN for a forged SYN")),
                    host(symbol.host));
    case SymbolKind::FirstFin: return fill(word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "%1's FIN")), host(symbol.host));
    case SymbolKind::FinAnswer:
        return fill(word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "%1's Seq as it acknowledges the FIN")),
                    host(symbol.host));
    case SymbolKind::SecondFin:
        return fill(word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "%1's own FIN")), host(symbol.host));
    }
    return {};
}

namespace {

// Beyond this many entries (an imported capture of many connections) the legend gives
// one range per kind of symbol instead.
constexpr std::size_t kMaxLegendEntries = 12;

const char* kind_meaning(SymbolKind kind)
{
    switch (kind) {
    case SymbolKind::OpenerIsn: return TCPVIZ_TRANSLATE_NOOP("core", "the ISNs of the hosts that open");
    case SymbolKind::ResponderIsn: return TCPVIZ_TRANSLATE_NOOP("core", "the ISNs of the hosts that answer");
    case SymbolKind::CookieIsn: return TCPVIZ_TRANSLATE_NOOP("core", "the SYN cookies sent as ISNs");
    case SymbolKind::ForgedIsn: return TCPVIZ_TRANSLATE_NOOP("core", "the ISNs of the forged SYNs");
    case SymbolKind::ForgedReplyIsn: return TCPVIZ_TRANSLATE_NOOP("core", "the ISNs that answer them");
    case SymbolKind::FirstFin: return TCPVIZ_TRANSLATE_NOOP("core", "the first FINs");
    case SymbolKind::FinAnswer: return TCPVIZ_TRANSLATE_NOOP("core", "the Seqs that acknowledge them");
    case SymbolKind::SecondFin: return TCPVIZ_TRANSLATE_NOOP("core", "the second FINs");
    }
    return "";
}

std::vector<LegendEntry> legend_by_kind(const SeqNotation& notation, const Trace& trace, std::size_t segment_count,
                                        const Wording& wording)
{
    struct Range {
        std::uint32_t first = SeqNotation::kNoSymbol, last = 0;
    };
    std::vector<std::pair<SymbolKind, Range>> ranges; // in the order each kind first appears
    const auto& symbols = notation.symbols();
    for (std::uint32_t i = 0; i < symbols.size() && symbols[i].first_segment < segment_count; ++i) {
        auto it = std::find_if(ranges.begin(), ranges.end(), [&](const auto& r) { return r.first == symbols[i].kind; });
        if (it == ranges.end())
            it = ranges.insert(ranges.end(), {symbols[i].kind, Range{i, i}});
        it->second.last = i;
    }
    std::vector<LegendEntry> out;
    for (const auto& [kind, r] : ranges)
        out.push_back({notation.symbol_name(r.first) + (r.first == r.last ? "" : " … " + notation.symbol_name(r.last)),
                       r.first == r.last ? std::to_string(symbols[r.first].base.raw()) : "",
                       r.first == r.last ? symbol_meaning(symbols[r.first], trace, wording)
                                         : word(wording, "core", kind_meaning(kind))});
    return out;
}

} // namespace

std::vector<LegendEntry> notation_legend(const SeqNotation& notation, const Trace& trace, std::size_t segment_count,
                                         const Wording& wording)
{
    std::vector<LegendEntry> out;
    if (notation.notation() != Notation::Symbolic)
        return out;
    // Forged sources and their answers are many: one entry each for the whole range.
    std::uint32_t forged[2] = {SeqNotation::kNoSymbol, SeqNotation::kNoSymbol};
    std::uint32_t forged_last[2] = {0, 0};
    std::size_t forged_at[2] = {0, 0};
    const auto& symbols = notation.symbols();
    for (std::uint32_t i = 0; i < symbols.size() && symbols[i].first_segment < segment_count; ++i) {
        const SeqSymbol& s = symbols[i];
        const int range = s.kind == SymbolKind::ForgedIsn ? 0 : s.kind == SymbolKind::ForgedReplyIsn ? 1 : -1;
        if (range < 0) {
            // Past the limit the legend goes by kind: a million entries are never worded.
            if (out.size() >= kMaxLegendEntries)
                return legend_by_kind(notation, trace, segment_count, wording);
            out.push_back({notation.symbol_name(i), std::to_string(s.base.raw()), symbol_meaning(s, trace, wording)});
            continue;
        }
        if (forged[range] == SeqNotation::kNoSymbol) {
            forged[range] = i;
            forged_at[range] = out.size();
            out.push_back({});
        }
        forged_last[range] = i;
    }
    for (int range : {0, 1}) {
        if (forged[range] == SeqNotation::kNoSymbol)
            continue;
        LegendEntry& e = out[forged_at[range]];
        const std::uint32_t a = forged[range], b = forged_last[range];
        e.symbols = notation.symbol_name(a) + (a == b ? "" : " … " + notation.symbol_name(b));
        e.value = a == b ? std::to_string(symbols[a].base.raw()) : "";
        e.meaning = a == b       ? symbol_meaning(symbols[a], trace, wording)
                    : range == 0 ? word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "the ISNs of the forged SYNs"))
                                 : word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "the ISNs that answer them"));
    }
    if (out.size() > kMaxLegendEntries)
        return legend_by_kind(notation, trace, segment_count, wording);
    return out;
}

std::string notation_title(Notation notation, const Wording& wording)
{
    switch (notation) {
    case Notation::Symbolic: return word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "Symbolic numbers"));
    case Notation::Relative:
        return word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "Relative numbers (as Wireshark counts)"));
    case Notation::Absolute: return word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "Absolute numbers"));
    }
    return {};
}

} // namespace tcpviz
