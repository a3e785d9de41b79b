/*
 * url: RFC 3986 references made absolute, and the canonical form of http(s)
 * links used to recognise one article under several spellings.
 *
 * Input is hostile (it comes from feeds and pages): every function bounds the
 * length it accepts (URL_MAX_LEN), trims the ASCII whitespace and control
 * bytes that surround links in markup, and refuses control bytes or spaces
 * inside.  Bytes >= 0x80 (IRIs, IDN hosts) pass through url_resolve as
 * given; url_canonical percent-encodes them outside the host so that the
 * raw and the encoded spelling of one path compare equal.
 */
#include "text/url.h"

#include <stdlib.h>
#include <string.h>

/* Longer links are refused: real article URLs are far shorter, and a bound
 * keeps one hostile entry from making every later copy of it expensive. */
#define URL_MAX_LEN 8192

/* The five components of RFC 3986 Appendix B, as slices of the input. */
typedef struct uri_ref {
    const char *scheme, *auth, *path, *query, *frag;
    size_t scheme_len, auth_len, path_len, query_len, frag_len;
    int has_scheme, has_auth, has_query, has_frag;
} uri_ref;

static int is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static int hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static int is_unreserved(unsigned char c)
{
    return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

/* Trim surrounding whitespace/control bytes, bound the length, refuse inner ones. */
static int clean_input(const char *s, const char **start, size_t *len)
{
    if (!s)
        return -1;
    const unsigned char *b = (const unsigned char *)s;
    size_t n = strlen(s);
    while (n && *b <= 0x20) {
        b++;
        n--;
    }
    while (n && b[n - 1] <= 0x20)
        n--;
    if (n > URL_MAX_LEN)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (b[i] <= 0x20 || b[i] == 0x7f)
            return -1;
    *start = (const char *)b;
    *len = n;
    return 0;
}

/* Split per RFC 3986 Appendix B.  A prefix before ':' that is not a valid
 * scheme makes the reference scheme-less (as browsers do). */
static void split_ref(const char *s, size_t n, uri_ref *r)
{
    memset(r, 0, sizeof *r);
    size_t i = 0;
    while (i < n && s[i] != ':' && s[i] != '/' && s[i] != '?' && s[i] != '#')
        i++;
    if (i > 0 && i < n && s[i] == ':' && is_alpha((unsigned char)s[0])) {
        int ok = 1;
        for (size_t k = 1; k < i && ok; k++) {
            unsigned char c = (unsigned char)s[k];
            ok = is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.';
        }
        if (ok) {
            r->has_scheme = 1;
            r->scheme = s;
            r->scheme_len = i;
            s += i + 1;
            n -= i + 1;
        }
    }
    if (n >= 2 && s[0] == '/' && s[1] == '/') {
        size_t k = 2;
        while (k < n && s[k] != '/' && s[k] != '?' && s[k] != '#')
            k++;
        r->has_auth = 1;
        r->auth = s + 2;
        r->auth_len = k - 2;
        s += k;
        n -= k;
    }
    size_t k = 0;
    while (k < n && s[k] != '?' && s[k] != '#')
        k++;
    r->path = s;
    r->path_len = k;
    s += k;
    n -= k;
    if (n && s[0] == '?') {
        k = 1;
        while (k < n && s[k] != '#')
            k++;
        r->has_query = 1;
        r->query = s + 1;
        r->query_len = k - 1;
        s += k;
        n -= k;
    }
    if (n && s[0] == '#') {
        r->has_frag = 1;
        r->frag = s + 1;
        r->frag_len = n - 1;
    }
}

/* RFC 3986 5.2.4, appending the result to out. */
static void remove_dot_segments(const char *path, size_t len, strbuf *out)
{
    char *in = xstrndup(path, len);
    size_t i = 0;
    size_t base = out->len; /* the output starts here; never truncate below it */
    strbuf_grow(out, len + 1);
    while (i < len) {
        const char *p = in + i;
        size_t rest = len - i;
        if (rest >= 3 && memcmp(p, "../", 3) == 0) {
            i += 3;
        } else if (rest >= 2 && memcmp(p, "./", 2) == 0) {
            i += 2;
        } else if (rest >= 3 && memcmp(p, "/./", 3) == 0) {
            i += 2;
        } else if (rest == 2 && memcmp(p, "/.", 2) == 0) {
            i += 1;
            in[i] = '/';
        } else if ((rest >= 4 && memcmp(p, "/../", 4) == 0) || (rest == 3 && memcmp(p, "/..", 3) == 0)) {
            if (rest == 3) {
                i += 2;
                in[i] = '/';
            } else {
                i += 3;
            }
            size_t k = out->len;
            while (k > base && out->data[k - 1] != '/')
                k--;
            out->len = k > base ? k - 1 : base;
            out->data[out->len] = '\0';
        } else if ((rest == 1 && p[0] == '.') || (rest == 2 && memcmp(p, "..", 2) == 0)) {
            i = len;
        } else {
            size_t k = (p[0] == '/') ? 1 : 0;
            while (k < rest && p[k] != '/')
                k++;
            strbuf_append(out, p, k);
            i += k;
        }
    }
    free(in);
    if (!out->data)
        strbuf_puts(out, "");
}

static void put_lower(strbuf *sb, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        strbuf_putc(sb, lower(s[i]));
}

char *url_resolve(const char *base, const char *ref)
{
    const char *rs, *bs = NULL;
    size_t rn, bn = 0;
    if (clean_input(ref, &rs, &rn) != 0)
        return NULL;
    uri_ref r, b;
    split_ref(rs, rn, &r);
    int have_base = 0;
    if (base && clean_input(base, &bs, &bn) == 0) {
        split_ref(bs, bn, &b);
        have_base = b.has_scheme;
    }
    if (!r.has_scheme && !have_base)
        return NULL;

    /* RFC 3986 5.2.2, writing T directly into the output (5.3). */
    strbuf out = STRBUF_INIT;
    const uri_ref *q; /* where T.query comes from */
    if (r.has_scheme) {
        put_lower(&out, r.scheme, r.scheme_len);
        strbuf_putc(&out, ':');
        if (r.has_auth) {
            strbuf_puts(&out, "//");
            strbuf_append(&out, r.auth, r.auth_len);
        }
        remove_dot_segments(r.path, r.path_len, &out);
        q = &r;
    } else {
        put_lower(&out, b.scheme, b.scheme_len);
        strbuf_putc(&out, ':');
        if (r.has_auth) {
            strbuf_puts(&out, "//");
            strbuf_append(&out, r.auth, r.auth_len);
            remove_dot_segments(r.path, r.path_len, &out);
            q = &r;
        } else {
            if (b.has_auth) {
                strbuf_puts(&out, "//");
                strbuf_append(&out, b.auth, b.auth_len);
            }
            if (r.path_len == 0) {
                strbuf_append(&out, b.path, b.path_len);
                q = r.has_query ? &r : &b;
            } else {
                if (r.path[0] == '/') {
                    remove_dot_segments(r.path, r.path_len, &out);
                } else {
                    /* 5.2.3 merge, then remove dot segments from the whole. */
                    strbuf merged = STRBUF_INIT;
                    if (b.has_auth && b.path_len == 0) {
                        strbuf_putc(&merged, '/');
                    } else {
                        size_t k = b.path_len;
                        while (k > 0 && b.path[k - 1] != '/')
                            k--;
                        strbuf_append(&merged, b.path, k);
                    }
                    strbuf_append(&merged, r.path, r.path_len);
                    remove_dot_segments(strbuf_cstr(&merged), merged.len, &out);
                    strbuf_free(&merged);
                }
                q = &r;
            }
        }
    }
    if (q->has_query) {
        strbuf_putc(&out, '?');
        strbuf_append(&out, q->query, q->query_len);
    }
    if (r.has_frag) {
        strbuf_putc(&out, '#');
        strbuf_append(&out, r.frag, r.frag_len);
    }
    if (out.len > URL_MAX_LEN) {
        strbuf_free(&out);
        return NULL;
    }
    return strbuf_detach(&out);
}

static int starts_with_ci(const char *s, size_t n, const char *prefix)
{
    size_t pn = strlen(prefix);
    if (n < pn)
        return 0;
    for (size_t i = 0; i < pn; i++)
        if (lower(s[i]) != prefix[i])
            return 0;
    return 1;
}

/* ---- http(s) URLs ------------------------------------------------------ */

typedef struct http_url {
    uri_ref ref;
    int https;
    const char *userinfo, *host;
    size_t userinfo_len, host_len;
    int has_userinfo;
    long port; /* -1: none or default */
} http_url;

/* Split an authority into userinfo, host and port.  Returns -1 on an empty
 * host or a port that is not a number in range. */
static int split_authority(const char *a, size_t n, http_url *u, long default_port)
{
    size_t at = n;
    for (size_t i = n; i > 0; i--)
        if (a[i - 1] == '@') {
            at = i - 1;
            break;
        }
    const char *h = a;
    size_t hn = n;
    if (at < n) {
        u->has_userinfo = 1;
        u->userinfo = a;
        u->userinfo_len = at;
        h = a + at + 1;
        hn = n - at - 1;
    }
    size_t host_end;
    if (hn && h[0] == '[') {
        const char *close = memchr(h, ']', hn);
        if (!close)
            return -1;
        host_end = (size_t)(close - h) + 1;
        if (host_end < hn && h[host_end] != ':')
            return -1;
    } else {
        host_end = hn;
        for (size_t i = 0; i < hn; i++)
            if (h[i] == ':') {
                host_end = i;
                break;
            }
    }
    if (host_end == 0)
        return -1;
    for (size_t i = 0; i < host_end; i++)
        if (strchr("\\<>\"^`{|}", h[i]) && h[i])
            return -1;
    u->host = h;
    u->host_len = host_end;
    u->port = -1;
    if (host_end < hn) {
        long port = 0;
        size_t digits = 0;
        for (size_t i = host_end + 1; i < hn; i++) {
            if (!is_digit((unsigned char)h[i]))
                return -1;
            port = port * 10 + (h[i] - '0');
            if (port > 65535)
                return -1;
            digits++;
        }
        if (digits && port != default_port)
            u->port = port;
    }
    return 0;
}

static int parse_http(const char *url, http_url *u)
{
    const char *s;
    size_t n;
    memset(u, 0, sizeof *u);
    if (clean_input(url, &s, &n) != 0)
        return -1;
    split_ref(s, n, &u->ref);
    if (!u->ref.has_scheme || !u->ref.has_auth)
        return -1;
    long default_port;
    if (u->ref.scheme_len == 4 && starts_with_ci(u->ref.scheme, 4, "http")) {
        default_port = 80;
    } else if (u->ref.scheme_len == 5 && starts_with_ci(u->ref.scheme, 5, "https")) {
        u->https = 1;
        default_port = 443;
    } else {
        return -1;
    }
    return split_authority(u->ref.auth, u->ref.auth_len, u, default_port);
}

int url_is_http(const char *url)
{
    http_url u;
    return parse_http(url, &u) == 0;
}

char *url_host(const char *url)
{
    const char *s;
    size_t n;
    uri_ref r;
    http_url u;
    if (clean_input(url, &s, &n) != 0)
        return NULL;
    split_ref(s, n, &r);
    if (!r.has_scheme || !r.has_auth)
        return NULL;
    memset(&u, 0, sizeof u);
    if (split_authority(r.auth, r.auth_len, &u, -1) != 0)
        return NULL;
    const char *h = u.host;
    size_t hn = u.host_len;
    if (hn >= 2 && h[0] == '[') { /* IPv6 literal: the address itself */
        h++;
        hn -= 2;
    }
    strbuf sb = STRBUF_INIT;
    put_lower(&sb, h, hn);
    return strbuf_detach(&sb);
}

/*
 * Percent-encoding normalisation (RFC 3986 6.2.2.1-2): escapes of unreserved
 * characters are decoded, other escapes upper-cased, bytes that may not
 * appear in a URI (non-ASCII, quotes, braces...) encoded.  A '%' that does
 * not start an escape is left alone: there is no single right reading of it.
 */
static void put_normalised(strbuf *sb, const char *s, size_t n)
{
    static const char hexd[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '%' && n - i >= 3) {
            int hi = hex_value((unsigned char)s[i + 1]), lo = hex_value((unsigned char)s[i + 2]);
            if (hi >= 0 && lo >= 0) {
                unsigned char v = (unsigned char)(hi * 16 + lo);
                if (is_unreserved(v)) {
                    strbuf_putc(sb, (char)v);
                } else {
                    strbuf_putc(sb, '%');
                    strbuf_putc(sb, hexd[v >> 4]);
                    strbuf_putc(sb, hexd[v & 15]);
                }
                i += 2;
                continue;
            }
        }
        if (c >= 0x80 || strchr("\"<>\\^`{|}", (char)c)) {
            strbuf_putc(sb, '%');
            strbuf_putc(sb, hexd[c >> 4]);
            strbuf_putc(sb, hexd[c & 15]);
        } else {
            strbuf_putc(sb, (char)c);
        }
    }
}

