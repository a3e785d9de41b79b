"""The LLM writer with good answers from a scripted chat-completions server on
127.0.0.1: every prose part comes from the LLM and says so, the structure,
sources and links stay the program's, each request carries the model and only
its own part's sources, the key never leaks, and a second run is served from
the cache without a single request."""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from llm_fixture import (DAY, ChatServer, Checks, Env, answer, content, llm_env, load_json,  # noqa: E402
                         read)

t = Checks()
srv = ChatServer()
env = Env()
KEY = "sk-fixture-5f3a9c0e1d"

# ---- the extractive baseline (the endpoint is configured, --no-llm wins) ------
d0, rc, err, _ = env.demo("extractive", "--no-llm", env=llm_env(srv.url, key=KEY))
t.check("--no-llm: demo succeeds", rc == 0, err)
t.check("--no-llm: not one request although an endpoint is configured", len(srv.requests()) == 0,
        len(srv.requests()))
base = load_json(d0)
base_md = read(d0)
t.check("--no-llm: the digest says writer extractive", base["generated_by"]["writer"] == "extractive",
        base["generated_by"])
stories = base["stories"]
titles = [[s["title"] for s in st["sources"]] for st in stories]
english_only = [i for i, st in enumerate(stories) if all(s["language"] != "ja" for s in st["sources"])]

# The parts we expect one request each for, worked out from the extractive digest.
dd = base["deep_dive"]
expected_parts = (len(english_only) + len(base["key_points"]) + 2 * len(stories) + (1 if dd["body"] else 0)
                  + len(dd["subsections"]) + (1 if dd["outlook"] else 0) + (1 if base["conclusion"] else 0)
                  + len(dd["glossary"]))

# ---- realistic answers for two stories, written from the sample sources ---------
minato = next(i for i, st in enumerate(stories) if "ミナトロジスティクス" in st["headline"] and len(st["sources"]) >= 4)
larkspur = next(i for i, st in enumerate(stories) if any("Larkspur" in x for x in titles[i]))
t.check("the sample day has the stories this test scripts", larkspur in english_only, (minato, larkspur))

MINATO_KP = ("ミナトロジスティクスがランサムウェア感染を正式に認め、約60台のサーバーが暗号化されました。"
             "従業員約4,300人分の情報流出のおそれがあります。")
MINATO_SUMMARY = ("物流大手のミナトロジスティクスは11月18日、11月15日から続くシステム障害の原因がランサムウェア感染だったと発表しました。"
                  "従業員など約4,300人分の情報が流出した可能性があります。")
MINATO_BODY = ("横浜市の物流大手ミナトロジスティクスは11月18日、システム障害の原因がランサムウェアへの感染だったと正式に発表しました。"
               "倉庫管理システムや受発注システムなど約60台のサーバーと一部の業務用パソコンでデータが暗号化されていました。\n\n"
               "外部の調査会社は、暗号化の前にファイルサーバーから大量のデータが持ち出されたことを示すログを確認しており、"
               "従業員約4,300人分の個人情報や取引先の情報が流出したおそれがあります。英語の報道は、攻撃をShadowLynxによるものとしています。\n\n"
               "同社は身代金には応じない方針で、20日から出荷を再開する予定です。取引先は、同社を名乗る不審な連絡に注意してください。")
LARKSPUR_HEADLINE = "米オハイオ州のLarkspur Regional Health、ランサムウェア攻撃で救急搬送を制限"
LARKSPUR_SUMMARY = ("オハイオ州で9つの病院を運営するLarkspur Regional Healthがランサムウェア攻撃を受け、電子カルテが使えなくなりました。"
                    "3つの救急部門が救急車の受け入れを止めています。")
mt = titles[minato][1]
lt = titles[larkspur][0]
srv.add(["課題: 主要ポイント\n", mt], content(MINATO_KP, [1, 2]))
srv.add(["課題: 要約\n", mt], content(MINATO_SUMMARY, [1]))
srv.add(["課題: 本文\n", mt], {"content": "<think>出典1と2を使う。</think>\n```json\n"
                                           + answer(MINATO_BODY, [1, 2, 5]) + "\n```"})
