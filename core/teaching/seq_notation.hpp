#pragma once
// How every view writes a sequence number. One setting, three notations:
// - symbolic, as textbooks write the handshake: the client's ISN is x, the server's y,
//   so SYN Seq=x, SYN-ACK Seq=y Ack=x+1, ACK Seq=x+1 Ack=y+1. Further connections get
//   x₂/y₂, forged sources s₁, s₂… (answered with t₁, t₂…), a SYN cookie c; and the
//   close as Chinese textbooks write it: FIN Seq=u, ACK Seq=v Ack=u+1, FIN Seq=w
//   Ack=u+1, ACK Seq=u+1 Ack=w+1;
// - relative, as Wireshark counts: each direction from its first SYN;
// - absolute, the numbers on the wire.
// A segment's symbols depend only on the segments before it, so a notation built over a
// whole trace answers for any prefix of it too (the diagram of step K, the narration).
#include "sim/trace.hpp"
#include "teaching/direction_table.hpp"
#include "text/wording.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace tcpviz {

enum class Notation : std::uint8_t { Symbolic, Relative, Absolute };

const char* notation_id(Notation notation); // "symbolic", "relative", "absolute"
bool parse_notation(const std::string& id, Notation& out);

// What a symbol stands for, which also picks its letter.
enum class SymbolKind : std::uint8_t {
    OpenerIsn,      // x: the ISN of a host that opens a connection
    ResponderIsn,   // y: the ISN its peer answers with
    CookieIsn,      // c: a SYN cookie sent as the ISN (RFC 4987 §3.6)
    ForgedIsn,      // s: the ISN of a forged SYN
    ForgedReplyIsn, // t: the ISN of the answer to a forged SYN
    FirstFin,       // u: the Seq of the first FIN of a connection (the active closer's)
    FinAnswer,      // v: the other side's Seq when it first acknowledges that FIN alone
    SecondFin,      // w: the Seq of the other side's FIN
};

// x, y, c, s, t name ISNs; u, v, w the close's numbers.
inline bool names_isn(SymbolKind kind)
{
    return kind != SymbolKind::FirstFin && kind != SymbolKind::FinAnswer && kind != SymbolKind::SecondFin;
}

// One sequence space: a direction of one connection, named by its first number.
struct SeqSymbol {
    SeqNum base; // the number the symbol stands for
    SymbolKind kind = SymbolKind::OpenerIsn;
    std::uint32_t index = 1;     // the subscript (x, x₂, x₃; s₁, s₂ …)
    std::uint8_t primes = 0;     // a second answer to the same opener: y′
    bool from_syn = true;        // false: the first segment seen in that direction, not a SYN
    std::uint8_t host = kNoHost; // whose numbers these are (the sender)
    std::uint8_t peer = kNoHost; // to whom
    std::uint32_t first_segment = 0;
    std::uint32_t previous = 0xffffffff; // the direction's symbol before this one (an earlier incarnation)
    std::uint32_t subscript_of = 0xffffffff; // the symbol whose subscript it shares: y's x, u's x; none for x and s
    std::uint8_t answers = 0;            // for an opener: how many answers it has had

    friend bool operator==(const SeqSymbol&, const SeqSymbol&) = default;
};

class SeqNotation {
public:
    static constexpr std::uint32_t kNoSymbol = 0xffffffff;

    // From this many segments taken in at once from the start, the connections are shared
    // between two threads (a flood's or a capture's million); the symbols are the same.
    static constexpr std::size_t kSharedFrom = 32768;

    explicit SeqNotation(Notation notation = Notation::Symbolic) : notation_(notation) {}
    SeqNotation(const Trace& trace, Notation notation, std::size_t shared_from = kSharedFrom);

    Notation notation() const { return notation_; }
    // Follows the trace: takes in new segments; when the same run was cut back (a step
    // back), forgets the segments it lost, as if it had never seen them; for another
    // trace, starts again.
    void sync(const Trace& trace);

