#!/usr/bin/env python3
"""The small TCP peers tests/data/captures/record.sh runs to make its captures.

server PORT [reply|abort|close-first]  accepts one connection; reply: reads a line, answers, closes after the
                                       client; abort: reads, then closes with SO_LINGER 0 (a RST);
                                       close-first: answers and closes at once
client HOST PORT [text]                connects, writes text, reads the answer (or the server's close),
                                       closes
"""
import socket
import struct
import sys
import time


def server(port, mode, family):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("::1" if family == socket.AF_INET6 else "127.0.0.1", port))
    s.listen(1)
    c, _ = s.accept()
    data = c.recv(100)
    if mode == "abort":
        c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        c.close()
        return
    c.sendall(b"world\n" if data else b"")
    if mode == "reply":
        while c.recv(100):
            pass
    c.close()


def client(host, port, text):
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    c = socket.socket(family, socket.SOCK_STREAM)
    try:
        c.connect((host, port))
    except ConnectionRefusedError:
        return
    c.sendall(text.encode())
    try:
        c.recv(100)
    except ConnectionResetError:
        pass
    time.sleep(0.05)
    c.close()


if __name__ == "__main__":
    if sys.argv[1] == "server":
        family = socket.AF_INET6 if len(sys.argv) > 4 and sys.argv[4] == "6" else socket.AF_INET
        server(int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "reply", family)
    else:
        client(sys.argv[2], int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else "hello\n")
