// RFC 9293 §3.10.7 "SEGMENT ARRIVES", one table per state: each row delivers one
// segment and expects exactly these replies (and nothing else), the explanation the
// narration will use, and the receiver's state afterwards.
#include "support/lab.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

struct Row {
    const char* name;
    std::uint8_t flags;
    std::uint32_t seq;
    std::uint32_t ack;
    std::vector<std::string> replies;
    Explain why;
    TcpState state_after;
    const char* text = "";
};

constexpr std::uint8_t SYN = flag::SYN, ACK = flag::ACK, RST = flag::RST, FIN = flag::FIN, PSH = flag::PSH;

// Runs each row on a fresh simulation prepared by `setup`, delivering from `from` to `to`.
template <typename Setup>
void check_rows(const std::vector<Row>& rows, Setup setup, const char* from, const char* to)
{
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name)
        {
            Simulation sim = setup();
            const auto replies = deliver(sim, from, to, row.flags, row.seq, row.ack, row.text);
            CHECK(briefs(replies) == row.replies);
            CHECK(step_explanation(sim) == row.why);
            CHECK(host_state(sim, to) == row.state_after);
        }
    }
}

Simulation closed_server()
{
    return Simulation(two_hosts(false, false));
}

Simulation listening_server()
{
    return Simulation(two_hosts(false, true));
}

Simulation syn_received_server()
{
    Simulation sim = listening_server();
    deliver(sim, "peer", "server", SYN, 100, 0);
    return sim;
}

Simulation established_server()
{
    Simulation sim = syn_received_server();
    deliver(sim, "peer", "server", ACK, 101, 301);
    return sim;
}

Simulation syn_sent_peer()
{
    Simulation sim(two_hosts(true, false, false));
    sim.apply(connect(sim, "peer", "server"));
    return sim;
}

} // namespace

TEST_CASE("CLOSED: no TCB answers everything but RST with RST", "[core][closed]")
{
    check_rows(
        {
            {"RST is dropped", RST, 5, 0, {}, Explain::RstIgnored, TcpState::Closed},
            {"SYN gets RST-ACK seq 0 ack x+1", SYN, 100, 0, {"RST-ACK 0 101 0"}, Explain::RstForClosedPort, TcpState::Closed},
            {"ACK gets RST seq SEG.ACK", ACK, 100, 555, {"RST 555 - 0"}, Explain::RstForClosedPort, TcpState::Closed},
            {"SYN-ACK gets RST seq SEG.ACK", SYN | ACK, 100, 777, {"RST 777 - 0"}, Explain::RstForClosedPort, TcpState::Closed},
            {"FIN counts in SEG.LEN", FIN, 100, 0, {"RST-ACK 0 101 0"}, Explain::RstForClosedPort, TcpState::Closed},
            {"data without ACK is acknowledged by length", PSH, 100, 0, {"RST-ACK 0 104 0"}, Explain::RstForClosedPort,
             TcpState::Closed, "data"},
        },
        closed_server, "peer", "server");
}

TEST_CASE("LISTEN: RST ignored, ACK reset, SYN answered", "[core][listen]")
{
    check_rows(
        {
            {"RST is ignored", RST, 100, 0, {}, Explain::RstIgnored, TcpState::Listen},
            {"RST-ACK is ignored", RST | ACK, 100, 5, {}, Explain::RstIgnored, TcpState::Listen},
            {"ACK gets RST seq SEG.ACK", ACK, 100, 555, {"RST 555 - 0"}, Explain::RstForAckInListen, TcpState::Listen},
            {"SYN-ACK gets RST seq SEG.ACK (Figure 11)", SYN | ACK, 100, 901, {"RST 901 - 0"},
             Explain::RstForAckInListen, TcpState::Listen},
            {"SYN gets SYN-ACK with ISS and ack x+1", SYN, 100, 0, {"SYN-ACK 300 101 0"}, Explain::SynAckReply,
             TcpState::SynReceived},
            {"SYN at the top of the sequence space", SYN, 0xffff'ffffu, 0, {"SYN-ACK 300 0 0"}, Explain::SynAckReply,
             TcpState::SynReceived},
            {"no control bits: dropped", PSH, 100, 0, {}, Explain::NoAckDropped, TcpState::Listen, "x"},
        },
        listening_server, "peer", "server");
}

