// libFuzzer harness: the IPv4/TCP decoder. Any bytes either decode or are refused with
// a reason; what decodes, encoded again and decoded once more, is the same segment
// and payload with both checksums correct (the encoder writes what the decoder reads).
#include "fuzz_check.hpp"
#include "tcp/wire.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string error;
    const auto decoded = tcpviz::decode_ipv4(std::span(data, size), error);
    if (!decoded) {
        fuzz_check(!error.empty(), "a packet was refused without a reason");
        return 0;
    }
    const auto bytes = tcpviz::encode_ipv4(decoded->segment, decoded->payload);
    const auto again = tcpviz::decode_ipv4(bytes, error);
    if (!again)
        fuzz_fail("the decoder refuses what the encoder wrote:", error.c_str());
    fuzz_check(again->segment == decoded->segment, "the segment changed in a round trip");
    fuzz_check(again->payload == decoded->payload, "the payload changed in a round trip");
    fuzz_check(again->ip_checksum_ok && again->tcp_checksum_ok, "the encoder wrote a wrong checksum");
    return 0;
}
