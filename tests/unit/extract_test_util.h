/*
 * What the extraction tests share: running extract_page on a string, printing a time as
 * RFC 3339, a CPU-time clock for the bounds that catch quadratic behaviour (SLOW widens
 * them in sanitizer builds), and bodies long enough to be credible, in our own words.
 * Functions are static: each test program includes this once.
 */
#ifndef SECDIGEST_EXTRACT_TEST_UTIL_H
#define SECDIGEST_EXTRACT_TEST_UTIL_H

#include "core/timeutil.h"
#include "extract/extract.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* extract_page on html with default options (and the page's URL when given); NULL, said on
 * stderr, when it fails. */
static inline extract_result *extract_run(const char *html, const char *url)
{
    extract_opts o;
    memset(&o, 0, sizeof o);
    o.url = url;
    extract_result *r = NULL;
    sd_err err = SD_ERR_INIT;
    if (extract_page(html, strlen(html), &o, &r, &err) != 0) {
        fprintf(stderr, "  extract_page failed: %s\n", sd_err_msg(&err));
        sd_err_clear(&err);
        return NULL;
    }
    return r;
}

/* t as RFC 3339 in a static buffer, or NULL for SD_TIME_NONE. */
static inline char *rfc3339(int64_t t)
{
    static char buf[32];
    if (t == SD_TIME_NONE)
        return NULL;
    time_format_rfc3339(t, buf);
    return buf;
}

/* CPU time, so that a busy machine does not fail the time bounds; the bounds are there
 * to catch quadratic behaviour (minutes), and sanitizers slow everything several times. */
static inline double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define SD_TEST_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SD_TEST_SANITIZED 1
#endif
#ifdef SD_TEST_SANITIZED
#define SLOW 8.0
#else
#define SLOW 1.0
#endif

/* A body long enough to be credible, in our own words. */
#define EN_PARAS                                                                                   \
    "<p>The city water utility said on Tuesday that an intruder had reached the server that "      \
    "stores meter readings, and that it had shut the server down as a precaution.</p>"             \
    "<p>Officials said no customer payment data was kept on that server, and that water "          \
    "service was never at risk. An outside firm is helping with the investigation.</p>"

#define JA_PARAS                                                                                   \
    "<p>架空市の水道局は、検針データを保管するサーバーに外部から不正なアクセスがあったと発表した。"  \
    "同局は念のためサーバーを停止し、専門の会社と調査を進めている。</p>"                            \
    "<p>利用者の支払い情報はこのサーバーには保存されておらず、給水への影響もないという。"            \
    "同局は再発防止策をまとめ、月内に公表する方針だ。</p>"

#endif
