/* secdigest extract: the main article of HTML pages (files, stdin, or the stored pages). */
#include "cli/cli.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "core/workers.h"
#include "extract/extract.h"
#include "extract/extract_jobs.h"

#include "render/json_fields.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_extract_usage[] =
    "usage: secdigest extract [--json] [--url URL] [--charset NAME] [-j N] FILE...|-\n"
    "       secdigest extract --stored [--force] [-j N]\n"
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
    "  --force         with --stored: extract every stored page again\n"
    "  -j, --jobs N    read and extract on N threads (default: one per CPU, at\n"
    "                  most 16; 1: no threads); the output is the same whatever N,\n"
    "                  in the order of the files ('-' among them: one thread)\n";

#define STDIN_MAX (EXTRACT_DEFAULT_MAX_BYTES + 1)
/* A bound that catches a mistyped count: threads beyond the cores only cost memory. */
#define EXTRACT_MAX_JOBS 64

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

/* One file: read and extracted on a worker thread, its output written by the main thread. */
typedef struct extract_job {
    const char *file;  /* as given; "-" is standard input */
    const char *shown; /* the name in messages and headers */
    strbuf out;        /* the bytes for stdout, in full */
    int failed;        /* the file gave no article (said in the log) */
} extract_job;

/* What every job shares, read-only while the workers run. */
typedef struct extract_settings {
    int json, several;
    const char *url, *charset;
} extract_settings;

static void put_json_line(strbuf *out, cJSON *o)
{
    char *s = cJSON_PrintUnformatted(o);
    if (s) {
        strbuf_puts(out, s);
        strbuf_putc(out, '\n');
        cJSON_free(s);
    }
    cJSON_Delete(o);
}

/* The failure of a job: its message in the log (on a worker thread core/workers holds it
 * back until the job is taken, so it comes out in the order of the files), and its
 * {"file", "error"} line. */
static void job_fail(extract_job *job, const extract_settings *set, const char *msg)
{
    /* sd_read_file's messages already start with the path */
    if (strncmp(msg, job->shown, strlen(job->shown)) == 0)
        log_error("extract: %s", msg);
    else
        log_error("extract: %s: %s", job->shown, msg);
    job->failed = 1;
    if (set->json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "file", job->shown);
        cJSON_AddStringToObject(o, "error", msg);
        put_json_line(&job->out, o);
    }
}

static void put_result(extract_job *job, const extract_settings *set, const extract_result *r)
{
    strbuf *out = &job->out;
    char when[32] = "";
    if (r->published != SD_TIME_NONE)
        time_format_rfc3339(r->published, when);
    if (set->json) {
        cJSON *o = cJSON_CreateObject();
        json_put_str(o, "url", r->url);
        json_put_str(o, "title", r->title);
        json_put_str(o, "published", r->published != SD_TIME_NONE ? when : NULL);
        json_put_str(o, "author", r->author);
        json_put_str(o, "language", r->language);
        json_put_str(o, "text", r->text);
        put_json_line(out, o);
        return;
    }
    if (set->several)
        strbuf_printf(out, "==> %s <==\n", job->shown);
    strbuf_printf(out, "title: %s\n", r->title ? r->title : "-");
    strbuf_printf(out, "url: %s\n", r->url ? r->url : "-");
    strbuf_printf(out, "published: %s\n", *when ? when : "-");
    strbuf_printf(out, "author: %s\n", r->author ? r->author : "-");
    strbuf_printf(out, "language: %s\n", r->language ? r->language : "-");
    strbuf_printf(out, "\n%s\n", r->text ? r->text : "");
    if (set->several)
        strbuf_putc(out, '\n');
}

/* workers_fn: read, extract and format one file.  Touches only its job. */
static void run_job(void *task, void *shared)
{
    extract_job *job = task;
    const extract_settings *set = shared;
    char *data = NULL;
    size_t len = 0;
    sd_err err = SD_ERR_INIT;
    int r = strcmp(job->file, "-") == 0 ? read_stdin(&data, &len, &err)
                                         : sd_read_file(job->file, STDIN_MAX, &data, &len, &err);
    if (r != 0) {
        job_fail(job, set, sd_err_msg(&err));
        sd_err_clear(&err);
        return;
    }
    extract_opts o;
    memset(&o, 0, sizeof o);
    o.url = set->url;
    o.charset = set->charset;
    extract_result *res = NULL;
    if (extract_page(data, len, &o, &res, &err) != 0) {
        job_fail(job, set, sd_err_msg(&err));
        sd_err_clear(&err);
    } else if (!res->credible) {
        job_fail(job, set, res->reason ? res->reason : "no credible article body");
    } else {
        put_result(job, set, res);
    }
    extract_result_free(res);
    free(data);
}

