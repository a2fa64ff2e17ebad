// Predict, then reveal: the answer for the next segment is read ahead without moving
// the simulation, and marking accepts a number in any notation, near 2^32 too.
#include "support/lab.hpp"
#include "teaching/prediction.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;

TEST_CASE("the answer for the next segment is read ahead, the simulation stays where it is", "[predict]")
{
    Simulation sim(*builtin_scenario("normal"));
    const auto syn = next_segment_answer(sim);
    REQUIRE(syn);
    CHECK(sim.current_step() == 0);
    CHECK(sim.trace().segments.size() == 0);
    CHECK(syn->send_step == 1);
    CHECK(syn->segment == 0);
    CHECK(syn->seg.flags == flag::SYN);
    CHECK(syn->seg.seq.raw() == 100);
    CHECK(syn->seq_text == std::array<std::string, 3>{"x", "0", "100"});
    CHECK(syn->why == Explain::ActiveOpen);
    CHECK(syn->receiver_state == TcpState::SynReceived);
    CHECK(syn->arrival_why == Explain::SynAckReply);

    sim.step(); // the SYN leaves
    const auto synack = next_segment_answer(sim);
    REQUIRE(synack);
    CHECK(synack->send_step == 3); // step 2 is the application's write, which sends nothing yet
    CHECK(synack->seg.flags == (flag::SYN | flag::ACK));
    CHECK(synack->seg.seq.raw() == 300);
    CHECK(synack->seg.ack.raw() == 101);
    CHECK(synack->seq_text == std::array<std::string, 3>{"y", "0", "300"});
    CHECK(synack->ack_text == std::array<std::string, 3>{"x+1", "1", "101"});
    CHECK(synack->receiver_state == TcpState::Established);
    CHECK(synack->arrival_why == Explain::HandshakeAck);
}

TEST_CASE("a prediction is marked field by field in symbolic or relative or absolute numbers", "[predict]")
{
    Simulation sim(*builtin_scenario("normal"));
    sim.step();
    const SegmentAnswer synack = *next_segment_answer(sim);
    const Prediction absolute{flag::SYN | flag::ACK, "300", "101", TcpState::Established};
    CHECK(mark(synack, absolute).right() == Marking::kFields);
    const Prediction relative{flag::SYN | flag::ACK, "0", "1", TcpState::Established};
    CHECK(mark(synack, relative).right() == Marking::kFields);
    const Prediction symbolic{flag::SYN | flag::ACK, " Y ", "x + 1", TcpState::Established};
    CHECK(mark(synack, symbolic).right() == Marking::kFields);
    CHECK_FALSE(mark(synack, Prediction{flag::SYN | flag::ACK, "y", "y+1", TcpState::Established}).ack);
    CHECK_FALSE(mark(synack, Prediction{flag::SYN | flag::ACK, "x", "x+1", TcpState::Established}).seq);
    const Marking wrong = mark(synack, Prediction{flag::ACK, "101", "300", TcpState::SynReceived});
    CHECK_FALSE(wrong.flags);
    CHECK_FALSE(wrong.seq);
    CHECK_FALSE(wrong.ack);
    CHECK_FALSE(wrong.state);
    CHECK(wrong.right() == 0);
    // A blank Seq is not the relative 0 of a SYN-ACK: it is no answer.
    CHECK_FALSE(mark(synack, Prediction{flag::SYN | flag::ACK, std::nullopt, "1", TcpState::Established}).seq);

    // A SYN acknowledges nothing: an Ack predicted for it is wrong, none is right.
    const SegmentAnswer syn = *next_segment_answer(Simulation(*builtin_scenario("normal")));
    CHECK(mark(syn, Prediction{flag::SYN, "100", std::nullopt, TcpState::SynReceived}).ack);
    CHECK_FALSE(mark(syn, Prediction{flag::SYN, "100", "1", TcpState::SynReceived}).ack);
}

TEST_CASE("a segment that will be lost never reaches a state", "[predict]")
{
    const SegmentAnswer syn = *next_segment_answer(Simulation(*builtin_scenario("lost-syn")));
    CHECK(syn.seg.flags == flag::SYN);
    CHECK_FALSE(syn.receiver_state);
    CHECK(mark(syn, Prediction{flag::SYN, "x", std::nullopt, std::nullopt}).right() == Marking::kFields);
}

TEST_CASE("predicted numbers wrap at 2^32 like the segment's", "[predict]")
{
    Scenario s = *builtin_scenario("normal");
    s.hosts[0].first_isn = 0xffffffffu; // the client's ISN: its SYN's Ack answer wraps to 0
    Simulation sim(s);
    sim.step();
    const SegmentAnswer synack = *next_segment_answer(sim);
    CHECK(synack.seg.ack.raw() == 0);
    CHECK(synack.ack_text == std::array<std::string, 3>{"x+1", "1", "0"});
    CHECK(mark(synack, Prediction{flag::SYN | flag::ACK, "300", "0", TcpState::Established}).ack);
    CHECK(mark(synack, Prediction{flag::SYN | flag::ACK, "300", "1", TcpState::Established}).ack);
    CHECK(mark(synack, Prediction{flag::SYN | flag::ACK, "300", "X+1", TcpState::Established}).ack);
    CHECK_FALSE(mark(synack, Prediction{flag::SYN | flag::ACK, "300", "4294967295", TcpState::Established}).ack);
}

TEST_CASE("predicting the close: FIN-ACK its u or its x+6 and the state it leads to", "[predict][close]")
{
    Simulation sim(*builtin_scenario("close-four-way"));
    // Up to the client's FIN, the eighth segment.
    while (sim.trace().segments.size() < 7)
        sim.step();
    std::optional<SegmentAnswer> fin;
    while (!(fin = next_segment_answer(sim)) || !fin->seg.has(flag::FIN))
        sim.step();
    CHECK(fin->seg.flags == (flag::FIN | flag::ACK));
    CHECK(fin->seq_text == std::array<std::string, 3>{"u", "6", "106"});
    CHECK(fin->seq_from_isn == "x+6");
    CHECK(fin->receiver_state == TcpState::CloseWait);
    Prediction p;
    p.flags = flag::FIN | flag::ACK;
    p.receiver_state = TcpState::CloseWait;
    for (const char* seq : {"u", "x+6", "6", "106"}) {
        INFO(seq);
        p.seq = seq;
        p.ack = "y+6";
        const Marking m = mark(*fin, p);
        CHECK(m.flags);
        CHECK(m.seq);
        CHECK(m.ack);
        CHECK(m.state);
    }
    p.seq = "x+7"; // one past the FIN: its own Seq is the next number to send, not past it
    CHECK_FALSE(mark(*fin, p).seq);
}
