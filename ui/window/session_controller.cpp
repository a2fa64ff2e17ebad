#include "window/session_controller.hpp"

#include "capture/capture_import.hpp"
#include "formats/capture_text.hpp"
#include "window/language.hpp"
#include "formats/output_file.hpp"
#include "scenario/scenario_library.hpp"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace tcpviz {
namespace {

std::uint8_t server_of(const Simulation& sim)
{
    for (std::size_t i = 0; i < sim.trace().hosts.size(); ++i)
        if (sim.trace().hosts[i].role == HostRole::Server)
            return static_cast<std::uint8_t>(i);
    return kNoHost;
}

} // namespace

SessionController::SessionController(QObject* parent) : QObject(parent)
{
    connect(&timer_, &QTimer::timeout, this, &SessionController::tick);
    load(*builtin_scenario("normal"));
}

void SessionController::set_notation(Notation notation)
{
    if (notation == numbers_.notation())
        return;
    numbers_ = SeqNotation(notation);
    emit changed();
}

void SessionController::load(const Scenario& scenario)
{
    auto next = std::make_unique<Simulation>(scenario); // throws before anything changes
    pause();
    scenario_ = scenario;
    simulation_ = std::move(next);
    replay_.reset();
    const bool had_lesson = lesson_.has_value();
    lesson_.reset();
    lesson_stops_.clear();
    emit scenario_changed();
    if (had_lesson)
        emit lesson_changed();
    emit changed();
}

void SessionController::start_lesson(const Lesson& lesson)
{
    Simulation whole(lesson.scenario);
    whole.run_to_end();
    auto stops = lesson_stop_steps(lesson, whole.trace()); // throws before anything changes
    load(lesson.scenario);
    lesson_ = lesson;
    lesson_stops_ = std::move(stops);
    emit lesson_changed();
    emit changed();
}

int SessionController::lesson_stop_reached() const
{
    const auto past = std::upper_bound(lesson_stops_.begin(), lesson_stops_.end(), current_step());
    return int(past - lesson_stops_.begin()) - 1;
}

bool SessionController::at_lesson_stop() const
{
    return std::binary_search(lesson_stops_.begin(), lesson_stops_.end(), current_step());
}

bool SessionController::lesson_over() const
{
    return lesson_ && lesson_stop_reached() + 1 >= int(lesson_stops_.size());
}

void SessionController::continue_lesson()
{
    // After the last stop the lesson has said what it had to: playing on would run a
    // flood or a timeout to its end behind the closing text.
    if (!quiescent() && !lesson_over())
        play();
}

QString SessionController::load_file(const QString& path)
{
    try {
        load(load_scenario_file(path.toStdString()));
    } catch (const ScenarioError& e) {
        return message_text(e.message());
    }
    return {};
}

QString SessionController::load_capture(const QString& path, const ConversationChooser& choose)
{
    std::unique_ptr<Replay> next;
    try {
        Capture capture = read_capture(path.toStdString());
        ConversationList conversations = find_conversations(capture);
        std::vector<std::uint32_t> chosen = {1};
        if (conversations.size() > 1) {
            const auto picked = choose(conversations);
            if (!picked || picked->empty())
                return {};
            chosen = *picked;
        }
        next = std::make_unique<Replay>(import_conversations(std::move(capture), std::move(conversations), chosen));
    } catch (const CaptureError& e) {
        return message_text(e.message());
    }
    pause();
    const bool had_lesson = lesson_.has_value();
    lesson_.reset();
    lesson_stops_.clear();
    scenario_ = Scenario();
    scenario_.name = QFileInfo(path).fileName().toStdString();
    replay_ = std::move(next);
    emit scenario_changed();
    if (had_lesson)
        emit lesson_changed();
    emit changed();
    return {};
}

QString SessionController::save_file(const QString& path) const
{
    // Written whole or not at all: a failed save leaves no half-written file.
    try {
        write_text_atomically(path.toStdString(), scenario_to_json_text(scenario_));
    } catch (const ExportError&) {
        return QCoreApplication::translate("Session", "Cannot write '%1'.").arg(path);
    }
    return {};
}

bool SessionController::may_step()
{
    if (!step_guard_ || step_guard_())
        return true;
    pause();
    emit step_refused();
    return false;
}

void SessionController::step()
{
    if (!may_step())
        return;
    if (!advance_one()) {
        pause();
        return;
    }
    if (at_lesson_stop())
        pause(); // a moment that matters: the learner reads before going on
    emit changed();
}

