"""A farm of feed servers on loopback for bench/fetch.

Serves N RSS feeds of realistic size spread over H hosts (distinct addresses
127.20.x.y, one port), the way feeds sit on the internet: most hosts carry
one or two feeds, a few carry many, and some answer slowly.  HTTP/1.1 with
keep-alive, ETag and 304.  One asyncio process, bodies built in memory once.

A control server on 127.0.0.1:PORT answers /stats (requests, bytes, 304s
since the last /reset) and /reset.

usage: feedfarm.py --feeds 1000 --hosts 300 --slow 15 --port P --out DIR
  writes DIR/urls (one feed URL a line), then prints "ready" on stdout.
"""

import argparse
import asyncio
import hashlib
import json
import os
import random
import sys
from email.utils import formatdate

LAST_MODIFIED = "Tue, 18 Nov 2025 00:00:00 GMT"

WORDS_EN = ("vulnerability patch attacker ransomware advisory exploit firmware router credential "
            "phishing campaign botnet update researchers disclosed remote code execution flaw "
            "authentication bypass supply chain breach incident response vendor customers data "
            "leak malware loader espionage group infrastructure cloud misconfiguration").split()
WORDS_JA = ["脆弱性", "修正", "攻撃者", "ランサムウェア", "注意喚起", "不正アクセス", "情報漏えい",
            "認証", "更新プログラム", "フィッシング", "調査", "被害", "公開", "対策", "組織", "サーバ"]


def sentence(rnd, ja):
    if ja:
        return "、".join(rnd.choice(WORDS_JA) for _ in range(rnd.randint(6, 14))) + "。"
    return " ".join(rnd.choice(WORDS_EN) for _ in range(rnd.randint(10, 22))).capitalize() + "."


def make_feed(rnd, n, host):
    ja = n % 3 == 0
    base = "http://%s/" % host
    items = []
    t0 = 1763424000 - n * 37  # mid-November 2025
    for i in range(25):
        title = sentence(rnd, ja)[:90]
        desc = " ".join(sentence(rnd, ja) for _ in range(rnd.randint(3, 7)))
        link = "%sfeed%d/article/%d.html" % (base, n, i)
        items.append(
            "<item><title>%s</title><link>%s</link><guid isPermaLink=\"true\">%s</guid>"
            "<pubDate>%s</pubDate><category>security</category><description>%s</description></item>\n"
            % (title, link, link, formatdate(t0 - i * 3600, usegmt=True), desc))
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
           "<title>Bench feed %d</title><link>%s</link><description>bench</description>"
           "<language>%s</language>\n%s</channel></rss>\n" % (n, base, "ja" if ja else "en", "".join(items)))
    return doc.encode("utf-8")


class Farm:
    def __init__(self, args):
        rnd = random.Random(args.seed)
        self.port = args.port
        self.hosts = ["127.20.%d.%d" % (1 + h // 250, 1 + h % 250) for h in range(args.hosts)]
        # Skewed placement: a handful of big hosts, a long tail of small ones.
        weights = [1.0 / (1 + i) ** 0.9 for i in range(args.hosts)]
        placement = rnd.choices(range(args.hosts), weights=weights, k=args.feeds)
        # Every host gets at least one feed where there are enough feeds.
        for h in range(min(args.hosts, args.feeds)):
            placement[h] = h
        self.slow = {}
        small = [h for h in range(args.hosts) if placement.count(h) <= 2]
        for h in rnd.sample(small, min(args.slow, len(small))):
            self.slow[self.hosts[h]] = rnd.uniform(0.5, 2.0)
        self.routes = {}
        self.urls = []
        for n, h in enumerate(placement):
            host = "%s:%d" % (self.hosts[h], self.port)
            path = "/feed%d.xml" % n
            body = make_feed(rnd, n, host)
            etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
            self.routes[(self.hosts[h], path)] = (body, etag)
            self.urls.append("http://%s%s" % (host, path))
        self.reset()

    def reset(self):
        self.requests = 0
        self.bytes = 0
        self.not_modified = 0

    async def handle(self, reader, writer):
        local = writer.get_extra_info("sockname")[0]
        try:
            while True:
                try:
                    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=30)
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError):
                    break
                lines = head.decode("latin-1").split("\r\n")
                parts = lines[0].split(" ")
                path = parts[1] if len(parts) > 1 else "/"
                hdrs = {}
                for ln in lines[1:]:
                    if ":" in ln:
                        k, v = ln.split(":", 1)
                        hdrs[k.strip().lower()] = v.strip()
                self.requests += 1
                delay = self.slow.get(local)
                if delay:
                    await asyncio.sleep(delay)
                entry = self.routes.get((local, path))
                if entry is None:
                    status, body, extra = "404 Not Found", b"no such feed\n", ""
                else:
                    body, etag = entry
                    validators = "ETag: %s\r\nLast-Modified: %s\r\n" % (etag, LAST_MODIFIED)
                    if hdrs.get("if-none-match") == etag or (
                            "if-none-match" not in hdrs and hdrs.get("if-modified-since") == LAST_MODIFIED):
                        status, body, extra = "304 Not Modified", b"", validators
                        self.not_modified += 1
                    else:
                        status, extra = "200 OK", validators + "Content-Type: application/rss+xml; charset=utf-8\r\n"
                writer.write(("HTTP/1.1 %s\r\n%sContent-Length: %d\r\n\r\n" % (status, extra, len(body))).encode()
                             + body)
                self.bytes += len(body)
                await writer.drain()
                if hdrs.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, OSError):
            pass
        finally:
            try:
                writer.close()
            except Exception:
                pass

    async def control(self, reader, writer):
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=10)
            path = head.split(b" ")[1].decode()
            if path == "/reset":
                self.reset()
            body = json.dumps({"requests": self.requests, "bytes": self.bytes,
                               "not_modified": self.not_modified}).encode()
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                         b"Content-Length: %d\r\n\r\n" % len(body) + body)
            await writer.drain()
        except Exception:
            pass
        writer.close()


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--hosts", type=int, default=300)
    ap.add_argument("--slow", type=int, default=15)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20251118)
    ap.add_argument("--lifetime", type=int, default=900, help="exit after this many seconds")
    args = ap.parse_args()
    farm = Farm(args)
    servers = []
    for h in farm.hosts:
        servers.append(await asyncio.start_server(farm.handle, h, args.port, backlog=256))
    servers.append(await asyncio.start_server(farm.control, "127.0.0.1", args.port))
    with open(os.path.join(args.out, "urls"), "w") as f:
        f.write("\n".join(farm.urls) + "\n")
    total = sum(len(b) for b, _ in farm.routes.values())
    print("ready: %d feeds (%.1f MiB, %.0f KiB average) on %d hosts, %d slow (0.5-2 s)"
          % (len(farm.urls), total / 1048576.0, total / 1024.0 / len(farm.urls), len(farm.hosts),
             len(farm.slow)), flush=True)
    await asyncio.sleep(args.lifetime)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
