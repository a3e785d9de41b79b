"""The digest of the bundled sample day, judged against the story key.

Runs `secdigest demo` twice into temporary folders and checks the digest of
2026-11-18 against data/sample/stories.json and manifest.json (the truth the
sample's author wrote down), never against the program's own earlier output:

- `secdigest check` accepts the Markdown, also with --db (every link collected);
- the three key points are the stories ranked 1, 2, 3, in that order;
- every digest story cites exactly the sample-day articles of one true story
  (no split, no merge), and every true story of the day appears once;
- groups and categories agree with the key for at least 90% of the stories;
- the glossary is not empty and explains only terms the digest itself uses;
- 主要引用 lists each URL cited in ニュース紹介 once, and nothing else;
- the four formats are byte-identical across two runs; the Atom is
  well-formed with one entry per day;
- the stories' sentences are copied from their own sources: at least 90% of
  the sentences ending in 。 (outside our fixed wording for English-only
  stories) occur verbatim in the extracted text of one of the story's
  sources; the same for the sentences of quoted English excerpts.

A digest story is mapped to the true story whose items' links make up most
of its source URLs. URLs are compared without utm_* tracking parameters
(a writer may cite the canonical address instead of the feed's link).

Prints one line per check, then "N passed, M failed"; exit 1 if any failed,
77 (skip) when the binary is missing.
"""

import collections
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET

BIN = os.environ.get("SECDIGEST_BIN", "")
SRCDIR = os.environ.get("SRCDIR") or os.path.abspath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SAMPLE = os.path.join(SRCDIR, "data", "sample")
GLOSSARY_TSV = os.path.join(SRCDIR, "data", "glossary.tsv")

GROUPS = ("国内セキュリティ動向", "海外重大事例", "その他インシデント")
SHARE = 0.90          # groups, categories, verbatim sentences
MAX_LISTED = 12       # defects printed per check

if not BIN or not os.access(BIN, os.X_OK):
    print("skip: SECDIGEST_BIN is not an executable (%r)" % BIN)
    sys.exit(77)


# ---- checks -----------------------------------------------------------------
class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, cond, detail=""):
        if cond:
            self.passed += 1
            print("ok   %s" % name)
        else:
            self.failed += 1
            print("FAIL %s" % name)
        if detail:
            print("     " + str(detail).replace("\n", "\n     "))
        sys.stdout.flush()
        return cond

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        sys.exit(1 if self.failed else 0)


def listed(lines):
    lines = list(lines)
    more = len(lines) - MAX_LISTED
    return "\n".join(lines[:MAX_LISTED] + (["... and %d more" % more] if more > 0 else []))


t = Checks()


# ---- the truth ----------------------------------------------------------------
def norm_url(u):
    """The link without utm_* tracking parameters and without a fragment."""
    p = urllib.parse.urlsplit(u.strip())
    q = [(k, v) for k, v in urllib.parse.parse_qsl(p.query, keep_blank_values=True)
         if not k.lower().startswith("utm_")]
    return urllib.parse.urlunsplit((p.scheme.lower(), p.netloc.lower(), p.path,
                                    urllib.parse.urlencode(q), ""))


with open(os.path.join(SAMPLE, "manifest.json"), encoding="utf-8") as f:
    MANIFEST = json.load(f)
with open(os.path.join(SAMPLE, "stories.json"), encoding="utf-8") as f:
    KEY = json.load(f)
DAY = MANIFEST["sample_day"]

PAGE_DAY = {norm_url(p["url"]): p.get("day") for p in MANIFEST["pages"]}
COLLECTED = set(PAGE_DAY)
STORY = {s["id"]: s for s in KEY["stories"]}
STORY_OF_LINK = {norm_url(link): sid for link, sid in KEY["items"].items()}
# The articles of each true story that are on the sample day.
DAY_STORIES = sorted((s for s in KEY["stories"] if s["day"] == DAY), key=lambda s: s["rank"])
TRUE_LINKS = {s["id"]: {norm_url(u) for u in s["items"] if PAGE_DAY.get(norm_url(u)) == DAY}
              for s in DAY_STORIES}
if not DAY_STORIES or any(not v for v in TRUE_LINKS.values()):
    print("the story key has no sample-day stories or a story without sample-day items")
    sys.exit(1)


