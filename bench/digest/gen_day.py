#!/usr/bin/python3
"""Generate one synthetic day of security news for bench/digest.

Writes ARTICLES news items as RSS 2.0 feeds of 20 items each (ARTICLES/20
feeds, about two thirds Japanese sites and one third English ones) and, for
every item, the article page its link points to.  The items report stories:
each story (a ransomware attack, a data breach, a vulnerability, one under
active exploitation, a threat actor's campaign, a phishing fraud, a policy
step, a product launch) is reported by 1 to 6 sites, in their own words,
sharing the facts that tie reports of one event together: the organisation,
the product, the CVE identifier, the figures.  Organisations, products and
groups recur across unrelated stories at the rate they do in real news, so
the analysis has to tell apart "same name" from "same event".

Everything comes from the word lists and sentence templates below:
fictional organisations, products, people and groups, our own sentences.
A fixed seed gives the same bytes on every machine except for the base URL
of the links (the port of the loopback server that serves the pages).

Files written into OUTDIR:
  feeds/fNNN.xml      RSS 2.0 (UTF-8, or Shift_JIS for some Japanese sites)
  pages/sNNN/*.html   one article page per item (full page: navigation,
                      byline, ads, related links, comments, footer)
  truth.json          the stories: kind, sources, links (for the report)

usage: gen_day.py OUTDIR --articles N --base http://127.0.0.1:PORT
                  [--day 2026-06-10] [--seed S]
"""

import argparse
import datetime as dt
import html
import json
import os
import random
import sys

GENERATOR_VERSION = 2
ITEMS_PER_FEED = 20
JST = dt.timezone(dt.timedelta(hours=9))

# ---- word lists (fictional) ----------------------------------------------------

# Japanese organisations: a name part (kana or kanji, with its romanisation)
# and a business (Japanese, English); English news writes them romanised.
JA_NAMES = [("アオバ", "Aoba"), ("ハヤテ", "Hayate"), ("カスガ", "Kasuga"), ("シラナミ", "Shiranami"),
            ("トキワ", "Tokiwa"), ("ミドリガオカ", "Midorigaoka"), ("ユウヒ", "Yuhi"), ("コハク", "Kohaku"),
            ("ツバキ", "Tsubaki"), ("ホシゾラ", "Hoshizora"), ("アサギリ", "Asagiri"), ("ナギサ", "Nagisa"),
            ("イブキ", "Ibuki"), ("サザナミ", "Sazanami"), ("ヒバリ", "Hibari"), ("モミジ", "Momiji"),
            ("東邦", "Toho"), ("西海", "Saikai"), ("南部", "Nambu"), ("北陵", "Hokuryo"), ("中央", "Chuo"),
            ("大和", "Yamato"), ("瑞穂", "Mizuho"), ("千歳", "Chitose"), ("飛鳥", "Asuka"), ("葵", "Aoi"),
            ("白鳳", "Hakuho"), ("紅葉", "Koyo"), ("昭栄", "Shoei"), ("豊和", "Howa"), ("三ツ星", "Mitsuboshi"),
            ("旭日", "Kyokujitsu"), ("清流", "Seiryu"), ("若竹", "Wakatake"), ("天城", "Amagi"), ("稲穂", "Inaho")]
JA_BUSINESSES = [("物流", "Logistics", "物流会社"), ("精機", "Seiki", "精密機器メーカー"),
                 ("証券", "Securities", "証券会社"), ("電機", "Electric", "電機メーカー"),
                 ("製薬", "Pharmaceutical", "製薬会社"), ("銀行", "Bank", "地方銀行"),
                 ("大学", "University", "私立大学"), ("病院", "Hospital", "総合病院"),
                 ("食品", "Foods", "食品メーカー"), ("建設", "Construction", "建設会社"),
                 ("商事", "Trading", "商社"), ("運輸", "Transport", "運輸会社"),
                 ("化学", "Chemical", "化学メーカー"), ("ホールディングス", "Holdings", "持ち株会社"),
                 ("ネットサービス", "Net Services", "ネットサービス会社"), ("生活", "Seikatsu", "通販会社")]
EN_FIRST = ["North", "Silver", "Harbor", "Crest", "Pine", "Maple", "Granite", "Cobalt", "Willow", "Falcon",
            "Summit", "Cedar", "Bright", "Lake", "Stone", "River", "Ember", "Aspen", "Beacon", "Copper",
            "Meridian", "Orchard", "Quarry", "Sable", "Tidewater", "Vale", "Juniper", "Kestrel", "Larch", "Osprey"]
EN_SECOND = ["field", "gate", "brook", "wood", "point", "bridge", "view", "haven", "ridge", "ford"]
EN_BUSINESSES = [("Health", "医療機関"), ("Bank", "銀行"), ("Logistics", "物流企業"), ("Energy", "エネルギー企業"),
                 ("Airlines", "航空会社"), ("Retail", "小売企業"), ("University", "大学"), ("Insurance", "保険会社"),
                 ("Telecom", "通信事業者"), ("Manufacturing", "製造業者"), ("Data", "データ事業者"),
                 ("County", "郡政府")]
EN_COUNTRIES = [("米", "US", "American"), ("英", "UK", "British"), ("独", "German", "German"),
                ("豪", "Australian", "Australian"), ("加", "Canadian", "Canadian"), ("仏", "French", "French")]
VENDOR_BRANDS = ["Nordlys", "Quillon", "Pivotra", "Zentrik", "Auralis", "Brevant", "Corvane", "Dunmore",
                 "Elyra", "Fenwick", "Galvio", "Heliant", "Istra", "Jovian", "Kairon", "Lumora", "Mavrik",
                 "Novell", "Obsidia", "Praxon", "Quorra", "Rivolt", "Sentra", "Tallis", "Umbrex", "Vexor"]
PRODUCT_KINDS = [("VPN", "VPN装置"), ("Firewall", "ファイアウォール"), ("Mail Gateway", "メールゲートウェイ"),
                 ("File Transfer", "ファイル転送製品"), ("Remote Desktop", "リモートデスクトップ製品"),
                 ("Router", "ルーター"), ("NAS", "NAS"), ("Web Server", "Webサーバー"), ("CMS", "CMS"),
                 ("Backup", "バックアップ製品"), ("Help Desk", "ヘルプデスク製品"), ("SSO", "シングルサインオン製品")]
