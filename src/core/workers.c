/*
 * workers: a ring of `window` slots shared by the owner and the threads.
 *
 * Three counters that only grow: `head` (tasks handed in), `started` (tasks
 * a thread has picked up) and `tail` (tasks taken back), with
 * tail <= started <= head <= tail + window.  Task number k lives in slot
 * k % window.  The owner alone writes head and tail; the threads alone
 * write started and each slot's `done`.  One mutex guards head, started,
 * stop and the `done` flags; a slot's task and log are handed from one side
 * to the other through that mutex, never touched by both at once.
 */
#include "core/workers.h"
#include "core/core.h"
#include "core/log.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct slot {
    void *task;
    int done;   /* fn has run on it (under the mutex) */
    strbuf log; /* what fn logged on a worker thread, written when taken back */
} slot;

struct workers {
    workers_fn fn;
    void *shared;
    size_t window;
    slot *ring;
    size_t head, started, tail;
    int stop;
    int nthreads;   /* running; 0: the owner runs the tasks */
    pthread_t *tids;
    pthread_mutex_t mu;
    pthread_cond_t work; /* a task was handed in, or stop */
    pthread_cond_t done; /* a task is done (only the owner waits on it) */
};

/* Mutex and condition calls fail only on misuse (EINVAL, EDEADLK); going on
 * after one would corrupt the ring, so they stop the program. */
static void must(int rc, const char *what)
{
    if (rc != 0)
        die("workers: %s: %s", what, strerror(rc));
}

int workers_cpu_count(int cap)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        n = 1; /* unknown: one is always right */
    if (cap > 0 && n > cap)
        n = cap;
    return (int)n;
}

static void *worker_main(void *arg)
{
    workers *w = arg;
    must(pthread_mutex_lock(&w->mu), "lock");
    for (;;) {
        while (!w->stop && w->started == w->head)
            must(pthread_cond_wait(&w->work, &w->mu), "wait");
        if (w->stop)
            break;
        slot *s = &w->ring[w->started % w->window];
        w->started++;
        must(pthread_mutex_unlock(&w->mu), "unlock");

        log_capture(&s->log);
        w->fn(s->task, w->shared);
        log_capture(NULL);

        must(pthread_mutex_lock(&w->mu), "lock");
        s->done = 1;
        must(pthread_cond_signal(&w->done), "signal");
    }
    must(pthread_mutex_unlock(&w->mu), "unlock");
    return NULL;
}

workers *workers_create(int nthreads, size_t window, workers_fn fn, void *shared, const char *what)
{
    workers *w = xcalloc(1, sizeof *w);
    w->fn = fn;
    w->shared = shared;
    w->window = 1;
    if (nthreads <= 1) {
        w->ring = xcalloc(1, sizeof *w->ring);
        return w;
    }
    int rc = pthread_mutex_init(&w->mu, NULL);
    if (rc == 0) {
        rc = pthread_cond_init(&w->work, NULL);
        if (rc == 0) {
            rc = pthread_cond_init(&w->done, NULL);
            if (rc != 0)
                pthread_cond_destroy(&w->work);
        }
        if (rc != 0)
            pthread_mutex_destroy(&w->mu);
    }
    if (rc != 0) {
        log_warn("%s: cannot set up threads (%s); working on one thread", what, strerror(rc));
        w->ring = xcalloc(1, sizeof *w->ring);
        return w;
    }
    w->window = window ? window : 4 * (size_t)nthreads;
    if (w->window < (size_t)nthreads)
        w->window = (size_t)nthreads; /* a smaller window would leave threads idle */
    w->ring = xcalloc(w->window, sizeof *w->ring);
    w->tids = xcalloc((size_t)nthreads, sizeof *w->tids);
    for (int t = 0; t < nthreads; t++) {
        rc = pthread_create(&w->tids[t], NULL, worker_main, w);
        if (rc != 0) {
            /* Fewer threads still do the work: use those that started. */
            if (w->nthreads > 0)
                log_warn("%s: could start only %d of %d threads (%s)", what, w->nthreads, nthreads,
                         strerror(rc));
            else
                log_warn("%s: cannot start a thread (%s); working on one thread", what, strerror(rc));
            break;
        }
        w->nthreads++;
    }
    if (w->nthreads == 0) {
        free(w->tids);
        w->tids = NULL;
        pthread_cond_destroy(&w->done);
        pthread_cond_destroy(&w->work);
        pthread_mutex_destroy(&w->mu);
        w->window = 1;
    }
    return w;
}

int workers_threads(const workers *w) { return w->nthreads; }
size_t workers_window(const workers *w) { return w->window; }
size_t workers_pending(const workers *w) { return w->head - w->tail; }
int workers_full(const workers *w) { return w->head - w->tail >= w->window; }

void workers_submit(workers *w, void *task)
{
    if (workers_full(w))
        die("workers: a task handed in while the window is full");
    slot *s = &w->ring[w->head % w->window];
    s->task = task;
    s->done = 0;
    if (w->nthreads == 0) {
        w->head++;
        return;
    }
    must(pthread_mutex_lock(&w->mu), "lock");
    w->head++;
    must(pthread_cond_signal(&w->work), "signal");
    must(pthread_mutex_unlock(&w->mu), "unlock");
}

void *workers_take(workers *w)
{
    if (w->tail == w->head)
        return NULL;
    slot *s = &w->ring[w->tail % w->window];
    if (w->nthreads == 0) {
        w->fn(s->task, w->shared); /* on this thread, so its messages need no holding */
    } else {
        must(pthread_mutex_lock(&w->mu), "lock");
        while (!s->done)
            must(pthread_cond_wait(&w->done, &w->mu), "wait");
        must(pthread_mutex_unlock(&w->mu), "unlock");
        log_write_captured(&s->log);
    }
    void *task = s->task;
    s->task = NULL;
    s->done = 0;
    w->tail++;
    return task;
}

void workers_free(workers *w)
{
    if (!w)
        return;
    if (w->nthreads > 0) {
        must(pthread_mutex_lock(&w->mu), "lock");
        w->stop = 1;
        must(pthread_cond_broadcast(&w->work), "broadcast");
        must(pthread_mutex_unlock(&w->mu), "unlock");
        for (int t = 0; t < w->nthreads; t++)
            must(pthread_join(w->tids[t], NULL), "join");
        pthread_cond_destroy(&w->done);
        pthread_cond_destroy(&w->work);
        pthread_mutex_destroy(&w->mu);
    }
    for (size_t k = 0; k < w->window; k++)
        strbuf_free(&w->ring[k].log);
    free(w->tids);
    free(w->ring);
    free(w);
}
