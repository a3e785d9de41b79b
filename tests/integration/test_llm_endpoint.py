"""The LLM endpoint missing, broken or limited: the digest is always written
(extractive where the LLM gave nothing), with a log line saying why, and the
run never waits on a dead endpoint part after part.  Also: the key from the
environment only, [llm] settings in the config, JSON mode dropped for a server
that refuses it, the per-run request limit and the token budget."""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from llm_fixture import (DAY, GOOD, ChatServer, Checks, Env, closed_port, content, llm_env,  # noqa: E402
                         load_json, read)

t = Checks()
srv = ChatServer()
FAST = "[llm]\ntimeout = 3\nretries = 1\nretry_delay_ms = 50\n"
env = Env(FAST)

d0, rc, err, _ = env.demo("extractive", "--no-llm")
t.check("extractive baseline", rc == 0, err)
base_md = read(d0)
base = load_json(d0)


def tokens(s):
    """Estimated tokens, as the program estimates them: ASCII bytes / 4 + other bytes / 3."""
    b = s.encode("utf-8")
    ascii_ = sum(1 for x in b if x < 0x80)
    return (ascii_ + 3) // 4 + (len(b) - ascii_ + 2) // 3


def same_as_extractive(folder):
    return read(folder) == base_md and load_json(folder)["generated_by"]["writer"] == "extractive"


# ---- connection refused ------------------------------------------------------------
port = closed_port()
d, rc, err, took = env.demo("refused", "--llm", env=llm_env("http://127.0.0.1:%d/v1" % port))
t.check("refused: digest written, byte-identical to the extractive one", rc == 0 and same_as_extractive(d), err)
t.check("refused: one line for the part, one for giving up, in seconds",
        err.count("request failed (connection refused)") == 1
        and err.count("giving up on http://127.0.0.1:%d/v1" % port) == 1 and took < 20, (err, took))
t.check("refused: summary says the endpoint was given up", "endpoint given up" in err, err)

# ---- 500 everywhere: given up after three parts ------------------------------------------
srv.default = lambda req: {"status": 503, "body": {"error": {"message": "overloaded"}}}
d, rc, err, took = env.demo("e500", "--llm", env=llm_env(srv.url))
n = len(srv.requests())
t.check("503 everywhere: digest written, extractive", rc == 0 and same_as_extractive(d), err)
t.check("503 everywhere: 3 parts x 2 attempts (retries = 1), then given up", n == 6 and
        "giving up on %s for this run (3 parts in a row without a usable answer)" % srv.url in err, (n, err))

# ---- HTML everywhere (a web UI at the URL) -----------------------------------------------
srv.reset()
srv.default = lambda req: {"status": 200, "headers": {"Content-Type": "text/html"}, "body": "<html>UI</html>"}
d, rc, err, _ = env.demo("html", "--llm", env=llm_env(srv.url))
t.check("HTML everywhere: digest written, extractive", rc == 0 and same_as_extractive(d), err)
t.check("HTML everywhere: two answers per part rejected, given up after three parts",
        len(srv.requests()) == 6 and err.count("rejected (answer is HTML, not JSON") == 6 and "giving up" in err,
        (len(srv.requests()), err))

# ---- 401: wrong key, given up at once ---------------------------------------------------------
srv.reset()
srv.default = lambda req: {"status": 401, "body": {"error": {"message": "Incorrect API key provided"}}}
d, rc, err, _ = env.demo("e401", "--llm", env=llm_env(srv.url, key="sk-wrong"))
t.check("401: one request, given up at once, digest extractive",
        rc == 0 and same_as_extractive(d) and len(srv.requests()) == 1
        and "request failed (HTTP 401: Incorrect API key provided)" in err and "giving up" in err, err)
t.check("401: the key is not in the log", "sk-wrong" not in err)

# ---- an endpoint that never answers in time ----------------------------------------------
srv.reset()
srv.default = lambda req: {"delay": 4, "content": "{}"}
env.set_config("[llm]\ntimeout = 1\nretries = 0\n")
d, rc, err, took = env.demo("hang", "--llm", env=llm_env(srv.url))
t.check("hang everywhere: digest written, extractive", rc == 0 and same_as_extractive(d), err)
t.check("hang everywhere: given up after two timed-out parts, not one wait per part",
        len(srv.requests()) == 2 and err.count("request failed (no answer within 1 s)") == 2
        and "(2 parts in a row timed out)" in err and took < 30, (len(srv.requests()), took, err))

# ---- a server without JSON mode ------------------------------------------------------------
srv.reset()


def no_json_mode(req):
    if "response_format" in (req.body or {}):
        return {"status": 400, "body": {"error": {"message": "Unrecognized request argument supplied: response_format"}}}
    return srv.good_answer(req)


srv.default = no_json_mode
env.set_config(FAST + "max_requests = 4\n")
d, rc, err, _ = env.demo("nojson", "--llm", env=llm_env(srv.url))
reqs = srv.requests()
t.check("400 naming response_format: asked again without it, once, and never again",
        len(reqs) == 4 and "response_format" in reqs[0].body
        and all("response_format" not in r.body for r in reqs[1:]), [list(r.body) for r in reqs])
t.check("...and those answers were used", load_json(d)["generated_by"]["writer"] == "llm", err)

# ---- the request limit -------------------------------------------------------------------
srv.reset()
env.set_config(FAST + "max_requests = 5\n")
d, rc, err, _ = env.demo("limit", "--llm", env=llm_env(srv.url))
js = load_json(d)
t.check("limit: exactly max_requests requests", len(srv.requests()) == 5, len(srv.requests()))
t.check("limit: one line says so, the summary too",
        err.count("request limit reached (5 per run)") == 1 and "; request limit reached" in err, err)
