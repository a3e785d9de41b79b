#!/usr/bin/env python3
"""Generate one day of security news articles for bench/analyze.

    gen_day.py OUT.jsonl --articles N [--seed S]

One JSON object a line: feed (number), feed_title, lang ("ja"/"en"), title,
text, link, published (Unix time), story (the true story id).  Everything is
made from our own word lists about fictional organisations, with a fixed seed,
so every machine measures the same bytes.

Shape of the day (close to a real one, scaled):
  - stories of 1 to 12 reports (about half are single reports), each report
    from a different feed, in Japanese or English, with its own wording of
    the same facts (victim, actor, CVE ids, counts, money);
  - shared context that must not glue stories together: a few big vendors,
    ransomware groups and government bodies named in many stories, generic
    sentences common to every article of a kind;
  - one feed that repeats one item (1% of the day) with tiny changes;
  - texts of 1 to 4 KB, some articles with no text at all.
"""
import argparse
import json
import random
import sys

JA_SYL = ["あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ", "み", "つ", "ふ", "こ", "そ", "ひ", "き"]
KATA = ["ア", "カ", "サ", "タ", "ナ", "ハ", "マ", "ヤ", "ラ", "ワ", "ミ", "ツ", "フ", "コ", "ソ", "ヒ", "キ",
        "ル", "ノ", "ス", "ト", "ケ", "ロ", "リ", "レ", "ミ", "ネ"]
KANJI = ["雲", "井", "北", "浜", "南", "沢", "青", "葉", "白", "鷺", "朝", "霧", "高", "森", "川", "田",
         "松", "竹", "梅", "桜", "星", "月", "光", "風", "東", "西", "峰", "泉", "島", "原"]
JA_SUFFIX = ["製薬", "食品", "銀行", "証券", "不動産", "工業", "商事", "運輸", "大学", "病院", "市", "電機"]
LAT_A = ["Kor", "Vel", "Mar", "Sel", "Dun", "Bri", "Ost", "Tal", "Fen", "Hal", "Quin", "Zor", "Pel",
         "Ard", "Cal", "Ver", "Nor", "Lum", "Tor", "Ael", "Bex", "Cyr", "Dov", "Elm", "Gar", "Hex",
         "Ist", "Jor", "Kel", "Lor", "Mor", "Nev", "Orn", "Pra", "Rav", "Sor", "Tev", "Ulm", "Vor", "Wen"]
LAT_M = ["a", "e", "i", "o", "u", "ar", "en", "il", "on", "ur", "al", "er", "is", "or", "an"]
LAT_B = ["ant", "isto", "dra", "kie", "wick", "ven", "mere", "holt", "ion", "ara", "ova", "ex", "ine",
         "ford", "stone", "well", "by", "ton", "ria", "lux", "dale", "gate", "mont", "vik", "berg",
         "stad", "field", "more", "worth", "cliff"]
LAT_KIND = ["Bank", "Health", "Logistics", "Telecom", "Retail", "Energy", "Systems", "Insurance",
            "Airlines", "Foods", "University", "Water", "Pharma", "Networks", "Software"]
BIG_VENDORS = ["Microsoft", "Cisco", "Fortinet", "Ivanti", "VMware", "Citrix", "Oracle", "Apple"]
ACTORS = ["LockBit", "Akira", "Black Basta", "RansomHub", "Play", "Medusa", "BianLian", "Cl0p"]
APTS = ["Lazarus", "APT29", "APT41", "Volt Typhoon", "Kimsuky", "MirrorFace", "Sandworm", "BlackTech"]
JA_GOV = ["個人情報保護委員会", "警察庁", "金融庁", "経済産業省", "総務省", "内閣官房"]
EN_PLACES = ["Ohio", "Texas", "Bavaria", "Ontario", "Victoria", "Lyon", "Porto", "Leeds"]
JA_PLACES = ["横浜市", "大阪市", "福岡市", "札幌市", "仙台市", "名古屋市", "神戸市", "静岡市"]

TOPICS_JA = ["IoT機器", "クラウドサービス", "医療機関", "サプライチェーン", "中小企業", "重要インフラ",
             "地方自治体", "教育機関", "金融機関", "電気通信事業者", "ソフトウェア部品表", "生成AI"]
TOPICS_EN = ["IoT devices", "cloud services", "hospitals", "supply chains", "small businesses",
             "critical infrastructure", "local governments", "schools", "banks", "telecom carriers",
             "software bills of materials", "generative AI"]
