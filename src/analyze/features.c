/*
 * features: what analysis knows about one article, computed once.
 *
 * Owns, per article: the language; the MinHash sketch of its title and lead
 * (Latin words and Japanese character bigrams, one-permutation hashing with
 * densification, so the cost is one hash per shingle whatever the sketch
 * length); its anchors, the names and identifiers that tie reports of one
 * event together across sources and languages; and the facts that
 * classification and ranking use (signals, CVSS, counts, Japan relevance).
 *
 * Anchors (each a 64-bit key; the same name gives the same key in both
 * languages because names are keyed by their lexicon canonical form):
 *   CVE ids; lexicon names (actors, vendors, products, names_ja_latin
 *   entries, Japanese organisations, government bodies) and organisations
 *   found by their form; host names; stated amounts rounded to two
 *   significant digits (約12万件 and 119,872 records meet); Latin-letter
 *   proper names and identifiers of the title and lead that the lexicon does
 *   not know; katakana names of a Japanese title and lead that are neither in
 *   the lexicon nor generic words.
 * Where an anchor was seen (title, lead, body) is kept: the title and lead
 * say what a report is about, the body only what it mentions.  A name that
 * reports rather than is reported on ("…、JIRCが公表") counts as body, and a
 * publisher naming itself (a feed's own name) is no anchor.
 *
 * Bounds: the title is read up to AN_TITLE_MAX bytes, the lead is the first
 * AN_LEAD_BYTES of the text, entity extraction reads AN_ENTITY_INPUT bytes
 * (the rest of a long text, up to AN_TAIL_SCAN, is only searched for CVE ids),
 * at most AN_MAX_ANCHORS anchors and AN_MAX_SHINGLES shingles are kept.
 * Time per article is therefore bounded whatever the input.
 */
#include "analyze/analyze_internal.h"

#include "core/log.h"
#include "text/normalize.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- ASCII classes without the locale (hot loops) ---- */

static inline int a_alpha(unsigned char c) { return (unsigned)((c | 32) - 'a') < 26u; }
static inline int a_digit(unsigned char c) { return (unsigned)(c - '0') < 10u; }
static inline int a_alnum(unsigned char c) { return a_alpha(c) || a_digit(c); }
static inline int a_upper(unsigned char c) { return (unsigned)(c - 'A') < 26u; }
static inline int a_lower_c(unsigned char c) { return (unsigned)(c - 'a') < 26u; }
static inline char a_tolower(unsigned char c) { return (char)(a_upper(c) ? c | 32 : c); }

/* ---- hashing ------------------------------------------------------------------------------ */

