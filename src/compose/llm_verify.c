/*
 * llm_verify: whether an LLM answer may go into the digest.
 *
 * Pure functions, no I/O.  An answer is accepted only when it is the JSON
 * object we asked for, cites only the sources it was given, and every fact a
 * reader could check -- URL, CVE id, number, Latin or katakana name, quoted
 * name -- can be found in the part's evidence (its numbered sources, the
 * extractive draft, the day's date).  Matching is done on text_fold (NFKC,
 * case fold, dash lumping), so ＣＶＥ－２０２６ and cve-2026 are the same.
 *
 * What cannot be checked mechanically (a kanji proper name outside quotes,
 * a paraphrase that changes a meaning) is left to the prompt; what is
 * checked errs on the side of rejecting, because a rejected part costs only
 * the extractive text.
 */
#include "compose/llm.h"
#include "text/normalize.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- small helpers ------------------------------------------------------ */

static size_t char_count_n(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

size_t llm_char_count(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xC0) != 0x80)
            n++;
    return n;
}

long llm_estimate_tokens(const char *s, size_t len)
{
    size_t ascii = 0, other = 0;
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)s[i] < 0x80)
            ascii++;
        else
            other++;
    }
    return (long)((ascii + 3) / 4 + (other + 2) / 3);
}

static int is_alnum_ascii(int c) { return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }

static const char *ci_strstr(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *p = hay; *p; p++)
        if (strncasecmp(p, needle, n) == 0)
            return p;
    return NULL;
}

/* Whether `word` occurs in `hay` with no ASCII letter or digit on either side. */
static int has_word(const char *hay, const char *word)
{
    size_t n = strlen(word);
    if (n == 0)
        return 0;
    for (const char *p = strstr(hay, word); p; p = strstr(p + 1, word)) {
        int before = p > hay ? (unsigned char)p[-1] : 0;
        int after = (unsigned char)p[n];
        if (!is_alnum_ascii(before) && !is_alnum_ascii(after))
            return 1;
    }
    return 0;
}

/* ---- numbers ------------------------------------------------------------ */

typedef struct num_tok {
    size_t off, len;  /* in the folded text, the digits only */
    double value;     /* as written (separators removed) */
    double scaled;    /* with its unit (万, 億, million...) applied; == value when none */
    int version;      /* 1.2.3: compared as a string */
    double mult;      /* the unit's factor (1 when none) */
    size_t unit_len;  /* bytes of the unit after the digits */
    int follows;      /* continues the token before it: 11万9,872 (the 9,872) */
    double combined;  /* with follows: the whole number (119,872) */
} num_tok;

typedef struct num_list {
    num_tok *v;
    size_t n, cap;
} num_list;

static size_t unit_after(const char *s, size_t len, size_t j, double *mult)
{
    static const struct {
        const char *w;
        double m;
        int word; /* English: needs a non-letter after */
    } units[] = {
        {"千万", 1e7, 0}, {"百万", 1e6, 0}, {"万", 1e4, 0},        {"億", 1e8, 0},
        {"兆", 1e12, 0},  {"千", 1e3, 0},   {"million", 1e6, 1}, {"billion", 1e9, 1},
        {"trillion", 1e12, 1}, {"thousand", 1e3, 1}, {"bn", 1e9, 1},
    };
    size_t k = j;
    if (k < len && s[k] == ' ')
        k++;
    for (size_t u = 0; u < SD_ARRAY_LEN(units); u++) {
        size_t wl = strlen(units[u].w);
        if (k + wl <= len && memcmp(s + k, units[u].w, wl) == 0) {
            if (units[u].word && k + wl < len && isalpha((unsigned char)s[k + wl]))
                continue;
            if (units[u].word == 0 && k != j)
                continue; /* "12 万" is unusual; "12万" is the form */
            *mult = units[u].m;
            return k + wl - j;
        }
    }
    *mult = 1;
    return 0;
}

