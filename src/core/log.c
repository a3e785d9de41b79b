#include "core/log.h"

#include <stdio.h>

static enum log_level current_level = LOG_INFO;

void log_set_level(enum log_level level) { current_level = level; }
enum log_level log_get_level(void) { return current_level; }

void log_msg(enum log_level level, const char *fmt, ...)
{
    static const char *const names[] = {"error", "warning", "info", "debug"};
    if (level > current_level)
        return;
    /* Build the line first so that concurrent writers never interleave within it. */
    strbuf sb = STRBUF_INIT;
    strbuf_printf(&sb, "secdigest: %s: ", names[level]);
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&sb, fmt, ap);
    va_end(ap);
    strbuf_putc(&sb, '\n');
    fwrite(sb.data, 1, sb.len, stderr);
    strbuf_free(&sb);
}