uint64_t an_mix(uint64_t x)
{
    /* splitmix64 finaliser: a fixed bijection, no seed from the environment */
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* Little-endian read, whatever the machine: ids must not depend on it. */
static uint64_t load_le64(const unsigned char *p)
{
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
           (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

/* A 64-bit hash of bytes, eight at a time (multiply-rotate), finished by an_mix. */
uint64_t an_hash(const void *p, size_t n, uint64_t seed)
{
    const unsigned char *s = p;
    uint64_t h = 0xcbf29ce484222325ULL ^ seed ^ ((uint64_t)n * 0x9e3779b97f4a7c15ULL);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        h ^= load_le64(s + i) * 0xff51afd7ed558ccdULL;
        h = (h << 29 | h >> 35) * 0xc4ceb9fe1a85ec53ULL;
    }
    uint64_t tail = 0;
    for (size_t k = 0; i + k < n; k++)
        tail |= (uint64_t)s[i + k] << (8 * k);
    h ^= tail * 0xff51afd7ed558ccdULL;
    h = (h << 29 | h >> 35) * 0xc4ceb9fe1a85ec53ULL;
    return an_mix(h);
}

int an_text_lang(const char *lang) { return lang && strcmp(lang, "ja") == 0 ? 0 : 1; }

/* ---- word lists ---------------------------------------------------------------------------- */

/* English words that are capitalised for grammar, not because they name something. */
static const char *const en_stop[] = {
    "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
    "during", "each", "for", "from", "had", "has", "have", "he", "her", "his", "how", "if", "in",
    "into", "is", "it", "its", "last", "more", "most", "new", "no", "not", "now", "of", "on", "one",
    "or", "other", "our", "over", "said", "says", "she", "since", "so", "some", "such", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
    "to", "two", "under", "until", "up", "us", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "why", "will", "with", "would", "you", "your",
    /* months and days */
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
    /* generic security and news words often capitalised in titles and at sentence starts */
    "attack", "attackers", "attacks", "alert", "advisory", "breach", "bug", "bugs", "critical",
    "cyber", "cyberattack", "data", "exploit", "exploited", "flaw", "flaws", "hackers", "high",
    "patch", "patches", "ransomware", "report", "researchers", "security", "update", "updates",
    "vulnerability", "vulnerabilities", "warning", "zero-day", "company", "group", "firm",
    "according", "however", "meanwhile", "officials", "police", "customers", "users", "update",
    /* acronyms too common to tie two reports together */
    "ai", "api", "apt", "ceo", "cio", "cisa", "cto", "cve", "cvss", "ddos", "dll", "dns", "edr",
    "faq", "ftp", "html", "http", "https", "id", "ids", "iot", "ip", "it", "kev", "lnk", "mfa",
    "ot", "os", "pc", "pdf", "poc", "raas", "rce", "rdp", "saas", "sms", "soc", "sql", "ssh",
    "ssl", "tls", "url", "usb", "vpn", "web", "xss", "zip", "www", "com", "example", "ioc",
    "ja", "en", "inc", "ltd", "corp", "co", "llc", "q", "version", "ver",
    /* nationalities and regions: where, not who */
    "american", "asian", "australian", "british", "canadian", "chinese", "dutch", "european",
    "french", "german", "indian", "iranian", "israeli", "italian", "japanese", "korean",
    "north", "south", "russian", "spanish", "taiwanese", "ukrainian", "vietnamese", "western",
    "east", "west", "federal", "national", "international", "global",
};

/* Katakana words too generic to name an event (longest first is not needed: the
 * stripping loop below repeats until nothing changes). */
static const char *const kana_stop[] = {
    "セキュリティ", "ランサムウェア", "ランサム", "サーバー", "サーバ", "システム", "パスワード",
    "フィッシング", "マルウェア", "アカウント", "サービス", "ソフトウェア", "ソフト", "ファイル",
    "データ", "データベース", "ネットワーク", "インシデント", "サイバー", "ウェブサイト", "ウェブ",
    "サイト", "メール", "ログイン", "アクセス", "ユーザー", "ユーザ", "クラウド", "バージョン",
    "アップデート", "グループ", "リーク", "リモート", "プログラム", "アプリ", "アプリケーション",
    "ページ", "コード", "ツール", "ゼロデイ", "パッチ", "セキュア", "インターネット", "オンライン",
    "プラットフォーム", "ベンダー", "メーカー", "センター", "チーム", "リサーチ", "レポート",
    "キャンペーン", "ポータル", "バックドア", "トロイ", "ワーム", "ボット", "ボットネット",
    "スパム", "ショッピング", "ストア", "カード", "クレジットカード", "クレジット", "ポイント",
    "ニュース", "プレス", "リリース", "ホームページ", "ブラウザー", "ブラウザ", "デバイス",
    "ルーター", "ファイアウォール", "コンピューター", "パソコン", "スマートフォン", "スマホ",
    "テクノロジー", "テクノロジーズ", "ホールディングス", "ジャパン", "コーポレーション",
    "ソリューション", "ソリューションズ", "ネットワークス", "システムズ", "サポート", "ログ",
    "スキャン", "エクスプロイト", "ペイロード", "ダウンロード", "インストール", "ログイン情報",
    "ターゲット", "リスク", "レベル", "スコア", "ケース", "モデル", "ガイドライン", "ガイド",
    "ルール", "ポリシー", "プロセス", "オペレーション", "ビジネス", "マネジメント", "ゲートウェイ",
    "ストレージ", "バックアップ", "エンドポイント", "ランサムウエア", "マルウエア", "ソフトウエア",
    "インフラ", "コンテンツ", "メッセージ", "リンク", "ドメイン", "アドレス", "メールアドレス",
    "ヘッダー", "インジェクション", "スクリプト", "スクリプティング", "アップロード", "ライブラリ",
    "オープンソース", "プラグイン", "モジュール", "ファームウェア", "インターフェース", "ワンタイム",
    "ワンタイムパスワード", "スミッシング", "ブリッジ", "チェーン", "セッション", "トークン",
    "クライアント", "エンジン", "パケット", "ポート", "フォーム", "コマンド", "オプション",
    "デフォルト", "パラメーター", "パラメータ", "ユーティリティ", "コンポーネント", "パッケージ",
    "アラート", "アナリスト", "リサーチャー", "ハッカー", "サイバーセキュリティ", "ディスク",
    "ランサムウェアグループ", "クラウドサービス", "ウイルス", "ソーシャル", "エンジニアリング",
    "マネージド", "モニタリング", "ログ", "ファイルサーバー", "データセンター", "ホスティング",
    "プロバイダー", "キャリア", "ショップ", "サブスクリプション", "ライセンス", "テスト", "デモ",
    "イベント", "セミナー", "カンファレンス", "レジ", "チェック", "リスト", "グループウェア",
};

/* Words that mark critical infrastructure or essential services. */
static const char *const infra_words[] = {
    "病院", "医療", "電力", "ガス", "水道", "鉄道", "空港", "港湾", "基幹インフラ", "重要インフラ",
    "物流", "自治体", "救急", "hospital", "health system", "healthcare", "power grid",
    "water", "pipeline", "railway", "airport", "critical infrastructure", "logistics",
    "energy",
};

/* ---- built-in category hints that complement categories.tsv ------------------------------ */

typedef struct cat_hint {
    enum story_category cat;
    double weight;
    const char *word; /* NFKC, ASCII lower case */
} cat_hint;

static const cat_hint cat_hints[] = {
    {STORY_CAT_POLICY, 4, "報告状況"},       {STORY_CAT_POLICY, 3, "レポート"},
    {STORY_CAT_POLICY, 3, "報告書"},         {STORY_CAT_POLICY, 3, "四半期"},
    {STORY_CAT_POLICY, 3, "統計"},           {STORY_CAT_POLICY, 4, "白書"},
    {STORY_CAT_POLICY, 3, "調査結果"},       {STORY_CAT_POLICY, 3, "quarterly report"},
    {STORY_CAT_POLICY, 4, "annual report"},  {STORY_CAT_POLICY, 2, "survey"},
    {STORY_CAT_POLICY, 2, "調査"},            {STORY_CAT_POLICY, 3, "方針"},
    {STORY_CAT_POLICY, 3, "制度"},            {STORY_CAT_POLICY, 2, "proposal"},
    {STORY_CAT_POLICY, 2, "proposed"},        {STORY_CAT_POLICY, 2, "draft"},
    {STORY_CAT_POLICY, 2, "scheme"},          {STORY_CAT_POLICY, 3, "public comment"},
    {STORY_CAT_POLICY, 3, "rules"},           {STORY_CAT_POLICY, 2, "requires"},
    {STORY_CAT_POLICY, 3, "report incidents"}, {STORY_CAT_POLICY, 3, "standards body"},
    {STORY_CAT_POLICY, 2, "見直し"},           {STORY_CAT_POLICY, 2, "様式"},
    {STORY_CAT_DATA_BREACH, 3, "誤って"},      {STORY_CAT_DATA_BREACH, 3, "unprotected"},
    {STORY_CAT_DATA_BREACH, 3, "open database"},
    {STORY_CAT_VULNERABILITY, 4, "heap overflow"}, {STORY_CAT_VULNERABILITY, 3, "buffer overflow"},
    {STORY_CAT_VULNERABILITY, 3, "security bugs"}, {STORY_CAT_VULNERABILITY, 2, "fixes"},
    {STORY_CAT_FRAUD_PHISHING, 3, "pop-ups"},  {STORY_CAT_FRAUD_PHISHING, 3, "call centre"},
    {STORY_CAT_FRAUD_PHISHING, 3, "call center"}, {STORY_CAT_FRAUD_PHISHING, 2, "fake"},
    {STORY_CAT_PRODUCT, 3, "free tool"},       {STORY_CAT_PRODUCT, 2, "adds"},
    {STORY_CAT_PRODUCT, 2, "機能"},
    {STORY_CAT_THREAT_ACTOR, 4, "malicious package"}, {STORY_CAT_THREAT_ACTOR, 4, "malicious npm"},
    {STORY_CAT_THREAT_ACTOR, 4, "typosquat"},  {STORY_CAT_THREAT_ACTOR, 4, "悪性パッケージ"},
    {STORY_CAT_THREAT_ACTOR, 4, "不正なパッケージ"}, {STORY_CAT_THREAT_ACTOR, 3, "stealer"},
    {STORY_CAT_THREAT_ACTOR, 3, "情報窃取"},   {STORY_CAT_THREAT_ACTOR, 3, "supply chain attack"},
    {STORY_CAT_THREAT_ACTOR, 3, "サプライチェーン攻撃"},
    {STORY_CAT_PRODUCT, 4, "提供開始"},        {STORY_CAT_PRODUCT, 4, "提供を開始"},
    {STORY_CAT_PRODUCT, 4, "サービスを開始"},  {STORY_CAT_PRODUCT, 3, "発売"},
    {STORY_CAT_PRODUCT, 3, "launches"},        {STORY_CAT_PRODUCT, 4, "general availability"},
    {STORY_CAT_PRODUCT, 3, "新サービス"},      {STORY_CAT_PRODUCT, 3, "新製品"},
};

static const char *const critical_words[] = {"critical", "severe", "serious", "深刻", "緊急", "重大"};
static const char *const rce_words[] = {"remote code execution", "execute arbitrary code", "run code",
                                        "arbitrary commands", "任意のコード", "任意のコマンド",
                                        "リモートコード実行", "遠隔からコード"};

typedef struct ja_suffix {
    const char *suffix;
    int single; /* one character: must not run on into another kanji (市場, 市民) */
} ja_suffix;

static const ja_suffix ja_suffixes[] = {
    {"信用金庫", 0}, {"信金", 0}, {"信用組合", 0}, {"銀行", 0}, {"証券", 0}, {"大学", 0},
    {"病院", 0}, {"製薬", 0}, {"食品", 0}, {"不動産", 0}, {"工業", 0}, {"電機", 0}, {"商事", 0},
    {"物産", 0}, {"運輸", 0}, {"生命", 0}, {"損保", 0}, {"保険", 0}, {"建設", 0}, {"精機", 0},
    {"製作所", 0}, {"化学", 0}, {"重工", 0}, {"自動車", 0}, {"鉄道", 0}, {"航空", 0},
    {"百貨店", 0}, {"薬局", 0}, {"学園", 0}, {"高校", 0}, {"産業", 0}, {"商会", 0}, {"生活", 0},
    {"ホールディングス", 0}, {"市", 1}, {"町", 1}, {"村", 1}, {"県", 1},
};

/* English words and places that make a text about Japan. */
static const char *const en_japan_words[] = {
    "japan", "japanese", "tokyo", "osaka", "yokohama", "kyoto", "nagoya", "fukuoka", "sapporo",
    "kobe", "kanagawa", "hokkaido", "okinawa", "kanto", "kansai", "chiba", "saitama", "sendai",
    "hiroshima", "kyushu", "japan's",
};

/* Lexicon names that are countries or regions: weak anchors, and foreign markers. */
static const char *const country_names[] = {
    "Asia", "Australia", "Belarus", "Brazil", "Canada", "China", "Europe", "European Union",
    "France", "Germany", "Hong Kong", "India", "Indonesia", "Iran", "Israel", "Italy", "Japan",
    "Malaysia", "Netherlands", "North Korea", "Pakistan", "Philippines", "Poland", "Russia",
    "Singapore", "South Korea", "Spain", "Taiwan", "Thailand", "Ukraine", "United Kingdom",
    "United States", "Vietnam",
};

/* One-character country prefixes of Japanese news (米Nimbus, 英〇〇社). */
static const char *const ja_foreign_prefix[] = {"米", "英", "独", "仏", "中", "韓", "露", "豪", "加", "台", "印", "蘭", "伊", "西", "欧"};


/* ---- context ------------------------------------------------------------------------------- */

enum entry_flag { EF_COUNTRY = 1, EF_JAPAN = 2, EF_JAPAN_NAME = 4 };

/* A set of 64-bit hashes of words: open addressing, power-of-two size. */
typedef struct hset {
    uint64_t *slot; /* 0 = empty */
    size_t cap, n;
} hset;

static void hset_add(hset *h, uint64_t k)
{
    if (k == 0)
        k = 1;
    if ((h->n + 1) * 2 > h->cap) {
        size_t ncap = h->cap ? h->cap * 2 : 256;
        uint64_t *ns = xcalloc(ncap, sizeof *ns);
        for (size_t i = 0; i < h->cap; i++) {
            if (!h->slot[i])
                continue;
            size_t j = (size_t)h->slot[i] & (ncap - 1);
            while (ns[j])
                j = (j + 1) & (ncap - 1);
            ns[j] = h->slot[i];
        }
        free(h->slot);
        h->slot = ns;
        h->cap = ncap;
    }
    size_t j = (size_t)k & (h->cap - 1);
    while (h->slot[j]) {
        if (h->slot[j] == k)
            return;
        j = (j + 1) & (h->cap - 1);
    }
    h->slot[j] = k;
    h->n++;
}

static int hset_has(const hset *h, uint64_t k)
{
    if (k == 0)
        k = 1;
    if (!h->cap)
        return 0;
    size_t j = (size_t)k & (h->cap - 1);
    while (h->slot[j]) {
        if (h->slot[j] == k)
            return 1;
        j = (j + 1) & (h->cap - 1);
    }
    return 0;
}

static uint64_t word_hash(const char *s, size_t n) { return an_hash(s, n, 0x73746f70ULL); }

/* Phrase lists matched in one pass over a text (bucketed by their first two bytes). */
#define PHRASE_BUCKETS 4096
static unsigned phrase_bucket(unsigned char a, unsigned char b) { return ((unsigned)a * 131u + b) & (PHRASE_BUCKETS - 1); }
enum phrase_list { PL_JAPAN, PL_INFRA, PL_CRITICAL, PL_RCE, PL_CATHINT, PL_COUNT };

typedef struct phrase {
    const char *s;
    uint16_t len;
    uint8_t list;
    uint16_t idx;
} phrase;

#define SUFFIX_BUCKET 8

struct feature_ctx {
    const lexicon *lex;
    hset en_stop, kana_stop;
    phrase *phrases;
    size_t nphrases;
    uint32_t phrase_start[PHRASE_BUCKETS + 1];
    uint64_t phrase_used[PHRASE_BUCKETS / 64];
    entities *ent_title, *ent_full;
    int *cat_map;           /* lexicon category index -> enum story_category, -1 when none */
    uint8_t suffix_bucket[64][SUFFIX_BUCKET]; /* ja_suffixes by the last byte of their first character (index + 1) */
    size_t ncat_map;
    uint8_t *entry_flags; /* per lexicon entry */
    uint64_t *entry_key;  /* per lexicon entry: its anchor key, 0 until first needed */
    uint64_t **entry_words; /* per lexicon entry: folded words of its name (first is the count) */
    size_t nentries;
    strbuf input;
    uint64_t *sh;
    size_t nsh, sh_cap;
    anchor *tmp;
    size_t ntmp, tmp_cap;
    uint64_t *name_words; /* folded words of the article's entity names */
    size_t nname_words, name_words_cap;
    strbuf scratch1, scratch2, lowhead;
    strbuf surfaces;      /* NFKC spellings of the names found in the title and lead, NUL-separated */
    /* names in each feed's own title: a publisher naming itself is no anchor */
    int64_t *feed_ids;
    uint32_t *feed_map;
    size_t feed_map_cap;
    uint64_t **feed_keys;
    size_t *nfeed_keys;
    size_t nfeeds;
};

static int phrase_cmp(const void *x, const void *y)
{
    const phrase *a = x, *b = y;
    unsigned ca = phrase_bucket((unsigned char)a->s[0], (unsigned char)a->s[1]);
    unsigned cb = phrase_bucket((unsigned char)b->s[0], (unsigned char)b->s[1]);
    if (ca != cb)
        return ca < cb ? -1 : 1;
    if (a->list != b->list)
        return a->list < b->list ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static void push_phrase(feature_ctx *fc, const char *w, int list, size_t idx)
{
    fc->phrases = xrealloc(fc->phrases, (fc->nphrases + 1) * sizeof *fc->phrases);
    phrase *p = &fc->phrases[fc->nphrases++];
    p->s = w;
    p->len = (uint16_t)strlen(w);
    p->list = (uint8_t)list;
    p->idx = (uint16_t)idx;
}

static void build_phrases(feature_ctx *fc)
{
    for (size_t i = 0; i < SD_ARRAY_LEN(en_japan_words); i++)
        push_phrase(fc, en_japan_words[i], PL_JAPAN, i);
    for (size_t i = 0; i < SD_ARRAY_LEN(infra_words); i++)
        push_phrase(fc, infra_words[i], PL_INFRA, i);
    for (size_t i = 0; i < SD_ARRAY_LEN(critical_words); i++)
        push_phrase(fc, critical_words[i], PL_CRITICAL, i);
    for (size_t i = 0; i < SD_ARRAY_LEN(rce_words); i++)
        push_phrase(fc, rce_words[i], PL_RCE, i);
    for (size_t i = 0; i < SD_ARRAY_LEN(cat_hints); i++)
        push_phrase(fc, cat_hints[i].word, PL_CATHINT, i);
    qsort(fc->phrases, fc->nphrases, sizeof *fc->phrases, phrase_cmp);
    size_t k = 0;
    for (unsigned b = 0; b <= PHRASE_BUCKETS; b++) {
        while (k < fc->nphrases &&
               phrase_bucket((unsigned char)fc->phrases[k].s[0], (unsigned char)fc->phrases[k].s[1]) < b)
            k++;
        fc->phrase_start[b] = (uint32_t)k;
    }
    for (unsigned b = 0; b < PHRASE_BUCKETS; b++)
        if (fc->phrase_start[b + 1] > fc->phrase_start[b])
            fc->phrase_used[b >> 6] |= (uint64_t)1 << (b & 63);
}

/* Mark in hits[list][idx] every phrase found in s (ASCII lower case). */
#define PHRASE_MAX_IDX 64
static void scan_phrases(const feature_ctx *fc, const char *s, size_t len, size_t title_len,
                         uint8_t hits[PL_COUNT][PHRASE_MAX_IDX])
{
    /* bit 1: in the title (the first title_len bytes), bit 2: anywhere in the head */
    for (size_t i = 0; i + 1 < len; i++) {
        unsigned char c = (unsigned char)s[i];
        unsigned bk = phrase_bucket(c, (unsigned char)s[i + 1]);
        if (!(fc->phrase_used[bk >> 6] >> (bk & 63) & 1))
            continue; /* most byte pairs start no phrase: a small bitmap says so */
        uint32_t a = fc->phrase_start[bk], b = fc->phrase_start[bk + 1];
        for (uint32_t k = a; k < b; k++) {
            const phrase *p = &fc->phrases[k];
            if (p->len > len - i || memcmp(s + i, p->s, p->len) != 0)
                continue;
            if (a_alnum(c) && i > 0 && a_alnum((unsigned char)s[i - 1]))
                continue;
            if (a_alnum((unsigned char)p->s[p->len - 1]) && i + p->len < len && a_alnum((unsigned char)s[i + p->len]))
                continue;
            if (p->idx < PHRASE_MAX_IDX)
                hits[p->list][p->idx] |= (uint8_t)(2 | (i + p->len <= title_len ? 1 : 0));
        }
    }
}

feature_ctx *feature_ctx_create(const lexicon *lex)
{
    feature_ctx *fc = xcalloc(1, sizeof *fc);
    fc->lex = lex;
    fc->ent_title = entities_create();
    fc->ncat_map = lexicon_category_count(lex);
    fc->cat_map = xmalloc((fc->ncat_map + 1) * sizeof *fc->cat_map);
    for (size_t i = 0; i < fc->ncat_map; i++) {
        enum story_category c;
        fc->cat_map[i] = story_category_from_id(lexicon_category_name(lex, (int)i), &c) == 0 ? (int)c : -1;
    }
    fc->ent_full = entities_create();
    for (size_t i = 0; i < SD_ARRAY_LEN(en_stop); i++)
        hset_add(&fc->en_stop, word_hash(en_stop[i], strlen(en_stop[i])));
    for (size_t i = 0; i < SD_ARRAY_LEN(kana_stop); i++)
        hset_add(&fc->kana_stop, word_hash(kana_stop[i], strlen(kana_stop[i])));
    build_phrases(fc);
    for (size_t k = 0; k < SD_ARRAY_LEN(ja_suffixes); k++) {
        uint8_t *b = fc->suffix_bucket[(unsigned char)ja_suffixes[k].suffix[2] & 63];
        size_t q = 0;
        while (q < SUFFIX_BUCKET && b[q])
            q++;
        if (q < SUFFIX_BUCKET)
            b[q] = (uint8_t)(k + 1);
    }
    fc->nentries = lexicon_entry_count(lex);
    fc->entry_flags = xcalloc(fc->nentries ? fc->nentries : 1, 1);
    fc->entry_key = xcalloc(fc->nentries ? fc->nentries : 1, sizeof *fc->entry_key);
    fc->entry_words = xcalloc(fc->nentries ? fc->nentries : 1, sizeof *fc->entry_words);
    for (size_t i = 0; i < fc->nentries; i++) {
        const lexicon_entry *e = lexicon_entry_get(lex, (uint32_t)i);
        if (!e || !e->name)
            continue;
        if (e->kind == LEX_JP_ORG || e->kind == LEX_JP_GOV || e->kind == LEX_JP_PLACE)
            fc->entry_flags[i] |= EF_JAPAN;
        if (e->kind == LEX_NAME || e->kind == LEX_VENDOR || e->kind == LEX_PRODUCT) {
            for (size_t k = 0; k < SD_ARRAY_LEN(country_names); k++)
                if (strcmp(country_names[k], e->name) == 0)
                    fc->entry_flags[i] |= EF_COUNTRY;
            /* A Latin name whose spelling is also a Japanese organisation's (NEC, NTT). */
            uint32_t ids[8];
            size_t nid = lexicon_lookup(lex, e->name, strlen(e->name), ids, 8);
            for (size_t k = 0; k < nid && k < 8; k++) {
                const lexicon_entry *o = lexicon_entry_get(lex, ids[k]);
                if (o && (o->kind == LEX_JP_ORG || o->kind == LEX_JP_GOV))
                    fc->entry_flags[i] |= EF_JAPAN_NAME;
            }
        }
    }
    return fc;
}

void feature_ctx_free(feature_ctx *fc)
{
    if (!fc)
        return;
    entities_free(fc->ent_title);
    free(fc->cat_map);
    entities_free(fc->ent_full);
    free(fc->entry_flags);
    for (size_t i = 0; i < fc->nentries; i++)
        free(fc->entry_words[i]);
    free(fc->entry_words);
    free(fc->entry_key);
    strbuf_free(&fc->input);
    strbuf_free(&fc->surfaces);
    strbuf_free(&fc->scratch1);
    strbuf_free(&fc->scratch2);
    strbuf_free(&fc->lowhead);
    free(fc->sh);
    free(fc->tmp);
    free(fc->name_words);
    for (size_t i = 0; i < fc->nfeeds; i++)
        free(fc->feed_keys[i]);
    free(fc->feed_keys);
    free(fc->nfeed_keys);
    free(fc->feed_ids);
    free(fc->feed_map);
    free(fc->en_stop.slot);
    free(fc->kana_stop.slot);
    free(fc->phrases);
    free(fc);
}

static int all_katakana(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        i += an_utf8_decode(s, n, i, &cp);
        if (!text_is_katakana(cp) && cp != 0x30FB /* ・ */)
            return 0;
    }
    return n > 0;
}

void feature_ctx_add_glossary(feature_ctx *fc, const char *path)
{
    char *data = NULL;
    size_t len = 0;
    sd_err err = SD_ERR_INIT;
    if (!path || sd_read_file(path, 8u << 20, &data, &len, &err) != 0) {
        sd_err_clear(&err);
        return;
    }
    char *line = data;
    while (line && *line) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        if (*line != '#') {
            /* term TAB reading TAB aliases TAB definition: the term and the aliases */
            char *tab1 = strchr(line, '\t');
            char *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
            char *tab3 = tab2 ? strchr(tab2 + 1, '\t') : NULL;
            if (tab1 && tab2 && tab3) {
                *tab1 = 0;
                *tab3 = 0;
                const char *spell[2] = {line, tab2 + 1};
                for (int k = 0; k < 2; k++) {
                    const char *p = spell[k];
                    while (*p) {
                        size_t n = strcspn(p, "|");
                        char *f = text_nfkc(p, n);
                        if (all_katakana(f, strlen(f)) && strlen(f) >= 6)
                            hset_add(&fc->kana_stop, word_hash(f, strlen(f)));
                        free(f);
                        p += n;
                        if (*p == '|')
                            p++;
                    }
                }
            }
        }
        line = nl ? nl + 1 : NULL;
    }
    free(data);
}

void features_free(features *F)
{
    if (!F)
        return;
    for (size_t i = 0; i < F->n; i++) {
        for (size_t k = 0; k < F->a[i].nnames; k++)
            free(F->a[i].names[k]);
        free(F->a[i].names);
    }
    free(F->a);
    free(F->anchors);
    free(F->sh);
    memset(F, 0, sizeof *F);
}


/* ---- debugging aid for tests: the text behind each anchor key ---- */

typedef struct dbg_entry {
    uint64_t key;
    char *text;
} dbg_entry;
static int g_dbg_on;
static dbg_entry *g_dbg;
static size_t g_ndbg, g_dbg_cap;

void features_debug(int on)
{
    g_dbg_on = on;
    if (!on) {
        for (size_t i = 0; i < g_ndbg; i++)
            free(g_dbg[i].text);
        free(g_dbg);
        g_dbg = NULL;
        g_ndbg = g_dbg_cap = 0;
    }
}

const char *features_debug_name(uint64_t key)
{
    for (size_t i = 0; i < g_ndbg; i++)
        if (g_dbg[i].key == key)
            return g_dbg[i].text;
    return "?";
}

static void dbg_name(uint64_t key, const char *s, size_t n)
{
    if (!g_dbg_on || strcmp(features_debug_name(key), "?") != 0)
        return;
    g_dbg = xgrow(g_dbg, &g_dbg_cap, g_ndbg + 1, sizeof *g_dbg);
    g_dbg[g_ndbg].key = key;
    g_dbg[g_ndbg].text = xstrndup(s, n);
    g_ndbg++;
}

/* ---- anchors ------------------------------------------------------------------------------ */

double anchor_kind_weight(enum anchor_kind k)
{
    switch (k) {
    case ANC_CVE: return 3.0;
    case ANC_ACTOR: return 1.6;
    case ANC_PRODUCT: return 2.0;
    case ANC_VENDOR: return 1.0;
    case ANC_NAME: return 2.0;
    case ANC_ORG: return 2.0;
    case ANC_GOV: return 0.8;
    case ANC_PLACE: return 0.4;
    case ANC_DOMAIN: return 2.0;
    case ANC_AMOUNT: return 1.2;
    case ANC_LATIN: return 1.2;
    case ANC_IDENT: return 2.5;
    case ANC_KANA: return 0.8;
    case ANC_DATE: return 0.8;
    default: return 1.0;
    }
}

static void tmp_add(feature_ctx *fc, uint64_t key, enum anchor_kind kind, unsigned where)
{
    for (size_t i = 0; i < fc->ntmp; i++) {
        if (fc->tmp[i].key == key) {
            fc->tmp[i].where |= (uint8_t)where;
            if (anchor_kind_weight(kind) > anchor_kind_weight((enum anchor_kind)fc->tmp[i].kind))
                fc->tmp[i].kind = (uint8_t)kind;
            return;
        }
    }
    fc->tmp = xgrow(fc->tmp, &fc->tmp_cap, fc->ntmp + 1, sizeof *fc->tmp);
    anchor *a = &fc->tmp[fc->ntmp++];
    a->key = key;
    a->w = 0;
    a->df = 0;
    a->kind = (uint8_t)kind;
    a->where = (uint8_t)where;
}

/* The key of a name: its folded spelling (ASCII names need only lower case). */
static uint64_t name_key(const char *name)
{
    size_t n = strlen(name);
    int ascii = 1;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = (unsigned char)name[i] < 0x80;
    uint64_t k;
    if (ascii && n < 256) {
        char low[256];
        for (size_t i = 0; i < n; i++)
            low[i] = (char)tolower((unsigned char)name[i]);
        k = an_hash(low, n, 0x6e616d65ULL /* "name" */);
    } else {
        char *f = text_fold(name, n);
        k = an_hash(f, strlen(f), 0x6e616d65ULL);
        free(f);
    }
    return k ? k : 1; /* 0 means "not computed yet" in the per-entry cache */
}

static uint64_t token_key(const char *s, size_t n) { return an_hash(s, n, 0x6e616d65ULL); }

static void remember_name_words(feature_ctx *fc, const char *name)
{
    /* only ASCII words are compared with these, so ASCII lower case is the fold */
    size_t n = strlen(name);
    char *f = xmalloc(n + 1);
    for (size_t i = 0; i <= n; i++)
        f[i] = a_tolower((unsigned char)name[i]);
    const char *p = f;
    while (*p) {
        while (*p && !a_alnum((unsigned char)*p))
            p++;
        const char *q = p;
        while (*q && a_alnum((unsigned char)*q))
            q++;
        if (q > p) {
            fc->name_words = xgrow(fc->name_words, &fc->name_words_cap, fc->nname_words + 1, sizeof *fc->name_words);
            fc->name_words[fc->nname_words++] = token_key(p, (size_t)(q - p));
        }
        p = q;
    }
    free(f);
}

/* name_key and remember_name_words for a name found through the lexicon:
 * computed once per entry, not once per mention. */
static uint64_t entity_key(feature_ctx *fc, const entity_name *n)
{
    if (n->entry < 0 || (size_t)n->entry >= fc->nentries)
        return name_key(n->name);
    if (!fc->entry_key[n->entry])
        fc->entry_key[n->entry] = name_key(n->name);
    return fc->entry_key[n->entry];
}

static void remember_entity_words(feature_ctx *fc, const entity_name *n)
{
    if (n->entry < 0 || (size_t)n->entry >= fc->nentries) {
        remember_name_words(fc, n->name);
        return;
    }
    uint64_t *w = fc->entry_words[n->entry];
    if (!w) {
        size_t before = fc->nname_words;
        remember_name_words(fc, n->name);
        size_t k = fc->nname_words - before;
        w = xmalloc((k + 1) * sizeof *w);
        w[0] = k;
        memcpy(w + 1, fc->name_words + before, k * sizeof *w);
        fc->entry_words[n->entry] = w;
        return;
    }
    fc->name_words = xgrow(fc->name_words, &fc->name_words_cap, fc->nname_words + w[0], sizeof *fc->name_words);
    memcpy(fc->name_words + fc->nname_words, w + 1, w[0] * sizeof *w);
    fc->nname_words += w[0];
}

static int is_name_word(const feature_ctx *fc, uint64_t k)
{
    for (size_t i = 0; i < fc->nname_words; i++)
        if (fc->name_words[i] == k)
            return 1;
    return 0;
}

static int anchor_cmp_priority(const void *x, const void *y)
{
    const anchor *a = x, *b = y;
    /* title first, then lead, then by kind weight, then key */
    int wa = (a->where & ANC_IN_TITLE) ? 2 : (a->where & ANC_IN_HEAD) ? 1 : 0;
    int wb = (b->where & ANC_IN_TITLE) ? 2 : (b->where & ANC_IN_HEAD) ? 1 : 0;
    if (wa != wb)
        return wb - wa;
    double ka = anchor_kind_weight((enum anchor_kind)a->kind), kb = anchor_kind_weight((enum anchor_kind)b->kind);
    if (ka != kb)
        return ka > kb ? -1 : 1;
    return a->key < b->key ? -1 : a->key > b->key;
}

static int anchor_cmp_key(const void *x, const void *y)
{
    const anchor *a = x, *b = y;
    return a->key < b->key ? -1 : a->key > b->key;
}

/* Round to two significant digits: 119,872 and 約12万 meet at 120,000. */
static double round2(double v)
{
    if (v <= 0)
        return 0;
    double p = pow(10.0, floor(log10(v)) - 1);
    return floor(v / p + 0.5) * p;
}

static void amount_anchor(feature_ctx *fc, const entity_amount *am, unsigned where)
{
    const char *cls;
    double min;
    switch (am->unit) {
    case AMOUNT_RECORDS:
    case AMOUNT_PEOPLE:
    case AMOUNT_ACCOUNTS: cls = "count"; min = 100; break;
    case AMOUNT_ORGS: cls = "orgs"; min = 10; break;
    case AMOUNT_DEVICES: cls = "devices"; min = 20; break;
    case AMOUNT_VULNS: cls = "vulns"; min = 5; break;
    case AMOUNT_BYTES: cls = "bytes"; min = 1e6; break;
    case AMOUNT_USD: cls = "usd"; min = 1000; break;
    case AMOUNT_JPY: cls = "jpy"; min = 100000; break;
    case AMOUNT_EUR: cls = "eur"; min = 1000; break;
    default: return;
    }
    if (!(am->value >= min) || !isfinite(am->value))
        return;
    double r = round2(am->value);
    uint64_t bits;
    memcpy(&bits, &r, sizeof bits);
    uint64_t key = an_mix(an_hash(cls, strlen(cls), 0x616d74ULL) ^ an_mix(bits));
    if (g_dbg_on) {
        char buf[64];
        int n = snprintf(buf, sizeof buf, "%s:%.6g", cls, r);
        if (n > 0 && (size_t)n < sizeof buf)
            dbg_name(key, buf, (size_t)n);
    }
    tmp_add(fc, key, ANC_AMOUNT, where);
}

/* ---- the publisher's own names ---------------------------------------------------------- */


static size_t feed_slot(feature_ctx *fc, const store_item *it)
{
    /* feed id -> slot + 1 in an open-addressing table (0: empty) */
    if ((fc->nfeeds + 1) * 2 > fc->feed_map_cap) {
        size_t ncap = fc->feed_map_cap ? fc->feed_map_cap * 2 : 64;
        uint32_t *nm = xcalloc(ncap, sizeof *nm);
        for (size_t i = 0; i < fc->nfeeds; i++) {
            size_t h = (size_t)an_mix((uint64_t)fc->feed_ids[i]) & (ncap - 1);
            while (nm[h])
                h = (h + 1) & (ncap - 1);
            nm[h] = (uint32_t)i + 1;
        }
        free(fc->feed_map);
        fc->feed_map = nm;
        fc->feed_map_cap = ncap;
    }
    size_t h = (size_t)an_mix((uint64_t)it->feed_id) & (fc->feed_map_cap - 1);
    while (fc->feed_map[h]) {
        if (fc->feed_ids[fc->feed_map[h] - 1] == it->feed_id)
            return fc->feed_map[h] - 1;
        h = (h + 1) & (fc->feed_map_cap - 1);
    }
    size_t k = fc->nfeeds++;
    fc->feed_map[h] = (uint32_t)k + 1;
    fc->feed_ids = xrealloc(fc->feed_ids, fc->nfeeds * sizeof *fc->feed_ids);
    fc->feed_keys = xrealloc(fc->feed_keys, fc->nfeeds * sizeof *fc->feed_keys);
    fc->nfeed_keys = xrealloc(fc->nfeed_keys, fc->nfeeds * sizeof *fc->nfeed_keys);
    fc->feed_ids[k] = it->feed_id;
    fc->feed_keys[k] = NULL;
    fc->nfeed_keys[k] = 0;
    const char *t = it->feed_title;
    if (t && *t) {
        size_t tl = strlen(t);
        if (tl > 512)
            tl = text_utf8_char_start(t, tl, 512);
        entities_extract(fc->lex, t, tl, fc->ent_title);
        const entities *e = fc->ent_title;
        fc->feed_keys[k] = e->nnames ? xmalloc(e->nnames * sizeof(uint64_t)) : NULL;
        for (size_t i = 0; i < e->nnames; i++)
            fc->feed_keys[k][fc->nfeed_keys[k]++] = name_key(e->names[i].name);
    }
    return k;
}

static int feed_names(const feature_ctx *fc, size_t slot, uint64_t key)
{
    for (size_t i = 0; i < fc->nfeed_keys[slot]; i++)
        if (fc->feed_keys[slot][i] == key)
            return 1;
    return 0;
}

/* ---- dates: 12月17日, １２月１７日, December 17, Dec. 17, 17 December ---------------------- */

static int digit_at(const char *s, size_t len, size_t i, size_t *n)
{
    unsigned char c = (unsigned char)s[i];
    if (c >= '0' && c <= '9') {
        *n = 1;
        return c - '0';
    }
    /* full-width digits U+FF10..U+FF19: EF BC 90..99 */
    if (c == 0xEF && i + 2 < len && (unsigned char)s[i + 1] == 0xBC && (unsigned char)s[i + 2] >= 0x90 &&
        (unsigned char)s[i + 2] <= 0x99) {
        *n = 3;
        return (unsigned char)s[i + 2] - 0x90;
    }
    return -1;
}

/* A number of one or two digits ending just before `end`; returns it, sets *start. */
static int number_before(const char *s, size_t len, size_t end, size_t *start)
{
    int val = -1, mul = 1, digits = 0;
    size_t i = end;
    while (i > 0 && digits < 3) {
        size_t st = i - 1;
        size_t n;
        int d = digit_at(s, len, st, &n);
        if (d < 0 && i >= 3) {
            st = i - 3;
            d = digit_at(s, len, st, &n);
            if (d >= 0 && n != 3)
                d = -1;
        }
        if (d < 0)
            break;
        val = (val < 0 ? 0 : val) + d * mul;
        mul *= 10;
        digits++;
        i = st;
    }
    *start = i;
    return digits >= 1 && digits <= 2 ? val : -1;
}

static int number_after(const char *s, size_t len, size_t i, size_t *end)
{
    int val = 0, digits = 0;
    size_t n;
    int d;
    while (i < len && digits < 3 && (d = digit_at(s, len, i, &n)) >= 0) {
        val = val * 10 + d;
        digits++;
        i += n;
    }
    *end = i;
    return digits >= 1 && digits <= 2 ? val : -1;
}

static void date_anchor(feature_ctx *fc, int month, int day, unsigned where)
{
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return;
    uint64_t key = an_mix(0x6461746500000000ULL ^ (uint64_t)(month * 32 + day));
    if (g_dbg_on) {
        char buf[16];
        int n = snprintf(buf, sizeof buf, "date:%02d-%02d", month, day);
        dbg_name(key, buf, (size_t)n);
    }
    tmp_add(fc, key, ANC_DATE, where);
}

static const char *const en_months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

/* Month names start with one of these capitals (English dates are capitalised). */
static int month_initial(unsigned char c)
{
    return c == 'J' || c == 'F' || c == 'M' || c == 'A' || c == 'S' || c == 'O' || c == 'N' || c == 'D';
}

static void scan_dates(feature_ctx *fc, const char *s, size_t len, size_t tlen, size_t head_end)
{
    size_t i = 0;
    while (i + 3 <= len) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE6) {
            /* 月 = E6 9C 88, 日 = E6 97 A5 */
            if ((unsigned char)s[i + 1] == 0x9C && (unsigned char)s[i + 2] == 0x88) {
                unsigned where = i < tlen ? ANC_IN_TITLE | ANC_IN_HEAD : i < head_end ? ANC_IN_HEAD : 0;
                size_t st, en;
                int m = number_before(s, len, i, &st);
                int d = number_after(s, len, i + 3, &en);
                if (m > 0 && d > 0 && en + 3 <= len && (unsigned char)s[en] == 0xE6 &&
                    (unsigned char)s[en + 1] == 0x97 && (unsigned char)s[en + 2] == 0xA5)
                    date_anchor(fc, m, d, where);
            }
            i += 3;
            continue;
        }
        if (!month_initial(c) || (i > 0 && ((s[i - 1] >= 'a' && s[i - 1] <= 'z') || (s[i - 1] >= 'A' && s[i - 1] <= 'Z')))) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < len && s[j] >= 'a' && s[j] <= 'z')
            j++;
        size_t wl = j - i;
        int month = 0;
        if (wl >= 3 && wl <= 9)
            for (int m = 0; m < 12 && !month; m++)
                if (tolower(c) == en_months[m][0] && s[i + 1] == en_months[m][1] && s[i + 2] == en_months[m][2])
                    month = m + 1;
        if (month) {
            unsigned where = i < tlen ? ANC_IN_TITLE | ANC_IN_HEAD : i < head_end ? ANC_IN_HEAD : 0;
            size_t k = j;
            if (k < len && s[k] == '.')
                k++;
            while (k < len && s[k] == ' ')
                k++;
            size_t en;
            int d = number_after(s, len, k, &en);
            if (d > 0 && (en >= len || !isdigit((unsigned char)s[en])))
                date_anchor(fc, month, d, where);
        }
        i = j;
    }
}

