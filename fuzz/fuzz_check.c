/*
 * fuzz_check: the digest checker on arbitrary bytes.  `secdigest check`
 * reads digests that people edit by hand, so any input must give a report
 * (never a crash), and every defect must name a line inside the document.
 */
#include "render/check.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    /* The checker takes a NUL-terminated document (a file read whole). */
    char *md = malloc(size + 1);
    if (!md)
        return 0;
    memcpy(md, data, size);
    md[size] = '\0';
    size_t lines = 1;
    for (size_t i = 0; i < size; i++)
        if (md[i] == '\n')
            lines++;
    check_report r;
    sd_err err = SD_ERR_INIT;
    if (digest_check(md, size, NULL, &r, &err) != 0)
        abort(); /* without a database the check cannot fail to run */
    for (size_t i = 0; i < r.count; i++)
        if (r.defects[i].line < 0 || (size_t)r.defects[i].line > lines || !r.defects[i].what)
            abort();
    check_report_free(&r);
    sd_err_clear(&err);
    free(md);
    return 0;
}
