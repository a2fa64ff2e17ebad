#pragma once
// Fresh memory made ready on a helper thread ahead of the thread that fills it. The first
// write to each 4 KB page of fresh memory is a page fault: reading a capture of millions
// of packets spent half its time in them while the other core waited. What is stored is
// the same; only the core that pays for the pages differs.
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

namespace tcpviz {

// Touches the pages of [from, to) so that writing there faults no more (Linux 5.14's
// MADV_POPULATE_WRITE); false where the system cannot, which changes nothing else.
bool populate_pages(std::uint8_t* from, std::uint8_t* to);

template <typename T>
class ChunksAhead {
public:
    // Chunks of `chunk_size` elements made (constructed, so their pages are in), at most
    // `ahead` of them waiting; and the pages of `bytes`' first `byte_count` bytes
    // populated up to `bytes_ahead` past the mark that take() is given.
    ChunksAhead(std::size_t chunk_size, std::size_t ahead, std::uint8_t* bytes, std::size_t byte_count,
                std::size_t bytes_ahead)
        : chunk_size_(chunk_size), ahead_(ahead), bytes_(bytes), byte_count_(byte_count), bytes_ahead_(bytes_ahead)
    {
        try {
            helper_ = std::thread([this] { work(); });
        } catch (const std::system_error&) { // no thread: the filler makes its own chunks
        }
    }
    ~ChunksAhead()
    {
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

    // A chunk made ahead, or null when none is ready (then the caller makes its own);
    // `bytes_used` of the bytes are written by now.
    std::unique_ptr<T[]> take(std::size_t bytes_used)
    {
        std::unique_ptr<T[]> chunk;
        {
            std::lock_guard lock(mutex_);
            bytes_used_ = bytes_used;
            if (!ready_.empty()) {
                chunk = std::move(ready_.front());
                ready_.pop_front();
            }
        }
        changed_.notify_all();
        return chunk;
    }

private:
    void work()
    {
        std::size_t populated = 0;
        bool can_populate = bytes_ != nullptr;
        std::unique_lock lock(mutex_);
        while (!stop_) {
            const std::size_t wanted = std::min(byte_count_, bytes_used_ + bytes_ahead_);
            if (can_populate && populated < wanted) {
                lock.unlock();
                can_populate = populate_pages(bytes_ + populated, bytes_ + wanted);
                populated = wanted;
                lock.lock();
            } else if (ready_.size() < ahead_) {
                lock.unlock();
                auto chunk = std::make_unique_for_overwrite<T[]>(chunk_size_);
                lock.lock();
                ready_.push_back(std::move(chunk));
            } else {
                changed_.wait(lock);
            }
        }
    }

    const std::size_t chunk_size_, ahead_;
    std::uint8_t* const bytes_;
    const std::size_t byte_count_, bytes_ahead_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::unique_ptr<T[]>> ready_;
    std::size_t bytes_used_ = 0;
    bool stop_ = false;
    std::thread helper_; // last: it starts once the rest is made
};

} // namespace tcpviz
