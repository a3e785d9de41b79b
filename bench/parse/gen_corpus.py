#!/usr/bin/python3
"""Generate the feed corpus that bench/parse/run measures parsers on.

Writes FILES feed documents (about MB megabytes in all) into a folder, mixing
every format secdigest reads (RSS 0.91/0.92 and 2.0, RSS 1.0/RDF, Atom 1.0
and 0.3, JSON Feed 1.1) in the encodings Japanese and Western feeds really
use (UTF-8, Shift_JIS, EUC-JP, windows-1252), with the things that make feed
parsing slow or error-prone: entities and character references, HTML escaped
or in CDATA, dates in many spellings, categories, GUIDs, relative links under
xml:base, byte-order marks, documents without an XML declaration.

Everything is written from word lists in this file (fictional organisations,
products and people), so the corpus is ours to keep.  A fixed seed makes the
output byte-for-byte the same on every run and machine: the same bytes are
measured everywhere and the cache key in `run` can rely on it.

Beside the feeds it writes manifest.json: for every file its format,
encoding, size and the number of items written, and totals per format, per
encoding and per pair, so a benchmark can check that every parser found the
items that are there.

Usage: gen_corpus.py OUTDIR [--files N] [--mb MB] [--seed S]
"""

import argparse
import datetime as dt
import json
import os
import random
import sys

GENERATOR_VERSION = 1

# ---------------------------------------------------------------------------
# Word lists.  Japanese entries must encode identically in Shift_JIS and
# cp932 and also in EUC-JP: a file declared Shift_JIS must be valid Shift_JIS
# (a strict decoder must not stumble on a cp932-only character), so the
# benchmark measures parsing, not error recovery.  check_word_lists() enforces
# this when the script starts.

JA_ORGS = [
    "架空セキュリティ研究所", "みなと電機", "さくら情報システム", "あおば銀行",
    "北斗通信", "東雲ソフトウェア", "若葉医療センター", "光陽エネルギー",
    "青嵐大学", "翠星クラウド", "港南運輸", "白鷺市役所", "朝霧製薬",
    "かもめネットワークス", "つばさ証券", "山吹テクノロジー",
]
JA_PRODUCTS = [
    "ゲートキープVPN", "コバルトメールサーバー", "ランタンCMS", "ニンバスバックアップ",
    "パイロンルーター", "リッジファイアウォール", "スパローチャット", "ヴィレオ管理コンソール",
    "グループウェア「さくらボード」", "勤怠管理システム「タイムリーフ」",
    "ファイル共有サービス「はこぶね」", "ネットワークカメラ「ミハリ」",
]
JA_VULNS = [
    "リモートコード実行", "認証回避", "SQLインジェクション", "クロスサイトスクリプティング",
    "パストラバーサル", "権限昇格", "サーバーサイドリクエストフォージェリ",
    "バッファオーバーフロー", "解放後使用", "安全でないデシリアライゼーション",
    "OSコマンドインジェクション", "情報漏えい",
]
JA_SECTORS = ["製造業", "医療機関", "地方自治体", "教育機関", "金融機関", "物流企業",
              "小売業", "建設業", "報道機関", "研究機関"]
JA_MALWARE = ["ランサムウェア", "情報窃取型マルウェア", "バックドア", "ボットネット",
              "遠隔操作ツール", "ワイパー型マルウェア", "偽のブラウザ拡張機能"]
JA_ACTORS = ["攻撃グループ「灰色のサギ」", "金銭目的の攻撃者", "国家の支援を受けるとみられる集団",
             "攻撃グループ「霧笛」", "複数の攻撃者", "内部関係者"]
JA_AUTHORS = ["山田 花子", "佐藤 健一", "鈴木 美咲", "高橋 翔", "田中 由紀",
              "編集部", "セキュリティ情報担当", "伊藤 大輔"]
JA_CATEGORIES = ["脆弱性", "インシデント", "注意喚起", "マルウェア", "フィッシング",
                 "ランサムウェア", "制度・政策", "イベント", "情報漏えい", "製品更新"]
JA_SENTENCES = [
    "{org}は{month}月{day}日、{product}に{vuln}の脆弱性（{cve}）が存在すると発表した。",
    "CVSSv3の基本値は{cvss}で、影響を受けるのはバージョン{ver}より前の製品である。",
    "同社によると、{actor}による悪用がすでに確認されているという。",
    "利用者には速やかに修正版へ更新するとともに、不審な通信がないかログを確認するよう呼びかけている。",
    "{org2}は、不正アクセスにより最大{n}件の個人情報が漏えいした可能性があると公表した。",
    "現時点で悪用は確認されていないが、攻撃コードが公開される前に対策を講じることが望ましい。",
    "{sector}を狙った{malware}の活動が活発化しており、関係機関も注意を呼びかけている。",
    "攻撃者は正規の更新通知を装ったメールを送り、添付ファイルを開かせる手口を使っていた。",
    "{org}の調査では、侵入の起点は保守用に公開されていたリモート接続の窓口だった。",
    "暗号化されたサーバーは{n}台にのぼり、業務の一部を手作業に切り替えて対応している。",
    "同社は外部の専門家と協力して原因を調べており、{month}月末までに報告書をまとめる予定だ。",
    "回避策として、管理画面へのアクセスを信頼できるネットワークに限ることが挙げられている。",
    "今回の修正では、ほかに{m}件の脆弱性も併せて解消された。",
    "{actor}は過去にも{sector}を標的にしており、手口には共通点が多い。",
]
JA_TITLES = [
    "{product}に{vuln}の脆弱性、修正版を公開（{cve}）",
    "{org2}で不正アクセス、{n}件の情報漏えいの恐れ",
    "{sector}狙う{malware}に注意喚起",
    "【注意喚起】{product}の脆弱性を悪用する攻撃を確認",
    "週間まとめ：脆弱性{m}件 & インシデント{k}件",
    "{org}、{malware}感染で一部業務を停止",
    "<速報> {product}の緊急アップデート",
    "{actor}による{sector}への攻撃が続く",
    "{org}が{month}月のセキュリティ更新を公開、{m}件を修正",
]

