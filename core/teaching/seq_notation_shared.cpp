// A notation of millions of segments built on two threads. A segment's symbols depend
// only on the segments of its own connection before it, and on how many openers and
// forged sources came before it anywhere (their subscripts): each half of the connections
// is taken in by a notation of its own, then the two lists of symbols are merged in the
// order of their first segments, numbered as one pass would have numbered them.
#include "teaching/seq_notation.hpp"

#include "parallel/two_threads.hpp"

namespace tcpviz {

void SeqNotation::take_half(const Trace& trace, std::size_t last, std::size_t half, const std::vector<std::uint8_t>& halves,
                            std::size_t syns, std::vector<std::uint32_t>& seq_out, std::vector<std::uint32_t>& ack_out)
{
    current_[half].reserve(syns); // each SYN and each SYN-ACK starts a direction
    constexpr std::size_t kAhead = 64; // segments whose directions are fetched ahead, as add() does
    for (std::size_t i = 0; i < last; ++i) {
        if (i + kAhead < last && halves[i + kAhead] == half)
            current_[half].prefetch(direction_of(trace.segments[i + kAhead].seg)); // its reverse's too
        if (halves[i] != half)
            continue;
        const auto [seq, ack] = take(trace, i);
        seq_out[i] = seq;
        ack_out[i] = ack;
    }
}

void SeqNotation::add_on_two_threads(const Trace& trace, std::size_t last)
{
    // From the start: whatever a cut back to no segments left behind goes too.
    symbols_.clear();
    opener_symbols_.clear();
    forged_symbols_.clear();
    openers_ = forged_ = 0;
    std::array<SeqNotation, 2> part{SeqNotation(notation_), SeqNotation(notation_)};
    seq_symbol_.assign(last, kNoSymbol);
    ack_symbol_.assign(last, kNoSymbol);
    // Each segment's half, and each half's SYNs (its table made that big at once, rather
    // than by doubling), found for the two halves of the segments on two threads; then
    // each thread reads the segments of its own half only.
    std::vector<std::uint8_t> halves(last);
    std::array<std::array<std::size_t, 2>, 2> syns{}; // by half of the segments, then of the connections
    const auto find_halves = [&](std::size_t from, std::size_t to, std::array<std::size_t, 2>& syns_of) {
        for (std::size_t i = from; i < to; ++i) {
            const Segment& s = trace.segments[i].seg;
            halves[i] = std::uint8_t(half_of(direction_of(s)));
            syns_of[halves[i]] += s.has(flag::SYN) ? 1 : 0;
        }
    };
    run_both([&] { find_halves(0, last / 2, syns[0]); }, [&] { find_halves(last / 2, last, syns[1]); });
    run_both([&] { part[0].take_half(trace, last, 0, halves, syns[0][0] + syns[1][0], seq_symbol_, ack_symbol_); },
             [&] { part[1].take_half(trace, last, 1, halves, syns[0][1] + syns[1][1], seq_symbol_, ack_symbol_); });

    // The symbols in the order of their first segments (each segment makes at most one),
    // with the subscripts counted as one pass counts them.
    std::array<std::vector<std::uint32_t>, 2> merged_as{std::vector<std::uint32_t>(part[0].symbols_.size()),
                                                        std::vector<std::uint32_t>(part[1].symbols_.size())};
    const auto as = [&](std::size_t half, std::uint32_t symbol) {
        return symbol == kNoSymbol ? kNoSymbol : merged_as[half][symbol];
    };
    std::array<std::size_t, 2> next{0, 0};
    const auto pending = [&](std::size_t half) { return next[half] < part[half].symbols_.size(); };
    while (pending(0) || pending(1)) {
        const std::size_t half = !pending(1) || (pending(0) && part[0].symbols_[next[0]].first_segment <
                                                                   part[1].symbols_[next[1]].first_segment)
                                     ? 0
                                     : 1;
        SeqSymbol symbol = part[half].symbols_[next[half]];
        const auto id = std::uint32_t(symbols_.size());
        merged_as[half][next[half]++] = id;
        if (next[half] % ChunkedVector<SeqSymbol>::kChunkSize == 0) // read: a flood's symbols are held once, not twice
            part[half].symbols_.free_chunks_before(next[half]);
        symbol.previous = as(half, symbol.previous);
        symbol.subscript_of = as(half, symbol.subscript_of);
        if (symbol.kind == SymbolKind::OpenerIsn) {
            symbol.index = ++openers_;
            opener_symbols_.push_back(id);
        } else if (symbol.kind == SymbolKind::ForgedIsn) {
            symbol.index = ++forged_;
            forged_symbols_.push_back(id);
        } else {
            symbol.index = symbol.subscript_of == kNoSymbol ? 1 : symbols_[symbol.subscript_of].index;
        }
        symbols_.push_back(symbol);
    }

    // Each segment's symbols and each direction's latest, renamed: the two halves of the
    // segments, and the two tables, each on a thread.
    const auto rename_segments = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            seq_symbol_[i] = as(halves[i], seq_symbol_[i]);
            ack_symbol_[i] = as(halves[i], ack_symbol_[i]);
        }
    };
    const auto rename_table = [&](std::size_t half) {
        current_[half] = std::move(part[half].current_[half]);
        current_[half].for_each([&](std::uint32_t& entry) {
            if (entry != kNoSymbol)
                entry = as(half, entry & ~kEarlier) | (entry & kEarlier);
        });
    };
    run_both(
        [&] {
            rename_segments(0, last / 2);
            rename_table(0);
        },
        [&] {
            rename_segments(last / 2, last);
            rename_table(1);
        });
}

} // namespace tcpviz
