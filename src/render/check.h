/*
 * check: verify a digest in Markdown against digest-format.md, whoever wrote
 * it (secdigest, or a person who edited it afterwards).
 *
 * Checked: the structure and order of sections; numbered stories each with at
 * least one well-formed 出典 link; 主要引用 listing every cited URL exactly
 * once and nothing uncited; every link a working http(s) Markdown link (and,
 * given a database, the link of a collected article); no template residue
 * (placeholder brackets, [cite: N], {placeholders}, runs of stray commas,
 * empty sections, raw HTML); valid UTF-8, NFC, no control characters.
 */
#ifndef SECDIGEST_CHECK_H
#define SECDIGEST_CHECK_H

#include "core/core.h"
#include "store/store.h"

typedef struct check_defect {
    int line;     /* 1-based; 0 for the whole document */
    char *what;
} check_defect;

typedef struct check_report {
    check_defect *defects;
    size_t count;
    size_t cap;
} check_report;

/* Check `md`.  `st` may be NULL (then links are not looked up).  Returns 0 when the
 * check ran (defects or not) and -1 when it could not (database error). */
int digest_check(const char *md, size_t len, store *st, check_report *report, sd_err *err);
void check_report_free(check_report *r);

#endif
