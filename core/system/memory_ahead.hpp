#pragma once
// Fresh memory made ready on a helper thread ahead of the thread that fills it. The first
// write to each 4 KB page of fresh memory is a page fault: reading a capture of millions
// of packets spent half its time in them while the other core waited. What is stored is
// the same; only the core that pays for the pages differs.
#include "sim/chunked_vector.hpp"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace tcpviz {

// Touches the pages of [from, to) so that writing there faults no more (Linux 5.14's
// MADV_POPULATE_WRITE); false where the system cannot, which changes nothing else.
bool populate_pages(std::uint8_t* from, std::uint8_t* to);

// While it lives, the chunks `filled` grows into are made (constructed, so their pages
// are in) on a helper thread, at most `ahead` of them waiting; and the pages of `bytes`'
// reserved room are populated `bytes_ahead` past the size it has at each new chunk. The
// bytes must not outgrow that room meanwhile. Without a thread, `filled` makes its own.
template <typename T>
class ChunksAhead {
public:
    explicit ChunksAhead(ChunkedVector<T>& filled, std::size_t ahead, const std::vector<std::uint8_t>* bytes = nullptr,
                         std::size_t bytes_ahead = 0)
        : filled_(filled), ahead_(ahead), bytes_(bytes),
          room_(bytes ? const_cast<std::uint8_t*>(bytes->data()) : nullptr), room_size_(bytes ? bytes->capacity() : 0),
          bytes_ahead_(bytes_ahead)
    {
        try {
            helper_ = std::thread([this] { work(); });
        } catch (const std::system_error&) {
            return;
        }
        filled_.take_chunks_from([this] { return take(); });
    }
    ~ChunksAhead()
    {
        filled_.take_chunks_from({});
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
        }
        changed_.notify_all();
        if (helper_.joinable())
            helper_.join();
    }
    ChunksAhead(const ChunksAhead&) = delete;
    ChunksAhead& operator=(const ChunksAhead&) = delete;

    // Chunks made and not yet taken.
    std::size_t ready() const
    {
        std::lock_guard lock(mutex_);
        return ready_.size();
    }

private:
    // On the filling thread, when `filled` needs a chunk: one made ahead, or null.
    std::unique_ptr<T[]> take()
    {
        std::unique_ptr<T[]> chunk;
        {
            std::lock_guard lock(mutex_);
            if (bytes_)
                bytes_used_ = bytes_->size();
            if (!ready_.empty()) {
                chunk = std::move(ready_.front());
                ready_.pop_front();
            }
        }
        changed_.notify_all();
        return chunk;
    }

    void work()
    {
        std::size_t populated = 0;
        bool can_populate = room_ != nullptr;
        std::unique_lock lock(mutex_);
        while (!stop_) {
            const std::size_t wanted = std::min(room_size_, bytes_used_ + bytes_ahead_);
            if (can_populate && populated < wanted) {
                lock.unlock();
                can_populate = populate_pages(room_ + populated, room_ + wanted);
                populated = wanted;
                lock.lock();
            } else if (ready_.size() < ahead_) {
                lock.unlock();
                auto chunk = std::make_unique_for_overwrite<T[]>(ChunkedVector<T>::kChunkSize);
                lock.lock();
                ready_.push_back(std::move(chunk));
            } else {
                changed_.wait(lock);
            }
        }
    }

    ChunkedVector<T>& filled_;
    const std::size_t ahead_;
    const std::vector<std::uint8_t>* const bytes_;
    std::uint8_t* const room_;
    const std::size_t room_size_, bytes_ahead_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::unique_ptr<T[]>> ready_;
    std::size_t bytes_used_ = 0;
    bool stop_ = false;
    std::thread helper_; // last: it starts once the rest is made
};

} // namespace tcpviz
