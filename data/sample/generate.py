#!/usr/bin/python3
"""Generate the bundled sample day of secdigest from the article data.

    /usr/bin/python3 data/sample/generate.py

Reads source/*.py (every article written once, as data) and writes, next to
this script:

  feeds/*.xml|rdf      the ten feed documents (RSS 2.0, RSS 1.0/RDF, Atom 1.0)
                       in their sites' encodings (UTF-8, Shift_JIS, EUC-JP,
                       and one feed whose XML declaration lies)
  pages/<site>/*.html  every item's article page, in its site's template
  expected/*.txt       the article body a perfect extractor returns
  manifest.json        what `secdigest demo` and the tests read
  stories.json         the story key (item -> story; stories with rank)

Non-UTF-8 files are made with iconv(1), never with Python codecs, so the
bytes are what a real server running iconv would send; the checks at the end
decode them back and compare.  The output is deterministic.
"""

import datetime as dt
import hashlib
import html
import json
import urllib.parse
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "source"))

from model import ARTICLES  # noqa: E402
import stories as story_mod  # noqa: E402
import day1116  # noqa: E402,F401
import day1117  # noqa: E402,F401
import day1118  # noqa: E402,F401

SAMPLE_DAY = "2026-11-18"
TZ_JST = dt.timezone(dt.timedelta(hours=9))
TZ_EST = dt.timezone(dt.timedelta(hours=-5))
UTC = dt.timezone.utc
BUILD_TIME = dt.datetime(2026, 11, 18, 21, 30, tzinfo=TZ_JST)

# --------------------------------------------------------------------------
# Sites
# --------------------------------------------------------------------------

SITES = {
    "secwatch": dict(
        category="Japan/News",
        name="セキュリティウォッチ", lang="ja", home="https://www.secwatch.example/",
        feed_url="https://www.secwatch.example/feed/", feed_file="feeds/secwatch.xml",
        format="rss2", charset="UTF-8", page_charset="UTF-8",
        description="国内外の情報セキュリティニュースを毎日お届けするニュースサイト",
        tz=TZ_JST, author="セキュリティウォッチ編集部"),
    "cybersokuho": dict(
        category="Japan/News",
        name="サイバー速報", lang="ja", home="https://cybersokuho.example/",
        feed_url="https://cybersokuho.example/index.rdf", feed_file="feeds/cybersokuho.rdf",
        format="rdf", charset="Shift_JIS", page_charset="Shift_JIS",
        description="セキュリティ事故と脆弱性の情報をいち早く伝える速報ブログ",
        tz=TZ_JST, author="速報デスク"),
    "jirc": dict(
        category="Japan/Government",
        name="JIRC インシデント情報連絡センター", lang="ja", home="https://www.jirc.example/",
        feed_url="https://www.jirc.example/rss/jirc.rdf", feed_file="feeds/jirc.rdf",
        format="rdf", charset="EUC-JP", page_charset="EUC-JP",
        description="JIRCが公開する注意喚起、脆弱性情報、活動報告の更新情報",
        tz=TZ_JST, author="インシデント情報連絡センター"),
    "itshinpo": dict(
        category="Japan/News",
        name="ITセキュリティ新報", lang="ja", home="https://www.it-shinpo.example/",
        feed_url="https://www.it-shinpo.example/rss/security.atom", feed_file="feeds/itshinpo.atom",
        format="atom", charset="UTF-8", page_charset="UTF-8",
        description="企業IT担当者のためのセキュリティ専門ニュース",
        tz=TZ_JST, author="ITセキュリティ新報編集部"),
    "dailysec": dict(
        category="Japan/News",
        name="デイリーセキュリティ", lang="ja", home="https://www.dailysec.example/",
        feed_url="https://www.dailysec.example/rss/news.xml", feed_file="feeds/dailysec.xml",
        format="rss2", charset="Shift_JIS", declared_charset="UTF-8", page_charset="Shift_JIS",
        description="毎日のセキュリティ事件簿",
        tz=TZ_JST, author="デイリーセキュリティ取材班"),
    "amatsu": dict(
        category="Japan/Vendor",
        name="アマツシールド 脅威リサーチブログ", lang="ja", home="https://blog.amatsu-shield.example/",
        feed_url="https://blog.amatsu-shield.example/feed.atom", feed_file="feeds/amatsu.atom",
        format="atom", charset="UTF-8", page_charset="UTF-8",
        description="アマツシールド脅威リサーチチームによる攻撃キャンペーンの分析",
        tz=TZ_JST, author="アマツシールド 脅威リサーチチーム"),
    "nimbus": dict(
        category="International/Vendor",
        name="Nimbus Networks Security Advisories", lang="en",
        home="https://security.nimbus-networks.example/",
        feed_url="https://security.nimbus-networks.example/advisories/feed.atom",
        feed_file="feeds/nimbus.atom", format="atom", charset="UTF-8", page_charset="UTF-8",
        description="Security advisories for Nimbus Networks products",
        tz=UTC, author="Nimbus Networks Product Security Incident Response Team"),
    "patchline": dict(
        category="International/News",
        name="Patchline News", lang="en", home="https://patchline.example/",
        feed_url="https://patchline.example/feed/", feed_file="feeds/patchline.xml",
        format="rss2", charset="UTF-8", page_charset="UTF-8",
        description="Vulnerabilities, breaches and the people who fix them",
        tz=UTC, author="Patchline Staff"),
    "packetreport": dict(
        category="International/News",
        name="The Packet Report", lang="en", home="https://www.packetreport.example/",
        feed_url="https://www.packetreport.example/feeds/latest.atom",
        feed_file="feeds/packetreport.atom", format="atom", charset="UTF-8", page_charset="UTF-8",
        description="Daily reporting on cybercrime, espionage and defence",
        tz=TZ_EST, author="The Packet Report"),
    "infosecledger": dict(
        category="International/News",
        name="Infosec Ledger", lang="en", home="https://infosecledger.example/",
        feed_url="https://infosecledger.example/feed/", feed_file="feeds/infosecledger.xml",
        format="rss2", charset="UTF-8", page_charset="UTF-8",
        description="Security news and analysis, written down as it happens",
        tz=TZ_EST, author="Infosec Ledger"),
}

SITE_ORDER = ["secwatch", "cybersokuho", "jirc", "itshinpo", "dailysec", "amatsu",
              "nimbus", "patchline", "packetreport", "infosecledger"]

# The one page served with a lying <meta charset>: the bytes are Shift_JIS.
LYING_PAGES = {"dailysec-20261118-harukaze-leak"}

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

CVE_RE = re.compile(r"CVE-\d{4}-\d{4,7}")
LINK_RE = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def q(s):
    return urllib.parse.quote(s, safe="")


def esc(s):
    return html.escape(s, quote=True)


def tesc(s):
    """Escape text content (quotes stay as they are, as most sites send them)."""
    return html.escape(s, quote=False)


def inline_html(s):
    out = []
    pos = 0
    for m in LINK_RE.finditer(s):
        out.append(bold_html(tesc(s[pos:m.start()])))
        out.append('<a href="%s">%s</a>' % (esc(m.group(2)), bold_html(tesc(m.group(1)))))
        pos = m.end()
    out.append(bold_html(tesc(s[pos:])))
    return "".join(out)


def bold_html(s):
    return BOLD_RE.sub(lambda m: "<strong>%s</strong>" % m.group(1), s)


def plain(s):
    s = LINK_RE.sub(lambda m: m.group(1), s)
    return BOLD_RE.sub(lambda m: m.group(1), s)


def parse_time(s):
    return dt.datetime.fromisoformat(s)


def day_of(a):
    return parse_time(a.pub).astimezone(TZ_JST).date().isoformat()


def ymd(a):
    return parse_time(a.pub).astimezone(TZ_JST).strftime("%Y%m%d")



def local(a, site=None):
    site = site or SITES[a.site]
    return parse_time(a.pub).astimezone(site["tz"])


def iso(t):
    s = t.isoformat()
    return s.replace("+00:00", "Z")


DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def rfc822(t, zone=None):
    off = t.utcoffset()
    if zone is None:
        mins = int(off.total_seconds() // 60)
        sign = "+" if mins >= 0 else "-"
        zone = "%s%02d%02d" % (sign, abs(mins) // 60, abs(mins) % 60)
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        DAYS_EN[t.weekday()], t.day, MONTHS_EN[t.month - 1], t.year, t.hour, t.minute, t.second, zone)


def lead(a):
    for b in a.body:
        if isinstance(b, str) and not b.startswith("## ") and not b.startswith("* "):
            return plain(b)
    return ""


def summary(a, limit=None):
    s = a.summary if a.summary is not None else lead(a)
    if limit and len(s) > limit:
        s = s[:limit].rstrip() + "…"
    return s


def seeded(key, n):
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % n


# --------------------------------------------------------------------------
# Article body: HTML and expected text
# --------------------------------------------------------------------------

def body_html(a, heading="h2", p_class=None, table_class="", after=None, indent="      "):
    """after: {block index: html} inserted after that block (ads, boxes)."""
    out = []
    pc = ' class="%s"' % p_class if p_class else ""
    in_list = False
    for i, b in enumerate(a.body):
        if isinstance(b, str) and b.startswith("* "):
            if not in_list:
                out.append(indent + "<ul>")
                in_list = True
            out.append(indent + "  <li>%s</li>" % inline_html(b[2:]))
        else:
            if in_list:
                out.append(indent + "</ul>")
                in_list = False
            if isinstance(b, tuple) and b[0] == "table":
                rows = b[1]
                tc = ' class="%s"' % table_class if table_class else ""
                out.append(indent + "<table%s>" % tc)
                out.append(indent + "  <thead><tr>" + "".join("<th>%s</th>" % inline_html(c) for c in rows[0]) + "</tr></thead>")
                out.append(indent + "  <tbody>")
                for r in rows[1:]:
                    out.append(indent + "    <tr>" + "".join("<td>%s</td>" % inline_html(c) for c in r) + "</tr>")
                out.append(indent + "  </tbody>")
                out.append(indent + "</table>")
            elif b.startswith("## "):
                out.append(indent + "<%s>%s</%s>" % (heading, inline_html(b[3:]), heading))
            else:
                out.append(indent + "<p%s>%s</p>" % (pc, inline_html(b)))
        if after and i in after and not in_list:
            out.append(after[i])
    if in_list:
        out.append(indent + "</ul>")
    return "\n".join(out)


def expected_text(a):
    paras = []
    for b in a.body:
        if isinstance(b, tuple) and b[0] == "table":
            # src/extract's convention: a data table is one paragraph, one
            # line per row, cells separated by " | "
            paras.append("\n".join(" | ".join(plain(c) for c in r) for r in b[1]))
        elif b.startswith("## ") or b.startswith("* "):
            paras.append(plain(b[2:].strip()) if b.startswith("* ") else plain(b[3:]))
        else:
            paras.append(plain(b))
    return "\n\n".join(paras)  # no trailing newline, as extract's text



def paragraph_slots(a):
    """Block indices that are plain paragraphs and are followed by a paragraph
    or heading (safe places for an in-article box)."""
    slots = []
    for i, b in enumerate(a.body[:-1]):
        nxt = a.body[i + 1]
        if isinstance(b, str) and not b.startswith(("## ", "* ")) and isinstance(nxt, str) and not nxt.startswith("* "):
            slots.append(i)
    return slots


# --------------------------------------------------------------------------
# Comments (boilerplate pools, our own writing)
# --------------------------------------------------------------------------

COMMENTS_JA = [
    ("匿名希望", "うちの会社も同じ製品を使っているので、週明けに確認します。"),
    ("情シス一人担当", "取引先からの問い合わせ対応が大変そう。続報を待ちます。"),
    ("通りすがり", "公表が早かったのは評価できると思う。"),
    ("k_tanaka", "結局、侵入経路が分からないと対策の立てようがないですね。"),
    ("元SOC勤務", "夜間や休日に検知できる体制があったかどうかが気になる。"),
    ("ななし", "パスワードの使い回しだけは本当にやめよう。"),
]
COMMENTS_EN = [
    ("mgarcia", "We patched our edge devices last night. Took longer to find them all than to update them."),
    ("blue_team_bob", "Good write-up. Would love to see the indicators in a machine-readable format."),
    ("anon", "Every quarter the same story with a different vendor name."),
    ("Priya S.", "Thanks for including the version numbers, that is what we actually need."),
    ("old_sysadmin", "Asset inventory is still the unglamorous control that matters most."),
]


def pick_comments(a, pool, n):
    if a.comments is not None:
        return a.comments
    start = seeded(a.slug, len(pool))
    return [pool[(start + k) % len(pool)] for k in range(n)]


# --------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------

def related_for(a, k=4):
    same = [b for b in ARTICLES if b.site == a.site and b is not a]
    same.sort(key=lambda b: (abs((parse_time(b.pub) - parse_time(a.pub)).total_seconds()), b.slug))
    return same[:k]


def ld_json(a, url, site):
    t = local(a)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": iso(t),
        "author": {"@type": "Person" if a.author else "Organization", "name": a.author or site["author"]},
        "publisher": {"@type": "Organization", "name": site["name"]},
        "mainEntityOfPage": url,
    }
    if a.updated:
        data["dateModified"] = iso(parse_time(a.updated).astimezone(site["tz"]))
    return json.dumps(data, ensure_ascii=False, indent=2)


def jp_date(t, with_time=True):
    s = "%d年%d月%d日" % (t.year, t.month, t.day)
    if with_time:
        s += " %d時%02d分" % (t.hour, t.minute)
    return s


