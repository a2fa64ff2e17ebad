#pragma once
// A hash map stored in one array (open addressing, linear probing) for the tables that
// hold an entry per connection or per direction: a flood has millions of them, and a
// node per entry costs a malloc and a cache miss per lookup. clear() is O(1) (each slot
// carries the generation it was written in), so one map serves a million small
// conversations one after another. No erase: none of its users needs one.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace tcpviz {

template <typename Key, typename Value, typename Hash>
class FlatHashMap {
public:
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

    Value* find(const Key& key) { return const_cast<Value*>(std::as_const(*this).find(key)); }
    const Value* find(const Key& key) const { return find(key, Hash{}(key)); }
    // The same with the key's hash, Hash{}(key), already at hand: the hash is not
    // computed again where its caller needed it anyway.
    Value* find(const Key& key, std::size_t hash)
    {
        return const_cast<Value*>(std::as_const(*this).find(key, hash));
    }
    const Value* find(const Key& key, std::size_t hash) const
    {
        if (slots_.empty())
            return nullptr;
        for (std::size_t i = hash & mask(); slots_[i].generation == generation_; i = (i + 1) & mask())
            if (slots_[i].key == key)
                return &slots_[i].value;
        return nullptr;
    }
    bool contains(const Key& key) const { return find(key) != nullptr; }
    // Asks the processor to fetch where `key` would be, ahead of its lookup: a table of
    // millions of entries misses the cache on nearly every lookup. Always inlined: GCC
    // finds a function that only prefetches free of side effects and drops its calls.
    [[gnu::always_inline]] void prefetch(const Key& key) const { prefetch_hash(Hash{}(key)); }
    [[gnu::always_inline]] void prefetch_hash(std::size_t hash) const
    {
        if (!slots_.empty())
            __builtin_prefetch(&slots_[hash & mask()]);
    }

    // The entry for `key`, made with `value` if there was none; true when it was made.
    std::pair<Value*, bool> try_emplace(const Key& key, const Value& value)
    {
        return try_emplace(key, Hash{}(key), value);
    }
    std::pair<Value*, bool> try_emplace(const Key& key, std::size_t hash, const Value& value)
    {
        if (2 * (size_ + 1) > slots_.size())
            grow();
        std::size_t i = hash & mask();
        for (; slots_[i].generation == generation_; i = (i + 1) & mask())
            if (slots_[i].key == key)
                return {&slots_[i].value, false};
        slots_[i] = {key, value, generation_};
        ++size_;
        return {&slots_[i].value, true};
    }
    Value& operator[](const Key& key) { return *try_emplace(key, Value{}).first; }
    // Sets `key` to `value` whether or not it was there.
    void assign(const Key& key, const Value& value) { *try_emplace(key, value).first = value; }

    // Calls f(key, value) for every entry, in no order; f may change the value.
    template <typename F>
    void for_each(F&& f)
    {
        for (Slot& s : slots_)
            if (s.generation == generation_)
                f(std::as_const(s.key), s.value);
    }

    void clear()
    {
        size_ = 0;
        if (++generation_ == 0) { // after 2^32 clears every slot's mark could look current
            for (Slot& s : slots_)
                s.generation = 0;
            generation_ = 1;
        }
    }

    // Room for `n` entries without growing.
    void reserve(std::size_t n)
    {
        while (slots_.size() < 2 * n)
            grow();
    }

private:
    struct Slot {
        Key key{};
        Value value{};
        std::uint32_t generation = 0;
    };
    std::size_t mask() const { return slots_.size() - 1; }
    void grow()
    {
        std::vector<Slot> old(slots_.size() < 8 ? 16 : 2 * slots_.size());
        old.swap(slots_);
        const std::uint32_t was = generation_;
        generation_ = 1;
        size_ = 0;
        for (const Slot& s : old)
            if (s.generation == was)
                try_emplace(s.key, s.value);
    }

    std::vector<Slot> slots_;
    std::uint32_t generation_ = 1;
    std::size_t size_ = 0;
};

// MurmurHash3's finaliser: every bit of `x` reaches the low bits the map masks with.
inline std::size_t mix_hash(std::uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return std::size_t(x);
}

} // namespace tcpviz
