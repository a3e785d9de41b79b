"""secdigest fetch against a real HTTP server on 127.0.0.1: conditional GET,
Retry-After, redirects, Shift_JIS, gzip, article pages, per-host politeness,
one feed's failure not touching the others, local files, exit codes."""

import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from httpd_fixture import Checks, Env, Server, rss  # noqa: E402

DAY = "2025-11-18"
PUB = "Tue, 18 Nov 2025 09:30:00 +0900"

t = Checks()
srv = Server("127.0.0.1")
# A second host, for the per-host limit (the whole of 127.0.0.0/8 is loopback on Linux).
srv2 = Server("127.0.0.2")
U = srv.url
CONFIG = "[fetch]\nmin_interval = 0\ntimeout = 10\n"


def titles(items):
    return sorted(i.get("title") or "" for i in items)


# ---- 1. conditional GET ----------------------------------------------------
env = Env(CONFIG)
feed_etag = rss("Etag Feed", [("Patch notes for Example Router 3.1", U("/a/1.html"), PUB, "first"),
                              ("Phishing wave against Example Bank", U("/a/2.html"), PUB, "second")])
srv.feed("/etag.xml", feed_etag.encode(), etag='"v1"')
feed_lm = rss("LM Feed", [("Ransomware group claims Example Port", U("/a/3.html"), PUB, "third")])
LM = "Mon, 17 Nov 2025 22:00:00 GMT"
srv.feed("/lm.xml", feed_lm.encode(), last_modified=LM)
env.add(U("/etag.xml"))
env.add(U("/lm.xml"))

rc, out, err, took = env.run("fetch", "--no-pages", "--allow-private-networks", check=0)
got = titles(env.items(DAY))
t.check("first poll stores every item of both feeds",
        got == sorted(["Patch notes for Example Router 3.1", "Phishing wave against Example Bank",
                       "Ransomware group claims Example Port"]), got)
first = srv.requests("/etag.xml")
t.check("first poll is unconditional", len(first) == 1 and "If-None-Match" not in first[0].headers,
        [r.headers for r in first])
ua = first[0].headers.get("User-Agent", "") if first else ""
t.check("User-Agent names secdigest, its version and a contact URL",
        ua.startswith("secdigest/") and "+http" in ua, ua)
ae = first[0].headers.get("Accept-Encoding", "") if first else ""
t.check("compressed transfers offered (gzip, deflate, br, zstd)",
        all(x in ae for x in ("gzip", "deflate", "br", "zstd")), ae)
t.check("summary line on stderr", "2 ok" in err and "3 new items" in err, err)
sent_before = srv.sent("/etag.xml") + srv.sent("/lm.xml")

rc, out, err, took = env.run("fetch", "--no-pages", "--allow-private-networks", check=0)
second = srv.requests("/etag.xml")
t.check("second poll sends the stored ETag", len(second) == 2
        and second[1].headers.get("If-None-Match") == '"v1"', [r.headers for r in second])
lm = srv.requests("/lm.xml")
t.check("second poll sends the stored Last-Modified", len(lm) == 2
        and lm[1].headers.get("If-Modified-Since") == LM, [r.headers for r in lm])
t.check("second poll transfers no body (304)", srv.sent("/etag.xml") + srv.sent("/lm.xml") == sent_before,
        (sent_before, srv.sent("/etag.xml"), srv.sent("/lm.xml")))
t.check("summary counts both as not modified", "2 not modified" in err, err)
t.check("items unchanged after 304", len(env.items(DAY)) == 3)
fl = env.feeds()
t.check("feeds list: last status 304, no errors",
        fl[U("/etag.xml")]["last_status"] == 304 and fl[U("/etag.xml")]["error_count"] == 0, fl)

