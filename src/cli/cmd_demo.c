/*
 * secdigest demo: the whole pipeline on the bundled sample day, offline.
 *
 * The sample day (data/sample/) is a set of feed documents and the article
 * pages their items link to, with a manifest saying which URL each file
 * stands for.  The demo stores them exactly as a fetch would (feed_parse with
 * the feed's URL, store_feed_record_fetch, store_page_put), in a database of
 * its own inside the output folder, then runs the same steps as `run`.
 */
#include "cli/cli.h"
#include "cli/pipeline.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "feed/feed.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char cmd_demo_usage[] =
    "usage: secdigest demo [--output DIR] [--llm|--no-llm] [-j N]\n"
    "\n"
    "Run the whole pipeline on the bundled sample day, with no network: load the\n"
    "sample feeds and article pages into a fresh database DIR/demo.db, extract\n"
    "the articles, analyse the day and write its digest into DIR (default\n"
    "./secdigest-demo) as Markdown, HTML (with index.html), JSON and Atom, then\n"
    "print the paths written.  The LLM writer is used only with --llm or when an\n"
    "endpoint is configured (see secdigest(1)).  -j/--jobs N extracts the pages\n"
    "on N threads (default: one per CPU, at most 16); the results are the same.\n";

typedef struct sample_day {
    char *dir;        /* data/sample */
    cJSON *manifest;
    char day[16];
    char *timezone;
} sample_day;

static int sample_load(cli_ctx *ctx, sample_day *s)
{
    memset(s, 0, sizeof *s);
    s->dir = cli_data_dir(ctx, "sample");
    char *path = xasprintf("%s/manifest.json", s->dir);
    char *data;
    size_t len;
    sd_err err = SD_ERR_INIT;
    if (sd_read_file(path, 8u << 20, &data, &len, &err) != 0) {
        log_error("sample day: %s", sd_err_msg(&err));
        sd_err_clear(&err);
        free(path);
        return -1;
    }
    s->manifest = cJSON_ParseWithLength(data, len);
    free(data);
    if (!s->manifest) {
        log_error("sample day: %s is not valid JSON", path);
        free(path);
        return -1;
    }
    const cJSON *day = cJSON_GetObjectItemCaseSensitive(s->manifest, "sample_day");
    const cJSON *tz = cJSON_GetObjectItemCaseSensitive(s->manifest, "timezone");
    int y, m, d;
    if (!cJSON_IsString(day) || time_parse_ymd(day->valuestring, &y, &m, &d) != 0) {
        log_error("sample day: %s has no valid \"sample_day\"", path);
        free(path);
        return -1;
    }
    snprintf(s->day, sizeof s->day, "%s", day->valuestring);
    s->timezone = xstrdup(cJSON_IsString(tz) ? tz->valuestring : "Asia/Tokyo");
    free(path);
    return 0;
}

static void sample_free(sample_day *s)
{
    free(s->dir);
    free(s->timezone);
    cJSON_Delete(s->manifest);
}

static const char *json_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The charset parameter of a Content-Type value, or NULL (caller frees). */
static char *content_type_charset(const char *ct)
{
    const char *p = ct ? strstr(ct, "charset=") : NULL;
    if (!p)
        return NULL;
    p += 8;
    size_t n = strcspn(p, "; \t\"");
    return n ? xstrndup(p, n) : NULL;
}

