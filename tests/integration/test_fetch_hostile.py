"""secdigest fetch against hostile servers: each one ends its own transfer
with a clear reason, within its time bound, with memory bounded, and the run
finishes normally with every healthy feed stored."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from httpd_fixture import Checks, Env, Server, peak_child_rss_mb, rss  # noqa: E402

DAY = "2025-11-18"
PUB = "Tue, 18 Nov 2025 09:30:00 +0900"
MAX_BYTES = 1024 * 1024  # the bound the test configures (1 MiB)
TIMEOUT = 4

t = Checks()
srv = Server("127.0.0.1", max_seconds=30)
U = srv.url
env = Env("[fetch]\nmin_interval = 0\nmax_bytes = %d\nretries = 1\n" % MAX_BYTES)

srv.hang_after_headers("/hang.xml")
srv.drip("/drip.xml")
srv.endless("/huge.xml")                              # 2 GB, no Content-Length
srv.endless("/huge-announced.xml", announce=2 * 1024 ** 3)  # says 2 GB up front
bomb_size = srv.gzip_bomb("/bomb.xml", 64 * 1024 * 1024)     # inflates to 64 MiB
srv.redirect_forever("/loop")
srv.route("/html.xml", lambda s, h: s.send(
    h, 200, b"<!DOCTYPE html><html><head><title>Welcome</title></head><body><p>Our news page</p></body></html>",
    "text/html; charset=utf-8"))
srv.close_mid_body("/cut.xml")
srv.redirect("/to-ftp.xml", 302, "ftp://127.0.0.1/feed.xml")
srv.feed("/good.xml", rss("Good", [("The healthy feed still arrives", U("/a/1.html"), PUB, "x")]).encode())

bad = {
    "/hang.xml": ("too slow", "timed out"),
    "/drip.xml": ("too slow", "timed out"),
    "/huge.xml": ("too large",),
    "/huge-announced.xml": ("too large", "announced"),
    "/bomb.xml": ("too large", "decompressed"),
    "/loop/0": ("too many redirects",),
    "/html.xml": ("not a feed", "text/html"),
    "/cut.xml": ("closed",),
    "/to-ftp.xml": ("only http and https",),
}
for p in list(bad) + ["/good.xml"]:
    env.add(U(p))

rc, out, err, took = env.run("fetch", "--no-pages", "--allow-private-networks", "--timeout", str(TIMEOUT),
                             timeout=120)
print(err)
t.check("the run completes with exit 0", rc == 0, (rc, err))
t.check("the healthy feed is stored", [i["title"] for i in env.items(DAY)] == ["The healthy feed still arrives"])
# Everything runs at once: the slowest is bounded by --timeout (plus one retry of the cut body).
t.check("the whole run stays within its time bound (%.1f s)" % took, took < 3 * TIMEOUT + 4, took)
rss_mb = peak_child_rss_mb()
t.check("memory stays bounded (peak %.0f MiB)" % rss_mb, rss_mb < 100, rss_mb)

fl = env.feeds()
lines = err.splitlines()
for path, words in bad.items():
    url = U(path)
    f = fl.get(url, {})
    mine = [ln for ln in lines if url in ln]
    t.check("%s: failure logged with the feed's URL and a clear reason" % path,
            mine and any(any(w in ln for w in words) for ln in mine), mine)
    t.check("%s: feeds list shows 1 error and the reason" % path,
            f.get("error_count") == 1 and any(w in (f.get("last_error") or "") for w in words), f)

t.check("the 2 GB body stopped near the bound (server sent %d bytes)" % srv.sent("/huge.xml"),
        srv.sent("/huge.xml") < 64 * MAX_BYTES)
t.check("the announced 2 GB body was refused before reading it (server sent %d bytes)"
        % srv.sent("/huge-announced.xml"), srv.sent("/huge-announced.xml") < 64 * MAX_BYTES)
t.check("the gzip bomb was small on the wire (%d bytes)" % bomb_size, bomb_size < MAX_BYTES)
t.check("the redirect loop stopped after a few hops (%d)" % sum(srv.count("/loop/%d" % n) for n in range(200)),
        sum(srv.count("/loop/%d" % n) for n in range(200)) <= 7)
t.check("the drip was cut long before its 5000 s", srv.sent("/drip.xml") <= TIMEOUT + 2, srv.sent("/drip.xml"))
t.check("a cut connection is retried once", srv.count("/cut.xml") == 2, srv.count("/cut.xml"))
t.check("the hanging server is not retried (its time is spent)", srv.count("/hang.xml") == 1)
t.check("the summary counts 1 ok and 9 failed", "1 ok" in err and "9 failed" in err, err)

# TLS verification is on: a self-signed certificate is refused, with the reason.
import shutil  # noqa: E402
import subprocess  # noqa: E402
if shutil.which("openssl"):
    cert, key = os.path.join(env.dir, "cert.pem"), os.path.join(env.dir, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=60)
    tls = Server("127.0.0.1", tls=(cert, key))
    tls.feed("/tls.xml", rss("TLS", [("Served over self-signed TLS", tls.url("/a.html"), PUB, "x")]).encode())
    env2 = Env("[fetch]\nmin_interval = 0\n")
    env2.add(tls.url("/tls.xml"))
    rc, out, err, took = env2.run("fetch", "--no-pages", "--allow-private-networks", "--timeout", "5")
    t.check("a self-signed certificate is refused (TLS verification on)",
            rc == 1 and any(tls.url("/tls.xml") in ln and "TLS" in ln and "certificate" in ln
                            for ln in err.splitlines()), err)
    t.check("and nothing from it is stored", env2.items(DAY) == [])
    tls.close()
else:
    print("skip TLS verification (no openssl to make a certificate)")

srv.close()
t.finish()
