#include "sim/trace.hpp"
#include "text/translatable.hpp"

namespace tcpviz {

// Short phrases, not sentences: they title a narration, label a state change in the
// event log and the ladder, and name the reason a segment was dropped.
const char* explain_phrase(Explain why)
{
    switch (why) {
    case Explain::None: return "";
    case Explain::Listening: return TCPVIZ_TRANSLATE_NOOP("Narration", "listening");
    case Explain::ActiveOpen: return TCPVIZ_TRANSLATE_NOOP("Narration", "connect(): SYN sent");
    case Explain::PresetEstablished: return TCPVIZ_TRANSLATE_NOOP("Narration", "connection from before");
    case Explain::HostRebooted: return TCPVIZ_TRANSLATE_NOOP("Narration", "host rebooted");
    case Explain::AppSend: return TCPVIZ_TRANSLATE_NOOP("Narration", "application writes data");
    case Explain::SynRetransmit: return TCPVIZ_TRANSLATE_NOOP("Narration", "SYN retransmitted");
    case Explain::SynTimeout: return TCPVIZ_TRANSLATE_NOOP("Narration", "connect() timed out");
    case Explain::HandshakeAck: return TCPVIZ_TRANSLATE_NOOP("Narration", "SYN-ACK received, ACK sent");
    case Explain::SimultaneousOpen: return TCPVIZ_TRANSLATE_NOOP("Narration", "simultaneous open");
    case Explain::SimultaneousOpenAck: return TCPVIZ_TRANSLATE_NOOP("Narration", "the crossing SYN-ACK acknowledged");
    case Explain::SimultaneousSynAck: return TCPVIZ_TRANSLATE_NOOP("Narration", "simultaneous open complete");
    case Explain::ConnectionRefused: return TCPVIZ_TRANSLATE_NOOP("Narration", "connection refused");
    case Explain::RstBadAckSynSent: return TCPVIZ_TRANSLATE_NOOP("Narration", "RST for a stale SYN-ACK");
    case Explain::SynAckReply: return TCPVIZ_TRANSLATE_NOOP("Narration", "SYN received, SYN-ACK sent");
    case Explain::SynAckRetransmit: return TCPVIZ_TRANSLATE_NOOP("Narration", "SYN-ACK retransmitted");
    case Explain::SynAckForDuplicateSyn: return TCPVIZ_TRANSLATE_NOOP("Narration", "SYN-ACK repeated for a repeated SYN");
    case Explain::RequestTimedOut: return TCPVIZ_TRANSLATE_NOOP("Narration", "half-open request expired");
    case Explain::SynQueueFull: return TCPVIZ_TRANSLATE_NOOP("Narration", "SYN queue full: SYN dropped");
    case Explain::CookieSynAck: return TCPVIZ_TRANSLATE_NOOP("Narration", "SYN cookie sent");
    case Explain::CookieAccepted: return TCPVIZ_TRANSLATE_NOOP("Narration", "SYN cookie accepted");
    case Explain::CookieRejected: return TCPVIZ_TRANSLATE_NOOP("Narration", "no valid cookie: RST");
    case Explain::HandshakeComplete: return TCPVIZ_TRANSLATE_NOOP("Narration", "handshake complete");
    case Explain::DataCompletesHandshake: return TCPVIZ_TRANSLATE_NOOP("Narration", "data completes the handshake");
    case Explain::RstBadAckSynReceived: return TCPVIZ_TRANSLATE_NOOP("Narration", "unacceptable ACK: RST");
    case Explain::ResetToListen: return TCPVIZ_TRANSLATE_NOOP("Narration", "reset: back to LISTEN");
    case Explain::ResetToClosed: return TCPVIZ_TRANSLATE_NOOP("Narration", "reset: connection closed");
    case Explain::TwoWayEstablished: return TCPVIZ_TRANSLATE_NOOP("Narration", "established after two segments (hypothetical)");
    case Explain::ConnectionQueued: return TCPVIZ_TRANSLATE_NOOP("Narration", "waits in the accept queue");
    case Explain::AppAccepted: return TCPVIZ_TRANSLATE_NOOP("Narration", "application accept()s it");
    case Explain::AcceptQueueFull: return TCPVIZ_TRANSLATE_NOOP("Narration", "accept queue full: dropped");
    case Explain::RstForClosedPort: return TCPVIZ_TRANSLATE_NOOP("Narration", "no connection: RST");
    case Explain::RstForAckInListen: return TCPVIZ_TRANSLATE_NOOP("Narration", "ACK in LISTEN: RST");
    case Explain::RstIgnored: return TCPVIZ_TRANSLATE_NOOP("Narration", "RST ignored");
    case Explain::AckForUnacceptableSeq: return TCPVIZ_TRANSLATE_NOOP("Narration", "out of window: ACK");
    case Explain::ChallengeAckSyn: return TCPVIZ_TRANSLATE_NOOP("Narration", "challenge ACK for a SYN");
    case Explain::ChallengeAckRst: return TCPVIZ_TRANSLATE_NOOP("Narration", "challenge ACK for a RST");
    case Explain::RstOutOfWindow: return TCPVIZ_TRANSLATE_NOOP("Narration", "RST outside the window");
    case Explain::AckTooNew: return TCPVIZ_TRANSLATE_NOOP("Narration", "ACK of unsent data");
    case Explain::NoAckDropped: return TCPVIZ_TRANSLATE_NOOP("Narration", "no ACK flag: dropped");
    case Explain::DataAccepted: return TCPVIZ_TRANSLATE_NOOP("Narration", "data received");
    case Explain::DataSent: return TCPVIZ_TRANSLATE_NOOP("Narration", "data sent");
    case Explain::DataReply: return TCPVIZ_TRANSLATE_NOOP("Narration", "data sent with an ACK");
    case Explain::DataRetransmit: return TCPVIZ_TRANSLATE_NOOP("Narration", "data retransmitted");
    case Explain::DataAcked: return TCPVIZ_TRANSLATE_NOOP("Narration", "data acknowledged");
    case Explain::ActiveClose: return TCPVIZ_TRANSLATE_NOOP("Narration", "application closes: FIN sent");
    case Explain::PassiveClose: return TCPVIZ_TRANSLATE_NOOP("Narration", "application closes after the peer: FIN sent");
    case Explain::ClosedBeforeEstablished: return TCPVIZ_TRANSLATE_NOOP("Narration", "closed before the handshake finished");
    case Explain::PeerFin: return TCPVIZ_TRANSLATE_NOOP("Narration", "FIN received: CLOSE-WAIT");
    case Explain::FinAcked: return TCPVIZ_TRANSLATE_NOOP("Narration", "FIN acknowledged");
    case Explain::SimultaneousClose: return TCPVIZ_TRANSLATE_NOOP("Narration", "FINs crossed: CLOSING");
    case Explain::PeerFinInFinWait2: return TCPVIZ_TRANSLATE_NOOP("Narration", "FIN received: TIME-WAIT");
    case Explain::ClosingAcked: return TCPVIZ_TRANSLATE_NOOP("Narration", "our FIN acknowledged: TIME-WAIT");
    case Explain::LastAckAcked: return TCPVIZ_TRANSLATE_NOOP("Narration", "last ACK received: CLOSED");
    case Explain::TimeWaitFinAgain: return TCPVIZ_TRANSLATE_NOOP("Narration", "FIN again: ACK, TIME-WAIT restarted");
    case Explain::TimeWaitExpired: return TCPVIZ_TRANSLATE_NOOP("Narration", "TIME-WAIT over: CLOSED");
    case Explain::FinRetransmit: return TCPVIZ_TRANSLATE_NOOP("Narration", "FIN retransmitted");
    case Explain::FinWait2Timeout: return TCPVIZ_TRANSLATE_NOOP("Narration", "FIN-WAIT-2 timeout: CLOSED");
    case Explain::CloseTimedOut: return TCPVIZ_TRANSLATE_NOOP("Narration", "FIN never acknowledged: CLOSED");
    case Explain::DataAfterClose: return TCPVIZ_TRANSLATE_NOOP("Narration", "data after close: RST");
    case Explain::UnreadDataReset: return TCPVIZ_TRANSLATE_NOOP("Narration", "closed with unread data: RST");
    case Explain::Abort: return TCPVIZ_TRANSLATE_NOOP("Narration", "abort: RST");
    case Explain::DelayedAck: return TCPVIZ_TRANSLATE_NOOP("Narration", "delayed ACK");
    case Explain::AppClose: return TCPVIZ_TRANSLATE_NOOP("Narration", "application calls close()");
    case Explain::AppShutdown: return TCPVIZ_TRANSLATE_NOOP("Narration", "application shuts down its sending side");
    case Explain::AppAbort: return TCPVIZ_TRANSLATE_NOOP("Narration", "application aborts (SO_LINGER 0)");
    case Explain::Unreachable: return TCPVIZ_TRANSLATE_NOOP("Narration", "no such host");
    case Explain::FaultDrop: return TCPVIZ_TRANSLATE_NOOP("Narration", "lost (scenario)");
    case Explain::UserLoss: return TCPVIZ_TRANSLATE_NOOP("Narration", "lost (by you)");
    case Explain::RandomLoss: return TCPVIZ_TRANSLATE_NOOP("Narration", "lost at random");
    case Explain::Delayed: return TCPVIZ_TRANSLATE_NOOP("Narration", "delayed");
    case Explain::ForgedSyn: return TCPVIZ_TRANSLATE_NOOP("Narration", "forged SYN");
    case Explain::FloodSyn: return TCPVIZ_TRANSLATE_NOOP("Narration", "SYN flood");
    case Explain::OldDuplicate: return TCPVIZ_TRANSLATE_NOOP("Narration", "old duplicate SYN");
    case Explain::LossArmed: return TCPVIZ_TRANSLATE_NOOP("Narration", "loss armed");
    case Explain::ProbeConnection: return TCPVIZ_TRANSLATE_NOOP("Narration", "attacker samples an ISN");
    case Explain::BlindSpoofAck: return TCPVIZ_TRANSLATE_NOOP("Narration", "blind spoofed ACK");
    case Explain::CapturedMidstream: return TCPVIZ_TRANSLATE_NOOP("Narration", "open before the capture began");
    case Explain::CapturedReset: return TCPVIZ_TRANSLATE_NOOP("Narration", "RST sent");
    case Explain::CapturedAck: return TCPVIZ_TRANSLATE_NOOP("Narration", "ACK");
    case Explain::LostAfterCapture: return TCPVIZ_TRANSLATE_NOOP("Narration", "probably lost after the capture point");
    }
    return "";
}

} // namespace tcpviz