/* Is the character at s[off] kana or kanji? */
static int japanese_at(const char *s, size_t len, size_t off)
{
    if (off >= len)
        return 0;
    int32_t cp;
    an_utf8_decode(s, len, off, &cp);
    return text_is_japanese(cp);
}

/* 「…」 in a title holding a katakana or kanji name (not Latin: 「SecureGate VPN」). */
static int quoted_japanese_name(const char *s, size_t len)
{
    const char *open = "\xe3\x80\x8c", *close = "\xe3\x80\x8d"; /* 「 」 */
    size_t i = 0;
    while (i + 3 <= len) {
        if (memcmp(s + i, open, 3) != 0) {
            i++;
            continue;
        }
        size_t j = i + 3;
        int jp = 0, chars = 0;
        while (j + 3 <= len && memcmp(s + j, close, 3) != 0 && chars < 40) {
            int32_t cp;
            size_t cl = an_utf8_decode(s, len, j, &cp);
            if (text_is_katakana(cp) || text_is_kanji(cp))
                jp = 1;
            chars++;
            j += cl;
        }
        if (jp && chars >= 2 && chars < 40 && j + 3 <= len)
            return 1;
        i = j;
    }
    return 0;
}

/* ---- shingles and sketch --------------------------------------------------------------- */

static void sh_add(feature_ctx *fc, uint64_t h)
{
    if (fc->nsh >= AN_MAX_SHINGLES)
        return;
    fc->sh = xgrow(fc->sh, &fc->sh_cap, fc->nsh + 1, sizeof *fc->sh);
    fc->sh[fc->nsh++] = h;
}

