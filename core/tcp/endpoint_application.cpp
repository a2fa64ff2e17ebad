// Endpoint: the socket's user. What the application reads, writes and when it closes,
// as RFC 9293 §3.9 calls it (SEND, RECEIVE, CLOSE, ABORT) and Linux behaves.
#include "tcp/endpoint.hpp"

namespace tcpviz {

void Endpoint::plan_close(CloseAfter what, EndpointContext& ctx)
{
    if (app.starts_close(what))
        ctx.close_planned(*this, app.close_plan.delay);
}

AppMessage Endpoint::application_reads(EndpointContext& ctx)
{
    const Application::ReadResult read = app.read_available();
    if (read.data)
        plan_close(CloseAfter::Read, ctx);
    const AppMessage answer = app.answer_to(read);
    if (read.eof)
        plan_close(CloseAfter::Eof, ctx);
    return answer;
}

void Endpoint::application_accepts(EndpointContext& ctx)
{
    app.accepted = true;
    // It reads what arrived while it waited in the accept queue, and answers that.
    app.answer = application_reads(ctx);
    flush_application(ctx);
}

void Endpoint::flush_application(EndpointContext& ctx)
{
    const bool may_send = state == TcpState::Established || state == TcpState::CloseWait;
    if (!may_send)
        return;
    // connect() or accept() has returned the connection to the application.
    if (app.accepted)
        plan_close(CloseAfter::Established, ctx);
    if (!unacked.empty())
        return;
    if (const Application::Write w = app.next_write(); !w.message.empty())
        send_data(w.message, w.is_answer ? Explain::DataReply : Explain::DataSent, false, ctx);
    if (fin_waits && !app.has_unsent()) // close() came after the write
        send_fin(state == TcpState::CloseWait ? TcpState::LastAck : TcpState::FinWait1,
                 state == TcpState::CloseWait ? Explain::PassiveClose : Explain::ActiveClose, ctx);
}

void Endpoint::app_send(AppMessage message, EndpointContext& ctx)
{
    app.pending = message;
    flush_application(ctx);
}

bool Endpoint::application_closes(CloseHow how, EndpointContext& ctx)
{
    switch (how) {
    case CloseHow::Shutdown: return shutdown(ctx);
    case CloseHow::Abort:
        // Nothing to reset before the peer knows the connection (SYN-SENT is simply
        // deleted) or once it is over (TIME-WAIT, CLOSED).
        if (state == TcpState::SynSent || state == TcpState::TimeWait || state == TcpState::Closed)
            return close(ctx);
        reset(Explain::Abort, ctx);
        return true;
    case CloseHow::Close:
        if ((state == TcpState::Established || state == TcpState::CloseWait) && app.unread > 0) {
            reset(Explain::UnreadDataReset, ctx);
            return true;
        }
        return close(ctx);
    }
    return false;
}

void Endpoint::reset(Explain why, EndpointContext& ctx)
{
    send_segment(make(flag::RST | flag::ACK, snd_nxt, rcv_nxt, ctx.now()), why, false, ctx);
    stop_timer(why, ctx);
    set_state(TcpState::Closed, why, ctx);
}

} // namespace tcpviz
