#include "parallel/two_threads.hpp"

#include <array>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>

namespace tcpviz {

void run_both(const std::function<void()>& there, const std::function<void()>& here)
{
    std::exception_ptr there_error, here_error;
    std::thread helper;
    try {
        helper = std::thread([&] {
            try {
                there();
            } catch (...) {
                there_error = std::current_exception();
            }
        });
    } catch (const std::system_error&) { // no thread to be had: the same work, in turn
        there();
        here();
        return;
    }
    try {
        here();
    } catch (...) {
        here_error = std::current_exception();
    }
    helper.join();
    if (here_error)
        std::rethrow_exception(here_error);
    if (there_error)
        std::rethrow_exception(there_error);
}

void run_both(std::size_t items, const std::function<void()>& there, const std::function<void()>& here)
{
    if (items >= kWorthAThread) {
        run_both(there, here);
    } else {
        there();
        here();
    }
}

void share_pieces(std::size_t count, const std::function<void(std::size_t)>& piece, const std::function<void()>& first)
{
    std::atomic<std::size_t> next{0};
    const auto take_pieces = [&] {
        for (std::size_t i = next++; i < count; i = next++)
            piece(i);
    };
    // A failure on either thread leaves the other's remaining pieces untaken.
    const auto stopping_on_failure = [&](const std::function<void()>& work) {
        try {
            work();
        } catch (...) {
            next = count;
            throw;
        }
    };
    run_both([&] { stopping_on_failure(take_pieces); },
             [&] {
                 stopping_on_failure([&] {
                     first();
                     take_pieces();
                 });
             });
}

namespace {

// The pieces in hand: helper m makes pieces m, m + 2, m + 4 … each in slot i % 4, which
// waits there for this thread to write it before the piece four on can take its place.
class PiecesInHand {
public:
    static constexpr std::size_t kMakers = 2;
    static constexpr std::size_t kEmpty = ~std::size_t(0);

    // A helper: the slot to make piece `i` in, once free; nullptr when told to stop.
    std::string* slot_for(std::size_t i)
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stop_ || holds_[i % 4] == kEmpty; });
        return stop_ ? nullptr : &slots_[i % 4];
    }
    void made(std::size_t i)
    {
        {
            const std::lock_guard lock(mutex_);
            holds_[i % 4] = i;
        }
        changed_.notify_all();
    }
    void failed(std::exception_ptr error)
    {
        {
            const std::lock_guard lock(mutex_);
            if (!error_)
                error_ = std::move(error);
        }
        changed_.notify_all();
    }
    // This thread: piece `i`, once made; rethrows a helper's exception.
    const std::string& wait_for(std::size_t i)
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return error_ || holds_[i % 4] == i; });
        if (error_)
            std::rethrow_exception(error_);
        return slots_[i % 4];
    }
    void written(std::size_t i)
    {
        {
            const std::lock_guard lock(mutex_);
            slots_[i % 4].clear();
            holds_[i % 4] = kEmpty;
        }
        changed_.notify_all();
    }
    void stop()
    {
        {
            const std::lock_guard lock(mutex_);
            stop_ = true;
        }
        changed_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::array<std::string, 4> slots_;
    std::array<std::size_t, 4> holds_{kEmpty, kEmpty, kEmpty, kEmpty};
    bool stop_ = false;
    std::exception_ptr error_;
};

} // namespace

void write_pieces_in_order(std::size_t count, const std::function<void(std::size_t, std::string&)>& make,
                           const std::function<void(std::string_view)>& sink)
{
    const auto all_here = [&] {
        std::string piece;
        for (std::size_t i = 0; i < count; ++i) {
            piece.clear();
            make(i, piece);
            sink(piece);
        }
    };
    if (count <= 1) {
        all_here();
        return;
    }
    PiecesInHand pieces;
    std::array<std::thread, PiecesInHand::kMakers> makers;
    const auto finish = [&] {
        pieces.stop();
        for (std::thread& t : makers)
            if (t.joinable())
                t.join();
    };
    try {
        for (std::size_t m = 0; m < makers.size(); ++m)
            makers[m] = std::thread([&, m] {
                try {
                    for (std::size_t i = m; i < count; i += PiecesInHand::kMakers) {
                        std::string* out = pieces.slot_for(i);
                        if (!out)
                            return;
                        make(i, *out);
                        pieces.made(i);
                    }
                } catch (...) {
                    pieces.failed(std::current_exception());
                }
            });
    } catch (const std::system_error&) { // no threads to be had: every piece here, in turn
        finish();
        all_here();
        return;
    }
    // This thread writes, in order: the writing takes as long as the making, so the two
    // makers and the writing share the cores evenly.
    try {
        for (std::size_t i = 0; i < count; ++i) {
            sink(pieces.wait_for(i));
            pieces.written(i);
        }
    } catch (...) {
        finish();
        throw;
    }
    finish();
}

} // namespace tcpviz
