#!/usr/bin/python3
"""Check the generated sample day without trusting the generator.

    /usr/bin/python3 data/sample/check.py

Reads only the files on disk (manifest.json, stories.json, feeds/, pages/,
expected/) and checks them with independent tools: xmllint for the feeds,
feedparser for items and dates, iconv for encodings, BeautifulSoup for the
pages.  Exits 1 and lists every problem found.
"""

import collections
import datetime as dt
import email.utils
import time
import unicodedata
import json
import os
import re
import subprocess
import sys

import feedparser
from bs4 import BeautifulSoup, NavigableString

HERE = os.path.dirname(os.path.abspath(__file__))
JST = dt.timezone(dt.timedelta(hours=9))
ICONV = {"UTF-8": "UTF-8", "Shift_JIS": "CP932", "EUC-JP": "EUC-JP"}
problems = []


def bad(msg):
    problems.append(msg)


def read(rel):
    with open(os.path.join(HERE, rel), "rb") as f:
        return f.read()


def iconv(data, frm, to="UTF-8"):
    p = subprocess.run(["iconv", "-f", frm, "-t", to], input=data, capture_output=True)
    return p.returncode, p.stdout


def xmllint_ok(data):
    p = subprocess.run(["xmllint", "--noout", "--nonet", "-"], input=data, capture_output=True)
    return p.returncode == 0, p.stderr.decode("utf-8", "replace")


manifest = json.loads(read("manifest.json"))
key = json.loads(read("stories.json"))
pages = {p["url"]: p for p in manifest["pages"]}
sample_day = manifest["sample_day"]

# ------------------------------------------------------------------ feeds
feed_items = {}
formats = collections.Counter()
for f in manifest["feeds"]:
    raw = read(f["file"])
    true_cs = f["charset"]
    declared = f.get("declared_charset", true_cs)
    m = re.match(rb'<\?xml[^>]*encoding="([^"]+)"', raw)
    if not m or m.group(1).decode().lower() != declared.lower():
        bad("%s: XML declaration does not say %s" % (f["file"], declared))
    rc, utf8 = iconv(raw, ICONV[true_cs])
    if rc != 0:
        bad("%s: not valid %s" % (f["file"], true_cs))
        continue
    rc2, back = iconv(utf8, "UTF-8", ICONV[true_cs])
    if rc2 != 0 or back != raw:
        bad("%s: %s round trip differs" % (f["file"], true_cs))
    ok, err = xmllint_ok(raw)
    if declared == true_cs and not ok:
        bad("%s: xmllint: %s" % (f["file"], err[:200]))
    if declared != true_cs:
        if ok:
            bad("%s: the lying declaration was expected to fail xmllint" % f["file"])
        if true_cs != "UTF-8" and raw.decode("utf-8", "ignore") == raw.decode("latin-1"):
            bad("%s: bytes are plain ASCII, the wrong declaration proves nothing" % f["file"])
    fixed = re.sub(rb'encoding="[^"]+"', b'encoding="UTF-8"', utf8, count=1)
    ok, err = xmllint_ok(fixed)
    if not ok:
        bad("%s: not well-formed after decoding: %s" % (f["file"], err[:200]))
    d = feedparser.parse(fixed)
    if d.bozo:
        bad("%s: feedparser: %s" % (f["file"], d.bozo_exception))
    fmt = {"rss20": "rss2", "rss10": "rdf", "atom10": "atom"}.get(d.version, d.version)
    if fmt != f["format"]:
        bad("%s: feedparser says %s, manifest %s" % (f["file"], d.version, f["format"]))
    formats[(fmt, f["language"], true_cs, declared)] += 1
    if len(d.entries) != f.get("items", len(d.entries)):
        bad("%s: %d entries, manifest says %d" % (f["file"], len(d.entries), f["items"]))
    for e in d.entries:
        link = e.get("link")
        t = e.get("published_parsed") or e.get("updated_parsed")
        raw_date = e.get("published", "")
        if raw_date.endswith(" JST"):
            # feedparser reads the named zone JST as UTC; RFC 822 readers in
            # the wild (and ours) know it as +0900.
            t = email.utils.parsedate_tz(raw_date[:-4] + " +0900")
            t = time.gmtime(email.utils.mktime_tz(t))
        if not link or not t:
            bad("%s: entry without link or date: %r" % (f["file"], e.get("title")))
            continue
        utc = dt.datetime(*t[:6], tzinfo=dt.timezone.utc)
        feed_items[link] = (f, utc, e)
        p = pages.get(link)
        if not p:
            bad("%s: item link %s has no page in the manifest" % (f["file"], link))
            continue
        if p["day"] != utc.astimezone(JST).date().isoformat():
            bad("%s: %s: feed date %s is not on %s JST" % (f["file"], link, utc, p["day"]))
        if p["published"] != utc.strftime("%Y-%m-%dT%H:%M:%SZ"):
            bad("%s: %s: published %s vs feed %s" % (f["file"], link, p["published"], utc))
        if e.get("title") != p["title"]:
            bad("%s: title differs for %s" % (f["file"], link))
