#!/usr/bin/python3
"""Write the extraction fixtures: one HTML page per article, each imitating the
layout of a kind of real site (portal news, trade press, vendor advisories,
CERT notices, blogs with comments, paginated articles, old table layouts,
script-rendered pages with JSON-LD...), with its expected body.

    /usr/bin/python3 tests/data/pages/make_pages.py

writes tests/data/pages/NAME.html, NAME.txt (expected body, UTF-8) and
manifest.json.  The generated files are committed; run this again only
after changing an article or a layout.

The expected body is derived from the article's blocks alone, by the rules
extract.h documents: paragraphs, headings, list items and quotes are
paragraphs separated by one blank line; a table is one paragraph with one
line per row and " | " between cells; <pre> keeps its lines.  Titles,
bylines, dates, captions and everything around the article are not body.
Legacy-encoded pages are converted with iconv (CP932 for Shift_JIS,
EUC-JP, WINDOWS-1252) from the UTF-8 text generated here.
"""
import html
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles_ja import JA  # noqa: E402
from articles_en import EN  # noqa: E402


# ---- inline markup and blocks -------------------------------------------------------------

def inline_html(text):
    out = html.escape(text, quote=False)
    out = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: '<a href="%s">%s</a>' % (m.group(2), m.group(1)), out)
    out = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    return out


def inline_plain(text):
    t = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1", text)
    t = re.sub(r"\*\*([^*]+)\*\*", r"\1", t)
    t = re.sub(r"`([^`]+)`", r"\1", t)
    return t


def expected_text(blocks):
    paras = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h2", "h3", "h4", "quote"):
            paras.append(inline_plain(b[1]))
        elif kind in ("ul", "ol"):
            paras.extend(inline_plain(i) for i in b[1])
        elif kind == "table":
            paras.append("\n".join(" | ".join(inline_plain(c) for c in row) for row in b[1]))
        elif kind == "pre":
            paras.append(b[1])
        else:
            raise ValueError(kind)
    return "\n\n".join(paras)


def block_html(b, p_attr="", table_attr=' class="data"'):
    kind = b[0]
    if kind == "p":
        return "<p%s>%s</p>" % (p_attr, inline_html(b[1]))
    if kind in ("h2", "h3", "h4"):
        return "<%s>%s</%s>" % (kind, inline_html(b[1]), kind)
    if kind == "quote":
        return "<blockquote><p>%s</p></blockquote>" % inline_html(b[1])
    if kind in ("ul", "ol"):
        return "<%s>\n%s\n</%s>" % (kind, "\n".join("  <li>%s</li>" % inline_html(i) for i in b[1]), kind)
    if kind == "table":
        rows = []
        for n, row in enumerate(b[1]):
            tag = "th" if n == 0 else "td"
            rows.append("<tr>" + "".join("<%s>%s</%s>" % (tag, inline_html(c), tag) for c in row) + "</tr>")
        head, body = rows[0], rows[1:]
        return "<table%s>\n<thead>%s</thead>\n<tbody>\n%s\n</tbody>\n</table>" % (table_attr, head, "\n".join(body))
    if kind == "pre":
        return "<pre>%s</pre>" % html.escape(b[1], quote=False)
    raise ValueError(kind)


def blocks_html(blocks, between=None, **kw):
    """Blocks joined by newlines; `between` maps an index to markup inserted before that block."""
    out = []
    for i, b in enumerate(blocks):
        if between and i in between:
            out.append(between[i])
        out.append(block_html(b, **kw))
    return "\n".join(out)


def e(s):
    return html.escape(s, quote=True)


# ---- boilerplate in our own words -----------------------------------------------------------

JA_NAV = ["トップ", "速報", "国内", "国際", "経済", "IT・科学", "セキュリティ", "スポーツ", "エンタメ", "地域"]
EN_NAV = ["Home", "News", "Business", "Technology", "Security", "Policy", "Opinion", "Podcasts", "Events"]

JA_HEADLINES = [
    "大手通販サイトで不正ログイン、約2万件のアカウントに被害の恐れ",
    "政府、重要インフラ事業者にサイバー攻撃の報告義務を拡大へ",
    "偽のセキュリティ警告で電話をかけさせるサポート詐欺、相談が過去最多",
    "スマホアプリの脆弱性を悪用、位置情報が第三者に送信される恐れ",
    "大学の研究データが暗号化される被害、復旧に数週間",
    "地方銀行が共同でサイバー演習、不正送金を想定した訓練",
    "中小企業のセキュリティ投資、補助金の申請が前年の1.5倍に",
]
EN_HEADLINES = [
    "Retail chain says payment terminals were tampered with at 40 stores",
    "Lawmakers propose 72-hour breach reporting rule for hospitals",
    "Open-source maintainers targeted with fake job offers",
    "Airline loyalty accounts drained after credential stuffing wave",
    "University shuts down email system after phishing compromise",
    "Researchers find flaw in popular smart lock firmware",
    "Telecom regulator fines carrier over SIM swap failures",
]
JA_COMMENTS = [
    ("匿名希望", "うちの会社でも似たような被害がありました。バックアップがあっても、復旧には思った以上に時間がかかります。"),
    ("tanaka", "システムを一つにまとめるのは効率的ですが、止まったときの影響が大きすぎますね。分散させる設計も考えるべきだと思います。"),
    ("通りすがり", "荷物が届かない理由がやっとわかりました。早く復旧してほしいです。"),
    ("元SE", "経営層がセキュリティを費用としか見ていないうちは、同じことが繰り返されるでしょう。"),
]
EN_COMMENTS = [
    ("jlk2049", "We had almost the same experience last year. The hardest part was explaining to management why the fix took so long."),
    ("Morgan T.", "Great write-up, thanks. Did you consider rolling out passkeys instead of hardware keys for everyone?"),
    ("anon", "I still think rotation has a place for shared service accounts, but for people it never made sense."),
]


def ja_nav_html(cls="gnav"):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, "".join('<li><a href="/%d/">%s</a></li>' % (i, n) for i, n in enumerate(JA_NAV)))


def en_nav_html(cls="site-nav"):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, "".join('<li><a href="/%s/">%s</a></li>' % (n.lower(), n) for n in EN_NAV))


def link_list(items, base="/article/", cls=None):
    c = ' class="%s"' % cls if cls else ""
    return "<ul%s>\n%s\n</ul>" % (c, "\n".join('  <li><a href="%s%d">%s</a></li>' % (base, 1000 + i, e(t)) for i, t in enumerate(items)))


def jsonld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


# ---- layouts ----------------------------------------------------------------------------------
# Each returns (html, page_meta) where page_meta may name url, content_type, encoding,
# canonical, and the expected title/author/language when they differ from the article's.

def page_portal_ja(a):
    """Portal-style news: breadcrumbs, article, inline ad, ranking sidebar, comment thread."""
    body = blocks_html(a["blocks"], between={2: '<div class="ad-inread"><span class="ad-label">広告</span><div id="div-gpt-ad-1234"></div></div>'})
    ranking = "".join('<li><span class="rank-num">%d</span><a href="/pickup/%d">%s</a></li>' % (i + 1, i, e(t)) for i, t in enumerate(JA_HEADLINES[:5]))
    comments = "".join('<li class="comment-item"><p class="comment-user">%s</p><p class="comment-body">%s</p><div class="comment-reaction"><button>共感した</button> 12</div></li>' % (e(u), e(t)) for u, t in JA_COMMENTS)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{e(a['title'])}（カクウ通信） - カクウニュース</title>
