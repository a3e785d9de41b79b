#!/usr/bin/python3
"""Extraction benchmark: secdigest against Debian's python3-readability.

Both tools get the same pages, their bodies are scored by one scorer
(score.py: words for English, characters for Japanese, bag-of-tokens
precision, recall and F1 against the expected body), and their speed is
measured:

  secdigest            `secdigest extract --jobs 1 --json PAGE...` over all
                       pages, repeated to ~2,000; CPU time of the whole process
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

Timing on a shared machine is noisy: each tool runs --rounds processes (or passes) of the
same ~2,000 pages, the tools' rounds interleaved, and the best round counts.  With
--instructions, valgrind also counts the instructions a page of each tool (per corpus, the
start-up left out): a figure no load can change (slow: readability under valgrind takes
minutes).

usage: bench.py SECDIGEST_BIN [--seconds S] [--rounds R] [--instructions] [--per-page] [--json OUT]
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


def run_secdigest(binary, pages):
    """What `secdigest extract --jobs 1 --json` gives for each page."""
    files = [p["path"] for p in pages]
    out = subprocess.run([binary, "-q", "extract", "--jobs", "1", "--json"] + files,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines = out.stdout.decode("utf-8").splitlines()
    if len(lines) != len(pages):
        raise SystemExit("secdigest printed %d lines for %d pages" % (len(lines), len(pages)))
    results = {}
    for p, line in zip(pages, lines):
        o = json.loads(line)
        results[p["id"]] = dict(id=p["id"], text=o.get("text"), error=o.get("error"))
    return results


def batch_of(items):
    """The list repeated to about BATCH_PAGES entries: what one round (one process) gets."""
    return items * max(1, BATCH_PAGES // max(1, len(items)))


def secdigest_round(binary, pages, jobs=1):
    """One round: `secdigest extract --jobs JOBS --json` over the batch, one process."""
    files = batch_of([p["path"] for p in pages])
    argv = [binary, "-q", "extract", "--jobs", str(jobs), "--json"] + files
    return (lambda: timed_process(argv)), len(files)


def multicore(binary, pages, jobs, min_seconds):
    """Wall-clock and CPU pages per second with `--jobs JOBS`, repeated until min_seconds of
    wall-clock time have passed (at least twice)."""
    one, n = secdigest_round(binary, pages, jobs)
    reps, cpu, wall, done = 0, 0.0, 0.0, 0
    while wall < min_seconds or reps < 2:
        c, w = one()
        cpu += c
        wall += w
        done += n
        reps += 1
    return dict(cpu=done / cpu, wall=done / wall)


def timed_process(argv):
    """CPU time (user + system) and wall-clock time of one process."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime), wall


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


def readability_inputs(pages):
    """What readability is handed for each page (see the module's docstring)."""
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
    return inputs


def run_readability(pages):
    """What Document(html).summary() gives for each page, as text."""
    from readability import Document
    results = {}
    for p, html in zip(pages, readability_inputs(pages)):
        try:
            summary = Document(html).summary(html_partial=True)
            results[p["id"]] = dict(id=p["id"], text=html_to_text(summary))
        except Exception as ex:  # readability raises on some inputs
            results[p["id"]] = dict(id=p["id"], text=None, error=str(ex))
    return results


def readability_calls_round(pages):
    """One round: Document(html).summary() over the batch in this process, only the calls
    timed (its best case: no start-up, no reading, no output)."""
    from readability import Document
    inputs = batch_of(readability_inputs(pages))

    def one():
        cpu = wall = 0.0
        for html in inputs:
            c0, t0 = time.process_time(), time.perf_counter()
            try:
                Document(html).summary(html_partial=True)
            except Exception:
                pass
            cpu += time.process_time() - c0
            wall += time.perf_counter() - t0
        return cpu, wall
    return one, len(inputs)


def readability_tool_args(pages):
    args = []
    for p in pages:
        cs = charset_of(p.get("content_type"))
        args.append(p["path"] + ("::" + cs if cs else ""))
    return args


def readability_tool_round(pages):
    """One round: readability as a command-line tool over the same batch as secdigest's, one
    process (so both tools' start-up is spread over as many pages)."""
    args = batch_of(readability_tool_args(pages))
    argv = ["/usr/bin/python3", os.path.join(HERE, "readability_tool.py")] + args
    return (lambda: timed_process(argv)), len(args)


