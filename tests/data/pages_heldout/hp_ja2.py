# -*- coding: utf-8 -*-
"""Japanese pages, part 2 (incl. Shift_JIS and EUC-JP pages)."""
from hp_parts import *  # noqa

ADV_PRODUCTS = ['Orca Mail Gateway', 'KumoFile Transfer', 'Hoshi Router', 'Tsubasa CMS', 'Minato Web Server', 'Kaede VPN',
                'Shizuku Backup', 'Arashi Firewall', 'Hotaru Camera', 'Sumire Groupware', 'Yamato Print Server', 'Koharu NAS']


def adv_titles(rng, n):
    out = []
    for i in range(n):
        y = 2026 - i // 14
        out.append(('%d-%02d-%02d' % (y, rng.randint(1, 12), rng.randint(1, 28)),
                    '%sの脆弱性%sに関する注意喚起' % (rng.choice(ADV_PRODUCTS), rng.choice(['', '(CVE-%d-%05d)' % (y, rng.randint(10000, 39999))]))))
    return out


def ja_cert_advisory_sjis():
    name = 'ja_cert_advisory_sjis'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'www.jpcsirt.example'
    url = 'https://%s/at/2026/at260007.html' % host
    title = 'AsterGate Secure Accessの脆弱性(CVE-2026-10234)に関する注意喚起'
    pub = jst(2026, 2, 12, 11, 0)
    blocks = [
        ('h', 'I. 概要'),
        ('p', 'アステル・ネットワークス社が提供するリモートアクセス製品「AsterGate Secure Access」には、認証を回避して任意のコマンドを実行される脆弱性(CVE-2026-10234)があります。この脆弱性が悪用された場合、遠隔の第三者によって、認証なしに装置の管理者権限で任意のコードを実行される可能性があります。'),
        ('p', '本脆弱性について、開発者は、すでに悪用を確認していると公表しています。また、当センターでも、国内の組織から本脆弱性の悪用が疑われる被害の報告を受けています。開発者が提供する情報をもとに、修正済みバージョンへのアップデートや、侵害の有無の確認を早急に実施してください。'),
        ('h', 'II. 対象'),
        ('p', '対象となる製品とバージョンは次のとおりです。'),
        ('table', [['製品', '影響を受けるバージョン', '修正済みバージョン'],
                   ['AsterGate Secure Access 9.x', '9.0R1から9.3R4まで', '9.3R5'],
                   ['AsterGate Secure Access 10.x', '10.0R1から10.2R2まで', '10.2R3'],
                   ['AsterGate Policy Server', '4.1R1から4.4R1まで', '4.4R2']]),
        ('p', 'なお、サポートが終了しているバージョン8.x以前については、開発者は修正版を提供しない方針です。詳細は、開発者が提供する情報を確認してください。'),
        ('h', 'III. 対策'),
        ('p', '開発者は本脆弱性を修正したバージョンを公開しています。十分なテストを実施の上、修正済みバージョンを適用することをご検討ください。'),
        ('p', 'また開発者は、アップデートの前に、製品に組み込まれている完全性チェックツール(ICT)を実行し、侵害の痕跡がないことを確認するよう推奨しています。'),
        ('h', 'IV. 侵害の有無の確認'),
        ('p', '本脆弱性を悪用された場合、次のような痕跡が残る可能性があります。'),
        ('ul', ['管理画面のアクセスログに、ログインを伴わない /api/v1/diag/ へのPOSTリクエストが記録されている',
                '装置内に、開発者が配布していない不審なファイル(拡張子が .cgi や .pl のもの)が作成されている',
                '装置から、業務上想定されない外部のIPアドレスへの通信が発生している']),
        ('p', '侵害が確認された場合は、装置を初期化した上で修正済みバージョンを適用し、装置に保存されていたアカウントの認証情報や証明書を変更してください。あわせて、装置を経由して内部ネットワークへ侵入されていないかを調査することを推奨します。'),
        ('h', 'V. 参考情報'),
        ('ul', ['アステル・ネットワークス社 セキュリティアドバイザリ ASA-2026-004',
                'JVNVU#91234567 AsterGate Secure Access における認証回避の脆弱性']),
        ('p', '今回の件につきまして、提供いただける情報がございましたら、当センターまでご連絡ください。'),
        ('h', '改訂履歴'),
        ('table', [['日付', '内容'], ['2026-02-12', '初版'], ['2026-02-13', 'II. 対象の修正済みバージョンの記載を更新']]),
    ]
    body = render(blocks, 'ja', h_tag='h3', old_table=True, wrap=64, ind='')
    adv = adv_titles(rng, 60)
    menu = ['注意喚起', '脆弱性情報', 'インシデント対応', '早期警戒', '制御システムセキュリティ', '国際連携', 'セミナー・イベント',
            '公開資料', 'よくある質問', '報告・お問い合わせ', 'このセンターについて', '採用情報', 'English']
    page = '''<body bgcolor="#ffffff" text="#000000" link="#003399" vlink="#663399" marginwidth="0" marginheight="0">
<a name="top"></a>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" id="header">
<table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr>
<td><a href="/"><img src="/img/jpcsirt_logo.gif" width="260" height="56" border="0" alt="JPCSIRT 調整センター"></a></td>
<td align="right" valign="bottom"><font size="2"><a href="/sitemap.html">サイトマップ</a> | <a href="/english/">English</a> | <a href="/contact.html">お問い合わせ</a></font>
<form action="/search/" method="get"><input type="text" name="q" size="20"><input type="submit" value="検索"></form></td>
</tr></table>
<table width="100%%" border="0" cellspacing="0" cellpadding="3" bgcolor="#003366"><tr>%s</tr></table>
</td></tr>
<tr>
<td width="200" valign="top" id="leftmenu" bgcolor="#eef2f7">
<table width="190" border="0" cellspacing="0" cellpadding="4">
<tr><td><font size="2"><b>注意喚起</b></font></td></tr>
%s
</table>
</td>
<td width="760" valign="top" id="contents">
<div class="breadcrumb"><font size="2"><a href="/">HOME</a> &gt; <a href="/at/">注意喚起</a> &gt; 2026年</font></div>
<div class="header-info" align="right"><font size="2">JPCSIRT-AT-2026-0007<br>
JPCSIRT 調整センター<br>
2026-02-12(公開)<br>
2026-02-13(更新)</font></div>
<h2 class="title">%s</h2>
<div class="share"><a href="https://share.example/?u=%s">ポスト</a> <a href="#">シェア</a> <a href="#">印刷用ページ</a></div>
<div id="article">
%s
</div>
<div class="contact-box" style="border:1px solid #999;padding:8px">
<p><font size="2"><b>このページに関するお問い合わせ</b><br>
JPCSIRT 調整センター 早期警戒グループ<br>
Email: ew-info@jpcsirt.example<br>
※ 本文書の内容は、作成時点で当センターが入手した情報に基づいています。</font></p>
</div>
<p align="right"><a href="#top"><font size="2">ページの先頭へ</font></a></p>
<hr size="1">
<h3 class="recent">最近の注意喚起</h3>
<table border="0" cellpadding="3" class="list">
%s
</table>
</td>
</tr>
<tr><td colspan="2" id="footer" align="center" bgcolor="#eeeeee"><font size="1">
%s<br>
Copyright &copy; 1996-2026 JPCSIRT Coordination Center. All rights reserved.</font></td></tr>
</table>
</body>''' % (
        ''.join('<td align="center"><a href="/%s/"><font color="#ffffff" size="2"><b>%s</b></font></a></td>' % (rand_id(rng, 4, 'abcdefghij'), esc(m)) for m in menu[:8]),
        '\n'.join('<tr><td><font size="2">&#9655; <a href="/at/%s.html">%s</a></font></td></tr>' % (rand_id(rng, 6), esc(t)) for _, t in adv[:40]),
        esc(title), url, body,
        '\n'.join('<tr><td nowrap><font size="2">%s</font></td><td><font size="2"><a href="/at/%s.html">%s</a></font></td></tr>' % (d, rand_id(rng, 6), esc(t)) for d, t in sorted(adv[20:], reverse=True)),
        ' | '.join('<a href="/%s/">%s</a>' % (rand_id(rng, 5, 'abcdefghij'), esc(m)) for m in menu + ['プライバシーポリシー', 'ウェブサイトのご利用について']))
    head = '\n'.join([
        '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
        '<meta http-equiv="Content-Style-Type" content="text/css">',
        '<meta http-equiv="Content-Script-Type" content="text/javascript">',
        '<title>%s</title>' % esc(title),
        '<meta name="description" content="%s">' % attr('JPCSIRT調整センターによる注意喚起: ' + title),
        '<meta name="keywords" content="注意喚起,脆弱性,AsterGate,CVE-2026-10234">',
        '<link rel="stylesheet" type="text/css" href="/css/common.css">',
        '<link rel="stylesheet" type="text/css" href="/css/print.css" media="print">',
        '<style type="text/css">\n<!--\n%s\n-->\n</style>' % css_blob(rng, ['title', 'share', 'breadcrumb', 'header-info', 'contact-box', 'recent', 'list'], 160, media=False),
        '<script type="text/javascript" src="/js/menu.js"></script>',
        '<script type="text/javascript">\n<!--\nfunction MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}\nfunction MM_preloadImages(){var d=document;if(d.images){if(!d.MM_p)d.MM_p=new Array();var i,j=d.MM_p.length,a=MM_preloadImages.arguments;for(i=0;i<a.length;i++)if(a[i].indexOf("#")!=0){d.MM_p[j]=new Image;d.MM_p[j++].src=a[i];}}}\n//-->\n</script>',
    ])
    return dict(name=name, url=url, content_type=None, encoding='Shift_JIS', title=title, published=pub,
                author=None, language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page, doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">'),
                layout='CERT advisory in Shift_JIS (meta http-equiv): table layout with 40-link left menu, right-aligned advisory id/date block, roman-numbered sections, bordered version tables, revision history (body), contact box (not body), hard-wrapped source lines.')


