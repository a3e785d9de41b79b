/*
 * libFuzzer target: feed lists through opml_parse, and what was read back
 * through opml_write and opml_parse again (the writer must produce OPML the
 * reader accepts, with the same number of feeds).
 */
#include "core/log.h"
#include "feed/feed.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    log_set_level(LOG_ERROR); /* skipped outlines are warnings: not of interest here */
    opml_doc *doc = NULL;
    sd_err err = SD_ERR_INIT;
    if (opml_parse((const char *)data, size, "fuzz", &doc, &err) == 0) {
        char *xml = opml_write(doc->title, doc->outlines, doc->count);
        opml_doc *again = NULL;
        if (opml_parse(xml, strlen(xml), "fuzz-rewritten", &again, &err) != 0 || again->count != doc->count)
            abort();
        opml_doc_free(again);
        free(xml);
        opml_doc_free(doc);
    }
    sd_err_clear(&err);
    return 0;
}
