# -*- coding: utf-8 -*-
"""Reusable non-body page furniture (menus, ads, related lists, comments...).
Everything here is NOT article body."""
from hp_lib import *  # noqa
import hashlib


def stable(s):
    return int(hashlib.sha1(s.encode()).hexdigest()[:8], 16)


def _slug(rng):
    return rand_id(rng, 6, 'abcdefghijklmnopqrstuvwxyz')


def mega_menu(rng, N, lang, nav=None, icons=True, tag='nav', label=None):
    nav = nav or (JA_NAV if lang == 'ja' else EN_NAV)
    o = ['<%s%s aria-label="%s">' % (tag, N.c('mega-nav'), attr(label or ('メインメニュー' if lang == 'ja' else 'Main menu')))]
    o.append('<ul%s>' % N.c('mega-nav', 'list'))
    for sec, subs in nav.items():
        o.append('<li%s><button type="button"%s aria-expanded="false">%s%s</button>' % (
            N.c('mega-nav', 'item'), N.c('mega-nav', 'toggle'), esc(sec), svg_icon(rng, 'chev', 'ico', 12) if icons else ''))
        o.append('<div%s><ul%s>' % (N.c('mega-nav', 'panel'), N.c('mega-nav', 'sub')))
        o.append('<li><a href="/%s/">%s%s</a></li>' % (_slug(rng), esc(sec), 'トップ' if lang == 'ja' else ' home'))
        for s in subs:
            o.append('<li><a%s href="/%s/%s/">%s</a></li>' % (N.c('mega-nav', 'link'), _slug(rng), _slug(rng), esc(s)))
        o.append('</ul></div></li>')
    o.append('</ul></%s>' % tag)
    return '\n'.join(o)


def breadcrumbs(N, items, sep=None):
    o = ['<ol%s>' % N.c('breadcrumb')]
    for i, (name, url) in enumerate(items):
        if url:
            o.append('<li%s><a href="%s"><span>%s</span></a></li>' % (N.c('breadcrumb', 'item'), attr(url), esc(name)))
        else:
            o.append('<li%s aria-current="page"><span>%s</span></li>' % (N.c('breadcrumb', 'item'), esc(name)))
        if sep and i < len(items) - 1:
            o.append('<li aria-hidden="true">%s</li>' % sep)
    o.append('</ol>')
    return '<nav aria-label="breadcrumb">' + '\n'.join(o) + '</nav>'


def cookie_banner(N, lang):
    if lang == 'ja':
        t = ('当サイトでは、利便性の向上や広告配信、アクセス解析のためにCookieを使用しています。'
             'サイトを閲覧し続けることで、Cookieの使用に同意したものとみなします。詳しくはCookieポリシーをご確認ください。')
        b = ('同意する', '設定を変更', 'Cookieポリシー')
    else:
        t = ('We and our partners use cookies and similar technologies to store and access information on your device, '
             'to personalise ads and content, measure ad and content performance, and develop and improve our products. '
             'You can change your choices at any time by selecting Cookie Settings in the footer.')
        b = ('Accept all', 'Manage preferences', 'Cookie policy')
    return ('<div%s role="dialog" aria-live="polite" id="cookie-consent"><div%s><p%s>%s</p>'
            '<div%s><button%s type="button">%s</button><button type="button"%s>%s</button>'
            '<a href="/cookie-policy/">%s</a></div></div></div>') % (
        N.c('consent'), N.c('consent', 'inner'), N.c('consent', 'text'), esc(t), N.c('consent', 'actions'),
        N.c('consent', 'accept'), b[0], N.c('consent', 'manage'), b[1], b[2])


def newsletter_box(N, lang, variant=0):
    if lang == 'ja':
        ts = [('メールマガジン登録', '毎朝7時、セキュリティの重要ニュースをまとめてお届けします。登録は無料です。'),
              ('ニュースレターを受け取る', '編集部が選んだ注目記事や、イベントの最新情報を週に2回お送りします。'),
              ('会員登録で記事をもっと読む', '無料会員に登録すると、会員限定記事が月10本まで読めるほか、メールマガジンも受け取れます。')]
        ph, btn, note = 'メールアドレス', '登録する', '登録することで、利用規約とプライバシーポリシーに同意したものとみなされます。'
    else:
        ts = [('Get the Daily Brief', 'The most important security stories of the day, delivered to your inbox every weekday morning.'),
              ('Subscribe to our newsletter', 'Join 120,000 security professionals who get our weekly roundup of breaches, bugs and policy news.'),
              ('Stay ahead of threats', 'Sign up for breaking alerts and in-depth analysis from our research team. Unsubscribe anytime.')]
        ph, btn, note = 'Email address', 'Sign up', 'By signing up you agree to our Terms of Use and acknowledge our Privacy Policy.'
    h, t = ts[variant % 3]
    return ('<aside%s><h3%s>%s</h3><p%s>%s</p><form action="/newsletter/subscribe" method="post"%s>'
            '<input type="email" name="email" placeholder="%s" required><button type="submit">%s</button></form>'
            '<p%s>%s</p></aside>') % (N.c('newsletter'), N.c('newsletter', 'title'), esc(h), N.c('newsletter', 'lead'), esc(t),
                                      N.c('newsletter', 'form'), ph, btn, N.c('newsletter', 'note'), esc(note))