/*
 * One-permutation hashing: each shingle's hash picks one of MH_K bins and
 * competes for the bin's minimum; empty bins borrow from the next non-empty
 * bin to the right (rotation densification), offset so that borrowed values
 * only match other borrowed values from the same distance.
 */

/* The title without bracketed parts ([update 3], 【続報】), spaces and
 * punctuation: a feed repeating an item with tiny changes keeps it. */
static void title_skeletons(feature_ctx *fc, const char *s, size_t len, uint64_t *with_digits, uint64_t *without)
{
    strbuf *a = &fc->scratch1, *b = &fc->scratch2;
    strbuf_reset(a);
    strbuf_reset(b);
    size_t i = 0;
    int depth = 0;
    while (i < len) {
        int32_t cp;
        size_t cl = an_utf8_decode(s, len, i, &cp);
        if (cp == '[' || cp == '(' || cp == 0x3010 || cp == 0xFF08 || cp == 0x3014) {
            depth++;
        } else if ((cp == ']' || cp == ')' || cp == 0x3011 || cp == 0xFF09 || cp == 0x3015) && depth > 0) {
            depth--;
        } else if (depth == 0) {
            if (cp < 128 && isalpha((int)cp)) {
                strbuf_putc(a, (char)tolower((int)cp));
                strbuf_putc(b, (char)tolower((int)cp));
            } else if (cp < 128 && isdigit((int)cp)) {
                strbuf_putc(a, (char)cp);
            } else if (cp >= 128 && text_is_japanese(cp)) {
                strbuf_append(a, s + i, cl);
                strbuf_append(b, s + i, cl);
            }
        }
        i += cl;
    }
    *with_digits = a->len >= 16 ? an_hash(a->data, a->len, 0x736b656cULL) : 0;
    *without = b->len >= 16 ? an_hash(b->data, b->len, 0x736b6e64ULL) : 0;
}

/* One-permutation hashing over 32-bit shingle values. */
static void sketch(const uint32_t *sh, size_t n, uint32_t *sig)
{
    uint32_t v[MH_K];
    for (int k = 0; k < MH_K; k++)
        v[k] = UINT32_MAX;
    for (size_t i = 0; i < n; i++) {
        uint64_t h = an_mix((uint64_t)sh[i] ^ 0x9e3779b97f4a7c15ULL);
        unsigned bin = (unsigned)(h % MH_K);
        uint32_t val = (uint32_t)(h >> 32);
        if (val == UINT32_MAX)
            val--;
        if (val < v[bin])
            v[bin] = val;
    }
    int any = 0;
    for (int k = 0; k < MH_K; k++)
        any |= v[k] != UINT32_MAX;
    for (int k = 0; k < MH_K; k++) {
        if (!any) {
            sig[k] = (uint32_t)k * 2654435761u; /* an empty text: matches only other empty texts */
            continue;
        }
        if (v[k] != UINT32_MAX) {
            sig[k] = v[k];
            continue;
        }
        int d = 1;
        while (v[(k + d) % MH_K] == UINT32_MAX)
            d++;
        sig[k] = v[(k + d) % MH_K] + (uint32_t)d * 0x9e3779b9u;
    }
}

