"""A scripted HTTP server on 127.0.0.x for secdigest's fetch tests.

Each path is given a behaviour: a feed with validators (200, then 304 on
If-None-Match / If-Modified-Since), a status with headers, redirects, and
the hostile servers a fetcher must survive (hang after headers, drip one byte
a second, a body that never ends, a gzip bomb, HTML instead of a feed, a
connection closed mid-body).  Every request is logged so a test can assert
what secdigest actually sent.

Everything it does is bounded: no handler runs longer than `max_seconds`, a
streamed body stops at its own limit, and the server threads are daemons.
"""

import gzip
import sys
import http.server
import io
import socket
import socketserver
import threading
import time
import zlib


class Request:
    def __init__(self, path, headers, when):
        self.path = path
        self.headers = headers
        self.when = when


class Server:
    """A threaded HTTP/1.1 server.  Routes map a path (without query) to a handler
    taking (server, http.server.BaseHTTPRequestHandler)."""

    def __init__(self, host="127.0.0.1", max_seconds=20, tls=None):
        """tls: (certfile, keyfile) to serve HTTPS."""
        self.routes = {}
        self.log = []
        self.lock = threading.Lock()
        self.max_seconds = max_seconds
        self.body_bytes_sent = {}
        fixture = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "fixture/1"

            def log_message(self, fmt, *args):  # quiet
                pass

            def do_GET(self):
                path = self.path.split("?", 1)[0]
                with fixture.lock:
                    fixture.log.append(Request(path, dict(self.headers.items()), time.monotonic()))
                route = fixture.routes.get(path)
                if route is None:
                    fixture.send(self, 404, b"not here\n", "text/plain")
                    return
                try:
                    route(fixture, self)
                except (BrokenPipeError, ConnectionResetError, socket.timeout):
                    self.close_connection = True

        class TCPServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True
            allow_reuse_address = True

            def handle_error(self, request, client_address):
                # A client that hangs up (which is what secdigest does to a
                # hostile server) is not an error worth a traceback.
                if not isinstance(sys.exc_info()[1], (ConnectionError, socket.timeout)):
                    super().handle_error(request, client_address)

        self.httpd = TCPServer((host, 0), Handler)
        self.scheme = "http"
        if tls:
            import ssl
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(tls[0], tls[1])
            self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)
            self.scheme = "https"
        self.host = host
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()


    def url(self, path, host=None):
        return "%s://%s:%d%s" % (self.scheme, host or self.host, self.port, path)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def requests(self, path):
        with self.lock:
            return [r for r in self.log if r.path == path]

    def count(self, path):
        return len(self.requests(path))

    def add_sent(self, path, n):
        with self.lock:
            self.body_bytes_sent[path] = self.body_bytes_sent.get(path, 0) + n

    def sent(self, path):
        with self.lock:
            return self.body_bytes_sent.get(path, 0)

    # ---- building blocks -------------------------------------------------

    def send(self, h, status, body, ctype=None, headers=None):
        h.send_response(status)
        if ctype:
            h.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)
        self.add_sent(h.path.split("?", 1)[0], len(body))

    def route(self, path, fn):
        self.routes[path] = fn

    def feed(self, path, body, ctype="application/rss+xml; charset=utf-8", etag=None,
             last_modified=None, extra=None):
        """200 with the body; 304 when the validators match."""
        def handler(s, h):
            inm = h.headers.get("If-None-Match")
            ims = h.headers.get("If-Modified-Since")
            hdrs = dict(extra or {})
            if etag:
                hdrs["ETag"] = etag
            if last_modified:
                hdrs["Last-Modified"] = last_modified
            if (etag and inm == etag) or (not etag and last_modified and ims == last_modified):
                h.send_response(304)
                for k, v in hdrs.items():
                    h.send_header(k, v)
                h.send_header("Content-Length", "0")
                h.end_headers()
                return
            s.send(h, 200, body() if callable(body) else body, ctype, hdrs)
        self.route(path, handler)

    def status(self, path, code, headers=None, body=b""):
        self.route(path, lambda s, h: s.send(h, code, body, "text/plain", headers))

    def sequence(self, path, handlers):
        """The n-th request gets handlers[n] (the last one repeats)."""
        def handler(s, h):
            n = s.count(path) - 1
            handlers[min(n, len(handlers) - 1)](s, h)
        self.route(path, handler)

    def redirect(self, path, code, target):
        self.route(path, lambda s, h: s.send(h, code, b"moved\n", "text/plain", {"Location": target}))

    def redirect_forever(self, prefix):
        """prefix + "/N" redirects to prefix + "/N+1", without end."""
        def make(n):
            return lambda s, h: s.send(h, 302, b"", "text/plain",
                                       {"Location": "%s/%d" % (prefix, n + 1)})
        for n in range(200):
            self.route("%s/%d" % (prefix, n), make(n))

    def _wait(self, h, seconds):
        """Sleep up to `seconds` in small steps, stopping when the client has gone."""
        end = time.monotonic() + min(seconds, self.max_seconds)
        h.connection.settimeout(0.2)
        while time.monotonic() < end:
            try:
                if h.connection.recv(1, socket.MSG_PEEK) == b"":
                    return  # the client closed the connection
            except socket.timeout:
                pass
            except OSError:
                return

    def hang_after_headers(self, path):
        def handler(s, h):
            h.send_response(200)
            h.send_header("Content-Type", "application/rss+xml")
            h.send_header("Content-Length", "5000")
            h.end_headers()
            h.wfile.flush()
            s._wait(h, s.max_seconds)
            h.close_connection = True
        self.route(path, handler)

    def drip(self, path):
        """One byte a second of a feed that would take over an hour."""
        def handler(s, h):
            h.send_response(200)
            h.send_header("Content-Type", "application/rss+xml")
            h.send_header("Content-Length", "5000")
            h.end_headers()
            h.wfile.flush()
            end = time.monotonic() + s.max_seconds
            while time.monotonic() < end:
                h.wfile.write(b"<")
                h.wfile.flush()
                s.add_sent(path, 1)
                time.sleep(1)
            h.close_connection = True
        self.route(path, handler)

    def endless(self, path, announce=None, limit=2 * 1024 ** 3):
        """A body of `limit` bytes streamed from a generator (never held in memory).
        With announce, Content-Length says that many bytes; otherwise the body
        ends when the connection closes."""
        chunk = (b"<item><title>filler</title></item>\n" * 1800)[:65536]

        def handler(s, h):
            h.send_response(200)
            h.send_header("Content-Type", "application/rss+xml")
            if announce is not None:
                h.send_header("Content-Length", str(announce))
            else:
                h.send_header("Connection", "close")
            h.end_headers()
            sent = 0
            end = time.monotonic() + s.max_seconds
            try:
                h.wfile.write(b"<?xml version='1.0'?><rss version='2.0'><channel>")
                while sent < limit and time.monotonic() < end:
                    h.wfile.write(chunk)
                    sent += len(chunk)
            finally:
                s.add_sent(path, sent)
                h.close_connection = True
        self.route(path, handler)

    def gzip_bomb(self, path, inflated_size):
        """A small gzip body (Content-Encoding: gzip) that inflates to inflated_size bytes."""
        co = zlib.compressobj(9, zlib.DEFLATED, 31)
        parts = [co.compress(b"<?xml version='1.0'?><rss version='2.0'><channel><title>")]
        block = b" " * (1024 * 1024)
        left = inflated_size
        while left > 0:
            n = min(left, len(block))
            parts.append(co.compress(block[:n]))
            left -= n
        parts.append(co.flush())
        data = b"".join(parts)
        self.route(path, lambda s, h: s.send(h, 200, data, "application/rss+xml",
                                             {"Content-Encoding": "gzip"}))
        return len(data)

    def gzip_feed(self, path, body):
        data = gzip.compress(body)
        def handler(s, h):
            if "gzip" in h.headers.get("Accept-Encoding", ""):
                s.send(h, 200, data, "application/rss+xml; charset=utf-8", {"Content-Encoding": "gzip"})
            else:
                s.send(h, 200, body, "application/rss+xml; charset=utf-8")
        self.route(path, handler)

    def close_mid_body(self, path, announce=5000, send=1000):
        def handler(s, h):
            h.send_response(200)
            h.send_header("Content-Type", "application/rss+xml")
            h.send_header("Content-Length", str(announce))
            h.end_headers()
            h.wfile.write(b"<?xml version='1.0'?><rss version='2.0'><channel>"[:send].ljust(send, b" "))
            h.wfile.flush()
            s.add_sent(path, send)
            h.close_connection = True
            try:
                h.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.route(path, handler)


