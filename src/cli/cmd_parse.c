/*
 * secdigest parse: feed documents from files (or stdin) to what the parser
 * understood, as a readable summary or as JSON Lines (cli.md).
 */
#include "cli/cli.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "core/workers.h"
#include "feed/feed.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char cmd_parse_usage[] =
    "usage: secdigest parse [--json] [--url URL] [--charset CS] [-j N] FILE...|-\n"
    "\n"
    "Parse feed documents (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.x) and\n"
    "print what was understood.  '-' reads standard input.\n"
    "\n"
    "options:\n"
    "  --json          one JSON object per file (JSON Lines):\n"
    "                  {\"feed\": {\"title\", \"link\", \"language\", \"updated\"},\n"
    "                   \"items\": [{\"id\", \"title\", \"link\", \"published\", \"updated\",\n"
    "                              \"author\", \"summary\", \"content\", \"categories\"}]}\n"
    "                  dates are RFC 3339 UTC, a missing value is null; a file that\n"
    "                  cannot be parsed gives {\"file\", \"error\"} on its line\n"
    "  --url URL       where the documents came from: the base for relative links\n"
    "  --charset CS    the charset the transport declared (as HTTP's charset=)\n"
    "  -j, --jobs N    parse up to N files at once (default: one per CPU, at most 8);\n"
    "                  the output keeps the order of the files\n"
    "\n"
    "Text is plain (markup removed, entities decoded), links are absolute, and a\n"
    "date without a time zone is taken as UTC.  Problems that did not stop the\n"
    "parse (a date not understood, a wrong charset declaration) are warnings on\n"
    "stderr.  Exit status: 0 when every file was parsed, 1 otherwise, 2 on a\n"
    "usage error.\n";

/* 1: a byte json_str must look at (controls, '"', '\\', the lead byte of U+2028/9). */
static const unsigned char json_special[256] = {
    [0] = 1,  [1] = 1,  [2] = 1,  [3] = 1,  [4] = 1,  [5] = 1,  [6] = 1,  [7] = 1,  [8] = 1,
    [9] = 1,  [10] = 1, [11] = 1, [12] = 1, [13] = 1, [14] = 1, [15] = 1, [16] = 1, [17] = 1,
    [18] = 1, [19] = 1, [20] = 1, [21] = 1, [22] = 1, [23] = 1, [24] = 1, [25] = 1, [26] = 1,
    [27] = 1, [28] = 1, [29] = 1, [30] = 1, [31] = 1, ['"'] = 1, ['\\'] = 1, [0xE2] = 1,
};

/* Whether any of the 8 bytes in w needs json_str's attention (see json_special). */
static inline int word_special(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t ctl = (w - ones * 0x20) & ~w & highs;
    uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\'), e = w ^ (ones * 0xE2);
    q = (q - ones) & ~q & highs;
    b = (b - ones) & ~b & highs;
    e = (e - ones) & ~e & highs;
    return (ctl | q | b | e) != 0;
}

static void json_str(strbuf *sb, const char *s)
{
    if (!s) {
        strbuf_append(sb, "null", 4);
        return;
    }
    size_t len = strlen(s);
    strbuf_grow(sb, len + 2);
    strbuf_putc(sb, '"');
    const unsigned char *p = (const unsigned char *)s, *end = p + len, *run = p;
    for (;;) {
        /* Eight bytes at a time while none needs escaping. */
        while (end - p >= 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            if (word_special(w))
                break;
            p += 8;
        }
        while (p < end && !json_special[*p])
            p++;
        if (p >= end)
            break;
        unsigned c = *p;
        if (c == 0xE2) {
            /* U+2028 and U+2029 are valid JSON but break JavaScript readers. */
            if (end - p >= 3 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
                strbuf_append(sb, run, (size_t)(p - run));
                strbuf_puts(sb, p[2] == 0xA8 ? "\\u2028" : "\\u2029");
                p += 3;
                run = p;
            } else {
                p++;
            }
            continue;
        }
        strbuf_append(sb, run, (size_t)(p - run));
        switch (c) {
        case '"': strbuf_append(sb, "\\\"", 2); break;
        case '\\': strbuf_append(sb, "\\\\", 2); break;
        case '\n': strbuf_append(sb, "\\n", 2); break;
        case '\r': strbuf_append(sb, "\\r", 2); break;
        case '\t': strbuf_append(sb, "\\t", 2); break;
        default: strbuf_printf(sb, "\\u%04x", c); break;
        }
        p++;
        run = p;
    }
    strbuf_append(sb, run, (size_t)(end - run));
    strbuf_putc(sb, '"');
}