SERVICES = ["Sentinel", "Watchtower", "Harbor", "Beacon", "Lattice", "Aegis", "Prism", "Vector", "Halo",
            "Anchor", "Summit", "Orbit"]
KINDS = ["ransomware", "breach", "vuln", "exploit", "actor", "phish", "policy", "product"]
KIND_W = [18, 24, 16, 8, 10, 12, 6, 6]

EN_FILLER = [
    "Security researchers said the incident fits a pattern seen across the sector this year.",
    "The company said it had notified the relevant authorities and hired outside investigators.",
    "Experts recommend enabling multi-factor authentication and keeping software up to date.",
    "It is not yet clear how the attackers first gained access to the network.",
    "A spokesperson declined to give further details while the investigation continues.",
    "Customers were advised to watch for suspicious emails and calls referring to the incident.",
    "Regulators have been stepping up scrutiny of how organisations report cyber incidents.",
    "The firm said it would publish an update once the forensic review is complete.",
    "Backups allowed some systems to be restored within hours, according to the company.",
    "Analysts noted that edge devices remain a favourite entry point for intruders.",
]
JA_FILLER = [
    "同社は外部の専門会社に調査を依頼し、被害の範囲を確認している。",
    "侵入の経路はまだ特定されておらず、引き続き調査を進めるという。",
    "専門家は多要素認証の導入とソフトウェアの更新を徹底するよう呼び掛けている。",
    "同社は関係当局に報告し、対象者には個別に連絡するとしている。",
    "不審なメールや電話に注意するよう利用者に呼び掛けている。",
    "同様の手口による被害は今年に入って増えているとみられる。",
    "バックアップからの復旧を進めており、一部の業務はすでに再開した。",
    "今後、調査の結果がまとまり次第、改めて公表する方針だ。",
    "セキュリティ担当者は、外部に公開している機器の点検を急ぐ必要がある。",
    "同社は再発防止策として、アクセス権限の見直しを進めるという。",
]


def ja_name(r):
    if r.random() < 0.4:
        stem = "".join(r.choice(KANJI) for _ in range(r.randint(2, 3)))
    else:
        stem = "".join(r.choice(KATA) for _ in range(r.randint(4, 6)))
    return stem + r.choice(JA_SUFFIX)


def lat_name(r):
    return r.choice(LAT_A) + r.choice(LAT_M) + r.choice(LAT_B) + " " + r.choice(LAT_KIND)


def fmt_int(n):
    return "{:,}".format(n)


