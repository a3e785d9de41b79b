/* secdigest items: what is stored for one day (in the configured time zone). */
#include "cli/cli.h"
#include "core/log.h"
#include "core/timeutil.h"

#include "render/json_fields.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char cmd_items_usage[] =
    "usage: secdigest items [--date YYYY-MM-DD] [--json]\n"
    "\n"
    "List the items stored for a day: one line per item (time, source, title,\n"
    "link), or with --json one JSON object per line with the fields of\n"
    "'secdigest parse --json' items plus \"feed\" (the source's name) and\n"
    "\"extracted\" (whether the article page's text was extracted).  A day is a\n"
    "calendar day in the configured time zone (default Asia/Tokyo); an item\n"
    "without a date counts on the day it was first collected.  --date defaults\n"
    "to today.\n";

int cli_day_range(cli_ctx *ctx, const char *date, int64_t *start, int64_t *end, char day[static 16])
{
    int y, m, d;
    sd_err err = SD_ERR_INIT;
    const char *tz = cli_timezone(ctx);
    if (date) {
        if (time_parse_ymd(date, &y, &m, &d) != 0) {
            log_error("--date '%s': expected YYYY-MM-DD", date);
            return EXIT_USAGE;
        }
    } else if (time_today(tz, (int64_t)time(NULL), &y, &m, &d, &err) != 0) {
        log_error("%s", sd_err_msg(&err));
        sd_err_clear(&err);
        return EXIT_FAIL;
    }
    if (time_day_bounds(tz, y, m, d, start, end, &err) != 0) {
        log_error("%s", sd_err_msg(&err));
        sd_err_clear(&err);
        return EXIT_FAIL;
    }
    snprintf(day, 16, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
    return EXIT_OK;
}

int cmd_items(cli_ctx *ctx, int argc, char **argv)
{
    const cli_command *self = cli_find_command("items");
    const char *date = NULL;
    int json = 0;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i]))
            return cli_help(self);
        if (strcmp(argv[i], "--json") == 0) {
            json = 1;
        } else if (strcmp(argv[i], "--date") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error(self, "--date needs YYYY-MM-DD");
            date = argv[++i];
        } else if (sd_starts_with(argv[i], "--date=")) {
            date = argv[i] + 7;
        } else {
            return cli_usage_error(self, "unexpected argument '%s'", argv[i]);
        }
    }
    int64_t start, end;
    char day[16];
    int rc = cli_day_range(ctx, date, &start, &end, day);
    if (rc != EXIT_OK)
        return rc;
    store *st = cli_store(ctx);
    if (!st)
        return EXIT_FAIL;
    store_item *items = NULL;
    size_t n = 0;
    sd_err err = SD_ERR_INIT;
    if (store_items_between(st, start, end, &items, &n, &err) != 0) {
        log_error("%s", sd_err_msg(&err));
        sd_err_clear(&err);
        return EXIT_FAIL;
    }
    for (size_t i = 0; i < n; i++) {
        const store_item *it = &items[i];
        if (json) {
            cJSON *o = cJSON_CreateObject();
            json_put_str(o, "id", it->guid);
            json_put_str(o, "title", it->title);
            json_put_str(o, "link", it->link);
            json_put_time(o, "published", it->published);
            json_put_time(o, "updated", it->updated);
            json_put_str(o, "author", it->author);
            json_put_str(o, "summary", it->summary);
            json_put_str(o, "content", it->content);
            cJSON *cats = cJSON_AddArrayToObject(o, "categories");
            for (size_t c = 0; c < it->ncategories; c++)
                cJSON_AddItemToArray(cats, cJSON_CreateString(it->categories[c]));
            json_put_str(o, "feed", it->feed_title);
            cJSON_AddBoolToObject(o, "extracted", it->extracted && !it->extract_fallback);
            char *s = cJSON_PrintUnformatted(o);
            puts(s);
            cJSON_free(s);
            cJSON_Delete(o);
        } else {
            char when[32];
            time_format_rfc3339(it->published != SD_TIME_NONE ? it->published : it->first_seen, when);
            printf("%s  %s  %s  %s\n", when, it->feed_title ? it->feed_title : "?",
                   it->title ? it->title : "(no title)", it->link ? it->link : "");
        }
    }
    if (!json)
        fprintf(stderr, "%zu item(s) on %s (%s)\n", n, day, cli_timezone(ctx));
    store_items_free(items, n);
    return EXIT_OK;
}
