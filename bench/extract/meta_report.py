#!/usr/bin/python3
"""Metadata of extracted pages against what each page's author wrote down.

Runs `secdigest -q extract --json` over the three corpora that state the
expected metadata in a manifest.json:

  own       tests/data/pages              (the extractor's own pages)
  heldout   tests/data/pages_heldout      (written blind to the extractor)
  sample    data/sample                   (the sample day's pages)

and prints, per corpus, how many pages give the expected title, published
(RFC 3339 UTC), author, language and url (canonical_url, else the page's
url), then every miss with the expected and the obtained value.

On the sample day some sources give the author only in their feed, not in
the page: a sample page's author counts only where the page's text contains
it, and never on JIRC's pages (whose feed shortens the name the pages show),
as tests/unit/test_extract_pages.c decides.  The sample's manifest gives the
feed's link, not the canonical URL, so its url is not counted.

usage: meta_report.py [BINARY] [--corpus own|heldout|sample]... [--quiet]
  BINARY defaults to $SECDIGEST_BIN, else build/secdigest.
  --quiet prints the counts only.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CORPORA = {
    "own": os.path.join(ROOT, "tests", "data", "pages"),
    "heldout": os.path.join(ROOT, "tests", "data", "pages_heldout"),
    "sample": os.path.join(ROOT, "data", "sample"),
}
FIELDS = ("title", "published", "author", "language", "url")


def charset_of(content_type):
    if not content_type or "charset=" not in content_type.lower():
        return None
    v = content_type.lower().split("charset=", 1)[1].split(";")[0].strip().strip("\"'")
    return v or None


def page_names(path, text, charset):
    """Does the page's decoded source contain `text`? (the sample's author rule)"""
    with open(path, "rb") as f:
        raw = f.read()
    for cs in ([charset] if charset else []) + ["utf-8", "cp932", "euc-jp", "cp1252"]:
        try:
            return text in raw.decode(cs)
        except (UnicodeDecodeError, LookupError):
            continue
    return False


def run(binary, directory, page):
    args = [binary, "-q", "extract", "--json"]
    if page.get("url"):
        args += ["--url", page["url"]]
    cs = charset_of(page.get("content_type"))
    if cs:
        args += ["--charset", cs]
    args.append(os.path.join(directory, page["file"]))
    proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    line = proc.stdout.decode("utf-8", "replace").strip().splitlines()
    try:
        return json.loads(line[0]) if line else {}
    except ValueError:
        return {}


def report(binary, name, quiet):
    directory = CORPORA[name]
    with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as f:
        pages = json.load(f)["pages"]
    hits = {k: 0 for k in FIELDS}
    counted = {k: 0 for k in FIELDS}
    misses = []
    for p in pages:
        out = run(binary, directory, p)
        pid = p.get("name") or os.path.splitext(os.path.basename(p["file"]))[0]
        for field in FIELDS:
            if field == "url":
                if name == "sample":
                    continue
                want = p.get("canonical_url") or p.get("url")
            else:
                want = p.get(field)
            if field == "author" and name == "sample" and want and (
                    "jirc.example" in (p.get("feed") or "") or
                    not page_names(os.path.join(directory, p["file"]), want,
                                   charset_of(p.get("content_type")))):
                continue
            got = out.get(field)
            counted[field] += 1
            if got == want:
                hits[field] += 1
            else:
                misses.append((pid, field, want, got))
    print("== %s: %d pages" % (name, len(pages)))
    print("   " + "  ".join("%s %d/%d" % (k, hits[k], counted[k]) for k in FIELDS if counted[k]))
    if not quiet:
        for pid, field, want, got in misses:
            print("   miss %-34s %-9s want %s" % (pid, field, json.dumps(want, ensure_ascii=False)))
            print("   %-44s %-9s got  %s" % ("", "", json.dumps(got, ensure_ascii=False)))
    return hits, counted


def main(argv):
    binary = os.environ.get("SECDIGEST_BIN") or os.path.join(ROOT, "build", "secdigest")
    names, quiet = [], False
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--corpus" and i + 1 < len(argv):
            names.append(argv[i + 1])
            i += 1
        elif a == "--quiet":
            quiet = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            binary = a
        i += 1
    if not os.access(binary, os.X_OK):
        print("meta_report: no secdigest binary at %s" % binary, file=sys.stderr)
        return 1
    for n in names or ["own", "heldout", "sample"]:
        if n not in CORPORA:
            print("meta_report: unknown corpus %s" % n, file=sys.stderr)
            return 1
        report(binary, n, quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