def share_buttons(rng, N, lang, url, count=None):
    names = [('bird', 'X' if lang == 'ja' else 'Post'), ('fb', 'Facebook'), ('line', 'LINE' if lang == 'ja' else 'LinkedIn'),
             ('mail', 'メール' if lang == 'ja' else 'Email'), ('link', 'URLをコピー' if lang == 'ja' else 'Copy link'),
             ('bookmark', 'はてブ' if lang == 'ja' else 'Save')]
    o = ['<div%s>' % N.c('share')]
    if count is not None:
        o.append('<span%s>%d%s</span>' % (N.c('share', 'count'), count, ' シェア' if lang == 'ja' else ' shares'))
    o.append('<ul%s>' % N.c('share', 'list'))
    for ic, label in names:
        o.append('<li><a%s href="https://share.example/?u=%s&amp;s=%s" rel="noopener" target="_blank">%s<span%s>%s</span></a></li>' % (
            N.c('share', 'btn'), attr(url), ic, svg_icon(rng, ic, 'ico', 20), N.c('share', 'label'), esc(label)))
    o.append('</ul></div>')
    return '\n'.join(o)


def ad_slot(rng, N, lang, slot_id, size=(300, 250), label=True, iframe=True, pr=False):
    lab = ('広告' if lang == 'ja' else 'Advertisement') if not pr else ('PR' if lang == 'ja' else 'Sponsored')
    inner = ''
    if iframe:
        inner = ('<iframe id="google_ads_iframe_%s" title="3rd party ad content" name="ad_%s" width="%d" height="%d" '
                 'scrolling="no" marginwidth="0" marginheight="0" frameborder="0" src="about:blank" '
                 'style="border:0;vertical-align:bottom" data-load-complete="true"></iframe>') % (
            slot_id, rand_id(rng, 10), size[0], size[1])
    return ('<div%s id="%s" data-ad-slot="%s" style="min-height:%dpx">%s<div id="%s-inner">%s</div></div>') % (
        N.c('ad'), slot_id, slot_id, size[1], ('<span%s>%s</span>' % (N.c('ad', 'label'), lab)) if label else '',
        slot_id, inner)


def pr_teasers(rng, N, lang, n=4):
    if lang == 'ja':
        items = [('在宅ワークの肩こり、原因は椅子の高さかも？', '整体師が教える、5分でできる姿勢リセット術'),
                 ('年収アップを狙うなら今　ITエンジニア転職の最新事情', '無料のキャリア相談で市場価値をチェック'),
                 ('「うちは狙われない」は本当？中小企業のための対策ガイド', '資料を無料でダウンロード'),
                 ('話題の高速Wi-Fiルーター、今なら最大40%オフ', '期間限定キャンペーン実施中'),
                 ('50代からの資産運用、まず何から始める？', 'ゼロから学べるオンラインセミナー'),
                 ('クラウド移行で運用コストを3割削減した事例', '導入企業インタビューを公開中')]
        lab, spons = 'PR', '提供'
    else:
        items = [('This simple trick cuts your cloud bill in half', 'See how engineering teams are doing it'),
                 ('The 2026 State of Ransomware report is here', 'Download the free report'),
                 ('Why CISOs are rethinking endpoint security', 'Watch the on-demand webinar'),
                 ('Homeowners are switching to this smart lock', 'Limited-time offer'),
                 ('Passwordless in 30 days: a practical guide', 'Get the checklist'),
                 ('Top-rated VPN now 70% off for new users', 'Deal ends soon')]
        lab, spons = 'Sponsored', 'Sponsored by'
    o = ['<div%s><p%s>%s</p><ul>' % (N.c('pr-list'), N.c('pr-list', 'label'), lab)]
    for t, s in rng.sample(items, n):
        o.append('<li%s><a href="https://click.adnet.example/c?i=%s" rel="sponsored nofollow"><img src="https://img.adnet.example/%s.jpg" alt="" width="120" height="80"><span%s>%s</span><span%s>%s %s</span></a></li>' % (
            N.c('pr-list', 'item'), rand_id(rng, 14), rand_id(rng, 10), N.c('pr-list', 'title'), esc(t), N.c('pr-list', 'sponsor'), spons, esc(s)))
    o.append('</ul></div>')
    return '\n'.join(o)