def ja_count(n):
    if n >= 10000 and n % 10000 == 0:
        return "%d万" % (n // 10000)
    return fmt_int(n)


class Story:
    def __init__(self, r, sid, domestic):
        self.id = sid
        self.kind = r.choices(KINDS, KIND_W)[0]
        self.domestic = domestic
        self.ja_victim = ja_name(r)
        self.lat_victim = lat_name(r)
        self.vendor = r.choice(BIG_VENDORS) if r.random() < 0.6 else lat_name(r).split()[0] + " Systems"
        self.product = self.vendor + " " + r.choice(["Gateway", "Connect", "Portal", "Server", "Agent", "Mail"])
        self.cves = ["CVE-2026-%05d" % r.randint(10000, 99999) for _ in range(r.choice([1, 1, 1, 2]))]
        self.cvss = r.choice([5.3, 6.1, 7.5, 8.1, 8.8, 9.1, 9.8])
        self.actor = r.choice(ACTORS)
        self.apt = r.choice(APTS)
        self.records = r.choice([1200, 3400, 12000, 48000, 120000, 560000, 2100000]) + r.randint(0, 9) * 100
        self.money = r.choice([2, 5, 12, 41, 62]) * 1000000
        self.servers = r.randint(12, 90)
        self.ja_place = r.choice(JA_PLACES)
        self.en_place = r.choice(EN_PLACES)
        self.gov = r.choice(JA_GOV)
        t = r.randrange(len(TOPICS_JA))
        self.topic_ja, self.topic_en = TOPICS_JA[t], TOPICS_EN[t]
        self.service = r.choice(SERVICES) + " " + r.choice(["XDR", "MDR", "Cloud", "Shield", "Guard", "One"])
        self.detail = r.randint(0, 9)

    def victim(self, lang):
        if self.domestic:
            return self.ja_victim if lang == "ja" else self.lat_victim
        return self.lat_victim

    def title(self, r, lang):
        v = self.victim(lang)
        k = self.kind
        if lang == "ja":
            pre = "" if self.domestic else "米"
            t = {
                "ransomware": ["%s%sがランサムウェア被害、サーバー%d台が暗号化" % (pre, v, self.servers),
                               "%s%sにランサムウェア攻撃、%sが犯行を主張" % (pre, v, self.actor),
                               "【続報】%sのシステム障害、原因はランサムウェア" % v],
                "breach": ["%s%sで個人情報%s件が流出の可能性" % (pre, v, ja_count(self.records)),
                           "%sに不正アクセス、顧客情報%s件流出か" % (v, ja_count(self.records))],
                "vuln": ["%sに深刻な脆弱性（%s）、修正版を公開" % (self.product, self.cves[0]),
                         "%sの脆弱性%s、CVSS %.1f" % (self.product, self.cves[0], self.cvss)],
                "exploit": ["%sの脆弱性%sが悪用、修正を急ぐよう呼び掛け" % (self.product, self.cves[0]),
                            "ゼロデイ脆弱性%sの悪用を確認、%sが緊急更新" % (self.cves[0], self.vendor)],
                "actor": ["攻撃グループ%sが%sを標的に新たな攻撃" % (self.apt, v),
                          "%sの関与指摘、%sから%s万ドル流出" % (self.apt, v, self.money // 10000)],
                "phish": ["%sをかたるフィッシングが急増、偽サイトに注意" % v,
                          "%sの利用者狙う偽メール、不正送金の被害" % v],
                "policy": ["%s、%s向けのセキュリティ指針案を公表" % (self.gov, self.topic_ja),
                           "%sの対策強化へ、%sが新たな制度案" % (self.topic_ja, self.gov),
                           "%sが%sのサイバー対策で報告義務化を検討" % (self.gov, self.topic_ja)],
                "product": ["%sが監視サービス「%s」を提供開始" % (v, self.service),
                            "%s、%s向けの新製品「%s」を発売" % (v, self.topic_ja, self.service)],
            }[k]
        else:
            t = {
                "ransomware": ["%s hit by %s ransomware, %d servers encrypted" % (v, self.actor, self.servers),
                               "Ransomware attack disrupts %s operations" % v,
                               "%s gang claims attack on %s" % (self.actor, v)],
                "breach": ["%s discloses breach affecting %s customers" % (v, fmt_int(self.records)),
                           "Data of %s people exposed in %s breach" % (fmt_int(self.records), v)],
                "vuln": ["%s fixes critical flaw %s in %s" % (self.vendor, self.cves[0], self.product),
                         "%s bug %s rated %.1f" % (self.product, self.cves[0], self.cvss)],
                "exploit": ["Attackers exploit %s zero-day %s" % (self.product, self.cves[0]),
                            "CISA adds %s flaw %s to KEV after attacks" % (self.vendor, self.cves[0])],
                "actor": ["%s hackers target %s in new espionage campaign" % (self.apt, v),
                          "%s linked to $%d million theft at %s" % (self.apt, self.money // 1000000, v)],
                "phish": ["Phishing campaign impersonates %s customers" % v,
                          "Fake %s login pages steal credentials" % v],
                "policy": ["Japan proposes security rules for %s" % self.topic_en,
                           "Japanese regulator drafts cyber guidance for %s" % self.topic_en],
                "product": ["%s launches %s for %s" % (v, self.service, self.topic_en),
                            "%s releases %s security platform" % (v, self.service)],
            }[k]
        return r.choice(t)

    def lead(self, r, lang):
        v = self.victim(lang)
        k = self.kind
        if lang == "ja":
            place = self.ja_place if self.domestic else self.en_place
            s = {
                "ransomware": "%s（本社：%s）は、ランサムウェアによる攻撃を受けてサーバー%d台のデータが暗号化されたと発表した。ランサムウェアグループ%sが犯行を主張している。" % (v, place, self.servers, self.actor),
                "breach": "%sは、外部からの不正アクセスにより顧客の個人情報%s件が流出した可能性があると発表した。%sに報告したという。" % (v, ja_count(self.records), self.gov),
                "vuln": "%sは、%sに脆弱性%sがあると公表した。CVSS基本値は%.1fで、修正版が提供されている。" % (self.vendor, self.product, "、".join(self.cves), self.cvss),
                "exploit": "%sの%sにある脆弱性%sが攻撃に悪用されていることが分かった。悪用を確認したとして注意喚起が出ている。" % (self.vendor, self.product, self.cves[0]),
                "actor": "攻撃グループ%sが%sを狙った攻撃を続けていることが分かった。約%s万ドル相当の被害が出ている。" % (self.apt, v, self.money // 10000),
                "phish": "%sを装ったメールやSMSが大量に送られており、偽サイトでIDとパスワードを盗まれる被害が出ている。" % v,
                "policy": "%sは、%sを対象としたサイバー対策の新たな手引きの案を公表した。意見募集は%d月%d日まで。" % (self.gov, self.topic_ja, 4 + self.detail % 3, 10 + self.detail),
                "product": "%sは、%s向けのセキュリティ監視サービス「%s」の提供を開始すると発表した。" % (v, self.topic_ja, self.service),
            }[k]
        else:
            place = self.en_place
            s = {
                "ransomware": "%s, based in %s, said a ransomware attack encrypted %d servers. The %s group has claimed responsibility." % (v, place, self.servers, self.actor),
                "breach": "%s said intruders may have accessed the personal data of %s customers." % (v, fmt_int(self.records)),
                "vuln": "%s has fixed %s in %s, rated %.1f under CVSS." % (self.vendor, " and ".join(self.cves), self.product, self.cvss),
                "exploit": "Attackers are actively exploiting %s in %s, the vendor warned as it released fixes." % (self.cves[0], self.product),
                "actor": "The %s group has been targeting %s, stealing about $%d million." % (self.apt, v, self.money // 1000000),
                "phish": "A phishing campaign is impersonating %s to steal login credentials from customers." % v,
                "policy": "Japan's government published draft security guidance for %s, open for comment until %s %d." % (self.topic_en, ["April", "May", "June"][self.detail % 3], 10 + self.detail),
                "product": "%s announced %s, a managed security service for %s." % (v, self.service, self.topic_en),
            }[k]
        return s

    def article(self, r, lang, kb):
        parts = [self.lead(r, lang)]
        pool = JA_FILLER if lang == "ja" else EN_FILLER
        target = kb * 1024
        size = len(parts[0].encode())
        while size < target:
            sent = r.choice(pool)
            if r.random() < 0.15:
                sent = self.lead(r, lang)
            parts.append(sent)
            size += len(sent.encode())
        paras = []
        for i in range(0, len(parts), 3):
            paras.append(("" if lang == "ja" else " ").join(parts[i:i + 3]))
        return "\n\n".join(paras)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=20260312)
    a = ap.parse_args()
    r = random.Random(a.seed)
    n = a.articles
    nfeeds = max(20, n // 50)
    feeds = []
    for i in range(nfeeds):
        lang = "ja" if i % 2 == 0 else "en"
        feeds.append((i + 1, ("セキュリティ速報%d" % i) if lang == "ja" else ("Security Wire %d" % i), lang))
    day0 = 1773241200  # 2026-03-12 00:00 JST
    out = open(a.out, "w", encoding="utf-8")
    written = 0
    sid = 0
    flood = max(5, n // 100)
    # the repeating feed
    st = Story(r, "s%06d" % sid, False)
    sid += 1
    text = st.article(r, "en", 1)
    title = st.title(r, "en")
    for i in range(flood):
        out.write(json.dumps({"feed": nfeeds + 1, "feed_title": "Repeater Feed", "lang": "en",
                              "title": title + (" [update %d]" % i if i % 2 else ""),
                              "text": text + "\n\n(rev %d)" % i,
                              "link": "https://repeater.example/item?id=1&rev=%d" % i,
                              "published": day0 + 3600 + i * 7, "story": st.id}, ensure_ascii=False) + "\n")
    written += flood
    while written < n:
        size = r.choices([1, 2, 3, 4, 5, 7, 12], [52, 22, 12, 6, 4, 3, 1])[0]
        size = min(size, n - written)
        st = Story(r, "s%06d" % sid, r.random() < 0.4)
        sid += 1
        used = set()
        base_t = day0 + r.randint(0, 86000 - 3600)
        for k in range(size):
            f = r.randrange(nfeeds)
            while f in used:
                f = r.randrange(nfeeds)
            used.add(f)
            fid, ftitle, lang = feeds[f]
            if not st.domestic and st.kind in ("policy",) and lang == "en":
                pass
            kb = r.choice([1, 1, 2, 2, 3, 4])
            text = "" if r.random() < 0.02 else st.article(r, lang, kb)
            out.write(json.dumps({"feed": fid, "feed_title": ftitle, "lang": lang,
                                  "title": st.title(r, lang), "text": text,
                                  "link": "https://news%d.example/%s/%d" % (fid, st.id, k),
                                  "published": base_t + r.randint(0, 3600), "story": st.id},
                                 ensure_ascii=False) + "\n")
            written += 1
    out.close()
    print("wrote %d articles, %d stories to %s" % (written, sid, a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