srv.add(["課題: 見出し\n", lt], content(LARKSPUR_HEADLINE, [1, 2]))
srv.add(["課題: 要約\n", lt], content(LARKSPUR_SUMMARY, [1, 2]))

# ---- the LLM run ---------------------------------------------------------------
d1, rc, err, took = env.demo("llm", "--llm", env=llm_env(srv.url, key=KEY))
t.check("--llm: demo succeeds", rc == 0, err)
reqs = srv.requests()
t.check("one request per prose part (%d)" % expected_parts, len(reqs) == expected_parts,
        (len(reqs), expected_parts))
t.check("no answer was rejected", "rejected (" not in err, err)
js = load_json(d1)
md = read(d1)
t.check("generated_by.writer is llm", js["generated_by"]["writer"] == "llm", js["generated_by"])
t.check("every story's summary and paragraphs are from the LLM",
        all(s["writers"]["summary"] == "llm" and s["writers"]["paragraphs"] == "llm" and s["writer"] == "llm"
            for s in js["stories"]), [s["writers"] for s in js["stories"]])
t.check("headlines rewritten for the English-only stories, and only for them",
        [i for i, s in enumerate(js["stories"]) if s["writers"]["headline"] == "llm"] == english_only,
        [s["writers"]["headline"] for s in js["stories"]])
t.check("key points, deep dive parts, glossary, outlook and conclusion are from the LLM",
        all(k["writer"] == "llm" for k in js["key_points"])
        and js["deep_dive"]["body_writer"] == "llm" and js["deep_dive"]["outlook_writer"] == "llm"
        and js["deep_dive"]["writer"] == "llm"
        and all(s["writer"] == "llm" for s in js["deep_dive"]["subsections"])
        and all(g["writer"] == "llm" for g in js["deep_dive"]["glossary"])
        and js["conclusion_writer"] == "llm", js["deep_dive"])

# The structure and every link stay the program's.
t.check("same stories, ids, groups, categories, CVEs and sources as the extractive digest",
        [(s["id"], s["group"], s["category"], s["cves"], s["sources"]) for s in js["stories"]]
        == [(s["id"], s["group"], s["category"], s["cves"], s["sources"]) for s in stories])
t.check("same groups and citations", js["groups"] == base["groups"] and js["citations"] == base["citations"])
t.check("glossary terms unchanged", [g["term"] for g in js["deep_dive"]["glossary"]]
        == [g["term"] for g in dd["glossary"]])
t.check("deep-dive subsection titles unchanged", [s["title"] for s in js["deep_dive"]["subsections"]]
        == [s["title"] for s in dd["subsections"]])


def cite_lines(text):
    return [ln for ln in text.splitlines() if ln.startswith("[出典: ")]


def section(text, head):
    return text.split(head, 1)[1] if head in text else ""


t.check("every 出典 line is the same as in the extractive digest", cite_lines(md) == cite_lines(base_md))
t.check("主要引用 is the same", section(md, "## 主要引用") == section(base_md, "## 主要引用"))
t.check("the Markdown carries the scripted story text",
        "横浜市の物流大手ミナトロジスティクスは11月18日" in md and "20日から出荷を再開する予定です。" in md, md[:3000])
t.check("the scripted headline of the English-only story is its heading",
        "### %d. %s\n" % (larkspur + 1, LARKSPUR_HEADLINE) in md)
t.check("the key point carries the scripted sentence",
        "：" + MINATO_KP + "\n" in md)
t.check("the key point headline follows the rewritten story headline",
        all(k["headline"] == js["stories"][[s["id"] for s in js["stories"]].index(k["story"])]["headline"]
            for k in js["key_points"]))
t.check("the deep dive, glossary, outlook and conclusion carry the default answers",
        "テスト用の深掘りの導入です。" in md and "テスト用の小節の本文です。" in md and "テスト用の用語の説明のこと。" in md
        and "テスト用の展望の文章です。" in md and "テスト用の結論の文章です。" in md)
with open(os.path.join(d1, DAY + ".json"), encoding="utf-8") as f:
    json_text = f.read()
t.check("reasoning block and code fence were removed",
        all("think" not in x and "```" not in x and "出典1と2を使う" not in x for x in (md, json_text)))

