#include "render/check.h"
#include "text/url.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static void defect(check_report *r, int line, const char *fmt, ...) SD_PRINTF(3, 4);

static void defect(check_report *r, int line, const char *fmt, ...)
{
    strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&sb, fmt, ap);
    va_end(ap);
    r->defects = xgrow(r->defects, &r->cap, r->count + 1, sizeof *r->defects);
    r->defects[r->count].line = line;
    r->defects[r->count].what = strbuf_detach(&sb);
    r->count++;
}

void check_report_free(check_report *r)
{
    for (size_t i = 0; i < r->count; i++)
        free(r->defects[i].what);
    free(r->defects);
    memset(r, 0, sizeof *r);
}

typedef struct line {
    const char *s;
    size_t len;
    int no;
    int level;       /* heading level 1-4 (ATX), 0 if not a heading */
    const char *htext; /* heading text (after "# "), not NUL-terminated */
    size_t hlen;
} line;

static int line_is(const line *l, const char *s) { return l->len == strlen(s) && memcmp(l->s, s, l->len) == 0; }

static int heading_is(const line *l, int level, const char *text)
{
    return l->level == level && l->hlen == strlen(text) && memcmp(l->htext, text, l->hlen) == 0;
}

static int blank(const line *l)
{
    for (size_t i = 0; i < l->len; i++)
        if (l->s[i] != ' ' && l->s[i] != '\t')
            return 0;
    return 1;
}

/* ---- encoding ---- */

static void check_encoding(const char *md, size_t len, check_report *r)
{
    int lineno = 1;
    size_t i = 0;
    int bad_utf8_reported = 0, ctrl_reported = 0;
    while (i < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)md + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n < 0) {
            if (!bad_utf8_reported++)
                defect(r, lineno, "invalid UTF-8 (byte 0x%02X)", (unsigned char)md[i]);
            i++;
            continue;
        }
        if (cp == '\n')
            lineno++;
        else if ((cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            if (ctrl_reported++ < 5)
                defect(r, lineno, "control character U+%04X", (unsigned)cp);
        }
        i += (size_t)n;
    }
    if (!bad_utf8_reported) {
        /* Whole-document NFC check over exactly `len` bytes (the document may
         * hold a NUL); report the first line that differs. */
        utf8proc_uint8_t *nfc = NULL;
        utf8proc_ssize_t nlen = utf8proc_map((const utf8proc_uint8_t *)md, (utf8proc_ssize_t)len, &nfc,
                                             UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (nlen >= 0 && ((size_t)nlen != len || memcmp(nfc, md, len) != 0)) {
            int ln = 1;
            for (size_t k = 0; k < len && k < (size_t)nlen && nfc[k] == (utf8proc_uint8_t)md[k]; k++)
                if (md[k] == '\n')
                    ln++;
            defect(r, ln, "text is not in Unicode normalization form NFC");
        }
        free(nfc);
    }
}

/* ---- links ---- */

typedef struct url_list {
    char **v;
    int *lines;
    size_t n, cap, lcap;
} url_list;

static void url_add(url_list *u, const char *s, size_t n, int lineno)
{
    u->v = xgrow(u->v, &u->cap, u->n + 1, sizeof *u->v);
    u->lines = xgrow(u->lines, &u->lcap, u->n + 1, sizeof *u->lines);
    u->v[u->n] = xstrndup(s, n);
    u->lines[u->n] = lineno;
    u->n++;
}

static size_t url_find(const url_list *u, const char *s)
{
    for (size_t i = 0; i < u->n; i++)
        if (strcmp(u->v[i], s) == 0)
            return i;
    return (size_t)-1;
}

static void url_free(url_list *u)
{
    for (size_t i = 0; i < u->n; i++)
        free(u->v[i]);
    free(u->v);
    free(u->lines);
}

/* Is s[i] escaped by an odd number of backslashes? */
static int escaped(const char *s, size_t i)
{
    size_t k = 0;
    while (i > k && s[i - 1 - k] == '\\')
        k++;
    return k % 2 == 1;
}

/*
 * Scan one line for links "[text](url)", broken links "[text] (url)",
 * bracketed residue and raw HTML.  Every link target goes into `all`.
 */