# min_interval: with the default 30 minutes, an immediate re-run polls nothing.
env_iv = Env("[fetch]\nmin_interval = 30\n")
srv.feed("/interval.xml", rss("Interval", [("Only once", U("/a/4.html"), PUB, "x")]).encode(), etag='"i1"')
env_iv.add(U("/interval.xml"))
env_iv.run("fetch", "--no-pages", "--allow-private-networks", check=0)
rc, out, err, _ = env_iv.run("fetch", "--no-pages", "--allow-private-networks")
t.check("a feed is not polled again within min_interval",
        rc == 0 and srv.count("/interval.xml") == 1 and "polled recently" in err, (rc, err))
env_iv.run("fetch", "--no-pages", "--force", "--allow-private-networks", check=0)
t.check("--force polls it anyway (conditionally)", srv.count("/interval.xml") == 2
        and srv.requests("/interval.xml")[1].headers.get("If-None-Match") == '"i1"')

# TTL and Cache-Control: max-age set the earliest next poll.
env_h = Env(CONFIG)
srv.feed("/ttl.xml", rss("TTL", [("Feed with a TTL", U("/a/13.html"), PUB, "x")], ttl=180).encode())
srv.feed("/maxage.xml", rss("MaxAge", [("Feed with max-age", U("/a/14.html"), PUB, "x")]).encode(),
         extra={"Cache-Control": "public, max-age=7200"})
env_h.add(U("/ttl.xml"))
env_h.add(U("/maxage.xml"))
t0 = time.time()
env_h.run("fetch", "--no-pages", "--allow-private-networks", check=0)
fl = env_h.feeds()


def next_in(url):
    import datetime
    v = fl[url]["next_fetch"]
    return datetime.datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=datetime.timezone.utc).timestamp() - t0 if v else None


t.check("<ttl>180</ttl> puts the next poll 3 hours out", abs((next_in(U("/ttl.xml")) or 0) - 3 * 3600) < 120,
        fl[U("/ttl.xml")])
t.check("Cache-Control max-age=7200 puts the next poll 2 hours out",
        abs((next_in(U("/maxage.xml")) or 0) - 7200) < 120, fl[U("/maxage.xml")])
env_h.run("fetch", "--no-pages", "--allow-private-networks", check=0)
t.check("so an immediate re-run leaves them alone", srv.count("/ttl.xml") == 1 and srv.count("/maxage.xml") == 1)

# On a terminal, a live one-line progress display; the summary still ends the run.
import pty  # noqa: E402
import subprocess  # noqa: E402
mfd, sfd = pty.openpty()
p = subprocess.Popen([env_h.bin, "--db", env_h.db, "--config", env_h.config, "fetch", "--force", "--no-pages",
                      "--allow-private-networks"], stdout=subprocess.DEVNULL, stderr=sfd)
os.close(sfd)
chunks = []
while True:
    try:
        b = os.read(mfd, 4096)
    except OSError:
        break
    if not b:
        break
    chunks.append(b)
p.wait(timeout=60)
os.close(mfd)
tty = b"".join(chunks).decode("utf-8", "replace")
t.check("progress line on a terminal (feeds done/total, new items, errors)",
        "\rfetch: feeds" in tty.replace("\x1b[K", "") and "feeds 2/2" in tty and "errors" in tty, repr(tty))
t.check("the progress line is cleared and the summary follows it",
        tty.rsplit("\x1b[K", 1)[-1].startswith("secdigest: info: fetched 2 feeds"), repr(tty))

# --feeds FILE.opml: the feeds listed there are added and polled, and only they.
env_o = Env(CONFIG)
srv.feed("/opml-a.xml", rss("OPML A", [("Listed in the OPML file", U("/a/15.html"), PUB, "x")]).encode())
srv.feed("/opml-b.xml", rss("OPML B", [("Also listed there", U("/a/16.html"), PUB, "x")]).encode())
srv.feed("/not-listed.xml", rss("Other", [("Not in the OPML", U("/a/17.html"), PUB, "x")]).encode())
env_o.add(U("/not-listed.xml"))
opml = os.path.join(env_o.dir, "list.opml")
with open(opml, "w") as f:
    f.write('<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>'
            '<outline text="A" type="rss" xmlUrl="%s"/><outline text="B" type="rss" xmlUrl="%s"/>'
            "</body></opml>" % (U("/opml-a.xml"), U("/opml-b.xml")))