/* Write out what has accumulated once it is large: documents can be big. */
static int flush_if_large(strbuf *sb, size_t threshold)
{
    if (sb->len < threshold)
        return 0;
    int rc = fwrite(sb->data, 1, sb->len, stdout) == sb->len ? 0 : -1;
    strbuf_reset(sb);
    return rc;
}

static void json_time(strbuf *sb, int64_t t)
{
    if (t == SD_TIME_NONE) {
        strbuf_append(sb, "null", 4);
        return;
    }
    char buf[32];
    time_format_rfc3339(t, buf);
    if (!buf[0]) {
        strbuf_append(sb, "null", 4);
        return;
    }
    strbuf_putc(sb, '"');
    strbuf_puts(sb, buf);
    strbuf_putc(sb, '"');
}

static int doc_json(strbuf *sb, const feed_doc *doc, int stream)
{
    int rc = 0;
    strbuf_puts(sb, "{\"feed\": {\"title\": ");
    json_str(sb, doc->title);
    strbuf_puts(sb, ", \"link\": ");
    json_str(sb, doc->link);
    strbuf_puts(sb, ", \"language\": ");
    json_str(sb, doc->language);
    strbuf_puts(sb, ", \"updated\": ");
    json_time(sb, doc->updated);
    strbuf_puts(sb, "}, \"items\": [");
    for (size_t i = 0; i < doc->nitems; i++) {
        const feed_item *it = &doc->items[i];
        strbuf_puts(sb, i ? ", {\"id\": " : "{\"id\": ");
        json_str(sb, it->id);
        strbuf_puts(sb, ", \"title\": ");
        json_str(sb, it->title);
        strbuf_puts(sb, ", \"link\": ");
        json_str(sb, it->link);
        strbuf_puts(sb, ", \"published\": ");
        json_time(sb, it->published);
        strbuf_puts(sb, ", \"updated\": ");
        json_time(sb, it->updated);
        strbuf_puts(sb, ", \"author\": ");
        json_str(sb, it->author);
        strbuf_puts(sb, ", \"summary\": ");
        json_str(sb, it->summary);
        strbuf_puts(sb, ", \"content\": ");
        json_str(sb, it->content);
        strbuf_puts(sb, ", \"categories\": [");
        for (size_t k = 0; k < it->ncategories; k++) {
            if (k)
                strbuf_append(sb, ", ", 2);
            json_str(sb, it->categories[k]);
        }
        strbuf_puts(sb, "]}");
        if (stream && flush_if_large(sb, 1 << 20) != 0)
            rc = -1;
    }
    strbuf_puts(sb, "]}\n");
    return rc;
}

static void doc_text(strbuf *sb, const char *name, const feed_doc *doc, int first)
{
    char buf[32];
    strbuf_printf(sb, "%s== %s\n", first ? "" : "\n", name);
    strbuf_printf(sb, "title:    %s\n", doc->title ? doc->title : "-");
    strbuf_printf(sb, "format:   %s\n", feed_format_name(doc->format));
    strbuf_printf(sb, "charset:  %s\n", doc->charset ? doc->charset : "-");
    if (doc->link)
        strbuf_printf(sb, "link:     %s\n", doc->link);
    if (doc->language)
        strbuf_printf(sb, "language: %s\n", doc->language);
    if (doc->updated != SD_TIME_NONE) {
        time_format_rfc3339(doc->updated, buf);
        strbuf_printf(sb, "updated:  %s\n", buf);
    }
    if (doc->ttl_minutes)
        strbuf_printf(sb, "ttl:      %d minutes\n", doc->ttl_minutes);
    strbuf_printf(sb, "items:    %zu\n", doc->nitems);
    for (size_t i = 0; i < doc->nitems; i++) {
        const feed_item *it = &doc->items[i];
        int64_t t = it->published != SD_TIME_NONE ? it->published : it->updated;
        if (t != SD_TIME_NONE)
            time_format_rfc3339(t, buf);
        else
            strcpy(buf, "-");
        strbuf_printf(sb, "%-20s  %s  %s\n", buf, it->title ? it->title : "(no title)",
                      it->link ? it->link : "(no link)");
    }
}