/* Parameters that only say who sent the reader, never which page. */
static int is_tracking_param(const char *name, size_t n)
{
    static const char *const exact[] = {
        "fbclid", "gclid",   "gclsrc", "dclid",   "gbraid",      "wbraid",   "msclkid",    "mc_cid",
        "mc_eid", "yclid",   "ysclid", "_hsenc",  "_hsmi",       "__hstc",   "__hssc",     "__hsfp",
        "hsctatracking",     "igshid", "igsh",    "ref_src",     "ref_url",  "spm",        "_ga",
        "_gl",    "mkt_tok", "oly_anon_id",       "oly_enc_id",  "vero_id",  "vero_conv",  "wickedid",
        "twclid", "ttclid",  "li_fat_id",         "rb_clickid",  "s_cid",    "ocid",       "__twitter_impression",
    };
    if (starts_with_ci(name, n, "utm_"))
        return 1;
    for (size_t i = 0; i < SD_ARRAY_LEN(exact); i++)
        if (strlen(exact[i]) == n && starts_with_ci(name, n, exact[i]))
            return 1;
    return 0;
}

char *url_canonical(const char *url)
{
    http_url u;
    if (parse_http(url, &u) != 0)
        return NULL;
    strbuf out = STRBUF_INIT;
    strbuf_puts(&out, u.https ? "https://" : "http://");
    if (u.has_userinfo) {
        put_normalised(&out, u.userinfo, u.userinfo_len);
        strbuf_putc(&out, '@');
    }
    put_lower(&out, u.host, u.host_len);
    if (u.port >= 0)
        strbuf_printf(&out, ":%ld", u.port);

    strbuf tmp = STRBUF_INIT;
    put_normalised(&tmp, u.ref.path, u.ref.path_len);
    size_t path_start = out.len;
    remove_dot_segments(strbuf_cstr(&tmp), tmp.len, &out);
    if (out.len == path_start)
        strbuf_putc(&out, '/');

    if (u.ref.has_query) {
        strbuf_reset(&tmp);
        put_normalised(&tmp, u.ref.query, u.ref.query_len);
        const char *q = strbuf_cstr(&tmp);
        size_t qn = tmp.len, kept = 0;
        size_t i = 0;
        while (i <= qn) {
            size_t j = i;
            while (j < qn && q[j] != '&')
                j++;
            size_t name_len = 0;
            while (i + name_len < j && q[i + name_len] != '=')
                name_len++;
            if (j > i && !is_tracking_param(q + i, name_len)) {
                strbuf_putc(&out, kept++ ? '&' : '?');
                strbuf_append(&out, q + i, j - i);
            }
            i = j + 1;
        }
    }
    strbuf_free(&tmp);
    if (out.len > URL_MAX_LEN) {
        strbuf_free(&out);
        return NULL;
    }
    return strbuf_detach(&out);
}