def related_list(rng, N, lang, heads, title=None, teasers=True, images=True, dates=None, base='/articles/'):
    title = title or ('関連記事' if lang == 'ja' else 'Related Articles')
    o = ['<section%s><h2%s>%s</h2><ul%s>' % (N.c('related'), N.c('related', 'heading'), esc(title), N.c('related', 'list'))]
    for i, (t, teaser, slug) in enumerate(heads):
        img = '<img%s src="https://img.example/thumb/%s.jpg" alt="%s" loading="lazy" width="160" height="90">' % (
            N.c('related', 'thumb'), rand_id(rng, 10), attr(t)) if images else ''
        tz_ = '<p%s>%s</p>' % (N.c('related', 'teaser'), esc(teaser)) if teasers else ''
        d = '<time%s>%s</time>' % (N.c('related', 'date'), esc(dates[i % len(dates)])) if dates else ''
        o.append('<li%s><a href="%s%s">%s<h3%s>%s</h3></a>%s%s</li>' % (
            N.c('related', 'item'), base, slug, img, N.c('related', 'title'), esc(t), tz_, d))
    o.append('</ul></section>')
    return '\n'.join(o)


def ranking(rng, N, lang, heads, title=None, views=False):
    title = title or ('アクセスランキング' if lang == 'ja' else 'Most Read')
    tabs = ('<div%s role="tablist"><button role="tab" aria-selected="true">%s</button><button role="tab">%s</button><button role="tab">%s</button></div>' % (
        N.c('ranking', 'tabs'), *(('1時間', '24時間', '週間') if lang == 'ja' else ('Today', 'This week', 'This month'))))
    o = ['<section%s><h2%s>%s</h2>%s<ol%s>' % (N.c('ranking'), N.c('ranking', 'heading'), esc(title), tabs, N.c('ranking', 'list'))]
    for i, (t, teaser, slug) in enumerate(heads):
        v = '<span%s>%s</span>' % (N.c('ranking', 'views'), '{:,}'.format(rng.randint(3000, 90000)) + (' PV' if lang == 'ja' else ' views')) if views else ''
        o.append('<li%s><span%s>%d</span><a href="/articles/%s">%s</a>%s</li>' % (
            N.c('ranking', 'item'), N.c('ranking', 'rank'), i + 1, slug, esc(t), v))
    o.append('</ol></section>')
    return '\n'.join(o)


def comments_section(rng, N, lang, n, title=None, replies=True, votes=True, k_range=None, start_day=None):
    title = title or ('コメント' if lang == 'ja' else 'Comments')
    names = JA_NAMES if lang == 'ja' else EN_NAMES
    o = ['<section%s id="comments"><h2%s>%s<span%s>(%d)</span></h2>' % (N.c('comments'), N.c('comments', 'heading'), esc(title), N.c('comments', 'count'), n)]
    o.append('<ol%s>' % N.c('comments', 'list'))
    i = 0
    while i < n:
        name = rng.choice(names)
        k = rng.randint(*k_range) if k_range else None
        txt = comment_text(rng, lang, k)
        hrs = rng.randint(1, 72)
        when = ('%d時間前' % hrs) if lang == 'ja' else ('%d hours ago' % hrs)
        vote = ''
        if votes:
            if lang == 'ja':
                vote = '<div%s><button>共感した %d</button><button>なるほど %d</button><button>うーん %d</button></div>' % (
                    N.c('comments', 'votes'), rng.randint(0, 900), rng.randint(0, 300), rng.randint(0, 200))
            else:
                vote = '<div%s><button aria-label="Upvote">&#9650; %d</button><button aria-label="Downvote">&#9660;</button><a href="#reply">Reply</a></div>' % (
                    N.c('comments', 'votes'), rng.randint(0, 120))
        o.append('<li%s id="c%d"><div%s><span%s>%s</span><time%s>%s</time></div><div%s><p>%s</p></div>%s' % (
            N.c('comments', 'item'), 1000 + i, N.c('comments', 'meta'), N.c('comments', 'author'), esc(name),
            N.c('comments', 'time'), when, N.c('comments', 'body'), esc(txt), vote))
        i += 1
        if replies and i < n and rng.random() < 0.35:
            o.append('<ol%s>' % N.c('comments', 'replies'))
            for _ in range(rng.randint(1, 3)):
                if i >= n:
                    break
                o.append('<li%s id="c%d"><div%s><span%s>%s</span></div><div%s><p>%s</p></div></li>' % (
                    N.c('comments', 'reply'), 1000 + i, N.c('comments', 'meta'), N.c('comments', 'author'), esc(rng.choice(names)),
                    N.c('comments', 'body'), esc(comment_text(rng, lang, 1))))
                i += 1
            o.append('</ol>')
        o.append('</li>')
    o.append('</ol>')
    o.append('<button%s type="button">%s</button></section>' % (N.c('comments', 'more'), 'もっと見る' if lang == 'ja' else 'Load more comments'))
    return '\n'.join(o)


