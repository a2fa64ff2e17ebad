#include "teaching/predict_panel.hpp"

#include "teaching/narration.hpp"
#include "window/session_controller.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QResizeEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tcpviz {
namespace {

// Reading ahead copies the simulation: beyond this many events (a flood) it is too slow
// to do before every step, and predicting a flood segment by segment teaches nothing.
constexpr std::size_t kMaxPredictedTrace = 100'000;
constexpr int kSideBySideWidth = 480; // px from which the result stands beside the question

constexpr std::uint8_t kFlagChoices[] = {flag::SYN,           flag::SYN | flag::ACK, flag::ACK,
                                         flag::PSH | flag::ACK, flag::FIN | flag::ACK, flag::RST,
                                         flag::RST | flag::ACK};
// Every state of RFC 9293 Figure 5, in the order a connection meets them.
constexpr TcpState kStateChoices[] = {TcpState::Closed,    TcpState::Listen,   TcpState::SynSent,
                                      TcpState::SynReceived, TcpState::Established, TcpState::FinWait1,
                                      TcpState::FinWait2,  TcpState::CloseWait, TcpState::Closing,
                                      TcpState::LastAck,   TcpState::TimeWait};

// The answer in the notation in force, with the number on the wire beside it.
QString number(const std::array<std::string, 3>& text, Notation notation)
{
    const QString shown = QString::fromStdString(text[std::size_t(notation)]);
    const QString wire = QString::fromStdString(text[std::size_t(Notation::Absolute)]);
    return shown == wire ? shown : PredictPanel::tr("%1 (on the wire %2)").arg(shown, wire);
}

} // namespace

PredictPanel::PredictPanel(SessionController& session, QWidget* parent) : QWidget(parent), session_(session)
{
    question_ = new QLabel(this);
    question_->setWordWrap(true);
    flags_ = new QComboBox(this);
    // No answer is chosen for the learner: the first choice is none.
    flags_->addItem(tr("choose…"), 0);
    for (std::uint8_t f : kFlagChoices)
        flags_->addItem(QString::fromStdString(flags_name(f)), f);
    // A number in any notation: x+1, y₂, 1 or 4294967295 (QIntValidator stops at 2^31).
    const auto* number_validator = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9a-zA-Z\\x{2080}-\\x{2089}\\x{2032}+\\- ]{1,24}")), this);
    seq_ = new QLineEdit(this);
    seq_->setValidator(number_validator);
    seq_->setPlaceholderText(tr("x+1, 1 or 101"));
    ack_ = new QLineEdit(this);
    ack_->setValidator(number_validator);
    ack_->setPlaceholderText(tr("empty: no ACK flag"));
    state_ = new QComboBox(this);
    state_->addItem(tr("choose…"), -2);
    for (TcpState s : kStateChoices)
        state_->addItem(QString::fromLatin1(state_name(s)), int(s));
    state_->addItem(tr("it never arrives"), -1);
    reveal_ = new QPushButton(tr("Reveal"), this);
    reveal_->setToolTip(tr("Send the segment and mark the prediction"));
    result_ = new QTextBrowser(this);
    result_->setFrameShape(QFrame::NoFrame);
    score_ = new QLabel(this);
    score_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // fields under their labels in a narrow dock
    form->addRow(tr("Flags"), flags_);
    form->addRow(QStringLiteral("Seq"), seq_);
    form->addRow(QStringLiteral("Ack"), ack_);
    form->addRow(tr("Receiver's next state"), state_);
    auto* asking = new QVBoxLayout;
    asking->addWidget(question_);
    asking->addLayout(form);
    asking->addWidget(reveal_);
    asking->addWidget(score_);
    asking->addStretch(1);
    // The last result stays in sight while the next question is asked: beside it in a
    // wide panel, above it in a narrow one (resizeEvent).
    layout_ = new QBoxLayout(QBoxLayout::LeftToRight, this);
    layout_->addLayout(asking, 1);
    layout_->addWidget(result_, 1);

    connect(reveal_, &QPushButton::clicked, this, &PredictPanel::reveal);
    connect(&session_, &SessionController::changed, this, &PredictPanel::refresh);
    connect(&session_, &SessionController::scenario_changed, this, &PredictPanel::reset_score);
    connect(&session_, &SessionController::lesson_changed, this, &PredictPanel::reset_score);
    connect(&session_, &SessionController::step_refused, this, [this] {
        question_->setText(question_->text() + QStringLiteral("<br>") +
                           tr("<b>Predict first:</b> fill in the segment below, then press Reveal."));
        seq_->setFocus();
    });
    reset_score();
}

void PredictPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layout_->setDirection(width() >= kSideBySideWidth ? QBoxLayout::LeftToRight : QBoxLayout::BottomToTop);
}

void PredictPanel::set_active(bool on)
{
    active_ = on;
    // Held back: the step that would send the segment being predicted. The guard may
    // outlive this panel (a window is destroyed before its session is): then it holds nothing.
    QPointer<PredictPanel> self(this);
    session_.set_step_guard(on ? std::function<bool()>([self] {
        return !self || self->revealing_ || !self->answer_ ||
               self->answer_->send_step != self->session_.current_step() + 1;
    })
                               : std::function<bool()>());
    refresh();
}

void PredictPanel::carry_score_from(const PredictPanel& other)
{
    right_ = other.right_;
    asked_ = other.asked_;
    segments_ = other.segments_;
    refresh();
}

void PredictPanel::reset_score()
{
    right_ = asked_ = segments_ = 0;
    result_->clear();
    result_->hide(); // until there is a result, the question has the room
    refresh();
}

void PredictPanel::refresh()
{
    answer_.reset();
    const Trace& trace = session_.trace();
    if (active_ && session_.replaying())
        answer_ = next_segment_answer(session_.replay().recorded(), session_.current_step());
    else if (active_ && trace.events.size() <= kMaxPredictedTrace)
        answer_ = next_segment_answer(session_.simulation());
    const bool asking = answer_.has_value();
    if (asking && answer_->segment != asked_segment_) {
        // A new question starts blank.
        asked_segment_ = answer_->segment;
        set_prediction({});
        state_->setCurrentIndex(0);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{flags_, seq_, ack_, state_, reveal_})
        w->setEnabled(asking);
    if (!active_)
        question_->setText(tr("Turn on Predict, then reveal (Simulation menu) to predict each segment before it "
                              "is shown."));
    else if (!session_.replaying() && trace.events.size() > kMaxPredictedTrace)
        question_->setText(tr("This run is too long to predict segment by segment."));
    else if (!asking)
        question_->setText(tr("No segment is left to predict."));
    else {
        const QString sender = host_title(trace, answer_->sender);
        const QString receiver = answer_->receiver == kNoHost ? QString::fromStdString(ipv4_text(answer_->seg.dst_addr))
                                                              : host_title(trace, answer_->receiver);
        const std::uint32_t quiet = answer_->send_step - session_.current_step() - 1; // steps that send nothing
        question_->setText(quiet == 0 ? tr("Next, %1 sends a segment to %2. What will it be?").arg(sender, receiver)
                                      : tr("No segment this step: step on (%n step(s) send nothing). Then %1 sends "
                                           "a segment to %2. What will it be?",
                                           nullptr, int(quiet))
                                            .arg(sender, receiver));
    }
    score_->setText(tr("Score: %1 of %2 fields right over %n segment(s)", nullptr, segments_).arg(right_).arg(asked_));
}

Prediction PredictPanel::prediction() const
{
    Prediction p;
    p.flags = static_cast<std::uint8_t>(flags_->currentData().toUInt());
    if (!seq_->text().trimmed().isEmpty())
        p.seq = seq_->text().toStdString();
    if (!ack_->text().trimmed().isEmpty())
        p.ack = ack_->text().toStdString();
    if (const int s = state_->currentData().toInt(); s >= 0)
        p.receiver_state = TcpState(s);
    else if (s == -2)
        p.receiver_state = TcpState(0xff); // not chosen: never right
    return p;
}

