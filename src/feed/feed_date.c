/*
 * feed_date: the dates feeds actually write, to Unix time UTC.
 *
 * Two families: ISO-like (RFC 3339, W3C-DTF with partial dates, ISO basic
 * "20251118T093000Z", "2025/11/18 09:30", "2025年11月18日 9:30") and
 * RFC 822-like, which is read as tokens in any order (day name, day, month
 * name, year, time, zone) because feeds reorder, drop and misspell its
 * parts: wrong or missing day names, two-digit years, full month names,
 * missing seconds, named zones, "GMT+9", "(JST)", "18th", "9:30 PM".
 *
 * A date without a zone is taken as UTC.  An unknown zone name is taken as
 * UTC as well: the day is still right more often than not, and a date that
 * is a few hours off is more use than none.
 */
#include "core/timeutil.h"
#include "feed/feed.h"

#include <string.h>

typedef struct zone_name {
    const char *name;
    int minutes;
} zone_name;

static const zone_name zones[] = {
    {"UT", 0},       {"UTC", 0},      {"GMT", 0},      {"Z", 0},        {"WET", 0},
    {"WEST", 60},    {"BST", 60},     {"IST", 330},    {"CET", 60},     {"CEST", 120},
    {"MET", 60},     {"MEST", 120},   {"EET", 120},    {"EEST", 180},   {"MSK", 180},
    {"EST", -300},   {"EDT", -240},   {"CST", -360},   {"CDT", -300},   {"MST", -420},
    {"MDT", -360},   {"PST", -480},   {"PDT", -420},   {"AKST", -540},  {"AKDT", -480},
    {"HST", -600},   {"AST", -240},   {"ADT", -180},   {"NST", -210},   {"NDT", -150},
    {"JST", 540},    {"KST", 540},    {"HKT", 480},    {"SGT", 480},    {"PHT", 480},
    {"AWST", 480},   {"ACST", 570},   {"ACDT", 630},   {"AEST", 600},   {"AEDT", 660},
    {"NZST", 720},   {"NZDT", 780},   {"ICT", 420},    {"WIB", 420},    {"PKT", 300},
    {"BRT", -180},   {"ART", -180},   {"CAT", 120},    {"EAT", 180},    {"WAT", 60},
    {"SAST", 120},   {"ECT", -300},   {"CLT", -240},
};

static const char *const month_names[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                             "jul", "aug", "sep", "oct", "nov", "dec"};
static const char *const month_full[12] = {"january", "february", "march",     "april",   "may",      "june",
                                           "july",    "august",   "september", "october", "november", "december"};
