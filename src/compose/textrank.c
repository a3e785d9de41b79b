/*
 * textrank: how central each sentence of a story is.
 *
 * Sentences are sets of token hashes (text/tokenize: MeCab words for
 * Japanese, stemmed words for English).  Two sentences are linked by their
 * overlap normalised by their lengths, as in TextRank (Mihalcea and Tarau
 * 2004): w = |A ∩ B| / (log(1+|A|) + log(1+|B|)).  Centrality is the
 * stationary score of a random walk on that graph which, with probability
 * 1 - d, jumps to a sentence chosen by a prior (the writer gives the leads
 * of the best sources more weight, as news puts the facts first).
 *
 * Work is O(n^2) in the sentences of one story; the writer bounds n.
 * Iteration count is fixed, so the result depends only on the input.
 */
#include "compose/compose_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define TEXTRANK_DAMPING 0.85
#define TEXTRANK_ITERATIONS 40

void tokset_free(tokset *t)
{
    free(t->h);
    t->h = NULL;
    t->n = 0;
}

static int u64_cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

void tokset_from_tokens(const token_list *tl, size_t off, size_t len, tokset *out)
{
    out->h = NULL;
    out->n = 0;
    size_t n = 0;
    for (size_t i = 0; i < tl->count; i++)
        n += tl->items[i].off >= off && tl->items[i].off < off + len;
    if (n == 0)
        return;
    out->h = xmalloc(n * sizeof *out->h);
    size_t k = 0;
    for (size_t i = 0; i < tl->count; i++)
        if (tl->items[i].off >= off && tl->items[i].off < off + len)
            out->h[k++] = tl->items[i].hash;
    qsort(out->h, k, sizeof *out->h, u64_cmp);
    size_t w = 0;
    for (size_t i = 0; i < k; i++)
        if (w == 0 || out->h[w - 1] != out->h[i])
            out->h[w++] = out->h[i];
    out->n = w;
}

size_t tokset_overlap(const tokset *a, const tokset *b)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->n && j < b->n) {
        if (a->h[i] == b->h[j]) {
            n++;
            i++;
            j++;
        } else if (a->h[i] < b->h[j]) {
            i++;
        } else {
            j++;
        }
    }
    return n;
}

double tokset_jaccard(const tokset *a, const tokset *b)
{
    if (a->n == 0 || b->n == 0)
        return 0.0;
    size_t o = tokset_overlap(a, b);
    return (double)o / (double)(a->n + b->n - o);
}

void textrank(const tokset *sets, const double *prior, size_t n, double *score)
{
    if (n == 0)
        return;
    double *p = xmalloc(n * sizeof *p);
    double psum = 0;
    for (size_t i = 0; i < n; i++) {
        p[i] = prior && prior[i] > 0 ? prior[i] : (prior ? 0.0 : 1.0);
        psum += p[i];
    }
    for (size_t i = 0; i < n; i++)
        p[i] = psum > 0 ? p[i] / psum : 1.0 / (double)n;
    if (n == 1) {
        score[0] = 1.0;
        free(p);
        return;
    }
    double *w = xcalloc(n * n, sizeof *w);
    double *out = xcalloc(n, sizeof *out);
    for (size_t i = 0; i < n; i++) {
        for (size_t j = i + 1; j < n; j++) {
            size_t o = tokset_overlap(&sets[i], &sets[j]);
            if (o == 0)
                continue;
            double v = (double)o / (log(1.0 + (double)sets[i].n) + log(1.0 + (double)sets[j].n));
            w[i * n + j] = w[j * n + i] = v;
            out[i] += v;
            out[j] += v;
        }
    }
    double *s = xmalloc(n * sizeof *s), *next = xmalloc(n * sizeof *next);
    for (size_t i = 0; i < n; i++)
        s[i] = p[i];
    for (int it = 0; it < TEXTRANK_ITERATIONS; it++) {
        /* Mass of sentences linked to nothing goes back through the prior. */
        double dangling = 0;
        for (size_t j = 0; j < n; j++)
            if (out[j] == 0)
                dangling += s[j];
        for (size_t i = 0; i < n; i++) {
            double acc = 0;
            for (size_t j = 0; j < n; j++)
                if (w[j * n + i] != 0)
                    acc += w[j * n + i] / out[j] * s[j];
            next[i] = (1.0 - TEXTRANK_DAMPING) * p[i] + TEXTRANK_DAMPING * (acc + dangling * p[i]);
        }
        memcpy(s, next, n * sizeof *s);
    }
    memcpy(score, s, n * sizeof *s);
    free(s);
    free(next);
    free(out);
    free(w);
    free(p);
}