void PredictPanel::set_prediction(const Prediction& p)
{
    flags_->setCurrentIndex(flags_->findData(p.flags));
    seq_->setText(p.seq ? QString::fromStdString(*p.seq) : QString());
    ack_->setText(p.ack ? QString::fromStdString(*p.ack) : QString());
    state_->setCurrentIndex(state_->findData(p.receiver_state ? int(*p.receiver_state) : -1));
}

void PredictPanel::reveal()
{
    if (!answer_)
        return;
    const SegmentAnswer answer = *answer_;
    const Prediction p = prediction();
    const Marking m = mark(answer, p);
    right_ += m.right();
    asked_ += Marking::kFields;
    ++segments_;
    const QString text = explanation(m, p);
    // Now show it: step up to and including the step that sends it.
    revealing_ = true;
    while (session_.current_step() < answer.send_step && !session_.quiescent())
        session_.step();
    revealing_ = false;
    result_->setHtml(text);
    result_->show();
}

QString PredictPanel::result_text() const
{
    return result_->toPlainText();
}

QString PredictPanel::question_text() const
{
    return question_->text();
}

QString PredictPanel::explanation(const Marking& m, const Prediction& p) const
{
    const SegmentAnswer& a = *answer_;
    const Trace& trace = session_.trace();
    const Segment& s = a.seg;
    const QString sender = host_title(trace, a.sender);
    const QString receiver =
        a.receiver == kNoHost ? QString::fromStdString(ipv4_text(s.dst_addr)) : host_title(trace, a.receiver);
    const QString right = QStringLiteral("✔ "), wrong = QStringLiteral("✘ ");
    QStringList lines;
    const QString flags = QString::fromStdString(flags_name(s.flags));
    lines << (m.flags ? right + tr("Flags: %1.").arg(flags)
                      : wrong + tr("Flags: it is %1, not %2 (%3).")
                                    .arg(flags, QString::fromStdString(flags_name(p.flags)), explain_title(a.why)));
    const Notation notation = session_.numbers().notation();
    const QString seq = number(a.seq_text, notation);
    if (m.seq)
        lines << right + tr("Seq=%1.").arg(seq);
    else if (s.has(flag::SYN))
        lines << wrong + tr("Seq is %1: a SYN carries its sender's initial sequence number (ISN).").arg(seq);
    else
        lines << wrong + tr("Seq is %1: the next sequence number %2 has not used yet (SND.NXT).").arg(seq, sender);
    const QString ack = number(a.ack_text, notation);
    if (m.ack)
        lines << right + (s.has(flag::ACK) ? tr("Ack=%1.").arg(ack) : tr("No ACK flag, so no Ack."));
    else if (!s.has(flag::ACK))
        lines << wrong + tr("This segment has no ACK flag, so it acknowledges nothing.");
    else
        lines << wrong + tr("Ack is %1: the next number %2 expects from %3 (RCV.NXT), that is the Seq it last "
                            "received plus that segment's length, a SYN counting as one.")
                             .arg(ack, sender, receiver);
    if (!a.receiver_state) {
        lines << (m.state ? right : wrong) + tr("It never arrives: it is lost on the way.");
    } else {
        const QString state = QString::fromLatin1(state_name(*a.receiver_state));
        const QString why = a.arrival_why == Explain::None ? tr("nothing changes") : explain_title(a.arrival_why);
        lines << (m.state ? right + tr("%1 is then in %2.").arg(receiver, state)
                          : wrong + tr("Once it arrives, %1 is in %2 (%3).").arg(receiver, state, why));
    }
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(tr("Last segment, %1 from %2: %3 of %4 right")
                                .arg(flags, sender)
                                .arg(m.right())
                                .arg(Marking::kFields)
                                .toHtmlEscaped());
    for (const QString& line : lines)
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    return html;
}

} // namespace tcpviz