/* Shingles of NFKC text: Latin words (not stop words) and Japanese character
 * bigrams that hold a kanji or katakana (hiragana-only pairs are grammar). */
static void shingle_text(feature_ctx *fc, const char *s, size_t len)
{
    size_t i = 0;
    int32_t prev = 0; /* previous Japanese character, 0 when none */
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (a_alnum(c)) {
            char word[64];
            size_t wn = 0, j = i;
            while (j < len && (a_alnum((unsigned char)s[j]) ||
                               ((s[j] == '-' || s[j] == '.' || s[j] == '_') && j + 1 < len &&
                                a_alnum((unsigned char)s[j + 1]) && j > i))) {
                if (wn < sizeof word)
                    word[wn++] = a_tolower((unsigned char)s[j]);
                j++;
            }
            if (wn >= 2 && wn < sizeof word && !hset_has(&fc->en_stop, word_hash(word, wn)))
                sh_add(fc, an_hash(word, wn, 0x776f7264ULL));
            i = j;
            prev = 0;
            continue;
        }
        int32_t cp;
        size_t cl = an_utf8_decode(s, len, i, &cp);
        if (text_is_japanese(cp) || cp == 0x30FC) {
            if (prev && (text_is_kanji(prev) || text_is_katakana(prev) || text_is_kanji(cp) ||
                         text_is_katakana(cp)))
                sh_add(fc, an_mix(((uint64_t)(uint32_t)prev << 32) | (uint32_t)cp));
            prev = cp;
        } else {
            prev = 0;
        }
        i += cl;
    }
}

/* ---- Latin and katakana names ------------------------------------------------------------ */

/*
 * Latin-letter tokens of `s` (NFKC) that look like names: in Japanese text
 * every Latin word is a name or an acronym; in English text a word is a
 * name when it is capitalised away from the start of a sentence, has an
 * inner capital (SecureGate) or mixes letters and digits.  Title-case
 * English titles capitalise everything, so there a word counts only when it
 * also passed in the lead, or has an inner capital or a digit.
 */
typedef struct tok_list {
    uint64_t k[128];
    size_t n;
} tok_list;

static int tok_has(const tok_list *l, uint64_t k)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->k[i] == k)
            return 1;
    return 0;
}

static void latin_word(feature_ctx *fc, const char *w, size_t n, int ja, int title_case, int was_start,
                       int next_cap, const tok_list *lead_names, tok_list *found, unsigned where)
{
    int letters = 0, digits = 0, inner_upper = 0;
    for (size_t j = 0; j < n; j++) {
        unsigned char d = (unsigned char)w[j];
        if (a_alpha(d))
            letters++;
        if (a_digit(d))
            digits++;
        if (j > 0 && a_upper(d) && a_lower_c((unsigned char)w[j - 1]))
            inner_upper = 1;
    }
    if (letters == 0 || n < 3 || n > 48)
        return; /* two letters (EU, US, AI) name too many things */
    char low[49];
    for (size_t k = 0; k < n; k++)
        low[k] = a_tolower((unsigned char)w[k]);
    low[n] = 0;
    if ((n >= 4 && memcmp(low, "cve-", 4) == 0) || hset_has(&fc->en_stop, word_hash(low, n)))
        return;
    /* an identifier: a letter prefix of two or more, then three digits or
     * more (HSA-2026-0007, KB5031234), not a quantity (24-hour) or a
     * version (v10.1.2) */
    size_t prefix = 0;
    while (prefix < n && a_alpha((unsigned char)w[prefix]))
        prefix++;
    int ident = prefix >= 2 && digits >= 3 && n >= 6;
    if (digits && !ident)
        return;
    uint64_t k = token_key(low, n);
    int name;
    if (ja)
        name = letters >= 2 || ident;
    else if (ident || inner_upper)
        name = 1;
    else if (!a_upper((unsigned char)w[0]))
        name = 0;
    else if (was_start && !title_case && next_cap)
        name = 1; /* "Selkie Outdoor stores...": a name of two capitalised words opens the sentence */
    else if (title_case || was_start)
        name = lead_names && tok_has(lead_names, k);
    else
        name = 1;
    if (!name)
        return;
    if (found && found->n < SD_ARRAY_LEN(found->k) && !tok_has(found, k))
        found->k[found->n++] = k;
    if (!is_name_word(fc, k))
    {
        dbg_name(k, low, n);
        tmp_add(fc, k, ident ? ANC_IDENT : ANC_LATIN, where);
    }
}

static void latin_tokens(feature_ctx *fc, const char *s, size_t len, int ja, int title_case,
                         const tok_list *lead_names, tok_list *found, unsigned where)
{
    size_t i = 0;
    int sentence_start = 1;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (!a_alnum(c)) {
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n')
                sentence_start = 1;
            else if (c >= 0x80)
                sentence_start = 0; /* Japanese text around */
            i++;
            continue;
        }
        /* a run of words joined by - . _ : one identifier when it holds a digit */
        size_t j = i;
        int digits = 0, letters = 0;
        while (j < len && (a_alnum((unsigned char)s[j]) ||
                           ((s[j] == '-' || s[j] == '.' || s[j] == '_') && j + 1 < len &&
                            a_alnum((unsigned char)s[j + 1]) && j > i))) {
            digits += a_digit((unsigned char)s[j]) != 0;
            letters += a_alpha((unsigned char)s[j]) != 0;
            j++;
        }
        int was_start = sentence_start;
        sentence_start = 0;
        size_t nx = j;
        while (nx < len && s[nx] == ' ')
            nx++;
        int next_cap = nx > j && nx < len && a_upper((unsigned char)s[nx]);
        if (digits && letters) {
            latin_word(fc, s + i, j - i, ja, title_case, was_start, next_cap, lead_names, found, where);
        } else if (letters) {
            size_t a = i;
            while (a < j) {
                while (a < j && !a_alnum((unsigned char)s[a]))
                    a++;
                size_t b = a;
                while (b < j && a_alnum((unsigned char)s[b]))
                    b++;
                if (b > a)
                    latin_word(fc, s + a, b - a, ja, title_case, was_start && a == i,
                               b < j ? a_upper((unsigned char)s[b + 1 < j ? b + 1 : b]) : next_cap, lead_names,
                               found, where);
                a = b;
            }
        }
        i = j;
    }
}

/* An English title in Title Case: most words longer than three letters capitalised. */
static int is_title_case(const char *s, size_t len)
{
    size_t words = 0, caps = 0;
    size_t i = 0;
    while (i < len) {
        while (i < len && !a_alpha((unsigned char)s[i]))
            i++;
        size_t j = i;
        while (j < len && a_alpha((unsigned char)s[j]))
            j++;
        if (j - i > 3) {
            words++;
            caps += a_upper((unsigned char)s[i]) != 0;
        }
        i = j;
    }
    return words >= 3 && caps * 4 >= words * 3;
}

/* Remove generic words (built in, and the glossary's katakana terms) from
 * both ends of a katakana run: ランサムウェアグループ leaves nothing. */
static size_t strip_kana_stop(const feature_ctx *fc, const char *s, size_t *off, size_t n)
{
    int changed = 1;
    while (changed && n > 0) {
        changed = 0;
        /* longest generic prefix */
        for (size_t e = n; e > 0; e--) {
            if ((s[*off + e] & 0xC0) == 0x80 && e < n)
                continue;
            if (hset_has(&fc->kana_stop, word_hash(s + *off, e))) {
                *off += e;
                n -= e;
                changed = 1;
                break;
            }
        }
        /* longest generic suffix */
        for (size_t b = 0; b < n; b++) {
            if ((s[*off + b] & 0xC0) == 0x80)
                continue;
            if (hset_has(&fc->kana_stop, word_hash(s + *off + b, n - b))) {
                n = b;
                changed = 1;
                break;
            }
        }
    }
    return n;
}

/* Is s[0..n) part of the spelling of a name the lexicon or a form already found? */
static int inside_known_name(const feature_ctx *fc, const char *s, size_t n)
{
    const char *p = fc->surfaces.data;
    const char *end = p ? p + fc->surfaces.len : NULL;
    while (p && p < end) {
        size_t pl = strlen(p);
        if (pl >= n) {
            for (size_t i = 0; i + n <= pl; i++)
                if (memcmp(p + i, s, n) == 0)
                    return 1;
        }
        p += pl + 1;
    }
    return 0;
}

static void kana_tokens(feature_ctx *fc, const char *s, size_t len, unsigned where)
{
    size_t i = 0;
    while (i < len) {
        int32_t cp;
        size_t cl = an_utf8_decode(s, len, i, &cp);
        if (!text_is_katakana(cp) || cp == 0x30FC) {
            i += cl;
            continue;
        }
        size_t j = i;
        while (j < len) {
            size_t l2 = an_utf8_decode(s, len, j, &cp);
            if (!text_is_katakana(cp))
                break;
            j += l2;
        }
        size_t off = i, n = j - i;
        n = strip_kana_stop(fc, s, &off, n);
        /* four katakana (12 bytes) or more: shorter runs are mostly common words */
        if (n >= 12) {
            uint32_t ids[4];
            if (lexicon_lookup(fc->lex, s + off, n, ids, 4) == 0 && !inside_known_name(fc, s + off, n))
            {
                dbg_name(token_key(s + off, n), s + off, n);
                tmp_add(fc, token_key(s + off, n), ANC_KANA, where);
            }
        }
        i = j;
    }
}


/* ---- Japanese organisation names by their suffix: みなみ信用金庫 = みなみ信金 ---------------- */


static const char *const ja_stem_stop[] = {
    "同", "当", "本", "各", "全", "大手", "地方", "国内", "海外", "関連", "複数", "中小", "都内",
    "県内", "市内", "一部", "主要", "地域", "都市", "大都", "政令", "中核", "外資", "系列", "子",
    "米", "英", "独", "仏", "中", "韓", "露", "豪", "加", "台", "印", "同行", "他", "大",
};

static void ja_org_anchor(feature_ctx *fc, const char *stem, size_t n, unsigned where)
{
    if (inside_known_name(fc, stem, n))
        return; /* ヴェルダンタ銀行 is already a lexicon name */
    for (size_t k = 0; k < SD_ARRAY_LEN(ja_stem_stop); k++)
        if (strlen(ja_stem_stop[k]) == n && memcmp(ja_stem_stop[k], stem, n) == 0)
            return;
    char buf[96];
    if (n + 5 >= sizeof buf)
        return;
    memcpy(buf, "jorg:", 5);
    memcpy(buf + 5, stem, n);
    uint64_t key = an_hash(buf, n + 5, 0x6a6f7267ULL);
    dbg_name(key, buf, n + 5);
    tmp_add(fc, key, ANC_ORG, where);
}

/* Does a suffix of ja_suffixes start at s[at]?  Returns its index, or -1.
 * All suffixes start with a three-byte character: compare that first. */
static int suffix_at(const feature_ctx *fc, const char *s, size_t len, size_t at)
{
    if (at + 3 > len || ((unsigned char)s[at] & 0xF0) != 0xE0)
        return -1;
    int best = -1;
    size_t best_len = 0;
    const uint8_t *bucket = fc->suffix_bucket[(unsigned char)s[at + 2] & 63];
    for (size_t q = 0; q < SUFFIX_BUCKET && bucket[q]; q++) {
        size_t k = bucket[q] - 1u;
        const char *suf = ja_suffixes[k].suffix;
        if (suf[0] != s[at] || suf[1] != s[at + 1] || suf[2] != s[at + 2])
            continue;
        size_t sl = strlen(suf);
        if (sl <= len - at && memcmp(s + at, suf, sl) == 0 && sl > best_len) {
            best = (int)k;
            best_len = sl;
        }
    }
    return best;
}

static void ja_org_names(feature_ctx *fc, const char *s, size_t len, unsigned where)
{
    size_t i = 0;
    while (i < len) {
        int k = suffix_at(fc, s, len, i);
        if (k < 0) {
            i++;
            continue;
        }
        size_t at = i, end = at + strlen(ja_suffixes[k].suffix);
        i = end;
        if (ja_suffixes[k].single && end < len) {
            int32_t next;
            an_utf8_decode(s, len, end, &next);
            if (text_is_kanji(next))
                continue;
        }
        /* the stem: kanji or katakana before the suffix, else a short
         * hiragana name standing alone (みなみ信金) */
        size_t b = at, chars = 0;
        int32_t cp;
        while (b > 0 && chars < 10) {
            size_t c0 = text_utf8_char_start(s, len, b - 1);
            an_utf8_decode(s, len, c0, &cp);
            if (!(text_is_kanji(cp) || text_is_katakana(cp)))
                break;
            b = c0;
            chars++;
        }
        if (chars == 0) {
            while (b > 0 && chars < 7) {
                size_t c0 = text_utf8_char_start(s, len, b - 1);
                an_utf8_decode(s, len, c0, &cp);
                if (!text_is_hiragana(cp))
                    break;
                b = c0;
                chars++;
            }
            if (b > 0) {
                size_t c0 = text_utf8_char_start(s, len, b - 1);
                an_utf8_decode(s, len, c0, &cp);
                if (text_is_japanese(cp) || (cp < 128 && isalnum((int)cp)))
                    chars = 0; /* a particle or a word before it: not a name */
            }
        }
        if (chars >= 2)
            ja_org_anchor(fc, s + b, at - b, where);
    }
}