PRODUCT_SUFFIXES = ["Connect", "Guard", "Secure", "One", "Edge", "Pro", "Cloud", "Hub"]
JA_VENDORS = [("カゲロウ", "Kagerou"), ("ミツバチ", "Mitsubachi"), ("ツムギ", "Tsumugi"), ("サクラダ", "Sakurada"),
              ("ホタル", "Hotaru"), ("イカリ", "Ikari")]
RANSOM_GROUPS = ["BlackMarten", "IronVixen", "NightOtter", "ColdHarbor", "GreyFalcon", "RustMoth", "SilentBadger",
                 "VoidCrane", "AshWolf", "DeepLoon", "CinderFox", "HollowStag"]
ACTORS = ["Amber Kite", "Slate Viper", "Copper Mantis", "Frost Lynx", "Indigo Wasp", "Jade Hornet",
          "Mist Weasel", "Onyx Gecko", "Pale Raven", "Tin Scorpion"]
MALWARE = ["ThornLoader", "GlowRAT", "PaperCrow", "InkDrip", "MossStealer", "SpindleBot", "QuietPipe", "RoachKit"]
PLACES_JA = ["東京都千代田区", "大阪市", "横浜市", "名古屋市", "札幌市", "福岡市", "仙台市", "広島市", "京都市",
             "神戸市", "さいたま市", "静岡市", "金沢市", "熊本市", "新潟市", "岡山市"]
PLACES_ABROAD = ["カリフォルニア州", "テキサス州", "オハイオ州", "ロンドン", "ミュンヘン", "シドニー", "トロント", "パリ"]
DATA_JA = ["氏名", "住所", "電話番号", "メールアドレス", "生年月日", "購入履歴", "口座番号", "診療記録",
           "社員番号", "パスワードのハッシュ値"]
DATA_EN = ["names", "addresses", "phone numbers", "email addresses", "dates of birth", "order histories",
           "account numbers", "medical records", "employee IDs", "password hashes"]
CAUSES = [("SQLインジェクションの脆弱性", "a SQL injection flaw"),
          ("設定の不備があったクラウドストレージ", "a misconfigured cloud storage bucket"),
          ("盗まれた管理者の認証情報", "stolen administrator credentials"),
          ("委託先のサーバーへの不正アクセス", "a break-in at a contractor's server"),
          ("修正されていないVPN装置の脆弱性", "an unpatched VPN appliance")]
FLAWS = [("認証回避", "authentication bypass"), ("リモートコード実行", "remote code execution"),
         ("OSコマンドインジェクション", "OS command injection"), ("パストラバーサル", "path traversal"),
         ("権限昇格", "privilege escalation"), ("SQLインジェクション", "SQL injection"),
         ("安全でないデシリアライゼーション", "unsafe deserialization"),
         ("サーバーサイドリクエストフォージェリ", "server-side request forgery")]
AGENCIES = [("全国情報セキュリティ推進協議会", "the National Information Security Promotion Council"),
            ("重要インフラ防護連絡会", "the Critical Infrastructure Protection Liaison Board"),
            ("地方自治体情報化推進機構", "the Local Government Digitalisation Agency"),
            ("金融サイバー対策協議会", "the Financial Cyber Defence Council")]
POLICY_TOPICS = [("ランサムウェア被害の報告手順", "ransomware incident reporting procedures", "reporting"),
                 ("中小企業向けのセキュリティ対策指針", "security guidelines for small businesses", "guidelines"),
                 ("ソフトウェア部品表（SBOM）の導入手引き", "a guide to adopting software bills of materials", "SBOM"),
                 ("クラウドサービスの設定確認リスト", "a cloud configuration checklist", "checklist")]
SECTORS = [("製造業", "manufacturers"), ("半導体関連企業", "semiconductor companies"), ("防衛関連企業", "defence contractors"),
           ("研究機関", "research institutes"), ("外交関係者", "diplomats"), ("通信事業者", "telecom operators")]
REGIONS = [("日本と台湾", "Japan and Taiwan"), ("東南アジア", "Southeast Asia"), ("日本と韓国", "Japan and South Korea"),
           ("欧州", "Europe"), ("アジア太平洋地域", "the Asia-Pacific region")]
PEOPLE_JA = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"]
PEOPLE_EN = ["Avery Collins", "Jordan Pike", "Morgan Hale", "Riley Chen", "Casey Moreno", "Taylor Brooks",
             "Quinn Foster", "Dana Whitfield", "Robin Ames", "Sam Okafor"]
SITE_JA = ["セキュリティ", "サイバー", "ネット", "IT", "情報", "デジタル", "システム", "テック"]
SITE_JA2 = ["ニュース", "速報", "タイムズ", "ジャーナル", "ウォッチ", "通信", "新聞", "レポート"]
SITE_EN = ["Cyber", "Threat", "Patch", "Breach", "Packet", "Signal", "Vector", "Kernel", "Sentinel", "Zero Day"]
SITE_EN2 = ["Wire", "Daily", "Report", "Digest", "Ledger", "Times", "Brief", "Post", "Journal", "Review"]

KINDS = ["ransomware", "data_breach", "vulnerability", "active_exploitation", "threat_actor",
         "fraud_phishing", "policy", "product"]
KIND_WEIGHTS = [16, 18, 22, 10, 8, 12, 6, 8]
CLUSTER_SIZES = [1, 2, 3, 4, 5, 6]
CLUSTER_WEIGHTS = [42, 22, 14, 10, 7, 5]


def yen(n):
    return "{:,}".format(n)


def man_yen(man):
    """An amount given in units of 10,000 yen, written the Japanese way (3億8,000万円)."""
    oku, rest = divmod(man, 10000)
    if oku and rest:
        return "%d億%s万円" % (oku, yen(rest))
    return "%d億円" % oku if oku else "%s万円" % yen(rest)


# ---- stories ----------------------------------------------------------------------

class Org:
    def __init__(self, ja, en, desc_ja, japanese, country=None):
        self.ja, self.en, self.desc_ja, self.japanese, self.country = ja, en, desc_ja, japanese, country

    def name(self, lang):
        if lang == "ja":
            return self.ja if self.japanese else "%s%s" % (self.country[0], self.en)
        return self.en if not self.japanese else "Japan's %s" % self.en


def make_orgs(rnd):
    orgs = []
    for ja, en in JA_NAMES:
        for bja, ben, desc in JA_BUSINESSES:
            orgs.append(Org(ja + bja, "%s %s" % (en, ben), desc, True))
    for f in EN_FIRST:
        for s in EN_SECOND:
            for ben, desc in rnd.sample(EN_BUSINESSES, 3):
                orgs.append(Org(None, "%s%s %s" % (f, s, ben), desc, False, rnd.choice(EN_COUNTRIES)))
    return orgs