def ja_ipa_consult_sjis_nodecl():
    name = 'ja_ipa_consult_sjis_nodecl'
    rng = random.Random(name)
    N = Namer('none', name)
    host = 'www.joho-anshin.example'
    url = 'http://%s/anshin/mgdayori20260206.html' % host
    title = '「偽のセキュリティ警告」に表示された番号へ電話しないでください'
    pub = None
    blocks = [
        ('p', '最近、パソコンでインターネットを閲覧中に、突然「ウイルスに感染しました」という警告画面が表示され、画面に書かれた電話番号に電話をかけてしまったという相談が、当窓口に多く寄せられています。'),
        ('p', '2025年度の第3四半期(10月から12月)に寄せられた同様の相談は1,146件で、前の四半期から約2割増えました。相談者のおよそ6割が60歳以上の方です。'),
        ('h', '■相談の事例'),
        ('p', '「パソコンで動画サイトを見ていたら、大きな警告音とともに『ウイルスを検出しました。すぐにサポートに電話してください』という画面が出た。電話をすると、片言の日本語を話す男性から、遠隔操作のソフトを入れるよう指示された。その後、修理費用としてコンビニで電子マネーを5万円分買うように言われたが、どうすればよいか。」'),
        ('h', '■手口の特徴'),
        ('lines', ['・大きな警告音や音声を流し、利用者を慌てさせる', '・ブラウザーを全画面表示にして、閉じられないように見せかける',
                   '・実在する企業のロゴを無断で表示する', '・電子マネーやギフトカードでの支払いを求める']),
        ('h', '■対処方法'),
        ('p', '偽の警告画面が表示されても、画面に書かれた電話番号には絶対に電話をしないでください。画面は、キーボードのEscキーを長押ししてからブラウザーを終了することで閉じられます。閉じられない場合は、パソコンを再起動してください。'),
        ('p', 'すでに電話をかけて遠隔操作ソフトをインストールしてしまった場合は、そのソフトをアンインストールしたうえで、パソコンのパスワードや、ネットバンキングなどのパスワードを変更してください。電子マネーを購入して番号を伝えてしまった場合は、すぐに発行元の窓口に連絡してください。'),
        ('p', '不安な場合や対処方法がわからない場合は、一人で悩まずに当窓口までご相談ください。'),
    ]
    body = render(blocks, 'ja', style='br', indent_ja=True, wrap=46, br_sep='<br />\n<br />\n')
    side = ['トップページ', '安心相談窓口について', '相談窓口だより', 'よくある相談と回答', '手口の紹介', '対策のしおり', '啓発映像', '教材ダウンロード',
            '統計情報', '報告の受付', '届出状況', 'セミナー', '刊行物', 'お知らせ', 'サイトマップ', 'リンク集', 'アクセシビリティ', 'English']
    dayori = ['%d年%d月 %s' % (y, m, t) for (y, m), t in zip([(2026, 1), (2025, 12), (2025, 11), (2025, 10), (2025, 9), (2025, 8), (2025, 7), (2025, 6), (2025, 5), (2025, 4), (2025, 3), (2025, 2), (2025, 1), (2024, 12), (2024, 11), (2024, 10)],
              ['宅配業者を装うSMSに注意', '年末年始に向けて確認したい3つの設定', 'ネット通販の偽サイトの見分け方', 'アカウントの乗っ取りに気付いたら',
               'スマートフォンの不審なアプリに注意', '夏休み、子どものゲームの課金トラブル', '「当選しました」というメールへの対応', 'パスワードの使い回しをやめよう',
               '偽の請求書メールにご用心', '新生活、フリーWi-Fiを使うときの注意', '確定申告の時期の不審メール', 'サポート期間が終了したソフトウェア',
               '暗号資産への投資勧誘', '年末の大掃除、パソコンの処分方法', '宛先を確認してから送信しよう', 'ルーターのファームウェア更新'])]
    rows = ''.join('<tr><td nowrap><font size="2">%s</font></td><td><font size="2"><a href="mgdayori%d.html">%s</a></font></td></tr>\n' % (
        x[:x.index('月') + 1], 20250000 + i, esc(x[x.index('月') + 2:])) for i, x in enumerate(dayori))
    faq = ''.join('<li><font size="2"><a href="faq%02d.html">%s</a></font></li>\n' % (i, esc(q)) for i, q in enumerate([
        'Q1. 知らないアドレスからメールが届きました。開いても大丈夫ですか', 'Q2. パソコンの動きが遅いのはウイルスのせいですか', 'Q3. 無料のウイルス対策ソフトでも大丈夫ですか',
        'Q4. スマートフォンにもウイルス対策は必要ですか', 'Q5. パスワードはどのように管理すればよいですか', 'Q6. ネットショッピングで代金を払ったのに商品が届きません',
        'Q7. SNSのアカウントが乗っ取られました', 'Q8. 身に覚えのない請求のSMSが届きました', 'Q9. 古いパソコンを処分するときの注意点は', 'Q10. 家族が偽の警告画面に電話してしまいました',
        'Q11. ルーターの設定は変更したほうがよいですか', 'Q12. 子どもにスマートフォンを持たせるときの注意点は']))
    js_old = '\n'.join('function menuOver%d(){document.images["m%d"].src="img/menu%d_on.gif";}\nfunction menuOut%d(){document.images["m%d"].src="img/menu%d.gif";}' % ((i,) * 6) for i in range(90))
    page = '''<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" onload="MM_preloadImages('img/menu1_on.gif','img/menu2_on.gif')">
<table width="100%%" border="0" cellpadding="0" cellspacing="0">
<tr><td bgcolor="#336699" height="64"><a href="/"><img src="img/title.gif" width="400" height="64" border="0" alt="情報安心ネット"></a></td></tr>
<tr><td bgcolor="#DDE6F0"><font size="2">&nbsp;<a href="/">ホーム</a> &gt; <a href="/anshin/">安心相談窓口</a> &gt; 相談窓口だより</font></td></tr>
</table>
<table width="100%%" border="0" cellpadding="8" cellspacing="0">
<tr>
<td width="180" valign="top" bgcolor="#F3F6FA">
%s
<br>
<table width="100%%" border="1" cellpadding="4" cellspacing="0" bordercolor="#99AACC"><tr><td><font size="2"><b>ご相談はこちら</b><br>
電話:03-0000-0000<br>
受付時間:10:00から12:00、13:30から17:00(土日祝日・年末年始は除く)<br>
メール:anshin@joho-anshin.example</font></td></tr></table>
</td>
<td valign="top">
<table width="100%%" border="0" cellpadding="0" cellspacing="0"><tr><td bgcolor="#336699"><font color="#FFFFFF" size="2"><b>&nbsp;安心相談窓口だより</b></font></td></tr></table>
<br>
<font size="4"><b>%s</b></font><br>
<div align="right"><font size="2">最終更新日:2026年2月6日</font></div>
<hr size="1" noshade>
<font size="3">
%s
</font>
<br>
<br>
<hr size="1" noshade>
<font size="2"><b>関連ページ</b></font>
<ul>
<li><font size="2"><a href="faq10.html">Q10. 家族が偽の警告画面に電話してしまいました</a></font></li>
<li><font size="2"><a href="teguchi05.html">手口の紹介:偽のセキュリティ警告(サポート詐欺)</a></font></li>
<li><font size="2"><a href="movie03.html">啓発映像「その電話、かける前に」</a></font></li>
</ul>
<table width="100%%" border="0" cellpadding="4" cellspacing="1" bgcolor="#99AACC">
<tr><td colspan="2" bgcolor="#DDE6F0"><font size="2"><b>相談窓口だより バックナンバー</b></font></td></tr>
%s
</table>
<br>
<font size="2"><b>よくある相談と回答</b></font>
<ul>
%s
</ul>
</td>
</tr>
</table>
<table width="100%%" border="0" cellpadding="6" cellspacing="0"><tr><td bgcolor="#336699" align="center"><font color="#FFFFFF" size="1">
<a href="/privacy.html"><font color="#FFFFFF">個人情報保護方針</font></a> | <a href="/policy.html"><font color="#FFFFFF">サイトポリシー</font></a> | <a href="/link.html"><font color="#FFFFFF">リンクについて</font></a> | <a href="/contact.html"><font color="#FFFFFF">お問い合わせ</font></a><br>
Copyright (C) Joho Anshin Net. All Rights Reserved.</font></td></tr></table>
</body>''' % (
        '<br>\n'.join('<a href="/%s/" onmouseover="menuOver%d()" onmouseout="menuOut%d()"><img name="m%d" src="img/menu%d.gif" width="170" height="28" border="0" alt="%s"></a>' % (
            rand_id(rng, 5, 'abcdefghij'), i, i, i, i, attr(s)) for i, s in enumerate(side)),
        esc(title), body, rows, faq)
    head = '\n'.join([
        '<title>情報安心ネット - 安心相談窓口だより - %s</title>' % esc(title),
        '<meta name="keywords" content="サポート詐欺,偽警告,相談">',
        '<link rel="stylesheet" href="../css/style.css" type="text/css">',
        '<script language="JavaScript">\n<!--\nfunction MM_preloadImages(){var d=document;if(d.images){if(!d.MM_p)d.MM_p=new Array();var i,j=d.MM_p.length,a=MM_preloadImages.arguments;for(i=0;i<a.length;i++)if(a[i].indexOf("#")!=0){d.MM_p[j]=new Image;d.MM_p[j++].src=a[i];}}}\n%s\n//-->\n</script>' % js_old,
        '<style type="text/css">\n<!--\n%s\n-->\n</style>' % css_blob(rng, ['txt', 'menu', 'pan', 'title', 'bn', 'faq', 'rt', 'bg1', 'bg2'], 90, media=False),
    ])
    return dict(name=name, url=url, content_type=None, encoding='Shift_JIS', title=title, published=pub,
                author=None, language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page, doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'),
                layout='Old public-agency consultation page in Shift_JIS with NO charset declaration (no meta, no header): nested tables, <font>, paragraphs as <br />-pairs with leading U+3000, hard-wrapped lines, bullet lines joined by single <br>, back-number table.')