def tpl_secwatch(a, url, site):
    t = local(a)
    rel = related_for(a)
    author = a.author or site["author"]
    comments = pick_comments(a, COMMENTS_JA, 2 + seeded(a.slug + "n", 2))
    cat = a.cats[0] if a.cats else "ニュース"
    slots = paragraph_slots(a)
    box = {}
    if len(slots) >= 2:
        box[slots[1]] = '      <div class="ad ad-inarticle"><span class="ad-label">広告</span><a href="https://ads.secwatch.example/click?id=8841"><img src="https://ads.secwatch.example/banner/8841.png" alt="EDR無料トライアル実施中"></a></div>'
    com_html = "\n".join(
        '        <li class="comment"><p class="comment-author">%s</p><p class="comment-body">%s</p></li>' % (esc(n), esc(c))
        for n, c in comments)
    rel_html = "\n".join('        <li><a href="%s">%s</a></li>' % (esc(article_url(b)), esc(b.title)) for b in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | セキュリティウォッチ</title>
<meta name="description" content="{esc(summary(a, 120))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(url)}">
<meta property="og:site_name" content="セキュリティウォッチ">
<meta property="article:published_time" content="{iso(t)}">
<link rel="canonical" href="{esc(url)}">
<link rel="stylesheet" href="/assets/css/style.css?v=20261101">
<script type="application/ld+json">
{ld_json(a, url, site)}
</script>
<script async src="https://analytics.secwatch.example/tag.js"></script>
</head>
<body class="single single-post">
<div id="cookie-consent" class="cookie-banner">
  <p>当サイトでは利便性向上とアクセス解析のためにCookieを使用しています。サイトの閲覧を続けると、Cookieの使用に同意したことになります。</p>
  <button type="button" class="cookie-accept">同意する</button> <a href="/privacy/">プライバシーポリシー</a>
</div>
<header class="site-header">
  <div class="site-logo"><a href="/"><img src="/assets/img/logo.svg" alt="セキュリティウォッチ"></a></div>
  <form class="search" action="/search/" method="get"><input type="search" name="q" placeholder="記事を検索"><button>検索</button></form>
  <nav class="global-nav" aria-label="メインメニュー">
    <ul>
      <li><a href="/">トップ</a></li>
      <li><a href="/category/incident/">インシデント</a></li>
      <li><a href="/category/vulnerability/">脆弱性</a></li>
      <li><a href="/category/policy/">政策・制度</a></li>
      <li><a href="/category/world/">海外</a></li>
      <li><a href="/column/">コラム</a></li>
      <li><a href="/newsletter/">メールマガジン</a></li>
    </ul>
  </nav>
</header>
<div class="ad ad-leaderboard"><span class="ad-label">広告</span><a href="https://ads.secwatch.example/click?id=8812"><img src="https://ads.secwatch.example/banner/8812.png" alt="クラウドWAFなら今すぐ導入"></a></div>
<div class="container">
  <ol class="breadcrumb">
    <li><a href="/">ホーム</a></li>
    <li><a href="/category/{'world' if cat == '海外' else 'incident'}/">{esc(cat)}</a></li>
    <li>{esc(a.title)}</li>
  </ol>
  <div class="content">
    <article class="post">
      <header class="entry-header">
        <span class="entry-category">{esc(cat)}</span>
        <h1 class="entry-title">{esc(a.title)}</h1>
        <div class="entry-meta"><time datetime="{iso(t)}">{jp_date(t)}</time> <span class="author">{esc(author)}</span></div>
      </header>
      <div class="share-buttons top"><a class="share-x" href="https://x.example/share?url={q(url)}">ポスト</a> <a class="share-fb" href="https://facebook.example/sharer?u={q(url)}">シェア</a> <a class="share-hatena" href="https://b.hatena.example/entry/{q(url)}">はてブ</a></div>
      <div class="entry-content">
{body_html(a, after=box)}
      </div>
      <footer class="entry-footer">
        <div class="tags">タグ: {" ".join('<a href="/tag/%s/">%s</a>' % (esc(c), esc(c)) for c in a.cats)}</div>
        <div class="share-buttons bottom"><span>この記事をシェアする</span> <a class="share-x" href="https://x.example/share?url={q(url)}">ポスト</a> <a class="share-line" href="https://line.example/share?url={q(url)}">LINEで送る</a></div>
      </footer>
    </article>
    <section class="related">
      <h2>関連記事</h2>
      <ul>
{rel_html}
      </ul>
    </section>
    <section id="comments" class="comments">
      <h2>コメント（{len(comments)}件）</h2>
      <ol>
{com_html}
      </ol>
      <p class="comment-note">コメントは編集部の確認後に掲載されます。</p>
    </section>
  </div>
  <aside class="sidebar">
    <div class="ad ad-rectangle"><span class="ad-label">広告</span><img src="https://ads.secwatch.example/banner/7720.png" alt="セキュリティ人材の転職ならお任せ"></div>
    <section class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/news/2026/11/10/password-policy/">パスワードの定期変更はもう不要？最新の考え方</a></li><li><a href="/news/2026/11/12/backup-321/">バックアップの「3-2-1ルール」を見直す</a></li><li><a href="/news/2026/11/13/mfa-fatigue/">MFA疲労攻撃とは何か</a></li></ol></section>
  </aside>
</div>
<footer class="site-footer">
  <ul class="footer-links"><li><a href="/about/">運営会社</a></li><li><a href="/privacy/">プライバシーポリシー</a></li><li><a href="/contact/">お問い合わせ</a></li><li><a href="/ad/">広告掲載について</a></li></ul>
  <p class="copyright">&copy; 2026 セキュリティウォッチ編集部</p>
</footer>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</body>
</html>
"""


def tpl_cybersokuho(a, url, site):
    t = local(a)
    rel = related_for(a, 5)
    author = a.author or site["author"]
    rel_html = "\n".join('<li><a href="%s">%s</a></li>' % (esc(article_url(b)), esc(b.title)) for b in rel)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS" />
<meta http-equiv="Content-Style-Type" content="text/css" />
<title>{esc(a.title)} - サイバー速報</title>
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{esc(url)}" />
<meta property="article:published_time" content="{iso(t)}" />
<link rel="canonical" href="{esc(url)}" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="https://cybersokuho.example/index.rdf" />
<link rel="stylesheet" href="https://cybersokuho.example/styles.css" type="text/css" />
</head>
<body>
<div id="container">
<div id="header">
<div id="header-inner">
<h1 id="blog-name"><a href="https://cybersokuho.example/">サイバー速報</a></h1>
<p id="blog-description">セキュリティ事故と脆弱性の情報をいち早く</p>
</div>
</div>
<div id="menu">
<a href="https://cybersokuho.example/">ホーム</a> |
<a href="https://cybersokuho.example/category/incident/">事件・事故</a> |
<a href="https://cybersokuho.example/category/vuln/">脆弱性</a> |
<a href="https://cybersokuho.example/category/gov/">官公庁</a> |
<a href="https://cybersokuho.example/about.html">このブログについて</a>
</div>
<div id="pankuzu"><a href="https://cybersokuho.example/">ホーム</a> &gt; <a href="https://cybersokuho.example/archives/{t.strftime('%Y%m')}.html">{t.year}年{t.month}月</a> &gt; {esc(a.title)}</div>
<div id="content">
<div id="alpha">
<div class="entry" id="entry-{esc(a.slug)}">
<p class="date-header">{t.year}年{t.month:02d}月{t.day:02d}日</p>
<h3 class="entry-header">{esc(a.title)}</h3>
<div class="entry-content">
<div class="entry-body">
{body_html(a, heading="h4", indent="")}
</div>
<div class="entry-more"></div>
</div>
<div class="sponsored ad">
<p>スポンサーリンク</p>
<a href="https://ad.cybersokuho.example/r?id=301"><img src="https://ad.cybersokuho.example/img/301.gif" width="300" height="250" alt="脆弱性診断サービス 今なら初回半額" /></a>
</div>
<p class="entry-footer">
投稿者 {esc(author)} : <a href="{esc(url)}">{t.hour:02d}:{t.minute:02d}</a> | <a href="{esc(url)}#comments">コメント (0)</a> | <a href="{esc(url)}#trackback">トラックバック (0)</a>
</p>
<div class="share">
<a href="https://x.example/share?url={q(url)}">Xでつぶやく</a> | <a href="https://b.hatena.example/entry/{q(url)}">はてなブックマークに追加</a>
</div>
</div>
<div class="entry-related">
<h4>この記事に関連する記事</h4>
<ul>
{rel_html}
</ul>
</div>
</div>
<div id="beta">
<div class="module">
<h2 class="module-header">最近のエントリー</h2>
<ul class="module-list">
{rel_html}
</ul>
</div>
<div class="module ad">
<h2 class="module-header">広告</h2>
<a href="https://ad.cybersokuho.example/r?id=302"><img src="https://ad.cybersokuho.example/img/302.gif" width="160" height="600" alt="" /></a>
</div>
<div class="module">
<h2 class="module-header">アーカイブ</h2>
<ul class="module-list"><li><a href="https://cybersokuho.example/archives/202611.html">2026年11月</a></li><li><a href="https://cybersokuho.example/archives/202610.html">2026年10月</a></li><li><a href="https://cybersokuho.example/archives/202609.html">2026年09月</a></li></ul>
</div>
</div>
</div>
<div id="footer">
<p>Copyright &copy; 2008-2026 サイバー速報 All Rights Reserved.</p>
<p>Powered by BlogEngine 4.2</p>
</div>
</div>
<script type="text/javascript" src="https://cybersokuho.example/js/counter.js"></script>
</body>
</html>
"""


def tpl_jirc(a, url, site):
    t = local(a)
    doc_no = a.slug.upper()
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>{esc(a.title)}</title>
<meta name="keywords" content="JIRC,注意喚起,脆弱性,インシデント">
<meta property="og:title" content="{esc(a.title)}">
<meta property="article:published_time" content="{iso(t)}">
<link rel="canonical" href="{esc(url)}">
<link rel="stylesheet" type="text/css" href="/css/jirc.css">
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#003399" vlink="#663399">
<a name="top"></a>
<table width="800" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td colspan="2" class="header"><a href="/"><img src="/img/jirc_logo.gif" width="300" height="60" alt="JIRC インシデント情報連絡センター" border="0"></a>
    <div class="header-links"><a href="/english/">English</a> | <a href="/sitemap.html">サイトマップ</a> | <a href="/contact.html">お問い合わせ</a></div></td>
  </tr>
  <tr>
    <td colspan="2" class="topicpath"><a href="/">HOME</a> &gt; <a href="/{a.slug[:2].lower()}/">{'注意喚起' if doc_no.startswith('AT') else ('脆弱性関連情報' if doc_no.startswith('VU') else '活動報告')}</a> &gt; {esc(doc_no)}</td>
  </tr>
  <tr>
    <td width="170" valign="top" class="leftmenu">
      <table width="160" border="0" cellspacing="0" cellpadding="4">
        <tr><td class="menu-head">メニュー</td></tr>
        <tr><td><a href="/at/">注意喚起</a></td></tr>
        <tr><td><a href="/vu/">脆弱性関連情報</a></td></tr>
        <tr><td><a href="/report/">活動報告</a></td></tr>
        <tr><td><a href="/form/">インシデントの報告</a></td></tr>
        <tr><td><a href="/about/">JIRCについて</a></td></tr>
      </table>
      <p class="banner"><a href="/form/"><img src="/img/bnr_report.gif" width="150" height="50" alt="インシデント報告はこちら" border="0"></a></p>
    </td>
    <td width="630" valign="top" class="main">
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="docinfo">
        <tr><td align="right"><font size="2">{esc(doc_no)}<br>JIRC インシデント情報連絡センター<br>{t.year}-{t.month:02d}-{t.day:02d}</font></td></tr>
      </table>
      <h2 class="doc-title">{esc(a.title)}</h2>
      <div class="doc-body">
{body_html(a, heading="h3", table_class="vuln-table", indent="      ")}
      </div>
      <hr size="1" noshade>
      <p class="inquiry"><font size="2">本文書に関するお問い合わせ: JIRC 早期警戒グループ<br>E-mail: ew-info@jirc.example</font></p>
      <p class="pagetop"><a href="#top">ページの先頭へ</a></p>
    </td>
  </tr>
  <tr>
    <td colspan="2" class="footer" align="center"><font size="2"><a href="/terms.html">利用規約</a> | <a href="/privacy.html">個人情報の取り扱い</a><br>Copyright &copy; 2026 JIRC. All rights reserved.</font></td>
  </tr>
</table>
</body>
</html>
"""


def tpl_itshinpo(a, url, site):
    t = local(a)
    rel = related_for(a)
    author = a.author or site["author"]
    rel_html = "\n".join('          <li><a href="%s">%s</a></li>' % (esc(article_url(b)), esc(b.title)) for b in rel)
    return f"""<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} - ITセキュリティ新報</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="ITセキュリティ新報">
