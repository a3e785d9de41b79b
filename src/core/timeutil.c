#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Howard Hinnant's days_from_civil algorithm: exact for every Gregorian date. */
int64_t time_days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

int time_from_utc(int y, int mon, int day, int h, int mi, int s, int64_t *out)
{
    if (y < 1 || y > 9999 || mon < 1 || mon > 12 || day < 1 || day > days_in_month(y, mon) ||
        h < 0 || h > 24 || mi < 0 || mi > 59 || s < 0 || s > 60)
        return -1;
    if (s == 60) /* leap second: fold into the next second */
        s = 59;
    *out = time_days_from_civil(y, (unsigned)mon, (unsigned)day) * 86400 + h * 3600 + mi * 60 + s;
    return 0;
}

void time_format_rfc3339(int64_t t, char buf[static 32])
{
    if (t == SD_TIME_NONE) {
        buf[0] = '\0';
        return;
    }
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm)) {
        buf[0] = '\0';
        return;
    }
    if (strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
        buf[0] = '\0';
}

int time_parse_ymd(const char *s, int *y, int *m, int *d)
{
    int yy, mm, dd, n = 0;
    if (!s || sscanf(s, "%4d-%2d-%2d%n", &yy, &mm, &dd, &n) != 3 || s[n] != '\0' || n != 10)
        return -1;
    if (yy < 1970 || yy > 9999 || mm < 1 || mm > 12 || dd < 1 || dd > days_in_month(yy, mm))
        return -1;
    *y = yy;
    *m = mm;
    *d = dd;
    return 0;
}

/*
 * The C library only knows one zone at a time (TZ).  Switching it for the
 * duration of a conversion keeps the rest of the program free of zone state;
 * the previous value is restored.
 */
typedef struct tz_guard {
    char *saved;
    int had;
} tz_guard;

static int tz_enter(tz_guard *g, const char *tz, sd_err *err)
{
    if (!tz || !*tz || strchr(tz, '\n'))
        return sd_err_set(err, "invalid time zone name");
    /* Refuse names that the zone database does not have, instead of silently using UTC. */
    if (strcmp(tz, "UTC") != 0 && strcmp(tz, "Etc/UTC") != 0 && tz[0] != ':') {
        char *path = xasprintf("/usr/share/zoneinfo/%s", tz);
        FILE *f = strstr(tz, "..") ? NULL : fopen(path, "rb");
        free(path);
        if (!f)
            return sd_err_set(err, "unknown time zone '%s' (is the tzdata package installed?)", tz);
        fclose(f);
    }
    const char *old = getenv("TZ");
    g->had = old != NULL;
    g->saved = xstrdup(old);
    setenv("TZ", tz, 1);
    tzset();
    return 0;
}

static void tz_leave(tz_guard *g)
{
    if (g->had)
        setenv("TZ", g->saved, 1);
    else
        unsetenv("TZ");
    tzset();
    free(g->saved);
}

static int local_midnight(int y, int m, int d, int64_t *out)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_isdst = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1)
        return -1;
    *out = (int64_t)t;
    return 0;
}

int time_day_bounds(const char *tz, int y, int m, int d, int64_t *start, int64_t *end, sd_err *err)
{
    tz_guard g;
    if (tz_enter(&g, tz, err) != 0)
        return -1;
    int rc = local_midnight(y, m, d, start);
    if (rc == 0)
        rc = local_midnight(y, m, d + 1, end); /* mktime normalises day overflow */
    tz_leave(&g);
    if (rc != 0)
        return sd_err_set(err, "cannot compute the day %04d-%02d-%02d in %s", y, m, d, tz);
    return 0;
}

int time_local_date(const char *tz, int64_t t, int *y, int *m, int *d, sd_err *err)
{
    tz_guard g;
    if (tz_enter(&g, tz, err) != 0)
        return -1;
    time_t tt = (time_t)t;
    struct tm tm;
    int ok = localtime_r(&tt, &tm) != NULL;
    tz_leave(&g);
    if (!ok)
        return sd_err_set(err, "time out of range");
    *y = tm.tm_year + 1900;
    *m = tm.tm_mon + 1;
    *d = tm.tm_mday;
    return 0;
}

int time_today(const char *tz, int64_t now, int *y, int *m, int *d, sd_err *err)
{
    return time_local_date(tz, now, y, m, d, err);
}
