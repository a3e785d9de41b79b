/*
 * extract_date: publication dates as pages write them, in machine form
 * (ISO 8601 in meta tags, JSON-LD and <time datetime>) and in text:
 *
 *   2025年11月18日 10時30分    2025年11月18日(火) 午後3時    令和7年11月18日
 *   2025/11/18 10:30          2025.11.18                  2025-11-18 10:30 JST
 *   November 18, 2025 10:30 AM    Nov. 18, 2025    18 November 2025
 *   2025 November 18 16:00 GMT    Jan 30, 2026 at 8:12 a.m. ET
 *
 * Full-width digits count as digits.  A date without a zone is taken in the
 * page's zone (the caller passes +09:00 for Japanese pages).  The US zone
 * names without S or D (ET, CT, MT, PT) follow the US daylight-saving rule
 * of the date they stand after.  Each match is tried at one position and
 * reads a bounded number of bytes, so a scan is linear in the text.
 */
#include "extract/extract_internal.h"
#include "core/timeutil.h"
#include "feed/feed.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

typedef struct dscan {
    const unsigned char *s;
    size_t n;
    size_t i;
} dscan;

/* One digit (ASCII or full-width), or -1. */
static int digit_at(const dscan *d, size_t i, size_t *len)
{
    if (i < d->n && d->s[i] >= '0' && d->s[i] <= '9') {
        *len = 1;
        return d->s[i] - '0';
    }
    if (i + 2 < d->n && d->s[i] == 0xEF && d->s[i + 1] == 0xBC && d->s[i + 2] >= 0x90 &&
        d->s[i + 2] <= 0x99) {
        *len = 3;
        return d->s[i + 2] - 0x90;
    }
    return -1;
}

static int read_num(dscan *d, int mindigits, int maxdigits, int *val)
{
    int v = 0, k = 0;
    size_t i = d->i, l;
    int dg;
    while (k < maxdigits && (dg = digit_at(d, i, &l)) >= 0) {
        v = v * 10 + dg;
        i += l;
        k++;
    }
    if (k < mindigits || digit_at(d, i, &l) >= 0)
        return 0;
    d->i = i;
    *val = v;
    return 1;
}

static int lit(dscan *d, const char *s)
{
    size_t l = strlen(s);
    if (d->i + l <= d->n && memcmp(d->s + d->i, s, l) == 0) {
        d->i += l;
        return 1;
    }
    return 0;
}

static int lit_ci(dscan *d, const char *s)
{
    size_t l = strlen(s);
    if (d->i + l <= d->n && strncasecmp((const char *)d->s + d->i, s, l) == 0) {
        d->i += l;
        return 1;
    }
    return 0;
}

static void skip_sp(dscan *d)
{
    for (;;) {
        if (d->i < d->n && (d->s[d->i] == ' ' || d->s[d->i] == '\t' || d->s[d->i] == '\n' ||
                            d->s[d->i] == '\r'))
            d->i++;
        else if (lit(d, "\xE3\x80\x80") || lit(d, "\xC2\xA0"))
            ;
        else
            return;
    }
}

