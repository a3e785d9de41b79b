#!/usr/bin/python3
"""Extraction benchmark: secdigest against Debian's python3-readability.

Both tools get the same pages, their bodies are scored by one scorer
(score.py: words for English, characters for Japanese, bag-of-tokens
precision, recall and F1 against the expected body), and their speed is
measured:

  secdigest            `secdigest extract --jobs 1 --json PAGE...` over all
                       pages, repeated; CPU time of the whole process
                       (start-up, reading files, charset decoding, metadata,
                       JSON output included): one core, the figure compared
                       with readability;
  python3-readability  measured two ways: as a command-line tool
                       (readability_tool.py FILE..., timed exactly like
                       secdigest), and as Document(html).summary() calls in a
                       loop inside this process, only those calls timed
                       (start-up, imports, file reading and the conversion of
                       its HTML output to text left out: its best case).

Speed is pages per second of CPU time (user + system), which does not depend
on what else the machine is doing; wall-clock figures are printed beside it.

One more line per corpus, marked [multi-core], runs the same command with
`--jobs N` (N = the online CPUs) and gives its wall-clock pages per second --
what a user waits for -- with the CPU-time rate beside it (its CPU time
includes the threads' overhead).  Those figures depend on the number of cores
and on the machine's load; they are not part of the comparison with
readability, which runs on one core.

readability is handed what an HTTP client would give it: the page decoded with
the charset of the Content-Type when the server sends one, else the raw bytes
(it then reads <meta charset> itself).

usage: bench.py SECDIGEST_BIN [--seconds S] [--per-page] [--json OUT]
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import score  # noqa: E402


# Pages handed to one process of either tool (the file list repeated): start-up costs
# are spread over this many pages for both.
BATCH_PAGES = 2000


def charset_of(content_type):
    if not content_type or "charset=" not in content_type.lower():
        return None
    v = content_type.lower().split("charset=", 1)[1].split(";")[0].strip().strip('"\'')
    return {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
            "euc-jp": "euc_jp"}.get(v, v)


def load_pages():
    pages = []
    own = os.path.join(ROOT, "tests", "data", "pages")
    with open(os.path.join(own, "manifest.json"), encoding="utf-8") as f:
        for p in json.load(f)["pages"]:
            pages.append(dict(id="own/" + p["name"], corpus="own", path=os.path.join(own, p["file"]),
                              expected=os.path.join(own, p["expected"]), lang=p["language"],
                              content_type=p.get("content_type")))
    # Pages written apart from the extractor, by a hand that never saw its code: the
    # honest measure of how it does on layouts it was not tuned on.
    held = os.path.join(ROOT, "tests", "data", "pages_heldout")
    if os.path.exists(os.path.join(held, "manifest.json")):
        with open(os.path.join(held, "manifest.json"), encoding="utf-8") as f:
            for p in json.load(f)["pages"]:
                pages.append(dict(id="heldout/" + p["name"], corpus="heldout", path=os.path.join(held, p["file"]),
                                  expected=os.path.join(held, p["expected"]), lang=p["language"],
                                  content_type=p.get("content_type")))
    sample = os.path.join(ROOT, "data", "sample")
    mpath = os.path.join(sample, "manifest.json")
    if os.path.exists(mpath):
        with open(mpath, encoding="utf-8") as f:
            for p in json.load(f)["pages"]:
                name = os.path.basename(p["file"])[:-5]
                pages.append(dict(id="sample/" + name, corpus="sample", path=os.path.join(sample, p["file"]),
                                  expected=os.path.join(sample, p["expected"]), lang=p["language"],
                                  content_type=p.get("content_type")))
    for p in pages:
        with open(p["expected"], encoding="utf-8") as f:
            p["text"] = f.read().rstrip("\n")
    return pages


def run_secdigest(binary, pages, min_seconds, jobs=1):
    """Results and speed of `secdigest extract --jobs JOBS`.  With one job the list is
    repeated until min_seconds of CPU time have passed (the single-core figure); with
    more, until min_seconds of wall-clock time have (threads spend CPU time faster)."""
    files = [p["path"] for p in pages]
    cmd = [binary, "-q", "extract", "--jobs", str(jobs), "--json"]
    out = subprocess.run(cmd + files, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines = out.stdout.decode("utf-8").splitlines()
    if len(lines) != len(pages):
        raise SystemExit("secdigest printed %d lines for %d pages" % (len(lines), len(pages)))
    results = {}
    for p, line in zip(pages, lines):
        o = json.loads(line)
        results[p["id"]] = dict(id=p["id"], text=o.get("text"), error=o.get("error"))
    # speed: the whole list, repeated until min_seconds have passed (at least twice)
    reps, cpu, wall, done = 0, 0.0, 0.0, 0
    batch = max(1, BATCH_PAGES // max(1, len(files)))
    while (cpu if jobs == 1 else wall) < min_seconds or reps < 2:
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd + files * batch, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall += time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu += (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        done += len(files) * batch
        reps += 1
    return results, dict(cpu=done / cpu, wall=done / wall)


def html_to_text(summary):
    """readability's HTML to text, with a break around every block (the scorer counts
    tokens, so only the separation of words matters)."""
    import lxml.html
    if not summary or not summary.strip():
        return ""
    try:
        root = lxml.html.fromstring(summary)
    except Exception:
        return ""
    blocks = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "pre", "blockquote",
              "section", "article", "dd", "dt", "table", "ul", "ol", "br", "figure", "figcaption", "header",
              "footer", "main", "aside", "form", "address"}
    parts = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style"):
            return
        if tag in blocks:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for c in el:
            walk(c)
            if c.tail:
                parts.append(c.tail)
        if tag in blocks:
            parts.append("\n")

    walk(root)
    return "".join(parts)


def run_readability(pages, min_seconds):
    from readability import Document
    inputs = []
    for p in pages:
        with open(p["path"], "rb") as f:
            raw = f.read()
        cs = charset_of(p.get("content_type"))
        if cs:
            try:
                raw = raw.decode(cs)
            except (LookupError, UnicodeDecodeError):
                pass
        inputs.append(raw)
    results = {}
    for p, html in zip(pages, inputs):
        try:
            summary = Document(html).summary(html_partial=True)
            results[p["id"]] = dict(id=p["id"], text=html_to_text(summary))
        except Exception as ex:  # readability raises on some inputs
            results[p["id"]] = dict(id=p["id"], text=None, error=str(ex))
    reps, cpu, wall, done = 0, 0.0, 0.0, 0
    while cpu < min_seconds or reps < 1:
        for html in inputs:
            c0, t0 = time.process_time(), time.perf_counter()
            try:
                Document(html).summary(html_partial=True)
            except Exception:
                pass
            cpu += time.process_time() - c0
            wall += time.perf_counter() - t0
            done += 1
        reps += 1
    return results, dict(cpu=done / cpu, wall=done / wall)


def run_readability_tool(pages, min_seconds):
    """readability as a command-line tool over the same file list, timed like secdigest."""
    args = []
    for p in pages:
        cs = charset_of(p.get("content_type"))
        args.append(p["path"] + ("::" + cs if cs else ""))
    tool = os.path.join(HERE, "readability_tool.py")
    # The same repeated list as secdigest gets (BATCH_PAGES a process), so both tools'
    # start-up is spread over as many pages.
    batch = max(1, BATCH_PAGES // max(1, len(args)))
    reps, cpu, wall, done = 0, 0.0, 0.0, 0
    while cpu < min_seconds or reps < 1:
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(["/usr/bin/python3", tool] + args * batch, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        wall += time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu += (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        done += len(args) * batch
        reps += 1
    return dict(cpu=done / cpu, wall=done / wall)


def report(pages, results_by_tool, per_page):
    groups = [("own pages (tests/data/pages)", lambda p: p["corpus"] == "own"),
              ("sample day (data/sample)", lambda p: p["corpus"] == "sample"),
              ("held-out (pages_heldout)", lambda p: p["corpus"] == "heldout"),
              ("all, Japanese", lambda p: p["lang"] == "ja"),
              ("all, English", lambda p: p["lang"] == "en"),
              ("all", lambda p: True)]
    summary = {}
    print("%-30s %5s  %-20s %-22s %-22s" % ("corpus", "pages", "tool", "macro P / R / F1", "micro P / R / F1"))
    for gname, pred in groups:
        sel = [p for p in pages if pred(p)]
        if not sel:
            continue
        expected = {p["id"]: dict(text=p["text"], lang=p["lang"]) for p in sel}
        for tool, results in results_by_tool.items():
            rows, macro, micro = score.score(expected, results)
            summary.setdefault(gname, {})[tool] = dict(pages=len(sel), macro=macro, micro=micro)
            print("%-30s %5d  %-20s %.3f / %.3f / %.3f    %.3f / %.3f / %.3f" % (
                gname, len(sel), tool, macro["p"], macro["r"], macro["f"], micro["p"], micro["r"], micro["f"]))
        if per_page and gname == "all":
            for tool, results in results_by_tool.items():
                rows, _, _ = score.score(expected, results)
                print("  %s, worst pages:" % tool)
                for x in sorted(rows, key=lambda x: x["f"])[:12]:
                    print("    %-55s P %.3f R %.3f F1 %.3f" % (x["id"][:55], x["p"], x["r"], x["f"]))
    return summary


CORPORA = [("own", "own pages"), ("sample", "sample day"), ("heldout", "held-out pages"), (None, "all pages")]


def main(argv):
    if not argv or argv[0].startswith("--"):
        raise SystemExit(__doc__)
    binary = argv[0]
    seconds = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 3.0
    pages = load_pages()
    ours, _ = run_secdigest(binary, pages, 0)
    theirs, _ = run_readability(pages, 0)
    summary = report(pages, {"secdigest": ours, "python3-readability": theirs}, "--per-page" in argv)
    failed = [r["id"] for r in ours.values() if r.get("error")]
    if failed:
        print("secdigest found no article in %d page(s): %s" % (len(failed), ", ".join(failed)))
    print()
    ncpu = os.sysconf("SC_NPROCESSORS_ONLN")
    print("speed, pages per second of CPU time (user + system; wall-clock figures in parentheses")
    print("depend on the machine's load); ratio = secdigest / readability, both on one core:")
    speed = {}
    for key, label in CORPORA:
        sel = [p for p in pages if key is None or p["corpus"] == key]
        if not sel:
            continue
        kib = sum(os.path.getsize(p["path"]) for p in sel) / 1024
        _, ours_pps = run_secdigest(binary, sel, seconds)
        _, multi_pps = run_secdigest(binary, sel, seconds, jobs=ncpu)
        _, theirs_pps = run_readability(sel, seconds)
        theirs_tool_pps = run_readability_tool(sel, seconds)
        print("  %s: %d pages, %.0f KiB, %.1f KiB a page" % (label, len(sel), kib, kib / len(sel)))
        print("    secdigest extract --jobs 1 --json FILE... %8.1f pages/s  (%.1f)" % (ours_pps["cpu"], ours_pps["wall"]))
        print("    readability_tool.py FILE... (same way)    %8.1f pages/s  (%.1f)   ratio %.1f x" % (
            theirs_tool_pps["cpu"], theirs_tool_pps["wall"], ours_pps["cpu"] / theirs_tool_pps["cpu"]))
        print("    readability Document().summary() only     %8.1f pages/s  (%.1f)   ratio %.1f x" % (
            theirs_pps["cpu"], theirs_pps["wall"], ours_pps["cpu"] / theirs_pps["cpu"]))
        print("    [multi-core] --jobs %-2d WALL-CLOCK          %8.1f pages/s  (CPU time %.1f pages/s; not in the ratios)" % (
            ncpu, multi_pps["wall"], multi_pps["cpu"]))
        speed[key or "all"] = dict(pages=len(sel), kib=kib, secdigest=ours_pps,
                                   secdigest_multicore=dict(jobs=ncpu, wall=multi_pps["wall"], cpu=multi_pps["cpu"]),
                                   readability_calls=theirs_pps,
                                   readability_tool=theirs_tool_pps,
                                   ratio_tool=ours_pps["cpu"] / theirs_tool_pps["cpu"],
                                   ratio_calls=ours_pps["cpu"] / theirs_pps["cpu"])
    print("  (whole processes: start-up, reading, decoding, output included for both; the third line")
    print("   of each times only readability's own calls inside a warm interpreter, its best case;")
    print("   [multi-core]: secdigest on %d threads, pages per second of WALL-CLOCK time, which" % ncpu)
    print("   depends on the cores and the load: not comparable with the single-core lines)")
    if "--json" in argv:
        with open(argv[argv.index("--json") + 1], "w") as f:
            json.dump(dict(quality=summary, speed=speed), f, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
