# -*- coding: utf-8 -*-
"""Japanese pages, part 1."""
from hp_parts import *  # noqa


def ja_national_newspaper():
    name = 'ja_national_newspaper'
    rng = random.Random(name)
    N = Namer('bem', name, 'c-')
    host = 'www.tozai-shimbun.example'
    url = 'https://%s/articles/DA3S26030218.html?iref=pc_ss_date_article' % host
    canon = 'https://%s/articles/DA3S26030218.html' % host
    title = '鷹取総合病院にサイバー攻撃　電子カルテ使えず、救急の受け入れ停止'
    pub = jst(2026, 3, 2, 18, 40)
    blocks = [
        ('p', '鷹取市の鷹取総合病院（420床）は2日、院内のシステムがサイバー攻撃を受け、電子カルテが使えなくなったと発表した。ランサムウェア（身代金要求型ウイルス）に感染したとみられ、救急患者の受け入れと新規の外来診療を当面停止する。入院患者の治療は紙のカルテに切り替えて続けている。'),
        ('raw', figure(rng, N, '電子カルテが使えなくなり、紙で受け付けを続ける鷹取総合病院の外来窓口＝2日午後、鷹取市、本社機から', '病院の外来窓口の写真', '撮影・西田陽介')),
        ('p', '病院によると、1日午前3時ごろ、夜勤の職員が電子カルテの端末に英語の脅迫文が表示されているのに気づいた。サーバー内のデータが暗号化されており、復旧には数週間かかる見通しだという。院内の約800台の端末のうち、どの範囲まで被害が広がっているかは調査中としている。'),
        ('p', '攻撃者からは、データを復元する見返りに暗号資産での支払いを求めるメッセージが残されていた。病院は支払いに応じない方針で、県警に被害を相談した。'),
        ('raw', ad_slot(rng, N, 'ja', 'ad-article-middle', (300, 250))),
        ('h', '「紙の運用、長くは続けられない」'),
        ('p', '2日午後に記者会見した早瀬修一院長は「患者の皆さまに多大なご迷惑をおかけし、深くおわびします」と述べた。そのうえで「検査結果や処方の記録を手書きで管理しており、現場の負担は大きい。紙の運用を長く続けることはできない」と話した。'),
        ('p', '病院は2024年に電子カルテを更新した際、外部の保守業者が遠隔で接続できるVPN（仮想私設網）装置を設置していた。この装置には、メーカーが昨年修正プログラムを公開した脆弱（ぜいじゃく）性が残っていた可能性があり、病院は侵入経路との関連を調べている。'),
        ('p', '厚生労働省は医療機関に対し、バックアップをネットワークから切り離して保管することや、VPN装置の更新を速やかに行うことを求めている。同省の担当者は「地域医療への影響が大きく、復旧に向けて必要な支援をしていく」と話した。'),
        ('p', '医療機関へのサイバー攻撃をめぐっては、各地の病院で同様の被害が相次いでいる。情報セキュリティーに詳しい白樺学院大学の三宅礼子教授は「病院は24時間止められないシステムが多く、更新が後回しになりがちだ。経営層が予算と人員を確保することが欠かせない」と指摘する。'),
        ('raw', '<p class="%s">（中村晴香、吉岡大地）</p>' % N('article', 'byline-end')),
    ]
    body = render(blocks, 'ja', p_cls=N('article', 'text'), h_cls=N('article', 'subhead'), ind='      ')
    heads = ja_headlines(rng, 40, 0.5)
    dates = ['3月2日 %d:%02d' % (rng.randint(8, 18), rng.randint(0, 59)) for _ in range(8)]
    side = '\n'.join([
        ad_slot(rng, N, 'ja', 'ad-side-1', (300, 600)),
        ranking(rng, N, 'ja', heads[0:10], views=False),
        '<section%s><h2%s>編集部のおすすめ</h2><ul>%s</ul></section>' % (N.c('pickup'), N.c('pickup', 'heading'), ''.join(
            '<li><a href="/articles/%s"><span>%s</span></a></li>' % (s, esc(t)) for t, _, s in heads[10:18])),
        ad_slot(rng, N, 'ja', 'ad-side-2', (300, 250)),
        '<section%s><h2>東西新聞デジタルの特集</h2><p>%s</p></section>' % (N.c('special'), esc('災害時の医療をどう守るか。被災地の病院や自治体を取材し、課題と教訓を探る連載「いのちの砦」の全回をまとめました。')),
    ])
    expert = ''.join('<li%s><p%s>%s<span>（%s）</span></p><p>%s</p></li>' % (
        N.c('comment-plus', 'item'), N.c('comment-plus', 'who'), esc(w), esc(r), esc(t)) for w, r, t in [
        ('小野寺健', '情報セキュリティー研究者', '今回の事案で注目すべきは、保守用の接続経路が侵入口になった可能性がある点です。病院側が自ら管理していない機器が院内ネットワークにつながっているケースは珍しくありません。契約の段階で、更新の責任を誰が負うのかを明確にしておく必要があります。保守業者にとっても、多数の病院に同じ機器を設置している以上、一か所の弱点が連鎖する危険を自覚すべきでしょう。'),
        ('佐伯みどり', '医療経営コンサルタント', '地方の中規模病院では、情報システムの担当者が1〜2人というのが実情です。診療報酬でセキュリティー対策の費用を手当てする仕組みが必要ではないでしょうか。'),
    ])
    page = '''
<body class="%s">
%s
%s
<div id="page">
<header%s>
  <div%s><a href="/" class="%s"><img src="https://%s/img/logo.svg" alt="東西新聞デジタル" width="180" height="32"></a>
  <form role="search" action="/search/"><input type="search" name="q" placeholder="キーワードを入力"><button>%s</button></form>
  <a href="/login/" class="%s">ログイン</a><a href="/subscribe/" class="%s">有料会員に登録</a></div>
  %s
</header>
%s
%s
<main id="main"%s>
  <article%s>
    <header%s>
      <p%s><a href="/national/">社会</a></p>
      <h1%s>%s</h1>
      <div%s><time datetime="%s">%s</time><span%s>有料記事</span></div>
      %s
    </header>
    <div%s>
%s
    </div>
    <div%s><h2%s>コメントプラス</h2><ul>%s</ul></div>
    %s
    %s
  </article>
  <aside%s>
%s
  </aside>
</main>
%s
%s
%s
</div>
<script src="https://static.%s/_next/static/chunks/main-%s.js" defer></script>
</body>''' % (
        N('page'), svg_sprite(rng), cookie_banner(N, 'ja'), N.c('site-header'), N.c('site-header', 'top'), N('site-header', 'logo'), host,
        use_icon('search'), N('site-header', 'login'), N('site-header', 'subscribe'), mega_menu(rng, N, 'ja'),
        ad_slot(rng, N, 'ja', 'ad-top', (970, 250)),
        breadcrumbs(N, [('東西新聞デジタル', '/'), ('社会', '/national/'), ('事件・事故', '/national/incident/'), (title, None)]),
        N.c('layout'), N.c('article'), N.c('article', 'header'), N.c('article', 'category'), N.c('article', 'title'), esc(title),
        N.c('article', 'meta'), iso(pub), '2026年3月2日 18時40分', N.c('article', 'badge'),
        share_buttons(rng, N, 'ja', canon, 128), N.c('article', 'body'), body,
        N.c('comment-plus'), N.c('comment-plus', 'heading'), expert,
        related_list(rng, N, 'ja', heads[18:26], '関連ニュース', dates=dates),
        share_buttons(rng, N, 'ja', canon),
        N.c('sidebar'), side,
        related_list(rng, N, 'ja', heads[26:36], 'この記事を読んだ人はこんな記事も', teasers=True),
        newsletter_box(N, 'ja', 0), site_footer(rng, N, 'ja', 'The Tozai Shimbun Company', cols=6), host, rand_id(rng, 16))
    desc = '鷹取市の鷹取総合病院（420床）は2日、院内のシステムがサイバー攻撃を受け、電子カルテが使えなくなったと発表した。'
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s：東西新聞デジタル</title>' % esc(title),
        '<meta name="description" content="%s">' % attr(desc),
        '<meta name="keywords" content="サイバー攻撃,ランサムウェア,病院,電子カルテ,鷹取市">',
        '<link rel="canonical" href="%s">' % canon, common_head_links(rng, host, 6),
        og_meta(title, desc, canon, 'https://%s/og/DA3S26030218.jpg' % host, '東西新聞デジタル', pub=pub, section='社会'),
        '<style>%s</style>' % page_css(rng, N, 700),
        gtm_snippet('GTM-TZ4S1N'), datalayer({'pageType': 'article', 'articleId': 'DA3S26030218', 'genre': 'national', 'paywall': 'metered', 'wordCount': 1180}),
        consent_script(), ad_loader(rng, ['ad-top', 'ad-article-middle', 'ad-side-1', 'ad-side-2', 'ad-footer']),
        state_blob('__INITIAL_STATE__', make_state(rng, 'ja', ja_headlines(rng, 40, 0.6), host)),
        news_ld(title, canon, pub, author=['中村晴香', '吉岡大地'], publisher='東西新聞社', logo='https://%s/img/logo.png' % host,
                image='https://%s/og/DA3S26030218.jpg' % host, desc=desc, section='社会'),
        breadcrumb_ld([('東西新聞デジタル', 'https://%s/' % host), ('社会', 'https://%s/national/' % host)]),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='中村晴香', language='ja', canonical_url=canon, blocks=blocks, html=doc('ja', head, page),
                layout='National newspaper (BEM classes): photo figure, mid-article ad, reporter credit line at the end of the body container, expert comment box, ranking and two related lists with teasers.')


