#!/usr/bin/env bash
# How the captures in this folder were made: on the loopback of a private network
# namespace (so nothing else is on the wire), with tcpdump and the peers in peer.py;
# iptables drops make the losses. Needs root, tcpdump, iptables, python3, editcap and
# mergecap (Wireshark's tools). Run it from this folder: ./record.sh
set -euo pipefail
cd "$(dirname "$0")"
ns=tcpviz-rec
ip netns del $ns 2>/dev/null || true
ip netns add $ns
trap 'ip netns del $ns' EXIT
run() { ip netns exec $ns "$@"; }
run ip link set lo up
sleep 1

# capture FILE INTERFACE-OPTIONS -- COMMANDS...: tcpdump around the commands.
capture() {
  local file=$1 iface=$2
  shift 2
  ip netns exec $ns tcpdump -U -q -i "$iface" -w "$file" tcp >/dev/null 2>&1 &
  sleep 2
  "$@"
  sleep 0.5
  pkill -INT -f "tcpdump -U -q -i $iface -w $file"
  sleep 0.5
}

exchange() { # PORT MODE [6]
  run python3 peer.py server "$1" "$2" "${3:-4}" &
  local server=$!
  sleep 0.3
  run python3 peer.py client "$( [ "${3:-4}" = 6 ] && echo ::1 || echo 127.0.0.1)" "$1"
  wait $server
}

# The handshake, "hello" and "world", and the close: Ethernet framing with zero MACs.
capture loopback-close.pcap lo exchange 8080 reply
# The same over IPv6 on ::1.
capture loopback-ipv6.pcap lo exchange 8081 reply 6
# A SYN to a port nobody listens on (REJ), then a server that aborts with SO_LINGER 0 (RSTR).
refused_then_abort() {
  run python3 peer.py client 127.0.0.1 9 || true
  exchange 8082 abort
}
capture loopback-reset.pcap lo refused_then_abort
# The server's first SYN-ACK dropped on the way to the client: both ends retransmit.
lose_first_syn_ack() {
  run iptables -A INPUT -p tcp --sport 8083 --tcp-flags SYN,ACK SYN,ACK -j DROP
  (sleep 0.6; run iptables -D INPUT -p tcp --sport 8083 --tcp-flags SYN,ACK SYN,ACK -j DROP) &
  local undo=$!
  exchange 8083 reply
  wait $undo
}
capture loopback-lost-syn-ack.pcap lo lose_first_syn_ack
# Linux cooked v2 headers, as tcpdump -i any writes them.
capture any-close.pcap any exchange 8084 reply

# The other file formats, converted with Wireshark's editcap: pcapng, and ns timestamps.
editcap -F pcapng loopback-close.pcap loopback-close.pcapng
editcap -F nsecpcap loopback-close.pcap loopback-close-ns.pcap
# A pcapng whose two interfaces have different link types (Ethernet and cooked v2).
mergecap -F pcapng -w mixed-link-types.pcapng loopback-close.pcap any-close.pcap
ls -l