static int is_alpha_at(const dscan *d, size_t i)
{
    if (i >= d->n)
        return 0;
    unsigned char c = d->s[i];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

typedef struct dparts {
    int y, mo, d, h, mi, s;
    int has_time;
    int has_tz;
    int tz;         /* seconds east of UTC */
    int us_generic; /* ET, CT, MT, PT: standard time, one hour more under US daylight saving */
} dparts;

/* A zone after a time: Z, +09:00, +0900, JST, UTC, GMT, (JST), 日本時間. */
static void read_tz(dscan *d, dparts *p)
{
    size_t save = d->i;
    skip_sp(d);
    int paren = lit(d, "(") || lit(d, "\xEF\xBC\x88");
    static const struct { const char *name; int off; int generic; } zones[] = {
        {"JST", 9 * 3600, 0}, {"UTC", 0, 0}, {"GMT", 0, 0}, {"KST", 9 * 3600, 0},
        {"EST", -5 * 3600, 0}, {"EDT", -4 * 3600, 0}, {"CST", -6 * 3600, 0},
        {"CDT", -5 * 3600, 0}, {"MST", -7 * 3600, 0}, {"MDT", -6 * 3600, 0},
        {"PST", -8 * 3600, 0}, {"PDT", -7 * 3600, 0}, {"CET", 3600, 0}, {"CEST", 2 * 3600, 0},
        {"BST", 3600, 0}, {"ET", -5 * 3600, 1}, {"CT", -6 * 3600, 1}, {"MT", -7 * 3600, 1},
        {"PT", -8 * 3600, 1},
    };
    if (d->i < d->n && (d->s[d->i] == 'Z' || d->s[d->i] == 'z') && !is_alpha_at(d, d->i + 1)) {
        d->i++;
        p->has_tz = 1;
        p->tz = 0;
    } else if (d->i < d->n && (d->s[d->i] == '+' || d->s[d->i] == '-')) {
        int sign = d->s[d->i] == '-' ? -1 : 1;
        d->i++;
        int hh = 0, mm = 0;
        size_t l;
        if (digit_at(d, d->i, &l) >= 0 && digit_at(d, d->i + 1, &l) >= 0) {
            hh = (d->s[d->i] - '0') * 10 + (d->s[d->i + 1] - '0');
            d->i += 2;
            lit(d, ":");
            if (d->i + 1 < d->n && d->s[d->i] >= '0' && d->s[d->i] <= '9' && d->s[d->i + 1] >= '0' &&
                d->s[d->i + 1] <= '9') {
                mm = (d->s[d->i] - '0') * 10 + (d->s[d->i + 1] - '0');
                d->i += 2;
            }
            if (hh <= 14 && mm < 60) {
                p->has_tz = 1;
                p->tz = sign * (hh * 3600 + mm * 60);
            } else {
                d->i = save;
                return;
            }
        } else {
            d->i = save;
            return;
        }
    } else if (lit(d, "\xE6\x97\xA5\xE6\x9C\xAC\xE6\x99\x82\xE9\x96\x93")) { /* 日本時間 */
        p->has_tz = 1;
        p->tz = 9 * 3600;
    } else {
        int found = 0;
        for (size_t k = 0; k < SD_ARRAY_LEN(zones); k++) {
            size_t at = d->i;
            if (lit(d, zones[k].name) && !is_alpha_at(d, d->i)) {
                p->has_tz = 1;
                p->tz = zones[k].off;
                p->us_generic = zones[k].generic;
                found = 1;
                break;
            }
            d->i = at;
        }
        if (!found) {
            d->i = save;
            return;
        }
    }
    if (paren && !(lit(d, ")") || lit(d, "\xEF\xBC\x89"))) {
        /* "(JST" without a closing parenthesis: keep the zone anyway */
    }
}

/* hh:mm[:ss][.frac] [am|pm], or hh時mm分[ss秒], with 午前/午後 before. */
static int read_time(dscan *d, dparts *p)
{
    size_t save = d->i;
    int pm = -1;
    if (lit(d, "\xE5\x8D\x88\xE5\x89\x8D")) /* 午前 */
        pm = 0;
    else if (lit(d, "\xE5\x8D\x88\xE5\xBE\x8C")) /* 午後 */
        pm = 1;
    skip_sp(d);
    int h, mi = 0, s = 0;
    if (!read_num(d, 1, 2, &h)) {
        d->i = save;
        return 0;
    }
    if (lit(d, ":") || lit(d, "\xEF\xBC\x9A")) {
        if (!read_num(d, 2, 2, &mi)) {
            d->i = save;
            return 0;
        }
        size_t at = d->i;
        if (lit(d, ":") || lit(d, "\xEF\xBC\x9A")) {
            if (!read_num(d, 2, 2, &s))
                d->i = at;
        }
        if (lit(d, ".")) {
            size_t l;
            while (digit_at(d, d->i, &l) >= 0)
                d->i += l;
        }
    } else if (lit(d, "\xE6\x99\x82")) { /* 時 */
        size_t at = d->i;
        if (read_num(d, 1, 2, &mi)) {
            if (!lit(d, "\xE5\x88\x86")) /* 分 */
                d->i = at, mi = 0;
            else {
                size_t at2 = d->i;
                if (read_num(d, 1, 2, &s) && !lit(d, "\xE7\xA7\x92")) /* 秒 */
                    d->i = at2, s = 0;
            }
        }
    } else {
        d->i = save;
        return 0;
    }
    size_t at = d->i;
    skip_sp(d);
    if (lit_ci(d, "a.m.") || lit_ci(d, "am")) {
        if (pm < 0)
            pm = 0;
    } else if (lit_ci(d, "p.m.") || lit_ci(d, "pm")) {
        if (pm < 0)
            pm = 1;
    } else {
        d->i = at;
    }
    if (pm == 1 && h < 12)
        h += 12;
    else if (pm == 0 && h == 12)
        h = 0;
    if (h > 24 || mi > 59 || s > 60) {
        d->i = save;
        return 0;
    }
    p->h = h == 24 ? 0 : h;
    p->mi = mi;
    p->s = s > 59 ? 59 : s;
    p->has_time = 1;
    read_tz(d, p);
    return 1;
}

/* (火), （火曜日）, (Tue) */
static void skip_weekday(dscan *d)
{
    size_t save = d->i;
    skip_sp(d);
    if (!(lit(d, "(") || lit(d, "\xEF\xBC\x88"))) {
        d->i = save;
        return;
    }
    size_t start = d->i;
    while (d->i < d->n && d->i - start < 16 && d->s[d->i] != ')' &&
           !(d->i + 2 < d->n && d->s[d->i] == 0xEF && d->s[d->i + 1] == 0xBC && d->s[d->i + 2] == 0x89))
        d->i++;
    if (!(lit(d, ")") || lit(d, "\xEF\xBC\x89")))
        d->i = save;
}

static void maybe_time(dscan *d, dparts *p)
{
    size_t save = d->i;
    skip_weekday(d);
    size_t after_wd = d->i;
    skip_sp(d);
    if (d->i < d->n && (d->s[d->i] == 'T' || d->s[d->i] == ',' || d->s[d->i] == '|'))
        d->i++;
    else
        (void)(lit_ci(d, "at") || lit(d, "-") || lit(d, "\xE3\x83\xBB") || lit(d, "\xEF\xBD\x9C"));
    skip_sp(d);
    if (read_time(d, p))
        return;
    d->i = after_wd;
    read_tz(d, p);
    if (!p->has_tz)
        d->i = after_wd > save ? after_wd : save;
}

static int try_japanese(dscan *d, dparts *p)
{
    size_t save = d->i;
    int era = 0;
    if (lit(d, "\xE4\xBB\xA4\xE5\x92\x8C")) /* 令和 */
        era = 2018;
    else if (lit(d, "\xE5\xB9\xB3\xE6\x88\x90")) /* 平成 */
        era = 1988;
    if (era) {
        skip_sp(d);
        int n;
        if (lit(d, "\xE5\x85\x83")) /* 元 */
            n = 1;
        else if (!read_num(d, 1, 2, &n))
            goto fail;
        p->y = era + n;
    } else if (!read_num(d, 4, 4, &p->y)) {
        goto fail;
    }
    skip_sp(d);
    if (!lit(d, "\xE5\xB9\xB4")) /* 年 */
        goto fail;
    skip_sp(d);
    if (!read_num(d, 1, 2, &p->mo))
        goto fail;
    skip_sp(d);
    if (!lit(d, "\xE6\x9C\x88")) /* 月 */
        goto fail;
    skip_sp(d);
    if (!read_num(d, 1, 2, &p->d))
        goto fail;
    skip_sp(d);
    if (!lit(d, "\xE6\x97\xA5")) /* 日 */
        goto fail;
    maybe_time(d, p);
    return 1;
fail:
    d->i = save;
    return 0;
}

static int try_numeric(dscan *d, dparts *p)
{
    size_t save = d->i;
    if (!read_num(d, 4, 4, &p->y))
        goto fail;
    const char *seps[] = {"/", ".", "-", "\xEF\xBC\x8F"};
    int sep = -1;
    for (int k = 0; k < 4 && sep < 0; k++)
        if (lit(d, seps[k]))
            sep = k;
    if (sep < 0 || !read_num(d, 1, 2, &p->mo) || !lit(d, seps[sep]) || !read_num(d, 1, 2, &p->d))
        goto fail;
    /* 2025.11.18.5 or 2025-11-18-abc is a version or an id, not a date */
    if (d->i + 1 < d->n && (d->s[d->i] == '.' || d->s[d->i] == '/' || d->s[d->i] == '-')) {
        size_t l;
        if (digit_at(d, d->i + 1, &l) >= 0 || is_alpha_at(d, d->i + 1))
            goto fail;
    }
    if (sep == 2 && d->i < d->n && d->s[d->i] == 'T') {
        d->i++;
        if (!read_time(d, p))
            d->i--;
    } else {
        maybe_time(d, p);
    }
    return 1;
fail:
    d->i = save;
    return 0;
}

static int month_name(dscan *d)
{
    static const char *const full[] = {"january", "february", "march",     "april",
                                       "may",     "june",     "july",      "august",
                                       "september", "october", "november", "december"};
    /* Called at every letter of a text being searched for dates: only the months that start
     * with that letter are tried (c | 0x20 is the lower case of a letter, and no other byte
     * becomes a lower-case letter by it). */
    if (d->i >= d->n)
        return 0;
    unsigned char c = d->s[d->i] | 0x20;
    for (int m = 0; m < 12; m++) {
        if ((unsigned char)full[m][0] != c)
            continue;
        size_t save = d->i;
        if (lit_ci(d, full[m]) && !is_alpha_at(d, d->i))
            return m + 1;
        d->i = save;
        if (m == 8 && lit_ci(d, "sept") && !is_alpha_at(d, d->i)) {
            lit(d, ".");
            return 9;
        }
        d->i = save;
        char ab[4] = {full[m][0], full[m][1], full[m][2], 0};
        if (lit_ci(d, ab) && !is_alpha_at(d, d->i)) {
            lit(d, ".");
            return m + 1;
        }
        d->i = save;
    }
    return 0;
}

static void skip_ordinal(dscan *d)
{
    size_t save = d->i;
    if ((lit_ci(d, "st") || lit_ci(d, "nd") || lit_ci(d, "rd") || lit_ci(d, "th")) &&
        !is_alpha_at(d, d->i))
        return;
    d->i = save;
}

static int try_english(dscan *d, dparts *p)
{
    size_t save = d->i;
    /* YYYY Month D, as advisories write it ("2026 January 21 16:00 GMT") */
    if (read_num(d, 4, 4, &p->y)) {
        size_t at = d->i;
        skip_sp(d);
        if (d->i > at && (p->mo = month_name(d)) != 0) {
            at = d->i;
            skip_sp(d);
            if (d->i > at && read_num(d, 1, 2, &p->d)) {
                skip_ordinal(d);
                if (!is_alpha_at(d, d->i)) {
                    maybe_time(d, p);
                    return 1;
                }
            }
        }
        d->i = save;
        memset(p, 0, sizeof *p);
        goto fail;
    }
    if (is_alpha_at(d, d->i)) {
        /* Month D, YYYY */
        if (d->i > 0 && is_alpha_at(d, d->i - 1))
            goto fail;
        if (!(p->mo = month_name(d)))
            goto fail;
        skip_sp(d);
        if (!read_num(d, 1, 2, &p->d))
            goto fail;
        skip_ordinal(d);
        lit(d, ",");
        skip_sp(d);
        if (!read_num(d, 4, 4, &p->y))
            goto fail;
    } else {
        /* D Month YYYY */
        if (!read_num(d, 1, 2, &p->d))
            goto fail;
        skip_ordinal(d);
        skip_sp(d);
        if (!(p->mo = month_name(d)))
            goto fail;
        lit(d, ",");
        skip_sp(d);
        if (!read_num(d, 4, 4, &p->y))
            goto fail;
    }
    maybe_time(d, p);
    return 1;
fail:
    d->i = save;
    return 0;
}

static int current_year(int64_t now)
{
    time_t t = (time_t)(now ? now : (int64_t)time(NULL));
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        return 2100;
    return tm.tm_year + 1900;
}

/* Day of the month of the n-th (1-based) Sunday of a month. */
static int nth_sunday(int y, int mo, int n)
{
    int64_t first = time_days_from_civil(y, (unsigned)mo, 1);
    int wd = (int)(((first % 7) + 7 + 4) % 7); /* 1970-01-01 was a Thursday (4); 0 is Sunday */
    return 1 + (7 - wd) % 7 + 7 * (n - 1);
}

/* US daylight saving time at this wall-clock time: from the second Sunday of March, 2:00,
 * to the first Sunday of November, 2:00 (the hour from 1:00 that comes twice that night is
 * taken as daylight time). */
static int us_dst(const dparts *p)
{
    if (p->mo < 3 || p->mo > 11)
        return 0;
    if (p->mo > 3 && p->mo < 11)
        return 1;
    if (p->mo == 3) {
        int start = nth_sunday(p->y, 3, 2);
        return p->d > start || (p->d == start && p->h >= 2);
    }
    int end = nth_sunday(p->y, 11, 1);
    return p->d < end || (p->d == end && p->h < 2);
}

static int finish(const dparts *p, int tz_offset, int64_t now, xdate_info *out)
{
    if (p->y < 1990 || p->y > current_year(now) + 1)
        return -1;
    int64_t t;
    if (time_from_utc(p->y, p->mo, p->d, p->h, p->mi, p->s, &t) != 0)
        return -1;
    int off = p->has_tz ? p->tz : tz_offset;
    if (p->has_tz && p->us_generic && us_dst(p))
        off += 3600;
    out->t = t - off;
    out->day = (int32_t)time_days_from_civil(p->y, (unsigned)p->mo, (unsigned)p->d);
    /* 00:00:00, and 12:00:00 UTC exactly, are dates in disguise: systems that keep only a
     * date write it as midnight, or as noon UTC so that it is the same day in every zone */
    int midnight = p->h == 0 && p->mi == 0 && p->s == 0;
    int noon_utc = p->h == 12 && p->mi == 0 && p->s == 0 && p->has_tz && p->tz == 0 && !p->us_generic;
    out->timed = p->has_time && !midnight && !noon_utc;
    out->has_zone = p->has_tz != 0;
    return 0;
}

static int digit_before(const dscan *d, size_t i)
{
    if (i >= 1 && d->s[i - 1] >= '0' && d->s[i - 1] <= '9')
        return 1;
    if (i >= 3 && d->s[i - 3] == 0xEF && d->s[i - 2] == 0xBC && d->s[i - 1] >= 0x90 &&
        d->s[i - 1] <= 0x99)
        return 1;
    return 0;
}

int xdate_find_info(const char *s, size_t n, int tz_offset, int64_t now, xdate_info *out,
                    size_t *start, size_t *len)
{
    dscan d = {(const unsigned char *)s, n, 0};
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d.s[i];
        size_t l;
        int digit = digit_at(&d, i, &l) >= 0;
        int era = c == 0xE4 || c == 0xE5; /* 令 平 */
        int alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!digit && !era && !alpha)
            continue;
        if (digit && digit_before(&d, i))
            continue;
        dparts p;
        memset(&p, 0, sizeof p);
        d.i = i;
        int ok = 0;
        if (digit || era)
            ok = try_japanese(&d, &p);
        if (!ok && digit) {
            memset(&p, 0, sizeof p);
            ok = try_numeric(&d, &p);
        }
        if (!ok && (digit || alpha)) {
            memset(&p, 0, sizeof p);
            ok = try_english(&d, &p);
        }
        if (ok && finish(&p, tz_offset, now, out) == 0) {
            *start = i;
            *len = d.i - i;
            return 0;
        }
        if (alpha) /* skip the rest of the word */
            while (i + 1 < n && is_alpha_at(&d, i + 1))
                i++;
    }
    return -1;
}

