#include "capture/conversations.hpp"

#include "parallel/two_threads.hpp"
#include "sim/flat_hash_map.hpp"
#include "system/memory_ahead.hpp"
#include "system/uninitialized_array.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <optional>
#include <tuple>

namespace tcpviz {
namespace {

using Pair = std::pair<IpEndpoint, IpEndpoint>;

// The socket pairs of a capture in a hash table.
struct PairHash {
    std::size_t operator()(const Pair& p) const
    {
        return mix_hash(IpEndpointHash{}(p.first) * 31 + IpEndpointHash{}(p.second));
    }
};

// Either direction's packets give the same pair: the endpoints in an order of their own
// (cheaper than comparing addresses byte by byte, as operator< does).
Pair socket_pair(const CapturedPacket& p)
{
    const auto rank = [](const IpEndpoint& e) {
        std::uint64_t half[2];
        std::memcpy(half, e.address.bytes.data(), sizeof half);
        return std::tuple(e.port, half[0], half[1], e.address.v6);
    };
    return rank(p.src) < rank(p.dst) ? Pair{p.src, p.dst} : Pair{p.dst, p.src};
}

bool pure_syn(const Segment& s)
{
    return s.has(flag::SYN) && !s.has(flag::ACK);
}

// Zeek's endpoint states, as far as its TCP analyser sets them from what an endpoint sends.
enum class Side { Inactive, SynSent, SynAckSent, Partial, Established, Closed, Reset };

// Zeek's history letters: a d i q at most once per direction; f h r s again when the
// sequence number changes; c g t w again at the 10th, 100th... occurrence.
class History {
public:
    void add(char letter, bool from_originator, SeqNum seq = SeqNum())
    {
        const char shown = from_originator ? char(letter - 'a' + 'A') : letter;
        Letter& l = letters_[std::size_t(std::strchr(kLetters, letter) - kLetters) * 2 + (from_originator ? 1 : 0)];
        switch (letter) {
        case 'a': case 'd': case 'i': case 'q':
            if (l.count++ == 0)
                text_ += shown;
            break;
        case 'f': case 'h': case 'r': case 's':
            if (l.count++ == 0 || l.seq != seq)
                text_ += shown;
            l.seq = seq;
            break;
        default:
            if (++l.count == l.next) {
                text_ += shown;
                l.next *= 10;
            }
        }
    }
    std::string text(bool flipped) const { return flipped ? "^" + text_ : text_; }

private:
    static constexpr char kLetters[] = "adiqfhrscgtw"; // every letter add() is given
    struct Letter {
        std::uint64_t count = 0;
        std::uint64_t next = 1;
        SeqNum seq;
    };
    std::array<Letter, 2 * (sizeof kLetters - 1)> letters_{}; // each letter in each direction
    std::string text_;
};

// Zeek's test for RSTOS0, the history matching /^\^?S[^HAFGIQ]*R.*/.
bool syn_then_reset(const std::string& history)
{
    const std::size_t s = history.rfind('^', 0) == 0 ? 1 : 0;
    if (history.size() <= s || history[s] != 'S')
        return false;
    const std::size_t r = history.find('R', s);
    return r != std::string::npos && history.find_first_of("HAFGIQ", s) > r;
}

void summarise(const Capture& capture, Conversation& c)
{
    Side side[2] = {Side::Inactive, Side::Inactive}; // 0: originator
    History history;
    for (std::size_t i = 0; i < c.packets.size(); ++i) {
        const CapturedPacket& p = capture.packets[c.packets[i]];
        const Segment& s = p.segment;
        const bool orig = c.from_originator(p);
        Side& mine = side[orig ? 0 : 1];
        Side& theirs = side[orig ? 1 : 0];
        (orig ? c.originator_bytes : c.responder_bytes) += p.payload_len;
        const std::uint16_t flags = c.analysis[i].flags;
        if (p.checksum == ChecksumCheck::Bad)
            history.add('c', orig);
        if (s.has(flag::SYN) && (s.has(flag::FIN) || s.has(flag::RST)))
            history.add('q', orig);
        else if (s.has(flag::FIN) && s.has(flag::RST))
            history.add('i', orig);
        if (s.has(flag::SYN))
            history.add(s.has(flag::ACK) ? 'h' : 's', orig, s.seq);
        else if (s.has(flag::ACK) && p.payload_len == 0 && !s.has(flag::FIN) && !s.has(flag::RST))
            history.add('a', orig);
        if (p.payload_len > 0)
            history.add(flags & analysis::AnyRetransmission ? 't' : 'd', orig);
        if (flags & analysis::PreviousSegmentNotCaptured)
            history.add('g', orig);
        if (flags & analysis::ZeroWindow)
            history.add('w', orig);
        if (s.has(flag::FIN))
            history.add('f', orig, s.seq);
        if (s.has(flag::RST))
            history.add('r', orig, s.seq);

        if (s.has(flag::RST)) {
            mine = Side::Reset;
        } else if (s.has(flag::FIN)) {
            if (mine != Side::Reset)
                mine = Side::Closed;
        } else if (pure_syn(s)) {
            if (mine == Side::Inactive)
                mine = Side::SynSent;
        } else if (s.has(flag::SYN)) {
            if (mine == Side::Inactive || mine == Side::SynSent)
                mine = Side::SynAckSent;
        } else if (mine == Side::Inactive) {
            mine = Side::Partial;
        } else if ((mine == Side::SynSent || mine == Side::SynAckSent) &&
                   (theirs == Side::SynSent || theirs == Side::SynAckSent)) {
            mine = theirs = Side::Established; // the handshake's last ACK
        }
    }
    c.history = history.text(c.flipped);

    // The order of Zeek's conn_state().
    const Side os = side[0], rs = side[1];
    const bool o_inactive = os == Side::Inactive || os == Side::Partial;
    const bool r_inactive = rs == Side::Inactive || rs == Side::Partial;
    const bool o_syn = os == Side::SynSent || os == Side::SynAckSent;
    if (rs == Side::Reset)
        c.state = o_syn || (os == Side::Reset && c.originator_bytes == 0 && c.responder_bytes == 0) ? "REJ"
                  : o_inactive                                                                    ? "RSTRH"
                                                                                                  : "RSTR";
    else if (os == Side::Reset)
        c.state = !r_inactive ? "RSTO" : syn_then_reset(c.history) ? "RSTOS0" : "OTH";
    else if (os == Side::Closed && rs == Side::Closed)
        c.state = "SF";
    else if (os == Side::Closed)
        c.state = r_inactive ? "SH" : "S2";
    else if (rs == Side::Closed)
        c.state = o_inactive ? "SHR" : "S3";
    else if (os == Side::SynSent && rs == Side::Inactive)
        c.state = "S0";
    else if (os == Side::Established && rs == Side::Established)
        c.state = "S1";
    else
        c.state = "OTH";
}

} // namespace

namespace {

// The originator sent the first SYN; a conversation whose first packet is a SYN-ACK
// began before the capture, with the SYN unseen (Zeek's flipped "^").
bool from_responder(const CapturedPacket& first)
{
    return first.segment.has(flag::SYN) && first.segment.has(flag::ACK);
}

// A conversation as one thread finds it among the packets whose socket pair falls to it
// (by the top bit of the pair's hash: both directions alike).
struct Opened {
    std::uint32_t first_packet = 0, last_packet = 0, packet_count = 0;
    bool reused = false, ended = false;
};

// A socket pair of IPv4 endpoints in 12 bytes, as socket_pair() orders them: most
// captures hold no other, and their packets' pairs, read in one pass, spare the following
// of pairs a read of every 128-byte packet and keep its table of millions a third as big.
struct Ipv4Pair {
    Ipv4 first_address = 0, second_address = 0;
    std::uint16_t first_port = 0, second_port = 0;
    friend bool operator==(const Ipv4Pair&, const Ipv4Pair&) = default;
};
struct Ipv4PairHash { // as PairHash hashes the same pair, which the table is given
    std::size_t operator()(const Ipv4Pair& p) const
    {
        const auto endpoint = [](Ipv4 address, std::uint16_t port) { return IpEndpoint{IpAddress::from_ipv4(address), port}; };
        return PairHash{}({endpoint(p.first_address, p.first_port), endpoint(p.second_address, p.second_port)});
    }
};
Ipv4Pair ipv4_pair(const Pair& p)
{
    return {p.first.address.ipv4(), p.second.address.ipv4(), p.first.port, p.second.port};
}

// Follows the packets of one half of the socket pairs: the conversations it finds in order
// of their first packet into `opened`, each packet's (the half in the top bit, its place in
// `opened` below) into `conversation_of`, whose other packets it leaves. pair_of(i) is
// packet i's socket pair, as a Key; `flags` its TCP flags.
template <typename Key, typename KeyHash, typename PairOf>
void follow_pairs(const Capture& capture, const std::vector<std::uint64_t>& pair_hash,
                  const std::vector<std::uint8_t>& flags, std::uint64_t half, std::size_t expected,
                  const PairOf& pair_of, std::vector<std::uint32_t>& conversation_of, std::vector<Opened>& opened)
{
    FlatHashMap<Key, std::uint32_t, KeyHash> current; // the latest conversation of each socket pair
    current.reserve(expected);
    opened.reserve(expected);
    constexpr std::uint32_t kAhead = 16; // packets whose entries are fetched ahead
    const auto n = std::uint32_t(capture.packets.size());
    const auto mine = [&](std::uint32_t i) { return pair_hash[i] >> 63 == half; };
    for (std::uint32_t i = 0, ahead = 0; i < n; ++i) {
        for (; ahead < n && ahead < i + kAhead; ++ahead)
            if (mine(ahead))
                current.prefetch_hash(pair_hash[ahead]);
        if (!mine(i))
            continue;
        const Key key = pair_of(i);
        std::uint32_t* latest = current.find(key, pair_hash[i]);
        bool new_incarnation = false;
        if (latest && (flags[i] & (flag::SYN | flag::ACK)) == flag::SYN) {
            // A SYN from the originator with another ISN, once the connection before has
            // ended (a FIN or RST seen): the ports are reused. Before that, a SYN with
            // another ISN is an old duplicate of this attempt (RFC 9293 §3.5, Figure 9).
            const Opened& o = opened[*latest];
            const CapturedPacket& first = capture.packets[o.first_packet];
            const CapturedPacket& p = capture.packets[i];
            new_incarnation = o.ended && p.src == (from_responder(first) ? first.dst : first.src) &&
                              (!pure_syn(first.segment) || first.segment.seq != p.segment.seq);
        }
        std::uint32_t k = latest ? *latest : 0;
        if (!latest || new_incarnation) {
            k = std::uint32_t(opened.size());
            opened.push_back({i, i, 0, latest != nullptr, false});
            if (latest)
                *latest = k;
            else
                current.try_emplace(key, pair_hash[i], k);
        }
        Opened& o = opened[k];
        o.ended = o.ended || (flags[i] & (flag::FIN | flag::RST)) != 0;
        ++o.packet_count;
        o.last_packet = i;
        conversation_of[i] = std::uint32_t(half) << 31 | k;
    }
}

} // namespace

ConversationList find_conversations(const Capture& capture)
{
    ConversationList result;
    ChunkedVector<Conversation>& out = result.list_;
    const auto n = std::uint32_t(capture.packets.size());
    // The socket pairs shared between two threads by their hash, each following its own.
    // Each half's SYNs, as many as the conversations it will most likely find: its table
    // made that big at once, rather than by doubling, each of which moves every entry.
    std::vector<std::uint32_t> conversation_of(n);
    std::array<std::vector<Opened>, 2> found;
    {
        std::vector<std::uint64_t> pair_hash(n);
        std::vector<std::uint8_t> flags(n);
        UninitializedArray<Ipv4Pair> ipv4_pairs(n); // of use only if no packet is IPv6
        std::array<std::array<std::size_t, 2>, 2> syns{}; // by half of the packets, then of the pairs
        std::array<bool, 2> ipv6{};
        const auto hash_packets = [&](std::uint32_t from, std::uint32_t to, std::size_t part) {
            for (std::uint32_t i = from; i < to; ++i) {
                const Pair pair = socket_pair(capture.packets[i]);
                pair_hash[i] = PairHash{}(pair);
                flags[i] = capture.packets[i].segment.flags;
                ipv4_pairs[i] = ipv4_pair(pair);
                ipv6[part] = ipv6[part] || pair.first.address.v6;
                syns[part][pair_hash[i] >> 63] += pure_syn(capture.packets[i].segment) ? 1 : 0;
            }
        };
        run_both(n, [&] { hash_packets(0, n / 2, 0); }, [&] { hash_packets(n / 2, n, 1); });
        const auto follow = [&](std::uint64_t half) {
            const std::size_t expected = syns[0][half] + syns[1][half];
            if (ipv6[0] || ipv6[1])
                follow_pairs<Pair, PairHash>(
                    capture, pair_hash, flags, half, expected,
                    [&](std::uint32_t i) { return socket_pair(capture.packets[i]); }, conversation_of, found[half]);
            else
                follow_pairs<Ipv4Pair, Ipv4PairHash>(
                    capture, pair_hash, flags, half, expected, [&](std::uint32_t i) { return ipv4_pairs[i]; },
                    conversation_of, found[half]);
        };
        run_both(n, [&] { follow(0); }, [&] { follow(1); });
    }

    // Numbered in order of their first packets: the two lists merged.
    std::array<std::vector<std::uint32_t>, 2> number_of{std::vector<std::uint32_t>(found[0].size()),
                                                        std::vector<std::uint32_t>(found[1].size())};
    std::vector<std::uint32_t> packet_count;
    std::vector<bool> reused;
    packet_count.reserve(found[0].size() + found[1].size());
    // Millions of conversations: their chunks made on the other core, idle meanwhile.
    std::optional<ChunksAhead<Conversation>> ahead;
    if (packet_count.capacity() > 4 * ChunkedVector<Conversation>::kChunkSize)
        ahead.emplace(out, 2);
    for (std::size_t a = 0, b = 0; a < found[0].size() || b < found[1].size();) {
        const bool from_first =
            b == found[1].size() || (a < found[0].size() && found[0][a].first_packet < found[1][b].first_packet);
        const Opened& o = from_first ? found[0][a] : found[1][b];
        const auto k = std::uint32_t(out.size());
        (from_first ? number_of[0][a++] : number_of[1][b++]) = k;
        const CapturedPacket& p = capture.packets[o.first_packet];
        out.push_back({});
        Conversation& c = out.back();
        c.number = k + 1;
        c.flipped = from_responder(p);
        c.originator = c.flipped ? p.dst : p.src;
        c.responder = c.flipped ? p.src : p.dst;
        c.first_time = p.time;
        c.last_time = capture.packets[o.last_packet].time;
        packet_count.push_back(o.packet_count);
        reused.push_back(o.reused);
    }
    ahead.reset();
    for (std::uint32_t& k : conversation_of)
        k = number_of[k >> 31][k & 0x7fffffff];
    found = {};
    number_of = {};

    // Each conversation's packets one after another, in capture order within it.
    std::vector<std::uint32_t> next(out.size());
    for (std::uint32_t k = 0, at = 0; k < out.size(); at += packet_count[k], ++k)
        next[k] = at;
    result.packets_.resize(n);
    result.analysis_.resize(n);
    for (std::uint32_t i = 0; i < n; ++i)
        result.packets_[next[conversation_of[i]]++] = i;
    // Each conversation analysed and summed up, half of the packets' worth on each thread.
    std::vector<std::uint32_t> first_of(out.size() + 1, 0);
    for (std::uint32_t k = 0; k < out.size(); ++k)
        first_of[k + 1] = first_of[k] + packet_count[k];
    const auto analyse = [&](std::uint32_t from, std::uint32_t to) {
        for (std::uint32_t k = from; k < to; ++k) {
            Conversation& c = out[k];
            c.packets = std::span(result.packets_).subspan(first_of[k], packet_count[k]);
            const auto analysis = std::span(result.analysis_).subspan(first_of[k], packet_count[k]);
            analyse_tcp(capture, c.packets, c.originator, reused[k], c.handshake, analysis);
            c.analysis = analysis;
            summarise(capture, c);
        }
    };
    const auto count = std::uint32_t(out.size());
    const auto split =
        std::min(count, std::uint32_t(std::lower_bound(first_of.begin(), first_of.end(), n / 2) - first_of.begin()));
    run_both(n, [&] { analyse(0, split); }, [&] { analyse(split, count); });
    return result;
}

const char* conn_state_meaning(const std::string& state)
{
    static const std::map<std::string, const char*> meanings = {
        {"S0", TCPVIZ_TRANSLATE_NOOP("core", "connection attempt seen, no reply")},
        {"S1", TCPVIZ_TRANSLATE_NOOP("core", "established, not terminated")},
        {"SF", TCPVIZ_TRANSLATE_NOOP("core", "normal establishment and termination")},
        {"REJ", TCPVIZ_TRANSLATE_NOOP("core", "connection attempt rejected")},
        {"S2", TCPVIZ_TRANSLATE_NOOP("core", "established, the originator began to close, no reply seen")},
        {"S3", TCPVIZ_TRANSLATE_NOOP("core", "established, the responder began to close, no reply seen")},
        {"RSTO", TCPVIZ_TRANSLATE_NOOP("core", "established, the originator aborted with a RST")},
        {"RSTR", TCPVIZ_TRANSLATE_NOOP("core", "established, the responder sent a RST")},
        {"RSTOS0", TCPVIZ_TRANSLATE_NOOP("core", "the originator sent a SYN and then a RST, no SYN-ACK seen")},
        {"RSTRH", TCPVIZ_TRANSLATE_NOOP("core", "the responder sent a SYN-ACK and then a RST, no SYN seen")},
        {"SH", TCPVIZ_TRANSLATE_NOOP("core", "the originator sent a SYN and then a FIN, no SYN-ACK seen")},
        {"SHR", TCPVIZ_TRANSLATE_NOOP("core", "the responder sent a SYN-ACK and then a FIN, no SYN seen")},
        {"OTH", TCPVIZ_TRANSLATE_NOOP("core", "no SYN seen, traffic from the middle of a connection")},
    };
    const auto it = meanings.find(state);
    return it == meanings.end() ? "" : it->second;
}

} // namespace tcpviz