/* 〇〇製 after katakana or kanji: "made by" a maker named in Japanese script. */
static int japanese_maker(const char *s, size_t len)
{
    const char *sei = "\xe8\xa3\xbd"; /* 製 */
    const char *p = s;
    while ((p = strstr(p, sei)) != NULL && (size_t)(p - s) < len) {
        size_t at = (size_t)(p - s);
        p += 3;
        if (at == 0)
            continue;
        int32_t cp;
        an_utf8_decode(s, len, text_utf8_char_start(s, len, at - 1), &cp);
        if (text_is_katakana(cp) && cp != 0x30FC)
            return 1;
        if (text_is_kanji(cp) && at >= 6) {
            /* 国産, 自社製...: a word, not a maker; two kanji or more before it */
            int32_t c2;
            an_utf8_decode(s, len, text_utf8_char_start(s, len, at - 4), &c2);
            if (text_is_kanji(c2) && !(cp == 0x793E && c2 == 0x81EA)) /* not 自社製 */
                return 1;
        }
    }
    return 0;
}

/* 「はるかぜマルシェ」: a short quoted name in a Japanese title or lead. */
static void ja_quoted_names(feature_ctx *fc, const char *s, size_t len, unsigned where)
{
    const char *open = "\xe3\x80\x8c", *close = "\xe3\x80\x8d";
    size_t i = 0;
    while (i + 3 <= len) {
        if (memcmp(s + i, open, 3) != 0) {
            i++;
            continue;
        }
        size_t j = i + 3, chars = 0;
        int jp = 0, sentence = 0;
        while (j + 3 <= len && memcmp(s + j, close, 3) != 0 && chars < 20) {
            int32_t cp;
            size_t cl = an_utf8_decode(s, len, j, &cp);
            if (text_is_katakana(cp) || text_is_kanji(cp) || text_is_hiragana(cp))
                jp = 1;
            if (cp == 0x3001 || cp == 0x3002 || cp == ' ')
                sentence = 1;
            chars++;
            j += cl;
        }
        if (jp && !sentence && chars >= 3 && chars < 20 && j + 3 <= len) {
            char buf[96];
            size_t n = j - (i + 3);
            if (n + 2 < sizeof buf && !inside_known_name(fc, s + i + 3, n)) {
                memcpy(buf, "q:", 2);
                memcpy(buf + 2, s + i + 3, n);
                uint64_t key = an_hash(buf, n + 2, 0x71756f74ULL);
                dbg_name(key, buf, n + 2);
                tmp_add(fc, key, ANC_ORG, where); /* a quoted name: a shop, a service, a product */
            }
        }
        i = j;
    }
}

/* ---- small text scans ------------------------------------------------------------------- */


static void ascii_lower(char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        s[i] = a_tolower((unsigned char)s[i]);
}

/* ---- one article ------------------------------------------------------------------------- */

/* ---- the title's categories and ransomware mention: one lexicon pass ---------------------- */

typedef struct title_scan {
    const feature_ctx *fc;
    double cat[STORY_CAT_COUNT];
    int ransomware;
    uint32_t seen[64];
    size_t nseen;
} title_scan;

static int on_title_match(const lexicon_match *m, void *vctx)
{
    title_scan *t = vctx;
    const lexicon_entry *e = lexicon_entry_get(t->fc->lex, m->entry);
    if (!e)
        return 0;
    if (e->kind == LEX_RANSOMWARE || (e->kind == LEX_SIGNAL && e->signal == LEX_SIG_RANSOMWARE))
        t->ransomware = 1;
    if (e->kind != LEX_CATEGORY)
        return 0;
    /* the weight of each distinct keyword once, as entities.h counts it */
    for (size_t i = 0; i < t->nseen; i++)
        if (t->seen[i] == m->entry)
            return 0;
    if (t->nseen < SD_ARRAY_LEN(t->seen))
        t->seen[t->nseen++] = m->entry;
    int c = e->category >= 0 && (size_t)e->category < t->fc->ncat_map ? t->fc->cat_map[e->category] : -1;
    if (c >= 0)
        t->cat[c] += e->weight;
    return 0;
}

static void scan_title(const feature_ctx *fc, const char *folded_title, title_scan *t)
{
    memset(t, 0, sizeof *t);
    t->fc = fc;
    lexicon_scan(fc->lex, folded_title, strlen(folded_title), on_title_match, t);
}

static const char *pick_text(const store_item *it)
{
    if (it->text && *it->text)
        return it->text;
    if (it->content && *it->content)
        return it->content;
    if (it->summary && *it->summary)
        return it->summary;
    return it->title ? it->title : "";
}

/*
 * "ja" or "en".  Japanese text is recognised by its kana (cheap, from the
 * title and the start of the text); Latin-only text is English (the only
 * other language the digest reads); only a mixed or unclear text goes to
 * the full language guess, then to the extractor's and the feed's language.
 */
static const char *pick_lang(const store_item *it, const char *title, size_t tlen, const char *text)
{
    strbuf probe = STRBUF_INIT;
    strbuf_append(&probe, title, tlen);
    strbuf_putc(&probe, '\n');
    size_t tl = strlen(text);
    if (tl > 600)
        tl = text_utf8_char_start(text, tl, 600);
    strbuf_append(&probe, text, tl);
    text_script_mix mix;
    text_script_mix_of(strbuf_cstr(&probe), probe.len, &mix);
    const char *res = NULL;
    if (mix.kana >= 3 && mix.ja_share >= 0.25)
        res = "ja";
    else if (mix.latin >= 20 && mix.kana + mix.kanji == 0)
        res = "en";
    else {
        const char *g = text_language_guess(strbuf_cstr(&probe), probe.len);
        if (g && (strcmp(g, "ja") == 0 || strcmp(g, "en") == 0))
            res = g;
        else if (it->language && (strcmp(it->language, "ja") == 0 || strcmp(it->language, "en") == 0))
            res = it->language;
        else if (mix.kana > 0 && mix.ja_share >= 0.2)
            res = "ja";
        else if (it->feed_language && strcmp(it->feed_language, "ja") == 0 && mix.latin == 0)
            res = "ja";
        else
            res = "en";
    }
    strbuf_free(&probe);
    return strcmp(res, "ja") == 0 ? "ja" : "en";
}

static enum anchor_kind anchor_kind_of(const feature_ctx *fc, const entity_name *n)
{
    switch (n->kind) {
    case ENTITY_VENDOR: return ANC_VENDOR;
    case ENTITY_PRODUCT: return ANC_PRODUCT;
    case ENTITY_ACTOR:
    case ENTITY_MALWARE:
    case ENTITY_RANSOMWARE: return ANC_ACTOR;
    case ENTITY_NAME:
        if (n->entry >= 0 && (size_t)n->entry < fc->nentries && (fc->entry_flags[n->entry] & EF_COUNTRY))
            return ANC_PLACE;
        return ANC_NAME;
    case ENTITY_ORG: return ANC_ORG;
    case ENTITY_GOV: return ANC_GOV;
    case ENTITY_PLACE: return ANC_PLACE;
    case ENTITY_DOMAIN: return n->entry >= 0 ? ANC_KIND_COUNT : ANC_DOMAIN; /* a bare suffix is no name */
    default: return ANC_KIND_COUNT;
    }
}

/* The largest stated amount of money, in USD for comparing, and as stated. */
static double usd_of(const entities *e, double *value, int *unit)
{
    double best = 0;
    *value = 0;
    *unit = -1;
    for (size_t i = 0; i < e->namounts; i++) {
        double v = 0;
        switch (e->amounts[i].unit) {
        case AMOUNT_USD: v = e->amounts[i].value; break;
        case AMOUNT_JPY: v = e->amounts[i].value / 150.0; break;
        case AMOUNT_EUR: v = e->amounts[i].value * 1.1; break;
        default: break;
        }
        if (v > best) {
            best = v;
            *value = e->amounts[i].value;
            *unit = (int)e->amounts[i].unit;
        }
    }
    return best;
}

static void add_display_name(afeat *af, const char *name)
{
    for (size_t i = 0; i < af->nnames; i++)
        if (strcmp(af->names[i], name) == 0)
            return;
    if (af->nnames >= 16)
        return;
    af->names = xrealloc(af->names, (af->nnames + 1) * sizeof *af->names);
    af->names[af->nnames++] = xstrdup(name);
}

/* CVE ids in text beyond what entity extraction read: "CVE-2026-12345", any case. */
static void tail_cves(feature_ctx *fc, article *ar, const char *s, size_t len)
{
    if (len > AN_TAIL_SCAN)
        len = AN_TAIL_SCAN;
    for (size_t i = 0; i + 13 <= len && ar->ncves < AN_MAX_CVES; i++) {
        /* jump to the next '-' (memchr is fast), then look back for "cve" */
        const char *dash = memchr(s + i + 3, '-', len - i - 3);
        if (!dash)
            break;
        i = (size_t)(dash - s) - 3;
        if (i + 13 > len)
            break;
        if ((s[i] | 0x20) != 'c' || (s[i + 1] | 0x20) != 'v' || (s[i + 2] | 0x20) != 'e' || s[i + 3] != '-')
            continue;
        if (i > 0 && isalnum((unsigned char)s[i - 1]))
            continue;
        size_t j = i + 4, y = 0;
        while (j < len && y < 4 && isdigit((unsigned char)s[j])) {
            j++;
            y++;
        }
        if (y != 4 || j >= len || s[j] != '-')
            continue;
        size_t k = j + 1, d = 0;
        while (k < len && d < 8 && isdigit((unsigned char)s[k])) {
            k++;
            d++;
        }
        if (d < 4 || d > 7 || (k < len && isalnum((unsigned char)s[k])))
            continue;
        char id[24];
        snprintf(id, sizeof id, "CVE-%.*s-%.*s", 4, s + i + 4, (int)d, s + j + 1);
        int dup = 0;
        for (size_t q = 0; q < ar->ncves && !dup; q++)
            dup = strcmp(ar->cves[q], id) == 0;
        if (dup)
            continue;
        ar->cves = xrealloc(ar->cves, (ar->ncves + 1) * sizeof *ar->cves);
        ar->cves[ar->ncves++] = xstrdup(id);
        uint64_t key = an_hash(id, strlen(id), 0x637665ULL);
        dbg_name(key, id, strlen(id));
        tmp_add(fc, key, ANC_CVE, 0);
        i = k - 1;
    }
}

/* Is the name ending at s[at] the one who reports, in a Japanese title
 * ("JIRCが公表", "JIRCが注意喚起", "調査会社によると")? */
static int reporter_at(const char *s, size_t len, size_t at)
{
    static const char *const after[] = {
        "が公表", "が注意喚起", "が発表", "が警告", "が報告", "が公開", "が呼び掛け", "が呼びかけ",
        "が指摘", "が確認", "が分析", "によると", "の調査", "の分析", "調べ",
    };
    for (size_t k = 0; k < SD_ARRAY_LEN(after); k++) {
        size_t n = strlen(after[k]);
        if (at + n <= len && memcmp(s + at, after[k], n) == 0)
            return 1;
    }
    return 0;
}

