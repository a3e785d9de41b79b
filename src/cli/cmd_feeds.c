/* secdigest feeds: the subscription list (import/export OPML, list, add, remove). */
#include "cli/cli.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "feed/feed.h"
#include "text/url.h"

#include "render/json_fields.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

const char cmd_feeds_usage[] =
    "usage: secdigest feeds (import FILE.opml | export | list [--json] |\n"
    "                        add URL [--name N] [--lang ja|en] [--category C] | remove URL)\n"
    "\n"
    "Manage the feed list.  import reads OPML 1.0 or 2.0 (use '-' for stdin;\n"
    "without FILE, the bundled default list of Japanese and English security\n"
    "feeds); export writes OPML 2.0 to stdout; list shows every feed with its\n"
    "polling state: consecutive errors, the last error and the last success,\n"
    "so a feed that has been failing for days stands out.\n";

static const cli_command *self(void) { return cli_find_command("feeds"); }

static int valid_lang(const char *l) { return l && (strcmp(l, "ja") == 0 || strcmp(l, "en") == 0); }

/* Normalise an OPML language ("ja-JP", "en-us") to "ja"/"en" when it is one of them. */
static const char *short_lang(const char *l)
{
    if (!l)
        return NULL;
    if (strncasecmp(l, "ja", 2) == 0 && (l[2] == '\0' || l[2] == '-' || l[2] == '_'))
        return "ja";
    if (strncasecmp(l, "en", 2) == 0 && (l[2] == '\0' || l[2] == '-' || l[2] == '_'))
        return "en";
    return NULL;
}

static int feeds_import(cli_ctx *ctx, int argc, char **argv)
{
    const char *file = NULL;
    for (int i = 2; i < argc; i++) {
        if (cli_is_help(argv[i]))
            return cli_help(self());
        if (file)
            return cli_usage_error(self(), "import takes one file");
        file = argv[i];
    }
    char *path = file ? xstrdup(file) : cli_data_dir(ctx, "feeds/default.opml");
    char *data;
    size_t len;
    sd_err err = SD_ERR_INIT;
    if (sd_read_file(path, 16u << 20, &data, &len, &err) != 0) {
        log_error("%s", sd_err_msg(&err));
        sd_err_clear(&err);
        free(path);
        return EXIT_FAIL;
    }
    opml_doc *doc = NULL;
    int rc = opml_parse(data, len, path, &doc, &err);
    free(data);
    if (rc != 0) {
        log_error("%s: %s", path, sd_err_msg(&err));
        sd_err_clear(&err);
        free(path);
        return EXIT_FAIL;
    }
    store *st = cli_store(ctx);
    if (!st) {
        opml_doc_free(doc);
        free(path);
        return EXIT_FAIL;
    }
    size_t added = 0, updated = 0, skipped = 0;
    for (size_t i = 0; i < doc->count; i++) {
        const opml_outline *o = &doc->outlines[i];
        if (!url_is_http(o->xml_url)) {
            log_warn("%s: skipping '%s': not an http(s) URL", path, o->xml_url ? o->xml_url : "");
            skipped++;
            continue;
        }
        int64_t id;
        int created;
        if (store_feed_add(st, o->xml_url, o->title, short_lang(o->language), o->category, &id,
                           &created, &err) != 0) {
            log_error("%s: %s: %s", path, o->xml_url, sd_err_msg(&err));
            sd_err_clear(&err);
            opml_doc_free(doc);
            free(path);
            return EXIT_FAIL;
        }
        if (created)
            added++;
        else
            updated++;
    }
    printf("imported %s: %zu added, %zu already present, %zu skipped\n", path, added, updated, skipped);
    opml_doc_free(doc);
    free(path);
    return EXIT_OK;
}

static int feeds_export(cli_ctx *ctx, int argc, char **argv)
{
    for (int i = 2; i < argc; i++) {
        if (cli_is_help(argv[i]))
            return cli_help(self());
        return cli_usage_error(self(), "export takes no argument");
    }
    (void)argv;
    store *st = cli_store(ctx);
    if (!st)
        return EXIT_FAIL;
    store_feed *feeds = NULL;
    size_t n = 0;
    sd_err err = SD_ERR_INIT;
    if (store_feed_list(st, &feeds, &n, &err) != 0) {
        log_error("%s", sd_err_msg(&err));
        sd_err_clear(&err);
        return EXIT_FAIL;
    }
    opml_outline *outs = xcalloc(n ? n : 1, sizeof *outs);
    for (size_t i = 0; i < n; i++) {
        outs[i].title = feeds[i].title ? feeds[i].title : feeds[i].url;
        outs[i].xml_url = feeds[i].url;
        outs[i].html_url = feeds[i].site_url;
        outs[i].language = feeds[i].language;
        outs[i].category = feeds[i].category;
    }
    char *xml = opml_write("secdigest feeds", outs, n);
    fputs(xml, stdout);
    free(xml);
    free(outs);
    store_feeds_free(feeds, n);
    return EXIT_OK;
}