def make_products(rnd):
    prods = []
    for b in VENDOR_BRANDS:
        for kind_en, kind_ja in PRODUCT_KINDS:
            for suffix in rnd.sample(PRODUCT_SUFFIXES, 3):
                prods.append({"vendor": b, "vendor_ja": b, "name": "%s %s %s" % (b, kind_en, suffix),
                              "kind_ja": kind_ja, "japanese": False})
    for ja, en in JA_VENDORS:
        for kind_en, kind_ja in rnd.sample(PRODUCT_KINDS, 2):
            prods.append({"vendor": en, "vendor_ja": ja, "name": "%s %s" % (en, kind_en), "kind_ja": kind_ja,
                          "japanese": True})
    return prods


def make_story(rnd, sid, kind, orgs, prods, used_cves, day):
    s = {"id": "s%05d" % sid, "kind": kind}
    jp = [o for o in orgs if o.japanese]
    fo = [o for o in orgs if not o.japanese]
    s["org"] = rnd.choice(jp if rnd.random() < 0.55 else fo)
    s["prod"] = rnd.choice(prods)
    while True:
        cve = "CVE-%d-%05d" % (day.year, rnd.randint(20000, 59999))
        if cve not in used_cves:
            used_cves.add(cve)
            break
    s["cve"] = cve
    s["cve2"] = "CVE-%d-%05d" % (day.year, int(cve[-5:]) + 1)
    s["cvss"] = rnd.choice(["7.5", "8.1", "8.8", "9.1", "9.8", "10.0", "6.5"])
    s["fixed"] = "%d.%d.%d" % (rnd.randint(2, 12), rnd.randint(0, 9), rnd.randint(1, 30))
    s["flaw"] = rnd.choice(FLAWS)
    s["group"] = rnd.choice(RANSOM_GROUPS)
    s["actor"] = rnd.choice(ACTORS)
    s["malware"] = rnd.choice(MALWARE)
    s["count"] = rnd.choice([rnd.randint(120, 990), rnd.randint(1000, 99000), rnd.randint(100000, 2400000)])
    s["servers"] = rnd.randint(8, 140)
    s["accounts"] = rnd.randint(40, 900)
    s["loss"] = rnd.randint(3, 95) * 1000
    s["data"] = rnd.sample(range(len(DATA_JA)), 4)
    s["cause"] = rnd.choice(CAUSES)
    s["place"] = rnd.choice(PLACES_JA if s["org"].japanese else PLACES_ABROAD)
    s["agency"] = rnd.choice(AGENCIES)
    s["topic"] = rnd.choice(POLICY_TOPICS)
    s["sector"] = rnd.choice(SECTORS)
    s["region"] = rnd.choice(REGIONS)
    s["orgs_hit"] = rnd.randint(4, 30)
    s["since"] = (day - dt.timedelta(days=rnd.randint(2, 40)))
    s["deadline"] = (day + dt.timedelta(days=rnd.randint(14, 45)))
    s["hour"] = rnd.randint(0, 20)
    s["recover"] = day + dt.timedelta(days=rnd.randint(2, 30))
    s["systems"] = rnd.sample(range(12), 2)
    s["bases"] = rnd.randint(2, 60)
    s["ransom"] = rnd.choice([5, 8, 12, 15, 20, 25, 40, 60])
    s["detect_hour"] = rnd.randint(1, 11)
    s["person_ja"] = rnd.choice(PEOPLE_JA)
    s["person_en"] = rnd.choice(PEOPLE_EN)
    s["role"] = rnd.randrange(5)
    return s


# ---- sentence templates --------------------------------------------------------------
# Reports are put together from parts so that two stories of one kind rarely
# share a sentence, while the reports of one story share its facts (names,
# identifiers, figures, dates): a title is one variant of each of its parts,
# the lead one of several, and the body a random subset of fact slots, each
# slot written one of two or three ways.  {x} fields come from facts().

SYSTEMS = [("受発注システム", "order management system"), ("会計システム", "accounting system"),
           ("倉庫管理システム", "warehouse management system"), ("予約システム", "booking system"),
           ("電子カルテ", "electronic health records"), ("人事給与システム", "payroll system"),
           ("顧客管理システム", "customer database"), ("生産管理システム", "production control system"),
           ("メールサーバー", "mail servers"), ("社内ポータル", "intranet"), ("物流管理システム", "shipping system"),
           ("オンラインショップ", "online store")]
ROLES_JA = ["広報担当者", "情報システム部長", "広報部", "担当者", "最高情報セキュリティ責任者"]
ROLES_EN = ["a spokesperson", "its chief information security officer", "a company statement",
            "its chief executive", "an incident update"]
WEEKDAYS_JA = "月火水木金土日"


def facts(s, lang):
    o = s["org"]
    p = s["prod"]
    d = s["data"]
    since, rec = s["since"], s["recover"]
    sys1, sys2 = SYSTEMS[s["systems"][0]], SYSTEMS[s["systems"][1]]
    ja = lang == "ja"
    return {
        "org": o.name(lang), "org_desc": o.desc_ja, "place": s["place"],
        "prod": p["name"], "vendor": p["vendor_ja"] if ja else p["vendor"], "kind_ja": p["kind_ja"],
        "cve": s["cve"], "cve2": s["cve2"], "cvss": s["cvss"], "fixed": s["fixed"],
        "flaw": s["flaw"][0] if ja else s["flaw"][1],
        "group": s["group"], "actor": s["actor"], "malware": s["malware"],
        "count": yen(s["count"]), "servers": s["servers"], "accounts": s["accounts"], "bases": s["bases"],
        "loss_ja": man_yen(s["loss"]), "loss_usd": yen(s["loss"] * 70), "ransom": s["ransom"],
        "data": "、".join(DATA_JA[i] for i in d[:3]) if ja else ", ".join(DATA_EN[i] for i in d[:3]),
        "data4": DATA_JA[d[3]] if ja else DATA_EN[d[3]],
        "cause": s["cause"][0] if ja else s["cause"][1],
        "agency": s["agency"][0] if ja else s["agency"][1],
        "topic": s["topic"][0] if ja else s["topic"][1],
        "sector": s["sector"][0] if ja else s["sector"][1],
        "region": s["region"][0] if ja else s["region"][1],
        "orgs_hit": s["orgs_hit"], "hour": s["detect_hour"],
        "sys1": sys1[0] if ja else sys1[1], "sys2": sys2[0] if ja else sys2[1],
        "who": ("%s氏" % s["person_ja"]) if ja else s["person_en"],
        "role": ROLES_JA[s["role"]] if ja else ROLES_EN[s["role"]],
        "since_ja": "%d月%d日" % (since.month, since.day), "since_en": since.strftime("%B %-d"),
        "wd_ja": WEEKDAYS_JA[since.weekday()],
        "rec_ja": "%d月%d日" % (rec.month, rec.day), "rec_en": rec.strftime("%B %-d"),
        "deadline_ja": "%d月%d日" % (s["deadline"].month, s["deadline"].day),
        "deadline_en": s["deadline"].strftime("%B %-d"),
    }