def ja_itpress_split():
    name = 'ja_itpress_split'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'www.techwire-jp.example'
    url = 'https://%s/enterprise/articles/2602/17/news041.html' % host
    title = '「境界防御をやめる」と決めた製造業、ゼロトラスト移行3年の記録'
    pub = jst(2026, 2, 17, 7, 0)
    rel = ja_headlines(rng, 4)
    blocks = [
        ('p', '工場の生産ラインから本社の経理まで、約4,000人が働く中堅機械メーカーの北嶺精機（新潟県長岡市）は、3年をかけて社内ネットワークの考え方を根本から切り替えた。きっかけは、海外拠点のVPN装置を経由した不正侵入だった。'),
        ('p', '同社で情報システム部長を務める小松原俊介氏は「境界の内側は安全だという前提が、一晩で崩れた」と振り返る。本稿では、同社が「ゼロトラスト」と呼ばれる考え方にどう向き合い、何につまずき、何を優先したのかを、3回に分けて紹介する。'),
        ('raw', '<div class="cmsBox related-box"><p class="box-title">関連記事</p><ul>%s</ul></div>' % ''.join(
            '<li><a href="/news/articles/%s.html">%s</a><p>%s</p></li>' % (s, esc(t), esc(tz_)) for t, tz_, s in rel)),
        ('h', '発端は海外拠点のVPN装置'),
        ('p', '2022年の秋、タイにある組み立て工場のVPN装置に、既知の脆弱性を突いた侵入があった。攻撃者は拠点間のネットワークを通じて本社のファイルサーバにまで到達し、設計図面を含むフォルダを外部に送信しようとしていた。'),
        ('p', '異常に気付いたのは、たまたま夜間に大容量の通信を監視していた外部の運用委託先だった。通信は途中で遮断され、図面の流出は免れた。だが調査を進めると、侵入から発見までに約3週間が経過していたことが分かった。'),
        ('raw', figure(rng, N, '図1　侵入時の社内ネットワーク構成（北嶺精機の資料を基に編集部で作成）', '侵入時のネットワーク構成図')),
        ('p', '「拠点ごとにVPNでつなぎ、本社の境界で守る。20年近く続けてきた構成で、誰も疑問に思っていなかった」（小松原氏）。この事案を受けて、同社は経営会議で「境界防御に依存した構成をやめる」という方針を決めた。'),
        ('h', '最初に手を付けたのは「ID」'),
        ('p', 'ゼロトラストへの移行というと、新しいネットワーク機器やクラウドサービスの導入を思い浮かべがちだ。しかし同社が最初に取り組んだのは、社員や委託先のIDを1つの基盤にまとめる作業だった。'),
        ('p', '当時、社内には工場ごとに別々の認証基盤があり、退職者のアカウントが削除されないまま残っている例も少なくなかった。棚卸しの結果、約4,000人の従業員に対して、有効なアカウントが約6,700件見つかったという。'),
        ('ul', ['退職者や異動者のアカウントを人事システムと連動して自動で無効化する',
                'すべてのクラウドサービスへのログインを統合認証基盤に集約する',
                '管理者権限を持つアカウントには、物理的なセキュリティキーを必須とする']),
        ('p', '「IDの棚卸しは地味で、予算も取りにくい。けれど、ここを飛ばすと後の施策がすべて中途半端になる」と小松原氏は強調する。次のページでは、工場のネットワークをどう扱ったのかを見ていく。'),
    ]
    body = render(blocks, 'ja', h_tag='h3', ind='')
    heads = ja_headlines(rng, 36, 0.1)
    pager = ('<div class="cmsPager" id="pager"><p class="pager-current">1/3 ページ</p><ul>'
             '<li class="current"><span>1</span></li><li><a href="news041_2.html">2</a></li><li><a href="news041_3.html">3</a></li>'
             '<li class="next"><a href="news041_2.html">次のページへ</a></li></ul>'
             '<p class="nextpage-title"><a href="news041_2.html">次のページ：工場のネットワークは「分ける」から「見る」へ</a></p></div>')
    page = '''
<body id="techwire" class="article-page pc">
%s
<div id="wrapper">
<div id="header">
  <div id="header-inner"><a href="/" id="logo"><img src="/images/logo_techwire.png" alt="TechWire Japan" width="210" height="40"></a>
  <ul id="header-util"><li><a href="/member/login">ログイン</a></li><li><a href="/member/register">会員登録（無料）</a></li><li><a href="/mailmag/">メールマガジン</a></li></ul></div>
  %s
</div>
<div id="ad-billboard" class="adArea">%s</div>
<div id="contents">
 <div id="main-col">
  %s
  <div id="article" class="article">
   <div class="article-header">
    <p class="series-name"><a href="/series/zerotrust/">連載：ゼロトラスト移行の現場から（1）</a></p>
    <h1 class="title">%s</h1>
    <p class="subtitle">VPN装置への侵入をきっかけに、社内ネットワークの前提を見直した北嶺精機。3年にわたる取り組みを、情報システム部長に聞いた。</p>
    <div class="byline"><span class="date">2026年02月17日 07時00分 公開</span><span class="author">[<a href="/author/aoyama/">青山理沙</a>，TechWire Japan]</span></div>
    %s
   </div>
   <div id="cmsBody" class="article-body">
<div class="inner">
%s
</div>
   </div>
   %s
   %s
   <div class="article-footer-share">%s</div>
   <div class="cmsBox series-list"><h2>連載「ゼロトラスト移行の現場から」</h2><ol><li>「境界防御をやめる」と決めた製造業、ゼロトラスト移行3年の記録（本記事）</li><li><a href="#">工場のネットワークは「分ける」から「見る」へ</a></li><li><a href="#">移行の費用対効果をどう説明したか</a></li></ol></div>
   %s
   %s
  </div>
 </div>
 <div id="side-col">
  %s
  %s
  %s
  <div class="side-box whitepaper"><h2>注目のホワイトペーパー</h2><ul>%s</ul></div>
  %s
 </div>
</div>
%s
</div>
<script src="/js/common.js?v=20260210"></script>
<script>twj.article.init({id:"news041",pages:3,current:1});</script>
</body>''' % (
        svg_sprite(rng), mega_menu(rng, N, 'ja', JA_NAV_IT), ad_slot(rng, N, 'ja', 'ad-billboard-1', (970, 250)),
        breadcrumbs(N, [('TechWire Japan', '/'), ('エンタープライズ', '/enterprise/'), ('セキュリティ', '/enterprise/security/'), ('記事', None)], sep='&gt;'),
        esc(title), share_buttons(rng, N, 'ja', url, 57), body, pager,
        '<p class="credit">［青山理沙，TechWire Japan］</p><p class="copyright">Copyright &copy; TechWire Japan. All rights reserved.</p>',
        share_buttons(rng, N, 'ja', url), related_list(rng, N, 'ja', heads[:6], '関連記事', teasers=True),
        related_list(rng, N, 'ja', heads[6:12], '関連リンク', teasers=False, images=False),
        ad_slot(rng, N, 'ja', 'ad-rect-side', (300, 250)), ranking(rng, N, 'ja', heads[12:22], '記事ランキング'),
        ad_slot(rng, N, 'ja', 'ad-half', (300, 600)),
        ''.join('<li><a href="/wp/%d"><span class="wp-title">%s</span><span class="wp-company">%s</span></a></li>' % (i, esc(t), esc(c)) for i, (t, c) in enumerate([
            ('中堅企業のためのゼロトラスト導入ガイド', '月島システムズ'), ('ランサムウェア対策の優先順位を決める5つの質問', '雲雀テクノロジー'),
            ('IDaaS選定チェックリスト 2026年版', '灯台ソフトウェア'), ('工場ネットワークの可視化入門', '鳴門マテリアル'),
            ('クラウド設定ミスを防ぐ運用設計', '三日月ホールディングス')])),
        newsletter_box(N, 'ja', 2), site_footer(rng, N, 'ja', 'TechWire Japan', cols=5))
    desc = 'VPN装置への侵入をきっかけに、社内ネットワークの前提を見直した北嶺精機。3年にわたる取り組みを、情報システム部長に聞いた。'
    head = '\n'.join([
        '<meta charset="UTF-8">', '<title>%s - TechWire Japan エンタープライズ</title>' % esc(title),
        '<meta name="description" content="%s">' % attr(desc), '<meta name="cXenseParse:pageclass" content="article">',
        '<meta name="author" content="青山理沙">', common_head_links(rng, host, 3),
        og_meta(title, desc, url, 'https://%s/images/og/2602/17/news041.jpg' % host, 'TechWire Japan', pub=pub),
        '<link rel="next" href="news041_2.html">',
        '<style>%s</style>' % page_css(rng, N, 450, ['cmsBox', 'cmsPager', 'inner', 'title', 'byline', 'credit']),
        gtm_snippet('GTM-W7RJ2P'), ad_loader(rng, ['ad-billboard-1', 'ad-rect-side', 'ad-half']),
        '<script>var twjTarget = %s;</script>' % js({'kw': ['ゼロトラスト', 'VPN', '製造業', 'ID管理'], 'ch': 'enterprise', 'sub': 'security', 'page': 1}),
        news_ld(title, url, pub, author='青山理沙', publisher='TechWire Japan', logo='https://%s/images/logo.png' % host, desc=desc),
    ])
    return dict(name=name, url=url, content_type='text/html; charset=UTF-8', encoding='UTF-8', title=title, published=pub,
                author='青山理沙', language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page),
                layout='IT trade press, page 1 of 3: inline related-articles box and figure inside the body, pager with next-page title, credit line, series list, whitepaper sidebar.')