static int feeds_list(cli_ctx *ctx, int argc, char **argv)
{
    int json = 0;
    for (int i = 2; i < argc; i++) {
        if (cli_is_help(argv[i]))
            return cli_help(self());
        if (strcmp(argv[i], "--json") == 0)
            json = 1;
        else
            return cli_usage_error(self(), "unexpected argument '%s'", argv[i]);
    }
    store *st = cli_store(ctx);
    if (!st)
        return EXIT_FAIL;
    store_feed *feeds = NULL;
    size_t n = 0;
    sd_err err = SD_ERR_INIT;
    if (store_feed_list(st, &feeds, &n, &err) != 0) {
        log_error("%s", sd_err_msg(&err));
        sd_err_clear(&err);
        return EXIT_FAIL;
    }
    int64_t now = (int64_t)time(NULL);
    size_t failing_long = 0;
    for (size_t i = 0; i < n; i++) {
        const store_feed *f = &feeds[i];
        /* "Failing for days": errors on every poll and no success for a day or more. */
        int64_t since = f->last_ok != SD_TIME_NONE ? f->last_ok : f->added_at;
        int stale = f->error_count > 0 && since != SD_TIME_NONE && now - since >= 86400;
        if (stale)
            failing_long++;
        if (json) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddNumberToObject(o, "id", (double)f->id);
            json_put_str(o, "url", f->url);
            json_put_str(o, "title", f->title);
            json_put_str(o, "language", f->language);
            json_put_str(o, "category", f->category);
            json_put_time(o, "last_fetch", f->last_fetch);
            json_put_time(o, "last_ok", f->last_ok);
            json_put_time(o, "next_fetch", f->next_fetch);
            cJSON_AddNumberToObject(o, "error_count", f->error_count);
            json_put_str(o, "last_error", f->last_error);
            cJSON_AddNumberToObject(o, "last_status", f->last_status);
            cJSON_AddNumberToObject(o, "items", (double)f->item_count);
            cJSON_AddBoolToObject(o, "failing", stale);
            char *s = cJSON_PrintUnformatted(o);
            puts(s);
            cJSON_free(s);
            cJSON_Delete(o);
            continue;
        }
        char ok[32] = "never";
        if (f->last_ok != SD_TIME_NONE)
            time_format_rfc3339(f->last_ok, ok);
        printf("%-4lld %-2s %5lld items  errors %-3d last ok %-20s %s\n", (long long)f->id,
               f->language ? f->language : "-", (long long)f->item_count, f->error_count, ok, f->url);
        if (f->title)
            printf("     %s\n", f->title);
        if (f->error_count > 0)
            printf("     %s: %s\n", stale ? "FAILING FOR DAYS" : "last error",
                   f->last_error ? f->last_error : "(unknown)");
    }
    if (!json && n == 0)
        printf("no feeds; add some with 'secdigest feeds import' (the bundled list) or 'feeds add URL'\n");
    if (failing_long)
        log_warn("%zu feed(s) have failed on every poll for a day or more", failing_long);
    store_feeds_free(feeds, n);
    return EXIT_OK;
}

static int feeds_add(cli_ctx *ctx, int argc, char **argv)
{
    const char *url = NULL, *name = NULL, *lang = NULL, *category = NULL;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (cli_is_help(a))
            return cli_help(self());
        if ((strcmp(a, "--name") == 0 || strcmp(a, "--lang") == 0 || strcmp(a, "--category") == 0)) {
            if (i + 1 >= argc)
                return cli_usage_error(self(), "%s needs a value", a);
            const char *v = argv[++i];
            if (a[2] == 'n')
                name = v;
            else if (a[2] == 'l')
                lang = v;
            else
                category = v;
        } else if (a[0] == '-' && a[1]) {
            return cli_usage_error(self(), "unknown option '%s'", a);
        } else if (!url) {
            url = a;
        } else {
            return cli_usage_error(self(), "add takes one URL");
        }
    }
    if (!url)
        return cli_usage_error(self(), "add needs a URL");
    if (lang && !valid_lang(lang))
        return cli_usage_error(self(), "--lang must be ja or en, not '%s'", lang);
    if (!url_is_http(url)) {
        log_error("'%s' is not an http or https URL", url);
        return EXIT_FAIL;
    }
    store *st = cli_store(ctx);
    if (!st)
        return EXIT_FAIL;
    int64_t id;
    int created;
    sd_err err = SD_ERR_INIT;
    if (store_feed_add(st, url, name, lang, category, &id, &created, &err) != 0) {
        log_error("%s: %s", url, sd_err_msg(&err));
        sd_err_clear(&err);
        return EXIT_FAIL;
    }
    printf("%s feed %lld: %s\n", created ? "added" : "updated", (long long)id, url);
    return EXIT_OK;
}

static int feeds_remove(cli_ctx *ctx, int argc, char **argv)
{
    if (argc > 2 && cli_is_help(argv[2]))
        return cli_help(self());
    if (argc != 3)
        return cli_usage_error(self(), "remove takes one URL");
    store *st = cli_store(ctx);
    if (!st)
        return EXIT_FAIL;
    int removed = 0;
    sd_err err = SD_ERR_INIT;
    if (store_feed_remove(st, argv[2], &removed, &err) != 0) {
        log_error("%s: %s", argv[2], sd_err_msg(&err));
        sd_err_clear(&err);
        return EXIT_FAIL;
    }
    if (!removed) {
        log_error("no feed with URL %s", argv[2]);
        return EXIT_FAIL;
    }
    printf("removed %s (its stored items stay in the archive)\n", argv[2]);
    return EXIT_OK;
}

int cmd_feeds(cli_ctx *ctx, int argc, char **argv)
{
    if (argc < 2)
        return cli_usage_error(self(), "which action?");
    const char *action = argv[1];
    if (cli_is_help(action))
        return cli_help(self());
    if (strcmp(action, "import") == 0)
        return feeds_import(ctx, argc, argv);
    if (strcmp(action, "export") == 0)
        return feeds_export(ctx, argc, argv);
    if (strcmp(action, "list") == 0)
        return feeds_list(ctx, argc, argv);
    if (strcmp(action, "add") == 0)
        return feeds_add(ctx, argc, argv);
    if (strcmp(action, "remove") == 0 || strcmp(action, "rm") == 0)
        return feeds_remove(ctx, argc, argv);
    return cli_usage_error(self(), "unknown action '%s'", action);
}