static void one_article(feature_ctx *fc, const store_item *it, article *ar, afeat *af, features *F)
{
    memset(af, 0, sizeof *af);
    const char *title = it->title ? it->title : "";
    size_t tlen = strlen(title);
    if (tlen > AN_TITLE_MAX)
        tlen = text_utf8_char_start(title, tlen, AN_TITLE_MAX);
    const char *text = pick_text(it);
    size_t xlen = strlen(text);
    int text_is_title = text == it->title;

    ar->item = it;
    ar->text = text;
    const char *lang = pick_lang(it, title, tlen, text_is_title ? "" : text);
    ar->lang = xstrdup(lang);
    af->lang = (uint8_t)an_text_lang(lang);
    ar->norm_title = text_fold(title, tlen);
    af->t = it->published != SD_TIME_NONE ? it->published : it->first_seen;
    af->feed_id = it->feed_id;
    const char *link = it->canonical_link ? it->canonical_link : it->link;
    af->link_hash = link && *link ? an_hash(link, strlen(link), 0x6c696e6bULL) : 0;

    /* The lead: the start of the text, unless the text is only the title. */
    size_t lead_len = text_is_title ? 0 : xlen;
    if (lead_len > AN_LEAD_BYTES)
        lead_len = text_utf8_char_start(text, lead_len, AN_LEAD_BYTES);

    /* Entity input: title, blank line, the start of the text (where news
     * states its facts; bounded, so that time per article is too). */
    size_t text_taken = 0;
    int text_tail = 0;
    strbuf_reset(&fc->input);
    strbuf_append(&fc->input, title, tlen);
    strbuf_append(&fc->input, "\n\n", 2);
    size_t head_end = fc->input.len + lead_len; /* title + lead, in entity-input offsets */
    if (!text_is_title) {
        size_t cap = AN_ENTITY_INPUT > fc->input.len ? AN_ENTITY_INPUT - fc->input.len : 0;
        size_t take = xlen < cap ? xlen : text_utf8_char_start(text, xlen, cap);
        strbuf_append(&fc->input, text, take);
        text_taken = take;
        text_tail = take < xlen;
    }
    entities_extract(fc->lex, strbuf_cstr(&fc->input), fc->input.len, fc->ent_full);
    const entities *ef = fc->ent_full;
    title_scan ts;
    scan_title(fc, ar->norm_title, &ts);

    /* Head: title + lead, NFKC, for shingles, names and word scans. */
    char *head = text_nfkc(strbuf_cstr(&fc->input), head_end);
    size_t hlen = strlen(head);
    /* the title's NFKC is the head's start, up to the blank line put after it
     * (NFKC does not reach across a line break) */
    char *title_n;
    if (!memchr(title, '\n', tlen) && strstr(head, "\n\n"))
        title_n = xstrndup(head, (size_t)(strstr(head, "\n\n") - head));
    else
        title_n = text_nfkc(title, tlen);
    size_t tnlen = strlen(title_n);

    fc->nsh = 0;
    shingle_text(fc, head, hlen);
    /* kept (distinct, as 32-bit values) until the day's shingle frequencies are known */
    {
        /* duplicates are harmless: a minimum is a minimum, and counting dedupes */
        size_t m = fc->nsh;
        if (m)
            F->sh = xgrow(F->sh, &F->sh_cap, F->nsh + m, sizeof *F->sh);
        for (size_t k = 0; k < m; k++)
            F->sh[F->nsh + k] = (uint32_t)(an_mix(fc->sh[k]) >> 32);
        af->sh_off = (uint32_t)F->nsh;
        af->sh_n = (uint32_t)m;
        F->nsh += m;
    }
    title_skeletons(fc, title_n, tnlen, &af->skeleton, &af->skeleton_nd);
    /* the head in ASCII lower case: exact duplicates, and word scans below */
    strbuf_reset(&fc->lowhead);
    strbuf_append(&fc->lowhead, head, hlen);
    ascii_lower(fc->lowhead.data ? fc->lowhead.data : (char *)"", hlen);
    af->text_hash = an_hash(strbuf_cstr(&fc->lowhead), hlen, 0x74657874ULL);

    /* ---- anchors ---- */
    int ja_entity = 0, latin_entity = 0, ja_weak = 0, foreign_marker = 0;
    fc->ntmp = 0;
    fc->nname_words = 0;
    for (size_t i = 0; i < ef->ncves && ar->ncves < AN_MAX_CVES; i++) {
        const entity_cve *c = &ef->cves[i];
        ar->cves = xrealloc(ar->cves, (ar->ncves + 1) * sizeof *ar->cves);
        ar->cves[ar->ncves++] = xstrdup(c->id);
        if (i < 16) {
            unsigned where = c->off < tlen ? ANC_IN_TITLE | ANC_IN_HEAD : c->off < head_end ? ANC_IN_HEAD : 0;
            dbg_name(an_hash(c->id, strlen(c->id), 0x637665ULL), c->id, strlen(c->id));
            tmp_add(fc, an_hash(c->id, strlen(c->id), 0x637665ULL), ANC_CVE, where);
        }
    }
    /* the rest of a long text: only CVE ids (a list of fixed flaws at the end of an advisory) */
    if (text_tail)
        tail_cves(fc, ar, text + text_taken, xlen - text_taken);
    size_t slot = feed_slot(fc, it);
    const char *in = strbuf_cstr(&fc->input);
    size_t inlen = fc->input.len;
    strbuf_reset(&fc->surfaces);
    for (size_t i = 0; i < ef->nnames; i++) {
        const entity_name *n = &ef->names[i];
        if (n->off < head_end && n->off + n->len <= inlen) {
            /* as written (NFKC would only matter for half-width katakana) */
            strbuf_append(&fc->surfaces, in + n->off, n->len);
            strbuf_putc(&fc->surfaces, 0);
        }
    }
    for (size_t i = 0; i < ef->nnames; i++) {
        const entity_name *n = &ef->names[i];
        enum anchor_kind k = anchor_kind_of(fc, n);
        if (k == ANC_KIND_COUNT)
            continue;
        /* One span read both as a japan.tsv name and as a Latin name
         * (names_ja_latin: 経済産業省 = Ministry of Economy, Trade and
         * Industry): the Latin name is the anchor (English reports share
         * it), with the weaker kind of a government body when it is one. */
        int latin_twin = 0, gov_twin = 0;
        for (size_t m = 0; m < ef->nnames; m++) {
            if (m == i || ef->names[m].off != n->off)
                continue;
            enum entity_kind mk = ef->names[m].kind;
            if (mk == ENTITY_GOV)
                gov_twin = 1;
            if (mk == ENTITY_NAME || mk == ENTITY_VENDOR || mk == ENTITY_PRODUCT)
                latin_twin = 1;
        }
        if (latin_twin && n->japan && n->entry >= 0 && n->kind != ENTITY_NAME && n->kind != ENTITY_VENDOR &&
            n->kind != ENTITY_PRODUCT) {
            /* facts only: the twin carries the anchor */
            if (n->off < tlen && n->kind != ENTITY_WORD)
                ja_entity = 1;
            remember_entity_words(fc, n);
            continue;
        }
        if (gov_twin)
            k = ANC_GOV;
        unsigned where = n->off < tlen ? ANC_IN_TITLE | ANC_IN_HEAD : n->off < head_end ? ANC_IN_HEAD : 0;
        /* "…、JIRCが公表": who reports it, not what it is about */
        if ((where & ANC_IN_TITLE) && reporter_at(in, tlen, n->off + n->len))
            where = 0; /* context, as if named in the body */
        uint64_t key = entity_key(fc, n);
        remember_entity_words(fc, n);
        if (feed_names(fc, slot, key))
            continue;
        dbg_name(key, n->name, strlen(n->name));
        tmp_add(fc, key, k, where);
        if (k != ANC_PLACE && k != ANC_DOMAIN && k != ANC_GOV)
            add_display_name(af, n->name);
        /* the script the title names its subject in */
        if (n->off < tlen && k != ANC_PLACE && k != ANC_ACTOR) {
            if (n->japan || japanese_at(in, inlen, n->off))
                ja_entity = 1;
            else
                latin_entity = 1;
        }
        if (n->off < tlen && k == ANC_PLACE && n->japan)
            ja_entity = 1;
    }
    /* dates of the title and lead: a deadline or a day of attack both reports give */
    scan_dates(fc, in, head_end < inlen ? head_end : inlen, tlen, head_end);
    for (size_t i = 0; i < ef->namounts; i++) {
        const entity_amount *am = &ef->amounts[i];
        unsigned where = am->off < tlen ? ANC_IN_TITLE | ANC_IN_HEAD : am->off < head_end ? ANC_IN_HEAD : 0;
        amount_anchor(fc, am, where);
    }
    int ja = af->lang == 0;
    {
        /* lead names first, so that a Title Case title can be checked against them */
        tok_list lead_names = {.n = 0};
        size_t lead_off = hlen >= tnlen ? tnlen : hlen;
        latin_tokens(fc, head + lead_off, hlen - lead_off, ja, 0, NULL, &lead_names, ANC_IN_HEAD);
        int tc = !ja && is_title_case(title_n, tnlen);
        latin_tokens(fc, title_n, tnlen, ja, tc, &lead_names, NULL, ANC_IN_TITLE | ANC_IN_HEAD);
        if (ja) {
            kana_tokens(fc, title_n, tnlen, ANC_IN_TITLE | ANC_IN_HEAD);
            /* a quoted name (「はるかぜマルシェ」) or a maker (ソラリス製): a
             * Japanese name, though the lexicon does not know it; a bare
             * katakana word may be a generic one (ディストリビューション) */
            if (quoted_japanese_name(title_n, tnlen) || japanese_maker(title_n, tnlen))
                ja_weak = 1;
            kana_tokens(fc, head + lead_off, hlen - lead_off, ANC_IN_HEAD);
            size_t nb = fc->ntmp;
            ja_org_names(fc, title_n, tnlen, ANC_IN_TITLE | ANC_IN_HEAD);
            ja_quoted_names(fc, title_n, tnlen, ANC_IN_TITLE | ANC_IN_HEAD);
            if (fc->ntmp > nb)
                ja_weak = 1;
            ja_org_names(fc, head + lead_off, hlen - lead_off, ANC_IN_HEAD);
            ja_quoted_names(fc, head + lead_off, hlen - lead_off, ANC_IN_HEAD);
        }
        for (size_t k = 0; k < fc->ntmp; k++)
            if ((fc->tmp[k].where & ANC_IN_TITLE) && (fc->tmp[k].kind == ANC_LATIN || fc->tmp[k].kind == ANC_IDENT))
                latin_entity = 1;
    }
    if (fc->ntmp > AN_MAX_ANCHORS) {
        qsort(fc->tmp, fc->ntmp, sizeof *fc->tmp, anchor_cmp_priority);
        fc->ntmp = AN_MAX_ANCHORS;
    }
    if (fc->ntmp > 1)
        qsort(fc->tmp, fc->ntmp, sizeof *fc->tmp, anchor_cmp_key);
    af->anc_off = (uint32_t)F->nanchors;
    af->nanc = (uint32_t)fc->ntmp;
    if (fc->ntmp) {
        F->anchors = xgrow(F->anchors, &F->anchors_cap, F->nanchors + fc->ntmp, sizeof *F->anchors);
        memcpy(F->anchors + F->nanchors, fc->tmp, fc->ntmp * sizeof *fc->tmp);
        F->nanchors += fc->ntmp;
    }

    /* ---- facts ---- */
    afacts *f = &af->f;
    for (int c = 0; c < STORY_CAT_COUNT; c++)
        f->cat_title[c] += ts.cat[c];
    for (size_t i = 0; i < ef->ncategories; i++) {
        enum story_category c;
        if (story_category_from_id(ef->categories[i].id, &c) == 0)
            f->cat_text[c] += ef->categories[i].score;
    }
    f->exploited = ef->exploited;
    f->exploitation_denied = ef->exploitation_denied;
    f->zero_day = ef->zero_day;
    f->kev = ef->kev;
    f->ransomware = ef->ransomware;
    f->ransomware_title = ts.ransomware;
    f->cvss_max = ef->cvss_max;
    double rec = entities_largest(ef, AMOUNT_RECORDS);
    double ppl = entities_largest(ef, AMOUNT_PEOPLE);
    double acc = entities_largest(ef, AMOUNT_ACCOUNTS);
    f->records = rec > ppl ? rec : ppl;
    if (acc > f->records)
        f->records = acc;
    f->money_usd = usd_of(ef, &f->money_value, &f->money_unit);
    f->nvuln_amount = (int)entities_largest(ef, AMOUNT_VULNS);
    f->devices = entities_largest(ef, AMOUNT_DEVICES);
    for (size_t i = 0; i < ef->nsignals; i++)
        if (ef->signals[i].kind == SIGNAL_RANSOMWARE && !ef->signals[i].negated && ef->signals[i].off < head_end)
            f->ransomware_head = 1;

    /* Japan relevance: lexicon signals by where they are, English words, markers. */
    for (size_t i = 0; i < ef->nnames; i++) {
        const entity_name *n = &ef->names[i];
        double w = 0;
        int jp_name = n->entry >= 0 && (size_t)n->entry < fc->nentries &&
                      (fc->entry_flags[n->entry] & EF_JAPAN_NAME);
        int country = n->entry >= 0 && (size_t)n->entry < fc->nentries &&
                      (fc->entry_flags[n->entry] & EF_COUNTRY);
        if (n->japan || jp_name) {
            switch (n->kind) {
            case ENTITY_ORG: case ENTITY_GOV: case ENTITY_VENDOR: case ENTITY_PRODUCT: case ENTITY_NAME: w = 3; break;
            case ENTITY_PLACE: case ENTITY_DOMAIN: w = 2; break;
            default: w = 1; break;
            }
        } else if (country && strcmp(n->name, "Japan") == 0) {
            w = 2;
        }
        if (w > 0) {
            f->japan_text += w;
            if (n->off < head_end)
                f->japan_head += w;
            if (n->off < tlen) {
                f->japan_title += w;
                if (n->kind == ENTITY_VENDOR || n->kind == ENTITY_PRODUCT || n->kind == ENTITY_ORG)
                    f->jp_vendor = 1;
            }
        } else if (country && n->off < head_end) {
            f->foreign_head += 1;
        }
        if (n->kind == ENTITY_ACTOR || n->kind == ENTITY_RANSOMWARE || n->kind == ENTITY_MALWARE)
            f->has_actor = 1;
        if (n->kind == ENTITY_RANSOMWARE && n->off < head_end)
            f->ransomware_head = 1;
        if ((n->kind == ENTITY_ACTOR || n->kind == ENTITY_MALWARE) && n->off < tlen)
            f->actor_title = 1;
        if (n->kind == ENTITY_ORG && n->off < head_end)
            f->has_victim_org = 1;
        if (n->kind == ENTITY_GOV && n->off < tlen)
            f->gov_title = 1;
    }
    {
        const char *low = strbuf_cstr(&fc->lowhead);
        uint8_t hits[PL_COUNT][PHRASE_MAX_IDX];
        memset(hits, 0, sizeof hits);
        scan_phrases(fc, low, hlen, tnlen, hits);
        for (size_t k = 0; k < SD_ARRAY_LEN(en_japan_words) && k < PHRASE_MAX_IDX; k++) {
            if (hits[PL_JAPAN][k] & 1) {
                f->japan_title += 2;
                f->japan_head += 2;
                f->japan_text += 2;
            } else if (hits[PL_JAPAN][k] & 2) {
                f->japan_head += 1.5;
                f->japan_text += 1.5;
            }
        }
        for (size_t k = 0; k < SD_ARRAY_LEN(infra_words) && k < PHRASE_MAX_IDX; k++)
            f->critical_infra |= (hits[PL_INFRA][k] & 2) != 0;
        for (size_t k = 0; k < SD_ARRAY_LEN(critical_words) && k < PHRASE_MAX_IDX; k++)
            f->critical_title |= (hits[PL_CRITICAL][k] & 1) != 0;
        for (size_t k = 0; k < SD_ARRAY_LEN(rce_words) && k < PHRASE_MAX_IDX; k++)
            f->rce |= (hits[PL_RCE][k] & 2) != 0;
        for (size_t k = 0; k < SD_ARRAY_LEN(cat_hints) && k < PHRASE_MAX_IDX; k++) {
            if (hits[PL_CATHINT][k] & 1) {
                f->cat_title[cat_hints[k].cat] += cat_hints[k].weight;
                f->cat_text[cat_hints[k].cat] += cat_hints[k].weight;
            } else if (hits[PL_CATHINT][k] & 2) {
                f->cat_text[cat_hints[k].cat] += cat_hints[k].weight;
            }
        }
        /* 米Nimbus, 英〇〇: a foreign organisation in a Japanese title */
        for (size_t k = 0; k < SD_ARRAY_LEN(ja_foreign_prefix); k++) {
            const char *p = title_n;
            size_t pl = strlen(ja_foreign_prefix[k]);
            while ((p = strstr(p, ja_foreign_prefix[k])) != NULL) {
                size_t at = (size_t)(p - title_n) + pl;
                int32_t next = 0, before = 0;
                if (at < tnlen)
                    an_utf8_decode(title_n, tnlen, at, &next);
                size_t pb = (size_t)(p - title_n);
                if (pb > 0) {
                    size_t b0 = text_utf8_char_start(title_n, tnlen, pb - 1);
                    an_utf8_decode(title_n, tnlen, b0, &before);
                }
                int before_ok = pb == 0 || !(text_is_kanji(before) || text_is_kana(before));
                if (before_ok && (text_is_katakana(next) || (next < 128 && isalpha((int)next)))) {
                    f->foreign_head += 2;
                    foreign_marker = 1;
                }
                p += pl;
            }
        }
    }

    /* The subject of a Japanese title: a Japanese-script or Japanese name
     * (雲井製薬, JIRC) says a Japanese subject; a Latin-letter name alone
     * (Orbis Software, 米Nimbus) a foreign one; a katakana word or a quoted
     * Japanese name counts only when no Latin name competes. */
    if (ja && !foreign_marker) {
        f->ja_subject = ja_entity || (ja_weak && !latin_entity);
        f->latin_subject = !f->ja_subject && latin_entity;
    } else if (ja) {
        f->latin_subject = 1;
    }
    ar->exploited = f->exploited;
    ar->ransomware = f->ransomware;
    ar->cvss_max = f->cvss_max;
    ar->records = (int64_t)(f->records < 9e18 ? f->records : 9e18);
    ar->japan_signals = ef->japan_signals;
    free(head);
    free(title_n);
}

