/*
 * timeutil: Unix times (int64 seconds, UTC) to and from the forms the
 * program prints, and calendar days in the readers' time zone.
 */
#ifndef SECDIGEST_TIMEUTIL_H
#define SECDIGEST_TIMEUTIL_H

#include "core/core.h"

/* Days since 1970-01-01 for a proleptic Gregorian date (no time zone). */
int64_t time_days_from_civil(int64_t y, unsigned m, unsigned d);
/* UTC broken-down time to Unix time; validates ranges; -1 on invalid. */
int time_from_utc(int y, int mon, int day, int h, int mi, int s, int64_t *out);
/* "2025-11-18T09:30:00Z" into buf (at least 21 bytes); "" for SD_TIME_NONE. */
void time_format_rfc3339(int64_t t, char buf[static 32]);
/* Parse "YYYY-MM-DD". */
int time_parse_ymd(const char *s, int *y, int *m, int *d);
/*
 * [start, end) in UTC of the calendar day y-m-d in the IANA zone `tz`
 * (for example "Asia/Tokyo").  Uses the system zone database.
 */
int time_day_bounds(const char *tz, int y, int m, int d, int64_t *start, int64_t *end, sd_err *err);
/* Today's date in zone `tz`, relative to Unix time `now`. */
int time_today(const char *tz, int64_t now, int *y, int *m, int *d, sd_err *err);
/* The local date in zone `tz` of Unix time `t`. */
int time_local_date(const char *tz, int64_t t, int *y, int *m, int *d, sd_err *err);

#endif
