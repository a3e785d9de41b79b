#!/usr/bin/python3
"""Print the table of bench/parse/run from the raw results in its work folder.

Reads WORK/meta.tsv, WORK/times.tsv (one line per timed command: tool,
subset, run, start, end, exit status), WORK/secdigest.jsonl,
WORK/sfeed_counts.tsv and WORK/feedparser.json, and CORPUS/manifest.json for
what the corpus holds.  Prints figures only: nothing here fails on a time.

Usage: report.py WORK CORPUS
"""

import collections
import json
import os
import sys

# Why a peer finds nothing in some files, so the reader does not take it for
# a corpus defect.
KNOWN_GAPS = {
    ("sfeed", "jsonfeed"): "sfeed reads RSS and Atom only, not JSON Feed",
    ("feedparser", "jsonfeed"): "feedparser {version} has no JSON Feed support",
}


def read_tsv(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def fmt_int(n):
    return "{:,}".format(int(round(n)))


def fmt_rate(x):
    if x >= 100:
        return "%.0f" % x
    if x >= 10:
        return "%.1f" % x
    return "%.2f" % x


def secdigest_counts(work, names):
    """Items per file from `parse --json` output (JSON Lines, in file order;
    a failed file gives {"file", "error"}).  Returns (counts, errors)."""
    path = os.path.join(work, "secdigest.jsonl")
    if not os.path.exists(path):
        return None, {}
    counts = [None] * len(names)
    errors = {}
    index = {n: i for i, n in enumerate(names)}
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = [l for l in f if l.strip()]
    for pos, line in enumerate(lines):
        try:
            obj = json.loads(line)
        except ValueError as e:
            errors["line %d" % (pos + 1)] = "not JSON: %s" % e
            continue
        i = pos
        fname = obj.get("file") if isinstance(obj, dict) else None
        if isinstance(fname, str) and os.path.basename(fname) in index:
            i = index[os.path.basename(fname)]
        if i >= len(names):
            errors["line %d" % (pos + 1)] = "more output lines than files"
            continue
        if not isinstance(obj, dict):
            errors[names[i]] = "not a JSON object"
        elif "error" in obj:
            errors[names[i]] = str(obj["error"])
        else:
            counts[i] = len(obj.get("items") or [])
    if len(lines) < len(names):
        errors["output"] = "%d lines for %d files" % (len(lines), len(names))
    return counts, errors


def sfeed_counts(work, names):
    rows = read_tsv(os.path.join(work, "sfeed_counts.tsv"))
    if not rows:
        return None, {}
    got = {r[0]: (int(r[1]), r[2]) for r in rows if len(r) >= 3}
    counts, errors = [], {}
    for n in names:
        c, rc = got.get(n, (None, "?"))
        counts.append(c)
        if rc != "0":
            errors[n] = "exit status %s" % rc
    return counts, errors


def main():
    work, corpus = sys.argv[1], sys.argv[2]
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as f:
        man = json.load(f)
    entries = man["entries"]
    names = [e["name"] for e in entries]
    is_xml = [e["format"] != "jsonfeed" for e in entries]
    meta = {r[0]: r[1] if len(r) > 1 else "" for r in read_tsv(os.path.join(work, "meta.tsv"))}

    subsets = {
        "all": [True] * len(entries),
        "xml": is_xml,
    }
    sub_bytes = {k: sum(e["bytes"] for e, m in zip(entries, mask) if m) for k, mask in subsets.items()}
    sub_files = {k: sum(mask) for k, mask in subsets.items()}

    # Best (lowest) time per tool and subset.
    times = collections.defaultdict(list)
    status = collections.defaultdict(set)
    for r in read_tsv(os.path.join(work, "times.tsv")):
        tool, subset, _run, t0, t1, rc = r[:6]
        times[(tool, subset)].append(float(t1) - float(t0))
        status[(tool, subset)].add(rc)

    counts = {}
    errors = {}
    counts["secdigest"], errors["secdigest"] = secdigest_counts(work, names)
    counts["sfeed"], errors["sfeed"] = sfeed_counts(work, names)
    fp = None
    fp_path = os.path.join(work, "feedparser.json")
    if os.path.exists(fp_path):
        with open(fp_path, encoding="utf-8") as f:
            fp = json.load(f)
        counts["feedparser"] = fp["items"]
        errors["feedparser"] = {}
        for subset, mask in subsets.items():
            for run in fp["runs"]:
                times[("feedparser", subset)].append(sum(t for t, m in zip(run, mask) if m))
                status[("feedparser", subset)].add("0")
    else:
        counts["feedparser"] = None

    def best(tool, subset):
        v = times.get((tool, subset))
        return min(v) if v else None

    def items_in(tool, subset):
        c = counts.get(tool)
        if c is None:
            return None
        return sum(x or 0 for x, m in zip(c, subsets[subset]) if m)

    # ---- header ----
    fp_version = fp["version"] if fp else "?"
    print()
    print("secdigest parse benchmark")
    print("corpus: %d files, %.1f MB, %s items (%s)" % (man["files"], man["bytes"] / 1e6, fmt_int(man["items"]), corpus))
    print("  by format:   " + ", ".join("%s %d" % (k, v["files"]) for k, v in man["by_format"].items()))
    print("  by encoding: " + ", ".join("%s %d" % (k, v["files"]) for k, v in man["by_encoding"].items()))
    tools = []
    if meta.get("secdigest_bin"):
        tools.append("%s (%s)" % (meta.get("secdigest_version") or "secdigest", meta["secdigest_bin"]))
    if meta.get("sfeed_version"):
        tools.append("sfeed %s" % meta["sfeed_version"])
    if fp:
        tools.append("feedparser %s on Python %s" % (fp["version"], fp["python"]))
    print("tools: " + "; ".join(tools))
    for t in ("secdigest", "sfeed", "feedparser"):
        if meta.get(t + "_skip"):
            print("NOT MEASURED: %s: %s" % (t, meta[t + "_skip"]))
    print("best of %s runs, wall-clock; %s CPUs; MB = 10^6 bytes; items/s counts the items each tool found"
          % (meta.get("runs", "?"), meta.get("cpus", "?")))
    if meta.get("load_start"):
        # Taken before the first measurement: a 1-minute load of 1 or more
        # means something else was running (this benchmark adds about 1 later).
        busy = float(meta["load_start"].split()[0]) >= 1.0
        print("load average (1, 5, 15 min) at start: %s, at end: %s%s"
              % (meta["load_start"], meta.get("load_end", "?"),
                 "  <- other work was running: figures are noisy" if busy else ""))

    # ---- tables ----
    labels = {
        "secdigest": "secdigest parse --json FILE...",
        "sfeed": "sfeed < FILE, one run per file",
        "feedparser": "feedparser.parse(bytes)",
        "secdigest_loop": "secdigest parse, one run per file",
        "true_loop": "/bin/true < FILE, one run per file",
    }
    ratio_vs = {"sfeed": "sfeed", "feedparser": "feedparser"}
    summary = {}
    for subset, title, why in (("all", "All files", "the same bytes for every tool"),
                               ("xml", "XML files only", "what all three tools read, no JSON Feed")):
        print()
        print("%s (%d files, %.1f MB): %s" % (title, sub_files[subset], sub_bytes[subset] / 1e6, why))
        print("  %-36s %9s %8s %10s %8s  %s" % ("tool", "seconds", "MB/s", "items/s", "items", "secdigest is"))
        t_sd = best("secdigest", subset)
        order = ["secdigest", "sfeed", "feedparser"] + (["secdigest_loop"] if subset == "all" else []) + ["true_loop"]
        for tool in order:
            t = best(tool, subset)
            if t is None:
                if tool in ("secdigest", "sfeed", "feedparser"):
                    print("  %-36s %9s" % (labels[tool], "-"))
                continue
            mbs = sub_bytes[subset] / 1e6 / t
            if tool == "true_loop":
                t_sf = best("sfeed", subset)
                share = " (%.0f%% of sfeed's time)" % (100 * t / t_sf) if t_sf else ""
                print("  %-36s %9.3f %8s %10s %8s  fork+exec baseline%s" % (labels[tool], t, "", "", "", share))
                continue
            n = items_in("secdigest" if tool == "secdigest_loop" else tool, subset)
            ips = fmt_int(n / t) if n is not None else "?"
            ratio = "-"
            if tool in ratio_vs and t_sd:
                summary[(tool, subset)] = t / t_sd
                ratio = "%sx %s" % (fmt_rate(t / t_sd), ratio_vs[tool])
            bad = status[(tool, subset)] - {"0"}
            note = "  (exit status %s)" % ",".join(sorted(bad)) if bad else ""
            print("  %-36s %9.3f %8s %10s %8s  %s%s" % (labels[tool], t, fmt_rate(mbs), ips,
                                                       fmt_int(n) if n is not None else "?", ratio, note))

    # ---- the goal of the issue ----
    print()
    if ("sfeed", "xml") in summary or ("feedparser", "xml") in summary:
        parts = []
        if ("sfeed", "xml") in summary:
            r = summary[("sfeed", "xml")]
            parts.append("%sx sfeed's throughput (goal >= 1x: %s)" % (fmt_rate(r), "met" if r >= 1 else "not yet"))
        if ("feedparser", "xml") in summary:
            r = summary[("feedparser", "xml")]
            parts.append("%sx feedparser's (goal >= 30x: %s)" % (fmt_rate(r), "met" if r >= 30 else "not yet"))
        print("goal, on the XML files: secdigest parses at " + "; ".join(parts))
    else:
        print("goal: no ratio to report (secdigest or its peers were not measured)")

    # ---- sanity check: items found per tool against the manifest ----
    print()
    print("items found, against the %s items the generator wrote" % fmt_int(man["items"]))
    for tool in ("secdigest", "sfeed", "feedparser"):
        c = counts.get(tool)
        if c is None:
            continue
        found = sum(x or 0 for x in c)
        groups = collections.OrderedDict()
        for e, x in zip(entries, c):
            if x != e["items"]:
                g = groups.setdefault("%s/%s" % (e["format"], e["encoding"]),
                                      {"files": 0, "found": 0, "want": 0, "examples": [], "format": e["format"]})
                g["files"] += 1
                g["found"] += x or 0
                g["want"] += e["items"]
                if len(g["examples"]) < 3:
                    g["examples"].append("%s: %s of %d" % (e["name"], "none" if x is None else x, e["items"]))
        mark = "(all found)" if not groups else "MISMATCH in %d files:" % sum(g["files"] for g in groups.values())
        print("  %-10s %s of %s %s" % (tool, fmt_int(found), fmt_int(man["items"]), mark))
        for key, g in groups.items():
            why = KNOWN_GAPS.get((tool, g["format"]))
            why = " (%s)" % why.format(version=fp_version) if why and g["found"] == 0 else ""
            print("    %-24s %s of %s items in %d files%s" % (key, fmt_int(g["found"]), fmt_int(g["want"]), g["files"], why))
            if not why:
                for ex in g["examples"]:
                    print("      e.g. " + ex)
        errs = errors.get(tool) or {}
        for i, (name, msg) in enumerate(sorted(errs.items())):
            if i == 5:
                print("    ... and %d more failures" % (len(errs) - 5))
                break
            print("    failed: %s: %s" % (name, msg[:160]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