def instructions(argv_without_files, files, startup_files=()):
    """Instructions executed per page by a command over `files`, net of its start-up (the
    same command without files), counted by valgrind's callgrind: the same count on every
    run of the same binary and inputs, whatever the machine is doing."""
    def count(argv):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "cg.out")
            subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + argv,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            with open(out, encoding="utf-8", errors="replace") as f:
                for line in f:
                    if line.startswith("summary:") or line.startswith("totals:"):
                        return int(line.split()[1])
        raise SystemExit("callgrind gave no count for %s" % argv[0])
    return (count(argv_without_files + files) - count(argv_without_files + list(startup_files))) / len(files)


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
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 3
    pages = load_pages()
    ours = run_secdigest(binary, pages)
    theirs = run_readability(pages)
    summary = report(pages, {"secdigest": ours, "python3-readability": theirs}, "--per-page" in argv)
    failed = [r["id"] for r in ours.values() if r.get("error")]
    if failed:
        print("secdigest found no article in %d page(s): %s" % (len(failed), ", ".join(failed)))
    print()
    ncpu = os.sysconf("SC_NPROCESSORS_ONLN")
    print("speed, pages per second of CPU time (user + system), the best of %d rounds of about %d" % (rounds, BATCH_PAGES))
    print("pages each, the tools' rounds interleaved; wall-clock in parentheses; ratio = secdigest /")
    print("readability, both on one core:")
    speed = {}
    for key, label in CORPORA:
        sel = [p for p in pages if key is None or p["corpus"] == key]
        if not sel:
            continue
        kib = sum(os.path.getsize(p["path"]) for p in sel) / 1024
        # The best round counts, as timeit and hyperfine report it: on a shared machine a
        # round can only be slowed down by others (a neighbour, a frequency drop), never
        # sped up.  Every tool gets the same number of rounds of the same pages, and their
        # rounds alternate, so that a slow spell of the machine falls on all of them alike.
        tools = [secdigest_round(binary, sel), readability_tool_round(sel), readability_calls_round(sel)]
        runs = [[] for _ in tools]
        for _ in range(rounds):
            for k, (one, n) in enumerate(tools):
                cpu, wall = one()
                runs[k].append((n / cpu, n / wall))
        ours_pps, theirs_tool_pps, theirs_pps = [
            dict(cpu=max(r[0] for r in rr), wall=max(r[1] for r in rr), rounds=[round(r[0], 1) for r in rr])
            for rr in runs]
        multi_pps = multicore(binary, sel, ncpu, seconds)
        print("  %s: %d pages, %.0f KiB, %.1f KiB a page" % (label, len(sel), kib, kib / len(sel)))
        for name, pps, ratio in (("secdigest extract --jobs 1 --json FILE...", ours_pps, None),
                                 ("readability_tool.py FILE... (same way)", theirs_tool_pps, True),
                                 ("readability Document().summary() only", theirs_pps, True)):
            print("    %-42s %8.1f pages/s  (%.1f)%s   rounds %s" % (
                name, pps["cpu"], pps["wall"],
                "   ratio %.1f x" % (ours_pps["cpu"] / pps["cpu"]) if ratio else "",
                " ".join("%.0f" % x for x in pps["rounds"])))
        print("    [multi-core] --jobs %-2d WALL-CLOCK          %8.1f pages/s  (CPU time %.1f pages/s; not in the ratios)" % (
            ncpu, multi_pps["wall"], multi_pps["cpu"]))
        entry = dict(pages=len(sel), kib=kib, secdigest=ours_pps,
                     secdigest_multicore=dict(jobs=ncpu, wall=multi_pps["wall"], cpu=multi_pps["cpu"]),
                     readability_calls=theirs_pps, readability_tool=theirs_tool_pps,
                     ratio_tool=ours_pps["cpu"] / theirs_tool_pps["cpu"],
                     ratio_calls=ours_pps["cpu"] / theirs_pps["cpu"])
        if "--instructions" in argv and key is not None:
            ours_ir = instructions([binary, "-q", "extract", "--jobs", "1", "--json"], [p["path"] for p in sel],
                                   ["/dev/null"])
            theirs_ir = instructions(["/usr/bin/python3", os.path.join(HERE, "readability_tool.py")],
                                     readability_tool_args(sel))
            print("    instructions a page (callgrind, start-up left out): secdigest %.2fM, readability %.2fM,"
                  " ratio %.1f x" % (ours_ir / 1e6, theirs_ir / 1e6, theirs_ir / ours_ir))
            entry["instructions"] = dict(secdigest=ours_ir, readability_tool=theirs_ir, ratio=theirs_ir / ours_ir)
        speed[key or "all"] = entry
    print("  (whole processes: start-up, reading, decoding, output included for both; the third line")
    print("   of each times only readability's own calls inside a warm interpreter, its best case;")
    print("   [multi-core]: secdigest on %d threads, pages per second of WALL-CLOCK time, which" % ncpu)
    print("   depends on the cores and the load: not comparable with the single-core lines;")
    print("   --instructions: instructions are what a machine's load cannot change, but an")
    print("   instruction of Python's interpreter and one of ours need not take the same time)")
    if "--json" in argv:
        with open(argv[argv.index("--json") + 1], "w") as f:
            json.dump(dict(quality=summary, speed=speed), f, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
