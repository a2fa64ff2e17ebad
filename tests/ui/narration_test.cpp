// Narration: every step of every built-in scenario is explained in full, with
// its own numbers; the handshake's steps word for word.
#include "panels/charts_panel.hpp"
#include "diagram/diagram_painter.hpp"
#include "diagram/diagram_view.hpp"
#include "window/language.hpp"
#include "teaching/narration.hpp"
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"
#include "words/trace_words.hpp"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <iostream>
#include <set>

using namespace tcpviz;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace {

std::vector<StepNarration> narrate_all(const char* scenario, Notation notation = Notation::Absolute)
{
    Simulation sim(*builtin_scenario(scenario));
    sim.run_to_end();
    const SeqNotation numbers(sim.trace(), notation);
    std::vector<StepNarration> out;
    for (std::uint32_t step = 0; step <= sim.trace().last_step(); ++step)
        out.push_back(narrate_step(sim.trace(), numbers, step));
    return out;
}

// "Seq=x+1", "Ack=101": the numbers a text gives for segment fields.
QStringList field_numbers(const QString& text)
{
    static const QRegularExpression field(
        QStringLiteral("\\b(?:Seq|Ack|ACK)=([^\\s,;:()]+?)(?=[\\s,;:()]|\\.?$|\\.\\s)"));
    QStringList out;
    for (auto it = field.globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

} // namespace

TEST_CASE("the handshake is narrated with its numbers and RFC sections", "[ui][narration]")
{
    const auto steps = narrate_all("normal");
    REQUIRE(steps.size() > 5);
    CHECK(steps[0].title == "listening");
    CHECK(steps[0].text == "Server opens port 80 and waits in LISTEN (a passive "
                           "OPEN): it has no connection yet, only a listening "
                           "socket that will answer SYNs (RFC 9293 §3.5).");
    CHECK(steps[1].title == "connect(): SYN sent");
    CHECK(steps[1].text == "Client calls connect(): it chooses its initial sequence number ISN = "
                           "100 and sends a SYN with Seq=100 to "
                           "Server. A SYN consumes one sequence number, so the answer must "
                           "acknowledge 101 (ISN + 1). Client is now "
                           "in SYN-SENT (RFC 9293 §3.4, Figure 6). Client arms its retransmission "
                           "timer: without an answer within "
                           "1 s it will send again (RFC 6298 §5).");
    CHECK(steps[2].title == "application writes data");
    CHECK(steps[2].text == "The application on Client writes 5 bytes "
                           "(\"hello\"); TCP sends them once the connection is "
                           "ESTABLISHED.");
    CHECK(steps[3].title == "SYN received, SYN-ACK sent");
    CHECK(steps[3].text == "Server is in LISTEN and receives a SYN with Seq=100. It records IRS = "
                           "100, chooses its own ISN = 300 and "
                           "answers with SYN-ACK Seq=300 Ack=101 (the SYN's Seq + 1): one segment "
                           "acknowledges the SYN and carries "
                           "its own. The half-open request waits in the SYN queue, in "
                           "SYN-RECEIVED (RFC 9293 §3.10.7.2). Server arms "
                           "its retransmission timer: without an answer within 1 s it will send "
                           "again (RFC 6298 §5). Server's SYN "
                           "queue now holds 1 half-open request (backlog 128).");
    CHECK(steps[4].title == "SYN-ACK received, ACK sent");
    CHECK(steps[4].text == "Client receives the SYN-ACK. Its Ack=101 acknowledges the SYN (ISN + 1) "
                           "and its Seq=300 is the server's "
                           "own ISN, which Client records as IRS. Client enters ESTABLISHED and "
                           "sends the third segment: ACK with "
                           "Seq=101 and Ack=301 (IRS + 1) (RFC 9293 §3.10.7.3). Client sends 5 "
                           "bytes with Seq=101: they use the "
                           "numbers 101 to 105, so the peer will acknowledge them with 106 (RFC 9293 §3.4). "
                           "Client measures a round trip of 20 ms: SRTT 20 ms, RTTVAR 10 ms, so its next "
                           "retransmission timeout is 220 ms (RFC 6298 §2). Client arms its retransmission "
                           "timer: without an answer within 220 ms it will send again (RFC 6298 §5).");
    CHECK(steps[5].title == "handshake complete");
    CHECK(steps[5].text.startsWith("Server receives the ACK with Seq=101 and "
                                   "Ack=301, which acknowledges its SYN"));
}

TEST_CASE("a retransmitted SYN, a cookie SYN-ACK and a RST from a closed port "
          "each have their own words",
          "[ui][narration]")
{
    const auto lost = narrate_all("lost-syn");
    CHECK(lost[2].title == "application writes data");
    CHECK(lost[3].title == "lost (scenario)");
    CHECK(lost[4].title == "SYN retransmitted");
    CHECK(lost[4].text == "No SYN-ACK came back within Client's retransmission "
                          "timeout: it sends the SYN again with the same "
                          "Seq=100 (retransmission 1) and now waits 1 s (RFC "
                          "9293 §3.8.1, RFC 6298 §5).");
    bool cookie = false;
    for (const StepNarration& n : narrate_all("syn-flood-cookies"))
        cookie |= n.title == "SYN cookie sent" && n.text.contains("is a SYN cookie") && n.text.contains("RFC 4987");
    CHECK(cookie);
    const auto closed = narrate_all("closed-port");
    CHECK(closed[2].title == "no connection: RST");
    CHECK(closed[2].text.contains("RST-ACK, Seq=0 and Ack=101"));
    CHECK(closed[3].title == "connection refused");
}

TEST_CASE("a slow application: connections wait for accept(), a third ACK finds the queue full", "[ui][narration]")
{
    const auto slow = narrate_all("slow-accept");
    bool queued = false, dropped = false, accepted = false;
    for (const StepNarration& n : slow) {
        queued |= n.text.contains("it waits in the accept queue, which now holds 2 (backlog 1)");
        dropped |= n.title == "accept queue full: dropped" &&
                   n.text == "Server's accept queue is full: 2 connections wait for accept() with a backlog of 1. "
                             "Linux counts a queue full only when it holds more than its backlog, so 2 fit a backlog "
                             "of 1. Linux drops this ACK and keeps the half-open request, so the client believes it "
                             "is connected while Server will send its SYN-ACK again (tcp_abort_on_overflow 0).";
        accepted |= n.title == "application accept()s it" &&
                    n.text.startsWith("Server's application calls accept() and takes the oldest waiting connection; "
                                      "1 connection still waits in the accept queue. Server sends 5 bytes");
    }
    CHECK(queued);
    CHECK(dropped);
    CHECK(accepted);
}

TEST_CASE("why a queue of 5 for a backlog of 4 is full is said in the same words everywhere", "[ui][narration]")
{
    // Every built-in scenario whose queue fills: its description, the narration of each
    // drop, the diagram's tooltip on each full mark and the queue chart give the rule.
    int full_scenarios = 0;
    for (const Scenario& scenario : builtin_scenarios()) {
        Simulation sim(scenario);
        sim.run_to_end();
        DiagramView view;
        view.show_trace(sim.trace(), DiagramOptions{});
        std::set<std::uint32_t> full_backlogs;
        for (const DiagramQueueMark& mark : view.layout()->queue_marks()) {
            if (!mark.level.full())
                continue;
            full_backlogs.insert(mark.level.backlog);
            CHECK(view.queue_tip(mark.box.center()).endsWith(queue_full_rule(mark.level.backlog)));
        }
        if (full_backlogs.empty())
            continue;
        ++full_scenarios;
        INFO(scenario.name);
        REQUIRE(full_backlogs.size() == 1);
        const QString rule = queue_full_rule(*full_backlogs.begin());
        CHECK(scenario_description(scenario).contains(rule.chopped(1))); // a clause there, without its full stop
        const SeqNotation numbers(sim.trace(), Notation::Symbolic);
        for (std::uint32_t step = 1; step <= sim.trace().last_step(); ++step) {
            const StepNarration n = narrate_step(sim.trace(), numbers, step);
            if (n.title.contains("queue full"))
                CHECK(n.text.contains(rule));
        }
        ChartsPanel charts;
        charts.show_trace(sim.trace(), numbers, scenario.options.isn, scenario.options.seed);
        CHECK(charts.widget(0)->toolTip() == rule);
    }
    CHECK(full_scenarios == 3); // syn-flood, syn-flood-cookies, slow-accept
}

TEST_CASE("every step of every built-in scenario is narrated in full", "[ui][narration]")
{
    const QRegularExpression unfilled(QStringLiteral("%\\d"));
    for (const Scenario& s : builtin_scenarios()) {
        Simulation sim(s);
        sim.run_to_end();
        const SeqNotation numbers(sim.trace(), Notation::Absolute);
        for (std::uint32_t step = 0; step <= sim.trace().last_step(); ++step) {
            const StepNarration n = narrate_step(sim.trace(), numbers, step);
            INFO(s.name << " step " << step << ": " << n.text.toStdString());
            CHECK_FALSE(n.title.isEmpty());
            CHECK_FALSE(n.text.isEmpty());
            CHECK_FALSE(n.text.contains(unfilled));
            // The fallback ("Host: title.") means a sentence lacked the facts it needs.
            CHECK_FALSE(n.text.contains(QStringLiteral(": ") + n.title + QStringLiteral(".")));
        }
    }
}

TEST_CASE("the narration writes the handshake in the notation chosen", "[ui][narration]")
{
    const auto symbolic = narrate_all("normal", Notation::Symbolic);
    CHECK(symbolic[1].text.contains(QStringLiteral("ISN = x and sends a SYN with Seq=x")));
    CHECK(symbolic[1].text.contains(QStringLiteral("acknowledge x+1 (ISN + 1)")));
    CHECK(symbolic[3].text.contains(QStringLiteral("SYN-ACK Seq=y Ack=x+1")));
    const auto relative = narrate_all("normal", Notation::Relative);
    CHECK(relative[3].text.contains(QStringLiteral("SYN-ACK Seq=0 Ack=1")));
    const auto cookies = narrate_all("syn-flood-cookies", Notation::Symbolic);
    CHECK(std::any_of(cookies.begin(), cookies.end(), [](const StepNarration& n) {
        return n.text.contains(QStringLiteral("the SYN-ACK's Seq=c is a SYN cookie"));
    }));
}

TEST_CASE("every number the narration gives for a segment is the one its arrow shows", "[ui][narration]")
{
    // For every step of every built-in scenario, in each notation: each Seq= or Ack= of
    // the narration is the Seq or Ack of an arrow of that step in the diagram as it
    // stands then.
    static const DiagramTheme theme = DiagramTheme::make(ThemeKind::Light);
    for (const Scenario& s : builtin_scenarios()) {
        Simulation sim(s);
        sim.run_to_end(400); // a flood's first steps say all its narration says
        for (Notation notation : {Notation::Symbolic, Notation::Relative, Notation::Absolute}) {
            const SeqNotation numbers(sim.trace(), notation);
            std::size_t checked = 0;
            for (std::uint32_t step = 1; step <= sim.trace().last_step(); ++step) {
                DiagramOptions options;
                options.numbers = notation;
                options.upto_step = step;
                const DiagramLayout layout(sim.trace(), options, metrics_for(theme));
                QStringList shown;
                const auto [first, last] = sim.trace().events_of_step(step);
                for (std::size_t e = first; e < last; ++e) {
                    const TraceEvent& ev = sim.trace().events[e];
                    if (ev.kind == EventKind::SegmentSent || ev.kind == EventKind::SegmentDelivered ||
                        ev.kind == EventKind::SegmentLost || ev.kind == EventKind::SegmentDropped)
                        for (std::size_t a = 0; a < layout.arrows().size(); ++a)
                            if (layout.arrows()[a].segment == ev.ref)
                                shown << field_numbers(layout.label_text(a));
                }
                const StepNarration n = narrate_step(sim.trace(), numbers, step);
                for (const QString& number : field_numbers(n.text)) {
                    INFO(s.name << " " << notation_id(notation) << " step " << step << ": " << n.text.toStdString()
                                << " | diagram: " << shown.join(QStringLiteral(" ")).toStdString());
                    CHECK(shown.contains(number));
                    ++checked;
                }
            }
            INFO(s.name);
            CHECK(checked > 0);
        }
    }
}

TEST_CASE("in Chinese a space stands between Chinese and a Latin name or number", "[ui][narration]")
{
    REQUIRE(set_language("zh_CN"));
    static const QRegularExpression touching(QStringLiteral("[A-Za-z0-9]\\p{Han}|\\p{Han}[A-Za-z0-9]"));
    static const QRegularExpression parted(QStringLiteral("\\p{Han} \\p{Han}")); // no space inside Chinese
    for (const char* name : {"simultaneous-open", "normal", "slow-accept"})
        for (const StepNarration& n : narrate_all(name, Notation::Symbolic)) {
            INFO(name << ": " << n.text.toStdString());
            CHECK_FALSE(n.text.contains(touching));
            CHECK_FALSE(n.text.contains(parted));
        }
    const auto steps = narrate_all("simultaneous-open", Notation::Symbolic);
    CHECK(std::any_of(steps.begin(), steps.end(),
                      [](const StepNarration& n) { return n.text.contains(QStringLiteral("peer-a 调用 connect()")); }));
    set_language("en");
}

TEST_CASE("every explanation id has a title", "[ui][narration]")
{
    for (int id = int(Explain::Listening); id <= int(kLastExplain); ++id)
        CHECK_FALSE(explain_title(Explain(id)).isEmpty());
}

TEST_CASE("print the narration of every built-in scenario", "[.print]")
{
    for (const Scenario& s : builtin_scenarios()) {
        std::cout << "## " << s.name << "\n";
        for (const StepNarration& n : narrate_all(s.name.c_str()))
            std::cout << "[" << n.title.toStdString() << "] " << n.text.toStdString() << "\n";
    }
}

TEST_CASE("a late arrival and an acknowledged write are narrated from what the engine recorded", "[ui][narration]")
{
    // old-duplicate-syn: the client's first SYN is held back 40 ms; the step is named
    // after what its arrival does, and the delay is said with its amount.
    bool late = false;
    for (const StepNarration& n : narrate_all("old-duplicate-syn"))
        if (n.text.contains("arrives 40 ms later than the path's latency")) {
            late = true;
            CHECK(n.title != "delayed");
        }
    CHECK(late);
    // data-after-handshake: the client's write is acknowledged and its timer stops.
    bool acked = false;
    for (const StepNarration& n : narrate_all("lost-ack-with-data"))
        acked |= n.title == "data acknowledged" && n.text.contains("which acknowledges everything it sent") &&
                 n.text.contains("RFC 6298 §5.2");
    CHECK(acked);
}

TEST_CASE("the close is narrated with its numbers and the timer that runs at the end of each step", "[ui][narration][close]")
{
    const auto steps = narrate_all("close-three-way", Notation::Symbolic);
    const auto step_with = [&](const QString& title) {
        for (const StepNarration& n : steps)
            if (n.title == title)
                return n.text;
        return QString();
    };
    // The server's FIN carries the ACK it had delayed.
    CHECK(step_with("application calls close()").contains("FIN"));
    const QString three = step_with("FIN received: CLOSE-WAIT");
    CHECK(three.contains("waits up to 40 ms (the delayed-ACK timer)"));
    // The FIN that acknowledges the client's takes it through FIN-WAIT-2 to TIME-WAIT in
    // one step: the timer told is TIME-WAIT's, the one running when the step ends.
    QString time_wait;
    for (const StepNarration& n : steps)
        if (n.text.contains("receives the peer's FIN (Seq=w) in FIN-WAIT-2"))
            time_wait = n.text;
    CHECK(time_wait.contains("sends the last ACK, Ack=w+1"));
    CHECK(time_wait.contains("stays in TIME-WAIT for 60 s, Linux's fixed TCP_TIMEWAIT_LEN"));
    CHECK_FALSE(time_wait.contains("tcp_fin_timeout"));
    bool carried = false;
    for (const StepNarration& n : steps)
        carried |= n.text.contains("carries that ACK too, so this close takes three segments instead of four");
    CHECK(carried);
}