<meta property="og:description" content="{esc(summary(a, 100))}">
<meta property="article:published_time" content="{iso(t)}">
<meta name="author" content="{esc(author)}">
<link rel="canonical" href="{esc(url)}">
<script type="application/ld+json">{ld_json(a, url, site)}</script>
<script src="/js/common.js" defer></script>
</head>
<body>
<div id="masthead">
  <div class="logo"><a href="/"><img src="/img/logo_shinpo.png" alt="ITセキュリティ新報"></a></div>
  <ul id="globalNav">
    <li><a href="/news/">ニュース</a></li>
    <li><a href="/special/">特集</a></li>
    <li><a href="/vulnerability/">脆弱性情報</a></li>
    <li><a href="/events/">セミナー</a></li>
    <li><a href="/whitepaper/">ホワイトペーパー</a></li>
    <li class="login"><a href="/member/login">ログイン</a></li>
  </ul>
</div>
<div id="topicPath"><a href="/">TOP</a> &gt; <a href="/news/">ニュース</a> &gt; <span>{esc(a.title)}</span></div>
<main id="main" role="main">
  <div id="cmsTitle"><h1>{esc(a.title)}</h1></div>
  <div class="cmsByline">[{esc(author)}，ITセキュリティ新報]</div>
  <div class="cmsDate"><time datetime="{iso(t)}">{t.year}年{t.month:02d}月{t.day:02d}日 {t.hour:02d}時{t.minute:02d}分 公開</time></div>
  <div class="cmsShare"><a href="https://x.example/share?url={q(url)}">X</a><a href="https://facebook.example/sharer?u={q(url)}">Facebook</a><a href="https://b.hatena.example/entry/{q(url)}">B!</a><button class="clip">記事を保存</button></div>
  <div id="cmsBody">
    <div class="inner">
{body_html(a, heading="h3", indent="      ")}
    </div>
  </div>
  <div class="cmsBodyBottom">
    <div class="ad" id="ad-article-bottom">PR: <a href="https://pr.it-shinpo.example/c/4410">ゼロトラスト移行の手引き（無料ダウンロード）</a></div>
    <div class="cmsRelated">
      <h2>関連記事</h2>
      <ul>
{rel_html}
      </ul>
    </div>
    <div class="followUs">ITセキュリティ新報の最新記事をメールで受け取る <a href="/mail/">メールマガジン登録</a></div>
  </div>
</main>
<aside id="sideBar">
  <div class="ad">
    <span>広告</span>
    <iframe src="https://pr.it-shinpo.example/frame/300x250" width="300" height="250" title="広告"></iframe>
  </div>
  <div class="ranking"><h2>アクセスランキング（24時間）</h2><ol><li>生成AIの業務利用ルール、各社の最新事例</li><li>SBOM導入の現実解</li><li>情報システム部門の人手不足をどう乗り切るか</li></ol></div>
</aside>
<footer id="footer">
  <p><a href="/company/">会社概要</a> | <a href="/privacy/">プライバシーポリシー</a> | <a href="/rss/">RSS</a> | <a href="/ad/">広告について</a></p>
  <p>&copy; ITセキュリティ新報 2026</p>
</footer>
</body>
</html>
"""


def tpl_dailysec(a, url, site, meta_charset="Shift_JIS"):
    t = local(a)
    rel = related_for(a, 3)
    author = a.author or site["author"]
    slots = paragraph_slots(a)
    box = {}
    if slots:
        box[slots[0]] = '<div class="ad" id="ad-kiji-1"><p class="ad-title">広告</p><a href="https://ad.dailysec.example/go?z=12"><img src="https://ad.dailysec.example/b/12.jpg" alt="標的型メール訓練サービス"></a></div>'
    if len(slots) >= 3:
        box[slots[2]] = ('<div class="kanren-inline"><p>【関連記事】</p><ul>' +
                         "".join('<li><a href="%s">%s</a></li>' % (esc(article_url(b)), esc(b.title)) for b in rel[:2]) +
                         "</ul></div>")
    rel_html = "\n".join('<li><a href="%s">%s</a></li>' % (esc(article_url(b)), esc(b.title)) for b in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="{meta_charset}">
<title>{esc(a.title)}｜デイリーセキュリティ</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="デイリーセキュリティ">
<meta property="og:url" content="{esc(url)}">
<meta property="article:published_time" content="{iso(t)}">
<link rel="canonical" href="{esc(url)}">
<link rel="stylesheet" href="/common/css/base.css">
<script src="/common/js/jquery.min.js"></script>
</head>
<body id="detail">
<div id="wrap">
<div id="head">
<p class="logo"><a href="/"><img src="/common/img/logo.gif" alt="デイリーセキュリティ"></a></p>
<p class="head-date">{t.year}年{t.month}月{t.day}日</p>
</div>
<div id="gnavi">
<ul>
<li><a href="/">ホーム</a></li>
<li><a href="/news/list.php?cat=sec">事件・事故</a></li>
<li><a href="/news/list.php?cat=vuln">脆弱性</a></li>
<li><a href="/news/list.php?cat=gov">行政</a></li>
<li><a href="/news/list.php?cat=biz">製品・サービス</a></li>
</ul>
</div>
<div id="pan"><a href="/">ホーム</a> &gt; <a href="/news/list.php?cat=sec">ニュース</a> &gt; 記事詳細</div>
<div id="kiji">
<div id="kiji-midashi"><h1>{esc(a.title)}</h1></div>
<div id="kiji-info"><span class="kiji-date">{t.year}/{t.month:02d}/{t.day:02d} {t.hour:02d}:{t.minute:02d}</span> <span class="kiji-kisha">{esc(author)}</span></div>
<div id="kiji-sns"><a href="https://x.example/share?url={q(url)}">ポスト</a><a href="https://line.example/share?url={q(url)}">LINE</a></div>
<div id="kiji-honbun">
{body_html(a, indent="", after=box)}
</div>
<div id="kiji-kanren">
<h2>関連記事</h2>
<ul>
{rel_html}
</ul>
</div>
<div class="ad" id="ad-kiji-bottom"><p class="ad-title">広告</p><a href="https://ad.dailysec.example/go?z=13"><img src="https://ad.dailysec.example/b/13.jpg" alt=""></a></div>
</div>
<div id="side">
<h2>よく読まれている記事</h2>
<ol><li><a href="/news/detail.php?id=20261102001&amp;cat=sec">フリーWi-Fiの安全な使い方</a></li><li><a href="/news/detail.php?id=20261105004&amp;cat=sec">サポート詐欺の画面が出たら</a></li></ol>
</div>
<div id="foot">
<p><a href="/company.html">会社案内</a>｜<a href="/privacy.html">個人情報保護方針</a>｜<a href="/contact.html">お問い合わせ</a></p>
<p class="copy">Copyright (C) 2026 Daily Security Co., Ltd.</p>
</div>
</div>
</body>
</html>
"""


def tpl_amatsu(a, url, site):
    t = local(a)
    author = a.author or site["author"]
    rel = related_for(a, 3)
    rel_html = "\n".join('        <li><a href="%s">%s</a></li>' % (esc(article_url(b)), esc(b.title)) for b in rel)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} | アマツシールド 脅威リサーチブログ</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso(t)}">
<meta property="article:author" content="{esc(author)}">
<link rel="canonical" href="{esc(url)}">
<link rel="stylesheet" href="/static/blog.css">
</head>
<body>
<nav class="corp-nav">
  <a class="brand" href="https://www.amatsu-shield.example/">アマツシールド</a>
  <ul><li><a href="https://www.amatsu-shield.example/services/">サービス</a></li><li><a href="https://www.amatsu-shield.example/products/">製品</a></li><li><a href="/">リサーチブログ</a></li><li><a href="https://www.amatsu-shield.example/company/">会社情報</a></li><li><a class="cta" href="https://www.amatsu-shield.example/contact/">お問い合わせ</a></li></ul>
</nav>
<div class="wrapper">
  <p class="crumbs"><a href="/">リサーチブログ</a> / <a href="/research/">脅威分析</a></p>
  <article class="post">
    <h1 class="post-title">{esc(a.title)}</h1>
    <p class="post-meta">{t.year}.{t.month:02d}.{t.day:02d} ・ {esc(author)}</p>
    <ul class="post-tags">{"".join('<li><a href="/tag/%s/">#%s</a></li>' % (esc(c), esc(c)) for c in a.cats)}</ul>
    <div class="post-content">
{body_html(a, indent="      ")}
    </div>
    <div class="author-box">
      <img src="/static/team.png" alt="">
      <p><strong>アマツシールド 脅威リサーチチーム</strong><br>国内外の攻撃キャンペーンを追跡し、分析結果を公開しています。</p>
    </div>
    <div class="cta-box">
      <p>インシデント対応のご相談は24時間受け付けています。</p>
      <a class="button" href="https://www.amatsu-shield.example/contact/">専門家に相談する</a>
    </div>
  </article>
  <section class="more-posts">
    <h2>最新の記事</h2>
    <ul>
{rel_html}
    </ul>
  </section>
