/* secdigest extract: the main article of HTML pages (files, stdin, or the stored pages). */
#include "cli/cli.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "extract/extract.h"

#include "render/json_fields.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_extract_usage[] =
    "usage: secdigest extract [--json] [--url URL] [--charset NAME] FILE...|-\n"
    "       secdigest extract --stored [--force]\n"
    "\n"
    "Extract the main article from downloaded HTML pages: title, publication\n"
    "time, author, language and the body text, without navigation, ads, share\n"
    "buttons, related-article lists, cookie banners or comments.  '-' reads\n"
    "standard input.  The charset is found from --charset, the byte order mark,\n"
    "the page's <meta>, or the bytes themselves (Shift_JIS, EUC-JP, ...).\n"
    "\n"
    "Without --json: a title:, url:, published:, author: and language: line\n"
    "('-' when unknown), a blank line, then the text (paragraphs separated by\n"
    "blank lines); several files are headed '==> FILE <=='.\n"
    "With --json: one object per file (JSON Lines)\n"
    "  {\"url\", \"title\", \"published\", \"author\", \"language\", \"text\"}\n"
    "with RFC 3339 UTC times and null for what is unknown; a file that fails,\n"
    "or in which no credible article is found, gives {\"file\", \"error\"} and\n"
    "the exit code becomes 1.\n"
    "\n"
    "  --json          JSON Lines output\n"
    "  --url URL       where the page came from: base for relative links; the\n"
    "                  url printed when the page names no canonical URL\n"
    "  --charset NAME  the page's charset as a server would have sent it\n"
    "  --stored        extract every page in the database that has no extract\n"
    "                  from this version of the extractor (the pipeline's step)\n"
    "  --force         with --stored: extract every stored page again\n";

#define STDIN_MAX (EXTRACT_DEFAULT_MAX_BYTES + 1)

static int read_stdin(char **data, size_t *len, sd_err *err)
{
    strbuf sb = STRBUF_INIT;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) {
        strbuf_append(&sb, buf, n);
        if (sb.len > STDIN_MAX)
            break; /* extract_page reports the size */
    }
    if (ferror(stdin)) {
        strbuf_free(&sb);
        return sd_err_set(err, "reading standard input: %s", strerror(errno));
    }
    *len = sb.len;
    *data = sb.data ? strbuf_detach(&sb) : xstrdup("");
    return 0;
}

static void print_json_line(cJSON *o)
{
    char *s = cJSON_PrintUnformatted(o);
    if (s) {
        fputs(s, stdout);
        fputc('\n', stdout);
        cJSON_free(s);
    }
    cJSON_Delete(o);
}

static void print_error(int json, const char *file, const char *msg)
{
    /* sd_read_file's messages already start with the path */
    if (strncmp(msg, file, strlen(file)) == 0)
        log_error("extract: %s", msg);
    else
        log_error("extract: %s: %s", file, msg);
    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "file", file);
        cJSON_AddStringToObject(o, "error", msg);
        print_json_line(o);
    }
}

static void print_result(int json, int several, const char *file, const extract_result *r)
{
    char when[32] = "";
    if (r->published != SD_TIME_NONE)
        time_format_rfc3339(r->published, when);
    if (json) {
        cJSON *o = cJSON_CreateObject();
        json_put_str(o, "url", r->url);
        json_put_str(o, "title", r->title);
        json_put_str(o, "published", r->published != SD_TIME_NONE ? when : NULL);
        json_put_str(o, "author", r->author);
        json_put_str(o, "language", r->language);
        json_put_str(o, "text", r->text);
        print_json_line(o);
        return;
    }
    if (several)
        printf("==> %s <==\n", file);
    printf("title: %s\n", r->title ? r->title : "-");
    printf("url: %s\n", r->url ? r->url : "-");
    printf("published: %s\n", *when ? when : "-");
    printf("author: %s\n", r->author ? r->author : "-");
    printf("language: %s\n", r->language ? r->language : "-");
    printf("\n%s\n", r->text ? r->text : "");
    if (several)
        putchar('\n');
}