def ja_atit_tutorial_p2():
    name = 'ja_atit_tutorial_p2'
    rng = random.Random(name)
    N = Namer('bem', name, 'p-')
    host = 'atmark-dev.example'
    url = 'https://%s/ait/articles/2601/29/news012_2.html' % host
    title = 'Linuxサーバの操作ログを確実に残す　auditdで「誰が何をしたか」を記録する'
    pub = jst(2026, 1, 29, 5, 0)
    blocks = [
        ('h', 'auditdのインストールと起動'),
        ('p', '前ページでは、シェルの履歴だけでは操作の記録として不十分な理由を説明した。ここからは、Linuxカーネルの監査機能を利用する「auditd」を実際に設定していく。検証にはAlma Linux 9とUbuntu 24.04を使った。'),
        ('p', 'Red Hat系のディストリビューションでは多くの場合、auditdは標準でインストールされている。Ubuntuでは次のコマンドで導入し、サービスを有効にする。'),
        ('pre', '$ sudo apt install auditd audispd-plugins\n$ sudo systemctl enable --now auditd\n$ sudo auditctl -s'),
        ('p', '`auditctl -s` の出力で `enabled 1` と表示されていれば、監査機能は有効になっている。`backlog_limit` はカーネル内に保持できるイベント数の上限で、負荷の高いサーバでは既定値の8192から引き上げておくとよい。'),
        ('h', '監視ルールを書く'),
        ('p', 'auditdの監視ルールは、大きく分けて「ファイルの監視」と「システムコールの監視」の2種類がある。ルールは `/etc/audit/rules.d/` 以下のファイルに記述し、`augenrules` コマンドで読み込む。'),
        ('table', [['ルールの種類', '書式の例', '主な用途'],
                   ['ファイル監視', '-w /etc/passwd -p wa -k identity', '設定ファイルの変更を記録'],
                   ['システムコール監視', '-a always,exit -F arch=b64 -S execve -k exec', 'コマンドの実行を記録'],
                   ['制御ルール', '-b 16384', 'バックログ上限などの動作設定']]),
        ('p', '今回は、ユーザーやグループの定義ファイル、sudoの設定、SSHの設定に対する変更と、管理者権限でのコマンド実行を記録する。次の内容で `/etc/audit/rules.d/50-ops.rules` を作成する。'),
        ('pre', '-w /etc/passwd -p wa -k identity\n-w /etc/group -p wa -k identity\n-w /etc/sudoers -p wa -k priv_conf\n-w /etc/sudoers.d/ -p wa -k priv_conf\n-w /etc/ssh/sshd_config -p wa -k sshd_conf\n-a always,exit -F arch=b64 -S execve -F euid=0 -F auid>=1000 -F auid!=unset -k root_exec'),
        ('p', '最後の行がポイントだ。`auid`（監査用ユーザーID）はログイン時に決まり、`sudo` や `su` で別のユーザーに切り替わっても変わらない。このため、「誰が管理者権限でコマンドを実行したか」を後から追跡できる。'),
        ('h', 'ルールの読み込みと確認', 3),
        ('ol', ['`sudo augenrules --load` を実行してルールを読み込む',
                '`sudo auditctl -l` で、読み込まれたルールの一覧を確認する',
                'テスト用のユーザーで `sudo cat /etc/shadow` を実行する',
                '`sudo ausearch -k root_exec -i` で、実行の記録が残っていることを確かめる']),
        ('p', 'ausearchに `-i` オプションを付けると、数値のユーザーIDやシステムコール番号が名前に変換され、読みやすくなる。出力の一部を次に示す。'),
        ('pre', 'type=SYSCALL msg=audit(01/29/2026 10:42:17.301:1184) : arch=x86_64 syscall=execve success=yes exit=0\nauid=tanaka uid=root gid=root euid=root comm=cat exe=/usr/bin/cat key=root_exec\ntype=EXECVE msg=audit(01/29/2026 10:42:17.301:1184) : argc=2 a0=cat a1=/etc/shadow'),
        ('p', '`auid=tanaka` と `uid=root` が並んでいることから、ユーザー「tanaka」がsudoを使ってrootとしてcatを実行したことが分かる。次のページでは、こうして記録したログを別のサーバに転送し、改ざんされにくい形で保管する方法を解説する。'),
    ]
    body = render(blocks, 'ja', h_tag='h2', h3_tag='h3', h_cls=N('article', 'h2'), table_cls=N('article', 'table'),
                  table_div=N('article', 'table-wrap'), pre_cls='prettyprint')
    heads = ja_headlines(rng, 30, 0.0)
    lessons = ['Linuxサーバの操作ログを確実に残す（1）シェル履歴では足りない理由', 'Linuxサーバの操作ログを確実に残す（2）auditdの設定（本記事）',
               'Linuxサーバの操作ログを確実に残す（3）ログ転送と長期保管', 'SSH鍵の管理を見直す（1）鍵の棚卸し', 'SSH鍵の管理を見直す（2）証明書認証への移行']
    page = '''
<body class="%s">
%s
<header class="%s">
 <div class="%s"><a href="/ait/"><img src="/ait/images/logo.svg" alt="@Dev Atmark" width="140" height="30"></a>
 <nav class="%s"><a href="/ait/subtop/server/">Server &amp; Storage</a><a href="/ait/subtop/security/">Security &amp; Trust</a><a href="/ait/subtop/coding/">Coding Edge</a><a href="/ait/subtop/cloud/">Cloud Native</a><a href="/ait/subtop/ai/">AI</a></nav></div>
 %s
</header>
%s
<div class="%s">
<main class="%s">
 <article class="%s">
  <div class="%s">
   <p class="%s">連載：Linux運用の「当たり前」を見直す（2）</p>
   <h1 class="%s">%s</h1>
   <p class="%s">2026年01月29日 05時00分 公開</p>
   <p class="%s">[佐々木遼，ネットワーク運用技術者]</p>
   <div class="%s"><span>印刷</span><span>通知</span><span>見る</span><span>Share</span></div>
  </div>
  <div class="%s"><span>前のページへ</span><a href="news012.html">1</a><strong>2</strong><a href="news012_3.html">3</a><a href="news012_3.html">次のページへ</a></div>
  <div id="cmsBody" class="%s">
%s
  </div>
  <div class="%s"><a href="news012.html" class="prev">前のページへ</a><span>1</span><strong>2</strong><a href="news012_3.html">3</a><a href="news012_3.html" class="next">次のページへ</a></div>
  <div class="%s"><h2>連載「Linux運用の当たり前を見直す」バックナンバー</h2><ul>%s</ul></div>
  %s
  %s
 </article>
</main>
<aside class="%s">
 %s
 %s
 %s
</aside>
</div>
%s
</body>''' % (
        N('body'), svg_sprite(rng), N('gh'), N('gh', 'inner'), N('gh', 'forums'), mega_menu(rng, N, 'ja', JA_NAV_IT),
        ad_slot(rng, N, 'ja', 'ad-super', (728, 90)), N('container'), N('main'), N('article'), N('article', 'head'),
        N('article', 'series'), N('article', 'title'), esc(title), N('article', 'date'), N('article', 'author'), N('article', 'tools'),
        N('pager'), N('article', 'body'), body, N('pager'),
        N('backnumber'), ''.join('<li><a href="#">%s</a></li>' % esc(x) for x in lessons),
        related_list(rng, N, 'ja', heads[:8], '関連記事', teasers=True),
        tag_list(N, 'ja', ['Linux', 'auditd', 'ログ管理', 'サーバ運用', 'セキュリティ']),
        N('side'), ad_slot(rng, N, 'ja', 'ad-rect', (300, 250)), ranking(rng, N, 'ja', heads[8:18], '@Dev Atmark 人気記事ランキング'),
        related_list(rng, N, 'ja', heads[18:26], '編集部からのお知らせ', teasers=True, images=False),
        site_footer(rng, N, 'ja', 'Atmark Dev Media Inc.', cols=4))
    desc = 'Linuxサーバで「誰が何をしたか」を確実に記録するには。カーネルの監査機能auditdの設定方法を解説する。'
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s（2/3 ページ） - @Dev Atmark</title>' % esc(title),
        '<meta name="description" content="%s">' % attr(desc), common_head_links(rng, host, 3),
        og_meta(title, desc, url, 'https://%s/ait/articles/2601/29/og.jpg' % host, '@Dev Atmark', pub=pub),
        '<link rel="prev" href="news012.html"><link rel="next" href="news012_3.html">',
        '<style>%s</style>' % page_css(rng, N, 600, ['prettyprint']),
        gtm_snippet('GTM-ATDV01'), ad_loader(rng, ['ad-super', 'ad-rect']),
        '<script>window.__AIT_PAGE__ = %s;</script>' % js({'article': 'news012', 'page': 2, 'pages': 3, 'series': 'linux-ops', 'tags': ['Linux', 'auditd']}),
        news_ld(title, url, pub, author='佐々木遼', publisher='@Dev Atmark', logo='https://%s/logo.png' % host, desc=desc),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='佐々木遼', language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page),
                layout='Developer tutorial site, page 2 of 3 (body = this page only): h2/h3, <pre> commands and logs, a table of rule types, ordered steps; pagers above and below, back-number list.')


