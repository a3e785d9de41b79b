"""secdigest fetch refuses loopback, private and link-local addresses after DNS
resolution and on every redirect, unless --allow-private-networks (or an
explicit --allow-network range) permits them.

When it can (root, util-linux unshare, iproute2), the test re-runs itself in a
fresh network namespace that has nothing but loopback, so that even a broken
guard could not send a packet to 169.254.169.254 or anywhere else.
"""

import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

NETNS_VAR = "SECDIGEST_TEST_NETNS"


def in_private_netns():
    if os.environ.get(NETNS_VAR) == "1":
        return True
    if not shutil.which("unshare") or not shutil.which("ip"):
        return False
    try:
        probe = subprocess.run(["unshare", "-n", "true"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    if probe.returncode != 0:
        return False
    env = dict(os.environ)
    env[NETNS_VAR] = "1"
    r = subprocess.run(["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$0" "$@"',
                        sys.executable, os.path.abspath(__file__)], env=env, timeout=250)
    sys.exit(r.returncode)


isolated = in_private_netns()

from httpd_fixture import Checks, Env, Server, rss  # noqa: E402

DAY = "2025-11-18"
PUB = "Tue, 18 Nov 2025 09:30:00 +0900"
t = Checks()
print("network namespace: %s" % ("private (loopback only)" if isolated else "shared (metadata case skipped)"))

inner = Server("127.0.0.1")   # what a hostile feed would like us to reach
outer = Server("127.0.0.2")   # stands for a public server: allowed with --allow-network 127.0.0.2/32
CONFIG = "[fetch]\nmin_interval = 0\ntimeout = 5\n"

inner.feed("/secret.xml", rss("Internal", [("Internal only", inner.url("/x.html"), PUB, "x")]).encode())

# ---- 1. the feed URL itself is on loopback -------------------------------
env = Env(CONFIG)
env.add(inner.url("/secret.xml"))
rc, out, err, _ = env.run("fetch", "--no-pages")
t.check("a feed on 127.0.0.1 is refused without --allow-private-networks",
        inner.count("/secret.xml") == 0 and "127.0.0.1 is a loopback address" in err
        and inner.url("/secret.xml") in err, err)
t.check("refused feed: exit 1 (nothing collected) and the reason in feeds list",
        rc == 1 and "loopback" in (env.feeds()[inner.url("/secret.xml")]["last_error"] or ""))

env = Env(CONFIG)
env.add(inner.url("/secret.xml", host="localhost"))
rc, out, err, _ = env.run("fetch", "--no-pages")
t.check("a host name that resolves to loopback is refused after resolution",
        inner.count("/secret.xml") == 0 and "loopback address" in err, err)

rc, out, err, _ = env.run("fetch", "--no-pages", "--allow-private-networks")
t.check("--allow-private-networks permits it", rc == 0 and inner.count("/secret.xml") == 1
        and "Internal only" in [i["title"] for i in env.items(DAY)], err)

# ---- 2. redirects from an allowed server to forbidden places ---------------
env = Env(CONFIG)
O = outer.url
outer.feed("/ok.xml", rss("Outer", [("Allowed host item", O("/a/1.html"), PUB, "x"),
                                    ("Item linking inside", inner.url("/page.html"), PUB, "y")]).encode())
outer.redirect("/to-loopback.xml", 302, inner.url("/secret.xml"))
outer.redirect("/to-metadata.xml", 301, "http://169.254.169.254/latest/meta-data/")
outer.redirect("/to-private.xml", 302, "http://10.0.0.1/feed.xml")
outer.redirect("/to-file.xml", 302, "file:///etc/passwd")
outer.route("/a/1.html", lambda s, h: s.send(h, 200, b"<html><body><p>ok</p></body></html>", "text/html"))
inner.route("/page.html", lambda s, h: s.send(h, 200, b"<html>secret</html>", "text/html"))
paths = ["/ok.xml", "/to-loopback.xml", "/to-file.xml"]
if isolated:
    paths += ["/to-metadata.xml", "/to-private.xml"]
for p in paths:
    env.add(O(p))
before = inner.count("/secret.xml")
rc, out, err, took = env.run("fetch", "--allow-network", "127.0.0.2/32")
print(err)
fl = env.feeds()
t.check("--allow-network permits exactly that range", fl[O("/ok.xml")]["error_count"] == 0
        and "Allowed host item" in [i["title"] for i in env.items(DAY)], fl.get(O("/ok.xml")))
t.check("redirect to 127.0.0.1 is refused, naming the address and the redirect",
        inner.count("/secret.xml") == before and any(
            O("/to-loopback.xml") in ln and "127.0.0.1 is a loopback address" in ln and "redirect" in ln
            for ln in err.splitlines()), err)
t.check("feeds list keeps the refusal", "loopback" in (fl[O("/to-loopback.xml")]["last_error"] or ""))
t.check("redirect to file:// is refused", any(O("/to-file.xml") in ln and "only http and https" in ln
                                               for ln in err.splitlines()), err)
if isolated:
    t.check("redirect to 169.254.169.254 (cloud metadata) is refused",
            any(O("/to-metadata.xml") in ln and "169.254.169.254 is a link-local address" in ln
                for ln in err.splitlines()), err)
    t.check("a refused 301 does not move the feed", O("/to-metadata.xml") in fl, list(fl))
    t.check("redirect to 10.0.0.1 is refused", any(O("/to-private.xml") in ln and "10.0.0.1 is a private address"
                                                    in ln for ln in err.splitlines()), err)
t.check("an item's page on a private address is refused too",
        inner.count("/page.html") == 0 and any(inner.url("/page.html") in ln and "loopback" in ln
                                               for ln in err.splitlines()), err)
t.check("the allowed page is stored", outer.count("/a/1.html") == 1 and env.sql(
    "SELECT COUNT(*) FROM pages WHERE url = ? AND status = 200", (O("/a/1.html"),))[0][0] == 1)
t.check("refusals are immediate (%.1f s)" % took, took < 5, took)

rc, out, err, _ = env.run("fetch", "--allow-network", "not-a-network")
t.check("a malformed --allow-network is a usage error", rc == 2 and "not-a-network" in err, (rc, err))

inner.close()
outer.close()
t.finish()
