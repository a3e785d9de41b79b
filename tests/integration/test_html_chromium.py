"""The day's HTML page, opened in headless Chromium as a reader would.

Asserts that the rendered page shows every section of the format, that its
links are the digest's sources (and nothing else: no script, no remote
resource), and that the browser logs no console message (a CSP violation or
a script error would be one).  Skipped (exit 77) when Chromium is missing,
except in CI, where it must run.
"""
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile

BIN = os.environ["SECDIGEST_BIN"]
SKIP = 77


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings = []   # (tag, text)
        self.links = []
        self.scripts = 0
        self.remote = []
        self._in = None
        self._text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("h1", "h2", "h3", "h4"):
            self._in = tag
            self._text = []
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "script":
            self.scripts += 1
        for key in ("src", "srcset"):
            if key in a:
                self.remote.append(a[key])
        if tag == "link" and a.get("rel") == "stylesheet":
            self.remote.append(a.get("href"))

    def handle_endtag(self, tag):
        if tag == self._in:
            self.headings.append((tag, "".join(self._text).strip()))
            self._in = None

    def handle_data(self, data):
        if self._in:
            self._text.append(data)


def main():
    chromium = find_chromium()
    if not chromium:
        if os.environ.get("CI"):
            print("chromium is missing in CI: .ci/run must install it", file=sys.stderr)
            return 1
        print("chromium not installed; skipping")
        return SKIP
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "demo")
        subprocess.run([BIN, "demo", "--output", out], check=True, capture_output=True)
        page = os.path.join(out, "2026-11-18.html")
        md = open(os.path.join(out, "2026-11-18.md"), encoding="utf-8").read()
        profile = os.path.join(tmp, "profile")
        cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
               "--virtual-time-budget=2000", "--dump-dom", "file://" + page]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            print(r.stderr[-2000:], file=sys.stderr)
            return 1
        dom = r.stdout
        parsed = Page()
        parsed.feed(dom)

        want = ["主要ポイント", "国内セキュリティ動向", "海外重大事例", "その他インシデント",
                "ニュース紹介", "深掘り", "結論", "主要引用"]
        h2 = [t for tag, t in parsed.headings if tag == "h2"]
        if h2 != want:
            failures.append("h2 sections in the rendered page: %r, want %r" % (h2, want))
        h1 = [t for tag, t in parsed.headings if tag == "h1"]
        if h1 != ["2026-11-18 サイバーセキュリティニュースまとめ", "2026-11-18 サイバーセキュリティニュース詳細"]:
            failures.append("h1 titles: %r" % h1)
        h4 = [t for tag, t in parsed.headings if tag == "h4"]
        for sub in ("用語解説", "今後の展望"):
            if sub not in h4:
                failures.append("missing h4 " + sub)

        # Every link in the Markdown is a link in the page, and the page links nowhere else
        # (but its own index page).
        md_links = set(re.findall(r"\]\((https?://[^)\s]+)\)", md))
        page_links = set(parsed.links) - {"index.html"}
        if not md_links:
            failures.append("the digest has no links")
        if page_links != md_links:
            failures.append("links differ: only in page %r, only in Markdown %r"
                            % (sorted(page_links - md_links)[:3], sorted(md_links - page_links)[:3]))
        if parsed.scripts:
            failures.append("the page has %d script element(s)" % parsed.scripts)
        if parsed.remote:
            failures.append("the page loads resources: %r" % parsed.remote[:3])

        console = [l for l in r.stderr.splitlines() if "CONSOLE" in l or "Refused to" in l]
        if console:
            failures.append("console messages: %r" % console[:3])

        # The index page lists the day.
        r2 = subprocess.run(cmd[:-1] + ["file://" + os.path.join(out, "index.html")],
                            capture_output=True, text=True, timeout=120)
        if 'href="2026-11-18.html"' not in r2.stdout:
            failures.append("index.html does not link the day's page")

    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    if not failures:
        print("the page renders every section, links only to its sources, logs nothing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
