// A capture in the window: it opens from File or a drop, steps and goes back like a
// scenario, and every panel reads its trace: the diagram, the narration, the
// inspector with the captured bytes, the live values and predict mode.
#include "support/window_fixture.hpp"

#include "capture/capture_import.hpp"
#include "diagram/diagram_view.hpp"
#include "formats/diagram_text.hpp"
#include "panels/segment_inspector.hpp"
#include "scenario/scenario_library.hpp"
#include "teaching/narration_view.hpp"
#include "teaching/prediction.hpp"
#include "window/language.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

QString capture(const char* name)
{
    return QStringLiteral(TCPVIZ_CAPTURE_DIR "/%1").arg(QLatin1String(name));
}

const char* const kRecorded[] = {"loopback-close.pcap", "loopback-ipv6.pcap", "loopback-lost-syn-ack.pcap",
                                 "any-close.pcap", "loopback-close.pcapng"};

} // namespace

TEST_CASE("an opened capture steps and goes back like a scenario", "[ui][capture]")
{
    Window w;
    REQUIRE(w.window.open_file(capture("loopback-lost-syn-ack.pcap")));
    SessionController& session = w.window.session();
    REQUIRE(session.replaying());
    CHECK(w.window.windowTitle().contains("loopback-lost-syn-ack.pcap"));
    w.trigger("run_to_end");
    const std::size_t segments = session.replay().recorded().segments.size();
    CHECK(session.trace().segments.size() == segments);
    CHECK(w.window.diagram()->layout()->arrows().size() == segments);
    const std::size_t events = session.trace().events.size();
    w.trigger("back");
    CHECK(session.trace().events.size() < events);
    w.trigger("step");
    CHECK(session.trace().events.size() == events);
    w.trigger("reset");
    CHECK(session.current_step() == 0);
    // What would change the capture is off while it is open, and back with a scenario.
    for (const char* name : {"lose_any", "forge_syn", "flood", "close_client", "save"})
        CHECK_FALSE(w.window.action(name)->isEnabled());
    session.load(*builtin_scenario("normal"));
    CHECK_FALSE(session.replaying());
    CHECK(w.window.action("lose_any")->isEnabled());
}

TEST_CASE("every step of a recorded capture is narrated", "[ui][capture]")
{
    for (const char* file : kRecorded) {
        INFO(file);
        Window w;
        REQUIRE(w.window.open_file(capture(file)));
        SessionController& session = w.window.session();
        while (!session.quiescent()) {
            w.trigger("step");
            INFO("step " << session.current_step());
            CHECK_FALSE(w.window.narration()->text().isEmpty());
        }
    }
}

TEST_CASE("every lifeline of a recorded capture is headed by its role over its address", "[ui][capture]")
{
    for (const char* file : kRecorded) {
        INFO(file);
        Window w;
        REQUIRE(w.window.open_file(capture(file)));
        w.trigger("run_to_end");
        const Trace& trace = w.window.session().trace();
        const auto& lines = w.window.diagram()->layout()->lifelines();
        REQUIRE(lines.size() >= 2);
        for (const DiagramLifeline& line : lines) {
            const TraceHost& host = trace.hosts[line.host];
            CHECK(line.role == QString::fromStdString(host_role_title(host.role, interface_wording())));
            CHECK(line.address.toStdString() == host.name); // "127.0.0.1:8080", "[::1]:8080"
            CHECK_FALSE(line.numbers.isEmpty());
        }
    }
}

