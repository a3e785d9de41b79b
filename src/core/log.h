/*
 * log: messages for the person running secdigest, on stderr.
 *
 * Data goes to stdout; everything here goes to stderr, one line per message,
 * prefixed with the level.  The verbosity is the one piece of process-wide
 * state in the library: it is set once by the command line (-q / -v).
 */
#ifndef SECDIGEST_LOG_H
#define SECDIGEST_LOG_H

#include "core/core.h"

enum log_level { LOG_ERROR = 0, LOG_WARN = 1, LOG_INFO = 2, LOG_DEBUG = 3 };

void log_set_level(enum log_level level);
enum log_level log_get_level(void);
void log_msg(enum log_level level, const char *fmt, ...) SD_PRINTF(2, 3);

/*
 * Holding messages back: while a thread has a sink set, its messages (those
 * the level lets through, formatted as they would be written) are appended
 * to the sink instead of going to stderr.  Worker threads use it so that the
 * messages of each task can be written when its result is, in the order of
 * the input, as if the tasks had run one after another (core/workers.h).
 * The sink is per thread; NULL writes to stderr again.
 */
void log_capture(strbuf *sink);
/* Write what a sink holds to stderr and empty it. */
void log_write_captured(strbuf *sink);

#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__)
#define log_warn(...) log_msg(LOG_WARN, __VA_ARGS__)
#define log_info(...) log_msg(LOG_INFO, __VA_ARGS__)
#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)

#endif