T = {
    ("ransomware", "ja"): {
        "title": [["{org}", "{org_desc}の{org}", "【続報】{org}", "{place}の{org}"],
                  ["がランサムウェア被害", "でランサムウェア感染", "にサイバー攻撃、ランサムウェアか",
                   "、ランサムウェア感染を公表", "の障害はランサムウェアが原因"],
                  ["", "　サーバー{servers}台が暗号化", "　{group}が犯行声明", "　{sys1}が停止",
                   "　{count}件流出の恐れ", "、{rec_ja}の復旧目指す", "　{bases}拠点で業務に影響"]],
        "lead": ["{org}（{place}）は、{since_ja}に社内のサーバーがランサムウェアに感染し、{sys1}が停止したと発表した。",
                 "{org_desc}の{org}は、ランサムウェア攻撃でサーバー{servers}台のデータが暗号化されたことを明らかにした。",
                 "ランサムウェアグループ「{group}」が、{org}から{count}件のデータを盗んだと主張している。",
                 "{since_ja}（{wd_ja}）午前{hour}時ごろ、{org}の{sys1}に障害が発生し、原因はランサムウェアだったことが分かった。",
                 "{org}は、{bases}拠点で使う{sys1}と{sys2}がランサムウェアの被害を受けたと公表した。"],
        "body": [["同社によると、{since_ja}午前{hour}時ごろに{sys1}の異常を検知し、ネットワークを遮断した。",
                  "異常に気付いたのは{since_ja}の早朝で、直ちに外部との通信を止めたという。"],
                 ["暗号化されたのは{sys1}や{sys2}を含む{servers}台のサーバーだ。",
                  "被害は{servers}台のサーバーに及び、{sys2}も使えなくなった。"],
                 ["「{group}」はリークサイトで同社から盗んだとするデータの一部を公開している。",
                  "{group}は身代金として{ransom}ビットコインを要求しているとされる。"],
                 ["従業員や取引先の{data}など、最大{count}件の情報が流出した可能性がある。",
                  "流出した恐れがあるのは{data}などで、件数は最大{count}件にのぼる。"],
                 ["{who}（{role}）は「身代金の要求には応じない」と話した。",
                  "同社の{role}は、外部の専門会社と調査を進めていると説明した。"],
                 ["{bases}拠点のうち一部では、受注を電話やファクスで受け付けている。",
                  "全面的な復旧は{rec_ja}ごろになる見通しだという。"],
                 ["侵入経路は調査中だが、リモートアクセス用の機器が使われた可能性があるとしている。",
                  "攻撃者はVPN装置の認証情報を悪用した可能性があるという。"],
                 ["個人情報保護委員会と{place}の警察には既に報告した。"]],
    },
    ("ransomware", "en"): {
        "title": [["{org}", "Ransomware attack at {org}", "{group} ransomware gang"],
                  [" hit by ransomware", " disrupts operations", " claims attack on {org}", " confirms cyberattack"],
                  ["", ", {servers} servers encrypted", "; {count} records at risk", " as {sys1} goes offline"]],
        "lead": ["{org} said a ransomware attack on {since_en} encrypted {servers} of its servers and knocked its {sys1} offline.",
                 "The {group} ransomware group has claimed responsibility for an attack on {org} and says it stole {count} records.",
                 "{org} is restoring its {sys1} and {sys2} after a ransomware attack that began on {since_en}."],
        "body": [["The company said it detected unusual activity around {hour} a.m. on {since_en} and disconnected its network.",
                  "Staff noticed the intrusion early on {since_en}, according to {role}."],
                 ["Encrypted systems include its {sys1} and {sys2}, across {servers} servers.",
                  "{servers} servers were affected, including the {sys2}."],
                 ["{group} has published samples of data it claims to have stolen on its leak site.",
                  "The gang is reportedly demanding {ransom} bitcoin."],
                 ["Up to {count} records, including {data}, may have been taken.",
                  "Data at risk includes {data}, for up to {count} people."],
                 ["{who}, speaking for the company, said it will not pay the ransom.",
                  "The company expects full recovery by {rec_en}."],
                 ["Operations at {bases} sites have fallen back to manual processes.",
                  "Investigators believe the attackers entered through a remote access appliance."]],
    },
    ("data_breach", "ja"): {
        "title": [["{org}", "{org_desc}の{org}", "{place}の{org}"],
                  ["で個人情報{count}件が流出の可能性", "に不正アクセス、顧客情報{count}件が流出か",
                   "、{cause}を突かれ情報流出", "の顧客情報{count}件、外部から閲覧可能に"],
                  ["", "　{data4}は対象外", "　{since_ja}から不正アクセス", "　対象者に個別連絡"]],
        "lead": ["{org}は、同社の{sys1}が不正アクセスを受け、顧客の個人情報最大{count}件が流出した可能性があると発表した。",
                 "{org_desc}の{org}（{place}）は、{cause}が原因で顧客情報が外部から閲覧できる状態になっていたと明らかにした。",
                 "{org}の{sys1}から、{data}など{count}件の情報が流出した恐れがあることが分かった。",
                 "{since_ja}以降、{org}の{sys1}に第三者が不正にアクセスしていたことが判明した。"],
        "body": [["流出した可能性があるのは{data}などで、{data4}は含まれていないという。",
                  "対象となる情報は{data}で、{data4}は別のシステムで管理していた。"],
                 ["不正アクセスは{since_ja}ごろから続いていたとみられる。",
                  "{since_ja}（{wd_ja}）に最初の不審な通信が記録されていた。"],
                 ["原因は{cause}で、同社は既に対策を講じたとしている。",
                  "調査の結果、{cause}が侵入に使われたことが分かった。"],
                 ["現時点で情報の悪用は確認されていない。", "これまでに二次被害の報告はないという。"],
                 ["同社は対象の顧客に個別に連絡し、不審なメールや電話に注意するよう呼び掛けている。",
                  "{role}は「多大なご迷惑とご心配をおかけし、深くおわびする」とコメントした。"],
                 ["個人情報保護委員会に報告し、外部の専門家による調査を進めている。",
                  "{rec_ja}までに調査結果をまとめる予定だ。"]],
    },
    ("data_breach", "en"): {
        "title": [["{org}", "Breach at {org}"],
                  [" data breach exposes {count} records", " discloses breach affecting {count} people",
                   " exposes {data}"],
                  ["", " after {cause}"]],
        "lead": ["{org} has disclosed a data breach that may have exposed the personal information of up to {count} people.",
                 "Attackers exploited {cause} to reach the {sys1} of {org}, the company said.",
                 "Data on {count} customers of {org} was exposed from {since_en}, according to a disclosure."],
        "body": [["The exposed data includes {data}, but not {data4}.", "Leaked fields include {data}."],
                 ["The intrusion appears to have started around {since_en}.",
                  "Logs show the first suspicious access on {since_en}."],
                 ["The company said the breach was caused by {cause} and has since been fixed.",
                  "{role} blamed {cause}."],
                 ["There is no evidence so far that the data has been misused.",
                  "Affected customers are being notified and offered credit monitoring."],
                 ["A full report is expected by {rec_en}."]],
    },
    ("vulnerability", "ja"): {
        "title": [["{vendor}の{kind_ja}「{prod}」に", "{prod}に", "{vendor}製{kind_ja}に"],
                  ["{flaw}の脆弱性", "深刻な脆弱性", "複数の脆弱性"],
                  ["（{cve}）", "、CVSS {cvss}", "　{fixed}で修正", "　{cve}を修正"]],
        "lead": ["{vendor}は、{kind_ja}「{prod}」に{flaw}の脆弱性{cve}が存在すると発表した。",
                 "{prod}に、{flaw}につながる脆弱性（{cve}）が見つかった。",
                 "{vendor}が{prod}の修正版{fixed}を公開し、脆弱性{cve}と{cve2}を修正した。",
                 "CVSSの基本値が{cvss}と評価される{prod}の脆弱性{cve}について、{vendor}が注意を呼び掛けている。"],
        "body": [["脆弱性の深刻度はCVSSv3.1の基本値で{cvss}と評価されている。",
                  "{cve}のCVSS基本値は{cvss}だ。"],
                 ["悪用されると、認証されていない攻撃者に機器を操作される恐れがある。",
                  "細工した要求を送ることで、{flaw}が可能になるという。"],
                 ["{vendor}は修正版{fixed}を公開しており、利用者に早期の更新を呼び掛けている。",
                  "修正は{fixed}以降の版に含まれる。"],
                 ["現時点で悪用は確認されていないという。", "{since_ja}に研究者から報告を受けた。"],
                 ["更新がすぐにできない場合は、管理画面へのアクセスを信頼できるネットワークに限定するよう勧めている。"],
                 ["同時に、深刻度の低い脆弱性{cve2}も修正された。"]],
    },
    ("vulnerability", "en"): {
        "title": [["{vendor} patches ", "{vendor} fixes ", "Critical "],
                  ["{flaw} flaw in {prod}", "{prod} bug"],
                  [" ({cve})", ", rated CVSS {cvss}", ": update to {fixed}"]],
        "lead": ["{vendor} has fixed a {flaw} vulnerability in {prod}, tracked as {cve}.",
                 "A serious flaw in {prod}, {cve}, could let remote attackers take over the device, {vendor} warned.",
                 "{vendor} released {prod} {fixed} to fix {cve} and {cve2}."],
        "body": [["The bug is rated {cvss} on the CVSS v3.1 scale.", "{cve} carries a CVSS score of {cvss}."],
                 ["An unauthenticated attacker could exploit it over the network.",
                  "A crafted request is enough to trigger the {flaw}."],
                 ["Version {fixed} fixes the issue, and administrators are urged to update.",
                  "The fix ships in version {fixed}."],
                 ["{vendor} said it is not aware of any exploitation so far.",
                  "A researcher reported the issue on {since_en}."],
                 ["The update also fixes a lower-severity issue, {cve2}."]],
    },
    ("active_exploitation", "ja"): {
        "title": [["{prod}の", "{vendor}製{kind_ja}の", "【注意喚起】{prod}の"],
                  ["ゼロデイ脆弱性{cve}", "脆弱性{cve}", "{flaw}の脆弱性（{cve}）"],
                  ["が悪用、KEVに追加", "、攻撃で悪用を確認", "を狙う攻撃", "　国内でも被害"]],
        "lead": ["{vendor}の{kind_ja}「{prod}」の脆弱性{cve}が、{since_ja}以降の攻撃に悪用されている。",
                 "{prod}に存在する{flaw}の脆弱性{cve}について、悪用が確認されたとして注意喚起が出された。",
                 "米CISAは{prod}の脆弱性{cve}を既知の悪用された脆弱性カタログに加えた。",
                 "{vendor}は、{prod}のゼロデイ脆弱性{cve}を悪用した攻撃を確認し、修正版{fixed}を公開した。"],
        "body": [["脆弱性の深刻度はCVSSv3.1の基本値で{cvss}。", "{cve}のCVSS基本値は{cvss}と高い。"],
                 ["{vendor}によると、{since_ja}以降、限られた数の顧客の機器で侵害が確認された。",
                  "攻撃は{since_ja}ごろから観測されている。"],
                 ["米CISAは、この脆弱性を既知の悪用された脆弱性カタログ（KEV）に追加した。",
                  "KEVへの追加により、米連邦機関には期限内の対応が求められる。"],
                 ["修正版{fixed}が公開されており、利用組織は直ちに適用する必要がある。",
                  "{fixed}への更新とあわせて、認証情報の変更も推奨されている。"],
                 ["修正を適用した後も、侵害の痕跡がないか確認することが推奨されている。"],
                 ["国内でも、この脆弱性を狙ったとみられる通信が{orgs_hit}件観測されている。"]],
    },
    ("active_exploitation", "en"): {
        "title": [["Hackers exploit ", "Attacks hit ", "CISA warns of "],
                  ["{prod} zero-day {cve}", "{vendor} flaw {cve}", "{flaw} bug in {prod}"],
                  ["", "; patch to {fixed}", ", added to KEV"]],
        "lead": ["Attackers are exploiting a {flaw} vulnerability in {prod}, tracked as {cve}.",
                 "{vendor} has confirmed that a zero-day in {prod} has been used in attacks since {since_en}.",
                 "CISA added {cve}, a flaw in {vendor}'s {prod}, to its catalog of exploited bugs."],
        "body": [["The flaw carries a CVSS score of {cvss}.", "{cve} is rated {cvss}."],
                 ["CISA has added {cve} to its Known Exploited Vulnerabilities catalog.",
                  "Federal agencies have been told to patch within three weeks."],
                 ["Version {fixed} fixes the issue, and {vendor} urged customers to patch immediately.",
                  "Customers should move to {fixed} and rotate credentials."],
                 ["Organisations should also look for signs of compromise, since attacks started before the fix.",
                  "Researchers counted {orgs_hit} compromised devices in the first scans."]],
    },
    ("threat_actor", "ja"): {
        "title": [["攻撃グループ「{actor}」", "{actor}", "国家支援型とみられる{actor}"],
                  ["が{region}の{sector}を標的に", "、新たなマルウェア「{malware}」で{sector}を攻撃",
                   "が{malware}を使い{region}で活動"],
                  ["", "　{orgs_hit}組織に侵入"]],
        "lead": ["攻撃グループ「{actor}」が、{since_ja}ごろから{region}の{sector}を狙った標的型攻撃を続けていることが分かった。",
                 "セキュリティ企業の調査で、{actor}が新たなマルウェア「{malware}」を使っていることが明らかになった。",
                 "{region}の{sector}{orgs_hit}組織で、{actor}によるとみられる侵入の痕跡が見つかった。"],
        "body": [["これまでに少なくとも{orgs_hit}組織で侵入の痕跡が確認された。"],
                 ["攻撃は{since_ja}ごろから続いているという。"],
                 ["攻撃者は取引先を装ったメールに、{malware}を仕込んだファイルを添付していた。",
                  "{malware}は正規のソフトウェアの更新を装って配布されていた。"],
                 ["{malware}は感染した端末の情報を収集し、外部のサーバーに送信する。"],
                 ["研究者は、国家の支援を受けたグループの可能性があるとみている。"]],
    },
    ("threat_actor", "en"): {
        "title": [["{actor} hackers target {sector} in {region}", "New {malware} malware linked to {actor}",
                   "{actor} breaches {orgs_hit} {sector}"], ["", " with {malware}"]],
        "lead": ["A hacking group tracked as {actor} has been targeting {sector} in {region} since {since_en}, researchers said.",
                 "{actor} is using a new backdoor called {malware} in its latest campaign against {sector}."],
        "body": [["At least {orgs_hit} organisations have been breached so far."],
                 ["The attackers sent emails posing as business partners with {malware} hidden in attachments."],
                 ["Researchers believe the group is likely state-sponsored."]],
    },
    ("fraud_phishing", "ja"): {
        "title": [["{org}", "{org_desc}の{org}"],
                  ["でフィッシング起点の不正ログイン", "をかたる偽メールに注意", "で不正取引"],
                  ["、{accounts}口座", "　被害{loss_ja}", "　多要素認証を必須に"]],
        "lead": ["{org}は、フィッシングで盗まれたとみられる認証情報で、{accounts}件のアカウントに不正ログインがあったと発表した。",
                 "{org}をかたるフィッシングメールが{since_ja}ごろから出回り、顧客に約{loss_ja}の被害が出ている。",
                 "{org}の顧客{accounts}人が偽サイトに誘導され、認証情報を盗まれていたことが分かった。"],
        "body": [["被害額は約{loss_ja}にのぼるという。"],
                 ["メールのリンク先の偽サイトで、IDやパスワードを入力させる手口だった。",
                  "偽サイトは{org}の正規のログイン画面とほぼ同じ見た目だった。"],
                 ["同社は{rec_ja}から多要素認証の利用を必須にする。"],
                 ["不審なメールのリンクは開かず、公式アプリなどから確認するよう呼び掛けている。"],
                 ["{place}の警察に相談し、被害の全容を調べている。"]],
    },
    ("fraud_phishing", "en"): {
        "title": [["Phishing leads to {accounts} account takeovers at {org}",
                   "Fraudsters impersonate {org} in phishing wave", "{org} customers lose ${loss_usd} to fake login pages",
                   "{org} forces password resets after phishing"], ["", ", losses near ${loss_usd}", " ({accounts} accounts)"]],
        "lead": ["{org} said {accounts} customer accounts were taken over with credentials stolen through phishing.",
                 "A phishing campaign impersonating {org} since {since_en} has cost customers about ${loss_usd}.",
                 "Criminals copied the sign-in page of {org} and emptied {accounts} accounts, {role} said.",
                 "{org} has reset the passwords of {accounts} customers after a wave of look-alike emails that began on {since_en}."],
        "body": [["Victims were sent to fake login pages that captured their passwords.",
                  "The emails claimed there was a problem with a recent {sys1} transaction.",
                  "Text messages pointed victims to a domain registered on {since_en}."],
                 ["The company will make multi-factor authentication mandatory from {rec_en}.",
                  "{who} told reporters that losses would be refunded in full."],
                 ["Customers are advised not to click links in unexpected messages.",
                  "Police in {place} have opened an investigation."]],
    },
    ("policy", "ja"): {
        "title": [["{agency}が", "{agency}、"], ["{topic}を公表", "{topic}の案を公表"],
                  ["", "　意見募集は{deadline_ja}まで"]],
        "lead": ["{agency}は、{topic}を公表した。",
                 "{agency}が{topic}の案をまとめ、{deadline_ja}まで意見を募集している。"],
        "body": [["対象は重要インフラ事業者や地方自治体などで、具体的な手順を示している。"],
                 ["被害を認知してから24時間以内に初報を行うことを目安としている。"],
                 ["関係者への説明会を{deadline_ja}までに開く予定だ。"],
                 ["{who}（{role}）は「現場の負担を減らしたい」と話した。"]],
    },
    ("policy", "en"): {
        "title": [["{agency} publishes {topic}", "{agency} seeks comments on {topic}"], ["", " until {deadline_en}"]],
        "lead": ["{agency} has published {topic}.",
                 "{agency} released a draft of {topic} and is taking comments until {deadline_en}."],
        "body": [["The document applies to critical infrastructure operators and local governments."],
                 ["It asks organisations to file an initial report within 24 hours of detecting an incident."]],
    },
    ("product", "ja"): {
        "title": [["{vendor}、", "{vendor}が"], ["{kind_ja}の新版「{prod}」を提供開始", "中小企業向けに{prod}を発表"],
                  ["", "　{rec_ja}から"]],
        "lead": ["{vendor}は、{kind_ja}の新製品「{prod}」の提供を{rec_ja}に開始すると発表した。"],
        "body": [["中小企業でも導入しやすい価格に抑えたという。"],
                 ["管理画面から設定の不備を自動で検出する機能を備える。"],
                 ["同社は初年度に{orgs_hit}00社への導入を目指す。"]],
    },
    ("product", "en"): {
        "title": [["{vendor} launches {prod}", "{vendor} unveils {prod} for small businesses",
                   "{prod} arrives on {rec_en}", "{vendor} expands line-up with {prod}"], [""]],
        "lead": ["{vendor} has launched {prod}, a new security offering for small businesses, available from {rec_en}.",
                 "{prod}, announced by {vendor} this week, bundles monitoring and automatic configuration checks.",
                 "Starting {rec_en}, {vendor} customers can subscribe to {prod}, {who} said."],
        "body": [["The product detects common misconfigurations automatically.",
                  "Pricing starts at a flat monthly fee per site."],
                 ["{vendor} aims to sign up {orgs_hit}00 customers in the first year.",
                  "Early customers include {orgs_hit} regional firms."]],
    },
}
FILLER = {
    "ja": ["専門家は、同様の被害を防ぐために、機器の更新状況を定期的に確認するよう勧めている。",
           "利用者は、不審な通知やメールを受け取った場合、公式の窓口に問い合わせてほしい。",
           "同社は、今後の調査で新たな事実が分かり次第、公表するとしている。",
           "被害の拡大を防ぐため、関係機関と連携して対応を進めている。",
           "セキュリティ担当者は、侵入の兆候がないかログを確認しておくべきだ。",
           "同様の手口による被害は、今年に入って各地で報告されている。",
           "取引先や利用者への影響については、引き続き確認を進めるという。"],
    "en": ["Security experts recommend reviewing logs for signs of intrusion.",
           "The company said it would share more details as the investigation continues.",
           "Customers with questions can contact a dedicated support line.",
           "Similar incidents have been reported across the sector this year.",
           "Regulators have been asking companies to report such incidents faster.",
           "It is not yet clear how many customers are affected."],
}


