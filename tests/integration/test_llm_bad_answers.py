"""Bad answers, one kind per part, in one run against a scripted server: each
part whose answers all fail keeps its extractive text, with one log line per
rejected answer naming the reason; the digest is written anyway and passes
`secdigest check`.  Also: a slow 429 followed by success, and a rejection
followed by a good answer to the retry prompt that names the reason."""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from llm_fixture import DAY, ChatServer, Checks, Env, answer, content, llm_env, load_json, read  # noqa: E402

t = Checks()
srv = ChatServer()
# Short timeout and backoff so that the hang and the retries take seconds.
env = Env("[llm]\ntimeout = 2\nretries = 1\nretry_delay_ms = 50\nattempts = 2\n")

d0, rc, err, _ = env.demo("extractive", "--no-llm")
t.check("extractive baseline", rc == 0, err)
base = load_json(d0)
stories = base["stories"]
titles = [[s["title"] for s in st["sources"]] for st in stories]
t.check("the sample day has at least 14 stories", len(stories) >= 14, len(stories))


def summary_of(i):
    """Matches the summary request of story i (by its first source's title)."""
    return ["課題: 要約\n", "「%s」" % titles[i][0]]


GOOD = content("テスト用の要約です。出典の記事に基づいています。")
LONG = "テスト用の要約です。" + "とても長い説明が続きます" * 20 + "。"
cases = {
    # story index: (responses, expected log reason, accepted in the end)
    0: ([{"status": 500, "body": {"error": {"message": "model crashed"}}}],
        "request failed (HTTP 500: model crashed)", False),
    1: ([{"status": 200, "headers": {"Content-Type": "text/html; charset=utf-8"},
          "body": "<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>"}],
        "rejected (answer is HTML, not JSON", False),
    2: ([{"status": 200, "body": '{"choices": [{"message": {"content": "途中で切れ'}],
        "rejected (answer is not valid JSON)", False),
    3: ([content("The company confirmed the incident and said it is investigating the cause.")],
        "rejected (not Japanese (Japanese share 0.00))", False),
    4: ([content("詳しい内容は公式発表のページ（https://status.example.org/incident）で公開されています。")],
        "rejected (contains a URL (https://status.example.org/incident))", False),
    5: ([content("この件ではCVE-2026-99999も悪用されていると報じられています。")],
        "rejected (invented CVE-2026-99999)", False),
    6: ([content("この件では約987,654件の情報が流出したとみられています。")],
        "rejected (invented number 987,654)", False),
    7: ([{"delay": 5, "content": answer("遅れて届いた要約です。出典の記事に基づいています。")}],
        "request failed (no answer within 2 s)", False),
    8: ([{"status": 429, "headers": {"Retry-After": "1"}, "body": {"error": {"message": "slow down"}}}, GOOD],
        None, True),
    9: ([content("この件にはNightCobaltという攻撃グループが関与したとみられます。"), GOOD],
        "rejected (invented name NightCobalt); retrying", True),
    10: ([content("テスト用の要約です。出典の記事に基づいています。", [5])],
         "rejected (cites source 5, given 1-", False),
    11: ([content(LONG)], "rejected (too long (", False),
    12: ([content("## 要約\n\nテスト用の**要約**です。")], "rejected (markup residue '#')", False),
    13: ([{"content": "<think>まず出典を読む。次に"}], "rejected (unfinished <think> reasoning block)", False),
}
for i, (responses, _, _) in cases.items():
    srv.add(summary_of(i), *responses)
# Two more kinds on other parts: an invented katakana name in key point 1, and
# a retry prompt that must say why the first answer was refused.
srv.add(["課題: 主要ポイント\n", "「%s」" % titles[base["stories"].index(
    next(s for s in stories if s["id"] == base["key_points"][0]["story"]))][0]],
    content("アクアストームと名乗る集団が犯行声明を出しました。"))

