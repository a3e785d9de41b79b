/*
 * extract_text: the marked article as plain text, in the format extract.h
 * documents (paragraphs separated by one blank line, table rows as lines of
 * " | "-separated cells, <br> as a line break, two as a paragraph break).
 *
 * An emitter holds what is pending between two characters -- a space, a
 * line break, a paragraph break -- and decides when the next visible
 * character arrives, so white space never doubles and never trails.  Walks
 * over the tree are iterative (next/parent pointers), not recursive.
 */
#include "extract/extract_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct emitter {
    strbuf out;
    int brk;         /* pending break: 0 none, 1 line, 2 paragraph */
    int space;       /* pending white space */
    int space_nl;    /* ... which held a line break of the source */
    uint32_t last;   /* last code point of the current line; 0 at a line start */
    int nbr;         /* <br> since the last character */
    int inline_only; /* one line: breaks become spaces */
} emitter;

static int32_t el_index(const xnode *n)
{
    return n ? n->index : -1;
}

static void em_break(emitter *em, int level)
{
    if (em->inline_only) {
        em->space = 1;
        return;
    }
    if (level > em->brk)
        em->brk = level;
    em->nbr = 0;
}

static void em_br(emitter *em)
{
    if (em->inline_only) {
        em->space = 1;
        return;
    }
    if (em->nbr > 0 || em->brk == 2)
        em->brk = 2;
    else if (em->brk < 1)
        em->brk = 1;
    em->nbr++;
}

static void em_flush(emitter *em, uint32_t next_cp)
{
    if (em->brk) {
        if (em->out.len > 0)
            strbuf_puts(&em->out, em->brk == 2 ? "\n\n" : "\n");
        em->brk = 0;
        em->last = 0;
    } else if (em->space && em->last != 0) {
        if (!(em->space_nl && xtext_is_cjk(em->last) && xtext_is_cjk(next_cp)))
            strbuf_putc(&em->out, ' ');
    }
    em->space = 0;
    em->space_nl = 0;
}

static void em_cp(emitter *em, uint32_t cp, const unsigned char *bytes, size_t len)
{
    em_flush(em, cp);
    if (em->last == 0 && cp == 0x3000)
        return; /* the indentation Japanese paragraphs start with */
    strbuf_append(&em->out, bytes, len);
    em->last = cp;
    em->nbr = 0;
}

/*
 * The end of the run of plain characters from u[i]: visible ASCII, and the three-byte UTF-8
 * of U+3001..U+CFFF and U+E000..U+FFFF (kana, kanji, full-width forms: the bulk of Japanese
 * text) but for U+FEFF, which is invisible, and U+3000, the ideographic space a paragraph
 * may start with.  Those need nothing of em_text's character by character path: they are
 * valid (a lead byte of E3..EC or EE..EF with two continuation bytes is never overlong nor a
 * surrogate), visible and no white space.  *first and *last get the first and the last code
 * point of the run.
 */
static size_t plain_run(const unsigned char *u, size_t i, size_t n, uint32_t *first, uint32_t *last)
{
    size_t j = i;
    while (j < n) {
        unsigned char c = u[j];
        uint32_t cp;
        size_t l;
        if (c > ' ' && c < 0x7F) {
            cp = c;
            l = 1;
        } else if (c >= 0xE3 && c <= 0xEF && c != 0xED && j + 2 < n && (u[j + 1] & 0xC0) == 0x80 &&
                   (u[j + 2] & 0xC0) == 0x80) {
            cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(u[j + 1] & 0x3F) << 6) | (u[j + 2] & 0x3F);
            if (cp == 0x3000 || cp == 0xFEFF)
                break;
            l = 3;
        } else {
            break;
        }
        if (j == i)
            *first = cp;
        *last = cp;
        j += l;
    }
    return j;
}

