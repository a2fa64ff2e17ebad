#pragma once
// A host's TCP: its connections, its listening socket with the SYN queue, its ISN
// generator and the options its SYNs offer. Demultiplexing and the rules for segments
// that find no synchronized TCB live in the simulation (host_stack.cpp).
#include "tcp/endpoint.hpp"
#include "tcp/isn_generator.hpp"
#include "scenario/scenario.hpp"
#include "tcp/syn_cookie.hpp"

#include <cstdint>
#include <limits>
#include <optional>
#include <unordered_map>
#include <vector>

namespace tcpviz {

// A listening socket (RFC 9293 LISTEN) with Linux's request queue and SYN cookies.
struct Listener {
    std::uint16_t port = 0;
    std::uint32_t backlog = 128;
    CookieMode cookies = CookieMode::Overflow;
    bool two_way_handshake = false;
    std::vector<Endpoint> syn_queue; // half-open requests, SYN-RECEIVED
    // remote address and port of each queued request, in queue order: a flood looks up
    // every SYN here, and a dense array scans much faster than the endpoints.
    std::vector<std::uint64_t> request_keys;
    std::int64_t last_overflow = std::numeric_limits<std::int64_t>::min() / 2;
    SynCookieSecrets secrets;
    // Connections ESTABLISHED and not yet taken by the application's accept(), oldest
    // first, and how the application calls accept() (HostSpec).
    std::vector<std::uint32_t> accept_queue;
    std::int64_t accept_delay = 0;
    bool accepts = true;
    bool accept_scheduled = false;

    // Linux 6.x inet_csk_reqsk_queue_is_full(): full only past the backlog.
    bool full() const { return syn_queue.size() > backlog; }
    // Linux sk_acceptq_is_full(): the same backlog bounds the accept queue.
    bool accept_full() const { return accept_queue.size() > backlog; }
    // An application that accepts at once never leaves a connection waiting.
    bool accepts_at_once() const { return accepts && accept_delay == 0; }
    // Linux reqsk_timer_handler(): with the queue more than half full, requests that
    // already timed out once give up after fewer SYN-ACK retries, down to 2.
    unsigned retry_limit(unsigned synack_retries) const;
    Endpoint* request(const FourTuple& tuple);
    const Endpoint* request(const FourTuple& tuple) const { return const_cast<Listener*>(this)->request(tuple); }
    void enqueue(const Endpoint& request);
    void dequeue(std::size_t index);
    friend bool operator==(const Listener&, const Listener&) = default;
};

struct Host {
    TraceHost identity;
    bool live = true;
    std::uint16_t window = 64240;
    TcpOptions syn_options;
    Application application; // each new connection's, as the scenario describes it
    IsnGenerator isn;
    // Every connection the host has had, closed ones too (their ids stay valid), changed
    // only through add_connection() and forget_connections(), which keep the indexes: a
    // run with 100,000 connections finds each one without a scan.
    std::vector<Endpoint> connections;
    std::unordered_map<std::uint32_t, std::uint32_t> connection_by_id;
    std::unordered_map<FourTuple, std::uint32_t, FourTupleHash> newest_by_tuple;
    std::optional<Listener> listener;
    std::uint32_t next_endpoint_id = 1;

    bool owns(Ipv4 address) const;
    // The synchronized (not CLOSED) connection on this 4-tuple, if any.
    Endpoint* connection(const FourTuple& tuple);
    const Endpoint* connection(const FourTuple& tuple) const { return const_cast<Host*>(this)->connection(tuple); }
    // A connection or a queued request by id.
    Endpoint* find(std::uint32_t id);
    const Endpoint* find(std::uint32_t id) const { return const_cast<Host*>(this)->find(id); }
    Endpoint new_endpoint(std::uint8_t host_index, const FourTuple& tuple);
    Endpoint& add_connection(const Endpoint& e);
    void forget_connections(); // a reboot
    friend bool operator==(const Host&, const Host&) = default;
};

} // namespace tcpviz