</div>
<footer class="corp-footer"><p>&copy; 2026 Amatsu Shield Inc.</p></footer>
</body>
</html>
"""


def tpl_nimbus(a, url, site):
    t = local(a)
    upd = parse_time(a.updated).astimezone(site["tz"]) if a.updated else t
    adv = a.slug.upper()
    sev = "Critical" if "Critical" in a.cats else "Medium"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(adv)}: {esc(a.title)} | Nimbus Networks Security</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a.title)}">
<meta property="article:published_time" content="{iso(t)}">
<meta property="article:modified_time" content="{iso(upd)}">
<link rel="canonical" href="{esc(url)}">
<link rel="stylesheet" href="/assets/portal.css">
</head>
<body class="advisory">
<header class="portal-header">
  <a class="logo" href="https://www.nimbus-networks.example/"><img src="/assets/nimbus.svg" alt="Nimbus Networks"></a>
  <nav><ul><li><a href="https://www.nimbus-networks.example/products/">Products</a></li><li><a href="https://support.nimbus-networks.example/">Support</a></li><li><a href="/">Security Center</a></li><li><a href="/advisories/">Advisories</a></li><li><a href="https://support.nimbus-networks.example/login">Sign in</a></li></ul></nav>
</header>
<div class="portal-crumbs"><a href="/">Security Center</a> › <a href="/advisories/">Advisories</a> › {esc(adv)}</div>
<div class="layout">
  <div class="advisory-main">
    <h1>{esc(a.title)}</h1>
    <table class="advisory-meta">
      <tr><th>Advisory ID</th><td>{esc(adv)}</td></tr>
      <tr><th>Published</th><td>{t.strftime('%Y-%m-%d %H:%M')} UTC</td></tr>
      <tr><th>Last updated</th><td>{upd.strftime('%Y-%m-%d %H:%M')} UTC</td></tr>
      <tr><th>Severity</th><td><span class="sev sev-{sev.lower()}">{sev}</span></td></tr>
      <tr><th>Workaround</th><td>{'No' if sev == 'Critical' else 'Yes'}</td></tr>
    </table>
    <div class="advisory-actions"><a href="{esc(url)}csaf.json">Download CSAF</a> | <a href="{esc(url)}print">Print</a> | <a href="/subscribe/">Subscribe to advisories</a></div>
    <div class="advisory-body">
{body_html(a, table_class="cve-table", indent="      ")}
    </div>
    <div class="advisory-legal">
      <p>THIS ADVISORY IS PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND. Nimbus Networks may update this document as new information becomes available.</p>
    </div>
  </div>
  <aside class="portal-side">
    <h2>Need help?</h2>
    <p>Customers with an active support contract can open a case at any time.</p>
    <a class="btn" href="https://support.nimbus-networks.example/case/new">Open a support case</a>
    <h2>Report a vulnerability</h2>
    <p><a href="/disclosure-policy/">Coordinated disclosure policy</a></p>
  </aside>
</div>
<footer class="portal-footer"><p>&copy; 2026 Nimbus Networks, Inc. All rights reserved. <a href="https://www.nimbus-networks.example/legal/privacy">Privacy</a> · <a href="https://www.nimbus-networks.example/legal/cookies">Cookie settings</a></p></footer>
</body>
</html>
"""



def tpl_patchline(a, url, site):
    t = local(a)
    author = a.author or site["author"]
    rel = related_for(a, 3)
    rel_html = "\n".join('<li class="related-post"><a href="%s">%s</a></li>' % (esc(article_url(b)), esc(b.title)) for b in rel)
    cat = a.cats[0] if a.cats else "News"
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} &#8211; Patchline News</title>
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(summary(a, 160))}">
<meta property="og:url" content="{esc(url)}">
<meta property="og:site_name" content="Patchline News">
<meta property="article:published_time" content="{iso(t)}">
<meta name="author" content="{esc(author)}">
<link rel="canonical" href="{esc(url)}">
<link rel="alternate" type="application/rss+xml" title="Patchline News &raquo; Feed" href="https://patchline.example/feed/">
<script type="application/ld+json">{ld_json(a, url, site)}</script>
<link rel="stylesheet" id="theme-css" href="https://patchline.example/wp-content/themes/patchline/style.css?ver=3.2" media="all">
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="https://patchline.example/" rel="home">Patchline News</a></p>
  <nav id="site-navigation" class="main-navigation">
    <ul id="primary-menu" class="menu">
      <li class="menu-item"><a href="https://patchline.example/category/vulnerabilities/">Vulnerabilities</a></li>
      <li class="menu-item"><a href="https://patchline.example/category/breaches/">Breaches</a></li>
      <li class="menu-item"><a href="https://patchline.example/category/ransomware/">Ransomware</a></li>
      <li class="menu-item"><a href="https://patchline.example/category/policy/">Policy</a></li>
      <li class="menu-item"><a href="https://patchline.example/podcast/">Podcast</a></li>
      <li class="menu-item"><a href="https://patchline.example/subscribe/">Subscribe</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{seeded(a.slug, 90000) + 10000}" class="post type-post status-publish format-standard hentry">
  <header class="entry-header">
    <span class="cat-links"><a href="https://patchline.example/category/{esc(cat.lower())}/" rel="category tag">{esc(cat)}</a></span>
    <h1 class="entry-title">{esc(a.title)}</h1>
    <div class="entry-meta">
      <span class="byline">By <span class="author vcard"><a class="url fn n" href="https://patchline.example/author/{esc(author.lower().replace(' ', '-'))}/">{esc(author)}</a></span></span>
      <span class="posted-on"><time class="entry-date published" datetime="{iso(t)}">{MONTHS_LONG[t.month - 1]} {t.day}, {t.year}</time></span>
    </div>
  </header>
  <div class="entry-content">
{body_html(a, indent="")}
  </div>
  <footer class="entry-footer">
    <div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="https://x.example/intent?url={q(url)}">X</a></li><li><a class="share-linkedin" href="https://linkedin.example/share?url={q(url)}">LinkedIn</a></li><li><a class="share-email" href="mailto:?subject={esc(a.title)}">Email</a></li></ul></div>
    <span class="tags-links">Tagged {", ".join('<a href="https://patchline.example/tag/%s/" rel="tag">%s</a>' % (esc(c.lower().replace(' ', '-')), esc(c)) for c in a.cats)}</span>
  </footer>
</article>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3><ul>
{rel_html}
</ul></div>
<div class="newsletter-signup"><h3>Get the Patchline briefing</h3><p>One email every weekday morning with the vulnerabilities that matter.</p><form action="https://patchline.example/subscribe/" method="post"><input type="email" name="email" placeholder="you@company.com"><button>Sign up</button></form></div>
</main>
</div>
<aside id="secondary" class="widget-area">
  <section class="widget ad"><span class="ad-label">Advertisement</span><a href="https://ads.patchline.example/c/331"><img src="https://ads.patchline.example/i/331.png" alt="Attack surface management, free trial"></a></section>
  <section class="widget widget_recent_entries"><h2 class="widget-title">Most read</h2><ul><li><a href="https://patchline.example/2026/11/09/passkeys-enterprise/">Why passkeys are finally reaching the enterprise</a></li><li><a href="https://patchline.example/2026/11/12/edge-devices/">Edge devices keep topping the exploited list</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 Patchline Media LLC. <a href="https://patchline.example/privacy/">Privacy Policy</a> | <a href="https://patchline.example/about/">About</a> | <a href="https://patchline.example/advertise/">Advertise</a></div></footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice"><p>We use cookies to measure traffic and improve the site. By continuing you accept our use of cookies.</p><button id="cn-accept-cookie">Accept</button><button id="cn-refuse-cookie">Decline</button></div>