def label(sid):
    s = STORY.get(sid)
    return "%s (rank %s, %s)" % (sid, s["rank"], s["day"]) if s else str(sid)


# ---- running the demo ---------------------------------------------------------
TMP = tempfile.TemporaryDirectory(prefix="secdigest-sample-")


def run_env(home):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SECDIGEST_") and k not in ("OPENAI_API_KEY",)}
    env.update({"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, "config"),
                "XDG_DATA_HOME": os.path.join(home, "data"),
                "SECDIGEST_DATA_DIR": os.path.join(SRCDIR, "data"), "LC_ALL": "C.UTF-8"})
    return env


def run(args, home, cwd=None, timeout=120):
    p = subprocess.run([BIN] + args, cwd=cwd or home, env=run_env(home), timeout=timeout,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


FORMATS = ("%s.md" % DAY, "%s.html" % DAY, "%s.json" % DAY, "digest.atom", "index.html")
runs = []
for n in (1, 2):
    home = os.path.join(TMP.name, "run%d" % n)
    os.makedirs(home)
    rc, out, err = run(["demo", "--no-llm", "--output", "out"], home)
    outdir = os.path.join(home, "out")
    missing = [f for f in FORMATS + ("demo.db",) if not os.path.isfile(os.path.join(outdir, f))]
    t.check("demo run %d exits 0 and writes %s" % (n, ", ".join(FORMATS + ("demo.db",))),
            rc == 0 and not missing,
            "" if rc == 0 and not missing else "exit %d, missing %s\n%s" % (rc, missing, err[-2000:]))
    runs.append((home, outdir))

HOME, OUT = runs[0]
if not os.path.isfile(os.path.join(OUT, "%s.json" % DAY)):
    t.finish()
MD_PATH = os.path.join(OUT, "%s.md" % DAY)
with open(MD_PATH, encoding="utf-8") as f:
    MD = f.read()
with open(os.path.join(OUT, "%s.json" % DAY), encoding="utf-8") as f:
    DIGEST = json.load(f)
DB = os.path.join(OUT, "demo.db")

# ---- secdigest check -------------------------------------------------------------
rc, out, err = run(["check", MD_PATH], HOME)
t.check("secdigest check accepts the Markdown", rc == 0, "" if rc == 0 else (out + err)[-2000:])
rc, out, err = run(["--db", DB, "check", MD_PATH], HOME)
t.check("secdigest --db demo.db check accepts it (every link is a collected article)", rc == 0,
        "" if rc == 0 else (out + err)[-2000:])

MD_URLS = re.findall(r"\]\((https?://[^)\s]+)\)", MD)
strangers = sorted({u for u in MD_URLS if norm_url(u) not in COLLECTED})
t.check("every link in the Markdown is a sample article (manifest.json pages[].url)",
        MD_URLS and not strangers, listed(strangers) if strangers else "")

# ---- mapping digest stories to true stories ----------------------------------------
STORIES = DIGEST.get("stories") or []
BY_ID = {s.get("id"): s for s in STORIES}


def source_urls(s):
    return [src.get("url") or "" for src in (s.get("sources") or [])]


def true_story(s):
    """The true story whose items make up most of the digest story's sources."""
    votes = collections.Counter(STORY_OF_LINK.get(norm_url(u)) for u in source_urls(s))
    votes.pop(None, None)
    if not votes:
        return None
    return min(votes, key=lambda sid: (-votes[sid], STORY[sid]["rank"], sid))


MAPPED = {s.get("id"): true_story(s) for s in STORIES}


def dlabel(s):
    return "「%s」" % (s.get("headline") or s.get("id"))


# ---- key points -------------------------------------------------------------------
kp = DIGEST.get("key_points") or []
got = [MAPPED.get(k.get("story")) if k.get("story") in BY_ID else "(no such story %r)" % k.get("story")
       for k in kp]
want = [s["id"] for s in DAY_STORIES[:3]]
t.check("the 3 key points are the stories ranked 1, 2, 3, in that order",
        got == want, "" if got == want else "got:  %s\nwant: %s" % (", ".join(map(str, got)), ", ".join(want)))

# ---- one digest story = exactly one true story -----------------------------------
cover = collections.defaultdict(list)   # true story id -> digest stories mapped to it
for s in STORIES:
    cover[MAPPED[s.get("id")]].append(s)
defects = []
for s in STORIES:
    sid = MAPPED[s.get("id")]
    urls = {norm_url(u) for u in source_urls(s)}
    if sid is None:
        defects.append("%s: no source belongs to any true story: %s" % (dlabel(s), sorted(urls)))
        continue
    if sid not in TRUE_LINKS:
        defects.append("%s: is story %s of another day" % (dlabel(s), label(sid)))
        continue
    others = collections.Counter(STORY_OF_LINK.get(u, "(unknown article)") for u in urls
                                 if u not in TRUE_LINKS[sid])
    missing = TRUE_LINKS[sid] - urls
    if others:
        defects.append("%s: MERGED - story %s together with %s" % (
            dlabel(s), label(sid), ", ".join("%s (%d article(s))" % (label(o), n)
                                              for o, n in sorted(others.items()))))
    if missing:
        split = len(cover[sid]) > 1
        defects.append("%s: %s - story %s lacks %d of its %d articles: %s" % (
            dlabel(s), "SPLIT over %d digest stories" % len(cover[sid]) if split else "INCOMPLETE",
            label(sid), len(missing), len(TRUE_LINKS[sid]), ", ".join(sorted(missing))))
t.check("each digest story cites exactly the articles of one true story (%d stories)" % len(STORIES),
        STORIES and not defects, listed(defects))

absent = [label(s["id"]) for s in DAY_STORIES if not cover.get(s["id"])]
twice = ["%s appears %d times: %s" % (label(s["id"]), len(cover[s["id"]]),
                                      " / ".join(dlabel(d) for d in cover[s["id"]]))
         for s in DAY_STORIES if len(cover.get(s["id"], [])) > 1]
t.check("every true story of %s appears exactly once (%d stories)" % (DAY, len(DAY_STORIES)),
        not absent and not twice,
        listed(["missing: " + a for a in absent] + twice))

# ---- groups and categories ------------------------------------------------------------
for field, plural in (("group", "groups"), ("category", "categories")):
    judged = [(s, MAPPED[s.get("id")]) for s in STORIES if MAPPED[s.get("id")] in TRUE_LINKS]
    wrong = ["%s (%s): %s %r, key says %r" % (dlabel(s), sid, field, s.get(field), STORY[sid][field])
             for s, sid in judged if s.get(field) != STORY[sid][field]]
    ok = len(judged) - len(wrong)
    share = ok / len(judged) if judged else 0.0
    t.check("%s match stories.json for >= %d%% of stories: %d/%d (%.0f%%)" % (
        plural, SHARE * 100, ok, len(judged), share * 100), judged and share >= SHARE, listed(wrong))

bad_group = sorted({s.get("group") for s in STORIES if s.get("group") not in GROUPS}, key=str)
t.check("every story's group is one of the three headings", not bad_group, bad_group or "")


# ---- Markdown sections --------------------------------------------------------------
def section(md, heading, level):
    """The lines under `heading` (a line '#'*level + ' ' + heading) up to the next
    heading of that level or higher; None when absent."""
    lines = md.split("\n")
    mark = "#" * level + " " + heading
    for i, line in enumerate(lines):
        if line.strip() == mark:
            out = []
            for line2 in lines[i + 1:]:
                m = re.match(r"(#+) ", line2)
                if m and len(m.group(1)) <= level:
                    break
                out.append(line2)
            return out
    return None


# ---- glossary ---------------------------------------------------------------------
ALIASES = {}
with open(GLOSSARY_TSV, encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 3:
            ALIASES[cols[0]] = [a for a in cols[2].split("|") if a and a != "-"]

glossary = [g.get("term") or "" for g in ((DIGEST.get("deep_dive") or {}).get("glossary") or [])]
t.check("the glossary is not empty (%d terms)" % len(glossary), glossary)
gl_lines = section(MD, "用語解説", 4) or []
gl_start = MD.find("#### 用語解説")
own_text = MD
if gl_start >= 0:
    own_text = MD[:gl_start] + MD[gl_start + len("#### 用語解説") + len("\n".join(gl_lines)) + 1:]
own_text = re.sub(r"https?://[^)\s]+", " ", own_text)
own_fold = unicodedata.normalize("NFC", own_text).casefold()
unused = []
for term in glossary:
    spellings = [term] + ALIASES.get(term, [])
    if not any(sp.casefold() in own_fold for sp in spellings):
        unused.append("%s (spellings tried: %s)%s" % (term, " | ".join(spellings),
                                                       "" if term in ALIASES else " - not in glossary.tsv"))
t.check("every glossary term (or a glossary.tsv alias) occurs in the digest outside 用語解説",
        not unused, listed(unused))

# ---- citations ---------------------------------------------------------------------
news = section(MD, "ニュース紹介", 2)
cites = section(MD, "主要引用", 2)
cited = []
for line in news or []:
    m = re.match(r"\s*\[出典: .*\]\((\S+)\)\s*$", line)
    if m:
        cited.append(m.group(1))
listed_urls, badlines = [], []
for line in cites or []:
    if not line.strip():
        continue
    # The link text is Markdown: backslash escapes (\_ \[ \]) stand for the character.
    m = re.match(r"\*\s+.*?: \[((?:\\.|[^\]\\])+)\]\(([^)\s]+)\)\s*$", line)
    if m:
        listed_urls.append(m.group(2))
        if re.sub(r"\\(.)", r"\1", m.group(1)) != m.group(2):
            badlines.append("link text is not its URL: " + line)
    else:
        badlines.append("not a citation line: " + line)
problems = list(badlines)
if news is None or cites is None:
    problems.append("section %s missing" % ("ニュース紹介" if news is None else "主要引用"))
cnt = collections.Counter(listed_urls)
problems += ["listed %d times: %s" % (n, u) for u, n in sorted(cnt.items()) if n > 1]
problems += ["cited in ニュース紹介 but not listed: " + u for u in sorted(set(cited) - set(listed_urls))]
problems += ["listed but not cited in ニュース紹介: " + u for u in sorted(set(listed_urls) - set(cited))]
t.check("主要引用 lists each URL cited in ニュース紹介 exactly once and nothing else "
        "(%d cited, %d listed)" % (len(set(cited)), len(listed_urls)), cited and not problems, listed(problems))

json_cited = {u for s in STORIES for u in source_urls(s)}
json_listed = [c.get("url") for c in DIGEST.get("citations") or []]
jc = collections.Counter(json_listed)
jproblems = (["listed %d times: %s" % (n, u) for u, n in sorted(jc.items(), key=str) if n > 1]
             + ["a story's source not in citations: " + u for u in sorted(json_cited - set(json_listed))]
             + ["in citations but no story's source: " + str(u) for u in sorted(set(json_listed) - json_cited, key=str)])
t.check("JSON citations[] = the stories' sources, once each", json_cited and not jproblems, listed(jproblems))

# ---- determinism and Atom ------------------------------------------------------------
for fname in FORMATS:
    blobs = []
    for home, outdir in runs:
        try:
            with open(os.path.join(outdir, fname), "rb") as f:
                blobs.append(f.read())
        except OSError:
            blobs.append(None)
    detail = ""
    if blobs[0] != blobs[1] and None not in blobs:
        a, b = blobs[0].decode("utf-8", "replace").split("\n"), blobs[1].decode("utf-8", "replace").split("\n")
        diff = [(i + 1, x, y) for i, (x, y) in enumerate(zip(a, b)) if x != y][:3]
        detail = "\n".join("line %d:\n  run 1: %s\n  run 2: %s" % (i, x[:300], y[:300]) for i, x, y in diff) \
            or "lengths %d and %d" % (len(blobs[0]), len(blobs[1]))
    t.check("%s is byte-identical across two demo runs" % fname,
            None not in blobs and blobs[0] == blobs[1], detail)

ATOM_NS = "{http://www.w3.org/2005/Atom}"
try:
    root = ET.parse(os.path.join(OUT, "digest.atom")).getroot()
    entries = root.findall(ATOM_NS + "entry")
    days = collections.Counter()
    for e in entries:
        text = " ".join((e.findtext(ATOM_NS + x) or "") for x in ("id", "title"))
        for d in set(re.findall(r"\d{4}-\d{2}-\d{2}", text)):
            days[d] += 1
    ok = (root.tag == ATOM_NS + "feed" and len(entries) == 1 and days.get(DAY) == 1
          and all(e.findtext(ATOM_NS + "id") and e.findtext(ATOM_NS + "updated") for e in entries))
    t.check("digest.atom is well-formed Atom with one entry per day (%d entries)" % len(entries), ok,
            "" if ok else "root %s, entries %d, days named %s" % (root.tag, len(entries), dict(days)))
except ET.ParseError as e:
    t.check("digest.atom is well-formed Atom with one entry per day", False, "not well-formed: %s" % e)

# ---- sentences come from their sources --------------------------------------------------
EXTRACTS = collections.defaultdict(list)   # normalised link -> extracted texts
con = sqlite3.connect("file:%s?mode=ro" % DB, uri=True)
for link, canon, text in con.execute(
        "SELECT i.link, i.canonical_link, e.text FROM items i JOIN extracts e ON e.item_id = i.id"):
    for u in (link, canon):
        if u and text:
            EXTRACTS[norm_url(u)].append(text)
con.close()


def norm_text(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def found(sentence, texts):
    s = norm_text(sentence)
    if any(s in t_ for t_ in texts):
        return True
    squeezed = re.sub(r"\s+", "", s)   # tolerate spaces dropped or added around Japanese text
    return any(squeezed in re.sub(r"\s+", "", t_) for t_ in texts)


OPEN, CLOSE = "「『（(【〔", "」』）)】〕"


def ja_sentences(par):
    """Sentences ending in 。 outside brackets; the tail without 。 is dropped."""
    out, cur, depth = [], [], 0
    for ch in par:
        cur.append(ch)
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif ch == "。" and depth == 0:
            out.append("".join(cur).strip())
            cur = []
    return [s for s in out if s]


FIXED = re.compile(r"英語|報道によると|^この話題は|^海外(の)?報道")
QUOTE = re.compile(r"英語記事より引用[）)]\s*[：:]\s*「(.+)」", re.S)

par_source = "JSON stories[].paragraphs"
if not any("paragraphs" in s for s in STORIES):
    par_source = "Markdown ニュース紹介"
n_ja = n_fixed = n_en = 0
bad_ja, bad_en = [], []
no_text = []
for idx, s in enumerate(STORIES):
    texts = [norm_text(x) for u in source_urls(s) for x in EXTRACTS.get(norm_url(u), [])]
    if not texts:
        no_text.append(dlabel(s))
    pars = s.get("paragraphs")
    if pars is None:   # fall back on the Markdown section of this story
        body = section(MD, "%d. %s" % (idx + 1, s.get("headline")), 3) or []
        pars = [p for p in "\n".join(body).split("\n\n") if p.strip() and not p.strip().startswith("[出典")]
    for par in pars:
        for q in QUOTE.findall(par):
            for sent in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“‘(])", q.strip()):
                sent = sent.strip().rstrip("…").strip()
                if not sent:
                    continue
                n_en += 1
                if not found(sent, texts):
                    bad_en.append("%s: %s" % (dlabel(s), sent))
        for sent in ja_sentences(QUOTE.sub("", par)):
            if FIXED.search(sent):
                n_fixed += 1
                continue
            n_ja += 1
            if not found(sent, texts):
                bad_ja.append("%s: %s" % (dlabel(s), sent))

ok_ja = n_ja - len(bad_ja)
share = ok_ja / n_ja if n_ja else 0.0
t.check("story sentences (%s) are verbatim in their own sources' extracted text: %d/%d (%.1f%%), "
        "%d fixed-wording sentences not judged" % (par_source, ok_ja, n_ja, share * 100, n_fixed),
        n_ja > 0 and share >= SHARE,
        listed((["no extracted text for the sources of " + x for x in no_text]) +
               ["not in the sources: " + b for b in bad_ja]))
ok_en = n_en - len(bad_en)
share_en = ok_en / n_en if n_en else 1.0
t.check("sentences of quoted English excerpts are verbatim in their sources: %d/%d" % (ok_en, n_en),
        share_en >= SHARE, listed("not in the sources: " + b for b in bad_en))

t.finish()
