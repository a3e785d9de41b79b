/*
 * extract_store: the pipeline's extraction step over the database.
 *
 * Every stored page without an extract made by this EXTRACT_VERSION (every
 * page when forced) is extracted and its result stored.  When the page
 * yields nothing credible -- or could not be read at all -- the item keeps
 * its feed summary as text, marked fallback = 1 with the reason, so that the
 * writer knows the text is the feed's and not the article's.  One bad page
 * never stops the run: its reason is logged and stored.  Writes are batched
 * in transactions; a run killed half-way leaves whole extracts only, and the
 * next run does the rest.
 */
#include "extract/extract.h"
#include "core/log.h"
#include "store/store.h"

#include <stdlib.h>
#include <string.h>

#define BATCH 64

static int store_one(store *st, int64_t id, size_t *done, size_t *failed, sd_err *err)
{
    store_page page;
    int found = 0;
    memset(&page, 0, sizeof page);
    if (store_page_get(st, id, &page, &found, err) != 0)
        return -1;
    if (!found)
        return 0; /* removed since it was listed */

    store_extract x;
    memset(&x, 0, sizeof x);
    x.item_id = id;
    x.published = SD_TIME_NONE;
    x.version = EXTRACT_VERSION;

    extract_result *r = NULL;
    char *reason = NULL;
    if (page.status >= 400) {
        reason = xasprintf("the page answered HTTP %d", page.status);
    } else {
        extract_opts o;
        memset(&o, 0, sizeof o);
        o.url = page.final_url ? page.final_url : page.url;
        o.content_type = page.content_type;
        sd_err xerr = SD_ERR_INIT;
        if (extract_page(page.body, page.body_len, &o, &r, &xerr) != 0) {
            reason = xstrdup(sd_err_msg(&xerr));
            sd_err_clear(&xerr);
        } else if (!r->credible) {
            reason = xstrdup(r->reason ? r->reason : "nothing credible in the page");
        }
    }
    if (r) {
        x.title = r->title;
        x.published = r->published;
        x.author = r->author;
        x.language = r->language;
        x.canonical_url = r->canonical_url;
    }

    store_item item;
    memset(&item, 0, sizeof item);
    int have_item = 0;
    if (reason) {
        /* The feed's own words stand in for the article. */
        int ifound = 0;
        if (store_item_get(st, id, &item, &ifound, err) != 0) {
            free(reason);
            extract_result_free(r);
            store_page_clear(&page);
            return -1;
        }
        have_item = ifound;
        x.fallback = 1;
        x.reason = reason;
        x.text = have_item ? (item.summary ? item.summary : item.content) : NULL;
        log_info("extract: %s: %s; keeping the feed's summary", page.url ? page.url : "(page)", reason);
    } else {
        x.text = r->text;
    }

    int rc = store_extract_put(st, &x, err);
    if (rc == 0) {
        if (reason) {
            if (failed)
                (*failed)++;
        } else if (done) {
            (*done)++;
        }
    }
    if (have_item)
        store_item_clear(&item);
    free(reason);
    extract_result_free(r);
    store_page_clear(&page);
    return rc;
}

int extract_store_pending(store *st, int force, size_t *done, size_t *failed, sd_err *err)
{
    if (done)
        *done = 0;
    if (failed)
        *failed = 0;
    int64_t *ids = NULL;
    size_t n = 0;
    if (store_pages_to_extract(st, EXTRACT_VERSION, force, &ids, &n, err) != 0)
        return -1;
    for (size_t at = 0; at < n; at += BATCH) {
        if (store_begin(st, err) != 0) {
            free(ids);
            return -1;
        }
        size_t end = at + BATCH < n ? at + BATCH : n;
        for (size_t k = at; k < end; k++) {
            if (store_one(st, ids[k], done, failed, err) != 0) {
                store_rollback(st);
                free(ids);
                return -1;
            }
        }
        if (store_commit(st, err) != 0) {
            store_rollback(st);
            free(ids);
            return -1;
        }
    }
    free(ids);
    return 0;
}