    // The segment's own fields.
    std::string seq(std::size_t segment) const;
    std::string ack(std::size_t segment) const;
    // The same appended to `out`, for the ladder's millions of lines; the columns it takes.
    std::size_t append_seq(std::string& out, std::size_t segment) const;
    std::size_t append_ack(std::string& out, std::size_t segment) const;
    // Another number of the space its Seq counts in (the sender's), or its Ack (the receiver's).
    std::string in_seq_space(std::size_t segment, SeqNum value) const;
    std::string in_ack_space(std::size_t segment, SeqNum value) const;
    // `value` of the segment's Seq space (`of_seq`) or Ack space, written from the ISN of
    // that direction even where the close's u, v, w name it: "x+6" for u.
    std::string from_isn(std::size_t segment, SeqNum value, bool of_seq) const;
    // Its Seq's offset from its direction's ISN (relative and symbolic: u counts as x+6),
    // or the raw value (absolute).
    std::int64_t seq_offset(std::size_t segment) const;
    // "SYN-ACK  Seq=y Ack=x+1 Len=5"
    std::string label(std::size_t segment) const;
    // Its length in bytes, without making it (a flood has millions of labels).
    std::size_t label_size(std::size_t segment) const;
    // A number of the space of one direction of a connection, as an endpoint holds it
    // (ISS and SND.NXT count in local to remote, IRS and RCV.NXT in remote to local):
    // the symbol of that direction whose start is nearest.
    std::string in_direction(Ipv4 src, std::uint16_t src_port, Ipv4 dst, std::uint16_t dst_port, SeqNum value) const;
    const ChunkedVector<SeqSymbol>& symbols() const { return symbols_; }
    std::string symbol_name(std::uint32_t symbol) const; // "x", "y₂", "s₁₂"

private:
    void add(const Trace& trace, std::size_t first, std::size_t last);
    void truncate(std::size_t segment_count);
    using Direction = notation::Direction;
    using DirectionTable = notation::DirectionTable;
    static Direction direction_of(const Segment& s) { return {s.src_addr, s.dst_addr, s.src_port, s.dst_port}; }
    static Direction reverse_of(const Segment& s) { return {s.dst_addr, s.src_addr, s.dst_port, s.src_port}; }
    static std::size_t half_of(const Direction& d) { return DirectionTable::half_of(d); }
    // The segment's Seq and Ack symbols, the Seq's made if it starts a space.
    std::pair<std::uint32_t, std::uint32_t> take(const Trace& trace, std::size_t segment);
    // seq_notation_shared.cpp: the first `last` segments taken in by two notations, one per
    // half of the connections, on two threads, and their symbols merged in order.
    void add_on_two_threads(const Trace& trace, std::size_t last);
    // `halves` holds each segment's half_of(), `syns` how many of `half`'s are SYNs.
    void take_half(const Trace& trace, std::size_t last, std::size_t half, const std::vector<std::uint8_t>& halves,
                   std::size_t syns, std::vector<std::uint32_t>& seq_out, std::vector<std::uint32_t>& ack_out);
    std::uint32_t new_symbol(const Trace& trace, std::size_t segment, bool from_syn);
    // u, v or w for segment `segment`, whose direction's numbers it restarts; kNoSymbol
    // when the segment starts none.
    std::uint32_t close_symbol(const Trace& trace, std::size_t segment);
    // The symbol of the direction whose start is nearest `value`, or kNoSymbol.
    std::uint32_t nearest(const Direction& direction, SeqNum value) const;
    std::string write(std::uint32_t symbol, SeqNum value) const;
    std::size_t append(std::string& out, std::uint32_t symbol, SeqNum value) const;
    std::size_t written_size(std::uint32_t symbol, SeqNum value) const;

    Notation notation_;
    const Trace* trace_ = nullptr;
    ChunkedVector<SeqSymbol> symbols_; // chunked: a flood has millions, and no doubling spikes
    std::vector<std::uint32_t> seq_symbol_, ack_symbol_; // per segment
    // The latest symbol of each direction, with kEarlier when it has others before it
    // (a flood's million directions have one each: nearest() then needs no symbol); in
    // two tables by half_of(), which two threads can fill at once.
    static_assert(DirectionTable::kNone == kNoSymbol);
    std::array<DirectionTable, 2> current_;
    DirectionTable& table(const Direction& d) { return current_[half_of(d)]; }
    const DirectionTable& table(const Direction& d) const { return current_[half_of(d)]; }
    std::size_t shared_from_ = kSharedFrom;
    static constexpr std::uint32_t kEarlier = 0x80000000;
    static std::uint32_t encoded(std::uint32_t symbol, std::uint32_t previous)
    {
        return symbol | (previous == kNoSymbol ? 0 : kEarlier);
    }
    static std::uint32_t decoded(std::uint32_t entry) { return entry == kNoSymbol ? kNoSymbol : entry & ~kEarlier; }
    std::uint32_t openers_ = 0, forged_ = 0;
    // The symbols of x₁, x₂… and s₁, s₂… by subscript: truncate() finds the opener an
    // answer counted in, to take the answer back.
    std::vector<std::uint32_t> opener_symbols_, forged_symbols_;
    std::uint64_t lineage_ = 0;
    SegmentRecord last_seen_{}; // the last segment taken in, to notice a trace that changed
};

// "Client's ISN", "Server's SYN cookie for Client", "forged source 203.0.113.7's ISN"
std::string symbol_meaning(const SeqSymbol& symbol, const Trace& trace, const Wording& wording = {});
// The legend for the symbols of the first `segment_count` segments: one entry per symbol,
// forged sources and their answers summed up in one entry each ("s₁ … s₄₀").
struct LegendEntry {
    std::string symbols; // "x", "s₁ … s₄₀"
    std::string value;   // "100", or "" for a range
    std::string meaning;
};
std::vector<LegendEntry> notation_legend(const SeqNotation& notation, const Trace& trace, std::size_t segment_count,
                                         const Wording& wording = {});
// "symbolic numbers", "relative numbers (as Wireshark counts)", "absolute numbers"
std::string notation_title(Notation notation, const Wording& wording = {});

} // namespace tcpviz