static void em_text(emitter *em, const char *s, size_t n, int pre, int skip_first_nl)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    if (pre && skip_first_nl && n > 0 && u[0] == '\n')
        i = 1;
    while (i < n) {
        uint32_t cp;
        if (!pre) {
            /* A run of plain characters goes out in one piece, as em_cp would write them one
             * by one: the first decides the pending space, the last is remembered. */
            uint32_t first = 0, last = 0;
            size_t j = plain_run(u, i, n, &first, &last);
            if (j > i) {
                em_flush(em, first);
                strbuf_append(&em->out, u + i, j - i);
                em->last = last;
                em->nbr = 0;
                i = j;
                continue;
            }
        }
        size_t l = xutf8_decode(u + i, n - i, &cp);
        const unsigned char *b = u + i;
        i += l;
        if (l == 1 && cp == 0xFFFD)
            b = (const unsigned char *)"\xEF\xBF\xBD", l = 3;
        if (cp == 0x200B || cp == 0xFEFF || cp == 0xAD || cp == 0x200C || cp == 0x200D ||
            cp == 0x2060)
            continue; /* invisible */
        if (pre && !em->inline_only) {
            if (cp == '\r')
                continue;
            if (cp == '\n') {
                em_flush(em, '\n');
                strbuf_putc(&em->out, '\n');
                em->last = 0;
                continue;
            }
            em_flush(em, cp);
            strbuf_append(&em->out, b, l);
            em->last = cp;
            em->nbr = 0;
            continue;
        }
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0x0B ||
            cp == 0xA0 || cp == 0x2028 || cp == 0x2029 || (cp >= 0x2000 && cp <= 0x200A) ||
            cp == 0x202F || cp == 0x205F) {
            em->space = 1;
            if (cp == '\n' || cp == '\r')
                em->space_nl = 1;
            continue;
        }
        if (cp < 0x20 || cp == 0x7F)
            continue; /* control characters */
        em_cp(em, cp, b, l);
    }
}

/* Trim every line's end, at most one blank line in a row, none at either end. */
static char *em_finish(emitter *em)
{
    char *s = strbuf_detach(&em->out);
    size_t n = strlen(s), w = 0;
    size_t line_start_w = 0;
    int newlines = 0;
    for (size_t r = 0; r < n; r++) {
        char c = s[r];
        if (c == '\n') {
            /* trim the line just written */
            while (w > line_start_w) {
                if (s[w - 1] == ' ' || s[w - 1] == '\t') {
                    w--;
                } else if (w - line_start_w >= 3 && (unsigned char)s[w - 3] == 0xE3 &&
                           (unsigned char)s[w - 2] == 0x80 && (unsigned char)s[w - 1] == 0x80) {
                    w -= 3;
                } else {
                    break;
                }
            }
            newlines++;
            if (w == 0) {
                line_start_w = 0;
                continue; /* no blank lines at the start */
            }
            if (newlines <= 2)
                s[w++] = '\n';
            line_start_w = w;
            continue;
        }
        newlines = 0;
        s[w++] = c;
    }
    while (w > 0 && (s[w - 1] == '\n' || s[w - 1] == ' ' || s[w - 1] == '\t'))
        w--;
    while (w >= 3 && (unsigned char)s[w - 3] == 0xE3 && (unsigned char)s[w - 2] == 0x80 &&
           (unsigned char)s[w - 1] == 0x80)
        w -= 3;
    s[w] = '\0';
    return s;
}

static int skipped(const xpage *pg, int32_t i, int skip_dropped)
{
    if (i < 0)
        return 1; /* deeper than the walk went */
    if (pg->el[i].props & XP_DROP)
        return 1;
    if (skip_dropped && (pg->el[i].flags & (XF_DROP | XF_REMOVED | XF_DROP_STATIC)))
        return 1;
    return 0;
}

static void walk(emitter *em, const xpage *pg, int32_t top_i, int skip_dropped);

