#include "capture/conversations.hpp"

#include "sim/flat_hash_map.hpp"

#include <array>
#include <cstring>
#include <map>
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

ConversationList find_conversations(const Capture& capture)
{
    ConversationList result;
    ChunkedVector<Conversation>& out = result.list_;
    FlatHashMap<Pair, std::uint32_t, PairHash> current; // the latest conversation of each socket pair
    std::vector<std::uint32_t> conversation_of(capture.packets.size());
    std::vector<std::uint32_t> first_packet, packet_count;
    std::vector<bool> reused, ended;
    constexpr std::uint32_t kAhead = 16; // packets whose entries are fetched ahead
    for (std::uint32_t i = 0; i < capture.packets.size(); ++i) {
        const CapturedPacket& p = capture.packets[i];
        if (i + kAhead < capture.packets.size())
            current.prefetch(socket_pair(capture.packets[i + kAhead]));
        const Pair key = socket_pair(p);
        const std::uint32_t* latest = current.find(key);
        bool new_incarnation = false;
        if (latest && pure_syn(p.segment)) {
            // A SYN from the originator with another ISN, once the connection before has
            // ended (a FIN or RST seen): the ports are reused. Before that, a SYN with
            // another ISN is an old duplicate of this attempt (RFC 9293 §3.5, Figure 9).
            const Conversation& c = out[*latest];
            const CapturedPacket& first = capture.packets[first_packet[*latest]];
            new_incarnation = ended[*latest] && p.src == c.originator &&
                              (!pure_syn(first.segment) || first.segment.seq != p.segment.seq);
        }
        std::uint32_t k = latest ? *latest : 0;
        if (!latest || new_incarnation) {
            k = std::uint32_t(out.size());
            out.push_back({});
            Conversation& c = out.back();
            c.number = k + 1;
            const bool from_responder = p.segment.has(flag::SYN) && p.segment.has(flag::ACK);
            c.originator = from_responder ? p.dst : p.src;
            c.responder = from_responder ? p.src : p.dst;
            c.flipped = from_responder;
            c.first_time = p.time;
            reused.push_back(latest != nullptr);
            ended.push_back(false);
            first_packet.push_back(i);
            packet_count.push_back(0);
            current.assign(key, k);
        }
        ended[k] = ended[k] || p.segment.has(flag::FIN) || p.segment.has(flag::RST);
        conversation_of[i] = k;
        ++packet_count[k];
        out[k].last_time = p.time;
    }
    current = {};
    // Each conversation's packets one after another, in capture order within it.
    std::vector<std::uint32_t> next(out.size());
    for (std::uint32_t k = 0, at = 0; k < out.size(); at += packet_count[k], ++k)
        next[k] = at;
    result.packets_.resize(capture.packets.size());
    result.analysis_.resize(capture.packets.size());
    for (std::uint32_t i = 0; i < capture.packets.size(); ++i)
        result.packets_[next[conversation_of[i]]++] = i;
    for (std::uint32_t k = 0, at = 0; k < out.size(); at += packet_count[k], ++k) {
        Conversation& c = out[k];
        c.packets = std::span(result.packets_).subspan(at, packet_count[k]);
        const std::span<PacketAnalysis> analysis = std::span(result.analysis_).subspan(at, packet_count[k]);
        analyse_tcp(capture, c.packets, c.originator, reused[k], c.handshake, analysis);
        c.analysis = analysis;
        summarise(capture, c);
    }
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
