#include "cli/pipeline.h"
#include "compose/compose.h"
#include "compose/llm.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "extract/extract.h"
#include "extract/extract_jobs.h"
#include "render/render.h"
#include "version.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

unsigned pipeline_format_from_name(const char *name)
{
    if (!name)
        return 0;
    if (strcmp(name, "md") == 0 || strcmp(name, "markdown") == 0)
        return FORMAT_MD;
    if (strcmp(name, "html") == 0)
        return FORMAT_HTML;
    if (strcmp(name, "json") == 0)
        return FORMAT_JSON;
    if (strcmp(name, "atom") == 0)
        return FORMAT_ATOM;
    if (strcmp(name, "all") == 0)
        return FORMAT_ALL;
    return 0;
}

/* Write `data` to path, or to stdout when path is NULL. */
static int emit(const pipeline_opts *o, const char *path, const strbuf *data)
{
    sd_err err = SD_ERR_INIT;
    if (!path) {
        if (fwrite(strbuf_cstr(data), 1, data->len, stdout) != data->len) {
            log_error("cannot write to standard output");
            return -1;
        }
        return 0;
    }
    if (sd_write_file(path, strbuf_cstr(data), data->len, &err) != 0) {
        log_error("%s", sd_err_msg(&err));
        sd_err_clear(&err);
        return -1;
    }
    if (o->print_paths)
        printf("%s\n", path);
    return 0;
}

static char *out_path(const pipeline_opts *o, const char *leaf)
{
    if (!o->output)
        return NULL;
    if (!o->output_is_dir)
        return xstrdup(o->output);
    size_t n = strlen(o->output);
    while (n > 1 && o->output[n - 1] == '/')
        n--;
    return xasprintf("%.*s/%s", (int)n, o->output, leaf);
}

/* One line per key point: the summary of a day in the index page and the Atom feed. */
static char *key_point_summary(const digest *d)
{
    strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < d->nkey_points; i++) {
        if (i)
            strbuf_putc(&sb, '\n');
        strbuf_puts(&sb, d->key_points[i].headline);
    }
    if (d->nkey_points == 0 && d->empty_reason)
        strbuf_puts(&sb, d->empty_reason);
    return strbuf_detach(&sb);
}

static char *empty_day_reason(store *st, int64_t start, int64_t end)
{
    int64_t total = store_item_count(st);
    store_feed *feeds = NULL;
    size_t nfeeds = 0;
    sd_err err = SD_ERR_INIT;
    if (store_feed_list(st, &feeds, &nfeeds, &err) != 0) {
        sd_err_clear(&err);
        nfeeds = 0;
    }
    size_t failing = 0;
    int64_t last_fetch = SD_TIME_NONE;
    for (size_t i = 0; i < nfeeds; i++) {
        if (feeds[i].error_count > 0)
            failing++;
        if (feeds[i].last_fetch != SD_TIME_NONE && (last_fetch == SD_TIME_NONE || feeds[i].last_fetch > last_fetch))
            last_fetch = feeds[i].last_fetch;
    }
    store_feeds_free(feeds, nfeeds);
    char *why;
    if (nfeeds == 0)
        why = xstrdup("この日の記事は収集されていません。購読するフィードが登録されていないためです（secdigest feeds import で登録できます）。");
    else if (last_fetch == SD_TIME_NONE)
        why = xasprintf("この日の記事は収集されていません。%zu件のフィードが登録されていますが、まだ一度も収集が行われていません（secdigest fetch）。", nfeeds);
    else if (last_fetch < start)
        why = xasprintf("この日の記事は収集されていません。最後の収集はこの日より前に行われ、その後の収集がありません。");
    else if (failing == nfeeds)
        why = xasprintf("この日の記事は収集されていません。登録された%zu件のフィードすべてで収集に失敗しました（secdigest feeds list で理由を確認できます）。", nfeeds);
    else
        why = xasprintf("この日に公開された記事は収集した記事の中にありませんでした（登録フィード%zu件、保存済み記事%lld件）。", nfeeds, (long long)total);
    (void)end;
    return why;
}

/* How many days the Atom feed carries (the index page lists them all). */
#define ATOM_DAYS 30

