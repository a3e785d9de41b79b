"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1 for
secdigest's LLM writer tests.

It speaks POST /v1/chat/completions and answers from a script we write per
test: rules that match the user message (all given substrings present) and
hand out their responses in order (the last one repeats), else a default
answerer that writes a grounded Japanese answer for the task named on the
prompt's "課題:" line.  A response is a dict: status, headers, body (bytes,
str, or a dict sent as JSON), or content (wrapped in a chat-completions
envelope), and delay (seconds before answering: a hang).  Every request is
recorded (and written as JSON Lines to `record` when given) so that a test
can assert what secdigest sent.

Everything is bounded: bodies over 4 MiB are refused, no delay is longer than
max_seconds, the server threads are daemons.
"""

import atexit
import http.server
import json
import os
import shutil
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time

# The default answers: Japanese, no number, no name, nothing a verifier could
# call invented.  One per task of the prompt (llm_writer.c: specs[].task).
GOOD = {
    "見出し": "海外で報じられた事案のテスト用見出し",
    "要約": "テスト用の要約です。出典の記事に基づいています。",
    "本文": "テスト用の本文の一段落目です。\n\nテスト用の本文の二段落目です。",
    "主要ポイント": "テスト用の主要ポイントの文です。",
    "深掘りの導入": "テスト用の深掘りの導入です。",
    "深掘りの小節": "テスト用の小節の本文です。",
    "用語解説": "テスト用の用語の説明のこと。",
    "今後の展望": "テスト用の展望の文章です。",
    "結論": "テスト用の結論の文章です。",
}


def task_of(user):
    for line in user.splitlines():
        if line.startswith("課題: "):
            return line[len("課題: "):].strip()
    return None


def answer(text, sources=(1,)):
    """The JSON object the prompt asks the model for, as the content string."""
    return json.dumps({"text": text, "sources": list(sources)}, ensure_ascii=False)


def content(text, sources=(1,)):
    """A response dict carrying a well-formed answer."""
    return {"content": answer(text, sources)}


class Request:
    def __init__(self, path, headers, body, raw, when):
        self.path = path
        self.headers = headers
        self.body = body      # parsed JSON, or None
        self.raw = raw
        self.when = when

    @property
    def user(self):
        try:
            return [m for m in self.body["messages"] if m.get("role") == "user"][-1]["content"]
        except (TypeError, KeyError, IndexError):
            return ""

    @property
    def system(self):
        try:
            return [m for m in self.body["messages"] if m.get("role") == "system"][0]["content"]
        except (TypeError, KeyError, IndexError):
            return ""

    @property
    def task(self):
        return task_of(self.user)


class Rule:
    def __init__(self, match, responses):
        self.match = [match] if isinstance(match, str) else list(match)
        self.responses = list(responses)
        self.hits = 0


class ChatServer:
    def __init__(self, host="127.0.0.1", max_seconds=30, record=None):
        self.rules = []
        self.log = []
        self.lock = threading.Lock()
        self.max_seconds = max_seconds
        self.record = record
        self.default = self.good_answer
        fixture = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "chat-fixture/1"

            def log_message(self, fmt, *args):
                pass

            def do_GET(self):
                fixture.send(self, {"status": 404, "body": {"error": {"message": "not here"}}})

            def do_POST(self):
                try:
                    n = int(self.headers.get("Content-Length") or 0)
                except ValueError:
                    n = 0
                if n > 4 << 20:
                    fixture.send(self, {"status": 413, "body": "too large"})
                    return
                raw = self.rfile.read(n) if n else b""
                try:
                    body = json.loads(raw.decode("utf-8"))
                except (ValueError, UnicodeDecodeError):
                    body = None
                req = Request(self.path, dict(self.headers.items()), body, raw, time.monotonic())
                with fixture.lock:
                    fixture.log.append(req)
                    if fixture.record:
                        with open(fixture.record, "a", encoding="utf-8") as f:
                            f.write(json.dumps({"path": req.path, "headers": req.headers, "body": body},
                                               ensure_ascii=False) + "\n")
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    fixture.send(self, {"status": 404, "body": {"error": {"message": "unknown path"}}})
                    return
                resp = fixture.pick(req)
                try:
                    fixture.send(self, resp, req)
                except (BrokenPipeError, ConnectionResetError, socket.timeout):
                    self.close_connection = True

        class TCPServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True
            allow_reuse_address = True

            def handle_error(self, request, client_address):
                if not isinstance(sys.exc_info()[1], (ConnectionError, socket.timeout)):
                    super().handle_error(request, client_address)

        self.httpd = TCPServer((host, 0), Handler)
        self.port = self.httpd.server_address[1]
        self.url = "http://%s:%d/v1" % (host, self.port)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    # ---- script -------------------------------------------------------------

    def add(self, match, *responses):
        """Requests whose user message holds every string of `match` get `responses`
        in order; the last one repeats."""
        r = Rule(match, responses)
        with self.lock:
            self.rules.append(r)
        return r

    def reset(self):
        with self.lock:
            self.rules = []
            self.log = []
            self.default = self.good_answer

    def pick(self, req):
        with self.lock:
            user = req.user
            for r in self.rules:
                if all(m in user for m in r.match):
                    r.hits += 1
                    if len(r.responses) > 1:
                        return r.responses.pop(0)
                    return r.responses[0]
        return self.default(req)

    def good_answer(self, req):
        text = GOOD.get(req.task)
        if text is None:
            return {"status": 400, "body": {"error": {"message": "the fixture knows no such task"}}}
        return content(text)

    # ---- sending ------------------------------------------------------------

    def send(self, h, resp, req=None):
        delay = min(float(resp.get("delay", 0)), self.max_seconds)
        if delay:
            time.sleep(delay)
        status = resp.get("status", 200)
        headers = dict(resp.get("headers", {}))
        if "content" in resp:
            model = (req.body or {}).get("model", "") if req else ""
            usage = {"prompt_tokens": len(req.raw) // 4 if req else 0, "completion_tokens": 20}
            usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
            body = {"id": "chatcmpl-fixture", "object": "chat.completion", "created": 0, "model": model,
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": resp["content"]}}],
                    "usage": usage}
        else:
            body = resp.get("body", b"")
        if isinstance(body, (dict, list)):
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            data = body.encode("utf-8")
        else:
            data = body
        headers.setdefault("Content-Type", "application/json")
        h.send_response(status)
        for k, v in headers.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)
        h.wfile.flush()

    # ---- what was asked -----------------------------------------------------

    def requests(self, task=None):
        with self.lock:
            return [r for r in self.log if task is None or r.task == task]


def closed_port(host="127.0.0.1"):
    """A port on which nothing listens (bound, then released)."""
    s = socket.socket()
    s.bind((host, 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Checks:
    def __init__(self):
        self.failed = 0
        self.passed = 0

    def check(self, what, cond, detail=None):
        if cond:
            self.passed += 1
            print("ok   " + what)
        else:
            self.failed += 1
            print("FAIL " + what)
            if detail is not None:
                text = detail if isinstance(detail, str) else repr(detail)
                print("     " + text[:3000].replace("\n", "\n     "))

    def done(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        sys.exit(1 if self.failed else 0)


DAY = "2026-11-18"


class Env:
    """A scratch folder, a config file and the secdigest binary."""

    def __init__(self, config=""):
        self.bin = os.environ.get("SECDIGEST_BIN") or "secdigest"
        self.dir = tempfile.mkdtemp(prefix="secdigest-llm-")
        if not os.environ.get("SECDIGEST_KEEP_TEST_FILES"):
            atexit.register(shutil.rmtree, self.dir, True)
        self.config = os.path.join(self.dir, "config")
        with open(self.config, "w", encoding="utf-8") as f:
            f.write(config)
        self.base_env = {k: v for k, v in os.environ.items()
                         if not k.startswith("SECDIGEST_LLM") and k != "OPENAI_API_KEY"
                         and k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")}
        self.base_env.pop("SECDIGEST_DB", None)
        self.base_env.pop("SECDIGEST_CONFIG", None)
        self.base_env["HOME"] = self.dir
        self.base_env["XDG_DATA_HOME"] = os.path.join(self.dir, "data")
        self.base_env["XDG_CONFIG_HOME"] = os.path.join(self.dir, "cfg")

    def set_config(self, text):
        with open(self.config, "w", encoding="utf-8") as f:
            f.write(text)

    def run(self, *args, env=None, timeout=240):
        e = dict(self.base_env)
        e.update(env or {})
        t0 = time.monotonic()
        p = subprocess.run([self.bin, "--config", self.config] + list(args), env=e, capture_output=True,
                           timeout=timeout)
        return (p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"),
                time.monotonic() - t0)

    def demo(self, name, *extra, env=None):
        out = os.path.join(self.dir, name)
        rc, so, se, took = self.run("demo", "--output", out, *extra, env=env)
        return out, rc, se, took

    def path(self, *parts):
        return os.path.join(self.dir, *parts)


def load_json(folder):
    with open(os.path.join(folder, DAY + ".json"), encoding="utf-8") as f:
        return json.load(f)


def read(folder, ext="md"):
    with open(os.path.join(folder, DAY + "." + ext), encoding="utf-8") as f:
        return f.read()


def llm_env(url, model="test-model", key=None):
    e = {"SECDIGEST_LLM_URL": url, "SECDIGEST_LLM_MODEL": model}
    if key:
        e["SECDIGEST_LLM_API_KEY"] = key
    return e
