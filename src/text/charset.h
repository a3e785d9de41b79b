/*
 * charset: bytes in any encoding a Japanese or English site uses, to UTF-8.
 *
 * Detection order for a document: BOM, then the transport's charset, then the
 * document's own declaration (XML declaration or HTML <meta>), then the bytes
 * themselves.  Declarations are checked against the bytes: a page that says
 * UTF-8 but is plainly Shift_JIS (a frequent fault) is decoded as Shift_JIS.
 * Conversion uses iconv; Shift_JIS is decoded as CP932 (its superset in real
 * use), EUC-JP as EUC-JP-MS where available, ISO-8859-1 as Windows-1252.
 */
#ifndef SECDIGEST_CHARSET_H
#define SECDIGEST_CHARSET_H

#include "core/core.h"

enum charset_doc_kind { CHARSET_DOC_XML, CHARSET_DOC_HTML, CHARSET_DOC_TEXT };

typedef struct charset_result {
    char *utf8;          /* NUL-terminated UTF-8, BOM removed, invalid sequences replaced by U+FFFD */
    size_t len;
    char *charset;       /* canonical name actually used ("UTF-8", "CP932", "EUC-JP", ...) */
    int recovered;       /* 1 when a declared charset was overruled by the bytes */
    char *declared;      /* what the document or transport declared, or NULL */
} charset_result;

/* Decode a whole document.  `transport` is the HTTP charset or NULL. */
int charset_decode(const char *data, size_t len, enum charset_doc_kind kind, const char *transport,
                   charset_result *out, sd_err *err);
void charset_result_free(charset_result *r);

/* Convert from a named charset to UTF-8 (no detection). */
int charset_convert(const char *data, size_t len, const char *from, char **out, size_t *outlen, sd_err *err);
/* Is this valid UTF-8? */
int charset_is_utf8(const char *data, size_t len);
/* Best guess from the bytes alone: "UTF-8", "CP932", "EUC-JP", "ISO-2022-JP", "WINDOWS-1252". */
const char *charset_guess(const char *data, size_t len);
/* Map an alias ("x-sjis", "shift-jis", "euc_jp", "latin1"...) to the iconv name we use, or NULL if unknown. */
const char *charset_canonical(const char *name);

/* ---- additions ---- */

/* Whether the bytes can be used as they are (what charset_decode would do
 * without the copy): valid UTF-8, no BOM, and nothing else declared by the
 * transport or the document.  With validate = 0 the bytes are not checked
 * (for a caller whose next step rejects invalid UTF-8 anyway, as libxml2
 * does), only the BOM, the declarations and ISO-2022-JP escapes. */
int charset_is_plain_utf8(const char *data, size_t len, enum charset_doc_kind kind, const char *transport,
                          int validate);

#endif