/*
 * A regular file is read with one allocation of its size (feeds can be large,
 * and growing a buffer costs copies); anything else goes through sd_read_file.
 */
static int read_input(const char *path, size_t max, char **data, size_t *len, sd_err *err)
{
    *data = NULL;
    *len = 0;
    if (strcmp(path, "-") == 0)
        return sd_read_file(path, max, data, len, err);
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return sd_err_set(err, "%s: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return sd_read_file(path, max, data, len, err);
    }
    if ((uintmax_t)st.st_size > max) {
        close(fd);
        return sd_err_set(err, "%s: refused: %jd bytes, more than the limit of %zu", path, (intmax_t)st.st_size,
                          max);
    }
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (n + 1 >= cap) {
            if (cap > max + 1) {
                free(buf);
                close(fd);
                return sd_err_set(err, "%s: refused: more than the limit of %zu bytes", path, max);
            }
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            free(buf);
            close(fd);
            return sd_err_set(err, "%s: %s", path, strerror(e));
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    if (n > max) {
        free(buf);
        return sd_err_set(err, "%s: refused: more than the limit of %zu bytes", path, max);
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return 0;
}

/* The reason without the file name sd_read_file put in front of it. */
static const char *reason(const char *msg, const char *path)
{
    size_t n = strlen(path);
    if (strncmp(msg, path, n) == 0 && msg[n] == ':' && msg[n + 1] == ' ')
        return msg + n + 2;
    return msg;
}

/* ---- one file ---- */

typedef struct parse_settings {
    int json;
    const char *url;
    const char *charset;
} parse_settings;

typedef struct parse_job {
    const char *path;
    strbuf out;    /* what goes to stdout */
    int first;     /* the first file (the text format heads the others apart) */
    int failed;
    int write_failed;
} parse_job;

/* A message about one file, on one line.  On a worker thread core/workers holds it back, so
 * that stderr too reads in the order of the files. */
static void file_log(enum log_level level, const char *name, const char *msg)
{
    char *line = xstrdup(msg);
    for (char *p = line; *p; p++)
        if (*p == '\n')
            *p = ' ';
    log_msg(level, "%s: %s", name, line);
    free(line);
}

/* Parse one file into job->out; with `stream`, large output is written as it grows. */
static void run_job(parse_job *job, const parse_settings *st, int first, int stream)
{
    const char *path = job->path;
    const char *name = strcmp(path, "-") == 0 ? "(stdin)" : path;
    char *data = NULL;
    size_t len = 0;
    sd_err err = SD_ERR_INIT;
    feed_doc *doc = NULL;
    int ok = read_input(path, FEED_DEFAULT_MAX_BYTES, &data, &len, &err) == 0;
    if (ok) {
        feed_parse_opts opts;
        memset(&opts, 0, sizeof opts);
        opts.url = st->url;
        opts.http_charset = st->charset;
        /* A file given on the command line is the user's own: keep every item
         * (the library's default bound is for what the network sends). */
        opts.max_items = 1000000;
        ok = feed_parse(data, len, &opts, &doc, &err) == 0;
    }
    free(data);
    if (!ok) {
        const char *why = reason(sd_err_msg(&err), path);
        file_log(LOG_ERROR, name, why);
        if (st->json) {
            strbuf_puts(&job->out, "{\"file\": ");
            json_str(&job->out, path);
            strbuf_puts(&job->out, ", \"error\": ");
            json_str(&job->out, why);
            strbuf_puts(&job->out, "}\n");
        }
        job->failed = 1;
    } else {
        for (size_t w = 0; w < doc->nwarnings; w++)
            file_log(LOG_WARN, name, doc->warnings[w]);
        if (st->json) {
            if (doc_json(&job->out, doc, stream) != 0)
                job->write_failed = 1;
        } else {
            doc_text(&job->out, name, doc, first);
        }
    }
    feed_doc_free(doc);
    sd_err_clear(&err);
}

/* Data to stdout, in the order of the files (its messages are out already). */
static void emit_job(parse_job *job, int *rc)
{
    if (flush_if_large(&job->out, 1) != 0)
        job->write_failed = 1;
    if (job->write_failed) {
        log_error("error writing output");
        *rc = EXIT_FAIL;
    }
    if (job->failed)
        *rc = EXIT_FAIL;
    strbuf_free(&job->out);
}

/* ---- several files at once: the shared ordered pool (core/workers.h) ---- */

static void parse_task(void *task, void *shared)
{
    parse_job *job = task;
    run_job(job, shared, job->first, 0);
}

static int run_parallel(parse_job *jobs, int n, int nthreads, const parse_settings *st)
{
    workers *w = workers_create(nthreads, 2 * (size_t)nthreads, parse_task, (void *)st, "parse");
    int rc = EXIT_OK;
    int next = 0;
    for (int i = 0; i < n; i++) {
        while (next < n && !workers_full(w))
            workers_submit(w, &jobs[next++]);
        emit_job(workers_take(w), &rc);
    }
    workers_free(w);
    return rc;
}

int cmd_parse(cli_ctx *ctx, int argc, char **argv)
{
    (void)ctx;
    const cli_command *self = cli_find_command("parse");
    parse_settings st = {0, NULL, NULL};
    long jobs_opt = 0;
    char **files = xcalloc((size_t)argc + 1, sizeof(char *));
    int nfiles = 0, no_more_opts = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        if (no_more_opts || a[0] != '-' || strcmp(a, "-") == 0) {
            files[nfiles++] = argv[i];
            continue;
        }
        if (strcmp(a, "--") == 0) {
            no_more_opts = 1;
            continue;
        }
        if (cli_is_help(a)) {
            free(files);
            return cli_help(self);
        }
        if (strcmp(a, "--json") == 0) {
            st.json = 1;
            continue;
        }
        if (strcmp(a, "--url") == 0 || strcmp(a, "--charset") == 0 || strcmp(a, "--jobs") == 0 ||
            strcmp(a, "-j") == 0) {
            if (i + 1 >= argc) {
                free(files);
                return cli_usage_error(self, "%s needs a value", a);
            }
            val = argv[++i];
        } else if (sd_starts_with(a, "--url=") || sd_starts_with(a, "--charset=") || sd_starts_with(a, "--jobs=")) {
            val = strchr(a, '=') + 1;
        } else if (a[1] == 'j' && a[2] >= '0' && a[2] <= '9') {
            val = a + 2; /* -j4 */
        } else {
            free(files);
            return cli_usage_error(self, "unknown option '%s'", a);
        }
        if (sd_starts_with(a, "--url"))
            st.url = val;
        else if (sd_starts_with(a, "--charset"))
            st.charset = val;
        else {
            char *end;
            jobs_opt = strtol(val, &end, 10);
            if (*end || jobs_opt < 1 || jobs_opt > 64) {
                free(files);
                return cli_usage_error(self, "--jobs needs a number from 1 to 64, not '%s'", val);
            }
        }
    }
    if (nfiles == 0) {
        free(files);
        return cli_usage_error(self, "no file given (use '-' for standard input)");
    }

    parse_job *jobs = xcalloc((size_t)nfiles, sizeof(parse_job));
    for (int i = 0; i < nfiles; i++)
        jobs[i].path = files[i];
    jobs[0].first = 1;
    int nthreads = jobs_opt ? (int)jobs_opt : workers_cpu_count(8);
    if (nthreads > nfiles)
        nthreads = nfiles;
    int rc = EXIT_OK;
    if (nthreads <= 1) {
        for (int i = 0; i < nfiles; i++) {
            run_job(&jobs[i], &st, jobs[i].first, 1);
            emit_job(&jobs[i], &rc);
        }
    } else {
        rc = run_parallel(jobs, nfiles, nthreads, &st);
    }
    free(jobs);
    free(files);
    return rc;
}
