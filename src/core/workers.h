/*
 * workers: CPU-bound tasks on several threads, results in the order of the input.
 *
 * One thread (the owner: the one that created the pool) hands tasks in and
 * takes them back; a fixed set of threads runs `fn` on them meanwhile.  The
 * owner gets the tasks back in exactly the order it handed them in, so
 * whatever it writes (stdout, the database, the log) comes out as it would
 * from a loop doing one task after another.  Only the owner talks to
 * anything that is not thread-safe (stdio data, SQLite); `fn` must touch
 * nothing but its task and the read-only `shared`.
 *
 * Memory stays bounded: at most `window` tasks are in flight (handed in and
 * not yet taken back), so the owner must take one back before it may hand
 * in another once the window is full (workers_full).  Workers therefore run
 * at most `window` tasks ahead of the owner.
 *
 * Messages a task logs on a worker thread are held (log_capture) and written
 * when the owner takes the task back, so stderr too reads in input order.
 *
 * With one thread wanted, or when no thread can be started, no thread runs
 * at all: a task is run by the owner when it takes it back, the window is
 * one task, and the order of work is the single-threaded one exactly.
 * A pool that cannot start every thread it was asked for uses those that did
 * start and logs a warning.
 *
 * Tasks belong to the owner throughout: the pool stores the pointers only.
 */
#ifndef SECDIGEST_WORKERS_H
#define SECDIGEST_WORKERS_H

#include <stddef.h>

typedef struct workers workers;

/* Run on a worker thread (or on the owner's, with no threads). */
typedef void (*workers_fn)(void *task, void *shared);

/* Threads for CPU-bound work by default: the online CPUs, at most `cap`, at least 1. */
int workers_cpu_count(int cap);

/*
 * A pool of `nthreads` threads (<= 1: none, see above) with at most `window`
 * tasks in flight (0: four per thread).  `what` names the work in the log
 * ("extract").  Never NULL; free with workers_free.
 */
workers *workers_create(int nthreads, size_t window, workers_fn fn, void *shared, const char *what);
/* Threads actually running: 0 when tasks run on the owner's thread. */
int workers_threads(const workers *w);
/* The window in force (1 with no threads). */
size_t workers_window(const workers *w);
/* Tasks handed in and not yet taken back. */
size_t workers_pending(const workers *w);
/* Whether the window is full: take one back before handing in another. */
int workers_full(const workers *w);
/* Hand a task in (the pool must not be full: that is a programming error and stops the program). */
void workers_submit(workers *w, void *task);
/* The oldest task in flight, once `fn` has run on it; NULL when none is in flight. */
void *workers_take(workers *w);
/*
 * Stop the threads and free the pool.  A task being run is finished; tasks
 * not yet started are never run.  On return no thread touches any task, and
 * those not taken back are the owner's to free as they are.
 */
void workers_free(workers *w);

#endif
