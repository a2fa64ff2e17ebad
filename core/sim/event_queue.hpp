#pragma once
// The simulation's pending events, earliest (time, order) first.
//
// Almost every event is scheduled a fixed delay after "now" (the link latency, half of
// it for a loss, a flood's interval, an RTO), and "now" never goes back, so the events
// of one delay arrive already sorted. Keeping one FIFO lane per delay makes push and
// pop O(number of lanes) with no heap walking through cache-cold memory: a flood with
// tens of thousands of segments in flight stays fast.
#include <cstdint>
#include <vector>

namespace tcpviz {

enum class EventType : std::uint8_t { Arrival, Loss, Timer, ScenarioAction, FloodNext, Accept, DelayedAck, AppClose };

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
    // Removes the first event matching `match`; false if none does.
    template <typename Match>
    bool remove_first(Match match)
    {
        for (Lane& lane : lanes_)
            for (auto it = lane.events.begin() + static_cast<std::ptrdiff_t>(lane.head); it != lane.events.end(); ++it)
                if (match(*it)) {
                    lane.events.erase(it);
                    --size_;
                    return true;
                }
        return false;
    }
    template <typename Visit>
    void for_each(Visit visit) const
    {
        for (const Lane& lane : lanes_)
            for (std::size_t i = lane.head; i < lane.events.size(); ++i)
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
        Lane(const Lane& other)
            : delay(other.delay),
              events(other.events.begin() + static_cast<std::ptrdiff_t>(other.head), other.events.end())
        {
        }
        Lane& operator=(const Lane& other)
        {
            if (this != &other) {
                delay = other.delay;
                events.assign(other.events.begin() + static_cast<std::ptrdiff_t>(other.head), other.events.end());
                head = 0;
            }
            return *this;
        }
        Lane(Lane&&) noexcept = default;
        Lane& operator=(Lane&&) noexcept = default;
        bool empty() const { return head == events.size(); }
        const ScheduledEvent& front() const { return events[head]; }
    };
    Lane* lane_with_earliest();

    std::vector<Lane> lanes_;
    std::size_t size_ = 0;
};

} // namespace tcpviz