def ja_security_news_short():
    name = 'ja_security_news_short'
    rng = random.Random(name)
    N = Namer('none', name)
    host = 'www.sec-flash.example'
    url = 'https://%s/article/2026/02/20/41877.html' % host
    title = '通販サイトに不正アクセス、メールアドレス約1.2万件が流出した可能性'
    pub = jst(2026, 2, 20, 8, 12)
    blocks = [
        ('p', '雑貨の通信販売を手がける桐生アパレルは、同社が運営する通販サイトが不正アクセスを受け、会員のメールアドレス約1万2,000件が外部に流出した可能性があることを明らかにした。'),
        ('p', '同社によれば、1月下旬に会員から「登録しているアドレスに不審なメールが届いた」との問い合わせが相次ぎ、調査したところ、サイトの会員検索機能にSQLインジェクションの脆弱性があることが判明した。'),
        ('p', '2025年12月8日から2026年1月30日にかけて、外部から会員データベースへの不正な問い合わせが行われた痕跡が確認されている。対象となるのは同期間に登録されていた会員のメールアドレスで、氏名や住所、パスワード、クレジットカード情報は含まれていないとしている。'),
        ('p', '同社は問題の機能を停止したうえで、個人情報保護委員会へ報告。対象となる会員にはメールで経緯を説明し、不審なメールに注意するよう呼びかけている。'),
    ]
    body = render(blocks, 'ja', ind='')
    heads = ja_headlines(rng, 80, 0.0)
    days = ['2026/02/%02d' % d for d in range(20, 0, -1)]
    headline_list = '\n'.join('<li><span class="date">%s</span><a href="/article/2026/02/%s.html">%s</a></li>' % (days[i // 4], s, esc(t)) for i, (t, _, s) in enumerate(heads[:60]))
    cats = ['脆弱性', '不正アクセス', 'マルウェア', 'ランサムウェア', '情報漏洩', 'フィッシング', '誤送信', '紛失・盗難', '改ざん', 'DDoS', '行政', '製品・サービス', 'イベント', '調査・レポート', '人事', '資格・試験']
    months = ['2026年%d月' % m for m in (2, 1)] + ['2025年%d月' % m for m in range(12, 0, -1)] + ['2024年%d月' % m for m in range(12, 0, -1)]
    page = '''
<body>
<div id="container">
<div id="header">
<div id="logo"><a href="/"><img src="/img/logo.gif" alt="Security Flash" width="300" height="60"></a></div>
<div id="header-banner">%s</div>
<ul id="gnavi"><li><a href="/">ホーム</a></li><li><a href="/category/vuln/">脆弱性</a></li><li><a href="/category/incident/">インシデント</a></li><li><a href="/category/malware/">マルウェア</a></li><li><a href="/category/gov/">行政</a></li><li><a href="/category/product/">製品</a></li><li><a href="/category/event/">イベント</a></li><li><a href="/about/">このサイトについて</a></li></ul>
</div>
<div id="wrap">
<div id="main">
<div id="topicpath"><a href="/">ホーム</a> &gt; <a href="/category/incident/">インシデント</a> &gt; 記事</div>
<div class="article">
<h1>%s</h1>
<p class="date">2026/02/20</p>
%s
<div class="social"><a href="#">ポスト</a> <a href="#">シェア</a> <a href="#">はてブ</a></div>
<div class="pr-text"><span>PR</span> <a href="https://click.adnet.example/c?i=1">今こそ見直すWebアプリ診断　無料の簡易診断受付中</a></div>
</div>
<div class="kanren">
<h2>関連記事</h2>
<ul>%s</ul>
</div>
<div class="kanren">
<h2>同じカテゴリの記事</h2>
<ul>%s</ul>
</div>
<div id="bottom-ad">%s</div>
</div>
<div id="side">
%s
<div class="side-box"><h3>最新ニュース</h3><ul class="headlines">%s</ul></div>
%s
<div class="side-box"><h3>カテゴリ</h3><ul>%s</ul></div>
<div class="side-box"><h3>アーカイブ</h3><ul>%s</ul></div>
<div class="side-box"><h3>注目のセミナー</h3><ul>%s</ul></div>
</div>
</div>
<div id="footer"><ul>%s</ul><p>Copyright &copy; 2005-2026 Security Flash. All Rights Reserved.</p></div>
</div>
<script src="/js/jquery-1.12.4.min.js"></script>
<script>
var _paq = window._paq = window._paq || [];
_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);
(function(){var u="//stats.sec-flash.example/";_paq.push(['setTrackerUrl', u+'matomo.php']);_paq.push(['setSiteId', '3']);
var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);})();
</script>
</body>''' % (
        ad_slot(rng, N, 'ja', 'ad-header', (468, 60), label=False), esc(title), body,
        ''.join('<li><a href="/article/%s.html">%s</a> <span>(2026/02/%02d)</span></li>' % (s, esc(t), rng.randint(1, 19)) for t, _, s in heads[60:68]),
        ''.join('<li><a href="/article/%s.html">%s</a></li>' % (s, esc(t)) for t, _, s in heads[68:76]),
        ad_slot(rng, N, 'ja', 'ad-bottom', (728, 90)),
        ad_slot(rng, N, 'ja', 'ad-side1', (300, 250)), headline_list, ranking(rng, N, 'ja', heads[:10], '人気記事（過去7日間）'),
        ''.join('<li><a href="/category/%d/">%s</a></li>' % (i, esc(c)) for i, c in enumerate(cats)),
        ''.join('<li><a href="/archive/%d/">%s</a></li>' % (i, esc(m)) for i, m in enumerate(months)),
        ''.join('<li><a href="/event/%d.html">%s</a></li>' % (i, esc(e)) for i, e in enumerate([
            '3月5日開催　ランサムウェア被害から学ぶ初動対応', '3月12日開催　中小企業のためのクラウド設定点検', '3月19日開催　脆弱性管理の自動化セミナー',
            '4月2日開催　新任セキュリティ担当者向け基礎講座'])),
        footer_links(rng, 'ja', 12))
    desc = '雑貨の通信販売を手がける桐生アパレルは、同社が運営する通販サイトが不正アクセスを受けたことを明らかにした。'
    head = '\n'.join([
        '<meta charset="UTF-8">', '<title>%s - Security Flash</title>' % esc(title),
        '<meta name="description" content="%s">' % attr(desc),
        og_meta(title, desc, url, 'https://%s/img/ogp.png' % host, 'Security Flash', typ='article'),
        '<link rel="stylesheet" href="/css/style.css?20240401">',
        '<style>%s</style>' % css_blob(rng, ['article', 'kanren', 'side-box', 'headlines', 'date', 'social', 'pr-text', 'ad', 'ad-label'], 380),
        '<script async src="https://tags.metrics.example/gtag/js?id=G-SF2026"></script>',
        "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-SF2026');</script>",
        ad_loader(rng, ['ad-header', 'ad-side1', 'ad-bottom']),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author=None, language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page),
                layout='Security news site (no classes on paragraphs, id-based layout): 4-paragraph article, PR text link, two related lists, sidebar with 60 headlines, ranking, categories and archive.')