rc_check, out_check, err_check, _ = env.run("check", os.path.join(d1, DAY + ".md"))
t.check("secdigest check passes on the LLM digest", rc_check == 0, out_check + err_check)

# ---- what was sent ------------------------------------------------------------------
t.check("every request names the model, temperature 0, JSON mode, system then user",
        all(r.body and r.body.get("model") == "test-model" and r.body.get("temperature") == 0
            and r.body.get("response_format") == {"type": "json_object"}
            and [m["role"] for m in r.body["messages"]] == ["system", "user"] for r in reqs),
        [r.body for r in reqs[:1]])
t.check("every request goes to /v1/chat/completions", all(r.path == "/v1/chat/completions" for r in reqs),
        {r.path for r in reqs})
t.check("the API key is sent as a bearer token", all(r.headers.get("Authorization") == "Bearer " + KEY
                                                      for r in reqs))
t.check("no link is ever sent to the model", not any("http://" in r.user or "https://" in r.user for r in reqs))


def sources_in(user):
    """The numbered source headers of a prompt: [(n, name, title)]."""
    return re.findall(r"^\[(\d+)\] (.*?)「(.*)」（", user, re.M)


summary_reqs = srv.requests("要約")
t.check("one summary request per story", len(summary_reqs) == len(stories), len(summary_reqs))
bad = []
for r in summary_reqs:
    got = [x[2] for x in sources_in(r.user)]
    owner = [i for i, ts in enumerate(titles) if ts == got]
    if len(owner) != 1:
        bad.append(("no story has exactly these sources", got))
        continue
    i = owner[0]
    others = [x for j, ts in enumerate(titles) if j != i for x in ts if x not in titles[i]]
    leaked = [x for x in others if x in r.user]
    if leaked:
        bad.append((i, leaked))
    if ("対象: " + stories[i]["headline"]) not in r.user and i not in english_only:
        bad.append((i, "headline missing"))
t.check("each summary request carries its own story's sources, numbered, and no other story's", not bad, bad)

body_req = next(r for r in srv.requests("本文") if mt in r.user)
t.check("a story's request carries its articles' text, not only titles",
        "約60台" in body_req.user and "ShadowLynx" in body_req.user, body_req.user[:1500])
gl = srv.requests("用語解説")
t.check("a glossary request carries only the bundled definition as its source",
        gl and all([x[0] for x in sources_in(r.user)] == ["1"] for r in gl), [r.user for r in gl[:1]])
heads = srv.requests("見出し")
t.check("headline requests only for English-only stories",
        len(heads) == len(english_only) and all("（英語）" in r.user and "（日本語）" not in r.user for r in heads))

# ---- the key never leaks ---------------------------------------------------------------
leaks = []
for name in os.listdir(d1):
    with open(os.path.join(d1, name), "rb") as f:
        if KEY.encode() in f.read():
            leaks.append(name)
t.check("the API key is in no output file and not in the database", not leaks and KEY not in err, leaks)

# ---- the cache: running the day again asks nothing --------------------------------------
n_before = len(srv.requests())
again = env.path("again.json")
rc, out, err2, _ = env.run("--db", os.path.join(d1, "demo.db"), "digest", "--date", DAY, "--format", "json",
                           "--output", again, env=llm_env(srv.url, key=KEY))
t.check("digest again (LLM by default: an endpoint is configured) succeeds", rc == 0, err2)
t.check("the second run makes zero requests", len(srv.requests()) == n_before, len(srv.requests()) - n_before)
t.check("the summary line reports the cache hits and no request",
        "%d cache hits" % expected_parts in err2 and "; 0 requests" in err2, err2)
with open(again, encoding="utf-8") as f:
    js2 = json.load(f)
t.check("the cached run writes the same digest", js2 == js, "differs")

# A different model is a different cache key.
rc, out, err3, _ = env.run("--db", os.path.join(d1, "demo.db"), "digest", "--date", DAY, "--format", "json",
                           "--output", env.path("other.json"), env=llm_env(srv.url, model="other-model"))
t.check("another model name misses the cache", rc == 0 and len(srv.requests()) == n_before + expected_parts,
        (len(srv.requests()) - n_before, err3[-500:]))
t.check("without a key, no Authorization header",
        all("Authorization" not in r.headers for r in srv.requests()[n_before:]))

t.done()
