/* extract_jobs: what extraction on several threads needs set up (see extract_jobs.h). */
#include "extract/extract_jobs.h"
#include "core/workers.h"

#include <iconv.h>
#include <libxml/parser.h>
#include <pthread.h>
#include <stdlib.h>

int extract_jobs_default(void) { return workers_cpu_count(EXTRACT_MAX_JOBS_DEFAULT); }

/*
 * glibc's iconv_open loads a gconv module (a shared object) for a legacy
 * charset, and a few iconv_close calls after the last descriptor using it is
 * closed it unloads it again.  text/charset.c opens a descriptor per page, so
 * on several threads pages in Shift_JIS or EUC-JP would dlopen and dlclose
 * the same modules over and over, from several threads at once.  glibc does
 * serialise that (its gconv and loader locks), but those locks are invisible
 * to ThreadSanitizer, which then reports the loader's own malloc/free as
 * races.  One descriptor per charset of Japanese news (the ones charset.c
 * hands to iconv) held open for the life of the process keeps those modules
 * loaded: no churn, no reports.  A charset missing from the system is simply
 * not held.
 */
static const char *const held_charsets[] = {"EUC-JP-MS", "EUC-JP", "CP932", "SHIFT_JIS"};
static iconv_t held[SD_ARRAY_LEN(held_charsets)];

static void release_charsets(void)
{
    for (size_t k = 0; k < SD_ARRAY_LEN(held); k++)
        if (held[k] != (iconv_t)-1) {
            iconv_close(held[k]);
            held[k] = (iconv_t)-1;
        }
}

/* xmlInitParser() builds libxml2's global tables (dictionary mutex, encoding
 * handlers, the HTML auto-close table, per-thread state keys) without a
 * lock: two threads calling it first at once race.  extract_dom.c calls it
 * on every parse; once it has run here those calls return at once. */
static void init_libraries(void)
{
    xmlInitParser();
    for (size_t k = 0; k < SD_ARRAY_LEN(held); k++)
        held[k] = iconv_open("UTF-8", held_charsets[k]);
    if (atexit(release_charsets) != 0)
        release_charsets(); /* cannot close them at exit: not holding them is only slower */
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

void extract_threads_init(void)
{
    int rc = pthread_once(&init_once, init_libraries);
    if (rc != 0)
        die("extract: pthread_once: error %d", rc); /* only on misuse of init_once */
}
