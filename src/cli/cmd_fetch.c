/*
 * secdigest fetch: collect every feed that is due, store new items, fetch
 * their article pages.  Options override the [fetch] section of the config.
 */
#include "cli/cli.h"
#include "core/log.h"
#include "feed/feed.h"
#include "fetch/fetch.h"

#include <curl/curl.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

const char cmd_fetch_usage[] =
    "usage: secdigest fetch [--feeds FILE.opml] [--jobs N] [--allow-private-networks] [options] [URL|FILE...]\n"
    "\n"
    "Poll every feed that is due, store its new items, then fetch the article\n"
    "pages of items that have none yet.  Unchanged feeds cost one conditional\n"
    "request (ETag / Last-Modified); a feed is polled at most once per\n"
    "min_interval minutes (or its own TTL, or what the server asks) unless\n"
    "--force is given.  A feed that fails is reported on stderr and keeps its\n"
    "error in 'secdigest feeds list'; the others are stored all the same.\n"
    "\n"
    "With URLs or files, only those feeds are polled (added to the database\n"
    "first when new).  A FILE is a feed document on this machine, read from\n"
    "disk; feeds never make secdigest read files.\n"
    "\n"
    "options:\n"
    "  --feeds FILE.opml         poll the feeds listed in this OPML file (they are\n"
    "                            added to the database when new)\n"
    "  --jobs N                  transfers at once (config [fetch] jobs, default 16)\n"
    "  --per-host N              transfers at once to one host (per_host, default 2)\n"
    "  --timeout S               seconds for one whole transfer (timeout, default 30)\n"
    "  --force                   poll every feed now, even those not due yet\n"
    "  --no-pages                do not fetch article pages\n"
    "  --allow-private-networks  allow loopback, private and link-local addresses\n"
    "                            (refused by default, also after redirects)\n"
    "  --allow-network CIDR      allow one such range only (repeatable; config\n"
    "                            [fetch] allow_networks)\n"
    "\n"
    "Exit status: 0 when the run completed, even if some feeds failed; 1 when\n"
    "nothing could be collected; 2 on a usage error.\n";

static const cli_command *self(void)
{
    static const cli_command fallback = {"fetch", cmd_fetch, "collect feeds and article pages", cmd_fetch_usage};
    const cli_command *c = cli_find_command("fetch");
    return c ? c : &fallback;
}

static int parse_count(const char *opt, const char *v, long min, long max, long *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < min || n > max) {
        cli_usage_error(self(), "%s needs a whole number from %ld to %ld, not '%s'", opt, min, max, v);
        return -1;
    }
    *out = n;
    return 0;
}

/* --name VALUE or --name=VALUE. */
static const char *opt_value(const char *name, int argc, char **argv, int *i, int *bad)
{
    size_t n = strlen(name);
    const char *a = argv[*i];
    if (strncmp(a, name, n) != 0)
        return NULL;
    if (a[n] == '=')
        return a + n + 1;
    if (a[n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        cli_usage_error(self(), "%s needs a value", name);
        *bad = 1;
        return NULL;
    }
    return argv[++*i];
}

typedef struct id_list {
    int64_t *ids;
    size_t n, cap;
} id_list;

static void ids_push(id_list *l, int64_t id)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->ids[i] == id)
            return;
    l->ids = xgrow(l->ids, &l->cap, l->n + 1, sizeof *l->ids);
    l->ids[l->n++] = id;
}

static int feed_id_for(store *st, const char *url, const char *title, const char *lang, const char *category,
                       int64_t *id)
{
    sd_err err = SD_ERR_INIT;
    store_feed f;
    int found = 0;
    memset(&f, 0, sizeof f);
    if (store_feed_find_url(st, url, &f, &found, &err) != 0) {
        log_error("%s: %s", url, sd_err_msg(&err));
        sd_err_clear(&err);
        return -1;
    }
    if (found) {
        *id = f.id;
        store_feed_clear(&f);
        return 0;
    }
    int created = 0;
    if (store_feed_add(st, url, title, lang, category, id, &created, &err) != 0) {
        log_error("cannot add feed %s: %s", url, sd_err_msg(&err));
        sd_err_clear(&err);
        return -1;
    }
    log_info("added feed %s", url);
    return 0;
}

