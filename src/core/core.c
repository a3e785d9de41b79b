#include "core/core.h"

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

void die(const char *fmt, ...)
{
    va_list ap;
    fputs("secdigest: fatal: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die("out of memory allocating %zu bytes", n);
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        die("out of memory allocating %zu x %zu bytes", count, size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        die("out of memory reallocating %zu bytes", n);
    return q;
}

void *xgrow(void *p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return p;
    size_t ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            die("array too large");
        ncap *= 2;
    }
    if (elem && ncap > SIZE_MAX / elem)
        die("array too large");
    p = xrealloc(p, ncap * elem);
    *cap = ncap;
    return p;
}

char *xstrdup(const char *s)
{
    if (!s)
        return NULL;
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *xasprintf(const char *fmt, ...)
{
    strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&sb, fmt, ap);
    va_end(ap);
    return strbuf_detach(&sb);
}

/* ---- strbuf ---- */

void strbuf_init(strbuf *sb) { sb->data = NULL; sb->len = sb->cap = 0; }

void strbuf_free(strbuf *sb)
{
    free(sb->data);
    strbuf_init(sb);
}

void strbuf_reset(strbuf *sb)
{
    sb->len = 0;
    if (sb->data)
        sb->data[0] = '\0';
}

void strbuf_grow(strbuf *sb, size_t extra)
{
    if (extra > SIZE_MAX - sb->len - 1)
        die("string too large");
    sb->data = xgrow(sb->data, &sb->cap, sb->len + extra + 1, 1);
}

void strbuf_append(strbuf *sb, const void *data, size_t len)
{
    strbuf_grow(sb, len);
    if (len)
        memcpy(sb->data + sb->len, data, len);
    sb->len += len;
    sb->data[sb->len] = '\0';
}

void strbuf_puts(strbuf *sb, const char *s) { strbuf_append(sb, s, strlen(s)); }

void strbuf_putc(strbuf *sb, char c) { strbuf_append(sb, &c, 1); }

void strbuf_vprintf(strbuf *sb, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        die("invalid format string");
    strbuf_grow(sb, (size_t)n);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    sb->len += (size_t)n;
}

void strbuf_printf(strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(sb, fmt, ap);
    va_end(ap);
}

const char *strbuf_cstr(const strbuf *sb) { return sb->data ? sb->data : ""; }

char *strbuf_detach(strbuf *sb)
{
    char *d = sb->data ? sb->data : xstrdup("");
    strbuf_init(sb);
    return d;
}

/* ---- sd_arena ---- */

struct sd_arena_block {
    sd_arena_block *prev;
    max_align_t data[]; /* aligned for anything */
};

#define ARENA_BLOCK_BYTES (64u * 1024u)
#define ARENA_ALIGN (sizeof(max_align_t))

void sd_arena_init(sd_arena *a)
{
    a->head = NULL;
    a->used = a->size = 0;
}

void sd_arena_free(sd_arena *a)
{
    if (!a)
        return;
    sd_arena_block *b = a->head;
    while (b) {
        sd_arena_block *prev = b->prev;
        free(b);
        b = prev;
    }
    sd_arena_init(a);
}

void *sd_arena_alloc(sd_arena *a, size_t n)
{
    size_t need = (n + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
    if (need < n)
        die("arena allocation of %zu bytes overflows", n);
    if (!a->head || a->size - a->used < need) {
        /* A request larger than a block gets a block of its own, so a huge text node
         * never wastes the rest of a fresh block for the small ones after it. */
        size_t size = need > ARENA_BLOCK_BYTES ? need : ARENA_BLOCK_BYTES;
        if (size > SIZE_MAX - sizeof(sd_arena_block))
            die("arena allocation of %zu bytes overflows", n);
        sd_arena_block *b = xmalloc(sizeof *b + size);
        if (a->head && need > ARENA_BLOCK_BYTES && a->size - a->used >= 256) {
            /* keep filling the current block: chain the big one behind it */
            b->prev = a->head->prev;
            a->head->prev = b;
            return b->data;
        }
        b->prev = a->head;
        a->head = b;
        a->used = 0;
        a->size = size;
    }
    void *p = (char *)a->head->data + a->used;
    a->used += need;
    return p;
}

void *sd_arena_calloc(sd_arena *a, size_t n)
{
    void *p = sd_arena_alloc(a, n);
    memset(p, 0, n);
    return p;
}

char *sd_arena_strndup(sd_arena *a, const char *s, size_t n)
{
    if (n == SIZE_MAX)
        die("arena string too long");
    char *p = sd_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* ---- sd_err ---- */

int sd_err_set(sd_err *e, const char *fmt, ...)
{
    if (!e)
        return -1;
    strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&sb, fmt, ap);
    va_end(ap);
    free(e->msg);
    e->msg = strbuf_detach(&sb);
    return -1;
}

void sd_err_prefix(sd_err *e, const char *fmt, ...)
{
    if (!e)
        return;
    strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&sb, fmt, ap);
    va_end(ap);
    strbuf_puts(&sb, ": ");
    strbuf_puts(&sb, e->msg ? e->msg : "unknown error");
    free(e->msg);
    e->msg = strbuf_detach(&sb);
}

const char *sd_err_msg(const sd_err *e) { return (e && e->msg) ? e->msg : "unknown error"; }

void sd_err_clear(sd_err *e)
{
    if (!e)
        return;
    free(e->msg);
    e->msg = NULL;
}

/* ---- strings ---- */

int sd_streq(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

int sd_strcaseeq(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcasecmp(a, b) == 0;
}

int sd_starts_with(const char *s, const char *prefix)
{
    return s && prefix && strncmp(s, prefix, strlen(prefix)) == 0;
}

/* ---- files ---- */

int sd_read_file(const char *path, size_t max_bytes, char **data, size_t *len, sd_err *err)
{
    *data = NULL;
    *len = 0;
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return sd_err_set(err, "%s: %s", path, strerror(errno));
    strbuf sb = STRBUF_INIT;
    /* Read straight into the buffer, sized from the file's size when it has one (plus a byte,
     * so that the end is seen without growing), in 64 KiB steps otherwise: no copy through a
     * chunk, no regrowing for a regular file. */
    size_t step = 65536;
    struct stat stt;
    if (fstat(fileno(f), &stt) == 0 && S_ISREG(stt.st_mode) && stt.st_size > 0 &&
        (uintmax_t)stt.st_size < SIZE_MAX / 2)
        step = (size_t)stt.st_size + 1;
    if (max_bytes && max_bytes < SIZE_MAX && step > max_bytes + 1)
        step = max_bytes + 1;
    for (;;) {
        if (sb.cap - sb.len < 2)
            strbuf_grow(&sb, step);
        size_t room = sb.cap - sb.len - 1; /* strbuf keeps one byte for the NUL */
        size_t n = fread(sb.data + sb.len, 1, room, f);
        sb.len += n;
        sb.data[sb.len] = '\0';
        if (max_bytes && sb.len > max_bytes) {
            if (f != stdin)
                fclose(f);
            strbuf_free(&sb);
            return sd_err_set(err, "%s: larger than the limit of %zu bytes", path, max_bytes);
        }
        if (n < room)
            break; /* end of file or an error, told apart below */
        step = 65536;
    }
    int failed = ferror(f);
    if (f != stdin)
        fclose(f);
    if (failed) {
        strbuf_free(&sb);
        return sd_err_set(err, "%s: read error", path);
    }
    *len = sb.len;
    *data = strbuf_detach(&sb);
    return 0;
}

int sd_write_file(const char *path, const void *data, size_t len, sd_err *err)
{
    char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        sd_err_set(err, "%s: %s", tmp, strerror(errno));
        free(tmp);
        return -1;
    }
    const char *p = data;
    size_t left = len;
    while (left > 0) {
        ssize_t w = write(fd, p, left);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            sd_err_set(err, "%s: %s", tmp, strerror(errno));
            close(fd);
            unlink(tmp);
            free(tmp);
            return -1;
        }
        p += w;
        left -= (size_t)w;
    }
    if (close(fd) != 0 || rename(tmp, path) != 0) {
        sd_err_set(err, "%s: %s", path, strerror(errno));
        unlink(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}

int sd_mkdirs(const char *path, sd_err *err)
{
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s == '/') {
            *s = '\0';
            if (mkdir(p, 0755) != 0 && errno != EEXIST) {
                sd_err_set(err, "%s: %s", p, strerror(errno));
                free(p);
                return -1;
            }
            *s = '/';
        }
    }
    if (mkdir(p, 0755) != 0 && errno != EEXIST) {
        sd_err_set(err, "%s: %s", p, strerror(errno));
        free(p);
        return -1;
    }
    free(p);
    return 0;
}
