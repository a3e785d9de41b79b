#!/usr/bin/python3
"""Time python3-feedparser on the benchmark corpus, for bench/parse/run.

Reads every file into memory first, then parses each file's bytes with
feedparser.parse() RUNS times in this one process, timing only the parse
calls (one perf_counter pair per file).  Writes JSON to OUT:

  {"version": "6.0.10", "python": "3.11.2",
   "runs": [[seconds per file, in file order], ...],
   "items": [entries found per file], "bozo": [exception text or null per file]}

Progress goes to stderr: a full run takes tens of seconds.

Usage: feedparser_bench.py --runs N --out OUT.json FILE...
"""

import argparse
import json
import platform
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", required=True)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()

    import feedparser  # Debian's python3-feedparser

    blobs = []
    for name in args.files:
        with open(name, "rb") as f:
            blobs.append(f.read())
    total = sum(len(b) for b in blobs)

    runs, items, bozo = [], None, None
    for r in range(args.runs):
        times, counts, problems = [], [], []
        clock = time.perf_counter
        for blob in blobs:
            t0 = clock()
            d = feedparser.parse(blob)
            t1 = clock()
            times.append(t1 - t0)
            counts.append(len(d.entries))
            problems.append(repr(d.get("bozo_exception")) if d.get("bozo") else None)
        runs.append(times)
        if items is None:
            items, bozo = counts, problems
        s = sum(times)
        print("  feedparser run %d/%d: %.2f s (%.2f MB/s)" % (r + 1, args.runs, s, total / 1e6 / s),
              file=sys.stderr, flush=True)

    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"version": feedparser.__version__, "python": platform.python_version(),
                   "runs": runs, "items": items, "bozo": bozo}, f)


if __name__ == "__main__":
    main()