</body>
</html>
"""


def tpl_packetreport(a, url, site):
    t = local(a)
    author = a.author or site["author"]
    slots = paragraph_slots(a)
    rel = related_for(a, 4)
    box = {}
    if len(slots) >= 2:
        box[slots[1]] = ('        <aside class="newsletter-inline"><p class="nl-title">Get The Packet Report in your inbox</p>'
                         '<p>Sign up for our free daily newsletter and never miss a breach.</p>'
                         '<form action="/newsletter" method="post"><input type="email" name="email" aria-label="Email address"><button>Subscribe</button></form></aside>')
    if len(slots) >= 4 and rel:
        box[slots[3]] = ('        <p class="inline-related"><strong>Read more:</strong> <a href="%s">%s</a></p>'
                         % (esc(article_url(rel[0])), esc(rel[0].title)))
    rel_html = "\n".join('        <li><a href="%s">%s</a></li>' % (esc(article_url(b)), esc(b.title)) for b in rel)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | The Packet Report</title>
<meta name="description" content="{esc(summary(a, 150))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(url)}">
<meta property="article:published_time" content="{iso(t)}">
<meta property="article:section" content="{esc(a.cats[0] if a.cats else 'News')}">
<link rel="canonical" href="{esc(url)}">
<script type="application/ld+json">{ld_json(a, url, site)}</script>
<script src="/static/js/app.js" defer></script>
</head>
<body>
<div class="consent-banner" id="consent">
  <p>We and our partners use cookies to personalise content and analyse traffic. <a href="/privacy">Learn more</a></p>
  <button data-consent="accept">Accept all</button> <button data-consent="reject">Reject</button>
</div>
<header class="top-bar">
  <a class="wordmark" href="/">The Packet Report</a>
  <nav class="sections">
    <a href="/section/cybercrime">Cybercrime</a>
    <a href="/section/nation-state">Nation-State</a>
    <a href="/section/vulnerabilities">Vulnerabilities</a>
    <a href="/section/government">Government</a>
    <a href="/podcast">Podcast</a>
  </nav>
  <a class="subscribe-btn" href="/newsletter">Subscribe</a>
</header>
<main class="page">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> / <a href="/section/{esc((a.cats[0] if a.cats else 'news').lower().replace(' ', '-'))}">{esc(a.cats[0] if a.cats else 'News')}</a></nav>
  <div class="article-header">
    <h1 class="headline">{esc(a.title)}</h1>
    <div class="byline-block"><span class="byline">{esc(author)}</span> <time datetime="{iso(t)}">{MONTHS_EN[t.month - 1]} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')} EST</time></div>
    <ul class="share"><li><a href="https://x.example/intent?url={q(url)}">Share on X</a></li><li><a href="https://linkedin.example/share?url={q(url)}">Share on LinkedIn</a></li><li><button class="copy-link">Copy link</button></li></ul>
  </div>
  <div class="article-body">
{body_html(a, indent="        ", after=box)}
  </div>
  <div class="article-tags">{" ".join('<a class="tag" href="/tag/%s">%s</a>' % (esc(c.lower().replace(' ', '-')), esc(c)) for c in a.cats)}</div>
  <section class="more-stories">
    <h2>More from The Packet Report</h2>
    <ul>
{rel_html}
    </ul>
  </section>
  <div class="ad-slot ad" data-slot="article-bottom"><span>Advertisement</span></div>
</main>
<footer class="site-footer">
  <p>The Packet Report is an independent newsroom covering cybersecurity.</p>
  <p><a href="/about">About</a> · <a href="/contact">Tips</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>
  <p>&copy; 2026 The Packet Report</p>
</footer>
</body>
</html>
"""


def tpl_infosecledger(a, url, site):
    t = local(a)
    author = a.author or site["author"]
    rel = related_for(a, 3)
    canon = url.split("?")[0]
    comments = pick_comments(a, COMMENTS_EN, 1 + seeded(a.slug + "c", 3))
    com_html = "\n".join(
        '      <div class="comment"><div class="comment-meta"><span class="comment-author">%s</span> <span class="comment-date">%s</span></div><div class="comment-text">%s</div><a class="reply" href="#respond">Reply</a></div>'
        % (esc(n), "%s %d, %d" % (MONTHS_EN[t.month - 1], t.day, t.year), esc(c)) for n, c in comments)
    rel_html = "\n".join('      <div class="rel-item"><a href="%s">%s</a></div>' % (esc(article_url(b).split("?")[0]), esc(b.title)) for b in rel)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(a.title)} - Infosec Ledger</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(canon)}">
<meta property="article:published_time" content="{iso(t)}">
<link rel="canonical" href="{esc(canon)}">
<link rel="stylesheet" href="https://infosecledger.example/css/main.css">
</head>
<body>
<div id="wrapper">
  <div id="top-strip">Have a tip? <a href="https://infosecledger.example/tips/">Contact us securely</a></div>
  <div id="header"><div class="logo"><a href="https://infosecledger.example/">Infosec Ledger</a></div>
    <div class="menu"><a href="https://infosecledger.example/">Home</a> <a href="https://infosecledger.example/topics/breaches/">Breaches</a> <a href="https://infosecledger.example/topics/policy/">Policy</a> <a href="https://infosecledger.example/topics/threats/">Threats</a> <a href="https://infosecledger.example/about/">About</a></div>
  </div>
  <div class="crumbs"><a href="https://infosecledger.example/">Home</a> &raquo; <a href="https://infosecledger.example/topics/{esc((a.cats[0] if a.cats else 'news').lower())}/">{esc(a.cats[0] if a.cats else 'News')}</a> &raquo; {esc(a.title)}</div>
  <div class="content-area">
    <div class="post">
      <div class="post-title"><h1>{esc(a.title)}</h1></div>
      <div class="post-info">Posted by <span class="post-author">{esc(author)}</span> on <span class="post-date">{MONTHS_LONG[t.month - 1]} {t.day}, {t.year}</span></div>
      <div class="post-content">
{body_html(a, indent="        ")}
      </div>
      <div class="post-share">Share: <a href="https://x.example/intent?url={q(canon)}">X</a> | <a href="https://mastodon.example/share?text={q(canon)}">Mastodon</a> | <a href="https://reddit.example/submit?url={q(canon)}">Reddit</a></div>
    </div>
    <div class="related-box">
      <div class="related-title">You might also like</div>
{rel_html}
    </div>
    <div id="comments">
      <div class="comments-title">{len(comments)} Comment{'s' if len(comments) != 1 else ''}</div>
{com_html}
      <div id="respond"><div class="respond-title">Leave a Reply</div><form action="https://infosecledger.example/wp-comments-post.php" method="post"><textarea name="comment"></textarea><input name="author" placeholder="Name"><button>Post Comment</button></form></div>
    </div>
  </div>
  <div class="sidebar">
    <div class="ad"><div class="ad-label">Sponsored</div><a href="https://ads.infosecledger.example/r/55"><img src="https://ads.infosecledger.example/i/55.png" alt="Managed detection and response"></a></div>
    <div class="widget"><div class="widget-title">Popular</div><a href="https://infosecledger.example/p/what-is-kev/">What the KEV catalog is, and is not</a></div>
  </div>
  <div id="footer">Infosec Ledger &copy; 2026 &middot; <a href="https://infosecledger.example/privacy/">Privacy</a> &middot; <a href="https://infosecledger.example/feed/">RSS</a></div>
</div>
</body>
</html>
"""


TEMPLATES = {
    "secwatch": tpl_secwatch, "cybersokuho": tpl_cybersokuho, "jirc": tpl_jirc,
    "itshinpo": tpl_itshinpo, "dailysec": tpl_dailysec, "amatsu": tpl_amatsu,
    "nimbus": tpl_nimbus, "patchline": tpl_patchline, "packetreport": tpl_packetreport,
    "infosecledger": tpl_infosecledger,
}

# --------------------------------------------------------------------------
# URLs
# --------------------------------------------------------------------------


def article_url(a):
    t = local(a)
    s = a.site
    if s == "secwatch":
        return "https://www.secwatch.example/news/%04d/%02d/%02d/%s/" % (t.year, t.month, t.day, a.slug)
    if s == "cybersokuho":
        return "https://cybersokuho.example/archives/%s.html" % a.slug
    if s == "jirc":
        kind = a.slug[:2].lower()
        return "https://www.jirc.example/%s/%d/%s.html" % (kind, t.year, a.slug.lower())
    if s == "itshinpo":
        return "https://www.it-shinpo.example/articles/%02d%02d/%02d/%s.html" % (t.year % 100, t.month, t.day, a.slug)
    if s == "dailysec":
        return "https://www.dailysec.example/news/detail.php?id=%s&cat=sec" % a.slug
    if s == "amatsu":
        return "https://blog.amatsu-shield.example/research/%04d/%02d/%s/" % (t.year, t.month, a.slug)
    if s == "nimbus":
        return "https://security.nimbus-networks.example/advisories/%s/" % a.slug.upper()
    if s == "patchline":
        return "https://patchline.example/%04d/%02d/%02d/%s/" % (t.year, t.month, t.day, a.slug)
    if s == "packetreport":
        return "https://www.packetreport.example/news/%s" % a.slug
    if s == "infosecledger":
        return "https://infosecledger.example/p/%s/?utm_source=rss&utm_medium=rss&utm_campaign=%s" % (a.slug, a.slug)
    raise ValueError(s)


# Page ids use the site's own slug; some slugs are opaque (numbers), so the
# page id adds the JST date and a readable story hint.
def pid(a):
    return "%s-%s-%s" % (a.site, ymd(a), a.story if a.site in ("dailysec", "cybersokuho", "itshinpo", "jirc") else a.slug)


# --------------------------------------------------------------------------
# Feeds
# --------------------------------------------------------------------------

def site_articles(site_key):
    arts = [a for a in ARTICLES if a.site == site_key]
    arts.sort(key=lambda a: parse_time(a.pub), reverse=True)
    return arts


def x(s):
    return html.escape(s, quote=False)


def feed_secwatch(site, arts):
    items = []
    for a in arts:
        url = article_url(a)
        desc = "<p>%s</p>" % esc(summary(a, 90))
        items.append(f"""    <item>
      <title>{x(a.title)}</title>
      <link>{x(url)}</link>
      <comments>{x(url)}#comments</comments>
      <dc:creator><![CDATA[{a.author or site['author']}]]></dc:creator>
      <pubDate>{rfc822(local(a, site))}</pubDate>
{"".join('      <category><![CDATA[%s]]></category>%s' % (c, chr(10)) for c in a.cats)}      <guid isPermaLink="true">{x(url)}</guid>
      <description>{x(desc)}</description>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
  <channel>
    <title>{x(site['name'])}</title>
    <atom:link href="{x(site['feed_url'])}" rel="self" type="application/rss+xml" />
    <link>{x(site['home'])}</link>
    <description>{x(site['description'])}</description>
    <lastBuildDate>{rfc822(BUILD_TIME.astimezone(site['tz']))}</lastBuildDate>
    <language>ja</language>
    <sy:updatePeriod>hourly</sy:updatePeriod>
    <sy:updateFrequency>1</sy:updateFrequency>
    <generator>https://wordpress.example/?v=6.8</generator>
{chr(10).join(items)}
  </channel>