EN_ORGS = [
    "Harbor Point Systems", "Bluefin Analytics", "Kestrel Networks", "Orchid Data Works",
    "Quillon Software", "Tidewater Bank", "Ember Grid Energy", "Lattice Cloud",
    "Mosswood Health", "Saffron Telecom", "Café Lumière Group", "Zürich Ridge Insurance",
]
EN_PRODUCTS = [
    "GateKeep VPN", "Cobalt Mail Server", "Lantern CMS", "Nimbus Backup", "Pylon Router",
    "Ridge Firewall", "Sparrow Chat", "Vireo Web Console", "Halyard SSO", "Tessera Wiki",
]
EN_VULNS = [
    "remote code execution", "authentication bypass", "SQL injection", "cross-site scripting",
    "path traversal", "privilege escalation", "server-side request forgery",
    "deserialization", "buffer overflow", "use-after-free", "command injection",
]
EN_SECTORS = ["manufacturers", "hospitals", "local governments", "universities", "banks",
              "logistics firms", "retailers", "law firms", "news outlets"]
EN_MALWARE = ["ransomware", "infostealer", "backdoor", "botnet loader", "remote access trojan",
              "wiper", "malicious browser extension"]
EN_ACTORS = ["a ransomware crew", "a financially motivated group", "the actor tracked as Granite Heron",
             "an espionage-focused group", "several unrelated actors", "a former contractor"]
EN_AUTHORS = ["Dana Whitfield", "Marcus O’Neill", "Priya Raman", "Tomás Ferreira",
              "Lena Hoffmann", "Staff Writer", "Security Desk", "Noah Brennan"]
EN_CATEGORIES = ["Vulnerabilities", "Incidents", "Advisories", "Malware", "Phishing",
                 "Ransomware", "Policy", "Events", "Data Breach", "Patches"]