def fill(tmpl, f):
    return tmpl.format(**f)


def article(rnd, s, lang):
    """Title and body paragraphs (the lead first) of one report of story s."""
    t = T[(s["kind"], lang)]
    f = facts(s, lang)
    title = fill("".join(rnd.choice(part) for part in t["title"]), f)
    lead = fill(rnd.choice(t["lead"]), f)
    slots = t["body"]
    k = rnd.randint(max(2, len(slots) - 2), len(slots))
    picked = sorted(rnd.sample(range(len(slots)), k))   # keep the slots in their reading order
    chosen = [fill(rnd.choice(slots[i]), f) for i in picked]
    chosen += rnd.sample(FILLER[lang], rnd.randint(1, 3))
    sep = "" if lang == "ja" else " "
    paras = [lead]
    while chosen:
        n = rnd.randint(1, 3)
        paras.append(sep.join(chosen[:n]))
        chosen = chosen[n:]
    return title, paras


# ---- sites, feeds and pages ---------------------------------------------------------------

def site_name(rnd, lang, i):
    if lang == "ja":
        return "%s%s %d" % (rnd.choice(SITE_JA), rnd.choice(SITE_JA2), i)
    return "The %s %s %d" % (rnd.choice(SITE_EN), rnd.choice(SITE_EN2), i)