/* Store every sample feed as a successful fetch would. Returns the number of feeds stored. */
static int sample_store_feeds(store *st, const sample_day *s, int64_t seen_at, size_t *nitems)
{
    const cJSON *feeds = cJSON_GetObjectItemCaseSensitive(s->manifest, "feeds");
    const cJSON *f;
    int stored = 0;
    *nitems = 0;
    cJSON_ArrayForEach(f, feeds)
    {
        const char *file = json_str(f, "file"), *url = json_str(f, "url");
        if (!file || !url) {
            log_warn("sample day: a feed entry lacks \"file\" or \"url\"");
            continue;
        }
        sd_err err = SD_ERR_INIT;
        int64_t feed_id;
        int created;
        if (store_feed_add(st, url, json_str(f, "name"), json_str(f, "language"), json_str(f, "category"),
                           &feed_id, &created, &err) != 0) {
            log_error("sample feed %s: %s", url, sd_err_msg(&err));
            sd_err_clear(&err);
            continue;
        }
        char *path = xasprintf("%s/%s", s->dir, file);
        char *data;
        size_t len;
        if (sd_read_file(path, FEED_DEFAULT_MAX_BYTES, &data, &len, &err) != 0) {
            log_error("sample feed: %s", sd_err_msg(&err));
            sd_err_clear(&err);
            free(path);
            continue;
        }
        feed_parse_opts opts;
        memset(&opts, 0, sizeof opts);
        opts.url = url;
        char *cs = content_type_charset(json_str(f, "content_type"));
        opts.http_charset = cs;
        feed_doc *doc = NULL;
        store_fetch_result r;
        memset(&r, 0, sizeof r);
        r.feed_id = feed_id;
        r.started_at = seen_at;
        r.http_status = 200;
        r.bytes = (int64_t)len;
        r.next_fetch = SD_TIME_NONE;
        if (feed_parse(data, len, &opts, &doc, &err) != 0) {
            /* Reported like any broken feed: the others still go in. */
            log_error("feed %s (%s): %s", url, file, sd_err_msg(&err));
            r.outcome = STORE_FETCH_ERROR;
            r.error = sd_err_msg(&err);
        } else {
            for (size_t w = 0; w < doc->nwarnings; w++)
                log_info("feed %s: %s", file, doc->warnings[w]);
            r.outcome = STORE_FETCH_OK;
        }
        store_upsert_stats stats = {0, 0, 0};
        sd_err serr = SD_ERR_INIT;
        if (store_feed_record_fetch(st, &r, doc, &stats, &serr) != 0) {
            log_error("feed %s: %s", url, sd_err_msg(&serr));
            sd_err_clear(&serr);
        } else if (doc) {
            stored++;
            *nitems += stats.inserted + stats.updated;
        }
        sd_err_clear(&err);
        feed_doc_free(doc);
        free(cs);
        free(data);
        free(path);
    }
    return stored;
}

/* Store the article page of every sample item, as fetch stores downloaded pages. */
static size_t sample_store_pages(store *st, const sample_day *s, int64_t fetched_at)
{
    const cJSON *pages = cJSON_GetObjectItemCaseSensitive(s->manifest, "pages");
    store_item *items = NULL;
    size_t n = 0, stored = 0;
    sd_err err = SD_ERR_INIT;
    if (store_items_without_page(st, 100000, &items, &n, &err) != 0) {
        log_error("sample pages: %s", sd_err_msg(&err));
        sd_err_clear(&err);
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        const cJSON *p, *match = NULL;
        cJSON_ArrayForEach(p, pages)
        {
            const char *u = json_str(p, "url");
            if (u && items[i].link && strcmp(u, items[i].link) == 0) {
                match = p;
                break;
            }
        }
        if (!match) {
            log_warn("sample day: no page for %s", items[i].link ? items[i].link : "(no link)");
            continue;
        }
        char *path = xasprintf("%s/%s", s->dir, json_str(match, "file"));
        store_page pg;
        memset(&pg, 0, sizeof pg);
        if (sd_read_file(path, 32u << 20, &pg.body, &pg.body_len, &err) != 0) {
            log_error("sample page: %s", sd_err_msg(&err));
            sd_err_clear(&err);
            free(path);
            continue;
        }
        const char *ct = json_str(match, "content_type");
        pg.item_id = items[i].id;
        pg.url = items[i].link;
        pg.final_url = items[i].link;
        pg.status = 200;
        pg.content_type = (char *)(ct ? ct : "text/html");
        char *headers = xasprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\n\r\n", pg.content_type);
        pg.headers = headers;
        pg.fetched_at = fetched_at;
        if (store_page_put(st, &pg, &err) != 0) {
            log_error("sample page %s: %s", pg.url, sd_err_msg(&err));
            sd_err_clear(&err);
        } else {
            stored++;
        }
        free(headers);
        free(pg.body);
        free(path);
    }
    store_items_free(items, n);
    return stored;
}