def ja_gov_notice_sjis_header():
    name = 'ja_gov_notice_sjis_header'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'www.gyosei-sec.example'
    url = 'https://%s/active/notice/20260227.html' % host
    title = '年度末から年度初めにかけての情報セキュリティ対策の徹底について(注意喚起)'
    pub = jst(2026, 2, 27, 15, 0)
    blocks = [
        ('p', '年度末から年度初めにかけては、人事異動や組織改編、情報システムの更改などが集中し、情報セキュリティ上のリスクが高まる時期です。例年、この時期には、退職者アカウントの削除漏れや、引継ぎ不足による設定誤り、メールの誤送信などの事案が多く報告されています。'),
        ('p', 'また昨年度は、年度末の繁忙期を狙い、取引先や所管官庁を装って請求書や調査票の確認を求める標的型メールが、複数の機関で確認されました。'),
        ('p', '各府省庁等においては、下記の事項に留意し、情報セキュリティ対策を徹底するようお願いします。'),
        ('h', '1. アカウントの管理'),
        ('ol', ['異動や退職に伴い不要となったアカウントは、速やかに削除又は無効化すること。',
                '共用アカウントのパスワードは、担当者の異動に合わせて変更すること。',
                '管理者権限の付与状況を定期的に確認し、必要最小限とすること。']),
        ('h', '2. 外部から接続可能な機器の管理'),
        ('ol', ['VPN装置やリモートデスクトップ等の外部から接続可能な機器について、最新の修正プログラムが適用されていることを確認すること。',
                '使用していない外部接続の経路を閉鎖すること。',
                '保守事業者が利用する接続経路について、利用の都度許可する運用とすること。']),
        ('h', '3. 標的型メールへの警戒'),
        ('p', '請求書や人事に関する通知を装ったメールに注意してください。不審なメールを受信した場合は、添付ファイルを開いたりリンクをクリックしたりせず、組織内の情報セキュリティ担当者に報告してください。'),
        ('p', '特に、普段やり取りのない相手から、パスワード付きの圧縮ファイルが送られてきた場合や、本文中のリンクからファイルをダウンロードさせようとする場合には、電話等の別の手段で送信者に確認することが有効です。'),
        ('h', '4. 情報システムの更改時の確認'),
        ('p', 'システムの更改や移行に当たっては、旧システムに保存されていたデータの消去、旧システムで利用していたアカウントの停止、新システムにおける公開範囲の設定について、チェックリスト等を用いて確認してください。'),
        ('h', '5. インシデント発生時の連絡'),
        ('p', '情報セキュリティインシデントが発生した場合、又はその疑いがある場合には、各府省庁等の定める手順に従い、速やかに当室に連絡してください。夜間や休日においても、緊急連絡先への連絡をお願いします。'),
    ]
    body = render(blocks, 'ja', h_tag='h3', ol_cls='num', ind='', wrap=0)
    notices = [('2026年2月10日', 'ランサムウェア被害の未然防止に向けた取組について'), ('2026年1月16日', '長期休暇明けにおける情報セキュリティ上の留意事項について'),
               ('2025年12月19日', '年末年始における情報セキュリティに関する注意喚起'), ('2025年11月28日', 'クラウドサービスの設定不備による情報漏えいの防止について'),
               ('2025年10月31日', 'DDoS攻撃への備えについて(注意喚起)'), ('2025年9月12日', 'メールの誤送信防止対策の再確認について'),
               ('2025年8月8日', '夏季休暇における情報セキュリティに関する注意喚起'), ('2025年7月4日', '委託先の管理に関する留意事項について'),
               ('2025年6月13日', 'VPN装置の脆弱性への対応について'), ('2025年5月23日', '標的型メール訓練の実施結果について'),
               ('2025年4月25日', '大型連休期間における情報セキュリティに関する注意喚起'), ('2025年3月28日', '年度末から年度初めにかけての情報セキュリティ対策の徹底について(注意喚起)')]
    gnav = ['トップ', '当室について', '政策・計画', '注意喚起', '統計・報告書', '普及啓発', '人材育成', '国際連携', '報道発表', 'お問い合わせ']
    page = '''<body>
<div id="wrapper">
<p class="skip"><a href="#contents">本文へ移動</a></p>
<div id="header">
<p id="site-id"><a href="/"><img src="/img/logo.png" alt="行政情報セキュリティ調整室" width="320" height="48" /></a></p>
<ul id="header-tools"><li><a href="/sitemap.html">サイトマップ</a></li><li><a href="/english/">English</a></li><li><a href="#" onclick="fontSize('L');return false;">文字サイズ 大</a></li><li><a href="#" onclick="fontSize('M');return false;">標準</a></li></ul>
<ul id="gnav">%s</ul>
</div>
<div id="topicpath"><a href="/">トップ</a> &gt; <a href="/active/">注意喚起</a> &gt; 本ページ</div>
<div id="container">
<div id="contents">
<p class="date-issuer">令和8年2月27日<br />
行政情報セキュリティ調整室</p>
<h1 class="notice-title">%s</h1>
<div class="notice-body">
%s
</div>
<div class="attachment"><p>本注意喚起のPDF版:<a href="/active/notice/20260227.pdf">年度末から年度初めにかけての情報セキュリティ対策の徹底について(PDF形式:312KB)</a></p>
<p class="pdf-note">PDFファイルをご覧いただくには、PDF閲覧ソフトが必要です。</p></div>
<div class="inquiry"><h2>お問い合わせ先</h2><p>行政情報セキュリティ調整室 普及啓発担当<br />電話:03-0000-1111(代表)</p></div>
</div>
<div id="side">
<h2>注意喚起の一覧</h2>
<ul class="notice-list">
%s
</ul>
<h2>関連リンク</h2>
<ul>%s</ul>
</div>
</div>
<div id="footer">
<ul>%s</ul>
<p class="copyright">Copyright &copy; Government Information Security Coordination Office. All Rights Reserved.</p>
</div>
</div>
</body>''' % (
        ''.join('<li><a href="/%s/">%s</a></li>' % (rand_id(rng, 5, 'abcdefghij'), esc(g)) for g in gnav), esc(title), body,
        '\n'.join('<li><span class="d">%s</span><a href="/active/notice/%d.html">%s</a></li>' % (d, 20250000 + i, esc(t)) for i, (d, t) in enumerate(notices * 3)),
        ''.join('<li><a href="https://%s.example/">%s</a></li>' % (rand_id(rng, 6, 'abcdefghij'), esc(x)) for x in ['政府統一基準群', '情報セキュリティ対策の手引き', '重要インフラの情報セキュリティ対策', '中小企業向け対策ガイド', '脆弱性対策情報データベース', '注意喚起の配信登録']),
        ''.join('<li><a href="/%s.html">%s</a></li>' % (rand_id(rng, 6, 'abcdefghij'), esc(x)) for x in ['サイトポリシー', 'プライバシーポリシー', 'アクセシビリティ方針', 'ウェブサイトの利用について', 'リンク・著作権について', 'お問い合わせ']))
    head = '\n'.join([
        '<meta http-equiv="Content-Style-Type" content="text/css" />',
        '<title>%s | 行政情報セキュリティ調整室</title>' % esc(title),
        '<meta name="description" content="%s" />' % attr('年度末から年度初めにかけては、人事異動や組織改編などが集中し、情報セキュリティ上のリスクが高まる時期です。'),
        '<link rel="stylesheet" href="/css/base.css" type="text/css" media="all" />',
        '<style type="text/css">%s</style>' % css_blob(rng, ['notice-title', 'notice-body', 'date-issuer', 'attachment', 'inquiry', 'notice-list', 'skip', 'num', 'd'], 520, media=True),
        '<script type="text/javascript" src="/js/jquery.min.js"></script>',
        '<script type="text/javascript">function fontSize(s){var b=document.body;b.className=(s=="L")?"large":"";try{localStorage.setItem("fs",s)}catch(e){}}</script>',
    ])
    return dict(name=name, url=url, content_type='text/html; charset=Shift_JIS', encoding='Shift_JIS', title=title, published=pub,
                author=None, language='ja', canonical_url=None, blocks=blocks, html=doc('ja', head, page, html_attrs=' xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja"', doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'),
                layout='Government notice in Shift_JIS declared ONLY in the HTTP Content-Type (no meta): XHTML, date/issuer block above the title, numbered headings with ordered lists, PDF attachment and inquiry boxes, side list of 36 past notices.')


def ja_press_release():
    name = 'ja_press_release'
    rng = random.Random(name)
    N = Namer('hash', name)
    host = 'prnavi.example'
    url = 'https://%s/main/html/rd/p/000000042.000078123.html' % host
    title = 'ミズナラセキュア、中小企業向けの24時間セキュリティ監視サービス「MizuWatch」を提供開始　月額3万円から'
    pub = jst(2026, 2, 25, 10, 0)
    blocks = [
        ('p', '株式会社ミズナラセキュア（本社：東京都千代田区、代表取締役：楠木直人、以下ミズナラセキュア）は、従業員300人以下の中小企業を対象とした24時間365日のセキュリティ監視サービス「MizuWatch（ミズウォッチ）」を、2026年3月2日より提供開始いたします。'),
        ('raw', figure(rng, N, 'MizuWatchの管理画面イメージ', 'MizuWatchの管理画面')),
        ('h', '■背景'),
        ('p', '近年、ランサムウェアなどのサイバー攻撃による被害は大企業だけでなく、取引先である中小企業にも広がっています。当社が2025年に実施した独自調査では、従業員300人以下の企業のうち、過去3年間に何らかのセキュリティ事故を経験した企業は約3割にのぼりました。'),
        ('p', '一方で、中小企業の多くは専任のセキュリティ担当者を置くことが難しく、「ウイルス対策ソフトを入れているが、警告が出ても誰も確認していない」という声も少なくありません。こうした課題を解決するため、当社は専門のアナリストが企業に代わって監視と初動対応を行うサービスを開発しました。'),
        ('h', '■「MizuWatch」の特長'),
        ('h', '1. 専門アナリストによる24時間監視', 3),
        ('p', '当社のセキュリティオペレーションセンターに常駐するアナリストが、PCやサーバから送られてくる警告を24時間体制で分析します。危険度の高い警告を検知した場合は、該当する端末をネットワークから自動的に切り離し、担当者に電話で連絡します。'),
        ('h', '2. 導入は最短5営業日', 3),
        ('p', '専用の監視エージェントを配布するだけで利用を開始できます。新たなサーバや機器を設置する必要はありません。'),
        ('h', '3. 経営者にもわかりやすい月次レポート', 3),
        ('p', '毎月、検知した脅威の件数や対応状況を、専門用語を使わずにまとめたレポートをお届けします。取引先からセキュリティ対策の状況を問われた際の説明資料としてもご活用いただけます。'),
        ('h', '■料金'),
        ('table', [['プラン', '監視対象', '月額料金（税別）'], ['ライト', 'PC・サーバ50台まで', '30,000円'],
                   ['スタンダード', 'PC・サーバ150台まで', '78,000円'], ['プラス', 'PC・サーバ300台まで', '140,000円']]),
        ('h', '■代表取締役 楠木直人のコメント'),
        ('quote', '「セキュリティ対策は、もはや一部の大企業だけのものではありません。サプライチェーンの一員として、中小企業にも相応の備えが求められる時代です。MizuWatchを通じて、専門家のいない企業でも安心して事業に集中できる環境をつくりたいと考えています。」'),
        ('h', '■提供開始記念キャンペーン'),
        ('p', '2026年5月29日までにお申し込みいただいたお客さまは、初期費用（通常100,000円）を無料といたします。詳しくはサービスサイトをご覧ください。'),
    ]
    body = render(blocks, 'ja', h_tag='h2', h3_tag='h3', h_cls=N('release', 'h2'), table_cls=N('release', 'table'), p_cls=N('release', 'p'), quote_cls=N('release', 'quote'))
    heads = ja_headlines(rng, 30, 0.0)
    others = [('%s、%s' % (c, t)) for c, t in [('はやぶさ通運', '配送状況をLINEで通知するサービスを開始'), ('七海フーズ', '春季限定の新商品3種を発売'),
                                            ('雲雀テクノロジー', '生成AIを活用した議事録作成ツールの提供を開始'), ('月島システムズ', 'クラウド移行支援の新メニューを発表'),
                                            ('霧島観光開発', '温泉旅館向け予約管理システムを刷新'), ('朝凪電鉄', '沿線の観光スポットを巡るデジタルスタンプラリーを開催'),
                                            ('鳴門マテリアル', '再生素材を使った梱包材を開発'), ('くすのき製薬', 'オンライン服薬指導の対象地域を拡大')]]
    company = '''<section class="%s"><h2 class="%s">会社概要</h2>
<dl class="%s"><dt>会社名</dt><dd>株式会社ミズナラセキュア</dd><dt>所在地</dt><dd>東京都千代田区神田錦町3丁目1番地 錦町テラス8階</dd>
<dt>代表者</dt><dd>代表取締役 楠木直人</dd><dt>設立</dt><dd>2017年4月</dd><dt>事業内容</dt><dd>セキュリティ監視サービスの提供、セキュリティ診断、インシデント対応支援、社員教育</dd>
<dt>URL</dt><dd><a href="https://mizunara-secure.example/">https://mizunara-secure.example/</a></dd></dl>
<div class="%s"><h3>本件に関するお問い合わせ先</h3><p>株式会社ミズナラセキュア 広報担当：栗田<br>TEL：03-0000-2222　E-mail：pr@mizunara-secure.example</p></div>
<button class="%s">フォロー</button></section>''' % (N('company'), N('company', 'title'), N('company', 'dl'), N('company', 'contact'), N('company', 'follow'))
    meta_table = '''<div class="%s"><p class="%s">このプレスリリースには、メディア関係者向けの情報があります</p><a href="/login">メディアユーザー登録を行うと、企業担当者の連絡先や、イベント・記者会見の情報など様々な特記情報を閲覧できます。</a></div>
<table class="%s"><tr><th>種類</th><td>商品サービス</td></tr><tr><th>ビジネスカテゴリ</th><td>セキュリティ<br>IT・インターネット</td></tr><tr><th>キーワード</th><td>セキュリティ監視 / 中小企業 / SOC / ランサムウェア対策</td></tr>
<tr><th>位置情報</th><td>東京都千代田区 本社・支社</td></tr><tr><th>関連リンク</th><td><a href="https://mizunara-secure.example/mizuwatch/">https://mizunara-secure.example/mizuwatch/</a></td></tr><tr><th>ダウンロード</th><td><a href="#">プレスリリース素材</a></td></tr></table>''' % (
        N('media-note'), N('media-note', 'title'), N('release-meta'))
    page = '''
<body>
<div id="__prnavi">
<header class="%s"><a href="/" class="%s">PR NAVI</a>
<nav class="%s">%s</nav>
<a class="%s" href="/login">ログイン</a><a class="%s" href="/signup">無料会員登録</a></header>
%s
<main class="%s">
<article class="%s">
<div class="%s"><span class="%s">プレスリリース</span><time datetime="%s">2026年2月25日 10時00分</time><span>株式会社ミズナラセキュア</span></div>
<h1 class="%s">%s</h1>
<p class="%s">専任担当者がいない企業でも、専門アナリストが監視と初動対応を代行</p>
%s
<div class="%s">
%s
</div>
%s
%s
%s
<div class="%s"><h2>株式会社ミズナラセキュアのプレスリリース一覧</h2><ul>%s</ul><a href="#">もっと見る</a></div>
</article>
<aside class="%s">
%s
%s
%s
</aside>
</main>
%s
</div>
</body>''' % (
        N('header'), N('header', 'logo'), N('header', 'nav'),
        ''.join('<a href="/%s">%s</a>' % (rand_id(rng, 5, 'abcdefghij'), x) for x in ['新着', 'ランキング', 'テクノロジー', 'モバイル', 'アプリ', 'エンタメ', 'ビューティー', 'ファッション', 'ライフスタイル', 'ビジネス', 'グルメ', 'スポーツ', '地域']),
        N('header', 'login'), N('header', 'signup'), ad_slot(rng, N, 'ja', 'ad-prnavi-top', (728, 90)), N('layout'), N('release'), N('release', 'meta'), N('release', 'type'), iso(pub),
        N('release', 'title'), esc(title), N('release', 'subtitle'), share_buttons(rng, N, 'ja', url, 212), N('release', 'body'), body,
        meta_table, company, share_buttons(rng, N, 'ja', url), N('company-releases'),
        ''.join('<li><a href="#"><time>2026年%d月%d日</time><span>%s</span></a></li>' % (rng.randint(1, 2), rng.randint(1, 28), esc(t)) for t in [
            'ミズナラセキュア、セキュリティ診断サービスの対象をスマートフォンアプリに拡大', 'ミズナラセキュア、新卒向けセキュリティ研修プログラムを開始',
            'ミズナラセキュア、地方銀行と中小企業支援で業務提携', 'ミズナラセキュア、シリーズBで総額12億円の資金調達を実施']),
        N('side'), ranking(rng, N, 'ja', [(x, '', rand_id(rng, 8)) for x in others], '注目のプレスリリース'),
        related_list(rng, N, 'ja', heads[:10], '新着プレスリリース', teasers=False),
        ad_slot(rng, N, 'ja', 'ad-prnavi-side', (300, 600)),
        site_footer(rng, N, 'ja', 'PR NAVI, Inc.', cols=3))
    desc = '株式会社ミズナラセキュアのプレスリリース：中小企業向けの24時間セキュリティ監視サービス「MizuWatch」を提供開始'
    head = '\n'.join([
        '<meta charset="utf-8">', '<title>%s | 株式会社ミズナラセキュアのプレスリリース</title>' % esc(title),
        '<meta name="description" content="%s">' % attr(desc), '<link rel="canonical" href="%s">' % url,
        common_head_links(rng, host, 8), og_meta(title, desc, url, 'https://%s/og/000000042.jpg' % host, 'PR NAVI', pub=pub),
        '<style data-emotion="css">%s</style>' % page_css(rng, N, 700),
        gtm_snippet('GTM-PRNV77'), ad_loader(rng, ['ad-prnavi-top', 'ad-prnavi-side']),
        state_blob('__PRNAVI_STATE__', make_state(rng, 'ja', ja_headlines(rng, 25, 0.7), host, {'release': {'id': '000000042.000078123', 'companyId': 78123, 'type': '商品サービス', 'media': True}})),
        news_ld(title, url, pub, author='株式会社ミズナラセキュア', author_type='Organization', publisher='PR NAVI', logo='https://%s/logo.png' % host, desc=desc),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='株式会社ミズナラセキュア', language='ja', canonical_url=url, blocks=blocks, html=doc('ja', head, page),
                layout='Press-release wire (hashed CSS-module classes): ■ headings, price table, quoted comment; 会社概要 box, contact, release-metadata table and company release list follow the body (not body).')


def ja_hatena_blog():
    name = 'ja_hatena_blog'
    rng = random.Random(name)
    N = Namer('plain', name)
    host = 'kuroneko-note.hateblo.example'
    url = 'https://%s/entry/2026/01/18/210400' % host
    title = '自宅ルーターのログを眺めていたら、毎晩海外からログインを試みられていた話'
    pub = jst(2026, 1, 18, 21, 4)
    blocks = [
        ('p', 'こんにちは、kuronekoです。先日、自宅のルーターを買い替えたついでに古いほうの管理画面をじっくり眺めていたら、思っていた以上に怖いログが残っていたので、やったことをまとめておきます。'),
        ('p', '同じように「買ったときの設定のまま何年も使っている」という人は多いと思うので、誰かの参考になればうれしいです。'),
        ('h', '何が起きていたか', 3),
        ('p', '使っていたのは、7年ほど前に家電量販店で買った家庭用ルーターです。ログの画面を開くと、毎晩深夜2時から4時ごろにかけて、管理画面へのログイン失敗が数百件ずつ記録されていました。'),
        ('pre', 'Jan 15 02:13:41 login failed: user=admin from 203.0.113.54\nJan 15 02:13:44 login failed: user=admin from 203.0.113.54\nJan 15 02:13:47 login failed: user=root from 203.0.113.54\nJan 15 02:14:02 login failed: user=support from 198.51.100.23'),
        ('p', '原因を調べてみると、「リモート管理」という機能が有効になっていて、インターネット側から管理画面にアクセスできる状態でした。自分で有効にした覚えはないので、購入時の設定だったのか、昔なにかの設定を試したときに有効にしてそのまま忘れていたのか、今となっては分かりません。'),
        ('lines', ['幸い、管理画面のパスワードは初期値から変えていました。', 'もし初期値のままだったら、と思うとぞっとします。']),
        ('h', 'やったこと', 3),
        ('ol', ['リモート管理機能を無効にする', '管理画面のパスワードを長いものに変更する', 'ファームウェアを最新版に更新する（新しいルーターに移行するまでのつなぎとして）', 'UPnPを無効にして、開いているポートを確認する']),
        ('h', '外から見える状態になっていないか確認する', 3),
        ('p', '設定を変えたあと、スマホのテザリングで外部のネットワークから自宅のグローバルIPアドレスに対してポートスキャンをしてみました。自分の管理するネットワーク以外には絶対にやらないでください。'),
        ('pre', '$ nmap -Pn -p 22,23,80,443,8080 192.0.2.10\nPORT STATE SERVICE\n22/tcp filtered ssh\n23/tcp filtered telnet\n80/tcp filtered http\n443/tcp filtered https\n8080/tcp filtered http-proxy'),
        ('p', 'すべて `filtered` になっていて、外部から管理画面にはつながらなくなったことを確認できました。設定変更前は8080番が `open` になっていました。'),
        ('h', 'まとめ', 3),
        ('p', 'ルーターは一度設定すると、壊れるまで触らない機器の代表だと思います。でも、家の中で一番インターネットに近いところにある機器でもあります。年に一度くらいは、管理画面を開いてログと設定を確認する習慣をつけようと思いました。'),
        ('p', '新しいルーターの設定の話は、また別の記事で書きます。'),
    ]
    body = render(blocks, 'ja', h_tag='h3', h3_tag='h3', pre_cls='code', pre_code=False, ind='')
    heads = ja_headlines(rng, 20, 0.0)
    arch = ''.join('<li><a href="/archive/%d/%02d">%d / %d</a></li>' % (y, m, y, m) for y in (2026, 2025, 2024, 2023) for m in range(12, 0, -1) if not (y == 2026 and m > 1))
    my_entries = ['家のNASを10年使って分かったこと', 'Raspberry PiでDNSシンクホールを作った', 'パスワードマネージャーを家族に導入した話', '古いAndroid端末をどう処分するか',
                  'Wi-Fiの暗号化方式を見直した', 'ポートスキャンの基本とやってはいけないこと', '子ども用PCのアカウント設計', 'スマート家電のネットワークを分離した']
    comments = '\n'.join('<li class="comment"><div class="comment-user-name"><a href="/%s">id:%s</a></div><p class="comment-content">%s</p><p class="comment-metadata">2026/01/%d %02d:%02d</p></li>' % (
        n, n, esc(comment_text(rng, 'ja')), rng.randint(18, 25), rng.randint(0, 23), rng.randint(0, 59)) for n in ['tomato_s', 'mimizuku', 'packet_cat', 'ohagi', 'sakura-net', 'yk2'])
    page = '''
<body class="page-entry header-image-enable enable-top-editarea enable-bottom-editarea category-ネットワーク category-セキュリティ globalheader-ng-enabled">
<div id="globalheader-container" data-brand="hatenablog"><iframe id="globalheader" src="https://blog.example/api/globalheader?blog=kuroneko-note" frameborder="0" scrolling="no"></iframe></div>
<div id="container"><div id="container-inner">
<header id="blog-title" data-brand="hatenablog"><div id="blog-title-inner"><div id="blog-title-content"><h1 id="title"><a href="https://%s/">くろねこの雑記帳</a></h1><h2 id="blog-description">家のネットワークと小さなサーバの記録</h2></div></div></header>
<div id="top-editarea">%s</div>
<div id="content" class="hfeed"><div id="content-inner"><div id="wrapper"><div id="main"><div id="main-inner">
<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element chars-1600 words-100 mode-markdown entry-odd" id="entry-1388829103" data-keyword-campaign="" data-uuid="1388829103">
<div class="entry-inner">
<header class="entry-header">
<div class="date entry-date first"><a href="https://%s/archive/2026/01/18" rel="nofollow"><time datetime="2026-01-18T12:04:00Z" title="2026-01-18T12:04:00Z"><span class="date-year">2026</span><span class="hyphen">-</span><span class="date-month">01</span><span class="hyphen">-</span><span class="date-day">18</span></time></a></div>
<h1 class="entry-title"><a href="%s" class="entry-title-link bookmark">%s</a></h1>
<div class="entry-categories categories"><a href="/archive/category/ネットワーク" class="entry-category-link category-ネットワーク">ネットワーク</a><a href="/archive/category/セキュリティ" class="entry-category-link category-セキュリティ">セキュリティ</a></div>
</header>
<div class="entry-content hatenablog-entry">
%s
</div>
<div class="entry-footer">
<div class="entry-tags-wrapper"><div class="entry-tags"></div></div>
<p class="entry-footer-section track-inview-by-gtm"><span class="author vcard"><span class="fn" data-load-nickname="1" data-user-name="kuroneko_note">kuroneko_note</span></span><span class="entry-footer-time"><a href="%s"><time data-relative datetime="2026-01-18T12:04:00Z" class="updated">2026-01-18 21:04</time></a></span></p>
<div class="hatena-star-container" data-hatena-star-container data-hatena-star-url="%s" data-hatena-star-title="%s" data-hatena-star-variant="profile-icon-large" data-hatena-star-profile-url-template="https://blog.example/{username}/"></div>
<div class="social-buttons">%s</div>
<div class="customized-footer">
<div class="related-entries"><div class="hatena-module-title">関連記事</div><ul>%s</ul></div>
</div>
<div class="comment-box js-comment-box"><ul class="comment js-comment">%s</ul><a class="leave-comment-title js-leave-comment-title">コメントを書く</a></div>
</div>
</div>
</article>
<div class="pager pager-permalink permalink"><span class="pager-prev"><a href="/entry/2026/01/25/093000" rel="prev"><span class="pager-arrow">&laquo; </span>新しいルーターをVLANで分けてみた</a></span><span class="pager-next"><a href="/entry/2026/01/04/120000" rel="next">2025年に買ってよかったガジェット<span class="pager-arrow"> &raquo;</span></a></span></div>
</div></div></div>
<aside id="box2"><div id="box2-inner">
<div class="hatena-module hatena-module-profile"><div class="hatena-module-title">プロフィール</div><div class="hatena-module-body"><a href="/about" class="profile-icon-link"><img src="https://cdn.blog.example/users/k/kuroneko_note/profile.png" alt="id:kuroneko_note" class="profile-icon"></a><span class="id"><a href="/about" class="hatena-id-link">id:kuroneko_note</a></span><div class="profile-description"><p>都内で働くインフラエンジニア。休日は家のネットワークをいじっています。書いてあることは個人の見解です。</p></div><div class="hatena-follow-button-box btn-subscribe js-hatena-follow-button-box"><a href="#" class="hatena-follow-button js-hatena-follow-button"><span class="subscribing"><span class="foreground">読者です</span><span class="background">読者をやめる</span></span><span class="unsubscribing"><span class="foreground">読者になる</span><span class="background">読者になる</span></span></a><div class="subscription-count-box js-subscription-count-box"><i></i><u></u><span class="subscription-count">128</span></div></div></div></div>
<div class="hatena-module hatena-module-search-box"><div class="hatena-module-title">検索</div><div class="hatena-module-body"><form class="search-form" role="search" action="/search" method="get"><input type="text" name="q" class="search-module-input" placeholder="記事を検索"><input type="submit" value="" class="search-module-button"></form></div></div>
<div class="hatena-module hatena-module-recent-entries"><div class="hatena-module-title">最新記事</div><div class="hatena-module-body"><ul class="recent-entries hatena-urllist">%s</ul></div></div>
<div class="hatena-module hatena-module-archive"><div class="hatena-module-title">月別アーカイブ</div><div class="hatena-module-body"><ul class="hatena-urllist archive-module-calendar">%s</ul></div></div>
<div class="hatena-module hatena-module-category"><div class="hatena-module-title">カテゴリー</div><div class="hatena-module-body"><ul class="hatena-urllist">%s</ul></div></div>
</div></aside>
</div></div></div></div>
<footer id="footer" data-brand="hatenablog"><div id="footer-inner"><address class="footer-address"><a href="https://%s/">くろねこの雑記帳</a></address><p class="services">Powered by <a href="https://blog.example/">Hatena Blog</a> | <a href="#" class="report-abuse-link">ブログを報告する</a></p></div></footer>
<script src="https://cdn.blog.example/js/blogs.js" data-env="production" data-ads='{"enabled":true}'></script>
</body>''' % (
        host, ad_slot(rng, N, 'ja', 'ad-hatena-top', (728, 90)), host, url, esc(title), body, url, url, attr(title),
        share_buttons(rng, N, 'ja', url, 34),
        ''.join('<li class="urllist-item related-entries-item"><div class="urllist-item-inner"><a href="/entry/%s" class="urllist-title-link">%s</a><div class="urllist-entry-body">%s</div></div></li>' % (
            rand_id(rng, 8), esc(t), esc(s)) for t, s in [
            ('Raspberry PiでDNSシンクホールを作った', '家じゅうの広告とトラッカーをまとめてブロックしたくて、ラズパイにDNSサーバを立てました。設定の手順と、半年使ってみて困ったことをまとめます。'),
            ('ポートスキャンの基本とやってはいけないこと', 'ポートスキャンは便利な道具ですが、他人のネットワークに向けて実行するとトラブルの原因になります。自宅で安全に練習する方法を紹介します。'),
            ('家のNASを10年使って分かったこと', '2016年に買ったNASを10年使い続けてきました。ディスクの交換、バックアップの取り方、そして一度だけ起きたヒヤッとした話。')]),
        comments, ''.join('<li class="urllist-item recent-entries-item"><a href="/entry/%s">%s</a></li>' % (rand_id(rng, 8), esc(t)) for t in my_entries),
        arch, ''.join('<li><a href="/archive/category/%s">%s (%d)</a></li>' % (c, c, rng.randint(2, 40)) for c in ['ネットワーク', 'セキュリティ', 'ラズパイ', 'NAS', '家電', 'ガジェット', '雑記', '読書', 'キャンプ']),
        host)
    desc = 'こんにちは、kuronekoです。先日、自宅のルーターを買い替えたついでに古いほうの管理画面をじっくり眺めていたら…'
    head = '\n'.join([
        '<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=7; IE=9; IE=10; IE=11" />',
        '<title>%s - くろねこの雑記帳</title>' % esc(title), '<link rel="canonical" href="%s"/>' % url,
        '<meta name="description" content="%s">' % attr(desc), common_head_links(rng, host, 2),
        og_meta(title, desc, url, 'https://cdn.blog.example/og/kuroneko.png', 'くろねこの雑記帳', pub=pub),
        '<link rel="stylesheet" type="text/css" href="https://cdn.blog.example/css/blog.css"/>',
        '<style type="text/css" id="blog-design-css">%s</style>' % css_blob(rng, ['entry-content', 'hatena-module', 'entry-title', 'comment', 'pager', 'hatena-module-title', 'urllist-item', 'entry-footer', 'code', 'date'], 900),
        '<script id="embed-gtm-data-layer-loader" data-data-layer-page-specific="">window.dataLayer = window.dataLayer || []; dataLayer.push(%s);</script>' % js({'blog': {'lang': 'ja', 'name': 'kuroneko-note', 'plan': 'free'}, 'content_group': 'entry', 'page_id': 'entry'}),
        gtm_snippet('GTM-HTNB01'),
        '<script type="application/ld+json">%s</script>' % js({'@context': 'http://schema.org', '@type': 'BlogPosting', 'headline': title, 'datePublished': iso(pub), 'author': {'@type': 'Person', 'name': 'kuroneko_note'}, 'mainEntityOfPage': url}),
    ])
    return dict(name=name, url=url, content_type=None, encoding='UTF-8', title=title, published=pub,
                author='kuroneko_note', language='ja', canonical_url=url, blocks=blocks, html=doc('ja', head, page, html_attrs=' data-admin-domain="https://blog.example" data-version="fae2c1"'),
                layout='Personal tech blog on a hosted blog service: entry-content with h3, <pre> logs/commands, single-<br> lines, star/share widgets, related entries with excerpts, comments, profile/archive/category sidebar, prev/next pager.')
