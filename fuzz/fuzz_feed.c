/*
 * libFuzzer target: feed documents of any format through feed_parse with
 * small limits, and the pieces it is made of (dates, markup, charsets) on
 * the same bytes.  Nothing may crash, leak or read out of bounds.
 */
#include "feed/feed.h"
#include "text/charset.h"
#include "text/markup.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    feed_parse_opts o;
    memset(&o, 0, sizeof o);
    o.max_bytes = 1u << 20;
    o.max_depth = 32;
    o.max_items = 200;
    o.now = 1763425800;
    /* The first byte picks a transport charset and base URL, as fetch would pass them. */
    static const char *const transports[] = {NULL, "UTF-8", "Shift_JIS", "EUC-JP", "ISO-8859-1", "x-bogus"};
    if (size) {
        o.http_charset = transports[data[0] % 6];
        o.url = (data[0] & 0x40) ? "https://fuzz.secwatch.example/dir/feed.xml" : NULL;
    }
    feed_doc *doc = NULL;
    sd_err err = SD_ERR_INIT;
    if (feed_parse((const char *)data, size, &o, &doc, &err) == 0)
        feed_doc_free(doc);
    sd_err_clear(&err);

    if (size <= 256) {
        char *s = malloc(size + 1);
        memcpy(s, data, size);
        s[size] = '\0';
        int64_t t;
        (void)feed_date_parse(s, &t);
        free(s);
    }
    charset_result cr;
    if (charset_decode((const char *)data, size, CHARSET_DOC_HTML, NULL, &cr, &err) == 0) {
        char *text = markup_to_text(cr.utf8, cr.len, 1);
        free(text);
        text = text_to_paragraphs(cr.utf8, cr.len, 1);
        free(text);
        charset_result_free(&cr);
    }
    sd_err_clear(&err);
    return 0;
}