# Typographic punctuation on purpose: windows-1252 encodes it in 0x80-0x9F,
# where it differs from ISO-8859-1.
EN_SENTENCES = [
    "{org} has released an update for {product} that fixes a {vuln} flaw tracked as {cve}.",
    "The issue carries a CVSS score of {cvss} and affects versions before {ver}.",
    "Researchers said {actor} had been exploiting the bug since {monthname} {day}.",
    "Administrators are advised to apply the fix and review logs for signs of compromise.",
    "{org2} confirmed that attackers reached records of about {n} customers.",
    "No exploitation in the wild has been observed so far, according to the advisory.",
    "Attacks on {sector} involving {malware} have picked up over the past weeks.",
    "The lure was an e-mail posing as an invoice — “urgent, please review” — with a macro attached.",
    "According to {org}, the intruders came in through a remote-support portal left open to the internet.",
    "It’s the {ordinal} time this year that the product has needed an emergency patch.",
    "The company said it would publish a full report by the end of {monthname}…",
    "As a workaround, access to the admin interface should be limited to trusted networks.",
    "The release also addresses {m} other bugs, including a €-sign rendering glitch in invoices.",
]
EN_TITLES = [
    "{product} {vuln} flaw patched ({cve})",
    "{org2} reports breach affecting {n} customers",
    "{actor} targets {sector} with new {malware}",
    "Advisory: {vuln} in {product} {ver}",
    "Weekly roundup: {m} vulnerabilities & {k} incidents",
    "<script> injection found in {product} admin panel",
    "{org} takes systems offline after {malware} attack",
    "“Patch now”: {product} bug under active attack",
    "{org} ships {monthname} security updates, fixing {m} issues",
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHNAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ORDINALS = ["second", "third", "fourth", "fifth"]

JA_HOSTS = ["news.example.jp", "sec.example.jp", "blog.example.co.jp", "www.example.ne.jp",
            "security.example.or.jp", "info.example.jp"]
EN_HOSTS = ["news.example.com", "www.example.org", "blog.example.net", "security.example.com",
            "advisories.example.org", "feeds.example.com"]

# (format, encoding, weight).  JSON Feed is UTF-8 by definition; windows-1252
# feeds are English; Shift_JIS and EUC-JP are Japanese.
COMBOS = [
    ("rss2", "utf-8", 14), ("rss2", "shift_jis", 5), ("rss2", "euc-jp", 4), ("rss2", "windows-1252", 4),
    ("rdf", "utf-8", 6), ("rdf", "shift_jis", 4), ("rdf", "euc-jp", 4),
    ("rss091", "utf-8", 2), ("rss091", "windows-1252", 2), ("rss091", "shift_jis", 2),
    ("rss092", "utf-8", 2), ("rss092", "windows-1252", 2), ("rss092", "euc-jp", 1),
    ("atom1", "utf-8", 12), ("atom1", "euc-jp", 2), ("atom1", "windows-1252", 2),
    ("atom03", "utf-8", 3), ("atom03", "shift_jis", 2), ("atom03", "euc-jp", 1),
    ("jsonfeed", "utf-8", 8),
]

# Name in the XML declaration, Python codec that writes the bytes.
ENCODINGS = {
    "utf-8": ("UTF-8", "utf-8"),
    "shift_jis": ("Shift_JIS", "cp932"),
    "euc-jp": ("EUC-JP", "euc_jp"),
    "windows-1252": ("windows-1252", "cp1252"),
}

BASE_TIME = dt.datetime(2025, 11, 1, tzinfo=dt.timezone.utc)


def check_word_lists():
    ja = (JA_ORGS + JA_PRODUCTS + JA_VULNS + JA_SECTORS + JA_MALWARE + JA_ACTORS
          + JA_AUTHORS + JA_CATEGORIES + JA_SENTENCES + JA_TITLES)
    for w in ja:
        if w.encode("shift_jis") != w.encode("cp932"):
            sys.exit("gen_corpus: %r differs between Shift_JIS and cp932" % w)
        w.encode("euc_jp")
    en = (EN_ORGS + EN_PRODUCTS + EN_VULNS + EN_SECTORS + EN_MALWARE + EN_ACTORS
          + EN_AUTHORS + EN_CATEGORIES + EN_SENTENCES + EN_TITLES)
    for w in en:
        w.encode("cp1252")


# ---------------------------------------------------------------------------
# Escaping.

def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attr(s):
    return xml_escape(s).replace('"', "&quot;")


def with_char_refs(escaped, rng, rate):
    """Turn some non-ASCII characters of already-escaped XML text into numeric
    character references, decimal or hex, as feed generators often do."""
    if rate <= 0:
        return escaped
    out = []
    for ch in escaped:
        if ord(ch) > 0x7F and rng.random() < rate:
            out.append("&#%d;" % ord(ch) if rng.random() < 0.5 else "&#x%X;" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def html_escape_text(s):
    """Text placed inside HTML: escape and spell a few characters as named
    entities the way CMSs do (&nbsp; &hellip; &mdash; &rsquo; ...)."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return (s.replace("…", "&hellip;").replace("—", "&mdash;").replace("’", "&rsquo;")
             .replace("“", "&ldquo;").replace("”", "&rdquo;").replace("€", "&euro;")
             .replace("é", "&eacute;"))


# ---------------------------------------------------------------------------
# Dates.

ZONES_822 = [("GMT", 0), ("UT", 0), ("Z", 0), ("JST", 9 * 60), ("EST", -5 * 60), ("EDT", -4 * 60),
             ("PST", -8 * 60), ("PDT", -7 * 60), ("CST", -6 * 60)]


def fmt_offset(minutes, colon):
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return "%s%02d%s%02d" % (sign, m // 60, ":" if colon else "", m % 60)


def date_822(t, rng, style):
    """RFC 822/1123 and the deviations feeds really carry."""
    if style == "named":
        name, off = rng.choice(ZONES_822)
        zone = name
    else:
        off = rng.choice([0, 9 * 60, 9 * 60, -5 * 60, 60, 5 * 60 + 30, -3 * 60 - 30 if rng.random() < 0.1 else 0])
        zone = "+0000" if off == 0 and rng.random() < 0.3 else fmt_offset(off, False)
        if off == 0 and rng.random() < 0.3:
            zone = "GMT"
    lt = t + dt.timedelta(minutes=off)
    variant = rng.randrange(6)
    day = DAYS[lt.weekday()] + ", "
    if variant == 0:      # canonical RFC 1123
        return "%s%02d %s %04d %02d:%02d:%02d %s" % (day, lt.day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, zone)
    if variant == 1:      # no day name
        return "%02d %s %04d %02d:%02d:%02d %s" % (lt.day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, zone)
    if variant == 2:      # no seconds
        return "%s%02d %s %04d %02d:%02d %s" % (day, lt.day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, zone)
    if variant == 3:      # two-digit year (RFC 822 proper)
        return "%s%02d %s %02d %02d:%02d:%02d %s" % (day, lt.day, MONTHS[lt.month - 1], lt.year % 100, lt.hour, lt.minute, lt.second, zone)
    if variant == 4:      # one-digit day, one-digit hour
        return "%s%d %s %04d %d:%02d:%02d %s" % (day, lt.day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, zone)
    # extra whitespace, as some templates emit
    return "  %s%02d %s %04d %02d:%02d:%02d %s " % (day, lt.day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, zone)


def date_3339(t, rng, w3cdtf=False):
    """RFC 3339, and with w3cdtf the W3C-DTF reductions dc:date allows."""
    off = rng.choice([0, 9 * 60, 9 * 60, -4 * 60, 2 * 60])
    lt = t + dt.timedelta(minutes=off)
    zone = "Z" if off == 0 and rng.random() < 0.7 else fmt_offset(off, True)
    variant = rng.randrange(5 if w3cdtf else 3)
    if variant == 0:
        return "%04d-%02d-%02dT%02d:%02d:%02d%s" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, zone)
    if variant == 1:      # fractional seconds
        return "%04d-%02d-%02dT%02d:%02d:%02d.%03d%s" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, rng.randrange(1000), zone)
    if variant == 2:      # lower-case t and z happen too; RFC 3339 allows them
        return ("%04d-%02d-%02dt%02d:%02d:%02d%s" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, zone)).replace("Z", "z")
    if variant == 3:      # W3C-DTF without seconds
        return "%04d-%02d-%02dT%02d:%02d%s" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, zone)
    return "%04d-%02d-%02d" % (lt.year, lt.month, lt.day)  # date only


# ---------------------------------------------------------------------------
# Content.

class Writer:
    """Produces titles, sentences and HTML bodies in one language."""

    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang

    def fill(self, template):
        r = self.rng
        ja = self.lang == "ja"
        vals = {
            "org": r.choice(JA_ORGS if ja else EN_ORGS),
            "org2": r.choice(JA_ORGS if ja else EN_ORGS),
            "product": r.choice(JA_PRODUCTS if ja else EN_PRODUCTS),
            "vuln": r.choice(JA_VULNS if ja else EN_VULNS),
            "sector": r.choice(JA_SECTORS if ja else EN_SECTORS),
            "malware": r.choice(JA_MALWARE if ja else EN_MALWARE),
            "actor": r.choice(JA_ACTORS if ja else EN_ACTORS),
            "cve": "CVE-2025-%d" % r.randrange(10000, 69999),
            "cvss": "%.1f" % (r.randrange(40, 101) / 10),
            "ver": "%d.%d.%d" % (r.randrange(1, 12), r.randrange(0, 20), r.randrange(0, 9)),
            "month": r.randrange(1, 13),
            "monthname": r.choice(MONTHNAMES),
            "day": r.randrange(1, 29),
            "n": "{:,}".format(r.randrange(120, 2500000)) if not ja else str(r.randrange(120, 2500000)),
            "m": r.randrange(2, 40),
            "k": r.randrange(1, 15),
            "ordinal": r.choice(ORDINALS),
        }
        return template.format(**vals)

    def title(self):
        return self.fill(self.rng.choice(JA_TITLES if self.lang == "ja" else EN_TITLES))

    def sentences(self, lo, hi):
        pool = JA_SENTENCES if self.lang == "ja" else EN_SENTENCES
        sep = "" if self.lang == "ja" else " "
        return sep.join(self.fill(self.rng.choice(pool)) for _ in range(self.rng.randrange(lo, hi + 1)))

    def html(self, host, paragraphs):
        """An article body as CMSs emit it: paragraphs, links (absolute and
        relative), emphasis, lists, images, entities, the odd <br>."""
        r = self.rng
        ja = self.lang == "ja"
        parts = []
        for i in range(paragraphs):
            text = html_escape_text(self.sentences(1, 3))
            if r.random() < 0.3:
                text = text.replace("。" if ja else ". ", ("。<br>" if ja else ".<br/>\n"), 1)
            if r.random() < 0.4:
                cve = "CVE-2025-%d" % r.randrange(10000, 69999)
                text += ' <a href="https://vuldb.example.org/%s" target="_blank">%s</a>' % (cve, cve)
            if r.random() < 0.3:
                text = "<strong>%s</strong>%s" % (("重要：" if ja else "Important:&nbsp;"), text)
            parts.append("<p>%s</p>" % text)
            if i == 0 and r.random() < 0.35:
                parts.append('<p><img src="/images/2025/%d.png" alt="%s" width="640" height="360"></p>'
                             % (r.randrange(1000, 9999), "図" if ja else "Figure"))
        if r.random() < 0.4:
            items = "".join("<li>%s</li>" % html_escape_text(self.fill(r.choice(
                ["影響：{product} {ver}より前", "対策：修正版への更新", "深刻度：{cvss}", "識別子：{cve}"] if ja else
                ["Affected: {product} before {ver}", "Fix: update to the latest release", "Severity: {cvss}", "ID: {cve}"])))
                for _ in range(r.randrange(2, 5)))
            parts.append("<ul>%s</ul>" % items)
        if r.random() < 0.5:
            parts.append('<p>%s <a href="/articles/%d.html">%s</a>&nbsp;&rarr; &copy;&nbsp;2025 %s&#12288;&#x3042;&amp;co</p>'
                         % ("関連記事：" if ja else "Related:", r.randrange(10000, 99999),
                            "こちら" if ja else "read more&hellip;", html_escape_text(r.choice(JA_ORGS if ja else EN_ORGS))))
        return "\n".join(parts)


def make_item(w, rng, host, t, idx, relative):
    """The abstract item the format writers serialise."""
    ja = w.lang == "ja"
    slug = "%d/%02d/%s-%d.html" % (t.year, t.month, "news" if rng.random() < 0.5 else "article", 100000 + idx)
    return {
        "title": w.title(),
        "path": slug,
        "link": slug if relative else "https://%s/%s" % (host, slug),
        "guid": "https://%s/%s" % (host, slug) if rng.random() < 0.6 else "%s-%08x" % (host.split(".")[0], rng.getrandbits(32)),
        "time": t,
        "updated": t + dt.timedelta(minutes=rng.randrange(0, 600)) if rng.random() < 0.5 else None,
        "author": rng.choice(JA_AUTHORS if ja else EN_AUTHORS),
        "email": "%s@%s" % (rng.choice(["editor", "desk", "info", "press"]), host),
        "categories": rng.sample(JA_CATEGORIES if ja else EN_CATEGORIES, rng.randrange(0, 4)),
        "summary": w.sentences(1, 2),
        "html": w.html(host, rng.randrange(2, 5)),
    }


def times(rng):
    """Item times, newest first, a few minutes to three hours apart."""
    t = BASE_TIME + dt.timedelta(days=21, seconds=rng.randrange(86400))
    while True:
        yield t
        t -= dt.timedelta(seconds=rng.randrange(60, 3 * 3600))


# ---------------------------------------------------------------------------
# Format writers.  Each takes the file's settings and yields the document's
# pieces; items are produced until the size target is reached.

def cdata(html):
    return "<![CDATA[%s]]>" % html.replace("]]>", "]]]]><![CDATA[>")


def html_field(html, rng, mode=None):
    mode = mode or ("cdata" if rng.random() < 0.5 else "escaped")
    return cdata(html) if mode == "cdata" else xml_escape(html)


class Doc:
    def __init__(self, rng, fmt, enc, lang, host, target_bytes):
        self.rng, self.fmt, self.enc, self.lang, self.host = rng, fmt, enc, lang, host
        self.target = target_bytes
        self.w = Writer(rng, lang)
        self.codec = ENCODINGS[enc][1]
        self.declared = ENCODINGS[enc][0]
        self.ncr_rate = 0.02 if rng.random() < 0.3 else 0.0
        self.date_style = rng.choice(["named", "numeric"])
        self.relative = False

    def t(self, s):
        """Plain text as XML character data."""
        return with_char_refs(xml_escape(s), self.rng, self.ncr_rate)

    def size(self, s):
        return len(s.encode(self.codec, "xmlcharrefreplace"))

    def xml_decl(self):
        r = self.rng
        if self.enc == "utf-8" and r.random() < 0.1:
            return ""  # UTF-8 needs no declaration
        q = '"' if r.random() < 0.8 else "'"
        decl = "<?xml version=%s1.0%s encoding=%s%s%s?>\n" % (q, q, q, self.declared, q)
        if self.enc == "utf-8" and r.random() < 0.08:
            decl = "\ufeff" + decl  # byte-order mark, as some Windows tools write
        return decl

    def build(self):
        head, tail, item_fn = getattr(self, "doc_" + self.fmt)()
        pieces = [head]
        size = self.size(head) + self.size(tail)
        n = 0
        ts = times(self.rng)
        while size < self.target or n == 0:
            it = make_item(self.w, self.rng, self.host, next(ts), n, self.relative)
            s = item_fn(it)
            pieces.append(s)
            size += self.size(s)
            n += 1
        pieces.append(tail)
        text = "".join(pieces)
        return text.encode(self.codec, "xmlcharrefreplace"), n

    # --- RSS 2.0 -----------------------------------------------------------
    def doc_rss2(self):
        r, h = self.rng, self.host
        base = ""
        if r.random() < 0.25:
            base = ' xml:base="https://%s/"' % h
            self.relative = True
        use_dc_date = r.random() < 0.25
        use_content = r.random() < 0.5
        head = (self.xml_decl()
                + '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
                  ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"%s>\n'
                  "<channel>\n<title>%s</title>\n<link>https://%s/</link>\n<description>%s</description>\n"
                  "<language>%s</language>\n<copyright>Copyright 2025 %s</copyright>\n"
                  "<lastBuildDate>%s</lastBuildDate>\n<generator>ExamplePress 4.2</generator>\n<ttl>30</ttl>\n"
                  '<atom:link href="https://%s/feed.xml" rel="self" type="application/rss+xml"/>\n'
                  "<image><url>https://%s/logo.png</url><title>%s</title><link>https://%s/</link></image>\n"
                % (base, self.t(self.w.fill("{org} セキュリティニュース" if self.lang == "ja" else "{org} Security News")), h,
                   self.t(self.w.sentences(1, 1)), "ja" if self.lang == "ja" else "en-us",
                   self.t(self.w.fill("{org}")), date_822(BASE_TIME + dt.timedelta(days=22), r, self.date_style),
                   h, h, self.t("logo"), h))
        tail = "</channel>\n</rss>\n"

        def item(it):
            out = ["<item>\n<title>%s</title>\n<link>%s</link>\n" % (self.t(it["title"]), xml_escape(it["link"]))]
            if it["guid"].startswith("https://"):
                out.append("<guid>%s</guid>\n" % xml_escape(it["guid"]))
            else:
                out.append('<guid isPermaLink="false">%s</guid>\n' % xml_escape(it["guid"]))
            if use_dc_date:
                out.append("<dc:date>%s</dc:date>\n" % date_3339(it["time"], r, True))
            else:
                out.append("<pubDate>%s</pubDate>\n" % date_822(it["time"], r, self.date_style))
            if r.random() < 0.5:
                out.append("<dc:creator>%s</dc:creator>\n" % self.t(it["author"]))
            else:
                out.append("<author>%s (%s)</author>\n" % (xml_escape(it["email"]), self.t(it["author"])))
            for c in it["categories"]:
                if r.random() < 0.2:
                    out.append('<category domain="https://%s/tags">%s</category>\n' % (h, self.t(c)))
                else:
                    out.append("<category>%s</category>\n" % self.t(c))
            if use_content:
                out.append("<description>%s</description>\n" % self.t(it["summary"]))
                out.append("<content:encoded>%s</content:encoded>\n" % cdata(it["html"]))
            else:
                out.append("<description>%s</description>\n" % html_field(it["html"], r))
            if r.random() < 0.1:
                out.append('<enclosure url="https://%s/media/%s.mp3" length="%d" type="audio/mpeg"/>\n'
                           % (h, it["path"].replace("/", "-"), r.randrange(10 ** 5, 10 ** 8)))
            if r.random() < 0.2:
                out.append("<comments>https://%s/%s#comments</comments>\n" % (h, it["path"]))
            out.append("</item>\n")
            return "".join(out)
        return head, tail, item

    # --- RSS 0.91 / 0.92 ---------------------------------------------------
    def doc_rss09(self, version):
        r, h = self.rng, self.host
        head = (self.xml_decl()
                + '<rss version="%s">\n<channel>\n<title>%s</title>\n<link>https://%s/</link>\n'
                  "<description>%s</description>\n<language>%s</language>\n<pubDate>%s</pubDate>\n"
                  "<lastBuildDate>%s</lastBuildDate>\n<managingEditor>%s</managingEditor>\n"
                  "<image><title>%s</title><url>https://%s/i.gif</url><link>https://%s/</link><width>88</width><height>31</height></image>\n"
                % (version, self.t(self.w.fill("{org} ニュース" if self.lang == "ja" else "{org} Newswire")), h,
                   self.t(self.w.sentences(1, 1)), "ja" if self.lang == "ja" else "en",
                   date_822(BASE_TIME + dt.timedelta(days=22), r, self.date_style),
                   date_822(BASE_TIME + dt.timedelta(days=22, hours=1), r, self.date_style),
                   "editor@" + h, self.t("logo"), h, h))
        tail = "</channel>\n</rss>\n"
        plain = r.random() < 0.4   # many 0.91 feeds carry plain-text descriptions

        def item(it):
            out = ["<item>\n<title>%s</title>\n<link>%s</link>\n" % (self.t(it["title"]), xml_escape(it["link"]))]
            if plain:
                out.append("<description>%s</description>\n" % self.t(it["summary"]))
            else:
                out.append("<description>%s</description>\n" % html_field(it["html"], r, "escaped"))
            if version == "0.92":
                for c in it["categories"][:1]:
                    out.append("<category>%s</category>\n" % self.t(c))
                if r.random() < 0.3:
                    out.append('<source url="https://%s/feed.xml">%s</source>\n' % (h, self.t(self.w.fill("{org}"))))
            if r.random() < 0.7:  # not in 0.91, yet widespread
                out.append("<pubDate>%s</pubDate>\n" % date_822(it["time"], r, self.date_style))
            out.append("</item>\n")
            return "".join(out)
        return head, tail, item

    def doc_rss091(self):
        return self.doc_rss09("0.91")

    def doc_rss092(self):
        return self.doc_rss09("0.92")

    # --- RSS 1.0 / RDF -----------------------------------------------------
    def doc_rdf(self):
        r, h = self.rng, self.host
        # The channel stays open here: rdf_fixup() adds its rdf:Seq of items
        # and closes it once the items are known.
        head_fmt = (self.xml_decl()
                    + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"'
                      ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
                      ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xml:lang="%s">\n'
                      '<channel rdf:about="https://%s/index.rdf">\n<title>%s</title>\n<link>https://%s/</link>\n'
                      "<description>%s</description>\n<dc:language>%s</dc:language>\n<dc:date>%s</dc:date>\n"
                      "<sy:updatePeriod>hourly</sy:updatePeriod>\n<sy:updateFrequency>1</sy:updateFrequency>\n"
                    % ("ja" if self.lang == "ja" else "en", h,
                       self.t(self.w.fill("{org} 新着情報" if self.lang == "ja" else "{org} Updates")), h,
                       self.t(self.w.sentences(1, 1)), "ja" if self.lang == "ja" else "en",
                       date_3339(BASE_TIME + dt.timedelta(days=22), r, True)))
        tail = "</rdf:RDF>\n"
        use_content = r.random() < 0.5

        def item(it):
            about = "https://%s/%s" % (h, it["path"])
            out = ['<item rdf:about="%s">\n<title>%s</title>\n<link>%s</link>\n'
                   % (xml_attr(about), self.t(it["title"]), xml_escape(about))]
            if use_content:
                out.append("<description>%s</description>\n" % self.t(it["summary"]))
                out.append("<content:encoded>%s</content:encoded>\n" % cdata(it["html"]))
            else:
                out.append("<description>%s</description>\n" % html_field(it["html"], r))
            out.append("<dc:creator>%s</dc:creator>\n" % self.t(it["author"]))
            for c in it["categories"]:
                out.append("<dc:subject>%s</dc:subject>\n" % self.t(c))
            out.append("<dc:date>%s</dc:date>\n</item>\n" % date_3339(it["time"], r, True))
            return "".join(out)
        return head_fmt, tail, item

    # --- Atom 1.0 ----------------------------------------------------------
    def doc_atom1(self):
        r, h = self.rng, self.host
        base = ""
        if r.random() < 0.5:
            base = ' xml:base="https://%s/"' % h
            self.relative = True
        head = (self.xml_decl()
                + '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="%s"%s>\n<title type="text">%s</title>\n'
                  '<subtitle type="html">%s</subtitle>\n<link rel="alternate" type="text/html" href="https://%s/"/>\n'
                  '<link rel="self" type="application/atom+xml" href="https://%s/atom.xml"/>\n<id>tag:%s,2025:feed</id>\n'
                  "<updated>%s</updated>\n<generator uri=\"https://%s/gen\" version=\"2.1\">ExampleGen</generator>\n"
                  "<rights>&#169; 2025 %s</rights>\n"
                % ("ja" if self.lang == "ja" else "en", base,
                   self.t(self.w.fill("{org} 脅威情報" if self.lang == "ja" else "{org} Threat Intel")),
                   xml_escape("<em>%s</em>" % html_escape_text(self.w.sentences(1, 1))), h, h, h,
                   date_3339(BASE_TIME + dt.timedelta(days=22), r), h, self.t(self.w.fill("{org}"))))
        tail = "</feed>\n"

        def item(it):
            out = ["<entry>\n"]
            if r.random() < 0.2:  # escaped markup in an html title
                out.append('<title type="html">%s</title>\n' % xml_escape("<b>%s</b>" % html_escape_text(it["title"])))
            else:
                out.append("<title>%s</title>\n" % self.t(it["title"]))
            link = it["link"]
            if self.relative and r.random() < 0.2:
                # a nested xml:base that the relative link resolves against
                out[0] = '<entry xml:base="https://%s/%s/">\n' % (h, it["path"].split("/")[0])
                link = "../" + it["path"]
            out.append('<link rel="alternate" type="text/html" href="%s"/>\n' % xml_attr(link))
            out.append("<id>%s</id>\n" % xml_escape(it["guid"] if it["guid"].startswith("https://")
                                                    else "tag:%s,2025:%s" % (h, it["guid"])))
            out.append("<published>%s</published>\n" % date_3339(it["time"], r))
            out.append("<updated>%s</updated>\n" % date_3339(it["updated"] or it["time"], r))
            out.append("<author><name>%s</name>%s</author>\n"
                       % (self.t(it["author"]), "<email>%s</email>" % it["email"] if r.random() < 0.3 else ""))
            for c in it["categories"]:
                out.append('<category term="%s" label="%s" scheme="https://%s/tags/"/>\n'
                           % (xml_attr(c.lower()), xml_attr(c), h))
            out.append('<summary type="text">%s</summary>\n' % self.t(it["summary"]))
            mode = r.randrange(3)
            if mode == 0:
                out.append('<content type="html">%s</content>\n' % xml_escape(it["html"]))
            elif mode == 1:
                out.append('<content type="html">%s</content>\n' % cdata(it["html"]))
            else:
                # XHTML content must be well-formed XML: no HTML-only entities, closed void elements.
                xhtml = (it["html"].replace("&nbsp;", "&#160;").replace("&hellip;", "&#8230;")
                         .replace("&mdash;", "&#8212;").replace("&rsquo;", "&#8217;").replace("&ldquo;", "&#8220;")
                         .replace("&rdquo;", "&#8221;").replace("&euro;", "&#8364;").replace("&eacute;", "&#233;")
                         .replace("&rarr;", "&#8594;").replace("&copy;", "&#169;").replace("<br>", "<br/>"))
                xhtml = xhtml.replace('height="360">', 'height="360"/>')
                out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">%s</div></content>\n' % xhtml)
            out.append("</entry>\n")
            return "".join(out)
        return head, tail, item

    # --- Atom 0.3 ----------------------------------------------------------
    def doc_atom03(self):
        r, h = self.rng, self.host
        head = (self.xml_decl()
                + '<feed version="0.3" xmlns="http://purl.org/atom/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="%s">\n'
                  '<title mode="escaped" type="text/html">%s</title>\n'
                  '<link rel="alternate" type="text/html" href="https://%s/"/>\n<tagline>%s</tagline>\n'
                  "<id>tag:%s,2025:blog</id>\n<modified>%s</modified>\n<generator url=\"https://%s/\" version=\"3.3\">ExampleBlog</generator>\n"
                  "<copyright>Copyright (c) 2025</copyright>\n"
                % ("ja" if self.lang == "ja" else "en",
                   self.t(self.w.fill("{org} 技術ブログ" if self.lang == "ja" else "{org} Engineering Blog")),
                   h, self.t(self.w.sentences(1, 1)), h, date_3339(BASE_TIME + dt.timedelta(days=22), r, True), h))
        tail = "</feed>\n"

        def item(it):
            out = ["<entry>\n<title>%s</title>\n" % self.t(it["title"]),
                   '<link rel="alternate" type="text/html" href="https://%s/%s"/>\n' % (h, xml_attr(it["path"])),
                   "<id>tag:%s,2025:%s</id>\n" % (h, xml_escape(it["path"])),
                   "<issued>%s</issued>\n" % date_3339(it["time"], r, True),
                   "<modified>%s</modified>\n" % date_3339(it["updated"] or it["time"], r),
                   ]
            if r.random() < 0.5:
                out.append("<created>%s</created>\n" % date_3339(it["time"], r))
            out.append("<author><name>%s</name></author>\n" % self.t(it["author"]))
            for c in it["categories"]:
                out.append("<dc:subject>%s</dc:subject>\n" % self.t(c))
            out.append('<summary type="text/plain">%s</summary>\n' % self.t(it["summary"]))
            out.append('<content type="text/html" mode="escaped">%s</content>\n' % html_field(it["html"], r))
            out.append("</entry>\n")
            return "".join(out)
        return head, tail, item


def build_jsonfeed(rng, lang, host, target):
    """JSON Feed 1.1, sometimes pretty-printed, sometimes with \\u escapes."""
    w = Writer(rng, lang)
    ensure_ascii = rng.random() < 0.3
    indent = 2 if rng.random() < 0.5 else None
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": w.fill("{org} セキュリティ速報" if lang == "ja" else "{org} Security Briefing"),
        "home_page_url": "https://%s/" % host,
        "feed_url": "https://%s/feed.json" % host,
        "description": w.sentences(1, 1),
        "language": "ja" if lang == "ja" else "en-US",
        "authors": [{"name": w.fill("{org}"), "url": "https://%s/about" % host}],
        "items": [],
    }
    def dump(obj):
        return json.dumps(obj, ensure_ascii=ensure_ascii, indent=indent)
    size = len(dump(feed).encode())
    ts = times(rng)
    n = 0
    while size < target or n == 0:
        it = make_item(w, rng, host, next(ts), n, False)
        j = {"id": it["guid"], "url": it["link"], "title": it["title"]}
        if rng.random() < 0.7:
            j["content_html"] = it["html"]
        else:
            j["content_text"] = it["summary"] + "\n\n" + w.sentences(2, 4)
        if rng.random() < 0.6:
            j["summary"] = it["summary"]
        j["date_published"] = date_3339(it["time"], rng)
        if it["updated"]:
            j["date_modified"] = date_3339(it["updated"], rng)
        j["authors"] = [{"name": it["author"]}]
        if it["categories"]:
            j["tags"] = it["categories"]
        if rng.random() < 0.2:
            j["image"] = "https://%s/images/%d.png" % (host, rng.randrange(1000, 9999))
        feed["items"].append(j)
        size += len(dump(j).encode()) + 2
        n += 1
    return (dump(feed) + "\n").encode("utf-8"), n


def generate_one(seed, index, fmt, enc, target):
    # One generator per file, seeded from (seed, index): a file's bytes do not
    # depend on the files before it.
    rng = random.Random("secdigest-bench-%d-%d" % (seed, index))
    if enc in ("shift_jis", "euc-jp"):
        lang = "ja"
    elif enc == "windows-1252":
        lang = "en"
    else:
        lang = "ja" if rng.random() < 0.55 else "en"
    host = rng.choice(JA_HOSTS if lang == "ja" else EN_HOSTS)
    if fmt == "jsonfeed":
        data, n = build_jsonfeed(rng, lang, host, target)
    else:
        data, n = Doc(rng, fmt, enc, lang, host, target).build()
    return data, n, lang


def rdf_fixup(data, codec):
    """RSS 1.0 lists its items in the channel's rdf:Seq; add it now that the
    items are known, and close the channel before the first item."""
    text = data.decode(codec)
    abouts = []
    pos = 0
    while True:
        i = text.find('<item rdf:about="', pos)
        if i < 0:
            break
        j = text.index('"', i + 17)
        abouts.append(text[i + 17:j])
        pos = j
    seq = "<items>\n<rdf:Seq>\n%s</rdf:Seq>\n</items>\n</channel>\n" % "".join(
        '<rdf:li rdf:resource="%s"/>\n' % a for a in abouts)
    first = text.find("<item rdf:about=")
    text = text[:first] + seq + text[first:]
    return text.encode(codec, "xmlcharrefreplace")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--files", type=int, default=500, help="number of feed files (default 500)")
    ap.add_argument("--mb", type=float, default=52.0, help="total size in MB of 10^6 bytes (default 52)")
    ap.add_argument("--seed", type=int, default=20251122, help="random seed (default 20251122)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no summary on stdout")
    args = ap.parse_args()
    if args.files < 1 or args.mb <= 0:
        ap.error("--files and --mb must be positive")
    check_word_lists()
    os.makedirs(args.outdir, exist_ok=True)

    plan_rng = random.Random("secdigest-bench-plan-%d" % args.seed)
    combos = [(f, e) for f, e, _ in COMBOS]
    weights = [w for _, _, w in COMBOS]
    plan = combos[:min(args.files, len(combos))]  # every pair at least once
    while len(plan) < args.files:
        plan.append(plan_rng.choices(combos, weights)[0])
    plan_rng.shuffle(plan)
    # Sizes vary from a few KB to about twice the mean, like real feeds; the
    # factors are normalised so the total comes out at --mb.
    factors = [plan_rng.uniform(0.15, 1.85) for _ in plan]
    scale = args.mb * 1e6 / sum(factors)

    entries = []
    width = max(4, len(str(args.files)))
    for i, (fmt, enc) in enumerate(plan):
        target = int(factors[i] * scale)
        data, n, lang = generate_one(args.seed, i, fmt, enc, target)
        if fmt == "rdf":
            data = rdf_fixup(data, ENCODINGS[enc][1])
        name = "%0*d-%s-%s.%s" % (width, i + 1, fmt, enc, "json" if fmt == "jsonfeed" else "xml")
        with open(os.path.join(args.outdir, name), "wb") as f:
            f.write(data)
        entries.append({"name": name, "format": fmt, "encoding": enc, "lang": lang,
                        "bytes": len(data), "items": n})

    def totals(key):
        out = {}
        for e in entries:
            k = key(e)
            t = out.setdefault(k, {"files": 0, "bytes": 0, "items": 0})
            t["files"] += 1
            t["bytes"] += e["bytes"]
            t["items"] += e["items"]
        return dict(sorted(out.items()))

    manifest = {
        "generator": "bench/parse/gen_corpus.py",
        "generator_version": GENERATOR_VERSION,
        "seed": args.seed,
        "files": len(entries),
        "bytes": sum(e["bytes"] for e in entries),
        "items": sum(e["items"] for e in entries),
        "by_format": totals(lambda e: e["format"]),
        "by_encoding": totals(lambda e: e["encoding"]),
        "by_format_encoding": totals(lambda e: "%s/%s" % (e["format"], e["encoding"])),
        "entries": entries,
    }
    with open(os.path.join(args.outdir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")

    if not args.quiet:
        print("%d files, %.1f MB, %d items in %s" % (manifest["files"], manifest["bytes"] / 1e6,
                                                     manifest["items"], args.outdir))
        print("%-24s %6s %9s %8s" % ("format/encoding", "files", "MB", "items"))
        for k, t in manifest["by_format_encoding"].items():
            print("%-24s %6d %9.2f %8d" % (k, t["files"], t["bytes"] / 1e6, t["items"]))


if __name__ == "__main__":
    main()
