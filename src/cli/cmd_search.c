/* secdigest search: full-text search of the archive (items and digests). */
#include "cli/cli.h"
#include "core/log.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_search_usage[] =
    "usage: secdigest search [--json] [--limit N] QUERY...\n"
    "\n"
    "Search every stored item (title, summary, extracted article text) and\n"
    "every digest written, in Japanese or English.  Words are all required;\n"
    "each is matched as a substring, case-insensitively.  Prints one line per\n"
    "hit (date, source, title, link and the matching text), best first, or\n"
    "JSON Lines with --json.\n";

int cmd_search(cli_ctx *ctx, int argc, char **argv)
{
    const cli_command *self = cli_find_command("search");
    int json = 0;
    long limit = 20;
    strbuf q = STRBUF_INIT;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            strbuf_free(&q);
            return cli_help(self);
        }
        if (strcmp(argv[i], "--json") == 0) {
            json = 1;
        } else if (strcmp(argv[i], "--limit") == 0) {
            char *end;
            if (i + 1 >= argc || (limit = strtol(argv[i + 1], &end, 10)) < 1 || limit > 10000 || *end) {
                strbuf_free(&q);
                return cli_usage_error(self, "--limit takes a number from 1 to 10000");
            }
            i++;
        } else {
            if (q.len)
                strbuf_putc(&q, ' ');
            strbuf_puts(&q, argv[i]);
        }
    }
    if (q.len == 0) {
        strbuf_free(&q);
        return cli_usage_error(self, "what to search for?");
    }
    store *st = cli_store(ctx);
    if (!st) {
        strbuf_free(&q);
        return EXIT_FAIL;
    }
    store_hit *h = NULL;
    size_t n = 0;
    sd_err err = SD_ERR_INIT;
    if (store_search(st, q.data, (size_t)limit, &h, &n, &err) != 0) {
        log_error("search: %s", sd_err_msg(&err));
        sd_err_clear(&err);
        strbuf_free(&q);
        return EXIT_FAIL;
    }
    for (size_t i = 0; i < n; i++) {
        if (json) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "kind", h[i].is_digest ? "digest" : "item");
            cJSON_AddStringToObject(o, "date", h[i].date ? h[i].date : "");
            if (h[i].source)
                cJSON_AddStringToObject(o, "source", h[i].source);
            else
                cJSON_AddNullToObject(o, "source");
            cJSON_AddStringToObject(o, "title", h[i].title ? h[i].title : "");
            if (h[i].link)
                cJSON_AddStringToObject(o, "link", h[i].link);
            else
                cJSON_AddNullToObject(o, "link");
            cJSON_AddStringToObject(o, "snippet", h[i].snippet ? h[i].snippet : "");
            char *s = cJSON_PrintUnformatted(o);
            puts(s);
            cJSON_free(s);
            cJSON_Delete(o);
        } else {
            printf("%s  %s  %s%s%s\n    %s\n", h[i].date ? h[i].date : "?",
                   h[i].is_digest ? "[digest]" : (h[i].source ? h[i].source : "?"), h[i].title ? h[i].title : "",
                   h[i].link ? "  " : "", h[i].link ? h[i].link : "", h[i].snippet ? h[i].snippet : "");
        }
    }
    if (!json)
        fprintf(stderr, "%zu hit(s)\n", n);
    store_hits_free(h, n);
    strbuf_free(&q);
    return EXIT_OK;
}