/* index.html and digest.atom from every day in the archive, newest first. */
static int write_archive_views(store *st, const pipeline_opts *o, const char *base, int index, int atom)
{
    store_digest *days = NULL;
    size_t n = 0;
    sd_err err = SD_ERR_INIT;
    if (store_digest_list(st, &days, &n, &err) != 0) {
        log_error("archive: %s", sd_err_msg(&err));
        sd_err_clear(&err);
        return -1;
    }
    render_day *rd = xcalloc(n ? n : 1, sizeof *rd);
    char **hrefs = xcalloc(n ? n : 1, sizeof *hrefs);
    store_digest *full = xcalloc(n ? n : 1, sizeof *full);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        hrefs[i] = xasprintf("%s.html", days[i].date);
        rd[i].date = days[i].date;
        rd[i].title = days[i].title;
        rd[i].href = hrefs[i];
        rd[i].summary = days[i].summary;
        /* generated_at is kept as the start of the day covered (not the wall
         * clock), so that the same input gives a byte-identical feed. */
        rd[i].updated = days[i].generated_at;
        if (atom && i < ATOM_DAYS) {
            int found = 0;
            if (store_digest_get(st, days[i].date, &full[i], &found, &err) != 0) {
                log_error("archive: %s", sd_err_msg(&err));
                sd_err_clear(&err);
                rc = -1;
                break;
            }
            rd[i].content_html = found ? full[i].html : NULL;
        }
    }
    if (rc == 0 && index) {
        strbuf idx = STRBUF_INIT;
        render_html_index(rd, n, &idx);
        char *p = out_path(o, "index.html");
        if (emit(o, p, &idx) != 0)
            rc = -1;
        free(p);
        strbuf_free(&idx);
    }
    if (rc == 0 && atom) {
        strbuf feed = STRBUF_INIT;
        size_t na = n < ATOM_DAYS ? n : ATOM_DAYS;
        render_atom(rd, na, base, na ? rd[0].updated : 0, &feed);
        char *p = out_path(o, "digest.atom");
        if (emit(o, p, &feed) != 0)
            rc = -1;
        free(p);
        strbuf_free(&feed);
    }
    for (size_t i = 0; i < n; i++) {
        free(hrefs[i]);
        store_digest_clear(&full[i]);
    }
    free(full);
    free(hrefs);
    free(rd);
    store_digests_free(days, n);
    return rc;
}

