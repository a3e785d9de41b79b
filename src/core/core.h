/*
 * core: what every module of secdigest shares and nothing else.
 *
 *  - allocation that never returns NULL (x* functions): running out of memory
 *    is not a condition this program can recover from in a useful way, so it
 *    stops with a message instead of propagating NULL through every caller;
 *  - strbuf, a growable NUL-terminated byte buffer (no fixed buffers anywhere);
 *  - sd_err, an owned error message handed back to the caller, so that the
 *    caller (who knows the feed or file name) decides how to report it;
 *  - the time sentinel for "no date".
 */
#ifndef SECDIGEST_CORE_H
#define SECDIGEST_CORE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* A Unix time (seconds, UTC) that is absent. */
#define SD_TIME_NONE INT64_MIN

#if defined(__GNUC__)
#define SD_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define SD_NORETURN __attribute__((noreturn))
#else
#define SD_PRINTF(a, b)
#define SD_NORETURN
#endif

#define SD_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* Grow an array to hold at least `need` elements of `elem` bytes. */
void *xgrow(void *p, size_t *cap, size_t need, size_t elem);
char *xstrdup(const char *s);                 /* NULL in, NULL out */
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) SD_PRINTF(1, 2);
SD_NORETURN void die(const char *fmt, ...) SD_PRINTF(1, 2);

/* ---- strbuf ------------------------------------------------------------ */

typedef struct strbuf {
    char *data; /* always NUL-terminated once anything was added; may be NULL when empty */
    size_t len;
    size_t cap;
} strbuf;

#define STRBUF_INIT {NULL, 0, 0}

void strbuf_init(strbuf *sb);
void strbuf_free(strbuf *sb);
void strbuf_reset(strbuf *sb);                   /* len = 0, keeps memory */
void strbuf_grow(strbuf *sb, size_t extra);
void strbuf_append(strbuf *sb, const void *data, size_t len);
void strbuf_puts(strbuf *sb, const char *s);
void strbuf_putc(strbuf *sb, char c);
void strbuf_printf(strbuf *sb, const char *fmt, ...) SD_PRINTF(2, 3);
void strbuf_vprintf(strbuf *sb, const char *fmt, va_list ap) SD_PRINTF(2, 0);
const char *strbuf_cstr(const strbuf *sb);       /* "" when empty, never NULL */
char *strbuf_detach(strbuf *sb);                 /* caller owns; never NULL */

/* ---- arena ------------------------------------------------------------- */

/*
 * An arena: many small allocations that all end together (the nodes and
 * strings of one parsed page).  Blocks are chained and freed at once, so
 * building a tree costs one malloc per block instead of one per node and
 * freeing it costs one free per block.
 */
typedef struct sd_arena_block sd_arena_block;
typedef struct sd_arena {
    sd_arena_block *head; /* the block being filled; older blocks chain behind it */
    size_t used;          /* bytes used in head */
    size_t size;          /* usable bytes of head */
} sd_arena;

#define SD_ARENA_INIT {NULL, 0, 0}

void sd_arena_init(sd_arena *a);
void sd_arena_free(sd_arena *a);
/* `n` bytes aligned for any object; never NULL. */
void *sd_arena_alloc(sd_arena *a, size_t n);
void *sd_arena_calloc(sd_arena *a, size_t n);
/* A NUL-terminated copy of `n` bytes. */
char *sd_arena_strndup(sd_arena *a, const char *s, size_t n);

/* ---- errors ------------------------------------------------------------ */

typedef struct sd_err {
    char *msg; /* NULL when no error */
} sd_err;

#define SD_ERR_INIT {NULL}

/* Replace the message; always returns -1 so callers can `return sd_err_set(...)`. */
int sd_err_set(sd_err *e, const char *fmt, ...) SD_PRINTF(2, 3);
/* Put a context in front of an existing message: "ctx: old". */
void sd_err_prefix(sd_err *e, const char *fmt, ...) SD_PRINTF(2, 3);
const char *sd_err_msg(const sd_err *e);   /* "unknown error" when unset */
void sd_err_clear(sd_err *e);

/* ---- small string helpers --------------------------------------------- */

int sd_streq(const char *a, const char *b);          /* NULL-safe */
int sd_strcaseeq(const char *a, const char *b);      /* ASCII case-insensitive, NULL-safe */
int sd_starts_with(const char *s, const char *prefix);

/* FNV-1a over n bytes, going on from h (SD_FNV32_INIT / SD_FNV64_INIT to start): a fast
 * hash for in-memory tables and stable keys -- not for tables whose keys a stranger picks
 * in bulk, where collisions could be forced. */
#define SD_FNV32_INIT 2166136261u
#define SD_FNV64_INIT 14695981039346656037ULL
static inline uint32_t sd_fnv1a32(uint32_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}
static inline uint64_t sd_fnv1a64(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ULL;
    return h;
}
/* Read a whole file (bounded by max_bytes; 0 = no bound). Returns 0 or -1. */
int sd_read_file(const char *path, size_t max_bytes, char **data, size_t *len, sd_err *err);
/* Write a whole file atomically (temp file + rename). */
int sd_write_file(const char *path, const void *data, size_t len, sd_err *err);
/* mkdir -p */
int sd_mkdirs(const char *path, sd_err *err);

#endif
