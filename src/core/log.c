#include "core/log.h"

#include <stdio.h>

static enum log_level current_level = LOG_INFO;
/* Set only by the thread itself (log_capture), so it needs no lock. */
static _Thread_local strbuf *capture;

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
    if (capture)
        strbuf_append(capture, sb.data, sb.len);
    else
        fwrite(sb.data, 1, sb.len, stderr);
    strbuf_free(&sb);
}

void log_capture(strbuf *sink) { capture = sink; }

void log_write_captured(strbuf *sink)
{
    if (sink->len)
        fwrite(sink->data, 1, sink->len, stderr);
    strbuf_reset(sink);
}