/* On the main thread, in the order of the files (its messages are out already): the data. */
static void emit_job(extract_job *job, int *rc)
{
    if (job->failed)
        *rc = EXIT_FAIL;
    if (job->out.len && fwrite(job->out.data, 1, job->out.len, stdout) != job->out.len)
        *rc = EXIT_FAIL; /* main() reports the failed write when it flushes */
    strbuf_free(&job->out);
    job->failed = 0;
}

/* --jobs N, --jobs=N, -j N, -jN: the value, or NULL when argv[*i] is not that option. */
static const char *jobs_value(int argc, char **argv, int *i, int *missing)
{
    const char *a = argv[*i];
    if (strcmp(a, "--jobs") == 0 || strcmp(a, "-j") == 0) {
        if (*i + 1 >= argc) {
            *missing = 1;
            return a;
        }
        return argv[++*i];
    }
    if (sd_starts_with(a, "--jobs="))
        return a + 7;
    if (a[0] == '-' && a[1] == 'j' && a[2] != '\0')
        return a + 2;
    return NULL;
}

static int parse_jobs(const cli_command *self, const char *v, int *jobs)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < 1 || n > EXTRACT_MAX_JOBS) {
        cli_usage_error(self, "--jobs needs a whole number from 1 to %d, not '%s'", EXTRACT_MAX_JOBS, v);
        return -1;
    }
    *jobs = (int)n;
    return 0;
}

/*
 * Every file, on `nthreads` threads.  At most the pool's window of jobs (four
 * per thread) is in flight at once, so the memory held is that of a few pages
 * whatever the number of files; jobs are reused slot by slot.
 */
static int run_files(const char **files, size_t nfiles, int nthreads, const extract_settings *set)
{
    if (nthreads > 1)
        extract_threads_init();
    workers *w = workers_create(nthreads, 0, run_job, (void *)set, "extract");
    size_t window = workers_window(w);
    extract_job *ring = xcalloc(window, sizeof *ring);
    int rc = EXIT_OK;
    size_t next = 0;
    for (size_t f = 0; f < nfiles; f++) {
        while (next < nfiles && !workers_full(w)) {
            extract_job *job = &ring[next % window];
            job->file = files[next];
            job->shown = strcmp(files[next], "-") == 0 ? "(stdin)" : files[next];
            workers_submit(w, job);
            next++;
        }
        emit_job(workers_take(w), &rc);
    }
    workers_free(w);
    free(ring);
    return rc;
}

static int run_stored(cli_ctx *ctx, int force, int jobs)
{
    store *st = cli_store(ctx);
    if (!st)
        return EXIT_FAIL;
    size_t done = 0, failed = 0;
    sd_err err = SD_ERR_INIT;
    if (extract_store_pending_jobs(st, force, jobs, &done, &failed, &err) != 0) {
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
    int json = 0, stored = 0, force = 0, only_files = 0, jobs = 0;
    const char *url = NULL, *charset = NULL;
    const char **files = xcalloc((size_t)argc + 1, sizeof *files);
    size_t nfiles = 0;
    int rc = EXIT_OK;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v;
        int missing = 0;
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
        } else if ((v = jobs_value(argc, argv, &i, &missing)) != NULL) {
            if (missing) {
                free(files);
                return cli_usage_error(self, "%s needs a value", a);
            }
            if (parse_jobs(self, v, &jobs) != 0) {
                free(files);
                return EXIT_USAGE;
            }
        } else {
            free(files);
            return cli_usage_error(self, "unknown option '%s'", a);
        }
    }
    if (stored) {
        free(files);
        if (nfiles || json || url || charset)
            return cli_usage_error(self, "--stored takes no files and no other options but --force and --jobs");
        return run_stored(ctx, force, jobs);
    }
    if (force) {
        free(files);
        return cli_usage_error(self, "--force goes with --stored");
    }
    if (nfiles == 0) {
        free(files);
        return cli_usage_error(self, "no page given (a file, or - for standard input)");
    }

    extract_settings set = {json, nfiles > 1, url, charset};
    int nthreads = jobs ? jobs : extract_jobs_default();
    for (size_t f = 0; f < nfiles; f++)
        if (strcmp(files[f], "-") == 0)
            nthreads = 1; /* standard input is read where it always was: on this thread, in turn */
    if ((size_t)nthreads > nfiles)
        nthreads = (int)nfiles;
    rc = run_files(files, nfiles, nthreads, &set);
    free(files);
    return rc;
}