static int add_opml(store *st, const char *path, size_t max_bytes, id_list *ids)
{
    char *data = NULL;
    size_t len = 0;
    sd_err err = SD_ERR_INIT;
    opml_doc *doc = NULL;
    if (sd_read_file(path, max_bytes, &data, &len, &err) != 0 || opml_parse(data, len, path, &doc, &err) != 0) {
        log_error("%s: %s", path, sd_err_msg(&err));
        sd_err_clear(&err);
        free(data);
        return -1;
    }
    free(data);
    int rc = 0;
    for (size_t i = 0; i < doc->count && rc == 0; i++) {
        const opml_outline *ol = &doc->outlines[i];
        int64_t id;
        if (!ol->xml_url)
            continue;
        rc = feed_id_for(st, ol->xml_url, ol->title, ol->language, ol->category, &id);
        if (rc == 0)
            ids_push(ids, id);
    }
    if (rc == 0 && doc->count == 0)
        log_warn("%s lists no feeds", path);
    opml_doc_free(doc);
    return rc;
}

/* file:// URL of an existing regular file, or NULL. */
static char *file_url(const char *path)
{
    struct stat sb;
    if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
        return NULL;
    char *abs = realpath(path, NULL);
    if (!abs)
        return NULL;
    CURLU *u = curl_url();
    char *url = NULL, *out = NULL;
    if (curl_url_set(u, CURLUPART_SCHEME, "file", 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_PATH, abs, CURLU_URLENCODE) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_URL, &url, 0) == CURLUE_OK)
        out = xstrdup(url);
    curl_free(url);
    curl_url_cleanup(u);
    free(abs);
    return out;
}

/* A file:// URL the user typed: the same canonical form as file_url() gives. */
static char *file_url_from_url(const char *url)
{
    CURLU *u = curl_url();
    char *path = NULL, *out = NULL;
    if (curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_PATH, &path, CURLU_URLDECODE) == CURLUE_OK)
        out = file_url(path);
    curl_free(path);
    curl_url_cleanup(u);
    return out;
}