int cmd_demo(cli_ctx *ctx, int argc, char **argv)
{
    const cli_command *self = cli_find_command("demo");
    const char *outdir = "secdigest-demo";
    int use_llm = -1;
    long jobs = 0;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i]))
            return cli_help(self);
        if (strcmp(argv[i], "--llm") == 0) {
            use_llm = 1;
            continue;
        }
        if (strcmp(argv[i], "--no-llm") == 0) {
            use_llm = 0;
            continue;
        }
        if (strcmp(argv[i], "--output") == 0 || strcmp(argv[i], "-o") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error(self, "--output needs a folder");
            outdir = argv[++i];
        } else if (sd_starts_with(argv[i], "--output=")) {
            outdir = argv[i] + 9;
        } else if (strcmp(argv[i], "--jobs") == 0 || strcmp(argv[i], "-j") == 0 ||
                   sd_starts_with(argv[i], "--jobs=")) {
            const char *v = sd_starts_with(argv[i], "--jobs=") ? argv[i] + 7 : NULL;
            if (!v && i + 1 >= argc)
                return cli_usage_error(self, "%s needs a number", argv[i]);
            if (!v)
                v = argv[++i];
            char *end;
            errno = 0;
            jobs = strtol(v, &end, 10);
            if (errno || end == v || *end || jobs < 1 || jobs > 64)
                return cli_usage_error(self, "--jobs needs a whole number from 1 to 64, not '%s'", v);
        } else {
            return cli_usage_error(self, "unexpected argument '%s'", argv[i]);
        }
    }
    sample_day s;
    if (sample_load(ctx, &s) != 0) {
        sample_free(&s);
        return EXIT_FAIL;
    }
    sd_err err = SD_ERR_INIT;
    if (sd_mkdirs(outdir, &err) != 0) {
        log_error("output folder: %s", sd_err_msg(&err));
        sd_err_clear(&err);
        sample_free(&s);
        return EXIT_FAIL;
    }
    /* A fresh database each time: the demo never touches the user's archive. */
    free(ctx->db_path);
    ctx->db_path = xasprintf("%s/demo.db", outdir);
    const char *suffixes[] = {"", "-wal", "-shm"};
    for (size_t i = 0; i < SD_ARRAY_LEN(suffixes); i++) {
        char *p = xasprintf("%s%s", ctx->db_path, suffixes[i]);
        unlink(p);
        free(p);
    }
    store *st = cli_store(ctx);
    if (!st) {
        sample_free(&s);
        return EXIT_FAIL;
    }
    /* Items without a date count on the day they were collected: noon of the sample day. */
    int y, m, d;
    int64_t day_start, day_end;
    time_parse_ymd(s.day, &y, &m, &d);
    if (time_day_bounds(s.timezone, y, m, d, &day_start, &day_end, &err) != 0) {
        log_error("%s", sd_err_msg(&err));
        sd_err_clear(&err);
        sample_free(&s);
        return EXIT_FAIL;
    }
    int64_t seen_at = day_start + 12 * 3600;
    size_t nitems = 0;
    int nfeeds = sample_store_feeds(st, &s, seen_at, &nitems);
    size_t npages = sample_store_pages(st, &s, seen_at);
    log_info("sample day %s: %d feeds, %zu items, %zu pages stored", s.day, nfeeds, nitems, npages);

    /* The rest is exactly what `secdigest digest` does, in the sample's own time zone. */
    config_set(ctx->cfg, "digest", "timezone", s.timezone);
    pipeline_opts po;
    memset(&po, 0, sizeof po);
    po.date = s.day;
    po.formats = FORMAT_ALL;
    po.output = outdir;
    po.output_is_dir = 1;
    po.use_llm = use_llm;
    po.date_style_ja = -1;
    po.print_paths = 1;
    po.extract_jobs = (int)jobs;
    int rc = pipeline_write_digest(ctx, st, &po);
    sample_free(&s);
    return rc;
}