def author_box(N, lang, name, bio, img=True):
    return ('<div%s>%s<div%s><p%s>%s</p><p%s>%s</p><a%s href="/author/%s/">%s</a></div></div>') % (
        N.c('author-box'), '<img src="https://img.example/authors/%s.jpg" alt="%s" width="64" height="64">' % (stable(name) % 9999, attr(name)) if img else '',
        N.c('author-box', 'body'), N.c('author-box', 'name'), esc(name), N.c('author-box', 'bio'), esc(bio),
        N.c('author-box', 'more'), stable(name) % 99999, '記事一覧' if lang == 'ja' else 'More from this author')


def tag_list(N, lang, tags, title=None):
    title = title or ('タグ' if lang == 'ja' else 'Tags')
    return '<div%s><span%s>%s</span><ul>%s</ul></div>' % (N.c('tags'), N.c('tags', 'label'), esc(title), ''.join(
        '<li><a href="/tag/%s/">%s</a></li>' % (attr(t.lower().replace(' ', '-')), esc(t)) for t in tags))


def site_footer(rng, N, lang, site, year=2026, cols=4, per=6, extra=''):
    pool = JA_FOOTER if lang == 'ja' else EN_FOOTER
    o = ['<footer%s>' % N.c('site-footer')]
    o.append('<div%s>' % N.c('site-footer', 'cols'))
    navpool = list((JA_NAV if lang == 'ja' else EN_NAV).items())
    for i in range(cols):
        sec, subs = navpool[i % len(navpool)]
        o.append('<div%s><h4>%s</h4><ul>%s</ul></div>' % (N.c('site-footer', 'col'), esc(sec), ''.join(
            '<li><a href="/%s/">%s</a></li>' % (_slug(rng), esc(s)) for s in subs[:per])))
    o.append('</div>')
    o.append('<ul%s>%s</ul>' % (N.c('site-footer', 'links'), footer_links(rng, lang)))
    o.append(extra)
    if lang == 'ja':
        o.append('<p%s>Copyright &copy; %d %s All rights reserved. 掲載記事・写真の無断転載を禁じます。</p>' % (N.c('site-footer', 'copy'), year, esc(site)))
    else:
        o.append('<p%s>&copy; %d %s. All rights reserved. Reproduction in whole or in part without permission is prohibited.</p>' % (N.c('site-footer', 'copy'), year, esc(site)))
    o.append('</footer>')
    return '\n'.join(o)


def figure(rng, N, caption, alt, credit=None, w=1200, h=675):
    cr = '<span%s>%s</span>' % (N.c('figure', 'credit'), esc(credit)) if credit else ''
    return ('<figure%s><picture><source type="image/webp" srcset="https://img.example/p/%s.webp 1x, https://img.example/p/%s@2x.webp 2x">'
            '<img src="https://img.example/p/%s.jpg" alt="%s" width="%d" height="%d" loading="lazy" decoding="async"></picture>'
            '<figcaption%s>%s%s</figcaption></figure>') % (N.c('figure'), rand_id(rng, 16), rand_id(rng, 16), rand_id(rng, 16),
                                                            attr(alt), w, h, N.c('figure', 'caption'), esc(caption), cr)


def inline_related(N, lang, heads, title=None):
    title = title or ('あわせて読みたい' if lang == 'ja' else 'Read more')
    return '<aside%s><p%s>%s</p><ul>%s</ul></aside>' % (N.c('inline-related'), N.c('inline-related', 'label'), esc(title), ''.join(
        '<li><a href="/articles/%s">%s</a></li>' % (s, esc(t)) for t, _, s in heads))


def doc(lang, head, body, html_attrs='', doctype='<!DOCTYPE html>'):
    return '%s\n<html lang="%s"%s>\n<head>\n%s\n</head>\n%s\n</html>\n' % (doctype, lang, html_attrs, head, body)


def page_css(rng, N, n, extra=()):
    names = [v for v in N.cache.values() if v] + list(extra)
    if not names:
        names = ['wrap', 'header', 'footer', 'main', 'side', 'nav']
    return css_blob(rng, names, n)