def rfc822(t, lang):
    if lang == "ja":
        return t.strftime("%a, %d %b %Y %H:%M:%S +0900")
    u = t.astimezone(dt.timezone.utc)
    return u.strftime("%a, %d %b %Y %H:%M:%S GMT")


def page_html(rnd, site, item, related, charset):
    ja = site["lang"] == "ja"
    nav = "".join('<li><a href="%s/%s/">%s</a></li>' % (site["base"], c, c)
                  for c in ("news", "vuln", "incident", "column", "event", "about"))
    paras = "\n".join("<p>%s</p>" % html.escape(p) for p in item["paras"])
    ad = ('<div class="ad-slot"><span>%s</span><a href="%s/ad">%s</a></div>'
          % ("広告" if ja else "Advertisement", site["base"],
             "資料請求はこちら" if ja else "Download the free whitepaper"))
    mid = len(item["paras"]) // 2
    ps = paras.split("\n")
    body = "\n".join(ps[:mid + 1] + [ad] + ps[mid + 1:])
    rel = "".join('<li><a href="%s">%s</a></li>' % (html.escape(r["link"]), html.escape(r["title"])) for r in related)
    comments = ""
    if rnd.random() < 0.3:
        comments = ('<section class="comments"><h3>%s</h3><div class="comment"><p>%s</p></div></section>'
                    % ("コメント" if ja else "Comments",
                       "参考になりました。" if ja else "Thanks for the write-up."))
    when = item["time"]
    return """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{charset}">
<title>{title} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{link}">
<link rel="stylesheet" href="{base}/css/site.css">
<script src="{base}/js/analytics.js"></script>
</head>
<body>
<header class="site-header"><a class="logo" href="{base}/">{site}</a>
<nav class="global-nav"><ul>{nav}</ul></nav>
<form class="search" action="{base}/search"><input name="q"></form></header>
<div class="breadcrumb"><a href="{base}/">{home}</a> &gt; <a href="{base}/news/">{news}</a></div>
<main>
<article class="post">
<h1 class="entry-title">{title}</h1>
<div class="byline"><span class="author">{author}</span> <time datetime="{iso}">{shown}</time></div>
<div class="share"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
<div class="entry-content">
{body}
</div>
</article>
<aside class="related"><h2>{related}</h2><ul>{rel}</ul></aside>
{comments}
</main>
<aside class="sidebar"><h2>{ranking}</h2><ol>{rel}</ol>
<div class="newsletter"><p>{letter}</p><form><input name="email"></form></div></aside>
<footer class="site-footer"><p>&copy; {year} {site}. All rights reserved.</p>
<ul><li><a href="{base}/privacy">{privacy}</a></li><li><a href="{base}/contact">{contact}</a></li></ul></footer>
<div class="cookie-banner">{cookie}</div>
</body>
</html>
""".format(lang=site["lang"], charset=charset, title=html.escape(item["title"]), site=html.escape(site["name"]),
           iso=when.isoformat(), link=html.escape(item["link"]), base=site["base"], nav=nav,
           home="ホーム" if ja else "Home", news="ニュース" if ja else "News", author=html.escape(item["author"]),
           shown=when.strftime("%Y年%m月%d日 %H:%M") if ja else when.strftime("%B %d, %Y %H:%M"),
           body=body, related="関連記事" if ja else "Related", rel=rel, comments=comments,
           ranking="アクセスランキング" if ja else "Most read",
           letter="メールマガジンの登録はこちら" if ja else "Sign up for our newsletter",
           year=when.year, privacy="プライバシーポリシー" if ja else "Privacy", contact="お問い合わせ" if ja else "Contact",
           cookie="このサイトはCookieを使用しています。" if ja else "This site uses cookies.")