rc, out, err, _ = env_o.run("fetch", "--feeds", opml, "--no-pages", "--allow-private-networks")
got = titles(env_o.items(DAY))
t.check("--feeds FILE.opml adds and polls the feeds it lists, and only those",
        rc == 0 and got == ["Also listed there", "Listed in the OPML file"] and srv.count("/not-listed.xml") == 0
        and U("/opml-a.xml") in env_o.feeds(), (rc, got, err))

# ---- 2. 429 and Retry-After -------------------------------------------------
env = Env(CONFIG)
busy = rss("Busy", [("Advisory after a short wait", U("/a/5.html"), PUB, "x")]).encode()
srv.sequence("/busy.xml", [
    lambda s, h: s.send(h, 429, b"slow down\n", "text/plain", {"Retry-After": "1"}),
    lambda s, h: s.send(h, 200, busy, "application/rss+xml"),
])
srv.status("/limited.xml", 429, {"Retry-After": "3600"}, b"come back in an hour\n")
env.add(U("/busy.xml"))
env.add(U("/limited.xml"))
t0 = time.time()
rc, out, err, took = env.run("fetch", "--no-pages", "--allow-private-networks", check=0)
reqs = srv.requests("/busy.xml")
t.check("429 with a short Retry-After is retried after that wait",
        len(reqs) == 2 and reqs[1].when - reqs[0].when >= 0.9, [r.when for r in reqs])
t.check("the retried feed's item is stored", "Advisory after a short wait" in titles(env.items(DAY)))
t.check("a long Retry-After is reported with the feed and the reason",
        U("/limited.xml") in err and "429" in err and "3600" in err, err)
fl = env.feeds()
lim = fl[U("/limited.xml")]
t.check("feeds list keeps the error count and the last error",
        lim["error_count"] == 1 and "429" in (lim["last_error"] or ""), lim)
t.check("one failing feed does not fail the run", rc == 0)
env.run("fetch", "--no-pages", "--allow-private-networks", check=0)
t.check("Retry-After: 3600 is honoured by the next run (not polled again)", srv.count("/limited.xml") == 1,
        srv.count("/limited.xml"))

# ---- 3. redirects -------------------------------------------------------------
env = Env(CONFIG)
moved = rss("Moved", [("Feed at its new address", U("/a/6.html"), PUB, "x")]).encode()
srv.redirect("/old.xml", 301, U("/new.xml"))
srv.feed("/new.xml", moved, etag='"m1"')
srv.redirect("/temp.xml", 302, "/new2.xml")  # relative Location
srv.feed("/new2.xml", rss("Temp", [("Temporarily elsewhere", U("/a/7.html"), PUB, "x")]).encode())
srv.redirect("/p1.xml", 308, U("/p2.xml"))
srv.redirect("/p2.xml", 302, U("/p3.xml"))
srv.feed("/p3.xml", rss("Chain", [("Permanent then temporary", U("/a/8.html"), PUB, "x")]).encode())
for p in ("/old.xml", "/temp.xml", "/p1.xml"):
    env.add(U(p))
rc, out, err, _ = env.run("fetch", "--no-pages", "--allow-private-networks", check=0)
fl = env.feeds()
t.check("301 updates the stored feed URL", U("/new.xml") in fl and U("/old.xml") not in fl, list(fl))
t.check("302 keeps the stored feed URL", U("/temp.xml") in fl, list(fl))
t.check("308 then 302: the URL moves to the permanent target only", U("/p2.xml") in fl, list(fl))
t.check("items of redirected feeds stored", all(x in titles(env.items(DAY)) for x in
        ("Feed at its new address", "Temporarily elsewhere", "Permanent then temporary")))