static void scan_inline(const line *l, url_list *all, check_report *r)
{
    const char *s = l->s;
    size_t n = l->len;
    int in_code = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '`' && !escaped(s, i)) {
            in_code = !in_code;
            continue;
        }
        if (in_code)
            continue;
        if (c == '<' && !escaped(s, i) && i + 1 < n &&
            ((s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
             s[i + 1] == '/' || s[i + 1] == '!')) {
            const char *gt = memchr(s + i, '>', n - i);
            if (gt) {
                /* <https://...> autolinks are Markdown, not HTML. */
                if (strncmp(s + i + 1, "http://", 7) == 0 || strncmp(s + i + 1, "https://", 8) == 0)
                    url_add(all, s + i + 1, (size_t)(gt - s - i - 1), l->no);
                else
                    defect(r, l->no, "raw HTML: %.*s", (int)(gt - (s + i) + 1 > 40 ? 40 : gt - (s + i) + 1), s + i);
                i = (size_t)(gt - s);
            }
            continue;
        }
        if (c == '{' && !escaped(s, i)) {
            const char *close = memchr(s + i, '}', n - i);
            if (close && close - (s + i) <= 40 && close - (s + i) >= 2 && !memchr(s + i, ' ', (size_t)(close - s - i)))
                defect(r, l->no, "template placeholder: %.*s", (int)(close - (s + i) + 1), s + i);
            continue;
        }
        if (c != '[' || escaped(s, i))
            continue;
        /* Find the matching ']' (nesting allowed, escapes honoured). */
        int depth = 0;
        size_t j = i;
        for (; j < n; j++) {
            if (escaped(s, j))
                continue;
            if (s[j] == '[')
                depth++;
            else if (s[j] == ']' && --depth == 0)
                break;
        }
        if (j >= n) {
            defect(r, l->no, "unclosed '[' (broken link or template residue)");
            return;
        }
        const char *text = s + i + 1;
        size_t tlen = j - i - 1;
        if (j + 1 < n && s[j + 1] == '(') {
            const char *close = memchr(s + j + 2, ')', n - j - 2);
            if (!close) {
                defect(r, l->no, "link without a closing ')'");
                return;
            }
            size_t ulen = (size_t)(close - (s + j + 2));
            char *u = xstrndup(s + j + 2, ulen);
            if (ulen == 0)
                defect(r, l->no, "link with an empty URL: [%.*s]()", (int)(tlen > 40 ? 40 : tlen), text);
            else if (strchr(u, ' '))
                defect(r, l->no, "link URL contains a space: %s", u);
            else if (!url_is_http(u))
                defect(r, l->no, "link is not an http(s) URL: %s", u);
            url_add(all, u, ulen, l->no);
            free(u);
            i = (size_t)(close - s);
            continue;
        }
        /* A bracket pair that is not a link. */
        size_t k = j + 1;
        while (k < n && s[k] == ' ')
            k++;
        if (k > j + 1 && k < n && s[k] == '(')
            defect(r, l->no, "broken link: a space between ']' and '(' (\"%.*s\")", (int)(tlen > 40 ? 40 : tlen), text);
        else if (tlen >= 5 && strncmp(text, "cite:", 5) == 0)
            defect(r, l->no, "citation residue: [%.*s]", (int)tlen, text);
        else
            defect(r, l->no, "template residue or link without URL: [%.*s]", (int)(tlen > 40 ? 40 : tlen), text);
        i = j;
    }
}

static void check_punctuation(const line *l, check_report *r)
{
    static const char *const runs[] = {",,", "、、", "，，", "。。", ", ,"};
    for (size_t k = 0; k < SD_ARRAY_LEN(runs); k++) {
        size_t rl = strlen(runs[k]);
        for (size_t i = 0; i + rl <= l->len; i++) {
            if (memcmp(l->s + i, runs[k], rl) == 0) {
                defect(r, l->no, "run of stray punctuation \"%s\"", runs[k]);
                return;
            }
        }
    }
}

/* ---- structure ---- */

static int parse_date(const char *s, size_t n, char *out, size_t outsz)
{
    /* YYYY-MM-DD or YYYY年M月D日, followed by a space. */
    int y, m, d, used = 0;
    char *tmp = xstrndup(s, n);
    int ok = 0;
    if (sscanf(tmp, "%4d-%2d-%2d%n", &y, &m, &d, &used) == 3 && used == 10)
        ok = 1;
    else if (sscanf(tmp, "%4d年%2d月%2d日%n", &y, &m, &d, &used) == 3)
        ok = 1;
    if (ok && (m < 1 || m > 12 || d < 1 || d > 31))
        ok = 0;
    if (ok)
        snprintf(out, outsz, "%.*s", used, tmp);
    free(tmp);
    return ok ? used : -1;
}