int xdate_find(const char *s, size_t n, int tz_offset, int64_t now, int64_t *out, size_t *start,
               size_t *len)
{
    xdate_info info;
    if (xdate_find_info(s, n, tz_offset, now, &info, start, len) != 0)
        return -1;
    *out = info.t;
    return 0;
}

int xdate_parse_info(const char *s, int tz_offset, int64_t now, xdate_info *out)
{
    if (!s)
        return -1;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    if (n == 0 || n > 200)
        return -1;
    /* ISO 8601 first: YYYY-MM-DD[(T| )HH:MM[:SS[.f]]][zone], or compact YYYYMMDD. */
    dscan d = {(const unsigned char *)s, n, 0};
    dparts p;
    memset(&p, 0, sizeof p);
    if (read_num(&d, 4, 4, &p.y) && lit(&d, "-") && read_num(&d, 2, 2, &p.mo) && lit(&d, "-") &&
        read_num(&d, 2, 2, &p.d)) {
        if (d.i < n && (d.s[d.i] == 'T' || d.s[d.i] == 't' || d.s[d.i] == ' ')) {
            d.i++;
            if (!read_time(&d, &p))
                return -1;
        }
        read_tz(&d, &p);
        skip_sp(&d);
        if (d.i == n)
            return finish(&p, tz_offset, now, out);
        return -1;
    }
    size_t st, ln;
    if (xdate_find_info(s, n, tz_offset, now, out, &st, &ln) == 0)
        return 0;
    char *copy = xstrndup(s, n);
    int64_t t;
    int rc = feed_date_parse(copy, &t);
    free(copy);
    if (rc != 0)
        return rc;
    /* RFC 822 and the like state a time and a zone; the day is taken in UTC */
    out->t = t;
    out->day = (int32_t)((t >= 0 ? t : t - 86399) / 86400);
    out->timed = t % 86400 != 0;
    out->has_zone = 1;
    return 0;
}

int xdate_parse(const char *s, int tz_offset, int64_t now, int64_t *out)
{
    xdate_info info;
    if (xdate_parse_info(s, tz_offset, now, &info) != 0)
        return -1;
    *out = info.t;
    return 0;
}
