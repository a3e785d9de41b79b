/*
 * bench_analyze: time the whole analysis (analyze_items) of one generated day.
 *
 *   bench_analyze DAY.jsonl DATA_DIR [RUNS]
 *
 * Reads the articles written by gen_day.py into store items (as the store
 * would hand them over: title, link, date, feed, extracted text and
 * language), then runs analyze_items RUNS times, each on a fresh load (the
 * loading is not timed), and prints one line of key=value figures: articles,
 * stories, the best wall and CPU time of a run, the resident memory at the
 * start, once the articles are loaded, and at the peak, and the pairwise
 * precision and recall of "same story" against the generator's truth
 * (counted from the contingency table, so it is linear too).
 * No earlier days are looked at (no store): this measures one day.
 */
#include "analyze/analyze.h"
#include "core/core.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

typedef struct corpus {
    store_item *items;
    char **truth;
    size_t n, cap;
} corpus;

static char *jstr(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? xstrdup(v->valuestring) : NULL;
}

static int load(const char *path, corpus *c)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return -1;
    }
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    while ((len = getline(&line, &lcap, f)) > 0) {
        cJSON *o = cJSON_ParseWithLength(line, (size_t)len);
        if (!o)
            continue;
        c->items = xgrow(c->items, &c->cap, c->n + 1, sizeof *c->items);
        c->truth = xrealloc(c->truth, c->cap * sizeof *c->truth);
        store_item *it = &c->items[c->n];
        memset(it, 0, sizeof *it);
        it->id = (int64_t)c->n + 1;
        it->feed_id = (int64_t)cJSON_GetObjectItemCaseSensitive(o, "feed")->valuedouble;
        it->feed_title = jstr(o, "feed_title");
        it->title = jstr(o, "title");
        it->link = jstr(o, "link");
        it->canonical_link = jstr(o, "link");
        it->published = (int64_t)cJSON_GetObjectItemCaseSensitive(o, "published")->valuedouble;
        it->updated = SD_TIME_NONE;
        it->first_seen = it->published;
        char *text = jstr(o, "text");
        if (text && *text) {
            it->text = text;
            it->extracted = 1;
            it->language = jstr(o, "lang");
        } else {
            free(text);
        }
        it->feed_language = jstr(o, "lang");
        c->truth[c->n] = jstr(o, "story");
        c->n++;
        cJSON_Delete(o);
    }
    free(line);
    fclose(f);
    return 0;
}

