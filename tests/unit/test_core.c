#include "core/config.h"
#include "core/core.h"
#include "core/timeutil.h"
#include "test.h"

#include <stdlib.h>

TEST(strbuf_grows_without_truncation)
{
    strbuf sb = STRBUF_INIT;
    CHECK_STR(strbuf_cstr(&sb), "");
    for (int i = 0; i < 10000; i++)
        strbuf_printf(&sb, "%d,", i % 10);
    CHECK_INT(sb.len, 20000);
    CHECK(sb.data[19999] == ',');
    char *s = strbuf_detach(&sb);
    CHECK(sb.data == NULL && sb.len == 0);
    free(s);
}

TEST(error_prefix_keeps_reason)
{
    sd_err e = SD_ERR_INIT;
    CHECK_STR(sd_err_msg(&e), "unknown error");
    CHECK_INT(sd_err_set(&e, "bad date '%s'", "x"), -1);
    sd_err_prefix(&e, "feed %s", "jpcert");
    CHECK_STR(sd_err_msg(&e), "feed jpcert: bad date 'x'");
    sd_err_clear(&e);
    CHECK(e.msg == NULL);
}

TEST(config_sections_comments_quotes)
{
    const char *text = "\xEF\xBB\xBF# comment\nroot = 1\n[digest]\n timezone = Asia/Tokyo \n"
                       "; other comment\n[llm]\nurl = \"http://127.0.0.1:8080/v1\"\n[digest]\nkey_points=5\n";
    config *cfg = config_create();
    sd_err e = SD_ERR_INIT;
    CHECK_INT(config_parse(cfg, text, strlen(text), "t", &e), 0);
    CHECK_STR(config_get(cfg, "", "root"), "1");
    CHECK_STR(config_get(cfg, "digest", "timezone"), "Asia/Tokyo");
    CHECK_STR(config_get(cfg, "llm", "url"), "http://127.0.0.1:8080/v1");
    long n = 0;
    CHECK_INT(config_get_long(cfg, "digest", "key_points", 3, 1, 10, &n, &e), 0);
    CHECK_INT(n, 5);
    CHECK_INT(config_get_long(cfg, "digest", "missing", 3, 1, 10, &n, &e), 0);
    CHECK_INT(n, 3);
    CHECK(config_get(cfg, "digest", "nope") == NULL);
    config_set(cfg, "digest", "key_points", "99");
    CHECK_INT(config_get_long(cfg, "digest", "key_points", 3, 1, 10, &n, &e), -1);
    CHECK(strstr(sd_err_msg(&e), "key_points") != NULL);
    config_free(cfg);
    sd_err_clear(&e);
}

TEST(config_errors_name_the_line)
{
    config *cfg = config_create();
    sd_err e = SD_ERR_INIT;
    const char *bad = "[a]\nx = 1\nthis line has no equals\n";
    CHECK_INT(config_parse(cfg, bad, strlen(bad), "my.conf", &e), -1);
    CHECK_STR(sd_err_msg(&e), "my.conf:3: expected 'key = value'");
    sd_err_clear(&e);
    const char *bad2 = "[unclosed\n";
    CHECK_INT(config_parse(cfg, bad2, strlen(bad2), "c", &e), -1);
    CHECK_STR(sd_err_msg(&e), "c:1: section header without ']'");
    sd_err_clear(&e);
    config_free(cfg);
}

TEST(default_config_parses)
{
    config *cfg = config_create();
    sd_err e = SD_ERR_INIT;
    CHECK_INT(config_parse(cfg, config_default_text, strlen(config_default_text), "default", &e), 0);
    config_free(cfg);
}

TEST(time_civil_and_rfc3339)
{
    int64_t t = 0;
    CHECK_INT(time_from_utc(2025, 11, 18, 9, 30, 0, &t), 0);
    CHECK_INT(t, 1763458200);
    char buf[32];
    time_format_rfc3339(t, buf);
    CHECK_STR(buf, "2025-11-18T09:30:00Z");
    CHECK_INT(time_from_utc(2024, 2, 29, 0, 0, 0, &t), 0);
    CHECK_INT(time_from_utc(2025, 2, 29, 0, 0, 0, &t), -1);
    CHECK_INT(time_from_utc(2025, 13, 1, 0, 0, 0, &t), -1);
    time_format_rfc3339(SD_TIME_NONE, buf);
    CHECK_STR(buf, "");
}

TEST(day_bounds_in_tokyo)
{
    int64_t s, e;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(time_day_bounds("Asia/Tokyo", 2025, 11, 18, &s, &e, &err), 0);
    /* 2025-11-18 00:00 JST = 2025-11-17 15:00 UTC */
    CHECK_INT(s, 1763391600);
    CHECK_INT(e - s, 86400);
    int y, m, d;
    /* 2025-11-17T15:00:00Z is already the 18th in Tokyo, still the 17th in UTC */
    CHECK_INT(time_local_date("Asia/Tokyo", 1763391600, &y, &m, &d, &err), 0);
    CHECK(y == 2025 && m == 11 && d == 18);
    CHECK_INT(time_local_date("UTC", 1763391600, &y, &m, &d, &err), 0);
    CHECK(d == 17);
    CHECK_INT(time_day_bounds("Mars/Olympus", 2025, 1, 1, &s, &e, &err), -1);
    CHECK(strstr(sd_err_msg(&err), "Mars/Olympus") != NULL);
    sd_err_clear(&err);
    CHECK_INT(time_parse_ymd("2025-11-18", &y, &m, &d), 0);
    CHECK_INT(time_parse_ymd("2025-11-31", &y, &m, &d), -1);
    CHECK_INT(time_parse_ymd("2025-1-1", &y, &m, &d), -1);
}

int main(void)
{
    RUN(strbuf_grows_without_truncation);
    RUN(error_prefix_keeps_reason);
    RUN(config_sections_comments_quotes);
    RUN(config_errors_name_the_line);
    RUN(default_config_parses);
    RUN(time_civil_and_rfc3339);
    RUN(day_bounds_in_tokyo);
    return test_report();
}