d1, rc, err, took = env.demo("llm", "--llm", env=llm_env(srv.url))
t.check("the digest is written anyway", rc == 0 and os.path.exists(os.path.join(d1, DAY + ".md")), err)
t.check("...and quickly (the hang is bounded by the timeout)", took < 60, took)
rc_check, out_check, err_check, _ = env.run("check", os.path.join(d1, DAY + ".md"))
t.check("secdigest check passes", rc_check == 0, out_check + err_check)
js = load_json(d1)
md = read(d1)
t.check("the endpoint was not given up on (only single parts failed)", "giving up" not in err, err)
t.check("generated_by.writer is llm (most parts came from it)", js["generated_by"]["writer"] == "llm")

lines = [ln for ln in err.splitlines() if "llm: story " in ln or "llm: key point" in ln]
for i, (responses, reason, accepted) in sorted(cases.items()):
    label = "llm: story %d summary: " % (i + 1)
    mine = [ln for ln in lines if label in ln]
    s = js["stories"][i]
    if accepted:
        t.check("story %d: accepted in the end" % (i + 1),
                s["writers"]["summary"] == "llm" and s["summary"] == "テスト用の要約です。出典の記事に基づいています。",
                (s["writers"], s["summary"], mine))
    else:
        t.check("story %d: summary kept the extractive text (%s)" % (i + 1, reason.split(" (")[0]),
                s["writers"]["summary"] == "extractive" and s["summary"] == stories[i]["summary"],
                (s["writers"], s["summary"]))
        t.check("story %d: its paragraphs still came from the LLM" % (i + 1), s["writers"]["paragraphs"] == "llm")
    if reason:
        t.check("story %d: log line names the reason: %s" % (i + 1, reason), any(reason in ln for ln in mine), mine)
    if reason and reason.startswith("rejected") and not accepted:
        t.check("story %d: one line per rejected answer: retrying, then the extractive text" % (i + 1),
                len(mine) == 2 and mine[0].endswith("; retrying") and mine[1].endswith("; using the extractive text"),
                mine)
    if reason and reason.startswith("request failed"):
        t.check("story %d: one line, the part falls back" % (i + 1),
                len(mine) == 1 and mine[0].endswith("; using the extractive text"), mine)

kp = [ln for ln in lines if "llm: key point 1: " in ln]
t.check("key point 1: invented katakana name rejected",
        any("rejected (invented name アクアストーム)" in ln for ln in kp) and js["key_points"][0]["writer"] == "extractive"
        and js["key_points"][0]["summary"] == base["key_points"][0]["summary"], kp)

# What the retries looked like on the wire.
s8 = [r for r in srv.requests("要約") if "「%s」" % titles[8][0] in r.user]
t.check("429: asked again after the Retry-After second", len(s8) == 2 and s8[1].when - s8[0].when >= 0.95,
        [r.when for r in s8])
s9 = [r for r in srv.requests("要約") if "「%s」" % titles[9][0] in r.user]
t.check("retry prompt says why the first answer was refused",
        len(s9) == 2 and "前回の回答は採用されませんでした（理由: invented name NightCobalt）" in s9[1].user
        and "前回の回答" not in s9[0].user, [r.user[-200:] for r in s9])
s0 = [r for r in srv.requests("要約") if "「%s」" % titles[0][0] in r.user]
t.check("500: retried once (retries = 1), then given up for that part only", len(s0) == 2, len(s0))
s7 = [r for r in srv.requests("要約") if "「%s」" % titles[7][0] in r.user]
t.check("hang: two attempts, each cut at the 2 s timeout", len(s7) == 2 and s7[1].when - s7[0].when >= 1.9,
        [r.when for r in s7])
s1 = [r for r in srv.requests("要約") if "「%s」" % titles[1][0] in r.user]
t.check("HTML: asked twice (attempts = 2), not retried at the HTTP level", len(s1) == 2, len(s1))

t.check("nothing of the bad answers reached the digest",
        not any(x in md for x in ("status.example.org", "CVE-2026-99999", "987,654", "NightCobalt", "nginx",
                                  "アクアストーム", "遅れて届いた", "とても長い説明", "まず出典を読む")))
m = re.search(r"llm: (\d+) of (\d+) parts written by the LLM, (\d+) kept the extractive text; (\d+) requests, "
              r"(\d+) answers \((\d+) rejected\)", err)
t.check("summary line counts the kept parts", m is not None and int(m.group(3)) == 12 + 1, m and m.group(0))

t.done()
