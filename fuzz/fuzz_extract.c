/*
 * libFuzzer target for the extractor: any bytes, as a page, through the whole
 * of extract_page (charset detection, the pre-parse sanitiser, libxml2,
 * scoring, cleaning, serialisation, metadata, JSON-LD).  The first byte
 * chooses a transport charset and whether a URL is given, so that those
 * paths are reached too.  Limits are small so that slow inputs show up as
 * timeouts rather than hide behind the defaults.
 *
 *   build-fuzz/fuzz/fuzz_extract -max_total_time=60 -timeout=5 -entropic=0 fuzz/corpus/extract
 *
 * (-entropic=0: with the many coverage features of an HTML parser, libFuzzer's
 * entropic scheduling spends two thirds of the time updating its own statistics.)
 */
#include "extract/extract.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const charsets[] = {NULL, "Shift_JIS", "EUC-JP", "UTF-8", "ISO-8859-1",
                                           "x-bogus-charset", "UTF-16LE", NULL};
    extract_opts o;
    memset(&o, 0, sizeof o);
    if (size > 0) {
        uint8_t sel = data[0];
        o.charset = charsets[sel & 7];
        if (sel & 8)
            o.url = "https://fuzz.example/dir/page.html";
        if (sel & 16)
            o.content_type = "text/html; charset=\"euc-jp\"";
        data++;
        size--;
    }
    o.max_bytes = 1u << 20;
    o.time_budget_ms = 2000;
    o.now = 1763430000;
    extract_result *r = NULL;
    sd_err err = SD_ERR_INIT;
    if (extract_page((const char *)data, size, &o, &r, &err) == 0) {
        /* touch what a caller reads */
        volatile size_t n = 0;
        if (r->text)
            n += strlen(r->text);
        if (r->title)
            n += strlen(r->title);
        if (r->author)
            n += strlen(r->author);
        if (r->url)
            n += strlen(r->url);
        if (r->reason)
            n += strlen(r->reason);
        (void)n;
        extract_result_free(r);
    }
    sd_err_clear(&err);
    return 0;
}
