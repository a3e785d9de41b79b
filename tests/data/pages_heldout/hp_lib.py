# -*- coding: utf-8 -*-
"""Shared helpers for the held-out page generator (Python 3 standard library only).

Article bodies are lists of blocks; the same blocks produce the HTML (render)
and the expected text (expected_text), so both always agree.

Block kinds:
  ('p', s)               paragraph (s uses the inline mini-markup below)
  ('h', s[, level])      heading inside the article (level 2 by default)
  ('ul', [s..]) / ('ol', [s..])   one paragraph per item
  ('dl', [(dt, dd)..])   each term and each description is a paragraph
  ('quote', s)           block quote, one paragraph
  ('table', rows)        one paragraph: rows joined by newline, cells by ' | '
  ('pre', s)             preformatted, keeps its lines (no indentation, no blank lines)
  ('lines', [s..])       one paragraph whose lines are separated by a single <br>
  ('raw', html)          non-body markup placed inside the article (figures, ads...)

Inline mini-markup: **bold**, `code`, [text](url), _{emphasis}_.
"""
import datetime as _dt
import hashlib
import html as _html
import json
import random
import re

# ---------------------------------------------------------------- escaping

def esc(s):
    return _html.escape(s, quote=False)


def attr(s):
    return _html.escape(s, quote=True)


def js(obj, indent=None):
    """JSON for embedding inside a <script> element."""
    s = json.dumps(obj, ensure_ascii=False, indent=indent, separators=None if indent else (',', ':'))
    return s.replace('</', '<\\/')


INL = re.compile(r'\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|_\{(.+?)\}_')


def inline(s, a_extra=''):
    """Mini-markup -> (html, plain text)."""
    h, t, pos = [], [], 0
    for m in INL.finditer(s):
        pre = s[pos:m.start()]
        h.append(esc(pre))
        t.append(pre)
        if m.group(1) is not None:
            ih, it = inline(m.group(1), a_extra)
            h.append('<strong>' + ih + '</strong>')
            t.append(it)
        elif m.group(2) is not None:
            h.append('<code>' + esc(m.group(2)) + '</code>')
            t.append(m.group(2))
        elif m.group(3) is not None:
            ih, it = inline(m.group(3), a_extra)
            h.append('<a href="%s"%s>%s</a>' % (attr(m.group(4)), a_extra, ih))
            t.append(it)
        else:
            ih, it = inline(m.group(5), a_extra)
            h.append('<em>' + ih + '</em>')
            t.append(it)
        pos = m.end()
    h.append(esc(s[pos:]))
    t.append(s[pos:])
    return ''.join(h), ''.join(t)


def itext(s):
    return inline(s)[1]


def ihtml(s, a_extra=''):
    return inline(s, a_extra)[0]


# ---------------------------------------------------------------- expected text

def norm_line(s):
    return re.sub(r'[ \t\r\n\f]+', ' ', s).strip(' ')


def expected_paras(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'h', 'quote'):
            out.append(norm_line(itext(b[1])))
        elif k in ('ul', 'ol'):
            out += [norm_line(itext(x)) for x in b[1]]
        elif k == 'dl':
            for dt, dd in b[1]:
                out += [norm_line(itext(dt)), norm_line(itext(dd))]
        elif k == 'table':
            out.append('\n'.join(' | '.join(norm_line(itext(c)) for c in row) for row in b[1]))
        elif k == 'pre':
            out.append('\n'.join(ln.strip() for ln in b[1].split('\n')))
        elif k == 'lines':
            out.append('\n'.join(norm_line(itext(x)) for x in b[1]))
        elif k == 'raw':
            pass
        else:
            raise ValueError(k)
    for p in out:
        assert p, 'empty paragraph'
        assert '\u3000' not in p and '\xa0' not in p, p
        assert '\n\n' not in p, p
    return out


def expected_text(blocks):
    return '\n\n'.join(expected_paras(blocks))


# ---------------------------------------------------------------- source wrapping

_CJK = re.compile(r'[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]')


def srcwrap(h, width):
    """Insert source line breaks into escaped inline HTML the way hand-written or
    CMS-exported pages do: at a space (English) or between two kana/kanji."""
    if not width:
        return h
    out, col, intag = [], 0, False
    for i, ch in enumerate(h):
        if ch == '<':
            intag = True
        if not intag and col >= width:
            nxt = h[i + 1] if i + 1 < len(h) else ''
            if ch == ' ' and not _CJK.match(h[i - 1]) and not _CJK.match(nxt):
                out.append('\n')
                col = 0
                continue
            if i > 0 and _CJK.match(ch) and _CJK.match(h[i - 1]):
                out.append('\n')
                col = 0
        out.append(ch)
        col += 1
        if ch == '>':
            intag = False
    return ''.join(out)


# ---------------------------------------------------------------- rendering

def _cls(c):
    return ' class="%s"' % c if c else ''


def render_table(rows, cls=None, thead=True, old=False, caption=None, wrap_div=None):
    o = []
    if wrap_div:
        o.append('<div class="%s">' % wrap_div)
    if old:
        o.append('<table border="1" cellspacing="0" cellpadding="4"%s>' % (' width="90%"'))
    else:
        o.append('<table%s>' % _cls(cls))
    if caption:
        o.append('<caption>%s</caption>' % esc(caption))
    for i, row in enumerate(rows):
        if i == 0 and thead:
            if old:
                o.append('<tr bgcolor="#dddddd">' + ''.join('<td><b>%s</b></td>' % ihtml(c) for c in row) + '</tr>')
            else:
                o.append('<thead><tr>' + ''.join('<th scope="col">%s</th>' % ihtml(c) for c in row) + '</tr></thead><tbody>')
        else:
            o.append('<tr>' + ''.join('<td>%s</td>' % ihtml(c) for c in row) + '</tr>')
    if thead and not old:
        o.append('</tbody>')
    o.append('</table>')
    if wrap_div:
        o.append('</div>')
    return '\n'.join(o)


