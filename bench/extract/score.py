#!/usr/bin/python3
"""Token-level precision, recall and F1 of extracted bodies against expected ones.

One scorer for every tool, so that the figures compare: both texts are
normalised the same way (Unicode NFKC, lower case) and cut into tokens the
same way:

  - a run of letters or digits of an alphabetic script (Latin, Greek,
    Cyrillic...) is one token: English is scored by words;
  - every Han, Hiragana, Katakana or Hangul character is one token on its
    own: Japanese is scored by characters (no dictionary, so no segmenter's
    mistakes in the score);
  - punctuation, symbols and white space are not tokens.

Precision and recall are over bags of tokens (a token that occurs three times
in the expected text and twice in the output counts two matches).  The macro
figures average the per-page P, R and F1; the micro figures pool the counts of
all pages.

usage: score.py EXPECTED.jsonl RESULT.jsonl [--name NAME] [--per-page] [--json]
  EXPECTED.jsonl: {"id", "text", "lang"} per page
  RESULT.jsonl:   {"id", "text"} per page (missing or null text scores 0 recall)
"""
import json
import re
import sys
import unicodedata
from collections import Counter

CJK = (r"\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
       r"\uf900-\ufaff\uac00-\ud7af\U00020000-\U0002ffff")
TOKEN = re.compile(r"[%s]|[^\W_%s]+" % (CJK, CJK))


def tokens(text):
    if not text:
        return Counter()
    t = unicodedata.normalize("NFKC", text).lower()
    return Counter(TOKEN.findall(t))


def prf(expected, got):
    e, g = tokens(expected), tokens(got)
    common = sum((e & g).values())
    ne, ng = sum(e.values()), sum(g.values())
    p = common / ng if ng else (1.0 if ne == 0 else 0.0)
    r = common / ne if ne else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, common, ne, ng


def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                o = json.loads(line)
                out[o["id"]] = o
    return out


def score(expected, results):
    rows = []
    tc = te = tg = 0
    for pid, exp in expected.items():
        got = results.get(pid, {}).get("text")
        p, r, f, c, ne, ng = prf(exp["text"], got)
        rows.append(dict(id=pid, lang=exp.get("lang"), p=p, r=r, f=f))
        tc, te, tg = tc + c, te + ne, tg + ng
    n = len(rows) or 1
    macro = dict(p=sum(x["p"] for x in rows) / n, r=sum(x["r"] for x in rows) / n,
                 f=sum(x["f"] for x in rows) / n)
    mp = tc / tg if tg else 0.0
    mr = tc / te if te else 0.0
    micro = dict(p=mp, r=mr, f=2 * mp * mr / (mp + mr) if mp + mr else 0.0)
    return rows, macro, micro


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    name = "tool"
    if "--name" in argv:
        name = argv[argv.index("--name") + 1]
        args.remove(name)
    expected, results = load(args[0]), load(args[1])
    rows, macro, micro = score(expected, results)
    if "--per-page" in argv:
        for x in sorted(rows, key=lambda x: x["f"]):
            print("  %-40s %s  P %.3f  R %.3f  F1 %.3f" % (x["id"][:40], x["lang"] or "--", x["p"], x["r"], x["f"]))
    if "--json" in argv:
        print(json.dumps(dict(name=name, pages=len(rows), macro=macro, micro=micro)))
    else:
        print("%-22s pages %3d  macro P %.3f R %.3f F1 %.3f | micro P %.3f R %.3f F1 %.3f" % (
            name, len(rows), macro["p"], macro["r"], macro["f"], micro["p"], micro["r"], micro["f"]))


if __name__ == "__main__":
    main(sys.argv[1:])