void SessionController::back()
{
    pause();
    if (back_one())
        emit changed();
}

void SessionController::reset()
{
    pause();
    if (replay_)
        replay_->reset();
    else
        simulation_->reset();
    emit changed();
}

void SessionController::run_to_end()
{
    pause();
    if (replay_)
        replay_->run_to_end();
    else
        simulation_->run_to_end(5'000'000);
    emit changed();
}

void SessionController::go_to_step(std::uint32_t step)
{
    pause();
    if (replay_) {
        replay_->go_to_step(step);
    } else {
        while (simulation_->current_step() > step && simulation_->back()) {
        }
        while (simulation_->current_step() < step && simulation_->step()) {
        }
    }
    emit changed();
}

namespace {
constexpr int kRealTimeTickMs = 30;
}

void SessionController::play()
{
    if (timer_.isActive())
        return;
    play_clock_ = now();
    timer_.start(real_time_scale_ > 0 ? kRealTimeTickMs : std::max(1, int(1000.0 / events_per_second_)));
    emit playing_changed(true);
}

void SessionController::set_real_time(double scale)
{
    real_time_scale_ = std::max(0.0, scale);
    if (timer_.isActive())
        timer_.setInterval(real_time_scale_ > 0 ? kRealTimeTickMs : std::max(1, int(1000.0 / events_per_second_)));
}

void SessionController::pause()
{
    if (!timer_.isActive())
        return;
    timer_.stop();
    emit playing_changed(false);
}

void SessionController::set_speed(double events_per_second)
{
    events_per_second_ = std::clamp(events_per_second, 0.1, 1000.0);
    if (timer_.isActive())
        timer_.setInterval(std::max(1, int(1000.0 / events_per_second_)));
}

void SessionController::tick()
{
    if (real_time_scale_ <= 0) {
        step();
        return;
    }
    // Advance a play clock by the tick, scaled, and process what falls before it.
    if (!next_event_time()) {
        pause();
        return;
    }
    const auto advance = static_cast<std::int64_t>(kRealTimeTickMs * 1e6 * real_time_scale_);
    play_clock_ = std::max(play_clock_, now()) + advance;
    bool moved = false;
    for (auto next = next_event_time(); next && *next <= play_clock_; next = next_event_time()) {
        if (!may_step())
            break;
        advance_one();
        moved = true;
        if (at_lesson_stop()) {
            pause();
            break;
        }
    }
    if (moved)
        emit changed();
    // Idle stretches (a 60 s timeout) are skipped once they would last a real second,
    // as the diagram breaks them.
    if (const auto next = next_event_time();
        next && double(*next - play_clock_) / real_time_scale_ > 1e9)
        play_clock_ = *next - advance;
}

bool SessionController::apply(const Action& action)
{
    if (replay_ || !simulation_->apply(action)) // a capture is as it was recorded
        return false;
    emit changed();
    return true;
}

bool SessionController::lose_segment(std::uint32_t segment)
{
    Action a;
    a.kind = ActionKind::LoseSegment;
    a.segment = segment;
    return apply(a);
}

void SessionController::arm_loss(SegmentKind kind)
{
    Action a;
    a.kind = ActionKind::ArmLoss;
    a.loss_kind = kind;
    apply(a);
}

void SessionController::forge_syn(bool from_live_host)
{
    Action a;
    a.kind = ActionKind::ForgeSyn;
    a.host = simulation_->host_index("attacker");
    a.as = simulation_->host_index(from_live_host ? "spoofed" : "forged");
    a.target = server_of(*simulation_);
    if (a.target != kNoHost)
        apply(a);
}

void SessionController::close_application(HostRole role, CloseHow how)
{
    Action a;
    a.kind = ActionKind::Close;
    a.how = how;
    for (std::size_t i = 0; i < simulation_->trace().hosts.size() && a.host == kNoHost; ++i)
        if (simulation_->trace().hosts[i].role == role)
            a.host = static_cast<std::uint8_t>(i);
    if (a.host != kNoHost)
        apply(a);
}

void SessionController::flood(std::uint32_t count, double per_second)
{
    Action a;
    a.kind = ActionKind::Flood;
    a.host = simulation_->host_index("attacker");
    a.as = simulation_->host_index("forged");
    a.target = server_of(*simulation_);
    a.count = std::max<std::uint32_t>(1, count);
    a.interval = static_cast<std::int64_t>(1e9 / std::max(1.0, per_second));
    if (a.target != kNoHost)
        apply(a);
}

} // namespace tcpviz