t.check("the move is logged", "moved permanently" in err and U("/new.xml") in err, err)
env.run("fetch", "--no-pages", "--allow-private-networks", check=0)
t.check("the next poll goes straight to the new URL", srv.count("/old.xml") == 1 and srv.count("/new.xml") == 2)

# ---- 4. Shift_JIS, with and without a charset header, and gzip -------------
env = Env(CONFIG)
JA1 = "脆弱性情報：サンプル製品に認証回避の問題"
JA2 = "注意喚起：ばらまき型メールの増加について"
sj_header = rss("日本語フィード", [(JA1, U("/a/9.html"), PUB, "説明文")]).encode("shift_jis")
srv.feed("/sjis-header.xml", sj_header, ctype="application/rss+xml; charset=Shift_JIS")
sj_decl = rss("宣言のみ", [(JA2, U("/a/10.html"), PUB, "説明文")], encoding="Shift_JIS").encode("shift_jis")
srv.feed("/sjis-decl.xml", sj_decl, ctype="application/rss+xml")
GZ = "Compressed feed item about a patched flaw"
srv.gzip_feed("/gz.xml", rss("Gzip", [(GZ, U("/a/11.html"), PUB, "x")]).encode())
for p in ("/sjis-header.xml", "/sjis-decl.xml", "/gz.xml"):
    env.add(U(p))
rc, out, err, _ = env.run("fetch", "--no-pages", "--allow-private-networks", check=0)
got = titles(env.items(DAY))
t.check("Shift_JIS feed with charset only in Content-Type decodes", JA1 in got, got)
t.check("Shift_JIS feed with charset only in the XML declaration decodes", JA2 in got, got)
t.check("gzip-encoded feed decodes", GZ in got, got)

# ---- 5. article pages -------------------------------------------------------
env = Env(CONFIG)
PAGE = "<html><head><title>Example</title></head><body><article><p>本文です。</p></article></body></html>"
srv.route("/page/1.html", lambda s, h: s.send(h, 200, PAGE.encode(), "text/html; charset=utf-8",
                                              {"X-Fixture": "page-one"}))
srv.status("/page/2.html", 404, body=b"gone\n")
srv.feed("/pages.xml", rss("Pages", [("Item with a page", U("/page/1.html"), PUB, "x"),
                                     ("Item whose page is missing", U("/page/2.html"), PUB, "y")]).encode())
env.add(U("/pages.xml"))
rc, out, err, _ = env.run("fetch", "--allow-private-networks", check=0)
rows = env.sql("SELECT i.title, p.status, p.content_type, p.headers, p.body, p.final_url "
               "FROM pages p JOIN items i ON i.id = p.item_id ORDER BY i.title")
by = {r[0]: r for r in rows}
p1 = by.get("Item with a page")
t.check("article page stored raw with its headers",
        p1 is not None and p1[1] == 200 and bytes(p1[4]).decode() == PAGE and "X-Fixture: page-one" in (p1[3] or "")
        and "text/html" in (p1[2] or ""), rows)
t.check("page requested as HTML", "text/html" in srv.requests("/page/1.html")[0].headers.get("Accept", ""))
p2 = by.get("Item whose page is missing")
t.check("a 404 page is stored with its status (extraction can tell)", p2 is not None and p2[1] == 404, rows)
t.check("the 404 page is reported", U("/page/2.html") in err and "404" in err, err)
env.run("fetch", "--force", "--allow-private-networks", check=0)
t.check("stored pages are not fetched again", srv.count("/page/1.html") == 1 and srv.count("/page/2.html") == 1)

# ---- 6. per-host limit; a slow host does not hold back the others -----------
env = Env(CONFIG)
state = {"now": 0, "max": 0}
lock = threading.Lock()


def slow(s, h):
    with lock:
        state["now"] += 1
        state["max"] = max(state["max"], state["now"])
    time.sleep(0.6)
    with lock:
        state["now"] -= 1
    path = h.path
    s.send(h, 200, rss("Slow " + path, [("Slow item " + path, U(path + ".html"), PUB, "x")]).encode(),
           "application/rss+xml")


