/*
 * url: absolute links and canonical links.
 *
 * url_resolve makes a reference absolute against a base (RFC 3986 section 5).
 * url_canonical gives the form used to recognise the same article under
 * different spellings: lower-case scheme and host, no default port, no
 * fragment, no tracking parameters (utm_*, fbclid, gclid, ...), dot-segments
 * removed, percent-encoding of unreserved characters decoded.
 */
#ifndef SECDIGEST_URL_H
#define SECDIGEST_URL_H

#include "core/core.h"

/* Returns a newly allocated absolute URL, or NULL if `ref` cannot be resolved.
 * Any scheme comes out ("mailto:", "javascript:"...): check url_is_http before
 * following a link.  Surrounding whitespace is trimmed; inner spaces or
 * control characters, or more than 8 KiB, make it NULL (every function here). */
char *url_resolve(const char *base, const char *ref);
/* Returns a newly allocated canonical URL, or NULL if `url` is not an absolute http(s) URL. */
char *url_canonical(const char *url);
/* Scheme is http or https and the URL parses. */
int url_is_http(const char *url);
/* Newly allocated lower-case host of an absolute URL, or NULL.  An IPv6
 * literal comes without its brackets ("::1"); an IDN host as given (UTF-8). */
char *url_host(const char *url);

#endif