static double now(clockid_t clk)
{
    struct timespec ts;
    clock_gettime(clk, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char buf[256];
    long kb = 0;
    while (f && fgets(buf, sizeof buf, f))
        if (strncmp(buf, "VmRSS:", 6) == 0)
            kb = strtol(buf + 6, NULL, 10);
    if (f)
        fclose(f);
    return kb;
}

/* "same story" pairs from a contingency table: sort (pred, truth) pairs. */
typedef struct pt {
    size_t pred;
    const char *truth;
} pt;

static int pt_cmp(const void *x, const void *y)
{
    const pt *a = x, *b = y;
    if (a->pred != b->pred)
        return a->pred < b->pred ? -1 : 1;
    return strcmp(a->truth, b->truth);
}

static int str_cmp(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

static double pairs(size_t k) { return (double)k * (double)(k - 1) / 2.0; }

/* BENCH_VERBOSE: the largest stories, to see what was merged. */
static void show_largest(day_analysis *a, const corpus *c)
{
    size_t *shown = xcalloc(a->nstories + 1, sizeof *shown);
    for (int k = 0; k < 5; k++) {
        size_t best = SIZE_MAX;
        for (size_t s = 0; s < a->nstories; s++)
            if (!shown[s] && (best == SIZE_MAX || a->stories[s].narticles > a->stories[best].narticles))
                best = s;
        if (best == SIZE_MAX)
            break;
        shown[best] = 1;
        const story *st = &a->stories[best];
        fprintf(stderr, "story %s: %zu articles\n", st->id, st->narticles);
        for (size_t m = 0; m < st->narticles && m < 12; m++) {
            const store_item *it = a->articles[st->articles[m]].item;
            fprintf(stderr, "   %s  %s\n", c->truth[it->id - 1], it->title);
        }
    }
    free(shown);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_analyze DAY.jsonl DATA_DIR [RUNS]\n");
        return 2;
    }
    int runs = argc > 3 ? atoi(argv[3]) : 1;
    if (runs < 1)
        runs = 1;
    analyze_opts o;
    memset(&o, 0, sizeof o);
    o.data_dir = argv[2];
    o.day_start = 1773241200; /* 2026-03-12 JST */
    o.day_end = o.day_start + 86400;
    o.timezone = "Asia/Tokyo";

    long rss_start = rss_kb(), rss_loaded = 0;
    double best_wall = 1e30, best_cpu = 1e30;
    size_t nstories = 0, narticles = 0;
    double tp = 0, pred_pairs = 0, true_pairs = 0;
    for (int r = 0; r < runs; r++) {
        /* a fresh load for every run (not timed): the analysis owns its items */
        corpus c = {0};
        if (load(argv[1], &c) != 0 || c.n == 0)
            return 1;
        narticles = c.n;
        if (r == 0)
            rss_loaded = rss_kb();
        double w0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
        day_analysis *a = NULL;
        sd_err err = SD_ERR_INIT;
        if (analyze_items(NULL, &o, c.items, c.n, &a, &err) != 0) {
            fprintf(stderr, "analysis failed: %s\n", sd_err_msg(&err));
            return 1;
        }
        double w1 = now(CLOCK_MONOTONIC), c1 = now(CLOCK_PROCESS_CPUTIME_ID);
        if (w1 - w0 < best_wall)
            best_wall = w1 - w0;
        if (c1 - c0 < best_cpu)
            best_cpu = c1 - c0;
        nstories = a->nstories;
        if (r == 0) {
            /* analyze_items sorted the items: each keeps its id, the truth is by id */
            pt *v = xmalloc(a->narticles * sizeof *v);
            size_t *per_story = xcalloc(a->nstories + 1, sizeof *per_story);
            for (size_t i = 0; i < a->narticles; i++) {
                v[i].pred = a->articles[i].story;
                v[i].truth = c.truth[a->articles[i].item->id - 1];
                per_story[v[i].pred]++;
            }
            for (size_t s2 = 0; s2 < a->nstories; s2++)
                pred_pairs += pairs(per_story[s2]);
            qsort(v, a->narticles, sizeof *v, pt_cmp);
            for (size_t i = 0; i < a->narticles;) {
                size_t j = i;
                while (j < a->narticles && pt_cmp(&v[i], &v[j]) == 0)
                    j++;
                tp += pairs(j - i);
                i = j;
            }
            char **t = xmalloc(c.n * sizeof *t);
            memcpy(t, c.truth, c.n * sizeof *t);
            qsort(t, c.n, sizeof *t, str_cmp);
            for (size_t i = 0; i < c.n;) {
                size_t j = i;
                while (j < c.n && strcmp(t[i], t[j]) == 0)
                    j++;
                true_pairs += pairs(j - i);
                i = j;
            }
            free(t);
            free(v);
            free(per_story);
            if (getenv("BENCH_VERBOSE"))
                show_largest(a, &c);
        }
        day_analysis_free(a);
        for (size_t i = 0; i < c.n; i++)
            free(c.truth[i]);
        free(c.truth);
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("articles=%zu stories=%zu wall_s=%.4f cpu_s=%.4f rss_start_kb=%ld rss_loaded_kb=%ld peak_rss_kb=%ld "
           "precision=%.4f recall=%.4f\n",
           narticles, nstories, best_wall, best_cpu, rss_start, rss_loaded, ru.ru_maxrss,
           pred_pairs > 0 ? tp / pred_pairs : 1.0, true_pairs > 0 ? tp / true_pairs : 1.0);
    return 0;
}