static void check_title(const line *l, const char *suffix, char *date, size_t datesz, check_report *r)
{
    char d[64];
    int used = parse_date(l->htext, l->hlen, d, sizeof d);
    size_t sl = strlen(suffix);
    if (used < 0 || l->hlen != (size_t)used + 1 + sl || l->htext[used] != ' ' ||
        memcmp(l->htext + used + 1, suffix, sl) != 0) {
        defect(r, l->no, "title must be \"# {DATE} %s\" with DATE as YYYY-MM-DD or YYYY年M月D日", suffix);
        return;
    }
    if (date[0] && strcmp(date, d) != 0)
        defect(r, l->no, "date %s differs from the first title's %s", d, date);
    if (!date[0])
        snprintf(date, datesz, "%s", d);
}

int digest_check(const char *md, size_t len, store *st, check_report *r, sd_err *err)
{
    memset(r, 0, sizeof *r);
    check_encoding(md, len, r);

    /* Split into lines. */
    line *lines = NULL;
    size_t nlines = 0, cap = 0;
    for (size_t i = 0; i <= len;) {
        const char *nl = i < len ? memchr(md + i, '\n', len - i) : NULL;
        size_t e = nl ? (size_t)(nl - md) : len;
        if (!nl && e == i)
            break;
        lines = xgrow(lines, &cap, nlines + 1, sizeof *lines);
        line *l = &lines[nlines];
        memset(l, 0, sizeof *l);
        l->s = md + i;
        l->len = e - i;
        if (l->len && l->s[l->len - 1] == '\r')
            l->len--;
        l->no = (int)nlines + 1;
        int h = 0;
        while (h < (int)l->len && h < 7 && l->s[h] == '#')
            h++;
        if (h >= 1 && h <= 6 && (size_t)h < l->len && l->s[h] == ' ') {
            l->level = h;
            l->htext = l->s + h + 1;
            l->hlen = l->len - (size_t)h - 1;
        }
        nlines++;
        i = e + 1;
    }
    if (nlines == 0) {
        defect(r, 0, "the document is empty");
        free(lines);
        return 0;
    }

    /* The expected sequence of level-1/2 headings and the rule. */
    static const char *const h2_first[] = {"主要ポイント", "国内セキュリティ動向", "海外重大事例", "その他インシデント"};
    static const char *const h2_second[] = {"ニュース紹介", "深掘り", "結論", "主要引用"};
    char date[64] = "";
    size_t step = 0; /* 0: title, 1-4: first h2s, 5: rule, 6: detail title, 7-10: second h2s */
    size_t sec_start[11] = {0};
    for (size_t i = 0; i < nlines; i++) {
        const line *l = &lines[i];
        int is_rule = line_is(l, "---");
        if (l->level != 1 && l->level != 2 && !is_rule)
            continue;
        if (step == 0 && l->level == 1) {
            check_title(l, "サイバーセキュリティニュースまとめ", date, sizeof date, r);
        } else if (step >= 1 && step <= 4 && l->level == 2 && heading_is(l, 2, h2_first[step - 1])) {
        } else if (step == 5 && is_rule) {
        } else if (step == 6 && l->level == 1) {
            check_title(l, "サイバーセキュリティニュース詳細", date, sizeof date, r);
        } else if (step >= 7 && step <= 10 && heading_is(l, 2, h2_second[step - 7])) {
        } else {
            const char *want = step == 0 ? "# {DATE} サイバーセキュリティニュースまとめ"
                               : step <= 4 ? h2_first[step - 1]
                               : step == 5 ? "---"
                               : step == 6 ? "# {DATE} サイバーセキュリティニュース詳細"
                               : step <= 10 ? h2_second[step - 7] : "(end of document)";
            defect(r, l->no, "unexpected \"%.*s\" here; expected %s", (int)(l->len > 60 ? 60 : l->len), l->s, want);
            continue;
        }
        if (step <= 10)
            sec_start[step] = i;
        step++;
    }
    if (step < 11) {
        const char *missing = step == 0 ? "the title" : step <= 4 ? h2_first[step - 1] : step == 5 ? "the '---' rule"
                              : step == 6 ? "the detail title" : h2_second[step - 7];
        defect(r, 0, "missing section: %s (and everything after it)", missing);
    }

    /* Empty sections: a heading followed by a heading of the same or a higher level, or the end. */
    for (size_t i = 0; i < nlines; i++) {
        if (!lines[i].level)
            continue;
        size_t j = i + 1;
        while (j < nlines && blank(&lines[j]))
            j++;
        if (j >= nlines || (lines[j].level && lines[j].level <= lines[i].level) || line_is(&lines[j], "---"))
            defect(r, lines[i].no, "empty section \"%.*s\"", (int)lines[i].hlen, lines[i].htext);
    }

    url_list all = {0}, cited = {0}, listed = {0};
    for (size_t i = 0; i < nlines; i++) {
        scan_inline(&lines[i], &all, r);
        check_punctuation(&lines[i], r);
    }

    if (step >= 11) {
        /* 主要ポイント: bullets "*   **headline**：text". */
        size_t bullets = 0;
        for (size_t i = sec_start[1] + 1; i < sec_start[2]; i++) {
            const line *l = &lines[i];
            if (blank(l))
                continue;
            if (l->len > 6 && memcmp(l->s, "*   **", 6) == 0) {
                const char *end = NULL;
                for (size_t k = 6; k + 1 < l->len; k++)
                    if (l->s[k] == '*' && l->s[k + 1] == '*' && !escaped(l->s, k)) {
                        end = l->s + k;
                        break;
                    }
                if (!end || (size_t)(end - l->s) == 6)
                    defect(r, l->no, "key point without a bold headline");
                else if ((size_t)(end + 2 - l->s) >= l->len || strncmp(end + 2, "：", 3) != 0 ||
                         (size_t)(end + 5 - l->s) >= l->len)
                    defect(r, l->no, "key point must read \"**headline**：sentence\"");
                bullets++;
            } else {
                defect(r, l->no, "unexpected line in 主要ポイント (expected \"*   **headline**：...\")");
            }
        }
        if (bullets == 0)
            defect(r, lines[sec_start[1]].no, "主要ポイント has no key point");

        /* ニュース紹介: "### N. headline" numbered from 1, each with 出典 lines. */
        int expect_no = 1;
        size_t story_line = 0;
        int story_sources = 0, have_story = 0;
        for (size_t i = sec_start[7] + 1; i <= sec_start[8]; i++) {
            const line *l = &lines[i];
            if (i == sec_start[8] || l->level == 3) {
                if (have_story && story_sources == 0)
                    defect(r, lines[story_line].no, "story without a 出典 line");
                if (i == sec_start[8])
                    break;
                int num = 0, used = 0;
                char *t = xstrndup(l->htext, l->hlen);
                if (sscanf(t, "%d. %n", &num, &used) != 1 || used == 0 || num != expect_no)
                    defect(r, l->no, "story heading must be \"### %d. headline\"", expect_no);
                else if ((size_t)used >= l->hlen)
                    defect(r, l->no, "story %d has no headline", num);
                free(t);
                expect_no++;
                have_story = 1;
                story_sources = 0;
                story_line = i;
                continue;
            }
            if (l->len >= strlen("[出典") && memcmp(l->s, "[出典", strlen("[出典")) == 0) {
                /* [出典: name - title](url) */
                const char *p = l->s;
                size_t n = l->len;
                const char *mid = NULL, *close = NULL;
                int well = n > 12 && memcmp(p, "[出典: ", strlen("[出典: ")) == 0;
                if (well) {
                    for (size_t k = n; k-- > 1;)
                        if (p[k] == '(' && p[k - 1] == ']' && !escaped(p, k - 1)) {
                            close = p + k - 1;
                            break;
                        }
                    if (close)
                        for (const char *q = p; q + 3 <= close; q++)
                            if (memcmp(q, " - ", 3) == 0) {
                                mid = q;
                                break;
                            }
                }
                if (!well || !close || !mid || p[n - 1] != ')')
                    defect(r, l->no, "出典 line must read \"[出典: source - title](url)\"");
                else
                    url_add(&cited, close + 2, (size_t)(p + n - 1 - (close + 2)), l->no);
                if (have_story)
                    story_sources++;
            }
        }
        /* A day with no story says so in a paragraph (the empty-section rule covers silence). */

        /* 深掘り: topic (###), two or more ####, then ### 関連知識 with #### 用語解説 and #### 今後の展望. */
        size_t topic = 0, related = 0, subs = 0, glossary = 0, outlook = 0;
        for (size_t i = sec_start[8] + 1; i < sec_start[9]; i++) {
            const line *l = &lines[i];
            if (l->level == 3) {
                if (heading_is(l, 3, "関連知識"))
                    related = i;
                else if (!topic && !related)
                    topic = i;
                else
                    defect(r, l->no, "unexpected heading in 深掘り: %.*s", (int)l->hlen, l->htext);
            } else if (l->level == 4) {
                if (!related)
                    subs++;
                else if (heading_is(l, 4, "用語解説") && !glossary)
                    glossary = i;
                else if (heading_is(l, 4, "今後の展望") && glossary && !outlook)
                    outlook = i;
                else
                    defect(r, l->no, "unexpected heading in 関連知識: %.*s", (int)l->hlen, l->htext);
            } else if (l->level >= 5) {
                defect(r, l->no, "heading too deep for the format");
            }
        }
        int dd_line = lines[sec_start[8]].no;
        if (!topic)
            defect(r, dd_line, "深掘り has no topic heading (### ...)");
        if (subs < 2)
            defect(r, dd_line, "深掘り needs at least two subsections (#### ...), has %zu", subs);
        if (!related)
            defect(r, dd_line, "深掘り lacks ### 関連知識");
        if (related && !glossary)
            defect(r, lines[related].no, "関連知識 lacks #### 用語解説");
        if (related && !outlook)
            defect(r, lines[related].no, "関連知識 lacks #### 今後の展望 (after 用語解説)");

        /* 主要引用: "*   title - source: [url](url)", each cited URL once. */
        for (size_t i = sec_start[10] + 1; i < nlines; i++) {
            const line *l = &lines[i];
            if (blank(l))
                continue;
            const char *p = l->s;
            size_t n = l->len;
            /* With nothing cited, a plain sentence may say so instead of a list. */
            if (cited.n == 0 && p[0] != '*')
                continue;
            const char *lb = NULL;
            for (size_t k = n; k-- > 0;)
                if (p[k] == '[' && !escaped(p, k) && k >= 2 && p[k - 1] == ' ' && p[k - 2] == ':') {
                    lb = p + k;
                    break;
                }
            const char *mid = NULL;
            for (const char *c = lb ? lb + 1 : p + n; c + 1 < p + n; c++)
                if (c[0] == ']' && c[1] == '(' && !escaped(p, (size_t)(c - p))) {
                    mid = c;
                    break;
                }
            if (n < 5 || memcmp(p, "*   ", 4) != 0 || !lb || !mid || mid < lb || p[n - 1] != ')') {
                defect(r, l->no, "主要引用 entry must read \"*   title - source: [url](url)\"");
                continue;
            }
            const char *u2 = mid + 2;
            size_t t2 = (size_t)(p + n - 1 - u2);
            /* The link text is the URL with Markdown escapes; compare unescaped. */
            strbuf text = STRBUF_INIT;
            for (const char *c = lb + 1; c < mid; c++) {
                if (*c == '\\' && c + 1 < mid)
                    c++;
                strbuf_putc(&text, *c);
            }
            if (text.len != t2 || memcmp(strbuf_cstr(&text), u2, t2) != 0)
                defect(r, l->no, "主要引用 link text and URL differ");
            strbuf_free(&text);
            char *u = xstrndup(u2, t2);
            if (url_find(&listed, u) != (size_t)-1)
                defect(r, l->no, "URL listed twice in 主要引用: %s", u);
            else
                url_add(&listed, u2, t2, l->no);
            free(u);
        }
        for (size_t i = 0; i < cited.n; i++)
            if (url_find(&listed, cited.v[i]) == (size_t)-1)
                defect(r, cited.lines[i], "cited URL missing from 主要引用: %s", cited.v[i]);
        for (size_t i = 0; i < listed.n; i++)
            if (url_find(&cited, listed.v[i]) == (size_t)-1)
                defect(r, listed.lines[i], "主要引用 lists a URL that no 出典 cites: %s", listed.v[i]);
    }

    int rc = 0;
    if (st) {
        for (size_t i = 0; i < all.n; i++) {
            if (!url_is_http(all.v[i]) || url_find(&all, all.v[i]) != i)
                continue;
            int known = 0;
            if (store_link_known(st, all.v[i], &known, err) != 0) {
                rc = -1;
                break;
            }
            if (!known)
                defect(r, all.lines[i], "URL is not the link of any collected article: %s", all.v[i]);
        }
    }
    url_free(&all);
    url_free(&cited);
    url_free(&listed);
    free(lines);
    /* Report in line order. */
    for (size_t i = 1; i < r->count; i++) {
        check_defect d = r->defects[i];
        size_t j = i;
        while (j > 0 && r->defects[j - 1].line > d.line) {
            r->defects[j] = r->defects[j - 1];
            j--;
        }
        r->defects[j] = d;
    }
    return rc;
}
