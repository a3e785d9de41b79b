/* Is a URL the link of a collected article?  (Used by `check` to refuse invented links.) */
#include "store/store.h"
#include "text/url.h"

#include <sqlite3.h>
#include <stdlib.h>

int store_link_known(store *st, const char *url, int *known, sd_err *err)
{
    *known = 0;
    /* Stored items always carry their canonical link (indexed), so comparing
     * canonical forms finds the article under any spelling of its URL. */
    char *canon = url_canonical(url);
    if (!canon)
        return 0;
    sqlite3_stmt *stmt = NULL;
    const char *sql = "SELECT 1 FROM items WHERE canonical_link = ?1 LIMIT 1";
    int rc = sqlite3_prepare_v2(store_db(st), sql, -1, &stmt, NULL);
    if (rc != SQLITE_OK) {
        free(canon);
        return sd_err_set(err, "looking up a link: %s", sqlite3_errmsg(store_db(st)));
    }
    sqlite3_bind_text(stmt, 1, canon, -1, SQLITE_STATIC);
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        *known = 1;
    else if (rc != SQLITE_DONE) {
        sd_err_set(err, "looking up a link: %s", sqlite3_errmsg(store_db(st)));
        sqlite3_finalize(stmt);
        free(canon);
        return -1;
    }
    sqlite3_finalize(stmt);
    free(canon);
    return 0;
}