/* Numbers of a folded text: 4,300 and 4300 alike, 9.8, 12万, 3.4 million, 1.2.3. */
static void scan_numbers(const char *s, size_t len, num_list *out)
{
    size_t i = 0;
    while (i < len) {
        if (!is_digit((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t j = i;
        int dots = 0, thousands = 0;
        while (j < len && is_digit((unsigned char)s[j]))
            j++;
        for (;;) {
            if (j + 3 < len && s[j] == ',' && dots == 0 && is_digit((unsigned char)s[j + 1]) &&
                is_digit((unsigned char)s[j + 2]) && is_digit((unsigned char)s[j + 3]) &&
                (j + 4 >= len || !is_digit((unsigned char)s[j + 4]))) {
                j += 4;
                thousands = 1;
                continue;
            }
            if (j + 1 < len && s[j] == '.' && is_digit((unsigned char)s[j + 1]) && !thousands) {
                dots++;
                j++;
                while (j < len && is_digit((unsigned char)s[j]))
                    j++;
                continue;
            }
            break;
        }
        num_tok t;
        memset(&t, 0, sizeof t);
        t.off = i;
        t.len = j - i;
        if (dots >= 2) {
            t.version = 1;
            t.value = t.scaled = NAN;
        } else {
            char buf[64];
            size_t b = 0;
            for (size_t k = i; k < j && b + 1 < sizeof buf; k++)
                if (s[k] != ',')
                    buf[b++] = s[k];
            buf[b] = '\0';
            t.value = strtod(buf, NULL);
            double mult;
            t.unit_len = unit_after(s, len, j, &mult);
            t.mult = mult;
            t.scaled = t.value * mult;
            /* 11万9,872 and 3億8000万 are one number written in two pieces */
            if (out->n > 0) {
                const num_tok *p = &out->v[out->n - 1];
                if (!p->version && p->mult >= 1e4 && p->off + p->len + p->unit_len == i && t.scaled < p->mult) {
                    t.follows = 1;
                    t.combined = p->scaled + t.scaled;
                }
            }
        }
        out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
        out->v[out->n++] = t;
        i = j;
    }
}

/*
 * Numbers written as words in the evidence: English "two" .. "ninety", and
 * kanji numerals before a counter (二つ, 三件, 十二人).  A source that says
 * "two vulnerabilities" supports an answer that says 2件の脆弱性.  Only the
 * evidence is read this way: the answer's own Arabic digits are what we check.
 */
static void scan_number_words(const char *s, size_t len, num_list *out)
{
    static const struct {
        const char *w;
        double v;
    } words[] = {
        {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
        {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
        {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
        {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
        {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
        {"eighty", 80},  {"ninety", 90},    {"dozen", 12},    {"hundred", 100}, {"thousand", 1000},
        {"million", 1e6}, {"billion", 1e9},
    };
    for (size_t i = 0; i < len; i++) {
        if (!isalpha((unsigned char)s[i]) || (i > 0 && isalpha((unsigned char)s[i - 1])))
            continue;
        for (size_t k = 0; k < SD_ARRAY_LEN(words); k++) {
            size_t wl = strlen(words[k].w);
            if (i + wl <= len && memcmp(s + i, words[k].w, wl) == 0 &&
                (i + wl == len || !isalpha((unsigned char)s[i + wl]))) {
                num_tok t = {.off = i, .len = wl, .value = words[k].v, .scaled = words[k].v, .mult = 1};
                out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
                out->v[out->n++] = t;
                break;
            }
        }
    }
    static const char *const digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    static const char *const counters[] = {"つ", "件", "人", "社", "台", "回", "名", "種類", "点", "カ国",
                                           "か国", "カ所", "か所", "日", "週", "年", "か月", "カ月", "店舗", "拠点"};
    for (size_t i = 0; i + 3 <= len;) {
        /* a run of kanji numerals: 一..九, 十 */
        size_t j = i;
        double v = 0, cur = 0;
        int any = 0;
        while (j + 3 <= len) {
            int d = -1;
            for (int k = 0; k < 10; k++)
                if (memcmp(s + j, digits[k], 3) == 0)
                    d = k;
            if (d >= 0) {
                cur = cur * 10 + d;
                any = 1;
                j += 3;
            } else if (memcmp(s + j, "十", 3) == 0) {
                v += (cur ? cur : 1) * 10;
                cur = 0;
                any = 1;
                j += 3;
            } else {
                break;
            }
        }
        if (!any) {
            int32_t cp;
            i += text_utf8_decode(s, len, i, &cp);
            continue;
        }
        v += cur;
        for (size_t k = 0; k < SD_ARRAY_LEN(counters); k++) {
            size_t cl = strlen(counters[k]);
            if (j + cl <= len && memcmp(s + j, counters[k], cl) == 0) {
                num_tok t = {.off = i, .len = j - i, .value = v, .scaled = v, .mult = 1};
                out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
                out->v[out->n++] = t;
                break;
            }
        }
        i = j;
    }
}

static int same_number(double a, double b)
{
    double m = fabs(a) > 1 ? fabs(a) : 1;
    return fabs(a - b) <= 1e-9 * m;
}

/* ---- CVE ids ------------------------------------------------------------ */

/* A CVE id at folded s[i] ("cve-2026-12345"): its length, else 0. */
static size_t cve_at(const char *s, size_t len, size_t i)
{
    if (i + 13 > len || strncmp(s + i, "cve-", 4) != 0)
        return 0;
    if (i > 0 && is_alnum_ascii((unsigned char)s[i - 1]))
        return 0;
    size_t j = i + 4;
    for (int k = 0; k < 4; k++, j++)
        if (j >= len || !is_digit((unsigned char)s[j]))
            return 0;
    if (j >= len || s[j] != '-')
        return 0;
    j++;
    size_t d = j;
    while (j < len && is_digit((unsigned char)s[j]))
        j++;
    if (j - d < 4 || j - d > 8)
        return 0;
    return j - i;
}

/* ---- evidence ----------------------------------------------------------- */

struct llm_evidence {
    strbuf folded;    /* every text, folded, separated by "\n" */
    num_list nums;
    char **terms;     /* folded */
    size_t nterms, capterms;
};

llm_evidence *llm_evidence_create(void)
{
    llm_evidence *ev = xcalloc(1, sizeof *ev);
    strbuf_puts(&ev->folded, "\n");
    return ev;
}

void llm_evidence_free(llm_evidence *ev)
{
    if (!ev)
        return;
    strbuf_free(&ev->folded);
    free(ev->nums.v);
    for (size_t i = 0; i < ev->nterms; i++)
        free(ev->terms[i]);
    free(ev->terms);
    free(ev);
}

void llm_evidence_add(llm_evidence *ev, const char *text)
{
    if (!text || !*text)
        return;
    char *f = text_fold(text, strlen(text));
    size_t base = ev->folded.len;
    strbuf_puts(&ev->folded, f);
    strbuf_puts(&ev->folded, "\n");
    num_list nl = {0};
    scan_numbers(f, strlen(f), &nl);
    scan_number_words(f, strlen(f), &nl);
    for (size_t i = 0; i < nl.n; i++) {
        nl.v[i].off += base;
        ev->nums.v = xgrow(ev->nums.v, &ev->nums.cap, ev->nums.n + 1, sizeof *ev->nums.v);
        ev->nums.v[ev->nums.n++] = nl.v[i];
    }
    free(nl.v);
    free(f);
}

void llm_evidence_add_term(llm_evidence *ev, const char *term)
{
    if (!term || !*term)
        return;
    ev->terms = xgrow(ev->terms, &ev->capterms, ev->nterms + 1, sizeof *ev->terms);
    ev->terms[ev->nterms++] = text_fold(term, strlen(term));
}

static int evidence_has_number(const llm_evidence *ev, double v)
{
    for (size_t i = 0; i < ev->nums.n; i++) {
        const num_tok *t = &ev->nums.v[i];
        if (t->version)
            continue;
        if (same_number(t->value, v) || same_number(t->scaled, v) || (t->follows && same_number(t->combined, v)))
            return 1;
    }
    return 0;
}

static int evidence_has_term(const llm_evidence *ev, const char *folded)
{
    for (size_t i = 0; i < ev->nterms; i++)
        if (strcmp(ev->terms[i], folded) == 0 || strstr(ev->terms[i], folded))
            return 1;
    return 0;
}

/* ---- rules -------------------------------------------------------------- */

void llm_rules_init(llm_rules *r, size_t nsources, size_t max_chars)
{
    memset(r, 0, sizeof *r);
    r->min_chars = 10;
    r->max_chars = max_chars;
    r->max_paragraphs = 1;
    r->nsources = nsources;
    r->min_ja_share = 0.5;
}

/* ---- wrapping: reasoning blocks and fences ------------------------------ */

static void trim_span(const char **b, const char **e)
{
    while (*b < *e && isspace((unsigned char)**b))
        (*b)++;
    while (*e > *b && isspace((unsigned char)(*e)[-1]))
        (*e)--;
}

char *llm_strip_wrapping(const char *answer, char **why)
{
    static const char *const tags[] = {"think", "thinking", "reasoning", "reflection", "analysis"};
    char *s = xstrdup(answer ? answer : "");
    /* Harmony-style channels: the final message follows the last <|message|>. */
    const char *msg = NULL;
    for (const char *p = strstr(s, "<|message|>"); p; p = strstr(p + 1, "<|message|>"))
        msg = p + strlen("<|message|>");
    if (msg) {
        char *t = xstrdup(msg);
        char *end = strstr(t, "<|");
        if (end)
            *end = '\0';
        free(s);
        s = t;
    }
    for (size_t k = 0; k < SD_ARRAY_LEN(tags); k++) {
        char *open = xasprintf("<%s>", tags[k]);
        char *close = xasprintf("</%s>", tags[k]);
        /* A closing tag with no opening one: the reasoning started before the
         * answer text we were given (some servers drop the opening tag). */
        const char *c1 = ci_strstr(s, close);
        const char *o1 = ci_strstr(s, open);
        if (c1 && (!o1 || o1 > c1)) {
            char *t = xstrdup(c1 + strlen(close));
            free(s);
            s = t;
        }
        for (;;) {
            char *o = (char *)ci_strstr(s, open);
            if (!o)
                break;
            const char *c = ci_strstr(o, close);
            if (!c) {
                *why = xasprintf("unfinished <%s> reasoning block", tags[k]);
                free(open);
                free(close);
                free(s);
                return NULL;
            }
            const char *rest = c + strlen(close);
            memmove(o, rest, strlen(rest) + 1);
        }
        free(open);
        free(close);
    }
    const char *b = s, *e = s + strlen(s);
    trim_span(&b, &e);
    if (e - b >= 3 && memcmp(b, "```", 3) == 0) {
        const char *nl = memchr(b, '\n', (size_t)(e - b));
        if (!nl || e - nl < 4 || memcmp(e - 3, "```", 3) != 0) {
            *why = xstrdup("unclosed code fence");
            free(s);
            return NULL;
        }
        b = nl + 1;
        e -= 3;
        trim_span(&b, &e);
    }
    char *out = xstrndup(b, (size_t)(e - b));
    free(s);
    return out;
}

/* ---- URLs ---------------------------------------------------------------- */

static int in_list(const char *w, size_t n, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strlen(list[i]) == n && strncmp(list[i], w, n) == 0)
            return 1;
    return 0;
}

char *llm_find_url(const char *text)
{
    static const char *const tlds[] = {
        "com", "net", "org", "jp", "io", "info", "biz", "co", "gov", "edu", "mil", "int", "uk", "de",
        "fr", "cn", "ru", "us", "eu", "dev", "app", "xyz", "top", "site", "online", "example", "test",
        "invalid", "onion", "me", "tv", "ai", "cc", "ly", "kr", "tw", "in", "au", "ca", "link", "club",
    };
    /* Last labels that are file extensions, not domains (invoice.pdf.lnk, Node.js). */
    static const char *const files[] = {
        "exe", "dll", "lnk", "pdf", "zip", "js", "ps1", "bat", "cmd", "doc", "docx", "xls", "xlsx",
        "ppt", "pptx", "iso", "img", "vbs", "hta", "msi", "txt", "html", "htm", "php", "jar", "rar",
        "7z", "sh", "py", "csv", "json", "xml", "dmg", "apk", "scr", "one", "svg", "png", "jpg", "gz",
        "tar", "bin", "elf", "so", "dat", "log", "ini", "cfg", "conf", "tmp", "js", "ts", "rb", "go",
    };
    char *f = text_fold(text, strlen(text));
    size_t len = strlen(f);
    static const char *const schemes[] = {"http://", "https://", "hxxp://", "hxxps://", "ftp://", "www."};
    for (size_t k = 0; k < SD_ARRAY_LEN(schemes); k++) {
        const char *p = strstr(f, schemes[k]);
        if (p) {
            size_t n = 0;
            while (p[n] && !isspace((unsigned char)p[n]) && (unsigned char)p[n] < 0x80 && n < 80)
                n++;
            char *r = xstrndup(p, n);
            free(f);
            return r;
        }
    }
    size_t i = 0;
    while (i < len) {
        if (!is_alnum_ascii((unsigned char)f[i]) || (i > 0 && (is_alnum_ascii((unsigned char)f[i - 1]) ||
                                                              f[i - 1] == '-' || f[i - 1] == '.'))) {
            i++;
            continue;
        }
        /* labels [a-z0-9-]+ separated by single dots */
        size_t j = i, labels = 0, last = i;
        for (;;) {
            size_t ls = j;
            while (j < len && (is_alnum_ascii((unsigned char)f[j]) || f[j] == '-'))
                j++;
            if (j == ls)
                break;
            labels++;
            last = ls;
            if (j + 1 < len && f[j] == '.' && (is_alnum_ascii((unsigned char)f[j + 1])))
                j++;
            else
                break;
        }
        size_t tl = j - last;
        int alpha = tl >= 2;
        for (size_t k = last; k < j && alpha; k++)
            if (!isalpha((unsigned char)f[k]))
                alpha = 0;
        if (labels >= 2 && alpha && !in_list(f + last, tl, files, SD_ARRAY_LEN(files)) &&
            (labels >= 3 || in_list(f + last, tl, tlds, SD_ARRAY_LEN(tlds)))) {
            /* every label before the last must have a letter or digit run of 1+ (it does) */
            char *r = xstrndup(f + i, j - i);
            free(f);
            return r;
        }
        i = j > i ? j : i + 1;
    }
    free(f);
    return NULL;
}

/* ---- names -------------------------------------------------------------- */

/* Generic Latin terms a Japanese security text uses without a source naming them. */
static const char *const generic_latin[] = {
    "AI",   "API",  "APT",  "BEC",   "BYOD", "C2",   "CEO",  "CISO", "CPU",  "CSIRT", "CTO",  "CVE",
    "CVSS", "DB",   "DDoS", "DLL",   "DNS",  "DoS",  "DX",   "EC",   "EDR",  "EOL",   "EU",   "FAQ",
    "GPU",  "HTTP", "HTTPS", "ICT",  "ID",   "IoC",  "IoT",  "IP",   "IR",   "IT",    "JSON", "KEV",
    "LAN",  "LLM",  "MDR",  "MFA",   "MSP",  "NDR",  "OS",   "OSS",  "OT",   "OTP",   "PC",   "PDF",
    "PIN",  "PoC",  "POS",  "QR",    "RAT",  "RCE",  "RDP",  "SaaS", "SBOM", "SIEM",  "SMB",  "SMS",
    "SNS",  "SOAR", "SOC",  "SQL",   "SSH",  "SSL",  "SSO",  "SSRF", "TLS",  "URL",   "USB",  "VPN",
    "WAF",  "Web",  "Wi",   "Fi",    "XDR",  "XSS",  "ZIP",  "CSRF", "CSV",  "LNK",   "OTA",  "UI",
};

/* Generic katakana words (five or more letters are checked) a summary may use freely. */
static const char *const generic_katakana[] = {
    "セキュリティ", "セキュリティー", "サイバー", "ランサムウェア", "ランサムウエア", "マルウェア",
    "マルウエア", "ウイルス", "フィッシング", "パスワード", "アカウント", "ソフトウェア", "ソフトウエア",
    "ファームウェア", "アップデート", "バージョン", "サーバー", "システム", "ネットワーク",
    "インターネット", "クラウド", "サービス", "データベース", "ファイル", "メールアドレス",
    "クレジットカード", "ユーザー", "ログイン", "アクセス", "インシデント", "ベンダー", "メーカー",
    "グループ", "ウェブサイト", "ウェブ", "プログラム", "ツール", "デバイス", "ブラウザー", "ブラウザ",
    "アプリケーション", "プラットフォーム", "モニタリング", "バックアップ", "エンジニア", "ハッカー",
    "サプライチェーン", "インフラ", "ゼロデイ", "エクスプロイト", "ダークウェブ", "ボットネット",
    "バックドア", "ガイドライン", "ガイダンス", "ポリシー", "プロセス", "オンライン", "サポート",
    "セッション", "トークン", "リリース", "ニュース", "レポート", "コメント", "センター", "サプライヤー",
    "パートナー", "クライアント", "エンドポイント", "プロトコル", "リモート", "テレワーク", "アラート",
    "ステータス", "ダウンロード", "インストール", "スクリプト", "ファイアウォール", "ルーター",
    "コンピューター", "コンピュータ", "パソコン", "スマートフォン", "モバイル", "ソーシャル",
    "エンジニアリング", "メッセージ", "テキスト", "ドメイン", "アドレス", "キャンペーン", "トラフィック",
    "リクエスト", "オペレーション", "ソリューション", "プライバシー", "コンプライアンス", "ガバナンス",
    "マネジメント", "リスク", "ユーザ", "サーバ", "アップグレード", "パッチ", "プラグイン", "モジュール",
    "コンポーネント", "ライブラリ", "ライブラリー", "ファイル", "フォルダー", "フォルダ", "ショートカット",
    "スキャン", "ペネトレーション", "インテリジェンス", "レスポンス", "フォレンジック", "マイクロソフト",
    "キャッシュ", "ストレージ", "データセンター", "オペレーター", "アクセスログ", "ログイン情報",
    "アクティブ", "サイバーセキュリティ", "サイバー攻撃", "ランサム", "リーク", "リークサイト",
    "ハッキング", "クラッキング", "スパイウェア", "アドウェア", "トロイの木馬", "ワーム", "ボット",
    "スパム", "スミッシング", "ビッシング", "ソーシャルエンジニアリング", "ブルートフォース",
    "パスワードスプレー", "クレデンシャル", "インジェクション", "クロスサイトスクリプティング",
    "オーバーフロー", "バッファオーバーフロー", "エスカレーション", "コマンド", "リモートコード",
    "ファイルアップロード", "アップロード", "ウォレット", "ホットウォレット", "コールドウォレット",
    "ブロックチェーン", "スマートコントラクト", "トランザクション", "プロバイダー", "プロバイダ",
    "ホスティング", "ドライバー", "ハードウェア", "ファームウエア", "ルーティング", "ゲートウェイ",
    "ファイアウオール", "アンチウイルス", "ワクチン", "ロールバック", "リカバリー", "リストア",
    "ダウンタイム", "オフライン", "ネットワーク機器", "エンタープライズ", "コンシューマー", "カスタマー",
    "メンテナンス", "スケジュール", "タイムライン", "シナリオ", "ケース", "レベル", "カテゴリー",
    "コミュニティ", "プロジェクト", "オープンソース", "ベストプラクティス", "チェックリスト",
    "トレーニング", "シミュレーション", "インターフェース", "ダッシュボード", "コンソール",
    "ポータル", "ログインページ", "ショッピング", "ポイント", "キャッシュレス", "クレジット",
    "カード情報", "メールボックス", "スクリーンショット", "ステークホルダー", "エコシステム",
    "デジタル", "テクノロジー", "イノベーション", "インフラストラクチャー", "アーキテクチャ",
    "ゼロトラスト", "マルチファクター", "ワンタイムパスワード", "アクセス制御", "ネットワーク分離",
    "セグメンテーション", "モニター", "アナリスト", "リサーチャー", "リサーチ", "レッドチーム",
    "ブルーチーム", "インテグレーター", "コンサルタント", "アドバイザリー", "セキュリティパッチ",
};

static int latin_name_known(const char *w, const llm_evidence *ev)
{
    for (size_t k = 0; k < SD_ARRAY_LEN(generic_latin); k++)
        if (strcasecmp(generic_latin[k], w) == 0)
            return 1;
    char *f = text_fold(w, strlen(w));
    int ok = has_word(ev->folded.data, f);
    for (size_t i = 0; i < ev->nterms && !ok; i++)
        ok = has_word(ev->terms[i], f);
    free(f);
    return ok;
}

/* A Latin word of the answer (ASCII after NFKC) that looks like a name and is not in the evidence. */
static char *invented_latin_name(const char *nfkc, const llm_evidence *ev)
{
    size_t len = strlen(nfkc);
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)nfkc[i];
        if (!isalpha(c) || (i > 0 && is_alnum_ascii((unsigned char)nfkc[i - 1]))) {
            i++;
            continue;
        }
        size_t j = i;
        int upper = 0, letters = 0;
        while (j < len && is_alnum_ascii((unsigned char)nfkc[j])) {
            if (isupper((unsigned char)nfkc[j]))
                upper++;
            if (isalpha((unsigned char)nfkc[j]))
                letters++;
            j++;
        }
        if (upper > 0 && letters >= 2) {
            char *w = xstrndup(nfkc + i, j - i);
            if (!latin_name_known(w, ev))
                return w;
            free(w);
        }
        i = j;
    }
    return NULL;
}

/* Latin letters of the answer that belong to names the evidence has: they do
 * not make a Japanese sentence English (Larkspur Regional Healthで...). */
static size_t latin_letters_of_known_names(const char *nfkc, const llm_evidence *ev)
{
    size_t len = strlen(nfkc), n = 0, i = 0;
    while (i < len) {
        if (!isalpha((unsigned char)nfkc[i]) || (i > 0 && is_alnum_ascii((unsigned char)nfkc[i - 1]))) {
            i++;
            continue;
        }
        size_t j = i;
        int upper = 0, letters = 0;
        while (j < len && is_alnum_ascii((unsigned char)nfkc[j])) {
            upper += isupper((unsigned char)nfkc[j]) != 0;
            letters += isalpha((unsigned char)nfkc[j]) != 0;
            j++;
        }
        if (upper > 0) {
            char *w = xstrndup(nfkc + i, j - i);
            if (latin_name_known(w, ev))
                n += (size_t)letters;
            free(w);
        }
        i = j;
    }
    return n;
}

static int generic_katakana_word(const char *w)
{
    for (size_t k = 0; k < SD_ARRAY_LEN(generic_katakana); k++)
        if (strcmp(generic_katakana[k], w) == 0)
            return 1;
    return 0;
}

static int katakana_before(const char *base, const char *p)
{
    if (p == base)
        return 0;
    size_t i = text_utf8_char_start(base, (size_t)(p - base), (size_t)(p - base) - 1);
    int32_t cp;
    text_utf8_decode(base, (size_t)(p - base), i, &cp);
    return text_is_katakana(cp);
}

/* A whole katakana run: the evidence has it as a word, or it is generic, or a glossary term. */
static int katakana_known(const llm_evidence *ev, const char *folded)
{
    if (strstr(ev->folded.data, folded) || evidence_has_term(ev, folded) || generic_katakana_word(folded))
        return 1;
    return 0;
}

/* A piece of a compound: only a whole word counts (アク of アクセス does not). */
static int katakana_piece_known(const llm_evidence *ev, const char *piece)
{
    if (generic_katakana_word(piece))
        return 1;
    for (size_t i = 0; i < ev->nterms; i++)
        if (strcmp(ev->terms[i], piece) == 0)
            return 1;
    size_t n = strlen(piece);
    const char *hay = ev->folded.data;
    for (const char *p = strstr(hay, piece); p; p = strstr(p + 1, piece)) {
        int32_t cp = 0;
        if (p[n])
            text_utf8_decode(p, strlen(p), n, &cp);
        if (!katakana_before(hay, p) && !(p[n] && text_is_katakana(cp)))
            return 1;
    }
    return 0;
}

/*
 * A katakana run is accepted when the evidence or the generic list has it,
 * or when it splits into known pieces (ランサムウェア+グループ) leaving at most
 * four letters unknown: a compound of known words is not an invention, a
 * long unknown run is probably a name.
 */
static int katakana_run_ok(const llm_evidence *ev, const int32_t *cps, size_t n)
{
    enum { MAXRUN = 40 };
    char buf[4 * MAXRUN + 1];
    if (n > MAXRUN)
        return 0;
    /* best[i]: fewest unknown letters to cover cps[0..i) */
    size_t best[MAXRUN + 1];
    best[0] = 0;
    for (size_t i = 1; i <= n; i++) {
        best[i] = best[i - 1] + 1;
        for (size_t s = 0; s + 2 <= i; s++) {
            if (best[s] >= best[i])
                continue;
            size_t b = 0;
            for (size_t k = s; k < i; k++)
                b += text_utf8_encode(cps[k], buf + b);
            buf[b] = '\0';
            if (katakana_piece_known(ev, buf))
                best[i] = best[s];
        }
    }
    return best[n] <= 4 && best[n] < n;
}

static char *invented_katakana(const char *folded, const llm_evidence *ev)
{
    size_t len = strlen(folded);
    int32_t run[64];
    size_t n = 0, start = 0;
    for (size_t i = 0; i <= len;) {
        int32_t cp = 0;
        size_t cl = 1;
        if (i < len)
            cl = text_utf8_decode(folded, len, i, &cp);
        if (i < len && text_is_katakana(cp)) {
            if (n == 0)
                start = i;
            if (n < SD_ARRAY_LEN(run))
                run[n] = cp;
            n++;
        } else {
            if (n >= 5) {
                char *w = xstrndup(folded + start, i - start);
                int ok = katakana_known(ev, w) ||
                         (n <= SD_ARRAY_LEN(run) && katakana_run_ok(ev, run, n));
                if (!ok)
                    return w;
                free(w);
            }
            n = 0;
        }
        i += cl;
    }
    return NULL;
}

/* 「…」 and 『…』 holding no hiragana are names or titles: they must be quoted from the evidence. */
static char *invented_quote(const char *folded, const llm_evidence *ev)
{
    static const char *const opens[] = {"「", "『"};
    static const char *const closes[] = {"」", "』"};
    for (size_t q = 0; q < 2; q++) {
        for (const char *p = strstr(folded, opens[q]); p; p = strstr(p + 1, opens[q])) {
            const char *b = p + strlen(opens[q]);
            const char *c = strstr(b, closes[q]);
            if (!c)
                break;
            size_t n = (size_t)(c - b);
            if (n == 0 || char_count_n(b, n) > 40)
                continue;
            int hira = 0;
            for (size_t i = 0; i < n;) {
                int32_t cp;
                i += text_utf8_decode(b, n, i, &cp);
                if (text_is_hiragana(cp))
                    hira = 1;
            }
            if (hira)
                continue;
            char *w = xstrndup(b, n);
            if (!strstr(ev->folded.data, w) && !evidence_has_term(ev, w))
                return w;
            free(w);
        }
    }
    return NULL;
}

/* ---- the answer's text ---------------------------------------------------- */

/* "[1]", "[1, 2]", "[出典1]", "【2】", "(出典: 1)": citation markers the program writes itself. */
static size_t citation_marker_at(const char *s)
{
    static const struct {
        const char *open, *close;
    } pairs[] = {{"[", "]"}, {"【", "】"}, {"［", "］"}, {"(出典", ")"}, {"（出典", "）"}};
    for (size_t k = 0; k < SD_ARRAY_LEN(pairs); k++) {
        size_t ol = strlen(pairs[k].open);
        if (strncmp(s, pairs[k].open, ol) != 0)
            continue;
        const char *p = s + ol;
        int digits = 0;
        for (int guard = 0; *p && guard < 40; guard++) {
            if (is_digit((unsigned char)*p)) {
                digits++;
                p++;
            } else if (*p == ',' || *p == ' ' || *p == ':' || *p == '#' || *p == '-') {
                p++;
            } else if (strncmp(p, "、", 3) == 0 || strncmp(p, "：", 3) == 0 || strncmp(p, "出典", 6) == 0 ||
                       strncmp(p, "，", 3) == 0) {
                p += strncmp(p, "出典", 6) == 0 ? 6 : 3;
            } else {
                break;
            }
        }
        size_t cl = strlen(pairs[k].close);
        if (digits > 0 && strncmp(p, pairs[k].close, cl) == 0)
            return (size_t)(p - s) + cl;
    }
    return 0;
}

static int is_ascii_word_char(int c) { return is_alnum_ascii(c); }

/* Join the lines of one paragraph: nothing between Japanese, a space between words. */
static void join_lines(strbuf *out, const char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (p[i] == '\n') {
            int before = out->len ? (unsigned char)out->data[out->len - 1] : 0;
            size_t j = i;
            while (j < n && (p[j] == '\n' || p[j] == ' '))
                j++;
            int after = j < n ? (unsigned char)p[j] : 0;
            if (before && after && is_ascii_word_char(before) && is_ascii_word_char(after))
                strbuf_putc(out, ' ');
            i = j;
            continue;
        }
        strbuf_putc(out, p[i]);
        i++;
    }
}

static void trim_strbuf(strbuf *sb)
{
    size_t b = 0;
    while (b < sb->len && (sb->data[b] == ' ' || sb->data[b] == '\n'))
        b++;
    size_t e = sb->len;
    while (e > b && (sb->data[e - 1] == ' ' || sb->data[e - 1] == '\n'))
        e--;
    if (b > 0)
        memmove(sb->data, sb->data + b, e - b);
    sb->len = e - b;
    if (sb->data)
        sb->data[sb->len] = '\0';
    /* a full-width space at either end too */
    while (sb->len >= 3 && memcmp(sb->data, "\xE3\x80\x80", 3) == 0) {
        memmove(sb->data, sb->data + 3, sb->len - 3);
        sb->len -= 3;
        sb->data[sb->len] = '\0';
    }
    while (sb->len >= 3 && memcmp(sb->data + sb->len - 3, "\xE3\x80\x80", 3) == 0) {
        sb->len -= 3;
        sb->data[sb->len] = '\0';
    }
}

/*
 * From the raw "text" value to the text we would print: harmless markup
 * (emphasis, citation markers) removed, the rest refused, paragraphs joined
 * or counted.  NULL and *why on rejection.
 */
static char *clean_text(const char *raw, const llm_rules *r, char **why)
{
    strbuf a = STRBUF_INIT;
    for (const char *p = raw; *p;) {
        unsigned char c = (unsigned char)*p;
        if (c == '\r') {
            p++;
            continue;
        }
        if (c == '\t') {
            strbuf_putc(&a, ' ');
            p++;
            continue;
        }
        if (c < 0x20 && c != '\n') {
            strbuf_free(&a);
            *why = xstrdup("control characters");
            return NULL;
        }
        if ((p[0] == '*' && p[1] == '*') || (p[0] == '_' && p[1] == '_')) {
            p += 2;
            continue;
        }
        size_t m = citation_marker_at(p);
        if (m) {
            p += m;
            continue;
        }
        strbuf_putc(&a, (char)c);
        p++;
    }
    const char *s = strbuf_cstr(&a);
    /* Markup that would change the meaning or the structure: refuse. */
    for (const char *p = s; *p; p++) {
        if (strchr("#*`[]<>", *p)) {
            *why = xasprintf("markup residue '%c'", *p);
            strbuf_free(&a);
            return NULL;
        }
    }
    for (const char *line = s; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        const char *q = line;
        while (*q == ' ')
            q++;
        if ((q[0] == '-' || q[0] == '+') && q[1] == ' ') {
            *why = xstrdup("markup residue (a list)");
            strbuf_free(&a);
            return NULL;
        }
    }
    /* Paragraphs: separated by blank lines. */
    strbuf out = STRBUF_INIT;
    int paragraphs = 0;
    const char *p = s;
    while (*p) {
        while (*p == '\n' || *p == ' ')
            p++;
        if (!*p)
            break;
        const char *e = p;
        for (;;) {
            const char *nl = strchr(e, '\n');
            if (!nl) {
                e += strlen(e);
                break;
            }
            const char *q = nl + 1;
            while (*q == ' ')
                q++;
            if (*q == '\n' || *q == '\0') {
                e = nl;
                break;
            }
            e = nl + 1;
        }
        strbuf para = STRBUF_INIT;
        join_lines(&para, p, (size_t)(e - p));
        trim_strbuf(&para);
        if (para.len) {
            if (paragraphs > 0)
                strbuf_puts(&out, r->max_paragraphs > 1 ? "\n" : "");
            strbuf_append(&out, para.data, para.len);
            paragraphs++;
        }
        strbuf_free(&para);
        p = e;
    }
    strbuf_free(&a);
    if (r->max_paragraphs > 1 && paragraphs > r->max_paragraphs) {
        *why = xasprintf("%d paragraphs, at most %d", paragraphs, r->max_paragraphs);
        strbuf_free(&out);
        return NULL;
    }
    if (r->no_final_stop) {
        while (out.len >= 3 && memcmp(out.data + out.len - 3, "。", 3) == 0) {
            out.len -= 3;
            out.data[out.len] = '\0';
        }
    }
    return strbuf_detach(&out);
}

static int count_sentences(const char *s)
{
    static const char *const stops[] = {"。", "！", "？"};
    int n = 0;
    size_t len = strlen(s);
    int open = 0; /* text after the last stop */
    for (size_t i = 0; i < len;) {
        int stop = 0;
        for (size_t k = 0; k < SD_ARRAY_LEN(stops); k++) {
            if (strncmp(s + i, stops[k], 3) == 0) {
                stop = 1;
                break;
            }
        }
        if (stop) {
            n++;
            open = 0;
            i += 3;
            /* closing brackets after the stop belong to the sentence */
            continue;
        }
        if (s[i] != '\n' && s[i] != ' ' && strncmp(s + i, "」", 3) != 0 && strncmp(s + i, "）", 3) != 0)
            open = 1;
        int32_t cp;
        i += text_utf8_decode(s, len, i, &cp);
    }
    return n + open;
}

/* ---- the whole check ------------------------------------------------------ */

static int reject(char **why, char *msg)
{
    *why = msg;
    return -1;
}

static int check_facts(const char *text, const llm_evidence *ev, char **why)
{
    char *folded = text_fold(text, strlen(text));
    size_t flen = strlen(folded);
    int rc = 0;

    /* CVE ids, remembered so that their digits are not taken for numbers. */
    size_t *cve_off = NULL, *cve_len = NULL, ncve = 0, capa = 0, capb = 0;
    for (size_t i = 0; i < flen; i++) {
        size_t n = cve_at(folded, flen, i);
        if (!n)
            continue;
        cve_off = xgrow(cve_off, &capa, ncve + 1, sizeof *cve_off);
        cve_len = xgrow(cve_len, &capb, ncve + 1, sizeof *cve_len);
        cve_off[ncve] = i;
        cve_len[ncve++] = n;
        char *id = xstrndup(folded + i, n);
        int found = 0;
        for (const char *p = strstr(ev->folded.data, id); p; p = strstr(p + 1, id)) {
            if (!is_digit((unsigned char)p[n])) {
                found = 1;
                break;
            }
        }
        if (!found) {
            for (char *q = id; *q; q++)
                *q = (char)toupper((unsigned char)*q);
            rc = reject(why, xasprintf("invented %s", id));
            free(id);
            break;
        }
        free(id);
        i += n - 1;
    }
    if (rc == 0) {
        num_list nl = {0};
        scan_numbers(folded, flen, &nl);
        for (size_t i = 0; i < nl.n && rc == 0; i++) {
            const num_tok *t = &nl.v[i];
            int in_cve = 0;
            for (size_t k = 0; k < ncve; k++)
                if (t->off >= cve_off[k] && t->off < cve_off[k] + cve_len[k])
                    in_cve = 1;
            if (in_cve)
                continue;
            int ok;
            if (i + 1 < nl.n && nl.v[i + 1].follows && evidence_has_number(ev, nl.v[i + 1].combined)) {
                i++; /* the two pieces make a number the evidence has */
                continue;
            }
            if (t->version) {
                char *v = xstrndup(folded + t->off, t->len);
                ok = strstr(ev->folded.data, v) != NULL;
                free(v);
            } else {
                ok = evidence_has_number(ev, t->scaled);
            }
            if (!ok) {
                char *w = xstrndup(folded + t->off, t->len);
                rc = reject(why, xasprintf("invented number %s", w));
                free(w);
            }
        }
        free(nl.v);
    }
    free(cve_off);
    free(cve_len);
    if (rc != 0)
        goto out;

    char *nfkc = text_nfkc(text, strlen(text));
    char *name = invented_latin_name(nfkc, ev);
    free(nfkc);
    if (name) {
        rc = reject(why, xasprintf("invented name %s", name));
        free(name);
        goto out;
    }
    char *kata = invented_katakana(folded, ev);
    if (kata) {
        rc = reject(why, xasprintf("invented name %s", kata));
        free(kata);
        goto out;
    }
    char *quote = invented_quote(folded, ev);
    if (quote) {
        rc = reject(why, xasprintf("quoted name not in the sources 「%s」", quote));
        free(quote);
        goto out;
    }
out:
    free(folded);
    return rc;
}

int llm_verify_answer(const char *answer, const llm_rules *r, const llm_evidence *ev, char **text,
                      int **used, size_t *nused, char **why)
{
    *text = NULL;
    *why = NULL;
    if (used)
        *used = NULL;
    if (nused)
        *nused = 0;
    char *body = llm_strip_wrapping(answer, why);
    if (!body)
        return -1;
    size_t blen = strlen(body);
    if (blen == 0) {
        free(body);
        return reject(why, xstrdup("empty answer"));
    }
    if (body[0] != '{' || body[blen - 1] != '}') {
        int has_obj = strchr(body, '{') != NULL;
        free(body);
        return reject(why, xstrdup(has_obj ? "text outside the JSON object" : "not JSON"));
    }
    cJSON *j = cJSON_ParseWithLength(body, blen);
    free(body);
    if (!j)
        return reject(why, xstrdup("invalid JSON"));
    int rc = -1;
    int *nums = NULL;
    size_t nn = 0;
    char *clean = NULL;
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(j, "text");
    const cJSON *src = cJSON_GetObjectItemCaseSensitive(j, "sources");
    if (!cJSON_IsObject(j)) {
        *why = xstrdup("not a JSON object");
        goto done;
    }
    if (!cJSON_IsString(t) || !t->valuestring) {
        *why = xstrdup("no \"text\" string");
        goto done;
    }
    if (!cJSON_IsArray(src) || cJSON_GetArraySize(src) == 0) {
        *why = xstrdup("cites no source");
        goto done;
    }
    nums = xcalloc((size_t)cJSON_GetArraySize(src), sizeof *nums);
    const cJSON *e;
    cJSON_ArrayForEach(e, src)
    {
        if (!cJSON_IsNumber(e) || e->valuedouble != floor(e->valuedouble)) {
            *why = xstrdup("\"sources\" is not a list of numbers");
            goto done;
        }
        double v = e->valuedouble;
        if (v < 1 || v > (double)r->nsources) {
            *why = xasprintf("cites source %.0f, given 1-%zu", v, r->nsources);
            goto done;
        }
        int dup = 0;
        for (size_t k = 0; k < nn; k++)
            if (nums[k] == (int)v)
                dup = 1;
        if (!dup)
            nums[nn++] = (int)v;
    }
    clean = clean_text(t->valuestring, r, why);
    if (!clean)
        goto done;
    /* First: a URL is the plainest reason, whatever else is wrong. */
    char *url = llm_find_url(clean);
    if (url) {
        *why = xasprintf("contains a URL (%s)", url);
        free(url);
        goto done;
    }
    size_t chars = llm_char_count(clean);
    if (chars < r->min_chars) {
        *why = xasprintf("too short (%zu characters)", chars);
        goto done;
    }
    if (chars > r->max_chars) {
        *why = xasprintf("too long (%zu characters, at most %zu)", chars, r->max_chars);
        goto done;
    }
    if (r->max_sentences > 0) {
        int ns = count_sentences(clean);
        if (ns > r->max_sentences) {
            *why = xasprintf("%d sentences, at most %d", ns, r->max_sentences);
            goto done;
        }
    }
    text_script_mix mix;
    text_script_mix_of(clean, strlen(clean), &mix);
    size_t letters = mix.kana + mix.kanji + mix.latin + mix.other_letters;
    /* Share of Japanese among the letters, not counting the names the sources
     * spell in Latin letters: an English answer fails, a Japanese sentence
     * about Nimbus Networks does not. */
    char *nfkc_clean = text_nfkc(clean, strlen(clean));
    size_t named = latin_letters_of_known_names(nfkc_clean, ev);
    free(nfkc_clean);
    size_t ja = mix.kana + mix.kanji;
    size_t counted = letters - (named < mix.latin ? named : mix.latin);
    double share = counted ? (double)ja / (double)counted : 0.0;
    if (ja == 0 || share < r->min_ja_share) {
        *why = xasprintf("not Japanese (Japanese share %.2f)", share);
        goto done;
    }
    if (mix.kana == 0 && letters >= 10) {
        *why = xstrdup("not Japanese (no kana)");
        goto done;
    }
    if (check_facts(clean, ev, why) != 0)
        goto done;
    *text = text_nfc(clean, strlen(clean));
    if (used) {
        *used = nums;
        nums = NULL;
    }
    if (nused)
        *nused = nn;
    rc = 0;
done:
    free(clean);
    free(nums);
    cJSON_Delete(j);
    return rc;
}