def render(blocks, lang='en', *, p_cls=None, h_tag='h2', h3_tag='h3', h_cls=None, h3_cls=None,
           h_ids=False, ul_cls=None, ol_cls=None, li_cls=None, table_cls=None, table_div=None,
           old_table=False, dl_cls=None, quote_cls=None, pre_cls=None, pre_code=True,
           indent_ja=False, wrap=0, ind='', style='tags', br_sep='<br><br>\n', br_head='b',
           a_extra='', p_tag='p'):
    """Render blocks to HTML.  style='tags' uses <p>; style='br' writes text blocks
    as bare text separated by two <br> (old hand-made pages)."""
    items = []  # (is_text, html)
    hn = 0
    for b in blocks:
        k = b[0]
        if k == 'p':
            h = ihtml(b[1], a_extra)
            if indent_ja:
                h = '\u3000' + h
            h = srcwrap(h, wrap)
            if style == 'br':
                items.append((True, h))
            else:
                items.append((False, '<%s%s>%s</%s>' % (p_tag, _cls(p_cls), h, p_tag)))
        elif k == 'h':
            lvl = b[2] if len(b) > 2 else 2
            h = ihtml(b[1], a_extra)
            if style == 'br':
                if br_head == 'b':
                    items.append((True, '<b>%s</b>' % h))
                else:
                    items.append((True, '<font size="+1"><b>%s</b></font>' % h))
            else:
                tag = h_tag if lvl == 2 else h3_tag
                cl = h_cls if lvl == 2 else (h3_cls or h_cls)
                hid = ''
                if h_ids:
                    hn += 1
                    hid = ' id="%s%d"' % ('sec' if lvl == 2 else 'sub', hn)
                items.append((False, '<%s%s%s>%s</%s>' % (tag, hid, _cls(cl), h, tag)))
        elif k in ('ul', 'ol'):
            c = ul_cls if k == 'ul' else ol_cls
            lis = '\n'.join('%s  <li%s>%s</li>' % (ind, _cls(li_cls), ihtml(x, a_extra)) for x in b[1])
            items.append((False, '<%s%s>\n%s\n%s</%s>' % (k, _cls(c), lis, ind, k)))
        elif k == 'dl':
            d = '\n'.join('%s  <dt>%s</dt>\n%s  <dd>%s</dd>' % (ind, ihtml(a, a_extra), ind, ihtml(bb, a_extra)) for a, bb in b[1])
            items.append((False, '<dl%s>\n%s\n%s</dl>' % (_cls(dl_cls), d, ind)))
        elif k == 'quote':
            items.append((False, '<blockquote%s><p>%s</p></blockquote>' % (_cls(quote_cls), srcwrap(ihtml(b[1], a_extra), wrap))))
        elif k == 'table':
            items.append((False, render_table(b[1], table_cls, old=old_table, wrap_div=table_div)))
        elif k == 'pre':
            inner = esc(b[1])
            if pre_code:
                inner = '<code>' + inner + '</code>'
            items.append((False, '<pre%s>%s</pre>' % (_cls(pre_cls), inner)))
        elif k == 'lines':
            h = '<br>\n'.join(ihtml(x, a_extra) for x in b[1])
            if style == 'br':
                items.append((True, h))
            else:
                items.append((False, '<%s%s>%s</%s>' % (p_tag, _cls(p_cls), h, p_tag)))
        elif k == 'raw':
            items.append((None, b[1]))
        else:
            raise ValueError(k)
    out = []
    prev_text = False
    for is_text, h in items:
        if is_text and prev_text:
            out.append(br_sep)
        elif out:
            out.append('\n' + ind)
        out.append(h)
        prev_text = bool(is_text)
    return ind + ''.join(out)


# ---------------------------------------------------------------- dates

JST = _dt.timezone(_dt.timedelta(hours=9))


def jst(y, mo, d, h=0, mi=0):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=JST)


def utc(y, mo, d, h=0, mi=0):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=_dt.timezone.utc)


def tz(y, mo, d, h, mi, off):
    return _dt.datetime(y, mo, d, h, mi, tzinfo=_dt.timezone(_dt.timedelta(hours=off)))


