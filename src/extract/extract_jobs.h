/*
 * extract_jobs: extraction on several threads.
 *
 * extract_page() is pure -- bytes and options in, a result out, no globals of
 * its own -- and what it calls is thread-safe once set up: libxml2 after
 * xmlInitParser() (each parse has its own context and SAX handler copy),
 * iconv with a descriptor per call (text/charset.c), utf8proc's constant
 * tables, gmtime_r, and log_msg (one fwrite a line; core/workers.h holds a
 * task's messages back so that they come out in input order).
 * extract_threads_init() does the setting up; call it on the main thread
 * before the first worker thread starts.
 *
 * One exception, outside this module's reach: cJSON_ParseWithLength (JSON-LD
 * in extract_meta.c) resets cJSON's static error position on every call and
 * sets it on a parse error.  Extraction never reads it (cJSON_GetErrorPtr),
 * the writes are whole aligned words and cannot change any result; but
 * concurrent calls are a data race in the letter of C11, which
 * ThreadSanitizer does not see (cJSON is not instrumented).
 */
#ifndef SECDIGEST_EXTRACT_JOBS_H
#define SECDIGEST_EXTRACT_JOBS_H

#include "core/core.h"

/* Beyond this many threads extraction gains little and the window of pages costs memory. */
#define EXTRACT_MAX_JOBS_DEFAULT 16

/* Threads by default: one per online CPU, at most EXTRACT_MAX_JOBS_DEFAULT. */
int extract_jobs_default(void);

/* Set up the libraries' global state extract_page() relies on (idempotent).
 * On the main thread, before worker threads call extract_page(). */
void extract_threads_init(void);

/*
 * extract_store_pending() (extract.h) on `jobs` threads (<= 0: the default):
 * pages are read from the database, extracted by worker threads and their
 * results stored by the calling thread, in the order of the page list, in
 * transactions of the same size as with one thread.  Same results, counts,
 * messages and return value as extract_store_pending(); with jobs == 1 no
 * thread is started.
 */
typedef struct store store;
int extract_store_pending_jobs(store *st, int force, int jobs, size_t *done, size_t *failed, sd_err *err);

#endif