def rss(title, items, encoding=None, link="https://example.jp/", ttl=None):
    """An RSS 2.0 document (str).  items: (title, link, pubDate, description)."""
    decl = '<?xml version="1.0"%s?>\n' % (' encoding="%s"' % encoding if encoding else "")
    out = [decl, '<rss version="2.0"><channel>\n',
           "<title>%s</title><link>%s</link><description>test</description>\n" % (title, link)]
    if ttl:
        out.append("<ttl>%d</ttl>\n" % ttl)
    for (t, l, d, desc) in items:
        out.append("<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>"
                   "<description>%s</description></item>\n" % (t, l, l, d, desc))
    out.append("</channel></rss>\n")
    return "".join(out)


# ---- running secdigest ---------------------------------------------------

import json
import os
import resource
import subprocess
import sys
import tempfile


class Env:
    """A private database and config for one test, and a way to run secdigest on them."""

    def __init__(self, config_text=""):
        self.bin = os.environ.get("SECDIGEST_BIN")
        if not self.bin:
            sys.exit("SECDIGEST_BIN is not set (run through ctest)")
        self.tmp = tempfile.TemporaryDirectory(prefix="secdigest-fetch-")
        self.dir = self.tmp.name
        self.db = os.path.join(self.dir, "secdigest.db")
        self.config = os.path.join(self.dir, "config")
        with open(self.config, "w") as f:
            f.write(config_text)

    def run(self, *args, timeout=60, check=None):
        """(returncode, stdout, stderr, seconds)."""
        env = dict(os.environ)
        env.pop("SECDIGEST_DB", None)
        env.pop("SECDIGEST_CONFIG", None)
        env["XDG_DATA_HOME"] = self.dir
        env["XDG_CONFIG_HOME"] = self.dir
        t0 = time.monotonic()
        p = subprocess.run([self.bin, "--db", self.db, "--config", self.config] + list(args),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, env=env)
        took = time.monotonic() - t0
        out = p.stdout.decode("utf-8", "replace")
        err = p.stderr.decode("utf-8", "replace")
        if check is not None and p.returncode != check:
            raise AssertionError("secdigest %s: exit %d, expected %d\nstdout:\n%s\nstderr:\n%s"
                                 % (" ".join(args), p.returncode, check, out, err))
        return p.returncode, out, err, took

    def add(self, url):
        self.run("feeds", "add", url, check=0)

    def feeds(self):
        """feeds list --json, keyed by URL."""
        _, out, _, _ = self.run("feeds", "list", "--json", check=0)
        rows = [json.loads(line) for line in out.splitlines() if line.strip()]
        return {r["url"]: r for r in rows}

    def items(self, date):
        _, out, _, _ = self.run("items", "--date", date, "--json", check=0)
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    def sql(self, query, args=()):
        import sqlite3
        con = sqlite3.connect(self.db)
        try:
            return con.execute(query, args).fetchall()
        finally:
            con.close()


def peak_child_rss_mb():
    """Largest resident set of any child process waited for so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0


class Checks:
    """Named checks; prints one line per check and a closing 'N passed, N failed'."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, cond, detail=""):
        if cond:
            self.passed += 1
            print("ok   %s" % name)
        else:
            self.failed += 1
            print("FAIL %s%s" % (name, ("\n     " + str(detail).replace("\n", "\n     ")) if detail else ""))
        sys.stdout.flush()
        return cond

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        sys.exit(1 if self.failed else 0)