<meta property="og:title" content="{e(a['title'])}（カクウ通信）">
<meta property="og:site_name" content="カクウニュース">
<meta property="og:url" content="https://news.kakuu.example/articles/8f3a21">
<meta name="author" content="{e(a['author'])}">
<script>window.__ads = {{slots: ["inread", "side"]}};</script>
<style>.ad-inread{{min-height:250px}}</style>
</head>
<body>
<div id="wrapper">
<header id="header"><div class="logo"><a href="/">カクウニュース</a></div>{ja_nav_html()}
<form class="search"><input type="text" name="q" placeholder="キーワードで検索"><button>検索</button></form></header>
<ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/it/">IT・科学</a></li><li>記事</li></ol>
<div id="contents">
<main id="main">
<article class="article">
<header class="article-header">
<h1>{e(a['title'])}</h1>
<p class="article-meta"><time datetime="{a['datetime']}">{a['date_text']}</time> <a href="/media/kakuu">カクウ通信</a></p>
</header>
<div class="article-body">
{body}
</div>
<p class="source">提供元：カクウ通信</p>
<div class="sns-share"><a href="#">ポスト</a><a href="#">シェア</a><a href="#">ブックマーク</a></div>
<section class="related-links"><h2>関連記事</h2>{link_list(JA_HEADLINES[5:7])}</section>
</article>
<section id="comments" class="comments">
<h2>コメント（{len(JA_COMMENTS)}件）</h2>
<ul class="comment-list">{comments}</ul>
<a class="more" href="/comments/8f3a21">コメントをもっと見る</a>
</section>
</main>
<aside id="sub">
<section class="ranking"><h2>アクセスランキング</h2><ol>{ranking}</ol></section>
<div class="ad-side"><a href="https://ad.example/click"><img src="/ad/300x250.png" alt="PR"></a></div>
</aside>
</div>
<footer id="footer"><ul><li><a href="/about">会社概要</a></li><li><a href="/privacy">プライバシーポリシー</a></li><li><a href="/terms">利用規約</a></li></ul>
<p class="copyright">Copyright © 2025 Kakuu News Inc. All rights reserved.</p></footer>
</div>
<script src="/js/app.js"></script>
</body>
</html>
""", dict(url="https://news.kakuu.example/articles/8f3a21?from=top", canonical="https://news.kakuu.example/articles/8f3a21",
          title=a["title"] + "（カクウ通信）")


def page_tradepress_ja(a):
    """Trade press: article body in #cmsBody with an inline related box, credit line, pager."""
    blocks = a["blocks"]
    inline_related = '<div class="cmsBodyRelated"><p class="ttl">関連記事</p><ul><li><a href="/news/2511/01/news041.html">請求書を装うメール、その見分け方</a></li><li><a href="/news/2510/22/news012.html">情報窃取型マルウェアの被害相談が増加</a></li></ul></div>'
    body = blocks_html(blocks, between={3: inline_related, 5: '<div class="cmsBodyAd"><script>googletag.display("ad-mid");</script><p>Special</p><a href="https://ad.example/">クラウド移行を成功させる5つのポイント、資料を無料で配布中</a></div>'})
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>「偽の請求書」メールが急増　添付ファイルに情報窃取型マルウェア - 架空テック</title>
<meta name="keywords" content="フィッシング,マルウェア,請求書">
<meta name="description" content="取引先を装って請求書を送りつけ、添付ファイルを開かせる手口のメールが急増している。">
<meta name="author" content="山本一郎">
<meta property="article:published_time" content="2025-11-17T18:05:00+09:00">
</head>
<body>
<div id="masthead"><a href="/" id="logo">架空テック</a>{ja_nav_html('globalNavi')}</div>
<div id="centercol">
<div id="cmsTitle"><h1>{e(a['title'])}</h1></div>
<div id="cmsDate"><div class="update">{a['date_text']}</div></div>
<div id="cmsByline"><span>［{e(a['author'])}，架空テック］</span></div>
<div id="cmsBody">
<div class="inner">
{body}
</div>
</div>
<div id="cmsMark"><p>Copyright © Kakuu Tech, Inc. All Rights Reserved.</p></div>
<div class="ctPager"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=2">次のページへ</a></div>
<div id="tagList"><a href="/tag/phishing">フィッシング</a> <a href="/tag/malware">マルウェア</a></div>
</div>
<div id="rightcol">
<div class="colBoxRanking"><div class="colBoxHead">ランキング</div>{link_list(JA_HEADLINES[:6])}</div>
<div class="colBoxNewArticle"><div class="colBoxHead">新着記事</div>{link_list(JA_HEADLINES[2:7], base='/new/')}</div>
</div>
<div id="globalFooter">運営会社 | 採用情報 | 広告掲載について | お問い合わせ</div>
</body>
</html>
""", dict(url="https://tech.kakuu.example/news/2511/17/news088.html")


def page_wp_ja(a):
    """WordPress security blog: entry-content, share bar, author box, tags, comment form."""
    body = blocks_html(a["blocks"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} | 架空セキュリティ研究所ブログ</title>
<link rel="canonical" href="https://blog.kakuu-lab.example/2025/11/sqli-basics/">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="架空セキュリティ研究所ブログ">
<meta property="article:published_time" content="2025-11-14T00:00:00+09:00">
{jsonld({"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "架空セキュリティ研究所ブログ", "url": "https://blog.kakuu-lab.example/"}, {"@type": "BlogPosting", "headline": a["title"], "datePublished": "2025-11-14T00:00:00+09:00", "author": {"@type": "Person", "name": a["author"]}}]})}
</head>
<body class="post-template-default single single-post postid-812 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">コンテンツへスキップ</a>
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">架空セキュリティ研究所ブログ</a></p>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/category/vuln/">脆弱性</a></li><li><a href="/category/threat/">脅威動向</a></li><li><a href="/category/howto/">対策ノウハウ</a></li><li><a href="/about/">研究所について</a></li></ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-812" class="post-812 post type-post status-publish format-standard hentry category-howto tag-sqli tag-webapp">
<header class="entry-header"><h1 class="entry-title">{e(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-11-14T00:00:00+09:00">{a['date_text']}</time></span> <span class="byline">投稿者：<a href="/author/tanaka/">{e(a['author'])}</a></span></div></header>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">共有:</h3><ul><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">はてな</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">カテゴリー：<a href="/category/howto/">対策ノウハウ</a></span><span class="tags-links">タグ：<a href="/tag/sqli/">SQLインジェクション</a>、<a href="/tag/webapp/">Webアプリ</a></span></footer>
</article>
<div class="author-info"><h2 class="author-title">この記事を書いた人</h2><p class="author-bio">研究所でWebアプリケーションの脆弱性診断を担当しています。最近は古いシステムの改修を支援する仕事が増えました。</p></div>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="/2025/11/xss/">前の記事：XSS対策の落とし穴</a></div><div class="nav-next"><a href="/2025/11/csrf/">次の記事：CSRFトークンの正しい使い方</a></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">コメントを残す</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">メールアドレスが公開されることはありません。</p><p class="comment-form-comment"><label for="comment">コメント</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" value="コメントを送信"></p></form></div></div>
</main>
</div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">最近の投稿</h2>{link_list(["XSS対策の落とし穴", "CSRFトークンの正しい使い方", "ログ監視を始めるための最初の一歩"], base='/2025/')}</section>
<section class="widget widget_archive"><h2 class="widget-title">アーカイブ</h2><ul><li><a href="/2025/11/">2025年11月</a></li><li><a href="/2025/10/">2025年10月</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2025 架空セキュリティ研究所</div></footer>
</div>
</body>
</html>
""", dict(url="https://blog.kakuu-lab.example/?p=812", canonical="https://blog.kakuu-lab.example/2025/11/sqli-basics/")


def page_cert_ja(a):
    """CERT alert in an old table layout: side menu column, content column with sections."""
    body = blocks_html(a["blocks"], table_attr=' border="1" cellpadding="4" class="tbl"')
    menu = "".join('<tr><td class="menu"><a href="/%s/">%s</a></td></tr>' % (p, t) for p, t in
                   [("at", "注意喚起"), ("wr", "Weekly Report"), ("vul", "脆弱性情報"), ("tips", "セキュリティ対策"), ("research", "調査研究"), ("about", "センター概要")])
    return f"""<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{e(a['title'])}</title>
</head>
<body bgcolor="#ffffff">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" class="hd"><a href="/"><img src="/img/logo.gif" alt="架空インシデント対応センター"></a> <a href="/en/">English</a> | <a href="/sitemap/">サイトマップ</a></td></tr>
<tr>
<td width="180" valign="top"><table width="180">{menu}</table></td>
<td valign="top">
<div class="path"><a href="/">HOME</a> &gt; <a href="/at/">注意喚起</a> &gt; 2025年</div>
<h2 class="title">{e(a['title'])}</h2>
<div class="ver">最終更新: 2025-11-18</div>
<div class="meta"><table class="meta"><tr><td>KCERT-AT-2025-0042</td><td>架空インシデント対応センター</td><td>発行日: {a['date_text']}</td></tr></table></div>
<div id="article">
{body}
</div>
<hr>
<div class="contact"><p class="small">この文書は、本文書に記載された情報の正確性を保証するものではありません。当センターは、本文書の利用によって生じたいかなる損害についても責任を負いません。</p></div>
<div class="related"><h3>関連文書</h3><ul><li><a href="/at/2025/0031.html">SecureGate製品の脆弱性に関する注意喚起（2025年8月）</a></li><li><a href="/at/2025/0019.html">VPN機器の設定の確認に関するお願い</a></li></ul></div>
</td></tr>
<tr><td colspan="2" class="ft">Copyright © 2025 Kakuu Incident Response Center. All rights reserved.</td></tr>
</table>
</body>
</html>
""", dict(url="https://www.kcert.example/at/2025/at250042.html", author=None)


def page_sjis_oldnews(a):
    """An old local-news site in Shift_JIS: font tags, <br><br> paragraphs, table layout, image ads."""
    paras = "<br><br>\n".join("　" + html.escape(b[1], quote=False) for b in a["blocks"])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>{e(a['title'])}｜架空日日新聞</title>
</head>
<body>
<table width="760" align="center" border="0"><tr><td colspan="3"><img src="/img/title.gif" alt="架空日日新聞"></td></tr>
<tr><td width="150" valign="top" class="left">
<font size="2"><b>ニュース</b><br><a href="/news/jiken/">事件・事故</a><br><a href="/news/seiji/">政治・行政</a><br><a href="/news/keizai/">経済</a><br><a href="/news/kurashi/">くらし</a><br><br><b>サービス</b><br><a href="/shop/">新聞購読のお申し込み</a><br><a href="/ad/">広告のご案内</a></font>
</td>
<td width="460" valign="top">
<font size="4"><b>{e(a['title'])}</b></font><br>
<font size="2" color="#666666">{a['date_text']}</font><br><br>
<font size="3">
{paras}
</font>
<br><br><div align="right"><a href="/news/">ニュース一覧へ戻る</a></div>
</td>
<td width="150" valign="top"><a href="http://ad.example/bnr1"><img src="/bnr/bnr01.gif" alt="地元の工務店"></a><br><a href="http://ad.example/bnr2"><img src="/bnr/bnr02.gif" alt="住宅ローン相談会"></a></td></tr>
<tr><td colspan="3" align="center"><font size="1">このサイトに掲載されている記事・写真の無断転載を禁じます。Copyright(C) 2025 架空日日新聞社</font></td></tr>
</table>
</body>
</html>
""", dict(url="http://www.kakuu-nichinichi.example/news/kurashi/20251116-01.html", encoding="CP932",
          content_type="text/html")


def page_eucjp_column(a):
    """A column site in EUC-JP: div layout, text in <div>s with <br>, profile box, popular list."""
    paras = "\n".join('<div class="txt">%s</div>' % html.escape(b[1], quote=False) for b in a["blocks"])
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="EUC-JP">
<title>{e(a['title'])} - 架空コラム</title>
<meta name="author" content="{e(a['author'])}">
</head>
<body>
<div id="hdr"><a href="/">架空コラム</a> <span class="catch">毎朝届く、暮らしと技術の読みもの</span></div>
<div id="wrap">
<div id="kiji">
<h1 class="kiji-ttl">{e(a['title'])}</h1>
<div class="kiji-date">{a['date_text']}</div>
<div class="kiji-honbun">
{paras}
</div>
<div class="kiji-profile"><img src="/prof/suzuki.jpg" alt=""><p>{e(a['author'])}：ITジャーナリスト。家族や友人から機械の相談を受けることが多く、その経験をもとに執筆している。</p></div>
</div>
<div id="side"><div class="side-ttl">よく読まれている記事</div><ol><li><a href="/c/101">スマホの容量が足りなくなる本当の理由</a></li><li><a href="/c/102">二段階認証を家族に設定してもらうコツ</a></li><li><a href="/c/103">古いパソコンの処分で気をつけたいこと</a></li></ol></div>
</div>
<div id="ftr">(c) Kakuu Column</div>
</body>
</html>
""", dict(url="https://column.kakuu.example/c/100", encoding="EUC-JP")