def zulu(d):
    return d.astimezone(_dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def iso(d):
    return d.isoformat()


def ja_date(d, time=True):
    s = '%d年%d月%d日' % (d.year, d.month, d.day)
    if time:
        s += ' %d:%02d' % (d.hour, d.minute)
    return s


def en_date(d, time=False):
    s = d.strftime('%B ') + str(d.day) + d.strftime(', %Y')
    if time:
        s += d.strftime(' %I:%M %p').replace(' 0', ' ')
    return s


# ---------------------------------------------------------------- class naming

UTIL = ['flex', 'items-center', 'justify-between', 'gap-2', 'gap-4', 'px-4', 'py-2', 'py-3', 'mt-4', 'mb-6',
        'text-sm', 'text-lg', 'text-xs', 'font-bold', 'font-medium', 'text-gray-600', 'text-neutral-900',
        'leading-relaxed', 'max-w-3xl', 'mx-auto', 'md:block', 'lg:flex', 'rounded', 'border', 'border-b',
        'bg-white', 'dark:bg-neutral-900', 'space-y-4', 'grid', 'grid-cols-12', 'col-span-8', 'col-span-4',
        'sticky', 'top-0', 'z-50', 'w-full', 'tracking-tight', 'uppercase', 'truncate', 'line-clamp-2',
        'shadow-sm', 'hover:underline', 'p-4', 'pt-6', 'pb-8', 'lg:col-span-3', 'text-slate-500', 'divide-y']


class Namer:
    """Maps semantic (block, elem) names to a site's class naming habit."""

    def __init__(self, kind, seed='x', prefix='c-'):
        self.kind, self.seed, self.prefix = kind, seed, prefix
        self.rng = random.Random(seed)
        self.cache = {}

    def _h(self, key, n=5):
        d = hashlib.sha1((self.seed + key).encode()).digest()
        abc = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'
        return ''.join(abc[x % 64] for x in d[:n])

    def __call__(self, block, elem=None):
        key = block + '/' + (elem or '')
        if key in self.cache:
            return self.cache[key]
        if self.kind == 'bem':
            v = self.prefix + block + ('__' + elem if elem else '')
        elif self.kind == 'hash':
            comp = ''.join(w.capitalize() for w in block.split('-'))
            v = '%s_%s__%s' % (comp, (elem or 'root').replace('-', ''), self._h(key))
        elif self.kind == 'util':
            r = random.Random(self.seed + key)
            v = ' '.join(r.sample(UTIL, r.randint(2, 6)))
        elif self.kind == 'plain':
            v = block + ('-' + elem if elem else '')
        elif self.kind == 'none':
            v = ''
        else:
            raise ValueError(self.kind)
        self.cache[key] = v
        return v

    def c(self, block, elem=None):
        v = self(block, elem)
        return ' class="%s"' % v if v else ''


# ---------------------------------------------------------------- content pools

JA_ORGS = ['北嶺精機', 'みなと信用金庫', '東雲ロジスティクス', 'さくら台市', '青葉医療センター', 'かもめ損害保険',
           '白樺学院大学', '朝凪電鉄', 'くすのき製薬', '富士見ケーブルテレビ', '灯台ソフトウェア', '若葉市教育委員会',
           'はやぶさ通運', '七海フーズ', '雲雀テクノロジー', '三日月ホールディングス', '鳴門マテリアル', '星見台病院',
           '月島システムズ', '山吹銀行', '桐生アパレル', '水無瀬町', '霧島観光開発', '紅葉台高校']

JA_EVT = [
    ('でランサムウェア被害、受注業務を一時停止',
     '{org}は、社内サーバがランサムウェアに感染し、受注や出荷に関する業務を一時停止していると明らかにした。復旧の見通しは立っていない。'),
    ('の委託先に不正アクセス、顧客情報流出の可能性',
     '{org}は、業務委託先のシステムが不正アクセスを受け、顧客の氏名や電話番号が外部に流出した可能性があると発表した。'),
    ('をかたるフィッシングメールに注意',
     '{org}の名称やロゴを無断で使用したフィッシングメールが確認されている。同社はメール内のリンクを開かないよう呼びかけている。'),
    ('の通販サイトに不正アクセス、カード情報が流出か',
     '{org}が運営する通販サイトで決済画面が改ざんされ、利用者が入力したクレジットカード情報が窃取された可能性がある。'),
    ('の製品に複数の脆弱性、更新を呼びかけ',
     '{org}は、同社製品に複数の脆弱性が見つかったとして、修正版へのアップデートを利用者に呼びかけている。'),
    ('でクラウドの設定不備、個人情報が閲覧可能に',
     '{org}は、クラウドストレージの公開設定に誤りがあり、利用者の個人情報が第三者から閲覧できる状態になっていたと公表した。'),
    ('の職員アカウントに不正ログイン、迷惑メールの送信元に',
     '{org}の職員が利用するメールアカウントに不正ログインがあり、外部に大量の迷惑メールが送信されていたことがわかった。'),
    ('でメール誤送信、参加者のアドレスが流出',
     '{org}は、イベント参加者へのお知らせメールを送信した際、宛先を誤って「CC」に設定し、メールアドレスが他の参加者から見える状態になったと明らかにした。'),
    ('の従業員がサポート詐欺被害、PCを遠隔操作される',
     '{org}の従業員が業務用PCで偽の警告画面を表示され、指示に従って遠隔操作ソフトをインストールしていたことがわかった。'),
    ('の公式SNSアカウントが乗っ取り被害',
     '{org}の公式SNSアカウントが第三者に乗っ取られ、投資を勧誘する不審な投稿が行われた。現在はアカウントの利用を停止している。'),
    ('、USBメモリを紛失 成績データを保存',
     '{org}は、成績や出欠に関するデータを保存したUSBメモリを職員が紛失したと発表した。現在のところ不正利用は確認されていない。'),
    ('がゼロデイ脆弱性を修正、すでに悪用も',
     '{org}は、攻撃への悪用が確認されている脆弱性を修正するセキュリティアップデートを公開した。早急な適用を求めている。'),
]

JA_GENERAL = [
    ('春の大型連休、新幹線の指定席予約が前年比1割増', '大型連休期間中の新幹線指定席の予約状況がまとまり、前年同期を約1割上回った。下りのピークは連休初日となる見込み。'),
    ('記録的な少雪で県内スキー場の営業日数が大幅減', '暖冬の影響で積雪が少なく、県内のスキー場では営業日数が例年の半分程度にとどまった施設もある。'),
    ('公立中学の部活動、地域移行へ指針案を公表', '文部科学省は、休日の部活動を地域のクラブなどに移す際の指針案を公表した。指導者の確保が課題となる。'),
    ('中小企業の賃上げ率、3年連続で3%超え', '民間の調査機関がまとめた集計によると、中小企業の今年の賃上げ率は平均3.2%となり、3年連続で3%を上回った。'),
    ('高校野球、選抜大会の出場32校が決定', '春の選抜高校野球大会の選考委員会が開かれ、出場する32校が決まった。初出場は5校。'),
    ('物価上昇続く、食料品の値上げ品目は前年の1.4倍', '民間調査会社の集計で、今年値上げされる食料品の品目数が前年の約1.4倍になる見通しとなった。'),
    ('ローカル線の存続へ、沿線自治体が協議会', '利用者の減少が続くローカル線について、沿線の自治体と鉄道会社が今後のあり方を話し合う協議会を設けた。'),
    ('将棋の名人戦、挑戦者が初戦を制す', '将棋の名人戦七番勝負の第1局が指され、挑戦者が先勝した。第2局は来月行われる。'),
    ('大雨で線路に土砂流入、一部区間で運転見合わせ', '前線の影響による大雨で線路に土砂が流れ込み、鉄道の一部区間で運転を見合わせている。'),
    ('新紙幣の普及率、自販機の対応進む', '新しい紙幣に対応した自動販売機や券売機が増え、業界団体によると対応率は8割を超えた。'),
    ('渡り鳥の飛来数が過去最多に、干潟で調査', '野鳥の会が干潟で行った調査で、冬の渡り鳥の飛来数が過去最多となった。'),
    ('市立図書館で電子書籍の貸し出し開始', '市立図書館は、スマートフォンなどで読める電子書籍の貸し出しサービスを始めた。'),
]

JA_COMMENTS = [
    'うちの会社でも同じような訓練メールが来たけど、半分くらいの人がリンクを開いていたらしい。',
    '委託先の管理まで含めて責任を持つのは本当に大変だと思う。',
    'パスワードを使い回していた人が多かったのでは。多要素認証を必須にするべき。',
    '発表まで1か月以上かかっているのはなぜなのか、説明してほしい。',
    '被害を受けた側を責めるだけでは何も解決しない。',
    'VPN機器のアップデートは後回しにされがちなんですよね。現場の人手が足りない。',
    'バックアップがオフラインで取れていたかどうかが分かれ目だったと思う。',
    '顧客への連絡がメールだけというのは不十分ではないか。',
    '結局、古いシステムを使い続けていることが一番のリスク。',
    '地方の病院はIT担当者が一人か二人しかいないところも多い。国の支援が必要。',
    'この手の記事を読むたびに、自分の家のルーターの設定も見直そうと思う。',
    'ログを何日分保存していたのかが気になる。',
    '身代金を払わなかったのは正しい判断だと思います。',
    '取引先からの請求書メールを装っていたら、見抜くのは難しい。',
    '記者会見での説明がわかりやすかった。ほかの企業も見習ってほしい。',
    '情報システム部門の予算が削られ続けてきた結果だと思う。',
    '利用者としてはカードの明細をこまめに確認するしかない。',
    '再発防止策が「教育の徹底」だけなのは心もとない。',
    '攻撃者側の組織化が進んでいて、個々の企業だけで守るのは限界がある。',
    '詳しい原因がわかったら続報を出してほしい。',
    '会社のPCで私用のメールを見ないように、というのは基本中の基本。',
    '保守契約が切れた機器がネットにつながったままになっている例は多いと聞く。',
    '公表してくれるだけまだ良い。黙っている会社もあるはず。',
    'テレワークの普及で守るべき範囲が一気に広がった。',
    '自治体の職員向けの研修、形だけになっていないか心配。',
    '犯人が捕まらないことが一番の問題では。',
    '数年前にも似たような事故があった気がする。教訓が生かされていない。',
    'SMSで届く不在通知、いまだに毎日来ます。',
    'わかりやすくまとめられていて参考になりました。',
    '復旧に時間がかかっているということは、相当深くまで侵入されていたのだろう。',
    '中小企業向けの安価なセキュリティサービスがもっと増えてほしい。',
    'ITに詳しくない高齢の家族にどう説明すればいいのか悩む。',
    '脆弱性の情報が出てから修正版の適用まで、どのくらいの期間が妥当なのだろうか。',
    '現場の担当者の皆さん、本当にお疲れさまです。',
]

JA_NAMES = ['匿名希望', 'たなか', 'ネットワーク技術者', 'mk2', '通りすがりのSE', 'はる', '地方公務員', 'kazu_0712',
            'そらまめ', '元情シス', 'yoshi', '会社員A', 'のり', 'セキュリティ勉強中', 'ぽん太', 'hiro', '主婦', 'ts',
            'ねこすき', '古参ユーザー', 'ゆう', '名無しさん', 'いちご大福', 'engineer_k']

EN_ORGS = ['Harborline Logistics', 'Quillfeather Bank', 'Northgate Health', 'Veltrix Systems', 'Cobaltwave',
           'Ashgrove County', 'Pinecrest University', 'Lumora Software', 'Brightpath Insurance', 'Kestrel Networks',
           'Orison Labs', 'Tidewater Utilities', 'Marrowind Foods', 'Glasswing Retail', 'Sable Peak Credit Union',
           'Redfern Manufacturing', 'Ironlake School District', 'Copperhill Telecom', 'Juniper Row Pharmacy',
           'Falconridge Airlines']

EN_EVT = [
    ('{org} discloses data breach affecting {n} customers',
     '{org} says an unauthorized party accessed a file transfer server and copied names, addresses and account numbers.'),
    ('Ransomware gang claims attack on {org}',
     'The extortion group added {org} to its leak site and says it stole internal documents. The company has not confirmed the claim.'),
    ('{org} patches actively exploited flaw in remote access gateway',
     'The vendor released fixes for a critical authentication bypass that attackers have been using since late last month.'),
    ('Phishing campaign impersonates {org} support staff',
     'Researchers say the lures direct victims to a fake help desk portal that harvests single sign-on credentials.'),
    ('{org} outage traced to compromised admin account',
     'An attacker used a stolen administrator password to delete cloud resources, causing an outage that lasted most of a day.'),
    ('{org} warns customers of fake invoice emails',
     'The messages carry HTML attachments that lead to a credential phishing page hosted on a legitimate file sharing service.'),
    ('Exposed database at {org} leaked {n} records',
     'A misconfigured search cluster was reachable from the internet without a password for at least three weeks.'),
    ('{org} confirms cyberattack disrupted payment systems',
     'Card payments were unavailable at several locations while the company isolated affected servers.'),
    ('Researchers find backdoored packages mimicking {org} SDK',
     'The malicious packages used names similar to the official library and exfiltrated environment variables on install.'),
    ('{org} fined over years-old security lapses',
     'Regulators said the company failed to fix known vulnerabilities and did not monitor access to sensitive data.'),
    ('Insider at {org} charged with selling customer data',
     'Prosecutors allege the employee exported customer records and sold them through an encrypted messaging channel.'),
    ('{org} resets passwords after credential stuffing wave',
     'The company forced a password reset for affected accounts and is rolling out mandatory two-step verification.'),
]

EN_GENERAL = [
    ('City council approves new budget for road repairs', 'The plan sets aside funds for resurfacing more than 40 miles of streets over the next two years.'),
    ('Weekend storm expected to bring heavy rain and wind', 'Forecasters say gusts could reach 50 mph along the coast, with flooding possible in low-lying areas.'),
    ('Local bakery marks 75 years on Main Street', 'The family-run shop has served the same rye bread recipe since it opened after the war.'),
    ('High school robotics team heads to national finals', 'The team built a robot that sorts recycling and won the regional championship last month.'),
    ('Transit agency adds late-night bus service', 'Three routes will run until 2 a.m. on weekends starting next month, the agency said.'),
    ('Chip shortage eases as new plants come online', 'Lead times for microcontrollers have fallen to their lowest level in four years, analysts say.'),
    ('Housing starts rise for the third straight month', 'Builders broke ground on more single-family homes, although apartment construction slowed.'),
    ('Museum unveils restored 19th-century ship model', 'Conservators spent two years repairing the rigging and replacing missing deck fittings.'),
]

EN_COMMENTS = [
    'This is exactly why we stopped exposing management interfaces to the internet years ago.',
    'Another month, another file transfer appliance. At some point the vendors need to be held liable.',
    'Good write-up. I would love to see the actual IOCs though.',
    'Our help desk got one of these calls last week. The caller knew the names of two of our managers.',
    'MFA fatigue is real. Number matching helped us a lot.',
    'Patch Tuesday is not a strategy when the exploit drops on Wednesday.',
    'Does anyone know if the older 7.x branch is affected? The advisory is vague.',
    'I work in a hospital IT department and we are stretched beyond thin. Stories like this keep me up at night.',
    'The real problem is that nobody budgets for decommissioning old systems.',
    'Paying the ransom just funds the next attack.',
    'Easy to say when it is not your payroll that is locked up.',
    'Credential reuse strikes again. Password managers should be mandatory at work.',
    'I am curious how long the attackers were inside before anyone noticed.',
    'Logs or it did not happen. Most small shops keep seven days at most.',
    'Thanks for covering this. The vendor notice was buried three clicks deep on their support site.',
    'They say no evidence of misuse, which usually means they have no logs.',
    'Can confirm the phishing emails look very convincing. Even the footer matched ours.',
    'We blocked the domains listed and saw hits from four internal hosts. Investigating now.',
    'The disclosure timeline is embarrassing. Ninety days and still no fix for the appliance.',
    'If your backups are reachable from your domain admin account, they are not backups.',
    'Regulators fining companies after the fact does nothing for the people whose data leaked.',
    'Great reporting as always.',
    'Anyone else notice the typo in the CVE number in the vendor bulletin?',
    'This is why segmentation matters. Flat networks make every incident worse.',
    'Small credit unions are easy targets because they outsource everything to the same three providers.',
    'I got the fake invoice email too. The attachment was an HTML file pretending to be a PDF.',
    'Security awareness training will not save you from a perfect lure.',
    'Hardware tokens for admins. No exceptions. It is not that expensive.',
    'Honestly the bigger story is how long this appliance was end-of-life and still deployed.',
    'My bank sent a notice about this yesterday. Offered a year of credit monitoring, as usual.',
    'Some of these groups rebrand every six months, the names barely matter anymore.',
    'Would be great to get a follow-up once the forensic report is out.',
]

EN_NAMES = ['mike_t', 'Anonymous', 'SecOpsSara', 'rgreene', 'Dave H.', 'packetpusher', 'Lena', 'j.ortiz',
            'OldSysadmin', 'nullroute', 'Priya', 'KevinB', 'blue_teamer', 'Marta W.', 'tomcat99', 'Ines',
            'Greg in Ohio', 'ciso_ish', 'W. Park', 'hexdump', 'Rosa', 'bsides_fan', 'Carl', 'firewall_fred']


def ja_headlines(rng, n, general=0.0):
    out = []
    for _ in range(n):
        if rng.random() < general:
            t, teaser = rng.choice(JA_GENERAL)
        else:
            org = rng.choice(JA_ORGS)
            e, teaser = rng.choice(JA_EVT)
            t, teaser = org + e, teaser.format(org=org)
        out.append((t, teaser, '%06d' % rng.randint(100000, 999999)))
    return out


def en_headlines(rng, n, general=0.0):
    out = []
    for _ in range(n):
        if rng.random() < general:
            t, teaser = rng.choice(EN_GENERAL)
        else:
            org = rng.choice(EN_ORGS)
            e, teaser = rng.choice(EN_EVT)
            num = '{:,}'.format(rng.choice([12000, 48500, 230000, 1200000, 87000, 6400, 310000]))
            t, teaser = e.format(org=org, n=num), teaser.format(org=org)
        slug = re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')
        out.append((t, teaser, slug))
    return out


def comment_text(rng, lang, k=None):
    pool = JA_COMMENTS if lang == 'ja' else EN_COMMENTS
    k = k or rng.choice([1, 1, 2, 2, 3, 4])
    sep = '' if lang == 'ja' else ' '
    return sep.join(rng.sample(pool, k))


# ---------------------------------------------------------------- navigation pools

JA_NAV = {
    'ニュース': ['速報', '社会', '事件・事故', '裁判', '災害', '気象', '教育', '医療・健康'],
    '政治': ['国会', '選挙', '外交', '自治体', '世論調査', '政策'],
    '経済': ['企業', '市況', '金融', '雇用', 'エネルギー', '物流', '消費'],
    '国際': ['アジア', '北米', '欧州', '中東', 'アフリカ', '中南米'],
    'テクノロジー': ['IT', 'セキュリティ', 'AI', '通信', '半導体', 'スマホ', 'ゲーム'],
    'スポーツ': ['野球', 'サッカー', 'ゴルフ', '相撲', '陸上', 'テニス'],
    'カルチャー': ['映画', '音楽', 'アート', '本', '将棋・囲碁'],
    'ライフ': ['くらし', '食', '旅', '住まい', '子育て', '介護'],
    '地域': ['北海道', '東北', '関東', '中部', '近畿', '中国・四国', '九州・沖縄'],
    'オピニオン': ['社説', 'コラム', '寄稿', 'インタビュー'],
    '特集': ['連載', 'データ', '調査報道', '動画', '写真'],
}

JA_NAV_IT = {
    'エンタープライズ': ['DX', '基幹システム', 'データ活用', 'ERP', '働き方改革'],
    'セキュリティ': ['脆弱性', 'ランサムウェア', 'ゼロトラスト', 'インシデント', 'セキュリティ人材'],
    'クラウド': ['AWS', 'Azure', 'Google Cloud', 'SaaS', 'コンテナ'],
    'AI': ['生成AI', '機械学習', 'データ分析', 'AI規制'],
    'ネットワーク': ['5G', 'SD-WAN', 'Wi-Fi', 'ルーター'],
    '開発': ['プログラミング', 'DevOps', 'テスト', 'オープンソース', 'API'],
    'モバイル': ['スマートフォン', 'タブレット', 'アプリ', 'ウェアラブル'],
    'キャリア': ['転職', '資格', 'IT人材', '年収'],
    'イベント': ['セミナー', 'ウェビナー', '展示会'],
    'ホワイトペーパー': ['新着', 'ランキング', 'カテゴリ一覧'],
}

EN_NAV = {
    'News': ['Latest', 'Breaking', 'Investigations', 'Government', 'Courts', 'Business', 'World'],
    'Security': ['Ransomware', 'Vulnerabilities', 'Data Breaches', 'Malware', 'Phishing', 'Nation-State', 'Cybercrime'],
    'Technology': ['Cloud', 'AI', 'Mobile', 'Hardware', 'Software', 'Open Source'],
    'Enterprise': ['Identity', 'Network Security', 'Endpoint', 'Compliance', 'Risk Management', 'Leadership'],
    'Research': ['Threat Intel', 'Reports', 'Whitepapers', 'Webinars', 'Podcasts'],
    'Guides': ['How-To', 'Tutorials', 'Buyer Guides', 'Glossary', 'Downloads'],
    'Events': ['Conferences', 'Virtual Events', 'Awards', 'Call for Papers'],
    'Opinion': ['Columns', 'Analysis', 'Letters', 'Guest Posts'],
}

JA_FOOTER = ['会社案内', '採用情報', '利用規約', 'プライバシーポリシー', '著作権について', '広告掲載のご案内', 'お問い合わせ',
             'サイトマップ', 'RSS一覧', '個人情報の取り扱い', 'Cookieポリシー', '記事の利用について', 'ヘルプ', '推奨環境',
             'アクセシビリティ', 'ソーシャルメディアポリシー', '訂正・おわび', '編集方針', 'メールマガジン', '会員登録']
EN_FOOTER = ['About Us', 'Careers', 'Contact', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Cookie Settings',
             'Accessibility', 'Sitemap', 'RSS Feeds', 'Newsletters', 'Corrections', 'Ethics Policy',
             'Do Not Sell or Share My Personal Information', 'Help Center', 'Press', 'Licensing', 'Editorial Standards',
             'Masthead', 'Submit a Tip']


# ---------------------------------------------------------------- generic blobs

CSS_PROPS = [
    ('display', ['block', 'flex', 'none', 'inline-block', 'grid', 'inline-flex']),
    ('margin', ['0', '0 auto', '8px 0', '16px 0 24px', '0 0 12px']),
    ('padding', ['0', '4px 8px', '12px 16px', '24px', '0 16px']),
    ('color', ['#222', '#333', '#555', '#0a58ca', '#767676', '#fff', '#b00020', 'var(--fg)', 'var(--accent)']),
    ('background', ['#fff', '#f5f5f5', 'transparent', '#0b1f33', 'var(--bg-2)', 'linear-gradient(90deg,#fafafa,#eee)']),
    ('font-size', ['12px', '14px', '16px', '18px', '1.125rem', '0.875rem', '2rem', 'clamp(1.5rem,4vw,2.25rem)']),
    ('line-height', ['1.4', '1.6', '1.8', '2', '24px']),
    ('font-weight', ['400', '500', '700', 'bold']),
    ('border', ['0', '1px solid #ddd', '1px solid var(--line)', '2px solid #111']),
    ('border-radius', ['2px', '4px', '8px', '999px', '50%']),
    ('position', ['relative', 'absolute', 'sticky', 'fixed']),
    ('width', ['100%', 'auto', '320px', '300px', 'calc(100% - 32px)', '728px']),
    ('max-width', ['1200px', '760px', '100%', '640px']),
    ('gap', ['4px', '8px', '16px', '24px']),
    ('text-decoration', ['none', 'underline']),
    ('overflow', ['hidden', 'auto', 'visible']),
    ('z-index', ['1', '10', '100', '9999']),
    ('transition', ['opacity .2s ease', 'transform .3s cubic-bezier(.2,.8,.2,1)', 'all .15s']),
    ('letter-spacing', ['0', '.02em', '.05em']),
    ('white-space', ['nowrap', 'normal']),
]


def css_blob(rng, names, n, media=True):
    """A large, plausible stylesheet that uses the page's class names."""
    out = [':root{--fg:#1a1a1a;--bg:#fff;--bg-2:#f4f5f7;--accent:#c8102e;--line:#e3e3e3;--radius:6px}',
           '*,*::before,*::after{box-sizing:border-box}',
           'html{-webkit-text-size-adjust:100%;font-family:"Helvetica Neue",Arial,"Hiragino Kaku Gothic ProN","Hiragino Sans",Meiryo,sans-serif}',
           'body{margin:0;color:var(--fg);background:var(--bg)}img{max-width:100%;height:auto}a{color:inherit}']
    names = [x for x in names if x]
    for i in range(n):
        sel = '.' + rng.choice(names).split()[0].replace(':', '\\:')
        if rng.random() < 0.4:
            sel += ' ' + rng.choice(['a', 'li', 'p', 'span', 'img', 'svg', '> div', 'h2', 'h3', 'button', 'time'])
        if rng.random() < 0.15:
            sel += rng.choice([':hover', ':focus-visible', '::before', '::after', ':first-child', ':last-child'])
        props = rng.sample(CSS_PROPS, rng.randint(2, 6))
        body = ';'.join('%s:%s' % (p, rng.choice(v)) for p, v in props)
        rule = '%s{%s}' % (sel, body)
        if media and rng.random() < 0.12:
            rule = '@media (max-width:%dpx){%s}' % (rng.choice([599, 767, 959, 1023]), rule)
        out.append(rule)
    return '\n'.join(out)


def rand_id(rng, n=8, abc='abcdef0123456789'):
    return ''.join(rng.choice(abc) for _ in range(n))


def svg_path(rng, n=14):
    parts = ['M%.2f %.2f' % (rng.uniform(0, 24), rng.uniform(0, 24))]
    for _ in range(n):
        c = rng.choice('LCQ')
        k = {'L': 1, 'C': 3, 'Q': 2}[c]
        parts.append(c + ' '.join('%.2f %.2f' % (rng.uniform(0, 24), rng.uniform(0, 24)) for _ in range(k)))
    return ''.join(parts) + 'Z'


def svg_icon(rng, name, cls='icon', size=24):
    return ('<svg class="%s %s-%s" width="%d" height="%d" viewBox="0 0 24 24" aria-hidden="true" focusable="false">'
            '<path fill="currentColor" d="%s"/></svg>') % (cls, cls, name, size, size, svg_path(rng))


def svg_sprite(rng, names=('search', 'menu', 'close', 'share', 'bird', 'fb', 'line', 'mail', 'bookmark', 'arrow', 'print', 'link')):
    syms = ''.join('<symbol id="i-%s" viewBox="0 0 24 24"><path d="%s"/><path d="%s"/></symbol>' % (n, svg_path(rng, 20), svg_path(rng, 10)) for n in names)
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">%s</svg>' % syms


def use_icon(name, cls='ico'):
    return '<svg class="%s" aria-hidden="true"><use href="#i-%s"></use></svg>' % (cls, name)


def gtm_snippet(gid, domain='tags.metrics.example'):
    return ("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
            "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
            "j.src='https://%s/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','%s');</script>") % (domain, gid)


def datalayer(obj):
    return '<script>window.dataLayer=window.dataLayer||[];dataLayer.push(%s);</script>' % js(obj)


def ad_loader(rng, slots, net='adserve.example'):
    defs = ';\n  '.join("adq.defineSlot('/%d/%s', %s, '%s').addService(adq.pubads())" % (
        rng.randint(10000, 99999), s, rng.choice(['[[728,90],[970,250]]', '[[300,250],[300,600]]', '[[320,50],[320,100]]', '[[1,1]]', "'fluid'"]), s)
        for s in slots)
    return ('<script async src="https://securepubads.%s/tag/js/adq.js"></script>\n'
            '<script>\nwindow.adq = window.adq || {cmd: []};\nadq.cmd.push(function() {\n  %s;\n'
            '  adq.pubads().enableSingleRequest();\n  adq.pubads().collapseEmptyDivs();\n'
            '  adq.pubads().setTargeting("section", "security");\n  adq.enableServices();\n});\n</script>') % (net, defs)


def consent_script(vendor='consent.example'):
    return ('<script src="https://cdn.%s/scripttemplates/otSDKStub.js" data-domain-script="%s" charset="UTF-8"></script>\n'
            '<script>function OptanonWrapper(){var g=window.OnetrustActiveGroups||"";'
            'if(g.indexOf("C0004")>-1){document.documentElement.classList.add("ads-ok")}}</script>') % (vendor, '0190a7f3-55b2-7c1e-9d0c-3f8e2a1b4c6d')


def state_blob(var, obj):
    return '<script>window.%s = %s;</script>' % (var, js(obj))


def make_state(rng, lang, heads, site, extra=None, n_nav=40):
    """A big JSON-ish application state like SPA news sites embed."""
    nav = []
    pool = (list(JA_NAV.items()) if lang == 'ja' else list(EN_NAV.items()))
    for sec, subs in pool:
        nav.append({'id': rand_id(rng, 6), 'label': sec, 'href': '/%s/' % rand_id(rng, 5, 'abcdefghijklmnopqrstuvwxyz'),
                    'children': [{'label': s, 'href': '/%s/%s/' % (rand_id(rng, 4, 'abcdefghijklmnopqrstuvwxyz'), rand_id(rng, 4, 'abcdefghijklmnopqrstuvwxyz')), 'badge': None} for s in subs]})
    recs = []
    for t, teaser, slug in heads:
        recs.append({'id': rand_id(rng, 12), 'title': t, 'summary': teaser, 'url': '/articles/%s' % slug,
                     'image': {'src': 'https://img.%s/r/%s.jpg' % (site, rand_id(rng, 16)), 'w': 640, 'h': 360},
                     'score': round(rng.random(), 4), 'tracking': {'pos': len(recs), 'algo': 'cf-v3', 'bucket': rng.choice(['a', 'b'])}})
    st = {'site': {'host': site, 'env': 'production', 'build': rand_id(rng, 10), 'locale': 'ja-JP' if lang == 'ja' else 'en-US'},
          'navigation': nav, 'recommendations': recs,
          'ads': {'enabled': True, 'slots': [{'id': 'ad-%d' % i, 'sizes': [[300, 250], [728, 90]], 'lazy': i > 1} for i in range(8)]},
          'features': {k: rng.choice([True, False]) for k in ['paywallV2', 'darkMode', 'newComments', 'audioPlayer', 'liveTicker', 'pushPrompt', 'abTestHeadline', 'newsletterModal', 'infiniteScroll']},
          'user': {'loggedIn': False, 'plan': None, 'segments': [rand_id(rng, 6) for _ in range(6)]}}
    if extra:
        st.update(extra)
    return st


def jsonld(obj):
    return '<script type="application/ld+json">%s</script>' % js(obj, indent=None)


def news_ld(headline, url, pub, mod=None, author=None, publisher='', logo='', image='', body=None, typ='NewsArticle',
            desc=None, section=None, lang=None, author_type='Person'):
    o = {'@context': 'https://schema.org', '@type': typ, 'mainEntityOfPage': {'@type': 'WebPage', '@id': url},
         'headline': headline, 'datePublished': iso(pub) if pub else None, 'dateModified': iso(mod or pub) if pub else None}
    if image:
        o['image'] = [image]
    if author:
        o['author'] = [{'@type': author_type, 'name': a} for a in (author if isinstance(author, list) else [author])]
    o['publisher'] = {'@type': 'Organization', 'name': publisher, 'logo': {'@type': 'ImageObject', 'url': logo}}
    if desc:
        o['description'] = desc
    if section:
        o['articleSection'] = section
    if lang:
        o['inLanguage'] = lang
    if body is not None:
        o['articleBody'] = body
    return jsonld({k: v for k, v in o.items() if v is not None})


def breadcrumb_ld(items):
    return jsonld({'@context': 'https://schema.org', '@type': 'BreadcrumbList', 'itemListElement': [
        {'@type': 'ListItem', 'position': i + 1, 'name': n, 'item': u} for i, (n, u) in enumerate(items)]})


def og_meta(title, desc, url, image, site, typ='article', pub=None, lang='ja', twitter='@site_example', section=None, tags=()):
    o = ['<meta property="og:type" content="%s">' % typ,
         '<meta property="og:title" content="%s">' % attr(title),
         '<meta property="og:description" content="%s">' % attr(desc),
         '<meta property="og:url" content="%s">' % attr(url),
         '<meta property="og:image" content="%s">' % attr(image),
         '<meta property="og:image:width" content="1200">', '<meta property="og:image:height" content="630">',
         '<meta property="og:site_name" content="%s">' % attr(site),
         '<meta property="og:locale" content="%s">' % ('ja_JP' if lang == 'ja' else 'en_US'),
         '<meta name="twitter:card" content="summary_large_image">',
         '<meta name="twitter:site" content="%s">' % twitter,
         '<meta name="twitter:title" content="%s">' % attr(title),
         '<meta name="twitter:description" content="%s">' % attr(desc),
         '<meta name="twitter:image" content="%s">' % attr(image)]
    if pub:
        o.append('<meta property="article:published_time" content="%s">' % iso(pub))
        o.append('<meta property="article:modified_time" content="%s">' % iso(pub))
    if section:
        o.append('<meta property="article:section" content="%s">' % attr(section))
    for t in tags:
        o.append('<meta property="article:tag" content="%s">' % attr(t))
    return '\n'.join(o)


def common_head_links(rng, host, n_preload=4):
    o = ['<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<meta name="format-detection" content="telephone=no">',
         '<meta name="theme-color" content="#ffffff">',
         '<meta name="robots" content="max-image-preview:large">',
         '<link rel="icon" href="https://%s/favicon.ico" sizes="any">' % host,
         '<link rel="icon" href="https://%s/icon.svg" type="image/svg+xml">' % host,
         '<link rel="apple-touch-icon" href="https://%s/apple-touch-icon.png">' % host,
         '<link rel="manifest" href="/manifest.webmanifest">',
         '<link rel="preconnect" href="https://static.%s" crossorigin>' % host,
         '<link rel="dns-prefetch" href="https://securepubads.adserve.example">',
         '<link rel="dns-prefetch" href="https://tags.metrics.example">']
    for i in range(n_preload):
        o.append('<link rel="preload" href="https://static.%s/_assets/%s.%s" as="%s"%s>' % (
            host, rand_id(rng, 12), ['js', 'css', 'woff2'][i % 3], ['script', 'style', 'font'][i % 3], ' crossorigin' if i % 3 == 2 else ''))
    o.append('<link rel="alternate" type="application/rss+xml" title="RSS" href="https://%s/rss/index.xml">' % host)
    return '\n'.join(o)


def footer_links(rng, lang, n=None, sep='\n'):
    pool = JA_FOOTER if lang == 'ja' else EN_FOOTER
    n = n or len(pool)
    return sep.join('<li><a href="/%s/">%s</a></li>' % (rand_id(rng, 6, 'abcdefghijklmnopqrstuvwxyz'), esc(x)) for x in pool[:n])


def lorem_ja_bio(name):
    return '%s　1980年生まれ。システムインテグレーターでネットワーク構築に携わった後、2012年から記者としてセキュリティや企業ITを担当。最近はサプライチェーン攻撃や中小企業の対策事情を追っている。' % name


def lorem_en_bio(name):
    return '%s covers cybercrime, data breaches and the security industry. Before joining the newsroom, they spent six years as an incident responder at a regional bank. Send tips via the secure contact form.' % name