llm_parts = sum(s["writers"][k] == "llm" for s in js["stories"] for k in ("headline", "summary", "paragraphs")) + \
    sum(k["writer"] == "llm" for k in js["key_points"])
t.check("limit: five parts from the LLM, the rest extractive, digest complete",
        rc == 0 and llm_parts == 5 and js["generated_by"]["writer"] == "llm" and js["conclusion_writer"] == "extractive",
        llm_parts)
rc_check, out_check, _, _ = env.run("check", os.path.join(d, DAY + ".md"))
t.check("limit: the mixed digest passes check", rc_check == 0, out_check)

# ---- where the key comes from -------------------------------------------------------------
env.set_config(FAST + "max_requests = 1\n")
srv.reset()
env.demo("key1", "--llm", env=dict(llm_env(srv.url), OPENAI_API_KEY="sk-openai-fallback"))
env.demo("key2", "--llm", env=dict(llm_env(srv.url, key="sk-secdigest"), OPENAI_API_KEY="sk-openai-fallback"))
env.demo("key3", "--llm", env=llm_env(srv.url))
auth = [r.headers.get("Authorization") for r in srv.requests()]
t.check("key: OPENAI_API_KEY when SECDIGEST_LLM_API_KEY is unset; SECDIGEST_LLM_API_KEY first; none: no header",
        auth == ["Bearer sk-openai-fallback", "Bearer sk-secdigest", None], auth)
srv.reset()
env.set_config(FAST + "max_requests = 1\napi_key = sk-from-config\n")
d, rc, err, _ = env.demo("key4", "--llm", env=llm_env(srv.url))
t.check("key: never from the config file (warned, not sent)",
        srv.requests() and "Authorization" not in srv.requests()[0].headers and "api_key in the config file is ignored" in err
        and "sk-from-config" not in err, err)

# ---- [llm] url and model from the config; the LLM is the default when configured ------------------
srv.reset()
env.set_config(FAST + "max_requests = 2\nurl = %s\nmodel = config-model\n" % srv.url)
d, rc, err, _ = env.demo("cfg")
t.check("config: [llm] url/model used without --llm", len(srv.requests()) == 2
        and all(r.body["model"] == "config-model" for r in srv.requests()), err)
srv.reset()
d, rc, err, _ = env.demo("cfg-env", env={"SECDIGEST_LLM_MODEL": "env-model"})
t.check("config: SECDIGEST_LLM_MODEL overrides [llm] model",
        srv.requests() and srv.requests()[0].body["model"] == "env-model")

# ---- nothing or nonsense configured ------------------------------------------------------------------
env.set_config(FAST)
d, rc, err, _ = env.demo("none", "--llm")
t.check("--llm with no endpoint: warned, extractive digest written",
        rc == 0 and same_as_extractive(d) and "no endpoint is configured" in err, err)
env.set_config("[llm]\ntimeout = soon\n")
d, rc, err, _ = env.demo("bad-cfg", "--llm", env=llm_env(srv.url))
t.check("malformed [llm] setting: said, extractive digest written",
        rc == 0 and same_as_extractive(d) and "timeout" in err and "writing the extractive digest" in err, err)
env.set_config(FAST)
d, rc, err, _ = env.demo("no-model", "--llm", env={"SECDIGEST_LLM_URL": srv.url})
t.check("no model named: said, extractive digest written",
        rc == 0 and same_as_extractive(d) and "no LLM model named" in err, err)

# ---- a model with a smaller context than max_input_tokens ------------------------------------
srv.reset()


def small_context(req):
    if tokens(req.system) + tokens(req.user) > 4000:
        return {"status": 400, "body": {"error": {"message": "This model's maximum context length is 4096 tokens",
                                                  "type": "invalid_request_error"}}}
    return srv.good_answer(req)


srv.default = small_context
env.set_config(FAST)
d, rc, err, _ = env.demo("small-context", "--llm", env=llm_env(srv.url))
js = load_json(d)
sizes = [tokens(r.system) + tokens(r.user) for r in srv.requests()]
first_big = next((i for i, n in enumerate(sizes) if n > 4000), None)
t.check("context too small: the budget is halved once and the part asked again",
        err.count("sending at most 3000 tokens from now on") == 1 and first_big is not None
        and all(n <= 3000 * 1.03 for n in sizes[first_big + 1:]), (sizes, err[-800:]))
t.check("context too small: no part lost", "request failed" not in err and js["conclusion_writer"] == "llm"
        and all(s["writers"]["paragraphs"] == "llm" for s in js["stories"]), err[-800:])

# ---- the token budget ----------------------------------------------------------------------------
srv.reset()
BUDGET = 1000
env.set_config(FAST + "max_input_tokens = %d\n" % BUDGET)
d, rc, err, _ = env.demo("budget", "--llm", env=llm_env(srv.url))


over = [(r.task, tokens(r.system) + tokens(r.user)) for r in srv.requests()
        if tokens(r.system) + tokens(r.user) > BUDGET * 1.03]
t.check("budget: every request within max_input_tokens (estimated as the program does)", rc == 0 and not over, over)
titles = [[s["title"] for s in st["sources"]] for st in base["stories"]]
missing = []
for r in srv.requests("要約"):
    own = [ts for ts in titles if ts[0] in r.user]
    if not own or not all(x in r.user for x in own[0]):
        missing.append(r.user[:200])
t.check("budget: texts were cut, every source title kept", not missing, missing)
t.check("budget: a cut text ends with an ellipsis", any("…\n" in r.user for r in srv.requests("要約")))
t.check("budget: the digest is still written by the LLM", load_json(d)["generated_by"]["writer"] == "llm")

t.done()
