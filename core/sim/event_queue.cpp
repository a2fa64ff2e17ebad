#include "sim/event_queue.hpp"

#include <algorithm>

namespace tcpviz {
namespace {

bool earlier(const ScheduledEvent& x, const ScheduledEvent& y)
{
    return x.time != y.time ? x.time < y.time : x.order < y.order;
}

constexpr std::size_t kMaxIdleLanes = 32;
constexpr std::size_t kCompactAfter = 4096;

} // namespace

bool operator==(const EventQueue& a, const EventQueue& b)
{
    // Equal when the same events wait in the same lanes, wherever their read positions
    // are and whatever was cancelled among them.
    if (a.size_ != b.size_ || a.lanes_.size() != b.lanes_.size())
        return false;
    const auto waiting = [](const std::vector<ScheduledEvent>& events, std::size_t from) {
        std::vector<ScheduledEvent> out;
        for (std::size_t i = from; i < events.size(); ++i)
            if (events[i].type != EventType::Cancelled)
                out.push_back(events[i]);
        return out;
    };
    for (std::size_t i = 0; i < a.lanes_.size(); ++i) {
        const auto& x = a.lanes_[i];
        const auto& y = b.lanes_[i];
        if (x.delay != y.delay || waiting(x.events, x.head) != waiting(y.events, y.head))
            return false;
    }
    return true;
}

void EventQueue::skip_cancelled(Lane& lane)
{
    while (lane.head < lane.events.size() && lane.events[lane.head].type == EventType::Cancelled)
        ++lane.head;
    if (lane.empty()) {
        lane.events.clear();
        lane.head = 0;
    }
}

void EventQueue::cancel(Lane& lane, std::size_t index)
{
    lane.events[index].type = EventType::Cancelled;
    --size_;
    skip_cancelled(lane); // the front of every lane is always an event still waiting
}

void EventQueue::push(const ScheduledEvent& event, std::int64_t delay)
{
    auto lane = std::find_if(lanes_.begin(), lanes_.end(), [delay](const Lane& l) { return l.delay == delay; });
    if (lane == lanes_.end()) {
        // Delays that come once (a delayed segment, a rare RTO) must not pile up lanes.
        if (lanes_.size() >= kMaxIdleLanes)
            std::erase_if(lanes_, [](const Lane& l) { return l.empty(); });
        lanes_.emplace_back(delay);
        lane = lanes_.end() - 1;
    }
    // Within a lane times never decrease, since "now" never does.
    lane->events.push_back(event);
    ++size_;
}

EventQueue::Lane* EventQueue::lane_with_earliest()
{
    Lane* best = nullptr;
    for (Lane& lane : lanes_)
        if (!lane.empty() && (!best || earlier(lane.front(), best->front())))
            best = &lane;
    return best;
}

const ScheduledEvent* EventQueue::earliest() const
{
    const Lane* lane = const_cast<EventQueue*>(this)->lane_with_earliest();
    return lane ? &lane->front() : nullptr;
}

bool EventQueue::pop(ScheduledEvent& out)
{
    Lane* lane = lane_with_earliest();
    if (!lane)
        return false;
    out = lane->front();
    ++lane->head;
    --size_;
    skip_cancelled(*lane);
    if (!lane->empty() && lane->head >= kCompactAfter && lane->head * 2 >= lane->events.size()) {
        lane->events.erase(lane->events.begin(), lane->events.begin() + static_cast<std::ptrdiff_t>(lane->head));
        lane->head = 0;
    }
    return true;
}

} // namespace tcpviz
