#!/usr/bin/python3
"""Serve a folder over HTTP/1.1 on 127.0.0.1 for bench/digest (keep-alive,
many clients at once, no logging); prints "port N" once listening and exits
by itself after --max-seconds.

usage: serve.py DIR [--max-seconds 900]
"""

import argparse
import functools
import http.server
import sys
import threading


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--max-seconds", type=float, default=900)
    a = ap.parse_args()
    http.server.ThreadingHTTPServer.daemon_threads = True
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=a.dir))
    print("port %d" % srv.server_address[1], flush=True)
    timer = threading.Timer(a.max_seconds, srv.shutdown)
    timer.daemon = True
    timer.start()
    srv.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
