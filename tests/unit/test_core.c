#include "core/config.h"
#include "core/core.h"
#include "core/timeutil.h"
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* A file of n bytes, byte i being 'a' + i % 26, at path. */
static int write_pattern(const char *path, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (fputc('a' + (int)(i % 26), f) == EOF) {
            fclose(f);
            return -1;
        }
    return fclose(f);
}

static int is_pattern(const char *data, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (data[i] != 'a' + (char)(i % 26))
            return 0;
    return data[n] == '\0';
}

TEST(read_file_whole_and_bounded)
{
    char dir[] = "/tmp/secdigest-test-read-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char *path = xasprintf("%s/f", dir);
    /* sizes around the 64 KiB step: every byte read, in order, NUL-terminated */
    static const size_t sizes[] = {0, 1, 65535, 65536, 65537, 200001};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        CHECK_INT(write_pattern(path, sizes[k]), 0);
        char *data = NULL;
        size_t len = 99;
        sd_err err = SD_ERR_INIT;
        CHECK_INT(sd_read_file(path, 0, &data, &len, &err), 0);
        CHECK_INT(len, sizes[k]);
        CHECK(data && is_pattern(data, len));
        free(data);
        /* the limit (0 is none): exactly at it is fine, a byte over is refused, path named */
        if (sizes[k] > 1) {
            CHECK_INT(sd_read_file(path, sizes[k], &data, &len, &err), 0);
            CHECK_INT(len, sizes[k]);
            free(data);
            CHECK_INT(sd_read_file(path, sizes[k] - 1, &data, &len, &err), -1);
            CHECK(data == NULL);
            CHECK(strstr(sd_err_msg(&err), path) != NULL && strstr(sd_err_msg(&err), "limit") != NULL);
            sd_err_clear(&err);
        }
    }
    /* a pipe has no size: read in steps to its end */
    char *fifo = xasprintf("%s/p", dir);
    CHECK_INT(mkfifo(fifo, 0600), 0);
    pid_t pid = fork();
    if (pid == 0)
        _exit(write_pattern(fifo, 150000) == 0 ? 0 : 1);
    char *data = NULL;
    size_t len = 0;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(sd_read_file(fifo, 1u << 20, &data, &len, &err), 0);
    CHECK_INT(len, 150000);
    CHECK(data && is_pattern(data, len));
    free(data);
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    unlink(fifo);
    unlink(path);
    rmdir(dir);
    free(fifo);
    free(path);
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
    RUN(read_file_whole_and_bounded);
    RUN(error_prefix_keeps_reason);
    RUN(config_sections_comments_quotes);
    RUN(config_errors_name_the_line);
    RUN(default_config_parses);
    RUN(time_civil_and_rfc3339);
    RUN(day_bounds_in_tokyo);
    return test_report();
}
