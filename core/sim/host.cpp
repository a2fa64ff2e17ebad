#include "sim/host.hpp"

#include <algorithm>

namespace tcpviz {

unsigned Listener::retry_limit(unsigned synack_retries) const
{
    unsigned limit = synack_retries;
    const auto qlen = static_cast<unsigned>(syn_queue.size());
    if ((qlen << 1) > std::max(8u, backlog)) {
        const auto young_count = static_cast<unsigned>(std::count_if(
            syn_queue.begin(), syn_queue.end(), [](const Endpoint& r) { return r.timer.retransmissions == 0; }));
        unsigned young = young_count << 1;
        while (limit > 2) {
            if (qlen < young)
                break;
            --limit;
            young <<= 1;
        }
    }
    return limit;
}

namespace {
std::uint64_t request_key(const FourTuple& t)
{
    return std::uint64_t(t.remote_addr) << 16 | t.remote_port;
}
} // namespace

Endpoint* Listener::request(const FourTuple& tuple)
{
    const std::uint64_t key = request_key(tuple);
    for (std::size_t i = 0; i < request_keys.size(); ++i)
        if (request_keys[i] == key && syn_queue[i].tuple == tuple)
            return &syn_queue[i];
    return nullptr;
}

void Listener::enqueue(const Endpoint& request)
{
    syn_queue.push_back(request);
    request_keys.push_back(request_key(request.tuple));
}

void Listener::dequeue(std::size_t index)
{
    syn_queue.erase(syn_queue.begin() + static_cast<std::ptrdiff_t>(index));
    request_keys.erase(request_keys.begin() + static_cast<std::ptrdiff_t>(index));
}

bool Host::owns(Ipv4 address) const
{
    return identity.stands_for(address);
}

Endpoint* Host::connection(const FourTuple& tuple)
{
    // Only the newest connection on a 4-tuple can be open: a new one is made only when
    // no synchronized TCB holds the tuple.
    const auto it = newest_by_tuple.find(tuple);
    if (it == newest_by_tuple.end())
        return nullptr;
    Endpoint& e = connections[it->second];
    return e.state != TcpState::Closed ? &e : nullptr;
}

Endpoint& Host::add_connection(const Endpoint& e)
{
    const auto index = static_cast<std::uint32_t>(connections.size());
    connections.push_back(e);
    connection_by_id[e.id] = index;
    newest_by_tuple[e.tuple] = index;
    return connections.back();
}

void Host::forget_connections()
{
    connections.clear();
    connection_by_id.clear();
    newest_by_tuple.clear();
}

Endpoint* Host::find(std::uint32_t id)
{
    if (const auto it = connection_by_id.find(id); it != connection_by_id.end())
        return &connections[it->second];
    if (listener)
        for (Endpoint& r : listener->syn_queue)
            if (r.id == id)
                return &r;
    return nullptr;
}

Endpoint Host::new_endpoint(std::uint8_t host_index, const FourTuple& tuple)
{
    Endpoint e;
    e.id = next_endpoint_id++;
    e.host = host_index;
    e.tuple = tuple;
    e.rcv_wnd = window;
    e.our_syn_options = syn_options;
    e.app = application;
    return e;
}

} // namespace tcpviz