for url in pages:
    if url not in feed_items:
        bad("manifest page %s is in no feed" % url)

# ------------------------------------------------------------------ pages
CONTAINER = {
    "secwatch": ("div", {"class": "entry-content"}),
    "cybersokuho": ("div", {"class": "entry-body"}),
    "jirc": ("div", {"class": "doc-body"}),
    "itshinpo": ("div", {"id": "cmsBody"}),
    "dailysec": ("div", {"id": "kiji-honbun"}),
    "amatsu": ("div", {"class": "post-content"}),
    "nimbus": ("div", {"class": "advisory-body"}),
    "patchline": ("div", {"class": "entry-content"}),
    "packetreport": ("div", {"class": "article-body"}),
    "infosecledger": ("div", {"class": "post-content"}),
}
BOX_CLASSES = {"ad", "kanren-inline", "newsletter-inline", "inline-related"}
BOILERPLATE_WORDS = ["広告", "関連記事", "シェア", "Cookieを使用", "use cookies", "コメント", "スポンサー",
                     "Advertisement", "Subscribe", "Share", "Related", "Read more", "Leave a Reply",
                     "newsletter", "Copyright", "\u00a9", "PR:", "トラックバック", "ページの先頭"]


def boxed(tag, stop=None):
    for t in [tag] + list(tag.parents):
        if t is stop:
            return False
        if getattr(t, "get", None) and is_box(t):
            return True
    return False


def is_box(tag):
    return bool(set(tag.get("class") or []) & BOX_CLASSES)


def block_text(tag):
    return re.sub(r"[ \t\r\n\f]+", " ", tag.get_text()).strip(" \t\r\n\f")


def perfect_extract(container):
    out = []
    for el in container.find_all(["p", "h2", "h3", "h4", "li", "table"]):
        if boxed(el, container):
            continue
        if el.name == "table":
            out.append("\n".join(" | ".join(block_text(c) for c in tr.find_all(["th", "td"]))
                                 for tr in el.find_all("tr")))
        else:
            out.append(block_text(el))
    return out


site_names = {f["name"] for f in manifest["feeds"]}
per_day = collections.Counter()
languages_of_story = collections.defaultdict(set)
sources_of_story = collections.defaultdict(set)
for p in manifest["pages"]:
    raw = read(p["file"])
    cs = p["charset"]
    declared = p.get("declared_charset", cs)
    rc, utf8 = iconv(raw, ICONV[cs])
    if rc != 0:
        bad("%s: not valid %s" % (p["file"], cs))
        continue
    if cs != "UTF-8":
        try:
            raw.decode("utf-8")
            bad("%s: claims %s but is valid UTF-8" % (p["file"], cs))
        except UnicodeDecodeError:
            pass
    text = utf8.decode("utf-8")
    if not text.startswith("<!DOCTYPE") and not text.startswith("<!doctype"):
        bad("%s: no doctype" % p["file"])
    meta = re.search(r'<meta charset="([^"]+)"|<meta http-equiv="Content-Type" content="text/html; charset=([^"]+)"', text)
    if not meta or (meta.group(1) or meta.group(2)).lower() != declared.lower():
        bad("%s: meta charset is not %s" % (p["file"], declared))
    ct = re.search(r"charset=(.+)$", p["content_type"])
    if ct and ct.group(1).lower() != cs.lower():
        bad("%s: content_type charset differs from the bytes" % p["file"])
    soup = BeautifulSoup(text, "html.parser")
    if not soup.title or not soup.find("meta", property="og:title") \
            or not soup.find("meta", property="article:published_time") \
            or not soup.find("link", rel="canonical"):
        bad("%s: missing title/og:title/published_time/canonical" % p["file"])
    site = os.path.basename(os.path.dirname(p["file"]))
    name, attrs = CONTAINER[site]
    containers = soup.find_all(name, attrs=attrs)
    if len(containers) != 1:
        bad("%s: %d article containers" % (p["file"], len(containers)))
        continue
    expected = read(p["expected"]).decode("utf-8")
    if expected != expected.strip():
        bad("%s: leading or trailing white space" % p["expected"])
    if unicodedata.normalize("NFC", expected) != expected:
        bad("%s: not NFC" % p["expected"])
    if re.search(r"[\x00-\x09\x0b-\x1f\x7f]", expected):
        bad("%s: control characters" % p["expected"])
    paras = expected.split("\n\n")
    if any(not x.strip() or ("\n" in x and " | " not in x) for x in paras):
        bad("%s: empty paragraph or stray newline" % p["expected"])
    got = perfect_extract(containers[0])
    if got != paras:
        bad("%s: container text differs from expected (%d vs %d paragraphs)" % (p["file"], len(got), len(paras)))
    # nothing outside the container (or inside its boxes) may be in the expected text
    inside = set(id(x) for x in containers[0].descendants)
    for s in soup.find_all(string=True):
        if not isinstance(s, NavigableString) or s.parent.name in ("script", "style", "title"):
            continue
        if id(s) in inside and not boxed(s.parent):
            continue
        t = s.strip()
        # short strings (tags, categories, the site's own name) may
        # legitimately occur in an article; longer boilerplate may not
        if len(t) >= 16 and t in expected and t not in site_names:
            bad("%s: boilerplate %r appears in the expected text" % (p["expected"], t[:40]))
    for w in BOILERPLATE_WORDS:
        if w in expected:
            bad("%s: boilerplate word %r in expected text" % (p["expected"], w))
    if p["title"] in expected:
        bad("%s: the headline is part of the expected text" % p["expected"])
    n = len([x for x in paras])
    if n < 3:
        bad("%s: only %d paragraphs" % (p["expected"], n))
    per_day[p["day"]] += 1
    sources_of_story[p["story"]].add(p["feed"])
    languages_of_story[p["story"]].add(p["language"])