def page_paginated_ja(a):
    """Page 1 of a two-page article with a numbered pager and a 'next page' link."""
    body = blocks_html(a["blocks"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8">
<title>{e(a['title'])} | 架空ITジャーナル</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="架空ITジャーナル">
<meta name="pubdate" content="2025-11-13T12:00:00+09:00">
</head>
<body>
<div class="l-header">{ja_nav_html('l-gnav')}</div>
<div class="l-main">
<div class="p-article">
<h1 class="p-article__title">{e(a['title'])}</h1>
<div class="p-article__info"><span class="p-article__date">{a['date_text']}</span><span class="p-article__author">{e(a['author'])}</span></div>
<div class="p-article__body">
{body}
</div>
<div class="p-article__next"><a href="/article/20251113-iot/2/">次ページ：ファームウェア更新の確認方法は</a></div>
<ul class="c-pagination"><li class="is-current">1</li><li><a href="/article/20251113-iot/2/">2</a></li><li><a href="/article/20251113-iot/2/">次へ</a></li></ul>
</div>
<div class="p-recommend"><h2>おすすめの記事</h2><ul><li><a href="/a/1"><img src="/t/1.jpg" alt="">自宅のWi-Fiを見直す三つのポイント</a></li><li><a href="/a/2"><img src="/t/2.jpg" alt="">スマート家電は本当に安全か</a></li><li><a href="/a/3"><img src="/t/3.jpg" alt="">中古ルーターを買う前に確認したいこと</a></li></ul></div>
</div>
<div class="l-footer">© 架空ITジャーナル</div>
</body>
</html>
""", dict(url="https://itj.kakuu.example/article/20251113-iot/")


def page_vendor_ja(a):
    """Vendor advisory: product tables, update history, support navigation, a survey box."""
    body = blocks_html(a["blocks"], table_attr=' class="table-basic"')
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8">
<title>{e(a['title'])} | サポート | 架空電機株式会社</title>
<meta name="description" content="ネットワークカメラ製品の脆弱性に関するお知らせです。">
</head>
<body>
<div class="header"><div class="header-logo"><a href="/">架空電機</a></div><ul class="header-menu"><li><a href="/products/">製品情報</a></li><li><a href="/support/">サポート</a></li><li><a href="/company/">企業情報</a></li></ul></div>
<div class="breadcrumbs"><a href="/">ホーム</a> ＞ <a href="/support/">サポート</a> ＞ <a href="/support/security/">セキュリティ情報</a></div>
<div class="container">
<div class="main-column">
<h1 class="page-title">{e(a['title'])}</h1>
<p class="date">{a['date_text']}</p>
<div class="section">
{body}
</div>
<div class="contact-box"><h2>お問い合わせ先</h2><p>架空電機 カスタマーサポートセンター<br>受付時間：平日 9:00～17:00</p></div>
<div class="survey"><p>このページは役に立ちましたか？</p><button>はい</button><button>いいえ</button></div>
</div>
<div class="side-column"><div class="side-menu"><p class="side-menu-title">サポート</p><ul><li><a href="/support/download/">ダウンロード</a></li><li><a href="/support/faq/">よくあるご質問</a></li><li><a href="/support/security/">セキュリティ情報</a></li><li><a href="/support/repair/">修理のご依頼</a></li></ul></div></div>
</div>
<div class="footer"><p>© 2025 Kakuu Electric Co., Ltd.</p></div>
</body>
</html>
""", dict(url="https://www.kakuu-denki.example/support/security/2025-002.html", author=None)


def page_press_ja(a):
    """Press-release distribution site: release body, company profile table, other releases."""
    body = blocks_html(a["blocks"], table_attr=' class="release-table"')
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8">
<title>{e(a['title'])} | 架空セキュアのプレスリリース | カクウPRワイヤー</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="カクウPRワイヤー">
<meta property="article:published_time" content="2025-11-11T10:00:00+09:00">
</head>
<body>
<header class="prw-header"><a href="/">カクウPRワイヤー</a><a href="/login">ログイン</a><a href="/signup">無料会員登録</a></header>
<main>
<div class="release">
<div class="release-head"><span class="company-name"><a href="/company/331">株式会社架空セキュア</a></span><time class="release-date">{a['date_text']}</time>
<h1 class="release-title">{e(a['title'])}</h1>
<p class="release-subtitle">専任者がいない企業でも、専門家による常時監視を手軽に</p></div>
<div class="release-body">
{body}
</div>
<div class="company-info"><h2>企業情報</h2><table><tr><th>企業名</th><td>株式会社架空セキュア</td></tr><tr><th>代表者名</th><td>高橋誠</td></tr><tr><th>業種</th><td>情報通信</td></tr><tr><th>所在地</th><td>東京都千代田区</td></tr></table></div>
<div class="release-keywords">キーワード：<a href="/k/soc">SOC</a> <a href="/k/sme">中小企業</a></div>
</div>
<div class="other-releases"><h2>このリリースを見た人はこんなリリースも見ています</h2>{link_list(["新型のUTM製品を発売、設定を自動化", "セキュリティ人材の育成講座、受講者が1万人を突破", "クラウド設定の診断サービスに新プラン"], base='/r/')}</div>
</main>
<footer class="prw-footer">運営会社 / 利用規約 / プライバシーポリシー</footer>
</body>
</html>
""", dict(url="https://prwire.kakuu.example/main/html/rd/p/000000123.000012345.html", author=None)


def page_jsonld_app_ja(a):
    """A script-rendered page: the markup is an app shell; the article is only in JSON-LD."""
    body_text = "\n".join(b[1] for b in a["blocks"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": "2025-11-15T11:20:00+09:00", "dateModified": "2025-11-15T13:02:00+09:00",
          "author": [{"@type": "Organization", "name": a["author"]}],
          "publisher": {"@type": "Organization", "name": "カクウデジタル"},
          "inLanguage": "ja", "articleBody": body_text,
          "mainEntityOfPage": {"@type": "WebPage", "@id": "https://digital.kakuu.example/news/cloud-misconfig-edu"}}
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{e(a['title'])}｜カクウデジタル</title>
{jsonld(ld)}
<link rel="preload" href="/static/app.3f2a.js" as="script">
</head>
<body>
<div id="__next"><div class="skeleton"><div class="skeleton-title"></div><div class="skeleton-line"></div><div class="skeleton-line"></div></div></div>
<noscript>このサイトを表示するにはJavaScriptを有効にしてください。</noscript>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"id":"cloud-misconfig-edu"}}}},"page":"/news/[id]"}}</script>
<script src="/static/app.3f2a.js"></script>
</body>
</html>
""", dict(url="https://digital.kakuu.example/news/cloud-misconfig-edu", canonical="https://digital.kakuu.example/news/cloud-misconfig-edu",
          language="ja")


def page_hatena_ja(a):
    """A personal tech blog: entry body, star buttons, tags, related entries, many comments."""
    body = blocks_html(a["blocks"])
    comments = [
        ("netwatcher", "うちも同じでした。fail2banを入れてからかなり静かになりましたよ。"),
        ("ymd_dev", "ポート番号を変えるだけでも試行はだいぶ減りますね。根本的な対策ではないですが。"),
        ("kaku_engineer", "コメントありがとうございます。ポート変更も検討してみます！"),
    ]
    cm = "".join('<li class="entry-comment"><span class="comment-user-name">%s</span><p class="comment-content">%s</p><span class="comment-metadata">2025-11-09 21:3%d</span></li>' % (u, t, i) for i, (u, t) in enumerate(comments))
    return f"""<!DOCTYPE html>
<html lang="ja" data-theme="minimal">
<head><meta charset="utf-8">
<title>{e(a['title'])} - かくエンジニアの日記</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="かくエンジニアの日記">
<meta name="twitter:title" content="{e(a['title'])}">
</head>
<body class="page-entry">
<div id="globalheader-container"><iframe src="https://blog.example/globalheader" title="ヘッダー"></iframe></div>
<div id="container"><div id="container-inner">
<header id="blog-title"><h1 id="title"><a href="/">かくエンジニアの日記</a></h1><h2 id="blog-description">趣味のサーバー運用と日々の学び</h2></header>
<div id="content"><div id="wrapper"><div id="main"><div id="main-inner">
<article class="entry hentry">
<div class="entry-inner">
<header class="entry-header"><div class="date entry-date first"><a href="/archive/2025/11/09"><time datetime="2025-11-09">{a['date_text']}</time></a></div>
<h1 class="entry-title"><a href="/entry/2025/11/09/ssh">{e(a['title'])}</a></h1></header>
<div class="entry-content hatenablog-entry">
{body}
</div>
<footer class="entry-footer"><div class="entry-tags-wrapper"><div class="entry-tags"><a class="entry-category-link" href="/archive/category/SSH">SSH</a><a class="entry-category-link" href="/archive/category/自宅サーバー">自宅サーバー</a></div></div>
<p class="entry-footer-section"><span class="author vcard"><span class="fn">{e(a['author'])}</span></span> <a href="/entry/2025/11/09/ssh">2025-11-09 20:00</a></p>
<div class="hatena-star-container">★★★</div>
<div class="social-buttons"><a href="#">はてなブックマーク</a><a href="#">X</a></div>
<div class="related-entries"><div class="related-entries-title">関連記事</div><ul><li><a href="/entry/2025/10/01/nas">自宅NASのバックアップを3-2-1ルールにした</a></li><li><a href="/entry/2025/09/12/ufw">ufwで最低限のファイアウォール設定</a></li></ul></div>
<div class="comment-box"><ul class="comment">{cm}</ul><a class="leave-comment-title" href="#">コメントを書く</a></div>
</footer>
</div>
</article>
</div></div></div>
<aside id="box2"><div class="hatena-module hatena-module-profile"><div class="hatena-module-title">プロフィール</div><p>{e(a['author'])}</p><p>インフラエンジニア。週末は自宅サーバーをいじっています。</p></div>
<div class="hatena-module hatena-module-archive"><div class="hatena-module-title">月別アーカイブ</div><ul><li><a href="/archive/2025/11">2025 / 11</a></li><li><a href="/archive/2025/10">2025 / 10</a></li></ul></div></aside>
</div></div></div></div>
</body>
</html>
""", dict(url="https://kaku-engineer.blog.example/entry/2025/11/09/ssh")


def page_br_regional_ja(a):
    """Regional broadcaster: all text in one div separated by <br><br>, video player, weather widget."""
    text = "<br>\n<br>\n".join(html.escape(b[1], quote=False) for b in a["blocks"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8">
<title>{e(a['title'])}｜架空テレビ ニュース</title>
<meta name="description" content="{e(a['blocks'][0][1][:60])}">
</head>
<body>
<div id="site-header"><a href="/">架空テレビ</a> <a href="/news/">ニュース</a> <a href="/weather/">天気</a> <a href="/program/">番組表</a></div>
<div id="news-area">
<div class="newsTitle"><h1>{e(a['title'])}</h1><p class="newsDate">{a['date_text']}</p></div>
<div class="newsVideo"><video src="/v/20251115-sms.mp4" controls></video><p class="caption">動画の再生には通信料がかかります</p></div>
<div class="newsText">
{text}
</div>
<div class="newsList"><h2>最新のニュース</h2>{link_list(JA_HEADLINES[:4], base='/news/')}</div>
</div>
<div id="weather-widget"><p>県内の天気　晴れのち曇り　最高気温18度</p></div>
<div id="site-footer">© Kakuu TV</div>
</body>
</html>
""", dict(url="https://www.kakuu-tv.example/news/20251115-sms.html")


def page_bootstrap_ja(a):
    """Bootstrap-style grid: deep nesting, card lists in the sidebar with punctuated teasers."""
    body = blocks_html(a["blocks"])
    cards = "".join('<div class="card mb-3"><div class="card-body"><h5 class="card-title"><a href="/m/%d">%s</a></h5><p class="card-text">%s</p><p class="card-text"><small class="text-muted">2025年11月%d日</small></p></div></div>' % (i, e(t), "医療や介護の現場で進むデジタル化と、その裏にある課題を取材しました。", 10 - i) for i, t in enumerate(["電子カルテのクラウド移行、進まない理由", "看護の現場にタブレット、何が変わったか", "地域医療連携ネットワークの今"]))
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{e(a['title'])} - 架空メディカルIT</title>
<meta property="og:title" content="{e(a['title'])}">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-light bg-light"><a class="navbar-brand" href="/">架空メディカルIT</a><div class="collapse navbar-collapse"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/news">ニュース</a></li><li class="nav-item"><a class="nav-link" href="/column">コラム</a></li><li class="nav-item"><a class="nav-link" href="/event">イベント</a></li></ul></div></nav>
<div class="container"><div class="row"><div class="col-lg-8"><div class="mt-4"><div class="px-2"><div>
<h1 class="h2 mb-3">{e(a['title'])}</h1>
<div class="d-flex text-muted small"><div class="mr-3">{a['date_text']}</div><div>{e(a['author'])}</div></div>
<div class="mt-3"><div class="lh-lg">
{body}
</div></div>
<div class="mt-4 d-flex"><a class="btn btn-outline-secondary btn-sm" href="/tag/ransomware">#ランサムウェア</a> <a class="btn btn-outline-secondary btn-sm" href="/tag/hospital">#病院</a></div>
</div></div></div></div>
<div class="col-lg-4"><div class="mt-4"><h4>注目の記事</h4>{cards}</div></div>
</div></div>
<footer class="py-4 bg-dark text-white"><div class="container">架空メディカルIT 編集部</div></footer>
</body>
</html>
""", dict(url="https://medit.kakuu.example/news/hospital-cyber", author=None)


def page_gov_ja(a):
    """A government notice in Shift_JIS, charset only in the HTTP header: main, sections, contact."""
    body = blocks_html(a["blocks"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<title>{e(a['title'])}｜架空県庁</title>
</head>
<body>
<div id="tmp_header"><p class="logo"><a href="/">架空県</a></p><ul id="tmp_hnavi"><li><a href="/foreign/">Foreign language</a></li><li><a href="/sitemap.html">サイトマップ</a></li><li><a href="/access.html">アクセス</a></li></ul>
<ul id="tmp_gnavi"><li><a href="/kurashi/">くらし・環境</a></li><li><a href="/kenko/">健康・福祉</a></li><li><a href="/sangyo/">産業・雇用</a></li><li><a href="/kensei/">県政情報</a></li></ul></div>
<div id="tmp_pankuzu"><a href="/">トップページ</a> &gt; <a href="/kensei/">県政情報</a> &gt; 情報セキュリティ</div>
<div id="tmp_wrapper">
<div id="tmp_contents">
<h1>{e(a['title'])}</h1>
<p class="update">更新日：2025年11月17日　ページ番号：0012345</p>
<p class="date">{a['date_text']}</p>
{body}
<div id="tmp_inquiry"><h2>このページに関するお問い合わせ</h2><p>総務部 情報政策課 セキュリティ担当<br>電話番号：000-000-0000</p></div>
<div id="tmp_feedback"><h2>より良いウェブサイトにするためにアンケートにご協力ください</h2><p>このページの情報は役に立ちましたか？</p></div>
</div>
<div id="tmp_lnavi"><h2>情報セキュリティ</h2><ul><li><a href="/sec/policy.html">情報セキュリティポリシー</a></li><li><a href="/sec/news.html">お知らせ一覧</a></li></ul></div>
</div>
<div id="tmp_footer"><p>架空県庁　〒000-0000　架空県架空市1-1</p><p>Copyright (C) Kakuu Prefecture. All rights reserved.</p></div>
</body>
</html>
""", dict(url="https://www.pref.kakuu.example/kensei/sec/2025-winter.html", encoding="CP932",
          content_type="text/html; charset=Shift_JIS")


def page_cookie_ja(a):
    """A consent modal with long text and a newsletter box around the article."""
    body = blocks_html(a["blocks"], between={2: '<aside class="newsletter-box"><p>毎朝のニュースレターで、最新のセキュリティ動向をお届けします。登録は無料です。</p><form><input type="email" placeholder="メールアドレス"><button>登録する</button></form></aside>'})
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8">
<title>{e(a['title'])} | 架空サイバー</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="架空サイバー">
{jsonld({"@context": "https://schema.org", "@type": "Article", "headline": a["title"], "datePublished": "2025-11-10T06:00:00+09:00", "author": {"@type": "Person", "name": a["author"]}})}
</head>
<body>
<div id="cookie-consent" class="cookie-consent" role="dialog"><div class="cookie-consent__inner"><p>当サイトでは、サービスの向上と広告の最適化のためにクッキーを使用しています。「同意する」を選択すると、クッキーの使用に同意したものとみなされます。詳しくは、クッキーポリシーをご確認ください。設定はいつでも変更できます。</p><button>同意する</button><button>設定</button></div></div>
<header class="g-header"><a class="g-header__logo" href="/">架空サイバー</a></header>
<div class="g-container">
<article class="c-article">
<h1 class="c-article__title">{e(a['title'])}</h1>
<div class="c-article__meta"><time>{a['date_text']}</time> <span>{e(a['author'])}</span></div>
<div class="c-article__content">
{body}
</div>
</article>
<section class="c-ranking"><h2>よく読まれている記事</h2>{link_list(JA_HEADLINES[1:6])}</section>
</div>
<div class="g-footer">© Kakuu Cyber</div>
</body>
</html>
""", dict(url="https://cyber.kakuu.example/articles/ai-phishing")


def page_lang_mislabel_ja(a):
    """A Japanese page whose template says lang="en"; the article uses itemprop=articleBody."""
    body = blocks_html(a["blocks"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>{e(a['title'])} | Kakuu DevOps Magazine</title>
<meta property="og:site_name" content="Kakuu DevOps Magazine">
<meta name="author" content="{e(a['author'])}">
</head>
<body>
<div class="topbar"><a href="/">Kakuu DevOps Magazine</a> <a href="/ja/">日本語</a> <a href="/en/">English</a></div>
<div class="page" itemscope itemtype="https://schema.org/Article">
<h1 itemprop="headline">{e(a['title'])}</h1>
<div class="page-meta"><span itemprop="datePublished" content="2025-11-07">{a['date_text']}</span></div>
<div itemprop="articleBody" class="page-text">
{body}
</div>
<div class="page-share"><a href="#">Share</a> <a href="#">Tweet</a></div>
</div>
<div class="more"><h2>More articles</h2>{link_list(["コンテナイメージの脆弱性スキャンを始める", "CI/CDの秘密情報をどう守るか", "依存関係の自動更新、どこまで任せるか"])}</div>
</body>
</html>
""", dict(url="https://devops.kakuu.example/ja/sbom-first-steps", language="ja")


def page_short_ja(a):
    """A one-paragraph news brief next to a long list of other headlines."""
    body = blocks_html(a["blocks"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>{e(a['title'])} - 架空経済新報</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="架空経済新報">
</head>
<body>
<div class="hd">{ja_nav_html()}</div>
<div class="bd">
<div class="article">
<h1>{e(a['title'])}</h1>
<p class="date">{a['date_text']}</p>
{body}
</div>
<div class="newslist"><h2>ニュース一覧</h2>{link_list(JA_HEADLINES)}</div>
</div>
<div class="ft">架空経済新報社</div>
</body>
</html>
""", dict(url="https://keizai.kakuu.example/n/20251118/bank-otp")


def page_comment_heavy_ja(a):
    """An undeclared Shift_JIS blog page whose comment thread is longer than the article."""
    body = blocks_html(a["blocks"])
    thread = [
        ("はる", "とても参考になりました。出張先のホテルの無線LANをよく使うので、ファイル共有の設定をさっそく確認してみました。案の定、有効になっていて驚きました。"),
        ("まさ", "記事の内容には同意しますが、暗号化されていない古いサイトもまだ残っています。そういうサイトにログインするのは避けたほうがいいと思います。"),
        ("ゆう", "テザリングを使えば公衆無線LANに頼らなくて済むので、最近はそうしています。通信量は増えますが、安心感には代えられません。"),
        ("けん", "偽のアクセスポイントの見分け方について、もう少し詳しく知りたいです。名前が同じだと区別できないのではないでしょうか。"),
        ("ネット安全研究所", "けんさん、ご質問ありがとうございます。名前だけで見分けるのは難しいため、接続後に証明書の警告が出ないか、不自然なログイン画面が表示されないかに注意してください。"),
    ]
    cm = "\n".join('<div class="cmt"><div class="cmt-name">%s</div><div class="cmt-text">%s</div><div class="cmt-date">2025年11月09日 1%d:00</div></div>' % (u, t, i) for i, (u, t) in enumerate(thread))
    return f"""<html>
<head>
<title>{e(a['title'])} - ネット安全研究所のブログ</title>
</head>
<body>
<div id="blogtitle"><a href="/">ネット安全研究所のブログ</a></div>
<div id="main">
<div class="entry">
<div class="entry-ttl">{e(a['title'])}</div>
<div class="entry-date">{a['date_text']}</div>
<div class="entry-body">
{body}
</div>
<div class="entry-foot">カテゴリ：<a href="/cat/wifi">無線LAN</a> | コメント（{len(thread)}） | トラックバック（0）</div>
</div>
<div id="cmts">
<div class="cmts-ttl">コメント</div>
{cm}
</div>
</div>
<div id="side"><div class="side-box"><div class="side-ttl">カテゴリ</div><a href="/cat/wifi">無線LAN（12）</a><br><a href="/cat/pass">パスワード（8）</a><br><a href="/cat/phish">フィッシング（15）</a></div></div>
</body>
</html>
""", dict(url="http://blog.netanzen.example/archives/2025/11/08/wifi.html", encoding="CP932", author=None)


# ---- English layouts -------------------------------------------------------------------------

def page_wire_en(a):
    """News wire: paragraphs with data attributes, 'Reporting by' line, trust principles, more news."""
    paras = "\n".join('<p data-testid="paragraph-%d" class="text__text__1FZLe">%s</p>' % (i, inline_html(b[1])) for i, b in enumerate(a["blocks"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>{e(a['title'])} | Kakuu Wire</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="Kakuu Wire">
<meta name="article:published_time" content="2025-11-17T16:32:00Z">
<meta name="author" content="{e(a['author'])}">
</head>
<body>
<header class="site-header__header">{en_nav_html()}</header>
<main id="main-content">
<article class="article__container">
<header class="article-header__heading"><h1 data-testid="Heading">{e(a['title'])}</h1>
<div class="article-header__dateline"><time datetime="2025-11-17T16:32:00Z">{a['date_text']}</time> <span>Updated 2 hours ago</span></div>
<div class="article-header__author">By <a rel="author" href="/authors/daniel-reyes">{e(a['author'])}</a></div></header>
<div class="article-body__content">
{paras}
<p class="sign-off">Reporting by {e(a['author'])}; Editing by Clara Voss</p>
</div>
<div class="trust-principles"><p>Our Standards: The Kakuu Wire Trust Principles.</p></div>
<div class="article__read-next"><h2>Read Next</h2>{link_list(EN_HEADLINES[:4])}</div>
</article>
<section class="more-news"><h2>More from Kakuu Wire</h2>{link_list(EN_HEADLINES[3:7], base='/world/')}</section>
</main>
<footer class="site-footer">© 2025 Kakuu Wire. All rights reserved.</footer>
</body>
</html>
""", dict(url="https://www.kakuuwire.example/business/energy/utility-breach-2025-11-17/")


def page_technews_en(a):
    """Tech news: inline ads between paragraphs, 'Related Articles', sidebar popular, comments."""
    ad = '<div class="cz-ad-wrapper"><p class="ad-notice">Advertisement</p><ins class="adsbygoogle" data-ad-slot="123"></ins></div>'
    body = blocks_html(a["blocks"], between={2: ad, 5: ad})
    comments = "".join('<div class="comment"><div class="comment-author">%s</div><div class="comment-text"><p>%s</p></div></div>' % (u, e(t)) for u, t in EN_COMMENTS)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8">
<title>{e(a['title'])}</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="KakuuComputer">
<meta property="article:published_time" content="2025-11-16T00:00:00+00:00">
{jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": "2025-11-16T00:00:00+00:00", "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": "KakuuComputer"}})}
</head>
<body>
<div class="bc_header">{en_nav_html('bc_nav')}<div class="bc_search"><input type="search"></div></div>
<div class="container"><div class="row">
<div class="col-md-8 bc_main_content">
<div class="bc_breadcrumbs"><a href="/">Home</a> &gt; <a href="/news/security/">News</a> &gt; Security</div>
<article>
<div class="article_section">
<h1>{e(a['title'])}</h1>
<div class="cz-news-story-title-section"><span class="author">By {e(a['author'])}</span> <span class="cz-news-date">{a['date_text']}</span> <span class="cz-news-time">03:14 PM</span> <span class="comment_count">3</span></div>
<div class="articleBody">
{body}
</div>
<div class="cz-related-article-wrapp"><h2>Related Articles:</h2>{link_list(EN_HEADLINES[:3])}</div>
</div>
</article>
<div class="cz-comments-section"><h2>Comments</h2>{comments}<p class="comment-login">You need to login in order to post a comment</p></div>
</div>
<div class="col-md-4 bc_right_sidebar"><div class="bc_popular"><h3>Popular Stories</h3>{link_list(EN_HEADLINES[2:7], base='/popular/')}</div>
<div class="bc_newsletter"><p>Sign up for our newsletter and get the latest security news every day.</p><input type="email"><button>Subscribe</button></div></div>
</div></div>
<footer class="bc_footer"><p>Copyright @ 2003 - 2025 KakuuComputer - All rights reserved</p></footer>
</body>
</html>
""", dict(url="https://www.kakuucomputer.example/news/security/new-infostealer-spreads-through-fake-browser-update-pages/")


def page_wp_en(a):
    """WordPress blog with threaded comments and a reply form after the post."""
    body = blocks_html(a["blocks"])
    comments = "".join('<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">%s</b> <time>November 13, 2025 at 9:%02d am</time></footer><div class="comment-content"><p>%s</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>' % (u, 10 + i, e(t)) for i, (u, t) in enumerate(EN_COMMENTS))
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8">
<title>{e(a['title'])} &#8211; The Kakuu Ops Blog</title>
<link rel="canonical" href="https://ops.kakuu.example/2025/11/12/password-rotation/">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="The Kakuu Ops Blog">
</head>
<body class="post-template-default single single-post">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header"><h1 class="site-title"><a href="/">The Kakuu Ops Blog</a></h1><p class="site-description">Notes from a small IT team</p>
<nav class="main-navigation"><a href="/">Home</a> <a href="/about/">About</a> <a href="/archives/">Archives</a></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry category-policy">
<header class="entry-header"><h1 class="entry-title">{e(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on">{a['date_text']}</span> <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/maria/">{e(a['author'])}</a></span></span></div></header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/policy/">Policy</a></span> <span class="tags-links">Tagged <a href="/tag/passwords/">passwords</a>, <a href="/tag/mfa/">MFA</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;{e(a['title'])}&rdquo;</h2><ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><form class="comment-form"><p>Your email address will not be published.</p><textarea></textarea><input type="submit" value="Post Comment"></form></div></div>
</main></div>
<div id="secondary" class="widget-area"><aside class="widget"><h2 class="widget-title">Recent Posts</h2>{link_list(["Moving our backups off-site", "A year of hardware security keys", "What we learned from our first pen test"], base='/2025/')}</aside></div>
</div>
<footer class="site-footer">Proudly powered by a blogging engine</footer>
</div>
</body>
</html>
""", dict(url="https://ops.kakuu.example/?p=482", canonical="https://ops.kakuu.example/2025/11/12/password-rotation/")


def page_psirt_en(a):
    """Vendor PSIRT advisory: metadata table, accordion sections, revision history, feedback."""
    body = blocks_html(a["blocks"], table_attr=' class="advisory-table"')
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>Corvid Security Advisory: {e(a['title'])}</title>
<meta name="dc.date" content="2025-11-13T17:00:00Z">
</head>
<body>
<div id="fw-header"><a href="/">Corvid Systems</a> <a href="/products">Products</a> <a href="/support">Support</a> <a href="/security">Security</a> <a href="/login">Log In</a></div>
<div id="advisorycontentcontainer">
<div class="headline">{e(a['title'])}</div>
<div class="advisoryDetails">
<div class="pubheaderrow"><span class="pubheader">Advisory ID:</span> corvid-sa-gw-auth-2025</div>
<div class="pubheaderrow"><span class="pubheader">First Published:</span> 2025 November 13 17:00 GMT</div>
<div class="pubheaderrow"><span class="pubheader">Last Updated:</span> 2025 November 15 09:30 GMT</div>
<div class="pubheaderrow"><span class="pubheader">Version 1.1:</span> Final</div>
<div class="pubheaderrow"><a href="/csaf/corvid-sa-gw-auth-2025.json">Download CSAF</a> <a href="/print">Print</a></div>
</div>
<div id="advisorycontentbody" class="mainContent">
{body}
</div>
<div class="revisionhistory"><h2>Revision History</h2><table><tr><th>Version</th><th>Description</th><th>Date</th></tr><tr><td>1.1</td><td>Added fixed release for 4.3.</td><td>2025-NOV-15</td></tr><tr><td>1.0</td><td>Initial public release.</td><td>2025-NOV-13</td></tr></table></div>
<div class="legal"><h2>Legal Disclaimer</h2><p>This document is provided on an "as is" basis and does not imply any kind of guarantee or warranty. Your use of the information in the document is at your own risk.</p></div>
<div class="feedback"><p>Was this advisory helpful?</p><button>Yes</button><button>No</button></div>
</div>
<div id="fw-footer">Contacts | Feedback | Site Map | Terms &amp; Conditions | Privacy Statement</div>
</body>
</html>
""", dict(url="https://sec.corvid.example/advisories/corvid-sa-gw-auth-2025", author=None,
          title="Corvid Security Advisory: " + a["title"])


def page_cisa_en(a):
    """Government alert: main with usa-prose-like body, side navigation, 'Related' cards."""
    body = blocks_html(a["blocks"], table_attr=' class="usa-table"')
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8">
<title>{e(a['title'])} | NCCO</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="NCCO">
</head>
<body>
<a href="#main" class="skip">Skip to main content</a>
<section class="gov-banner"><p>An official website of a fictional government. Here is how you know.</p></section>
<header class="site-header">{en_nav_html('usa-nav')}</header>
<main id="main" class="c-main" role="main">
<div class="l-page-section"><div class="c-page-title"><div class="c-page-title__meta">Alert</div><h1 class="c-page-title__title">{e(a['title'])}</h1>
<div class="c-page-title__fields"><div class="c-field c-field--date"><div class="c-field__label">Release Date</div><div class="c-field__content"><time datetime="2025-11-14T12:00:00Z">November 14, 2025</time></div></div>
<div class="c-field"><div class="c-field__label">Alert Code</div><div class="c-field__content">AA25-318A</div></div></div></div></div>
<div class="l-full__main"><div class="c-wysiwyg">
{body}
</div>
<div class="c-product-survey"><p>Please share your thoughts. We recently updated our anonymous product survey; we welcome your feedback.</p></div></div>
<div class="l-page-section--related"><h2>Related Advisories</h2><div class="c-teaser"><h3><a href="/a/1">Guidance for securing file transfer appliances</a></h3><p>Steps network defenders can take to reduce exposure.</p></div><div class="c-teaser"><h3><a href="/a/2">Known exploited vulnerabilities added to catalog</a></h3><p>Three new entries based on evidence of active exploitation.</p></div></div>
</main>
<footer class="usa-footer"><p>Return to top</p><p>Topics | Spotlight | Resources &amp; Tools | News &amp; Events | Careers | About</p></footer>
</body>
</html>
""", dict(url="https://www.ncco.example/news-events/alerts/2025/11/14/file-transfer-exploitation", author=None)


def page_medium_en(a):
    """Publishing platform: obfuscated classes, each paragraph wrapped, clap bar, 'More from'."""
    paras = []
    for i, b in enumerate(a["blocks"]):
        if b[0] == "p":
            paras.append('<p id="p%d" class="pw-post-body-paragraph mx my gl mz b na nb nc nd ne nf ng nh ni" data-selectable-paragraph="">%s</p>' % (i, inline_html(b[1])))
        else:
            paras.append('<h2 id="h%d" class="nj nk gl bf nl nm nn no np nq nr ns" data-selectable-paragraph="">%s</h2>' % (i, inline_html(b[1])))
    body = "\n".join(paras)
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>{e(a['title'])} | by {e(a['author'])} | Kakuu Engineering | Nov, 2025 | Kakuum</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="Kakuum">
<meta name="author" content="{e(a['author'])}">
<meta property="article:published_time" content="2025-11-10T00:00:00.000Z">
</head>
<body>
<div id="root"><div class="a b c"><div class="l"><div class="m n o"><div class="ab ac"><a href="/">Kakuum</a> <a href="/new-story">Write</a> <a href="/m/signin">Sign in</a></div></div></div>
<div class="ab cb"><div class="ch bg fz ga gb gc"><article><div class="l"><div class="l"><section><div><div class="gv gw gx gy gz"></div>
<div class="ab cb"><div class="ch bg fz ga gb gc">
<div><h1 id="title" class="pw-post-title ha hb gl bf hc hd he hf">{e(a['title'])}</h1></div>
<div class="speechify-ignore ab cp"><div class="ik il"><a href="/@sam">{e(a['author'])}</a> · <span>Follow</span></div><div><span>6 min read</span> · <span>{a['date_text']}</span></div>
<div class="clap-bar"><button aria-label="clap">312</button> <button>Listen</button> <button>Share</button></div></div>
{body}
</div></div></div></section></div></div></article></div></div>
<div class="ab cb"><div class="clap-bar"><button aria-label="clap">312</button><span>4 responses</span></div>
<div class="more-from"><h2>More from {e(a['author'])} and Kakuu Engineering</h2>{link_list(["How we moved secrets out of environment variables", "Our on-call rota, one year later", "Writing runbooks people actually use"], base='/@sam/')}</div>
<div class="recommended"><h2>Recommended from Kakuum</h2>{link_list(EN_HEADLINES[:4], base='/p/')}</div></div>
</div></div>
</body>
</html>
""", dict(url="https://kakuum.example/kakuu-eng/what-a-tabletop-exercise-taught-us-4c1d2e")


def page_paged_en(a):
    """Multi-page guide: table of contents box, pager with numbers and 'Next', newsletter."""
    body = blocks_html(a["blocks"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>{e(a['title'])} - Kakuu Sysadmin Journal</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="Kakuu Sysadmin Journal">
<meta name="author" content="{e(a['author'])}">
</head>
<body>
<div id="top">{en_nav_html()}</div>
<div id="content">
<div class="post">
<h1 class="post-title">{e(a['title'])}</h1>
<p class="post-byline">By {e(a['author'])} on {a['date_text']}</p>
<div class="toc"><p class="toc-title">In this series</p><ol><li>Part 1: Authentication</li><li><a href="/ssh-hardening-2">Part 2: Network exposure</a></li><li><a href="/ssh-hardening-3">Part 3: Monitoring</a></li></ol></div>
<div class="post-body">
{body}
</div>
<div class="pagination"><span class="page-numbers current">1</span> <a class="page-numbers" href="/ssh-hardening/2">2</a> <a class="page-numbers" href="/ssh-hardening/3">3</a> <a class="next page-numbers" href="/ssh-hardening/2">Next &raquo;</a></div>
</div>
<div class="signup-box"><h3>Get the newsletter</h3><p>One email a week with the best sysadmin guides. No spam, unsubscribe at any time.</p></div>
</div>
<div id="bottom">© Kakuu Sysadmin Journal</div>
</body>
</html>
""", dict(url="https://sysadmin.kakuu.example/ssh-hardening")


def page_paywall_en(a):
    """Paywalled news: two visible paragraphs, a subscribe wall, full text in JSON-LD."""
    visible = blocks_html(a["blocks"][:2])
    body_text = "\n\n".join(b[1] for b in a["blocks"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": "2025-11-15T08:00:00-05:00", "author": [{"@type": "Person", "name": a["author"]}],
          "isAccessibleForFree": False, "articleBody": body_text,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled"}}
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>{e(a['title'])} - The Kakuu Ledger</title>
{jsonld(ld)}
<meta property="og:site_name" content="The Kakuu Ledger">
</head>
<body>
<header>{en_nav_html()}</header>
<article class="story">
<h1 class="story-headline">{e(a['title'])}</h1>
<div class="story-byline">By {e(a['author'])} | {a['date_text']}</div>
<div class="story-body">
{visible}
<div class="paywalled" style="display:none"></div>
</div>
<div class="paywall-prompt"><h2>Continue reading with a subscription</h2><p>Get unlimited access to our reporting on business and technology for less than the price of a coffee each week.</p><a href="/subscribe">Subscribe now</a> <a href="/login">Already a subscriber? Sign in</a></div>
</article>
<footer>© The Kakuu Ledger</footer>
</body>
</html>
""", dict(url="https://www.kakuuledger.example/tech/cyber-insurance-terms")


def page_archive_en(a):
    """Mailing-list archive: navigation tables, headers, the message in <pre>, thread links."""
    pre = html.escape(a["blocks"][0][1], quote=False)
    return f"""<!DOCTYPE html>
<html>
<head><title>Full Kakuu: {e(a['title'])}</title></head>
<body>
<table border="0" width="100%"><tr><td><a href="/"><img src="/logo.png" alt="Kakuu Lists"></a></td><td><form><input name="q"><input type="submit" value="Search"></form></td></tr></table>
<table border="0"><tr><td><a href="/fullkakuu/2025/Nov/4">By Date</a></td><td><a href="/fullkakuu/2025/Nov/6">By Thread</a></td><td><a href="/fullkakuu/">List Archive</a></td></tr></table>
<hr>
<h1 class="m-title">{e(a['title'])}</h1>
<hr>
<em>From</em>: {e(a['author'])} &lt;tw () kakuu-research example&gt;<br>
<em>Date</em>: {a['date_text']}<br>
<hr>
<pre style="margin: 0em;">
{pre}
</pre>
<hr>
<ul><li><strong>Thread:</strong> <a href="/fullkakuu/2025/Nov/7">Re: [advisory] Path traversal in Quillnote document server</a></li></ul>
<table border="0"><tr><td><a href="/fullkakuu/2025/Nov/4">By Date</a></td><td><a href="/fullkakuu/2025/Nov/6">By Thread</a></td></tr></table>
<p class="footer">Current thread: [advisory] Path traversal in Quillnote document server {e(a['author'])} (Nov 05)</p>
</body>
</html>
""", dict(url="https://lists.kakuu.example/fullkakuu/2025/Nov/5", title=a["title"], author=None)


def page_liveblog_en(a):
    """Newspaper story: figure with caption, pull quote, 'Advertisement' labels, 'Most Read'."""
    fig = '<figure class="photo"><img src="/img/hospital.jpg" alt="The entrance of a hospital"><figcaption>The main entrance of Brightwater General Hospital on Saturday. Photo by Kakuu Staff.</figcaption></figure>'
    ad = '<div class="ad-slot"><p>Advertisement</p></div>'
    body = blocks_html(a["blocks"], between={0: fig, 2: ad, 4: ad})
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>{e(a['title'])} - The Kakuu Herald</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="The Kakuu Herald">
<meta property="article:published_time" content="2025-11-08T18:15:00-05:00">
<meta property="article:author" content="https://herald.kakuu.example/people/hannah-cole">
<meta name="byl" content="By Hannah Cole">
</head>
<body>
<header class="masthead"><a href="/">The Kakuu Herald</a>{en_nav_html()}</header>
<main>
<article id="story">
<header><p class="kicker">Health</p><h1 itemprop="headline">{e(a['title'])}</h1><p class="summary">Ambulances are no longer being diverted, but some procedures will take days to reschedule.</p>
<p class="byline">By <span class="byline-name">{e(a['author'])}</span></p><p class="timestamp">{a['date_text']}</p></header>
<section name="articleBody" class="story-body">
{body}
</section>
<div class="story-share"><button>Share full article</button> <span>142 comments</span></div>
</article>
<aside class="most-read"><h2>Most Read</h2>{link_list(EN_HEADLINES[:5], base='/2025/11/')}</aside>
</main>
<footer class="site-footer"><p>© 2025 The Kakuu Herald Company</p><p>Contact Us | Work With Us | Advertise | Terms of Service</p></footer>
</body>
</html>
""", dict(url="https://herald.kakuu.example/2025/11/08/health/hospital-network-recovers.html")


def page_press_en(a):
    """Press release wire: release body with 'About' section, contacts, logos, more releases."""
    body = blocks_html(a["blocks"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>{e(a['title'])} | Kakuu Business Wire</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="Kakuu Business Wire">
<meta name="dcterms.issued" content="2025-11-06T09:00:00-05:00">
</head>
<body>
<div class="bw-header"><a href="/">Kakuu Business Wire</a> <a href="/news/">News</a> <a href="/services/">Services</a> <a href="/login/">Log In</a> <a href="/signup/">Sign Up</a></div>
<div class="bw-release">
<div class="bw-release-timestamp"><time datetime="2025-11-06T14:00:00Z">{a['date_text']}</time></div>
<h1 class="epi-fontLg bwalignc"><b>{e(a['title'])}</b></h1>
<div class="bw-release-subhead"><h2>New service brings round-the-clock monitoring to plant networks</h2></div>
<div class="bw-release-story">
{body}
</div>
<div class="bw-release-contact"><h3>Contacts</h3><p>Media: Jordan Pike, press@ferrowind.example, +1 313 555 0100</p></div>
<div class="bw-release-logos"><img src="/logo/ferrowind.png" alt="Ferrowind Security logo"></div>
<div class="bw-release-social"><a href="#">Share</a></div>
</div>
<div class="bw-more"><h3>More News From Ferrowind Security</h3>{link_list(["Ferrowind Security Opens Office in Monterrey", "Ferrowind Security Names New Chief Technology Officer"], base='/news/home/')}</div>
<div class="bw-footer">© 2025 Kakuu Business Wire</div>
</body>
</html>
""", dict(url="https://www.kakuubusinesswire.example/news/home/20251106005123/en/", author=None)


def page_ghsa_en(a):
    """Code-hosting advisory page: markdown body, sidebar with package facts, header tabs."""
    body = blocks_html(a["blocks"])
    return f"""<!DOCTYPE html>
<html lang="en" data-color-mode="auto">
<head><meta charset="utf-8">
<title>{e(a['title'])} · Advisory · kakuu-hub/deepmerge-lite</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="KakuuHub">
</head>
<body>
<div class="header"><a href="/">KakuuHub</a> <a href="/features">Product</a> <a href="/pricing">Pricing</a> <a href="/login">Sign in</a></div>
<div class="repohead"><a href="/kakuu-hub">kakuu-hub</a> / <a href="/kakuu-hub/deepmerge-lite">deepmerge-lite</a> <nav class="reponav"><a href="#">Code</a> <a href="#">Issues 12</a> <a href="#">Pull requests 3</a> <a href="#">Security</a></nav></div>
<div class="container-xl">
<div class="gh-header"><h1 class="gh-header-title">{e(a['title'])}</h1>
<div class="gh-header-meta"><span class="Label Label--orange">High</span> <span>Published {a['date_text'][10:]} to the KakuuHub Advisory Database</span></div></div>
<div class="Layout">
<div class="Layout-main"><div class="Box"><div class="Box-header"><h2>Description</h2></div>
<div class="Box-body markdown-body comment-body">
{body}
</div></div></div>
<div class="Layout-sidebar"><div class="discussion-sidebar-item"><h3>Package</h3><p>deepmerge-lite (npm)</p></div>
<div class="discussion-sidebar-item"><h3>Affected versions</h3><p>&lt; 1.8.2</p></div>
<div class="discussion-sidebar-item"><h3>Patched versions</h3><p>1.8.2</p></div>
<div class="discussion-sidebar-item"><h3>Severity</h3><p>High 7.5 / 10</p></div>
<div class="discussion-sidebar-item"><h3>Weaknesses</h3><p>CWE-1321</p></div>
<div class="discussion-sidebar-item"><h3>Credits</h3><p>kestrel-sec reporter</p></div></div>
</div></div>
<div class="footer">© 2025 KakuuHub, Inc. Terms Privacy Security Status Docs Contact</div>
</body>
</html>
""", dict(url="https://kakuuhub.example/advisories/KHSA-2025-x7q3-9m2c", author=None)


def page_substack_en(a):
    """Newsletter platform: subscribe widgets inside the body, 'Share' and 'Discussion' footer."""
    sub = '<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="subscription-widget-text">Thanks for reading Field Notes! Subscribe for free to receive new posts and support my work.</p><form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div></div>'
    body = blocks_html(a["blocks"], between={2: sub})
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>{e(a['title'])} - by {e(a['author'])}</title>
<meta property="og:title" content="{e(a['title'])}">
<meta name="author" content="{e(a['author'])}">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": "2025-11-03T12:00:00+00:00", "author": [{"@type": "Person", "name": a["author"]}], "publisher": {"@type": "Organization", "name": "Field Notes"}})}
</head>
<body>
<div class="main-menu"><a href="/">Field Notes</a> <a href="/subscribe">Subscribe</a> <a href="/sign-in">Sign in</a></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title">{e(a['title'])}</h1><h3 class="subtitle">Old tricks, new victims</h3>
<div class="post-meta"><a href="/@oren">{e(a['author'])}</a> <div class="pencraft">{a['date_text']}</div></div>
<div class="post-ufi"><a class="like-button">♡ 41</a> <a class="comment-button">7</a> <a class="share-button">Share</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{body}
</div></div>
<div class="post-footer"><div class="post-ufi"><a>41 Likes</a> <a>Share</a></div></div>
</article></div></div></div>
<div class="post-page-discussion"><h2>Discussion about this post</h2><div class="comment"><p>Seeing this at our plant too. The shortcut trick fooled two people last month.</p></div></div>
<div class="footer-wrap">© 2025 Oren Katz · Privacy · Terms · Collection notice</div>
</body>
</html>
""", dict(url="https://fieldnotes.kakuusub.example/p/the-quiet-return-of-usb-borne-malware")


def page_amp_en(a):
    """An AMP page: amp-ad and amp-social-share elements, amp-img, sidebar menu."""
    body = blocks_html(a["blocks"], between={2: '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/news"><div placeholder>Loading ad…</div></amp-ad>'})
    return f"""<!doctype html>
<html amp lang="en">
<head><meta charset="utf-8">
<title>{e(a['title'])} | Kakuu Daily</title>
<link rel="canonical" href="https://daily.kakuu.example/world/phishing-platform-dismantled">
<script async src="https://cdn.ampproject.example/v0.js"></script>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": "2025-11-02T10:00:00Z", "author": {"@type": "Person", "name": a["author"]}})}
<style amp-custom>body{{font-family:serif}}</style>
</head>
<body>
<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/world">World</a></li><li><a href="/tech">Tech</a></li><li><a href="/crime">Crime</a></li></ul></amp-sidebar>
<header class="amp-header"><a href="/">Kakuu Daily</a></header>
<article>
<h1>{e(a['title'])}</h1>
<p class="byline">{e(a['author'])} · {a['date_text']}</p>
<amp-img src="/img/servers.jpg" width="800" height="450" layout="responsive" alt="Server racks"></amp-img>
{body}
<amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share>
</article>
<footer><a href="/">Kakuu Daily home</a></footer>
</body>
</html>
""", dict(url="https://daily.kakuu.example/amp/world/phishing-platform-dismantled", canonical="https://daily.kakuu.example/world/phishing-platform-dismantled")


def page_cookiewall_en(a):
    """A consent platform overlay with long vendor text before the article in the source."""
    vendors = "".join("<li>%s: stores and accesses information on your device to %s.</li>" % (v, p) for v, p in [("Kakuu Analytics", "measure how our pages are used"), ("AdNet Example", "show personalised advertising"), ("VideoCo Example", "play embedded videos"), ("Social Example", "let you share pages")])
    body = blocks_html(a["blocks"])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8">
<title>{e(a['title'])} | Kakuu Tech Review</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="Kakuu Tech Review">
<meta name="parsely-pub-date" content="2025-11-01T00:00:00Z">
<meta name="parsely-author" content="{e(a['author'])}">
</head>
<body>
<div id="sp_message_container" class="cmp-container"><div class="message"><h2>We value your privacy</h2><p>We and our partners store and access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development. With your permission we and our partners may use precise geolocation data and identification through device scanning.</p><ul>{vendors}</ul><button>Accept all</button><button>Reject all</button><button>Manage options</button></div></div>
<div class="site"><header class="site-header">{en_nav_html()}</header>
<div class="article-wrapper">
<h1 class="article-title">{e(a['title'])}</h1>
<div class="article-meta"><span class="author-name">By {e(a['author'])}</span> <time>{a['date_text']}</time></div>
<div class="article-content">
{body}
</div>
<div class="article-tags"><span>Topics</span> <a href="/t/passkeys">Passkeys</a> <a href="/t/browsers">Browsers</a></div>
</div>
<div class="trending"><h3>Trending</h3>{link_list(EN_HEADLINES[1:6])}</div>
</div>
</body>
</html>
""", dict(url="https://techreview.kakuu.example/news/passkey-sync-standard")


def page_short_en(a):
    """A short city-news brief beside a long events calendar."""
    body = blocks_html(a["blocks"])
    events = "".join("<li><span class=\"ev-date\">Nov %d</span> <a href=\"/events/%d\">%s</a></li>" % (3 + i, i, t) for i, t in enumerate(["Farmers market at Pier 4", "Library coding club for teens", "Harbor cleanup volunteer day", "Council budget hearing", "Jazz night at the old ferry terminal", "Small business cyber clinic"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{e(a['title'])} | Harbor City Times</title>
<meta property="og:site_name" content="Harbor City Times">
<meta property="og:title" content="{e(a['title'])}">
</head>
<body>
<div class="nav">{en_nav_html()}</div>
<div class="main">
<div class="story">
<h1>{e(a['title'])}</h1>
<div class="dateline">{a['date_text']}</div>
{body}
</div>
<div class="calendar"><h2>Events this week</h2><ul>{events}</ul></div>
<div class="latest"><h2>Latest</h2>{link_list(EN_HEADLINES)}</div>
</div>
</body>
</html>
""", dict(url="https://harborcitytimes.example/2025/10/31/city-soc")


def page_latin1_en(a):
    """A personal site in windows-1252 declared as ISO-8859-1, with a table layout."""
    body = blocks_html(a["blocks"])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{e(a['title'])} - René's notebook</title>
</head>
<body>
<table width="700"><tr><td valign="top" width="150"><p><a href="/">Home</a><br><a href="/notes/">Notes</a><br><a href="/talks/">Talks</a><br><a href="/contact.html">Contact</a></p></td>
<td valign="top">
<h1>{e(a['title'])}</h1>
<p><i>{a['date_text']} &middot; {e(a['author'])}</i></p>
{body}
<p><a href="/notes/">&laquo; back to all notes</a></p>
</td></tr></table>
<p align="center"><small>&copy; 2025 René Fournier</small></p>
</body>
</html>
""", dict(url="http://rene.kakuu.example/notes/cafe-portal.html", encoding="WINDOWS-1252", author=None)


def page_forum_en(a):
    """Q&A column on a magazine site with a long reader discussion below it."""
    body = blocks_html(a["blocks"])
    thread = [
        ("wifi_wizard", "I did exactly this for years. In the end I bought a cheap access point because the old router kept dropping connections anyway."),
        ("pat", "Good advice about UPnP. Most people don't even know it's turned on by default on many routers."),
        ("grumpy_admin", "Separate network segment is the key point here. Put it on a guest VLAN and it matters much less what firmware it runs."),
        ("linh", "Does flashing open-source firmware solve the update problem? Some old routers are supported by community projects."),
        ("Security Desk", "Linh, it can, if your model is supported and you are comfortable with the process. Check the project's hardware list first."),
    ]
    cm = "".join('<div class="reader-comment"><span class="commenter">%s</span><p>%s</p><span class="votes">▲ %d</span></div>' % (u, e(t), 10 - i) for i, (u, t) in enumerate(thread))
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{e(a['title'])} | Kakuu Home Tech</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="Kakuu Home Tech">
</head>
<body>
<div class="top">{en_nav_html()}</div>
<div class="column">
<h1>{e(a['title'])}</h1>
<div class="col-info">{a['date_text']} | {e(a['author'])}</div>
<div class="col-body">
{body}
</div>
<div class="ask"><p>Have a question for the Security Desk? Send it to ask@homethech.example.</p></div>
</div>
<div class="discussion"><h2>Reader discussion ({len(thread)})</h2>{cm}</div>
</body>
</html>
""", dict(url="https://hometech.kakuu.example/ask/old-router-access-point", author=None)


PAGES = [
    ("ja_portal_news", JA["logistics_ransom"], page_portal_ja),
    ("ja_tradepress_inline_boxes", JA["invoice_phish"], page_tradepress_ja),
    ("ja_wordpress_blog", JA["sqli_blog"], page_wp_ja),
    ("ja_cert_table_layout", JA["cert_alert"], page_cert_ja),
    ("ja_sjis_old_news", JA["sjis_local_news"], page_sjis_oldnews),
    ("ja_eucjp_column", JA["eucjp_column"], page_eucjp_column),
    ("ja_paginated", JA["paginated_iot"], page_paginated_ja),
    ("ja_vendor_advisory", JA["vendor_advisory"], page_vendor_ja),
    ("ja_press_release", JA["press_release"], page_press_ja),
    ("ja_jsonld_app_shell", JA["jsonld_app"], page_jsonld_app_ja),
    ("ja_personal_blog_comments", JA["hatena_blog"], page_hatena_ja),
    ("ja_br_paragraphs", JA["br_regional"], page_br_regional_ja),
    ("ja_bootstrap_nested", JA["bootstrap_nested"], page_bootstrap_ja),
    ("ja_gov_sjis_transport", JA["gov_notice"], page_gov_ja),
    ("ja_cookie_modal", JA["cookie_modal"], page_cookie_ja),
    ("ja_lang_mislabeled", JA["lang_mislabel"], page_lang_mislabel_ja),
    ("ja_short_brief", JA["short_brief"], page_short_ja),
    ("ja_sjis_undeclared_comments", JA["comment_heavy"], page_comment_heavy_ja),
    ("en_news_wire", EN["wire_breach"], page_wire_en),
    ("en_tech_news_inline_ads", EN["infostealer_tech"], page_technews_en),
    ("en_wordpress_comments", EN["wp_blog"], page_wp_en),
    ("en_vendor_psirt", EN["vendor_psirt"], page_psirt_en),
    ("en_gov_alert", EN["cisa_like"], page_cisa_en),
    ("en_platform_blog", EN["medium_like"], page_medium_en),
    ("en_paginated_guide", EN["paged_guide"], page_paged_en),
    ("en_paywall_jsonld", EN["paywall_jsonld"], page_paywall_en),
    ("en_list_archive_pre", EN["archive_pre"], page_archive_en),
    ("en_newspaper_figure_quote", EN["liveblog_quotes"], page_liveblog_en),
    ("en_press_release", EN["press_release_en"], page_press_en),
    ("en_code_host_advisory", EN["ghsa_like"], page_ghsa_en),
    ("en_newsletter_widgets", EN["substack_like"], page_substack_en),
    ("en_amp", EN["amp_article"], page_amp_en),
    ("en_cookie_wall", EN["cookie_wall"], page_cookiewall_en),
    ("en_short_brief", EN["short_brief_en"], page_short_en),
    ("en_latin1_legacy", EN["latin1_legacy"], page_latin1_en),
    ("en_reader_discussion", EN["forum_comments"], page_forum_en),
]


def encode(text, encoding):
    if encoding == "UTF-8":
        return text.encode("utf-8")
    p = subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=text.encode("utf-8"),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise SystemExit("iconv to %s failed: %s" % (encoding, p.stderr.decode()))
    return p.stdout


def main():
    manifest = []
    for name, art, layout in PAGES:
        page, meta = layout(art)
        enc = meta.get("encoding", "UTF-8")
        data = encode(page, enc)
        with open(os.path.join(HERE, name + ".html"), "wb") as f:
            f.write(data)
        body = expected_text(art["blocks"])
        with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(body)
        lang = meta.get("language", "ja" if name.startswith("ja_") else "en")
        manifest.append({
            "name": name,
            "file": name + ".html",
            "expected": name + ".txt",
            "url": meta.get("url"),
            "content_type": meta.get("content_type"),
            "encoding": enc,
            "title": meta.get("title", art["title"]),
            "published": art["iso"],
            "author": meta["author"] if "author" in meta else art.get("author"),
            "language": lang,
            "canonical_url": meta.get("canonical"),
            "layout": layout.__doc__.strip(),
        })
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"pages": manifest}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d pages written" % len(manifest))


if __name__ == "__main__":
    main()