static int run_stored(cli_ctx *ctx, int force)
{
    store *st = cli_store(ctx);
    if (!st)
        return EXIT_FAIL;
    size_t done = 0, failed = 0;
    sd_err err = SD_ERR_INIT;
    if (extract_store_pending(st, force, &done, &failed, &err) != 0) {
        log_error("extract: %s", sd_err_msg(&err));
        sd_err_clear(&err);
        return EXIT_FAIL;
    }
    log_info("extract: %zu page(s) extracted, %zu kept the feed's summary", done, failed);
    return EXIT_OK;
}

int cmd_extract(cli_ctx *ctx, int argc, char **argv)
{
    const cli_command *self = cli_find_command("extract");
    int json = 0, stored = 0, force = 0, only_files = 0;
    const char *url = NULL, *charset = NULL;
    const char **files = xcalloc((size_t)argc + 1, sizeof *files);
    size_t nfiles = 0;
    int rc = EXIT_OK;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_files || strcmp(a, "-") == 0 || a[0] != '-') {
            files[nfiles++] = a;
        } else if (strcmp(a, "--") == 0) {
            only_files = 1;
        } else if (cli_is_help(a)) {
            free(files);
            return cli_help(self);
        } else if (strcmp(a, "--json") == 0) {
            json = 1;
        } else if (strcmp(a, "--stored") == 0) {
            stored = 1;
        } else if (strcmp(a, "--force") == 0) {
            force = 1;
        } else if (strcmp(a, "--url") == 0 || strcmp(a, "--charset") == 0) {
            if (i + 1 >= argc) {
                free(files);
                return cli_usage_error(self, "%s needs a value", a);
            }
            if (a[2] == 'u')
                url = argv[++i];
            else
                charset = argv[++i];
        } else if (sd_starts_with(a, "--url=")) {
            url = a + 6;
        } else if (sd_starts_with(a, "--charset=")) {
            charset = a + 10;
        } else {
            free(files);
            return cli_usage_error(self, "unknown option '%s'", a);
        }
    }
    if (stored) {
        free(files);
        if (nfiles || json || url || charset)
            return cli_usage_error(self, "--stored takes no files and no other options but --force");
        return run_stored(ctx, force);
    }
    if (force) {
        free(files);
        return cli_usage_error(self, "--force goes with --stored");
    }
    if (nfiles == 0) {
        free(files);
        return cli_usage_error(self, "no page given (a file, or - for standard input)");
    }

    int several = nfiles > 1;
    for (size_t f = 0; f < nfiles; f++) {
        const char *file = files[f];
        const char *shown = strcmp(file, "-") == 0 ? "(stdin)" : file;
        char *data = NULL;
        size_t len = 0;
        sd_err err = SD_ERR_INIT;
        int r = strcmp(file, "-") == 0 ? read_stdin(&data, &len, &err)
                                        : sd_read_file(file, STDIN_MAX, &data, &len, &err);
        if (r != 0) {
            print_error(json, shown, sd_err_msg(&err));
            sd_err_clear(&err);
            rc = EXIT_FAIL;
            continue;
        }
        extract_opts o;
        memset(&o, 0, sizeof o);
        o.url = url;
        o.charset = charset;
        extract_result *res = NULL;
        if (extract_page(data, len, &o, &res, &err) != 0) {
            print_error(json, shown, sd_err_msg(&err));
            sd_err_clear(&err);
            rc = EXIT_FAIL;
        } else if (!res->credible) {
            print_error(json, shown, res->reason ? res->reason : "no credible article body");
            rc = EXIT_FAIL;
        } else {
            print_result(json, several, shown, res);
        }
        extract_result_free(res);
        free(data);
    }
    free(files);
    return rc;
}