static const char *const day_names[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
static const char *const day_full[7] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int lc(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int word_eq(const char *w, size_t n, const char *lower_name)
{
    size_t i = 0;
    for (; i < n && lower_name[i]; i++)
        if (lc((unsigned char)w[i]) != lower_name[i])
            return 0;
    return i == n && lower_name[i] == '\0';
}

static int month_of(const char *w, size_t n)
{
    for (int i = 0; i < 12; i++)
        if (word_eq(w, n, month_names[i]) || word_eq(w, n, month_full[i]))
            return i + 1;
    if (word_eq(w, n, "sept"))
        return 9;
    return 0;
}

static int is_day_name(const char *w, size_t n)
{
    for (int i = 0; i < 7; i++)
        if (word_eq(w, n, day_names[i]) || word_eq(w, n, day_full[i]))
            return 1;
    return word_eq(w, n, "tues") || word_eq(w, n, "thur") || word_eq(w, n, "thurs") || word_eq(w, n, "weds");
}

/* Zone offset in minutes of a name, or 0 with *found = 0. */
static int zone_of(const char *w, size_t n, int *found)
{
    *found = 0;
    for (size_t i = 0; i < SD_ARRAY_LEN(zones); i++) {
        size_t zl = strlen(zones[i].name);
        if (zl != n)
            continue;
        size_t k = 0;
        while (k < n && (w[k] & ~0x20) == zones[i].name[k])
            k++;
        if (k == n) {
            *found = 1;
            return zones[i].minutes;
        }
    }
    /* RFC 822 military zones other than Z are unreliable: RFC 2822 says -0000. */
    if (n == 1 && is_alpha((unsigned char)w[0]) && (w[0] | 0x20) != 'j') {
        *found = 1;
        return 0;
    }
    return 0;
}

static int digits(const char **pp, const char *end, int maxn, int *val)
{
    const char *p = *pp;
    int v = 0, n = 0;
    while (p < end && is_digit((unsigned char)*p) && n < maxn) {
        v = v * 10 + (*p - '0');
        p++;
        n++;
    }
    if (n)
        *pp = p;
    *val = v;
    return n;
}

/* "+09:00", "-0500", "+9", "+0530", "+530" at p (p points at the sign). */
static int parse_offset(const char **pp, const char *end, int *minutes)
{
    const char *p = *pp;
    int sign = *p == '-' || (unsigned char)*p == 0xE2 ? -1 : 1; /* also U+2212 MINUS SIGN */
    if ((unsigned char)*p == 0xE2) {
        if (end - p < 3 || (unsigned char)p[1] != 0x88 || (unsigned char)p[2] != 0x92)
            return -1;
        p += 3;
    } else {
        p++;
    }
    int v, n = digits(&p, end, 4, &v);
    int h, m = 0;
    if (n == 0)
        return -1;
    if (n <= 2) {
        h = v;
        if (p < end && *p == ':') {
            p++;
            if (digits(&p, end, 2, &m) != 2)
                return -1;
        }
    } else if (n == 3) {
        h = v / 100;
        m = v % 100;
    } else {
        h = v / 100;
        m = v % 100;
    }
    if (h > 14 || m > 59)
        return -1;
    *minutes = sign * (h * 60 + m);
    *pp = p;
    return 0;
}

static int starts_utf8(const char *p, const char *end, const char *lit)
{
    size_t n = strlen(lit);
    return (size_t)(end - p) >= n && memcmp(p, lit, n) == 0;
}

static int finish(int y, int mo, int d, int h, int mi, int s, int offset_min, int64_t *out)
{
    if (y < 100)
        y += y < 50 ? 2000 : 1900;
    else if (y < 1000)
        y += 1900;
    if (h == 24 && (mi || s))
        return -1;
    int64_t t;
    if (time_from_utc(y, mo, d, h, mi, s, &t) != 0)
        return -1;
    *out = t - (int64_t)offset_min * 60;
    return 0;
}

/* A zone after an ISO-like time (or date): Z, +hh:mm, or a name. */
static int iso_zone(const char *p, const char *end, int *offset)
{
    *offset = 0;
    while (p < end && *p == ' ')
        p++;
    if (p == end)
        return 0;
    if ((*p == 'Z' || *p == 'z') && p + 1 == end)
        return 0;
    if (*p == '+' || *p == '-' || (unsigned char)*p == 0xE2) {
        if (parse_offset(&p, end, offset) != 0)
            return -1;
        while (p < end && *p == ' ')
            p++;
        return p == end ? 0 : -1;
    }
    if (*p == '(')
        p++;
    const char *w = p;
    while (p < end && is_alpha((unsigned char)*p))
        p++;
    if (p == w)
        return -1;
    int found;
    *offset = zone_of(w, (size_t)(p - w), &found);
    if (!found)
        *offset = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        int extra;
        if (parse_offset(&p, end, &extra) != 0)
            return -1;
        *offset += extra;
    }
    if (p < end && *p == ')')
        p++;
    while (p < end && *p == ' ')
        p++;
    return p == end ? 0 : -1;
}

static int parse_iso(const char *p, const char *end, int64_t *out)
{
    int y, mo = 1, d = 1, h = 0, mi = 0, s = 0, offset = 0;
    int n = digits(&p, end, 8, &y);
    if (n == 8) { /* ISO basic: 20251118[T093000[Z]] */
        mo = (y / 100) % 100;
        d = y % 100;
        y /= 10000;
        if (p < end && (*p == 'T' || *p == 't')) {
            p++;
            int v, tn = digits(&p, end, 6, &v);
            if (tn == 6) {
                h = v / 10000;
                mi = (v / 100) % 100;
                s = v % 100;
            } else if (tn == 4) {
                h = v / 100;
                mi = v % 100;
            } else {
                return -1;
            }
            if (p < end && (*p == '.' || *p == ',')) {
                p++;
                while (p < end && is_digit((unsigned char)*p))
                    p++;
            }
        }
        if (iso_zone(p, end, &offset) != 0)
            return -1;
        return finish(y, mo, d, h, mi, s, offset, out);
    }
    if (n != 4)
        return -1;
    int kanji = 0;
    if (p == end)
        return finish(y, 1, 1, 0, 0, 0, 0, out);
    char sep = *p;
    if (starts_utf8(p, end, "年")) {
        kanji = 1;
        p += 3;
    } else if (sep == '-' || sep == '/' || sep == '.') {
        p++;
    } else {
        return -1;
    }
    if (!digits(&p, end, 2, &mo))
        return -1;
    if (p == end)
        return finish(y, mo, 1, 0, 0, 0, 0, out);
    if (kanji && starts_utf8(p, end, "月"))
        p += 3;
    else if (!kanji && *p == sep)
        p++;
    else
        return -1;
    if (!digits(&p, end, 2, &d))
        return -1;
    if (kanji && starts_utf8(p, end, "日"))
        p += 3;
    if (kanji && p < end && *p == '(') { /* 2025年11月18日(火) */
        const char *cl = memchr(p, ')', (size_t)(end - p));
        if (!cl)
            return -1;
        p = cl + 1;
    }
    if (p == end)
        return finish(y, mo, d, 0, 0, 0, 0, out);
    if (*p == 'T' || *p == 't' || *p == ' ' || *p == ',') {
        while (p < end && (*p == 'T' || *p == 't' || *p == ' ' || *p == ','))
            p++;
    } else if (*p != '+' && *p != '-' && *p != 'Z' && *p != 'z') {
        return -1;
    }
    if (p < end && is_digit((unsigned char)*p)) {
        if (!digits(&p, end, 2, &h))
            return -1;
        if (p < end && *p == ':')
            p++;
        else if (starts_utf8(p, end, "時"))
            p += 3;
        else
            return -1;
        if (digits(&p, end, 2, &mi) != 2 && !(kanji && mi < 60))
            return -1;
        if (starts_utf8(p, end, "分"))
            p += 3;
        if (p < end && *p == ':') {
            p++;
            if (digits(&p, end, 2, &s) != 2)
                return -1;
        } else if (kanji && p < end && is_digit((unsigned char)*p)) {
            digits(&p, end, 2, &s);
        }
        if (starts_utf8(p, end, "秒"))
            p += 3;
        if (p < end && (*p == '.' || *p == ',')) {
            p++;
            while (p < end && is_digit((unsigned char)*p))
                p++;
        }
    }
    if (iso_zone(p, end, &offset) != 0)
        return -1;
    return finish(y, mo, d, h, mi, s, offset, out);
}

static int parse_rfc822ish(const char *p, const char *end, int64_t *out)
{
    int mo = 0, h = -1, mi = 0, s = 0, offset = 0, have_zone = 0, ampm = 0;
    int nums[4], numlen[4], nn = 0;
    while (p < end) {
        unsigned c = (unsigned char)*p;
        if (c == ' ' || c == ',' || c == '\t' || c == '.' || c == '/') {
            p++;
            continue;
        }
        if (c == '(' || c == ')') {
            p++;
            continue;
        }
        if (is_digit((int)c)) {
            const char *q = p;
            int v, n = digits(&q, end, 4, &v);
            if (q < end && *q == ':' && n <= 2) {
                /* A time: hh:mm[:ss[.frac]] */
                if (h >= 0)
                    return -1;
                h = v;
                q++;
                if (digits(&q, end, 2, &mi) != 2)
                    return -1;
                if (q < end && *q == ':') {
                    q++;
                    if (digits(&q, end, 2, &s) != 2)
                        return -1;
                    if (q < end && (*q == '.' || *q == ',') && q + 1 < end && is_digit((unsigned char)q[1])) {
                        q++;
                        while (q < end && is_digit((unsigned char)*q))
                            q++;
                    }
                }
                p = q;
                continue;
            }
            if (q < end && is_digit((unsigned char)*q))
                return -1; /* more than 4 digits */
            if (nn == 4)
                return -1;
            nums[nn] = v;
            numlen[nn] = n;
            nn++;
            p = q;
            /* Ordinal suffixes: 18th, 1st, 2nd, 3rd */
            if (end - p >= 2 && is_alpha((unsigned char)p[0]) && is_alpha((unsigned char)p[1]) &&
                (end - p == 2 || !is_alpha((unsigned char)p[2])) &&
                (word_eq(p, 2, "th") || word_eq(p, 2, "st") || word_eq(p, 2, "nd") || word_eq(p, 2, "rd")))
                p += 2;
            continue;
        }
        if (c == '+' || c == '-' || c == 0xE2) {
            /* A numeric zone comes after the time; before it, '-' separates
             * ("18-Nov-2025"). */
            int m;
            if (h < 0 || parse_offset(&p, end, &m) != 0) {
                if (c == '-') {
                    p++;
                    continue;
                }
                return -1;
            }
            offset = (have_zone ? offset : 0) + m;
            have_zone = 1;
            continue;
        }
        if (is_alpha((int)c)) {
            const char *w = p;
            while (p < end && is_alpha((unsigned char)*p))
                p++;
            size_t n = (size_t)(p - w);
            int m = month_of(w, n);
            if (m) {
                if (mo)
                    return -1;
                mo = m;
                continue;
            }
            if (is_day_name(w, n))
                continue;
            if (word_eq(w, n, "am") || word_eq(w, n, "pm")) {
                ampm = (lc((unsigned char)w[0]) == 'p') ? 2 : 1;
                continue;
            }
            int found;
            int z = zone_of(w, n, &found);
            if (found && !have_zone) {
                offset = z;
                have_zone = 1;
                continue;
            }
            /* Other words ("at", an unknown zone abbreviation): ignored. */
            continue;
        }
        return -1; /* anything else is not a date */
    }
    if (!mo || nn < 2)
        return -1;
    int y = -1, d = -1;
    for (int i = 0; i < nn; i++)
        if (numlen[i] >= 3 && y < 0)
            y = nums[i];
    for (int i = 0; i < nn; i++) {
        if (numlen[i] >= 3)
            continue;
        if (d < 0)
            d = nums[i];
        else if (y < 0)
            y = nums[i];
        else
            return -1;
    }
    if (y < 0 || d < 0)
        return -1;
    if (h < 0)
        h = 0;
    if (ampm) {
        if (h > 12)
            return -1;
        if (ampm == 2 && h < 12)
            h += 12;
        else if (ampm == 1 && h == 12)
            h = 0;
    }
    return finish(y, mo, d, h, mi, s, offset, out);
}

int feed_date_parse(const char *s, int64_t *out)
{
    if (!s)
        return -1;
    const char *p = s, *end = s + strlen(s);
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
        end--;
    if (p == end || end - p > 100)
        return -1;
    int64_t t;
    int rc;
    /* ISO-like when it starts with a four-digit year (or eight digits). */
    int lead = 0;
    while (p + lead < end && is_digit((unsigned char)p[lead]))
        lead++;
    if (lead == 4 || lead == 8)
        rc = parse_iso(p, end, &t);
    else
        rc = parse_rfc822ish(p, end, &t);
    if (rc != 0 && lead == 4)
        rc = parse_rfc822ish(p, end, &t); /* "2025 Nov 18 09:30" */
    if (rc != 0)
        return -1;
    *out = t;
    return 0;
}