TEST_CASE("SYN-SENT: the ACK check, RST and SYN rules", "[core][syn-sent]")
{
    check_rows(
        {
            {"SYN-ACK acknowledging ISS+1 completes", SYN | ACK, 300, 101, {"ACK 101 301 0"}, Explain::HandshakeAck,
             TcpState::Established},
            {"ACK =< ISS gets RST", ACK, 300, 100, {"RST 100 - 0"}, Explain::RstBadAckSynSent, TcpState::SynSent},
            {"ACK > SND.NXT gets RST", SYN | ACK, 300, 102, {"RST 102 - 0"}, Explain::RstBadAckSynSent, TcpState::SynSent},
            {"RST with an unacceptable ACK is dropped", RST | ACK, 0, 50, {}, Explain::RstIgnored, TcpState::SynSent},
            {"RST with acceptable ACK: refused", RST | ACK, 0, 101, {}, Explain::ConnectionRefused, TcpState::Closed},
            {"RST without ACK is dropped", RST, 300, 0, {}, Explain::RstIgnored, TcpState::SynSent},
            {"SYN without ACK: simultaneous open", SYN, 300, 0, {"SYN-ACK 100 301 0"}, Explain::SimultaneousOpen,
             TcpState::SynReceived},
            {"acceptable ACK without SYN is dropped", ACK, 300, 101, {}, Explain::NoAckDropped, TcpState::SynSent},
        },
        syn_sent_peer, "server", "peer");
}

TEST_CASE("SYN-RECEIVED (passive): sequence check, RST, SYN and ACK", "[core][syn-received]")
{
    check_rows(
        {
            {"acceptable ACK: ESTABLISHED", ACK, 101, 301, {}, Explain::HandshakeComplete, TcpState::Established},
            {"ACK with data completes and is acknowledged", PSH | ACK, 101, 301, {"ACK 301 106 0"},
             Explain::DataCompletesHandshake, TcpState::Established, "hello"},
            {"ACK above SND.NXT gets RST", ACK, 101, 305, {"RST 305 - 0"}, Explain::RstBadAckSynReceived,
             TcpState::SynReceived},
            {"ACK of ISS itself gets RST", ACK, 101, 300, {"RST 300 - 0"}, Explain::RstBadAckSynReceived,
             TcpState::SynReceived},
            {"unacceptable SEQ gets an ACK", ACK, 5'000'000, 301, {"ACK 301 101 0"}, Explain::AckForUnacceptableSeq,
             TcpState::SynReceived},
            {"RST at RCV.NXT: back to LISTEN", RST, 101, 0, {}, Explain::ResetToListen, TcpState::Listen},
            {"in-window inexact RST: challenge ACK", RST, 150, 0, {"ACK 301 101 0"}, Explain::ChallengeAckRst,
             TcpState::SynReceived},
            {"RST below the window is dropped", RST, 90, 0, {}, Explain::RstOutOfWindow, TcpState::SynReceived},
            {"the original SYN again: same SYN-ACK", SYN, 100, 0, {"SYN-ACK 300 101 0"},
             Explain::SynAckForDuplicateSyn, TcpState::SynReceived},
            {"another in-window SYN: back to LISTEN", SYN, 150, 0, {}, Explain::ResetToListen, TcpState::Listen},
            {"no ACK bit: dropped", PSH, 101, 0, {}, Explain::NoAckDropped, TcpState::SynReceived, "hello"},
        },
        syn_received_server, "peer", "server");
}

TEST_CASE("ESTABLISHED: RFC 5961 challenge ACKs, RST and data", "[core][established]")
{
    check_rows(
        {
            {"old SYN: challenge ACK", SYN, 100, 0, {"ACK 301 101 0"}, Explain::ChallengeAckSyn, TcpState::Established},
            {"in-window SYN: challenge ACK", SYN, 2000, 0, {"ACK 301 101 0"}, Explain::ChallengeAckSyn,
             TcpState::Established},
            {"far SYN: challenge ACK", SYN, 0x8000'0000u, 0, {"ACK 301 101 0"}, Explain::ChallengeAckSyn,
             TcpState::Established},
            {"RST at RCV.NXT resets", RST, 101, 0, {}, Explain::ResetToClosed, TcpState::Closed},
            {"in-window inexact RST: challenge ACK", RST, 200, 0, {"ACK 301 101 0"}, Explain::ChallengeAckRst,
             TcpState::Established},
            {"out-of-window RST dropped", RST, 0x8000'0000u, 0, {}, Explain::RstOutOfWindow, TcpState::Established},
            {"ACK of unsent data: ACK", ACK, 101, 400, {"ACK 301 101 0"}, Explain::AckTooNew, TcpState::Established},
            {"in-order data: ACK advances", PSH | ACK, 101, 301, {"ACK 301 106 0"}, Explain::DataAccepted,
             TcpState::Established, "hello"},
            {"out-of-order data: duplicate ACK", PSH | ACK, 200, 301, {"ACK 301 101 0"}, Explain::AckForUnacceptableSeq,
             TcpState::Established, "hello"},
            {"segment without ACK is dropped", PSH, 101, 0, {}, Explain::NoAckDropped, TcpState::Established, "hello"},
        },
        established_server, "peer", "server");
}