def feed_xml(site, items, charset):
    out = ['<?xml version="1.0" encoding="%s"?>' % charset,
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           "<title>%s</title>" % html.escape(site["name"]), "<link>%s/</link>" % site["base"],
           "<description>%s</description>" % html.escape(site["name"]),
           "<language>%s</language>" % site["lang"]]
    for it in items:
        desc = it["paras"][0]
        out.append("<item><title>%s</title><link>%s</link><guid isPermaLink=\"true\">%s</guid>"
                   "<pubDate>%s</pubDate><dc:creator>%s</dc:creator><category>%s</category>"
                   "<description>%s</description></item>"
                   % (html.escape(it["title"]), html.escape(it["link"]), html.escape(it["link"]),
                      rfc822(it["time"], site["lang"]), html.escape(it["author"]), it["kind"],
                      html.escape("<p>%s</p>" % html.escape(desc))))
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def encode(text, charset):
    try:
        return text.encode("cp932" if charset == "Shift_JIS" else "utf-8"), charset
    except UnicodeEncodeError:
        return text.encode("utf-8"), "UTF-8"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--base", required=True, help="URL prefix of the page server, e.g. http://127.0.0.1:8080")
    ap.add_argument("--day", default="2026-06-10")
    ap.add_argument("--seed", type=int, default=20260610)
    a = ap.parse_args()
    if a.articles < ITEMS_PER_FEED or a.articles % ITEMS_PER_FEED:
        ap.error("--articles must be a positive multiple of %d" % ITEMS_PER_FEED)
    rnd = random.Random("%d:%d" % (a.seed, a.articles))
    day = dt.date.fromisoformat(a.day)
    base = a.base.rstrip("/")

    nfeeds = a.articles // ITEMS_PER_FEED
    sites = []
    for i in range(nfeeds):
        lang = "en" if i % 3 == 2 else "ja"
        sites.append({"i": i, "lang": lang, "name": site_name(rnd, lang, i + 1),
                      "base": "%s/s%03d" % (base, i), "sjis": lang == "ja" and i % 6 == 1,
                      "items": [], "free": ITEMS_PER_FEED})

    orgs, prods, used = make_orgs(rnd), make_products(rnd), set()
    stories = []
    left = a.articles
    while left > 0:
        size = min(left, rnd.choices(CLUSTER_SIZES, CLUSTER_WEIGHTS)[0])
        open_sites = [s for s in sites if s["free"] > 0]
        size = min(size, len(open_sites))
        chosen = []
        pool = list(open_sites)
        for _ in range(size):   # distinct sites, the emptier ones first
            pick = rnd.choices(pool, [s["free"] for s in pool])[0]
            pool.remove(pick)
            chosen.append(pick)
        kind = rnd.choices(KINDS, KIND_WEIGHTS)[0]
        st = make_story(rnd, len(stories), kind, orgs, prods, used, day)
        st["links"] = []
        start = dt.datetime(day.year, day.month, day.day, st["hour"], rnd.randint(0, 59), tzinfo=JST)
        for n, site in enumerate(chosen):
            title, paras = article(rnd, st, site["lang"])
            when = min(start + dt.timedelta(minutes=n * rnd.randint(20, 90)),
                       dt.datetime(day.year, day.month, day.day, 23, 58, tzinfo=JST))
            slug = "%s-%04d" % (st["id"], len(site["items"]))
            link = "%s/%s/%02d/%s.html" % (site["base"], day.strftime("%Y/%m"), day.day, slug)
            author = rnd.choice(PEOPLE_JA) + "記者" if site["lang"] == "ja" else rnd.choice(PEOPLE_EN)
            site["items"].append({"title": title, "paras": paras, "link": link, "time": when, "kind": kind,
                                  "author": author, "path": "s%03d/%s/%02d/%s.html"
                                  % (site["i"], day.strftime("%Y/%m"), day.day, slug)})
            site["free"] -= 1
            st["links"].append(link)
        left -= len(chosen)
        stories.append({"id": st["id"], "kind": kind, "links": st["links"],
                        "japan": st["org"].japanese if kind in ("ransomware", "data_breach", "fraud_phishing")
                        else None})

    os.makedirs(os.path.join(a.outdir, "feeds"), exist_ok=True)
    for site in sites:
        items = sorted(site["items"], key=lambda it: it["time"], reverse=True)
        charset = "Shift_JIS" if site["sjis"] else "UTF-8"
        for it in items:
            related = rnd.sample(items, min(5, len(items)))
            data, cs = encode(page_html(rnd, site, it, [r for r in related if r is not it], charset), charset)
            if cs != charset:   # a character outside Shift_JIS: this page goes out as UTF-8
                data, cs = encode(page_html(rnd, site, it, [r for r in related if r is not it], cs), cs)
            path = os.path.join(a.outdir, "pages", it["path"])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        data, cs = encode(feed_xml(site, items, charset), charset)
        if cs != charset:
            data, cs = encode(feed_xml(site, items, cs), cs)
        with open(os.path.join(a.outdir, "feeds", "f%03d.xml" % site["i"]), "wb") as f:
            f.write(data)

    sizes = {}
    for s in stories:
        sizes[len(s["links"])] = sizes.get(len(s["links"]), 0) + 1
    with open(os.path.join(a.outdir, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"generator": GENERATOR_VERSION, "day": a.day, "articles": a.articles, "feeds": nfeeds,
                   "stories": len(stories), "cluster_sizes": sizes, "story_list": stories},
                  f, ensure_ascii=False, indent=0)
    print("%d articles in %d feeds, %d stories (sizes %s)" % (
        a.articles, nfeeds, len(stories), ", ".join("%d:%d" % kv for kv in sorted(sizes.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