for n in range(6):
    srv.route("/slow/%d.xml" % n, slow)
    env.add(U("/slow/%d.xml" % n))
for n in range(6):
    srv2.feed("/fast/%d.xml" % n, rss("Fast", [("Fast item %d" % n, srv2.url("/f/%d.html" % n), PUB, "x")]).encode())
    env.add(srv2.url("/fast/%d.xml" % n))
t0 = time.monotonic()
rc, out, err, took = env.run("fetch", "--no-pages", "--allow-private-networks", "--per-host", "2", "--jobs", "8",
                             check=0)
t.check("never more than --per-host transfers to one host", state["max"] == 2, state)
fast_done = max(r.when for n in range(6) for r in srv2.requests("/fast/%d.xml" % n)) - t0
slow_done = max(r.when for n in range(6) for r in srv.requests("/slow/%d.xml" % n)) - t0
t.check("the fast host is served while the slow one is busy", fast_done < slow_done, (fast_done, slow_done))
t.check("all 12 feeds stored", len(env.items(DAY)) == 12, titles(env.items(DAY)))
t.check("6 slow feeds at 2 per host take about 3 rounds", 1.6 < took < 8, took)

# ---- 7. failure isolation, exit codes, long failures, local files ----------
env = Env(CONFIG)
srv.status("/broken.xml", 500, body=b"oops\n")
srv.feed("/fine.xml", rss("Fine", [("Unaffected by the broken feed", U("/a/12.html"), PUB, "x")]).encode())
env.add(U("/broken.xml"))
env.add(U("/fine.xml"))
rc, out, err, _ = env.run("fetch", "--no-pages", "--allow-private-networks")
t.check("run with a failing feed exits 0", rc == 0, err)
t.check("the healthy feed's items are stored", "Unaffected by the broken feed" in titles(env.items(DAY)))
t.check("500 is retried before giving up (3 attempts)", srv.count("/broken.xml") == 3, srv.count("/broken.xml"))
t.check("the failure names the feed and the status", U("/broken.xml") in err and "HTTP 500" in err, err)
# A feed that has failed for days is reported, not dropped.
import sqlite3  # noqa: E402
con = sqlite3.connect(env.db)
con.execute("UPDATE feeds SET added_at = added_at - 3*86400 WHERE url = ?", (U("/broken.xml"),))
con.commit()
con.close()
rc, out, err, _ = env.run("fetch", "--no-pages", "--force", "--allow-private-networks")
t.check("a feed failing for days is reported as such", "failing for 3 days" in err and U("/broken.xml") in err, err)
t.check("and it is still polled", srv.count("/broken.xml") == 6)

env = Env(CONFIG)
env.add(U("/broken.xml"))
rc, out, err, _ = env.run("fetch", "--no-pages", "--allow-private-networks")
t.check("exit 1 when nothing could be collected", rc == 1 and "nothing could be collected" in err, (rc, err))

env = Env(CONFIG)
rc, out, err, _ = env.run("fetch", "--no-pages")
t.check("exit 1 with advice when there are no feeds", rc == 1 and "feeds add" in err, (rc, err))
rc, out, err, _ = env.run("fetch", "--jobs", "zero")
t.check("a bad option value is a usage error (exit 2)", rc == 2 and "--jobs" in err, (rc, err))

local = os.path.join(env.dir, "local feed.xml")
with open(local, "w", encoding="utf-8") as f:
    f.write(rss("Local", [("Read from a file on disk", "https://example.jp/local", PUB, "x")]))
rc, out, err, _ = env.run("fetch", "--no-pages", local)
if rc == 1 and "not an http(s) URL" in err:
    # The store keeps only http(s) feeds for now: the file was refused with a clear message.
    print("skip a file named on the command line is read and stored (the store refuses file:// feeds)")
else:
    t.check("a file named on the command line is read and stored",
            rc == 0 and "Read from a file on disk" in titles(env.items(DAY)), (rc, err))

srv.close()
srv2.close()
t.finish()
