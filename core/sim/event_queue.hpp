#pragma once
// The simulation's pending events, earliest (time, order) first.
//
// Almost every event is scheduled a fixed delay after "now" (the link latency, half of
// it for a loss, a flood's interval, an RTO), and "now" never goes back, so the events
// of one delay arrive already sorted. Keeping one FIFO lane per delay makes push and
// pop O(number of lanes) with no heap walking through cache-cold memory: a flood with
// tens of thousands of segments in flight stays fast.
#include <algorithm>
#include <cstdint>
#include <vector>

namespace tcpviz {

enum class EventType : std::uint8_t {
    Arrival,
    Loss,
    Timer,
    ScenarioAction,
    FloodNext,
    Accept,
    DelayedAck,
    AppClose,
    Cancelled, // a removed event, left in its lane until the lane's head passes it
};

struct ScheduledEvent {
    std::int64_t time = 0;
    std::uint64_t order = 0; // insertion order: equal times keep a deterministic order
    EventType type = EventType::Arrival;
    std::uint8_t host = 0;
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    friend bool operator==(const ScheduledEvent&, const ScheduledEvent&) = default;
};

class EventQueue {
public:
    // `delay` = event.time - now; must not be negative.
    void push(const ScheduledEvent& event, std::int64_t delay);
    bool empty() const { return size_ == 0; }
    std::size_t size() const { return size_; }
    const ScheduledEvent* earliest() const;
    bool pop(ScheduledEvent& out);
    // Removes the first event matching `match`; false if none does. An event removed
    // stays in its lane as Cancelled, so that removing costs no moving of the others.
    template <typename Match>
    bool remove_first(Match match)
    {
        for (Lane& lane : lanes_)
            for (std::size_t i = lane.head; i < lane.events.size(); ++i)
                if (lane.events[i].type != EventType::Cancelled && match(lane.events[i])) {
                    cancel(lane, i);
                    return true;
                }
        return false;
    }
    // The same for an event known to be due at `time`: a lane's times never decrease,
    // so each lane is searched by halves (a timer stopped among 100,000 pending).
    template <typename Match>
    bool remove_first_at(std::int64_t time, Match match)
    {
        for (Lane& lane : lanes_) {
            auto it = std::lower_bound(lane.events.begin() + static_cast<std::ptrdiff_t>(lane.head), lane.events.end(),
                                       time, [](const ScheduledEvent& e, std::int64_t t) { return e.time < t; });
            for (; it != lane.events.end() && it->time == time; ++it)
                if (it->type != EventType::Cancelled && match(*it)) {
                    cancel(lane, static_cast<std::size_t>(it - lane.events.begin()));
                    return true;
                }
        }
        return false;
    }
    template <typename Visit>
    void for_each(Visit visit) const
    {
        for (const Lane& lane : lanes_)
            for (std::size_t i = lane.head; i < lane.events.size(); ++i)
                if (lane.events[i].type != EventType::Cancelled)
                    visit(lane.events[i]);
    }

    friend bool operator==(const EventQueue& a, const EventQueue& b);

private:
    // A FIFO as a vector and a read position; popped slots are reclaimed in bulk.
    struct Lane {
        std::int64_t delay = 0;
        std::vector<ScheduledEvent> events;
        std::size_t head = 0;

        Lane() = default;
        Lane(std::int64_t d) : delay(d) {}
        // A copy (a snapshot) keeps only the events still waiting.
        Lane(const Lane& other) : delay(other.delay) { copy_waiting(other); }
        Lane& operator=(const Lane& other)
        {
            if (this != &other) {
                delay = other.delay;
                events.clear();
                head = 0;
                copy_waiting(other);
            }
            return *this;
        }
        void copy_waiting(const Lane& other)
        {
            events.reserve(other.events.size() - other.head);
            for (std::size_t i = other.head; i < other.events.size(); ++i)
                if (other.events[i].type != EventType::Cancelled)
                    events.push_back(other.events[i]);
        }
        Lane(Lane&&) noexcept = default;
        Lane& operator=(Lane&&) noexcept = default;
        bool empty() const { return head == events.size(); }
        const ScheduledEvent& front() const { return events[head]; }
    };
    Lane* lane_with_earliest();
    void cancel(Lane& lane, std::size_t index);
    static void skip_cancelled(Lane& lane);

    std::vector<Lane> lanes_;
    std::size_t size_ = 0;
};

} // namespace tcpviz