TEST_CASE("the inspector shows a captured segment's own bytes and analysis", "[ui][capture]")
{
    Window w;
    REQUIRE(w.window.open_file(capture("loopback-lost-syn-ack.pcap")));
    w.trigger("run_to_end");
    const Trace& trace = w.window.session().trace();
    std::uint32_t resent = 0;
    while (!(captured(trace, resent)->analysis & analysis::Retransmission))
        ++resent;
    SegmentInspector* inspector = w.window.inspector();
    inspector->show_segment(trace, w.window.session().numbers(), resent);
    CHECK(inspector->field_value("Frame").startsWith(QString::number(captured(trace, resent)->frame) + " in "));
    CHECK(inspector->field_value("Analysis").contains("retransmission, 1.02"));
    CHECK(inspector->field_value("Checksum").contains("checksum offload"));
    CHECK(inspector->field_value("Source") == "127.0.0.1:8083");
    // An IPv6 segment: its addresses at IPv6's offsets.
    REQUIRE(w.window.open_file(capture("loopback-ipv6.pcap")));
    w.trigger("step");
    inspector->show_segment(w.window.session().trace(), w.window.session().numbers(), 0);
    CHECK(inspector->field_value("Source").startsWith("[::1]:"));
    CHECK(inspector->field_value("Options").contains("MSS 65476"));
}

TEST_CASE("predict mode asks for a captured segment what the capture shows", "[ui][capture]")
{
    Window w;
    REQUIRE(w.window.open_file(capture("loopback-close.pcap")));
    SessionController& session = w.window.session();
    const Trace& recorded = session.replay().recorded();
    // Every segment in turn: the answer is the segment the next steps show.
    std::uint32_t expected = 0;
    for (auto answer = next_segment_answer(recorded, session.current_step()); answer;
         answer = next_segment_answer(recorded, session.current_step())) {
        CHECK(answer->segment == expected);
        CHECK(answer->seg == recorded.segments[expected].seg);
        while (session.current_step() < answer->send_step)
            session.step();
        ++expected;
    }
    CHECK(expected == recorded.segments.size());
    // The last ACK reaches the server in LAST-ACK: CLOSED.
    session.reset();
    while (session.trace().segments.size() + 1 < recorded.segments.size())
        session.step();
    const auto last = next_segment_answer(recorded, session.current_step());
    REQUIRE(last);
    CHECK(last->receiver_state == TcpState::Closed);
}

TEST_CASE("a capture with several connections shows the ones chosen", "[ui][capture]")
{
    SessionController session;
    std::size_t offered = 0;
    const QString error = session.load_capture(capture("loopback-reset.pcap"), [&](const ConversationList& all) {
        offered = all.size();
        return std::optional<std::vector<std::uint32_t>>(std::vector<std::uint32_t>{2});
    });
    CHECK(error.isEmpty());
    CHECK(offered == 2);
    CHECK(session.replay().recorded().hosts.size() == 2);
    // Declining keeps what was open; a bad capture says why and keeps it too.
    CHECK(session.load_capture(capture("loopback-close.pcap"), [](const auto&) { return std::nullopt; }).isEmpty());
    CHECK(session.replay().recorded().hosts.size() == 2);
    CHECK(session.load_capture(capture("mixed-link-types.pcapng"), {}).contains("different link types"));
    CHECK(session.replay().recorded().hosts.size() == 2);
}

TEST_CASE("a captured retransmission is told by the time since its first copy", "[ui][capture]")
{
    Window w;
    REQUIRE(w.window.open_file(capture("loopback-lost-syn-ack.pcap")));
    SessionController& session = w.window.session();
    QStringList told;
    while (!session.quiescent()) {
        w.trigger("step");
        told << w.window.narration()->text();
    }
    const QString all = told.join('\n');
    // The timer's SYN-ACK and the client's SYN again, a little after Linux's 1 s initial RTO.
    CHECK(all.contains(QRegularExpression("sends the SYN-ACK \\(Seq=y\\) again 1\\.02\\d* s after the first")));
    CHECK(all.contains(QRegularExpression("sends the SYN \\(Seq=x\\) again 1\\.02\\d* s after the first")));
    CHECK(all.contains("The initial RTO is 1 s (RFC 6298 §2.1)"));
    // No sentence speaks of a timer the capture did not show.
    CHECK_FALSE(all.contains("retransmission 0"));
    CHECK_FALSE(all.contains("now waits  ("));
}