static void emit_table(emitter *em, const xpage *pg, int32_t t, int skip_dropped)
{
    em_break(em, 2);
    const xel *te = &pg->el[t];
    strbuf row = STRBUF_INIT;
    for (int32_t j = t + 1; j < te->end; j++) {
        const xel *e = &pg->el[j];
        if (skipped(pg, j, skip_dropped)) {
            j = e->end - 1;
            continue;
        }
        if (e->tag == X_CAPTION) {
            walk(em, pg, j, skip_dropped);
            em_break(em, 2);
            j = e->end - 1;
            continue;
        }
        if (e->tag != X_TR)
            continue;
        strbuf_reset(&row);
        int any = 0, ncell = 0;
        for (int32_t c = j + 1; c < e->end; c = pg->el[c].end) {
            const xel *ce = &pg->el[c];
            if ((ce->tag != X_TD && ce->tag != X_TH) || skipped(pg, c, skip_dropped))
                continue;
            char *cell = xtext_inline(pg, c, skip_dropped);
            if (ncell++ > 0)
                strbuf_puts(&row, " | ");
            if (*cell)
                any = 1;
            strbuf_puts(&row, cell);
            free(cell);
        }
        if (any) {
            em_break(em, 1);
            em_text(em, strbuf_cstr(&row), row.len, 0, 0);
            em_break(em, 1);
        }
        j = e->end - 1;
    }
    strbuf_free(&row);
    em_break(em, 2);
}

static void on_enter(emitter *em, const xpage *pg, int32_t i)
{
    const xel *e = &pg->el[i];
    if (e->tag == X_BR) {
        em_br(em);
        return;
    }
    if (!(e->props & XP_INLINE))
        em_break(em, e->tag == X_TR ? 1 : 2);
    else if (e->tag == X_IMG)
        em->space = em->space; /* images add nothing */
}

static void on_leave(emitter *em, const xpage *pg, int32_t i)
{
    if (i < 0)
        return;
    const xel *e = &pg->el[i];
    if (e->tag == X_TD || e->tag == X_TH) {
        if (em->inline_only)
            em->space = 1;
        else
            em_break(em, 2);
        return;
    }
    if (!(e->props & XP_INLINE))
        em_break(em, e->tag == X_TR ? 1 : 2);
}

static void walk(emitter *em, const xpage *pg, int32_t top_i, int skip_dropped)
{
    xnode *top = pg->el[top_i].node;
    xnode *n = top;
    while (n) {
        int descend = 0;
        if (n->type == XN_ELEMENT) {
            int32_t i = el_index(n);
            if (!skipped(pg, i, skip_dropped)) {
                const xel *e = &pg->el[i];
                if ((e->flags & XF_DATA_TABLE) && !em->inline_only) {
                    emit_table(em, pg, i, skip_dropped);
                } else {
                    on_enter(em, pg, i);
                    if (n->children)
                        descend = 1;
                    else
                        on_leave(em, pg, i);
                }
            }
        } else if (n->type == XN_TEXT && n->content) {
            int32_t p = el_index(n->parent);
            int pre = p >= 0 && (pg->el[p].flags & XF_IN_PRE);
            int first_in_pre = pre && pg->el[p].tag == X_PRE && n == n->parent->children;
            em_text(em, n->content, strlen(n->content), pre, first_in_pre);
        }
        if (descend) {
            n = n->children;
            continue;
        }
        while (n != top && !n->next) {
            n = n->parent;
            if (!n)
                return;
            on_leave(em, pg, el_index(n));
        }
        if (n == top)
            break;
        n = n->next;
    }
}

char *xtext_serialize(const xpage *pg)
{
    emitter em;
    memset(&em, 0, sizeof em);
    strbuf_init(&em.out);
    for (size_t k = 0; k < pg->nel; k++) {
        const xel *e = &pg->el[k];
        if (!(e->flags & XF_CONTENT))
            continue;
        if (!(e->flags & (XF_REMOVED | XF_DROP))) {
            em_break(&em, 2);
            walk(&em, pg, (int32_t)k, 1);
            em_break(&em, 2);
        }
        k = (size_t)e->end - 1;
    }
    return em_finish(&em);
}

char *xtext_inline(const xpage *pg, int32_t i, int skip_dropped)
{
    emitter em;
    memset(&em, 0, sizeof em);
    strbuf_init(&em.out);
    em.inline_only = 1;
    if (!skipped(pg, i, skip_dropped))
        walk(&em, pg, i, skip_dropped);
    return em_finish(&em);
}

char *xtext_normalize_plain(const char *s)
{
    emitter em;
    memset(&em, 0, sizeof em);
    strbuf_init(&em.out);
    const char *p = s;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        em_break(&em, 2);
        em_text(&em, p, n, 0, 0);
        p += n;
        if (*p == '\n')
            p++;
    }
    return em_finish(&em);
}
