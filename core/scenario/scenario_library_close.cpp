// The built-in scenarios of the close (RFC 9293 §3.6, Figures 12 and 13): each opens,
// the client writes 5 bytes, the server answers 5, then the close under test.
#include "scenario/scenario_builders.hpp"

#include "text/translatable.hpp"

namespace tcpviz::build {

std::vector<Scenario> close_scenarios()
{
    std::vector<Scenario> all;
    constexpr std::size_t kClient = 0, kServer = 1;

    const Scenario three_way = with_exchange(
        base("close-three-way", TCPVIZ_TRANSLATE_NOOP("scenario", "Close in three segments"),
             TCPVIZ_TRANSLATE_NOOP("scenario", "The client closes 200 ms after reading the answer; the server's "
                                               "application closes as soon as it reads end-of-file, so under linux "
                                               "its FIN carries the delayed ACK of the client's FIN: FIN, FIN-ACK, "
                                               "ACK.")));
    all.push_back(three_way);

    Scenario four_way = with_exchange(base(
        "close-four-way", TCPVIZ_TRANSLATE_NOOP("scenario", "Close in four segments"),
        TCPVIZ_TRANSLATE_NOOP("scenario", "The server's application closes 1 s after end-of-file, so its ACK of the "
                                          "client's FIN goes alone when the delayed-ACK timer expires and its FIN "
                                          "follows: the four segments of RFC 9293 Figure 12.")));
    four_way.hosts[kServer].close = close_plan(CloseAfter::Eof, 1000);
    all.push_back(four_way);

    Scenario simultaneous = with_exchange(
        base("simultaneous-close", TCPVIZ_TRANSLATE_NOOP("scenario", "Simultaneous close"),
             TCPVIZ_TRANSLATE_NOOP("scenario", "Both applications close at the same moment, 200 ms after the "
                                               "exchange: the FINs cross, both pass through CLOSING and both wait "
                                               "in TIME-WAIT (RFC 9293 Figure 13).")));
    simultaneous.hosts[kClient].close = {};
    simultaneous.hosts[kServer].close = {};
    // The client reads the answer at 40 ms: both close 200 ms later.
    simultaneous.timeline.push_back(close_action(240, "client"));
    simultaneous.timeline.push_back(close_action(240, "server"));
    all.push_back(simultaneous);

    Scenario server_first = with_exchange(
        base("server-closes-first", TCPVIZ_TRANSLATE_NOOP("scenario", "The server closes first"),
             TCPVIZ_TRANSLATE_NOOP("scenario", "The server closes 200 ms after answering, the client 200 ms after "
                                               "it reads end-of-file: the server is the active closer, and it is "
                                               "the server that waits in TIME-WAIT.")));
    server_first.hosts[kServer].close = close_plan(CloseAfter::Write, 200);
    server_first.hosts[kClient].close = close_plan(CloseAfter::Eof, 200);
    all.push_back(server_first);

    Scenario half_close = with_exchange(
        base("half-close", TCPVIZ_TRANSLATE_NOOP("scenario", "Half-close"),
             TCPVIZ_TRANSLATE_NOOP("scenario", "The client shuts down its sending side right after writing; the "
                                               "server reads to end-of-file, then answers through the half-open "
                                               "direction and closes 200 ms later (RFC 9293 §3.6.1).")));
    half_close.hosts[kClient].close = close_plan(CloseAfter::Write, 0, CloseHow::Shutdown);
    half_close.hosts[kServer].reply_at_eof = true;
    half_close.hosts[kServer].close = close_plan(CloseAfter::Write, 200);
    all.push_back(half_close);

    Scenario unread = with_exchange(
        base("close-unread-data-rst", TCPVIZ_TRANSLATE_NOOP("scenario", "Close with unread data: RST"),
             TCPVIZ_TRANSLATE_NOOP("scenario", "The server's application closes 200 ms after accepting, without "
                                               "reading the request: TCP sends RST instead of FIN, because data "
                                               "was lost (RFC 2525 §2.17).")));
    unread.hosts[kServer].reads = false;
    unread.hosts[kServer].close = close_plan(CloseAfter::Established, 200);
    all.push_back(unread);

    Scenario abort = with_exchange(
        base("abort", TCPVIZ_TRANSLATE_NOOP("scenario", "Abort with RST"),
             TCPVIZ_TRANSLATE_NOOP("scenario", "The client sets SO_LINGER to 0 and closes 200 ms after reading the "
                                               "answer: one RST ends the connection on both sides, with no FIN and "
                                               "no TIME-WAIT (RFC 9293 §3.10.5).")));
    abort.hosts[kClient].close = close_plan(CloseAfter::Read, 200, CloseHow::Abort);
    all.push_back(abort);

    Scenario lost_fin = three_way;
    lost_fin.name = "lost-fin";
    lost_fin.title = TCPVIZ_TRANSLATE_NOOP("scenario", "Lost FIN");
    lost_fin.description = TCPVIZ_TRANSLATE_NOOP("scenario", "The close in three segments, but the client's first "
                                                             "FIN is lost: it sends it again when its RTO, measured "
                                                             "from the connection's round trips, expires.");
    lost_fin.faults = {drop(SegmentKind::Fin, 1, "client")};
    all.push_back(lost_fin);

    Scenario lost_last_ack = three_way;
    lost_last_ack.name = "lost-last-ack";
    lost_last_ack.title = TCPVIZ_TRANSLATE_NOOP("scenario", "Lost last ACK");
    lost_last_ack.description = TCPVIZ_TRANSLATE_NOOP(
        "scenario", "The close in three segments, but the client's last ACK is lost: the server retransmits its FIN "
                    "from LAST-ACK, and the client, in TIME-WAIT, acknowledges it again.");
    // The client's pure ACKs: the handshake's third segment, the ACK of the answer, the last.
    lost_last_ack.faults = {drop(SegmentKind::Ack, 3, "client")};
    all.push_back(lost_last_ack);

    Scenario forever = with_exchange(
        base("close-wait-forever", TCPVIZ_TRANSLATE_NOOP("scenario", "CLOSE-WAIT forever"),
             TCPVIZ_TRANSLATE_NOOP("scenario", "The server's application never closes: the server stays in "
                                               "CLOSE-WAIT, and the client's orphaned FIN-WAIT-2 ends after Linux's "
                                               "60 s tcp_fin_timeout.")));
    forever.hosts[kServer].close = {};
    all.push_back(forever);

    return all;
}

} // namespace tcpviz::build