</rss>
"""


def feed_rdf(site, arts, encoding):
    seq = "\n".join('        <rdf:li rdf:resource="%s" />' % x(article_url(a)) for a in arts)
    items = []
    for a in arts:
        url = article_url(a)
        subj = "".join("    <dc:subject>%s</dc:subject>\n" % x(c) for c in a.cats)
        items.append(f"""  <item rdf:about="{x(url)}">
    <title>{x(a.title)}</title>
    <link>{x(url)}</link>
    <description>{x(summary(a, 120 if site is SITES['cybersokuho'] else None))}</description>
{subj}    <dc:creator>{x(a.author or site['author'])}</dc:creator>
    <dc:date>{iso(local(a, site))}</dc:date>
  </item>""")
    return f"""<?xml version="1.0" encoding="{encoding}"?>
<rdf:RDF
  xmlns="http://purl.org/rss/1.0/"
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xml:lang="ja">
  <channel rdf:about="{x(site['feed_url'])}">
    <title>{x(site['name'])}</title>
    <link>{x(site['home'])}</link>
    <description>{x(site['description'])}</description>
    <dc:language>ja</dc:language>
    <dc:date>{iso(BUILD_TIME)}</dc:date>
    <items>
      <rdf:Seq>
{seq}
      </rdf:Seq>
    </items>
  </channel>
{chr(10).join(items)}
</rdf:RDF>
"""


def feed_atom(site, arts, key):
    entries = []
    for a in arts:
        url = article_url(a)
        t = local(a, site)
        upd = parse_time(a.updated).astimezone(site["tz"]) if a.updated else t
        cats = "".join('    <category term="%s" />\n' % x(c) for c in a.cats)
        if key == "amatsu":
            content = '    <content type="html">%s</content>\n' % x(body_html(a, indent=""))
            summ = '    <summary type="text">%s</summary>\n' % x(summary(a, 140))
        elif key == "nimbus":
            content = ""
            summ = '    <summary type="text">%s</summary>\n' % x(summary(a))
        elif key == "itshinpo":
            content = ""
            summ = '    <summary type="html">%s</summary>\n' % x("<p>%s</p>" % esc(summary(a)))
        else:
            content = ""
            summ = '    <summary type="html">%s</summary>\n' % x(esc(summary(a)))
        if key == "nimbus":
            eid = "urn:nimbus:advisory:%s" % a.slug.upper()
        else:
            eid = "tag:%s,%s:%s" % (site["home"].split("/")[2], t.strftime("%Y-%m-%d"), a.slug)
        entries.append(f"""  <entry>
    <title type="text">{x(a.title)}</title>
    <link rel="alternate" type="text/html" href="{x(url)}" />
    <id>{x(eid)}</id>
    <published>{iso(t)}</published>
    <updated>{iso(upd)}</updated>
    <author><name>{x(a.author or site['author'])}</name></author>
{cats}{summ}{content}  </entry>""")
    lang = ' xml:lang="%s"' % site["lang"]
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"{lang}>
  <title>{x(site['name'])}</title>
  <subtitle>{x(site['description'])}</subtitle>
  <link rel="alternate" type="text/html" href="{x(site['home'])}" />
  <link rel="self" type="application/atom+xml" href="{x(site['feed_url'])}" />
  <id>{x(site['feed_url'])}</id>
  <updated>{iso(BUILD_TIME.astimezone(site['tz']))}</updated>
  <generator uri="https://example.org/" version="2.4">SiteBuilder</generator>
{chr(10).join(entries)}
</feed>
"""


