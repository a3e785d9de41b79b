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

#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__)
#define log_warn(...) log_msg(LOG_WARN, __VA_ARGS__)
#define log_info(...) log_msg(LOG_INFO, __VA_ARGS__)
#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)

#endif