int cmd_fetch(cli_ctx *ctx, int argc, char **argv)
{
    fetch_opts o;
    fetch_opts_init(&o);
    sd_err err = SD_ERR_INIT;
    if (fetch_opts_from_config(&o, ctx->cfg, &err) != 0) {
        log_error("%s", sd_err_msg(&err));
        sd_err_clear(&err);
        return EXIT_FAIL;
    }
    const char *opml_path = NULL;
    strbuf nets = STRBUF_INIT;
    if (o.allow_networks)
        strbuf_puts(&nets, o.allow_networks);
    char **targets = xcalloc((size_t)argc + 1, sizeof *targets);
    size_t ntargets = 0;
    int rc = EXIT_OK, bad = 0, only_positional = 0;

    for (int i = 1; i < argc && !bad; i++) {
        const char *a = argv[i];
        const char *v;
        long n;
        if (only_positional || a[0] != '-' || strcmp(a, "-") == 0) {
            targets[ntargets++] = argv[i];
        } else if (strcmp(a, "--") == 0) {
            only_positional = 1;
        } else if (cli_is_help(a)) {
            free(targets);
            strbuf_free(&nets);
            return cli_help(self());
        } else if (strcmp(a, "--force") == 0) {
            o.force = 1;
        } else if (strcmp(a, "--no-pages") == 0) {
            o.pages = 0;
        } else if (strcmp(a, "--allow-private-networks") == 0) {
            o.allow_private = 1;
        } else if ((v = opt_value("--feeds", argc, argv, &i, &bad)) != NULL) {
            opml_path = v;
        } else if ((v = opt_value("--jobs", argc, argv, &i, &bad)) != NULL) {
            if (parse_count("--jobs", v, 1, 256, &n) != 0) {
                bad = 2;
            } else {
                o.jobs = (int)n;
                ctx->fetch_jobs = (int)n;
            }
        } else if ((v = opt_value("--per-host", argc, argv, &i, &bad)) != NULL) {
            if (parse_count("--per-host", v, 1, 16, &n) != 0)
                bad = 2;
            else
                o.per_host = (int)n;
        } else if ((v = opt_value("--timeout", argc, argv, &i, &bad)) != NULL) {
            if (parse_count("--timeout", v, 1, 3600, &n) != 0)
                bad = 2;
            else
                o.timeout_s = n;
        } else if ((v = opt_value("--allow-network", argc, argv, &i, &bad)) != NULL) {
            if (nets.len)
                strbuf_putc(&nets, ',');
            strbuf_puts(&nets, v);
        } else if (!bad) {
            cli_usage_error(self(), "unknown option '%s'", a);
            bad = 2;
        }
    }
    if (bad) {
        free(targets);
        strbuf_free(&nets);
        return EXIT_USAGE;
    }
    o.allow_networks = nets.len ? strbuf_cstr(&nets) : NULL;
    if (o.connect_timeout_s > o.timeout_s)
        o.connect_timeout_s = o.timeout_s;
    /* Check the networks now: a typo is a usage error, not a failure of every feed. */
    netguard *g = netguard_create(0, o.allow_networks, &err);
    if (!g) {
        cli_usage_error(self(), "--allow-network: %s", sd_err_msg(&err));
        sd_err_clear(&err);
        free(targets);
        strbuf_free(&nets);
        return EXIT_USAGE;
    }
    netguard_free(g);

    /* Classify the targets before touching the database, so usage errors cost nothing. */
    char **urls = xcalloc(ntargets + 1, sizeof *urls);
    int *is_file = xcalloc(ntargets + 1, sizeof *is_file);
    for (size_t i = 0; i < ntargets && !bad; i++) {
        const char *t = targets[i];
        if (strncasecmp(t, "http://", 7) == 0 || strncasecmp(t, "https://", 8) == 0) {
            urls[i] = xstrdup(t);
        } else if (strncasecmp(t, "file://", 7) == 0) {
            urls[i] = file_url_from_url(t);
            is_file[i] = 1;
            if (!urls[i]) {
                log_error("%s: no such file", t);
                bad = 1;
            }
        } else if (strstr(t, "://")) {
            cli_usage_error(self(), "'%s': only http, https and local files can be fetched", t);
            bad = 2;
        } else {
            urls[i] = file_url(t);
            is_file[i] = 1;
            if (!urls[i]) {
                cli_usage_error(self(), "'%s' is neither an http(s) URL nor a readable file", t);
                bad = 2;
            }
        }
    }

    store *st = NULL;
    id_list ids = {NULL, 0, 0}, file_ids = {NULL, 0, 0};
    if (!bad && !(st = cli_store(ctx)))
        bad = 1;
    if (!bad && opml_path && add_opml(st, opml_path, o.max_bytes, &ids) != 0)
        bad = 1;
    for (size_t i = 0; i < ntargets && !bad; i++) {
        int64_t id;
        if (feed_id_for(st, urls[i], NULL, NULL, NULL, &id) != 0) {
            bad = 1;
            break;
        }
        ids_push(&ids, id);
        if (is_file[i])
            ids_push(&file_ids, id);
    }
    if (bad) {
        rc = bad == 2 ? EXIT_USAGE : EXIT_FAIL;
        goto out;
    }
    if (opml_path || ntargets) {
        static const int64_t none[1] = {0};
        o.feed_ids = ids.ids ? ids.ids : none; /* an OPML that lists nothing selects nothing */
        o.nfeed_ids = ids.n;
    }
    o.file_feed_ids = file_ids.ids;
    o.nfile_feed_ids = file_ids.n;
    o.progress = isatty(STDERR_FILENO) && log_get_level() == LOG_INFO;

    fetch_summary sum;
    if (fetch_feeds(st, &o, &sum, &err) != 0) {
        log_error("fetch: %s", sd_err_msg(&err));
        sd_err_clear(&err);
        rc = EXIT_FAIL;
        goto out;
    }
    if (sum.feeds_total == 0) {
        log_error("no feeds to fetch: add some with 'secdigest feeds add URL' or 'secdigest feeds import FILE.opml'");
        rc = EXIT_FAIL;
    } else if (sum.feeds_total > sum.feeds_skipped && sum.feeds_ok + sum.feeds_not_modified == 0) {
        size_t polled = sum.feeds_total - sum.feeds_skipped;
        if (polled == 1)
            log_error("nothing could be collected: the one feed polled failed");
        else
            log_error("nothing could be collected: all %zu feeds polled failed", polled);
        rc = EXIT_FAIL;
    } else if (sum.feeds_skipped == sum.feeds_total) {
        log_info("every feed was polled recently; 'secdigest fetch --force' polls them now");
    }

out:
    for (size_t i = 0; i < ntargets; i++)
        free(urls[i]);
    free(urls);
    free(is_file);
    free(ids.ids);
    free(file_ids.ids);
    free(targets);
    strbuf_free(&nets);
    return rc;
}
