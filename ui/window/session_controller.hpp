#pragma once
// Owns the running Simulation for the window: step, back, play, reset and the live
// injections, each reported by one signal. Widgets read the trace; none of them holds
// protocol state or decides protocol behaviour.
#include "capture/conversations.hpp"
#include "capture/replay.hpp"
#include "teaching/lesson.hpp"
#include "teaching/seq_notation.hpp"
#include "scenario/scenario.hpp"
#include "sim/simulation.hpp"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tcpviz {

class SessionController : public QObject {
    Q_OBJECT
public:
    explicit SessionController(QObject* parent = nullptr);

    // The scenario's simulation; while a capture is open it stays loaded behind it.
    const Simulation& simulation() const { return *simulation_; }
    const Scenario& scenario() const { return scenario_; }
    // A capture is open: the views step through its recorded trace, and nothing can be
    // injected into it.
    bool replaying() const { return replay_ != nullptr; }
    const Replay& replay() const { return *replay_; }
    // What every view shows: the trace so far, of the capture or the simulation.
    const Trace& trace() const { return replay_ ? replay_->trace() : simulation_->trace(); }
    std::uint32_t current_step() const { return replay_ ? replay_->current_step() : simulation_->current_step(); }
    std::int64_t now() const { return replay_ ? replay_->now() : simulation_->now(); }
    bool quiescent() const { return replay_ ? replay_->quiescent() : simulation_->quiescent(); }
    bool playing() const { return timer_.isActive(); }
    // How every view writes Seq and Ack; the notation follows the trace as it changes.
    const SeqNotation& numbers() const
    {
        numbers_.sync(trace());
        return numbers_;
    }
    void set_notation(Notation notation);
    double speed() const { return events_per_second_; }

    // Replaces the running scenario (and resets), ending any lesson. Throws
    // ScenarioError if it is unusable.
    void load(const Scenario& scenario);

    // A lesson runs its scenario and pauses play at each of its stops. Throws
    // ScenarioError if the scenario is unusable or a stop never comes.
    void start_lesson(const Lesson& lesson);
    const std::optional<Lesson>& lesson() const { return lesson_; }
    const std::vector<std::uint32_t>& lesson_stops() const { return lesson_stops_; }
    // The last stop at or before the current step (-1: none yet, the introduction).
    int lesson_stop_reached() const;
    // The last stop is reached: the lesson has nothing more to show.
    bool lesson_over() const;
    // Plays on to the next stop, where play pauses; nothing after the last stop.
    void continue_lesson();

    // While set, Step and Play ask it before each step; a refusal pauses play and emits
    // step_refused() (predict, then reveal holds the next segment until predicted).
    void set_step_guard(std::function<bool()> may_step) { step_guard_ = std::move(may_step); }
    // Returns an empty string on success, else one sentence for the user.
    QString load_file(const QString& path);
    // Picks the conversations to show of those a capture holds (numbers, 1-based); none:
    // the user changed their mind.
    using ConversationChooser =
        std::function<std::optional<std::vector<std::uint32_t>>(const ConversationList&)>;
    // Opens a pcap or pcapng capture. Returns an empty string on success (or when
    // `choose` declines), else one sentence for the user.
    QString load_capture(const QString& path, const ConversationChooser& choose);
    QString save_file(const QString& path) const;

public slots:
    void step();
    void back();
    void reset();
    void run_to_end();
    void play();
    void pause();
    void set_speed(double events_per_second);
    // Play in virtual time instead: `scale` seconds of virtual time per real second
    // (1 = real time, 0.1 = ten times slower); 0 returns to events per second.
    void set_real_time(double scale);
    // Moves to the state after `step` (backwards or forwards).
    void go_to_step(std::uint32_t step);

    bool lose_segment(std::uint32_t segment);
    void arm_loss(tcpviz::SegmentKind kind);
    // One SYN from an unreachable forged source, or from a live host that answers RST.
    void forge_syn(bool from_live_host);
    void flood(std::uint32_t count, double per_second);
    // The application of the first host in `role` closes its connection now, as `how` says.
    void close_application(tcpviz::HostRole role, tcpviz::CloseHow how);

signals:
    void changed();           // the simulation moved: step, back, injection
    void scenario_changed();  // a different scenario (new hosts, new trace)
    void lesson_changed();    // a lesson started or ended
    void step_refused();      // the step guard held a step back
    void playing_changed(bool playing);

private:
    bool apply(const Action& action);
    void tick();
    // One step of whichever runs: the replay or the simulation.
    bool advance_one() { return replay_ ? replay_->step() : simulation_->step(); }
    bool back_one() { return replay_ ? replay_->back() : simulation_->back(); }
    std::optional<std::int64_t> next_event_time() const
    {
        return replay_ ? replay_->next_event_time() : simulation_->next_event_time();
    }
    bool at_lesson_stop() const;
    bool may_step();

    Scenario scenario_;                      // as loaded, and as saved
    std::unique_ptr<Simulation> simulation_; // runs an extended copy (see load)
    std::unique_ptr<Replay> replay_;         // an open capture
    QTimer timer_;
    double events_per_second_ = 2.0;
    double real_time_scale_ = 0; // > 0: play follows the virtual clock
    std::int64_t play_clock_ = 0; // virtual time reached by real-time play
    std::optional<Lesson> lesson_;
    std::vector<std::uint32_t> lesson_stops_; // the step of each stop
    std::function<bool()> step_guard_;
    mutable SeqNotation numbers_;
};

} // namespace tcpviz