int pipeline_write_digest(cli_ctx *ctx, store *st, const pipeline_opts *o)
{
    int64_t start, end;
    char day[16];
    int rc = cli_day_range(ctx, o->date, &start, &end, day);
    if (rc != EXIT_OK)
        return rc;
    sd_err err = SD_ERR_INIT;
    if (o->output && o->output_is_dir && sd_mkdirs(o->output, &err) != 0) {
        log_error("%s", sd_err_msg(&err));
        sd_err_clear(&err);
        return EXIT_FAIL;
    }

    /* Pages fetched since the last run become text first. */
    size_t done = 0, failed = 0;
    if (extract_store_pending_jobs(st, 0, o->extract_jobs, &done, &failed, &err) != 0) {
        log_error("extraction: %s", sd_err_msg(&err));
        sd_err_clear(&err);
        return EXIT_FAIL;
    }
    if (done || failed)
        log_info("extracted %zu page(s); %zu kept their feed summary", done, failed);

    char *data_dir = cli_data_dir(ctx, "");
    const char *user_dir = config_get(ctx->cfg, "data", "dir");
    analyze_opts aopts;
    memset(&aopts, 0, sizeof aopts);
    aopts.data_dir = data_dir;
    aopts.user_data_dir = user_dir;
    aopts.day_start = start;
    aopts.day_end = end;
    aopts.timezone = cli_timezone(ctx);
    long kp = 3;
    if (config_get_long(ctx->cfg, "digest", "key_points", 3, 1, 10, &kp, &err) != 0) {
        log_error("%s", sd_err_msg(&err));
        sd_err_clear(&err);
        free(data_dir);
        return EXIT_FAIL;
    }
    aopts.key_points = (int)kp;
    day_analysis *a = NULL;
    if (analyze_day(st, &aopts, &a, &err) != 0) {
        log_error("analysis of %s: %s", day, sd_err_msg(&err));
        sd_err_clear(&err);
        free(data_dir);
        return EXIT_FAIL;
    }

    compose_opts copts;
    memset(&copts, 0, sizeof copts);
    copts.date = day;
    int style_ja = o->date_style_ja;
    if (style_ja < 0) {
        const char *ds = config_get(ctx->cfg, "digest", "date_style");
        style_ja = ds && strcmp(ds, "ja") == 0;
    }
    copts.date_style_ja = style_ja;
    copts.data_dir = data_dir;
    copts.user_data_dir = user_dir;
    copts.timezone = cli_timezone(ctx);
    copts.day_start = start;
    copts.day_end = end;
    copts.key_points = (int)kp;
    copts.version = SECDIGEST_VERSION;
    char *why = a->nitems == 0 ? empty_day_reason(st, start, end) : NULL;
    copts.empty_reason = why;
    digest *d = NULL;
    if (compose_digest(st, a, &copts, &d, &err) != 0) {
        log_error("composing %s: %s", day, sd_err_msg(&err));
        sd_err_clear(&err);
        day_analysis_free(a);
        free(why);
        free(data_dir);
        return EXIT_FAIL;
    }
    /* The LLM writer rewrites prose parts in place; any part it cannot verify stays extractive. */
    llm_stats lstats;
    memset(&lstats, 0, sizeof lstats);
    int llm_used = 0;
    if (o->use_llm != 0) {
        llm_writer *lw = NULL;
        if (llm_writer_from_env(ctx->cfg, o->use_llm == 1, &lw, &err) != 0) {
            log_error("llm: %s; writing the extractive digest", sd_err_msg(&err));
            sd_err_clear(&err);
        } else if (lw) {
            if (llm_rewrite_digest(lw, st, a, d, &lstats, &err) != 0) {
                log_error("llm: %s", sd_err_msg(&err));
                sd_err_clear(&err);
            }
            llm_writer_free(lw);
            llm_used = 1;
        }
    }
    day_analysis_free(a);
    free(why);
    free(data_dir);

    rc = EXIT_OK;
    strbuf md = STRBUF_INIT, html = STRBUF_INIT, js = STRBUF_INIT;
    render_markdown(d, &md);
    render_json(d, &js);
    if (render_html(d, strbuf_cstr(&md), &html, &err) != 0) {
        log_error("HTML: %s", sd_err_msg(&err));
        sd_err_clear(&err);
        rc = EXIT_FAIL;
    }
    /* Keep the day in the archive: the index page and the feed list every day kept. */
    char *title = xasprintf("%s サイバーセキュリティニュースまとめ", d->date_heading);
    char *summary = key_point_summary(d);
    if (rc == EXIT_OK) {
        store_digest sd = {day, start, (char *)d->writer, title, summary, md.data, html.data, js.data};
        /* Items are indexed for search on the first search, not here: indexing
         * a day's article texts costs more than writing its digest. */
        if (store_digest_put(st, &sd, &err) != 0) {
            log_error("archive: %s", sd_err_msg(&err));
            sd_err_clear(&err);
            rc = EXIT_FAIL;
        }
    }
    if (rc == EXIT_OK && (o->formats & FORMAT_MD)) {
        char *leaf = xasprintf("%s.md", day);
        char *p = out_path(o, leaf);
        if (emit(o, p, &md) != 0)
            rc = EXIT_FAIL;
        free(p);
        free(leaf);
    }
    if (rc == EXIT_OK && (o->formats & FORMAT_HTML)) {
        char *leaf = xasprintf("%s.html", day);
        char *p = out_path(o, leaf);
        if (emit(o, p, &html) != 0)
            rc = EXIT_FAIL;
        free(p);
        free(leaf);
    }
    if (rc == EXIT_OK && (o->formats & FORMAT_JSON)) {
        char *leaf = xasprintf("%s.json", day);
        char *p = out_path(o, leaf);
        if (emit(o, p, &js) != 0)
            rc = EXIT_FAIL;
        free(p);
        free(leaf);
    }
    int want_index = o->output_is_dir && (o->formats & FORMAT_HTML);
    if (rc == EXIT_OK && (want_index || (o->formats & FORMAT_ATOM))) {
        if (write_archive_views(st, o, config_get(ctx->cfg, "digest", "base_url"), want_index,
                                (o->formats & FORMAT_ATOM) != 0) != 0)
            rc = EXIT_FAIL;
    }
    free(title);
    free(summary);
    strbuf_free(&js);
    strbuf_free(&html);
    strbuf_free(&md);
    digest_free(d);
    if (llm_used)
        llm_stats_log(&lstats);
    return rc;
}
