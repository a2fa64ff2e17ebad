#pragma once
// An append-mostly sequence stored in fixed-size chunks: growing never moves or copies
// what is already stored, so a trace of millions of events grows in constant time per
// event and without the doubling spikes of std::vector. Random access stays O(1).
#include <algorithm>
#include <cstddef>
#include <functional>
#include <iterator>
#include <memory>
#include <vector>

namespace tcpviz {

template <typename T>
class ChunkedVector {
public:
    static constexpr std::size_t kChunkBits = 14;
    static constexpr std::size_t kChunkSize = std::size_t(1) << kChunkBits;

    template <bool Const>
    class Iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = std::conditional_t<Const, const T*, T*>;
        using reference = std::conditional_t<Const, const T&, T&>;
        using Owner = std::conditional_t<Const, const ChunkedVector, ChunkedVector>;

        Iterator() = default;
        Iterator(Owner* owner, std::size_t index) : owner_(owner), index_(index) {}
        reference operator*() const { return (*owner_)[index_]; }
        pointer operator->() const { return &(*owner_)[index_]; }
        reference operator[](difference_type n) const { return (*owner_)[index_ + n]; }
        Iterator& operator++() { ++index_; return *this; }
        Iterator operator++(int) { Iterator t = *this; ++index_; return t; }
        Iterator& operator--() { --index_; return *this; }
        Iterator operator--(int) { Iterator t = *this; --index_; return t; }
        Iterator& operator+=(difference_type n) { index_ += n; return *this; }
        Iterator& operator-=(difference_type n) { index_ -= n; return *this; }
        friend Iterator operator+(Iterator i, difference_type n) { return i += n; }
        friend Iterator operator+(difference_type n, Iterator i) { return i += n; }
        friend Iterator operator-(Iterator i, difference_type n) { return i -= n; }
        friend difference_type operator-(const Iterator& a, const Iterator& b)
        {
            return static_cast<difference_type>(a.index_) - static_cast<difference_type>(b.index_);
        }
        friend bool operator==(const Iterator& a, const Iterator& b) { return a.index_ == b.index_; }
        friend auto operator<=>(const Iterator& a, const Iterator& b) { return a.index_ <=> b.index_; }

    private:
        Owner* owner_ = nullptr;
        std::size_t index_ = 0;
    };
    using iterator = Iterator<false>;
    using const_iterator = Iterator<true>;
    using value_type = T;

    ChunkedVector() = default;
    ChunkedVector(const ChunkedVector& other) : ChunkedVector() { *this = other; }
    ChunkedVector(ChunkedVector&&) noexcept = default;
    ChunkedVector& operator=(ChunkedVector&&) noexcept = default;
    ChunkedVector& operator=(const ChunkedVector& other)
    {
        if (this == &other)
            return *this;
        clear();
        for (const T& v : other)
            push_back(v);
        return *this;
    }

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    std::size_t capacity() const { return chunks_.size() * kChunkSize; }
    T& operator[](std::size_t i) { return chunks_[i >> kChunkBits][i & (kChunkSize - 1)]; }
    const T& operator[](std::size_t i) const { return chunks_[i >> kChunkBits][i & (kChunkSize - 1)]; }
    T& back() { return (*this)[size_ - 1]; }
    const T& back() const { return (*this)[size_ - 1]; }

    void push_back(const T& value)
    {
        if (size_ == capacity())
            add_chunk();
        (*this)[size_++] = value;
    }
    // From here on a new chunk (of kChunkSize elements) comes from `source` when it has
    // one (made on another thread ahead of need), else is made here; an empty source
    // ends that. The source is not copied with the elements.
    using ChunkSource = std::function<std::unique_ptr<T[]>()>;
    void take_chunks_from(ChunkSource source) { source_ = std::move(source); }
    // Grows to `n` elements, which the caller then writes each once (in any order: two
    // threads may each write their own) before reading them.
    void grow_for_writing(std::size_t n)
    {
        while (capacity() < n)
            add_chunk();
        size_ = std::max(size_, n);
    }
    // Shrinks to `n` elements and frees the chunks no longer needed.
    void truncate(std::size_t n)
    {
        if (n >= size_)
            return;
        size_ = n;
        chunks_.resize((n + kChunkSize - 1) >> kChunkBits);
    }
    void clear() { truncate(0); }
    // Frees the chunks wholly before element `i`, for a pass that reads each element once
    // and moves on (a merge of millions): those elements are gone, the size stays.
    void free_chunks_before(std::size_t i)
    {
        for (std::size_t k = 0; k < (i >> kChunkBits) && k < chunks_.size(); ++k)
            chunks_[k].reset();
    }

    iterator begin() { return {this, 0}; }
    iterator end() { return {this, size_}; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size_}; }

    friend bool operator==(const ChunkedVector& a, const ChunkedVector& b)
    {
        return a.size_ == b.size_ && std::equal(a.begin(), a.end(), b.begin());
    }

private:
    // Once per kChunkSize elements: kept out of push_back, which is then small enough to
    // be inlined where millions of events are recorded one after another.
    [[gnu::noinline]] void add_chunk()
    {
        std::unique_ptr<T[]> chunk = source_ ? source_() : nullptr;
        chunks_.push_back(chunk ? std::move(chunk) : std::make_unique_for_overwrite<T[]>(kChunkSize));
    }

    std::vector<std::unique_ptr<T[]>> chunks_;
    std::size_t size_ = 0;
    ChunkSource source_;
};

} // namespace tcpviz