def feed_dailysec(site, arts):
    items = []
    for a in arts:
        url = article_url(a)
        items.append(f"""<item>
<title>{x(a.title)}</title>
<link>{x(url)}</link>
<description>{x(summary(a))}</description>
<pubDate>{rfc822(local(a, site), 'JST')}</pubDate>
<category>{x(a.cats[0] if a.cats else 'ニュース')}</category>
<guid isPermaLink="false">dailysec-{a.slug}</guid>
</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>{x(site['name'])}</title>
<link>{x(site['home'])}</link>
<description>{x(site['description'])}</description>
<language>ja</language>
<copyright>Copyright (C) 2026 Daily Security Co., Ltd.</copyright>
<pubDate>{rfc822(BUILD_TIME, 'JST')}</pubDate>
<ttl>30</ttl>
{chr(10).join(items)}
</channel>
</rss>
"""


def feed_patchline(site, arts):
    items = []
    for a in arts:
        url = article_url(a)
        t = local(a, site)
        items.append(f"""		<item>
		<title>{x(a.title)}</title>
		<link>{x(url)}</link>
		<dc:creator><![CDATA[{a.author or site['author']}]]></dc:creator>
		<pubDate>{rfc822(t, 'GMT')}</pubDate>
{"".join('		<category><![CDATA[%s]]></category>%s' % (c, chr(10)) for c in a.cats)}		<guid isPermaLink="false">https://patchline.example/?p={seeded(a.slug, 90000) + 10000}</guid>
		<description><![CDATA[{summary(a, 180)} [&#8230;]]]></description>
		<content:encoded><![CDATA[{body_html(a, indent="")}]]></content:encoded>
		</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	>
<channel>
	<title>{x(site['name'])}</title>
	<atom:link href="{x(site['feed_url'])}" rel="self" type="application/rss+xml" />
	<link>{x(site['home'])}</link>
	<description>{x(site['description'])}</description>
	<lastBuildDate>{rfc822(BUILD_TIME.astimezone(UTC), 'GMT')}</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
{chr(10).join(items)}
	</channel>
</rss>
"""


def feed_infosecledger(site, arts):
    items = []
    for a in arts:
        url = article_url(a)
        t = local(a, site)
        canon = url.split("?")[0]
        desc = "<p>%s</p>\n<p>The post <a href=\"%s\">%s</a> appeared first on <a href=\"https://infosecledger.example\">Infosec Ledger</a>.</p>" % (
            esc(summary(a, 220)), esc(canon), esc(a.title))
        items.append(f"""    <item>
      <title>{x(a.title)}</title>
      <link>{x(url)}</link>
      <dc:creator>{x(a.author or site['author'])}</dc:creator>
      <pubDate>{rfc822(t)}</pubDate>
{"".join('      <category>%s</category>%s' % (x(c), chr(10)) for c in a.cats)}      <guid isPermaLink="false">{x(canon)}</guid>
      <description>{x(desc)}</description>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{x(site['name'])}</title>
    <atom:link href="{x(site['feed_url'])}" rel="self" type="application/rss+xml" />
    <link>{x(site['home'])}</link>
    <description>{x(site['description'])}</description>
    <lastBuildDate>{rfc822(BUILD_TIME.astimezone(TZ_EST))}</lastBuildDate>
    <language>en-US</language>
    <ttl>60</ttl>
{chr(10).join(items)}
  </channel>
</rss>
"""


def build_feed(key):
    site = SITES[key]
    arts = site_articles(key)
    if key == "secwatch":
        return feed_secwatch(site, arts)
    if key == "cybersokuho":
        return feed_rdf(site, arts, "Shift_JIS")
    if key == "jirc":
        return feed_rdf(site, arts, "EUC-JP")
    if key == "dailysec":
        return feed_dailysec(site, arts)
    if key == "patchline":
        return feed_patchline(site, arts)
    if key == "infosecledger":
        return feed_infosecledger(site, arts)
    return feed_atom(site, arts, key)


# --------------------------------------------------------------------------
# Encoding with iconv
# --------------------------------------------------------------------------

ICONV_NAME = {"UTF-8": None, "Shift_JIS": "CP932", "EUC-JP": "EUC-JP"}


def encode(text, charset):
    name = ICONV_NAME[charset]
    raw = text.encode("utf-8")
    if name is None:
        return raw
    p = subprocess.run(["iconv", "-f", "UTF-8", "-t", name], input=raw, capture_output=True)
    if p.returncode != 0:
        # find the offending character for a useful message
        for ch in sorted(set(text)):
            q = subprocess.run(["iconv", "-f", "UTF-8", "-t", name], input=ch.encode(), capture_output=True)
            if q.returncode != 0:
                sys.exit("generate: %r (U+%04X) cannot be encoded in %s" % (ch, ord(ch), name))
        sys.exit("generate: iconv to %s failed: %s" % (name, p.stderr.decode()))
    back = subprocess.run(["iconv", "-f", name, "-t", "UTF-8"], input=p.stdout, capture_output=True)
    if back.returncode != 0 or back.stdout != raw:
        sys.exit("generate: %s round trip changed the text" % name)
    # A strict JIS decoder must read the same text: no CP932-only or
    # EUC-JP-MS-only characters sneak in.
    strict = {"CP932": "shift_jis", "EUC-JP": "euc_jp"}[name]
    if p.stdout.decode(strict) != text:
        sys.exit("generate: bytes for %s do not decode identically as %s" % (name, strict))
    return p.stdout


def write(path, data):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def main():
    for d in ("feeds", "pages", "expected"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)

    ids = {}
    for a in ARTICLES:
        p = pid(a)
        if p in ids:
            sys.exit("generate: duplicate page id %s" % p)
        ids[p] = a
        if a.site not in SITES:
            sys.exit("generate: unknown site %s" % a.site)

    story_ids = {s[0] for s in story_mod.STORIES}
    for a in ARTICLES:
        if a.story not in story_ids:
            sys.exit("generate: %s: unknown story %s" % (pid(a), a.story))

    manifest = {
        "sample_day": SAMPLE_DAY,
        "timezone": "Asia/Tokyo",
        "generated_by": "data/sample/generate.py",
        "feeds": [],
        "pages": [],
    }
    for key in SITE_ORDER:
        site = SITES[key]
        text = build_feed(key)
        write(site["feed_file"], encode(text, site["charset"]))
        entry = {
            "file": site["feed_file"],
            "url": site["feed_url"],
            "name": site["name"],
            "site": site["home"],
            "language": site["lang"],
            "category": site["category"],
            "format": site["format"],
            "charset": site["charset"],
            "content_type": {"rss2": "application/rss+xml", "rdf": "application/rdf+xml",
                             "atom": "application/atom+xml"}[site["format"]],
            "items": len(site_articles(key)),
        }
        if site.get("declared_charset"):
            entry["declared_charset"] = site["declared_charset"]
        else:
            entry["content_type"] += "; charset=%s" % site["charset"]
        manifest["feeds"].append(entry)

    arts = sorted(ARTICLES, key=lambda a: (parse_time(a.pub), a.site, a.slug))
    for a in arts:
        site = SITES[a.site]
        url = article_url(a)
        p = pid(a)
        page_file = "pages/%s/%s.html" % (a.site, p)
        exp_file = "expected/%s.txt" % p
        charset = site["page_charset"]
        if a.site == "dailysec" and p in LYING_PAGES:
            page = tpl_dailysec(a, url, site, meta_charset="UTF-8")
            declared = "UTF-8"
            ctype = "text/html"
        else:
            page = TEMPLATES[a.site](a, url, site)
            declared = charset
            ctype = "text/html; charset=%s" % charset
            if a.site == "dailysec":
                ctype = "text/html"  # the server sends no charset: the <meta> decides
        write(page_file, encode(page, charset))
        write(exp_file, expected_text(a).encode("utf-8"))
        entry = {
            "url": url,
            "file": page_file,
            "expected": exp_file,
            "content_type": ctype,
            "charset": charset,
            "feed": site["feed_url"],
            "language": site["lang"],
            "title": a.title,
            "published": iso(parse_time(a.pub).astimezone(UTC)),
            "author": a.author or site["author"],
            "day": day_of(a),
            "story": a.story,
        }
        if declared != charset:
            entry["declared_charset"] = declared
        manifest["pages"].append(entry)

    # feeds.opml: the same ten feeds, in folders named like the default
    # OPML's (the folder path is the category)
    tree = {}
    for key in SITE_ORDER:
        site = SITES[key]
        top, sub = site["category"].split("/")
        tree.setdefault(top, {}).setdefault(sub, []).append(
            '        <outline type="rss" language="%s" text="%s" title="%s" xmlUrl="%s" htmlUrl="%s"/>' % (
                site["lang"], esc(site["name"]), esc(site["name"]), esc(site["feed_url"]), esc(site["home"])))
    body = []
    for top, subs in tree.items():
        body.append('    <outline text="%s" title="%s">' % (top, top))
        for sub, outs in subs.items():
            body.append('      <outline text="%s" title="%s">' % (sub, sub))
            body.extend(outs)
            body.append("      </outline>")
        body.append("    </outline>")
    opml = ('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head>\n'
            '    <title>secdigest sample day feeds (fictional, offline)</title>\n  </head>\n  <body>\n'
            + "\n".join(body) + '\n  </body>\n</opml>\n')
    write("feeds.opml", opml.encode("utf-8"))
    manifest["opml"] = "feeds.opml"

    write("manifest.json", (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode())

    by_story = {}
    for a in arts:
        by_story.setdefault(a.story, []).append(a)
    stories = []
    for sid, day, label, group, cat, rank, cont in story_mod.STORIES:
        members = by_story.get(sid, [])
        if not members:
            sys.exit("generate: story %s has no article" % sid)
        for m in members:
            if day_of(m) != day:
                sys.exit("generate: %s is on %s, its story %s on %s" % (pid(m), day_of(m), sid, day))
        stories.append({
            "id": sid, "day": day, "label": label, "group": group, "category": cat,
            "rank": rank, "continues": cont,
            "sources": [SITES[m.site]["name"] for m in members],
            "languages": sorted({SITES[m.site]["lang"] for m in members}),
            "cves": sorted({c for m in members for c in CVE_RE.findall(expected_text(m) + " " + m.title)}),
            "items": [article_url(m) for m in members],
        })
    key = {
        "sample_day": SAMPLE_DAY,
        "rank_scope": "rank orders the stories of the same day; 1 is the most important",
        "items": {article_url(a): a.story for a in arts},
        "stories": stories,
    }
    write("stories.json", (json.dumps(key, ensure_ascii=False, indent=2) + "\n").encode())
    update_readme(stories)
    write_labelled(arts, {s["id"]: s for s in stories})
    print("generate: %d feeds, %d pages, %d stories" % (len(manifest["feeds"]), len(manifest["pages"]), len(stories)))


def write_labelled(arts, stories):
    """tests/data/labelled/sample-items.jsonl: every sample item with the
    labels a classifier or ranker is tested against."""
    out = os.path.join(HERE, "..", "..", "tests", "data", "labelled")
    if not os.path.isdir(out):
        return
    lines = []
    for a in arts:
        s = stories[a.story]
        lines.append(json.dumps({
            "url": article_url(a),
            "feed": SITES[a.site]["feed_url"],
            "source": SITES[a.site]["name"],
            "language": SITES[a.site]["lang"],
            "published": iso(parse_time(a.pub).astimezone(UTC)),
            "day": day_of(a),
            "title": a.title,
            "lead": lead(a),
            "story": a.story,
            "group": s["group"],
            "category": s["category"],
            "rank": s["rank"],
            "continues": s["continues"],
            "cves": sorted(set(CVE_RE.findall(expected_text(a) + " " + a.title))),
        }, ensure_ascii=False))
    with open(os.path.join(out, "sample-items.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def update_readme(stories):
    """Rewrite the story table between the markers of README.md."""
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        text = f.read()
    begin, end = "<!-- stories:begin -->", "<!-- stories:end -->"
    if begin not in text or end not in text:
        return
    names = {SITES[k]["name"]: k for k in SITES}
    rows = ["| rank | story id | label | group | category | sources | continues |",
            "|---:|---|---|---|---|---|---|"]
    for s in sorted((s for s in stories if s["day"] == SAMPLE_DAY), key=lambda s: s["rank"]):
        srcs = ", ".join("%s (%s)" % (n, SITES[names[n]]["lang"]) for n in s["sources"])
        rows.append("| %d | `%s` | %s | %s | %s | %s | %s |" % (
            s["rank"], s["id"], s["label"], s["group"], s["category"], srcs,
            "`%s`" % s["continues"] if s["continues"] else ""))
    rows.append("")
    rows.append("Earlier days (for follow-ups and day boundaries):")
    rows.append("")
    rows.append("| day | rank | story id | label | sources |")
    rows.append("|---|---:|---|---|---|")
    for s in sorted((s for s in stories if s["day"] != SAMPLE_DAY), key=lambda s: (s["day"], s["rank"])):
        rows.append("| %s | %d | `%s` | %s | %s |" % (s["day"], s["rank"], s["id"], s["label"], ", ".join(s["sources"])))
    new = text[:text.index(begin) + len(begin)] + "\n" + "\n".join(rows) + "\n" + text[text.index(end):]
    if new != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)


if __name__ == "__main__":
    main()