# ------------------------------------------------------------------ stories
stories = {s["id"]: s for s in key["stories"]}
for url, sid in key["items"].items():
    if url not in pages:
        bad("stories.json: %s is not a manifest page" % url)
    elif pages[url]["story"] != sid:
        bad("stories.json: %s story mismatch" % url)
if set(key["items"]) != set(pages):
    bad("stories.json items and manifest pages differ")
groups = {"国内セキュリティ動向", "海外重大事例", "その他インシデント"}
cats = {"ransomware", "data_breach", "vulnerability", "active_exploitation", "threat_actor",
        "fraud_phishing", "policy", "product"}
for s in stories.values():
    if s["group"] not in groups or s["category"] not in cats:
        bad("story %s: bad group or category" % s["id"])
    if s["continues"] and (s["continues"] not in stories or stories[s["continues"]]["day"] >= s["day"]):
        bad("story %s: continues must name an earlier story" % s["id"])
by_day = collections.defaultdict(list)
for s in stories.values():
    by_day[s["day"]].append(s)
for day, ss in by_day.items():
    ranks = sorted(s["rank"] for s in ss)
    if ranks != list(range(1, len(ss) + 1)):
        bad("%s: ranks are not 1..%d" % (day, len(ss)))

day_stories = by_day[sample_day]
multi = [s for s in day_stories if len(sources_of_story[s["id"]]) >= 2]
bilingual = [s for s in day_stories if languages_of_story[s["id"]] == {"ja", "en"}]
continued = [s for s in day_stories if s["continues"]]
top = sorted(day_stories, key=lambda s: s["rank"])
if sum(per_day.values()) < 60:
    bad("only %d items" % sum(per_day.values()))
if set(per_day) != {"2026-11-16", "2026-11-17", sample_day}:
    bad("items fall on days %s" % sorted(per_day))
if len(day_stories) < 12:
    bad("only %d stories on the sample day" % len(day_stories))
if len(multi) < 4:
    bad("only %d multi-source stories" % len(multi))
if len(bilingual) < 2:
    bad("only %d bilingual stories" % len(bilingual))
if not continued:
    bad("no follow-up story on the sample day")
for a, b in zip(top, top[1:4]):
    if len(sources_of_story[a["id"]]) < len(sources_of_story[b["id"]]):
        bad("rank %d has fewer sources than rank %d" % (a["rank"], b["rank"]))
if {s["group"] for s in day_stories} != groups:
    bad("the sample day does not cover all three groups")
if {s["category"] for s in day_stories} != cats:
    bad("the sample day misses categories %s" % (cats - {s["category"] for s in day_stories}))

# ------------------------------------------------------------------ report
print("feeds:")
for (fmt, lang, cs, decl), n in sorted(formats.items()):
    print("  %-5s %s %-9s%s x%d" % (fmt, lang, cs, "" if decl == cs else " (declared %s)" % decl, n))
print("items per JST day:", dict(sorted(per_day.items())), "total", sum(per_day.values()))
print("sample day: %d stories, %d multi-source, %d in ja+en, %d follow-ups" % (
    len(day_stories), len(multi), len(bilingual), len(continued)))
for s in top:
    print("  %2d %-22s %-10s %-20s %s src=%d %s" % (
        s["rank"], s["id"], s["group"], s["category"], "/".join(sorted(languages_of_story[s["id"]])),
        len(sources_of_story[s["id"]]), s["label"]))
if problems:
    print("\n%d problem(s):" % len(problems))
    for m in problems:
        print("  " + m)
    sys.exit(1)
print("check: OK")