/*
 * Sketches, once the day's shingle frequencies are known: a shingle in more
 * than n / 40 of the day's n articles (at least SH_DF_MIN, at most SH_DF_MAX)
 * is a word of the trade or a
 * shared template ("ランサムウェア", "said in a statement") and is left out,
 * copies of one item (one feed, one title give or take numbers and update
 * markers) counting once (a feed repeating an item fifty times does not make
 * its words common),
 * so that two articles are similar by what they say, not by how every
 * article of the day is written.  Frequencies are counted approximately in
 * a table of at most 2^21 saturating counters (collisions only make a shingle
 * look a little more common; the table has about 256 counters per article).
 */
#define SH_COUNT_BITS 21
#define SH_DF_MIN 30 /* a shingle this common or less always counts */
#define SH_DF_MAX 60 /* no one event is reported this many times with the same words */

/* Copies of one item: same feed, same title give or take numbers and update markers. */
typedef struct copy_key {
    int64_t feed;
    uint64_t skel; /* the digit-free skeleton, or a value unique to the article */
    size_t idx;
} copy_key;

static int copy_key_cmp(const void *x, const void *y)
{
    const copy_key *a = x, *b = y;
    if (a->feed != b->feed)
        return a->feed < b->feed ? -1 : 1;
    if (a->skel != b->skel)
        return a->skel < b->skel ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static void sketch_all(features *F)
{
    /* the table grows with the day: about 256 counters per article, 2^12 to 2^21 */
    unsigned bits = 12;
    while (bits < SH_COUNT_BITS && ((size_t)1 << bits) < F->n * 256)
        bits++;
    uint16_t *cnt = xcalloc((size_t)1 << bits, sizeof *cnt);
    const uint32_t mask = ((uint32_t)1 << bits) - 1;
    /* count each shingle once per feed: articles feed by feed */
    copy_key *keys = xmalloc((F->n + 1) * sizeof *keys);
    for (size_t i = 0; i < F->n; i++) {
        keys[i].feed = F->a[i].feed_id;
        /* no skeleton (a short title): a group of its own, above every hash */
        keys[i].skel = F->a[i].skeleton_nd ? F->a[i].skeleton_nd : UINT64_MAX - i;
        keys[i].idx = i;
    }
    qsort(keys, F->n, sizeof *keys, copy_key_cmp);
    uint32_t *feed_sh = NULL;
    size_t nfs = 0, fscap = 0, nfeeds = 0;
    size_t tcap = 1024;
    uint32_t *tval = xmalloc(tcap * sizeof *tval), *tstamp = xcalloc(tcap, sizeof *tstamp), stamp = 0;
    for (size_t k = 0; k <= F->n; k++) {
        int new_group = k == F->n || (k > 0 && (keys[k].feed != keys[k - 1].feed || keys[k].skel != keys[k - 1].skel));
        if (new_group && k > 0) {
            /* each shingle once per group of copies (a stamped table: no clearing) */
            if (nfs * 2 > tcap) {
                while (nfs * 2 > tcap)
                    tcap *= 2;
                free(tval);
                free(tstamp);
                tval = xmalloc(tcap * sizeof *tval);
                tstamp = xcalloc(tcap, sizeof *tstamp);
                stamp = 0;
            }
            stamp++;
            for (size_t q = 0; q < nfs; q++) {
                uint32_t v = feed_sh[q];
                size_t h = (size_t)(an_mix(v) & (tcap - 1));
                while (tstamp[h] == stamp && tval[h] != v)
                    h = (h + 1) & (tcap - 1);
                if (tstamp[h] == stamp)
                    continue;
                tstamp[h] = stamp;
                tval[h] = v;
                uint16_t *c = &cnt[v & mask];
                if (*c < UINT16_MAX)
                    (*c)++;
            }
            nfs = 0;
            nfeeds++;
        }
        if (k == F->n)
            break;
        const afeat *a = &F->a[keys[k].idx];
        if (a->sh_n) {
            feed_sh = xgrow(feed_sh, &fscap, nfs + a->sh_n, sizeof *feed_sh);
            memcpy(feed_sh + nfs, F->sh + a->sh_off, a->sh_n * sizeof *feed_sh);
            nfs += a->sh_n;
        }
    }
    free(feed_sh);
    free(keys);
    free(tval);
    free(tstamp);
    size_t dfmax = F->n / 40;
    if (dfmax < SH_DF_MIN)
        dfmax = SH_DF_MIN;
    if (dfmax > SH_DF_MAX)
        dfmax = SH_DF_MAX;
    (void)nfeeds;
    uint32_t *keep = xmalloc((AN_MAX_SHINGLES + 1) * sizeof *keep);
    for (size_t i = 0; i < F->n; i++) {
        afeat *a = &F->a[i];
        size_t m = 0;
        for (uint32_t k = 0; k < a->sh_n && m < AN_MAX_SHINGLES; k++) {
            uint32_t v = F->sh[a->sh_off + k];
            if (cnt[v & mask] <= dfmax)
                keep[m++] = v;
        }
        a->nshingles = (uint32_t)m;
        sketch(keep, m, a->sig);

        a->sh_off = a->sh_n = 0;
    }
    free(keep);
    free(cnt);
    free(F->sh);
    F->sh = NULL;
    F->nsh = F->sh_cap = 0;
}

void features_build(feature_ctx *fc, const store_item *items, size_t n, article *articles, features *F)
{
    memset(F, 0, sizeof *F);
    F->n = n;
    F->a = n ? xcalloc(n, sizeof *F->a) : NULL;
    for (size_t i = 0; i < n; i++)
        one_article(fc, &items[i], &articles[i], &F->a[i], F);
    features_weigh_anchors(F);
    sketch_all(F);
}

typedef struct key_ref {
    uint64_t key;
    int64_t feed;
    uint32_t idx; /* index into F->anchors */
} key_ref;

static int key_ref_cmp(const void *x, const void *y)
{
    const key_ref *a = x, *b = y;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    if (a->feed != b->feed)
        return a->feed < b->feed ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/*
 * Rarity: an anchor carried by a handful of feeds is as telling as its kind
 * says; one carried by many (a big vendor, a country) says less, by the
 * square root of how much more common it is than AN_DF_FREE.  Counted in
 * feeds, not articles: a feed repeating an item fifty times does not make
 * its names common.
 */
#define AN_DF_FREE 8.0

void features_weigh_anchors(features *F)
{
    size_t m = F->nanchors;
    if (!m)
        return;
    key_ref *r = xmalloc(m * sizeof *r);
    size_t w = 0;
    for (size_t i = 0; i < F->n; i++) {
        const afeat *a = &F->a[i];
        for (uint32_t k = 0; k < a->nanc; k++) {
            r[w].key = F->anchors[a->anc_off + k].key;
            r[w].feed = a->feed_id;
            r[w].idx = a->anc_off + k;
            w++;
        }
    }
    m = w;
    qsort(r, m, sizeof *r, key_ref_cmp);
    size_t i = 0;
    while (i < m) {
        size_t j = i;
        uint32_t feeds = 0;
        while (j < m && r[j].key == r[i].key) {
            if (j == i || r[j].feed != r[j - 1].feed)
                feeds++;
            j++;
        }
        uint32_t df = (uint32_t)(j - i);
        double rar = feeds <= AN_DF_FREE ? 1.0 : sqrt(AN_DF_FREE / feeds);
        for (size_t k = i; k < j; k++) {
            anchor *a = &F->anchors[r[k].idx];
            a->df = df;
            a->dff = feeds;
            a->w = (float)(anchor_kind_weight((enum anchor_kind)a->kind) * rar);
        }
        i = j;
    }
    free(r);
}
