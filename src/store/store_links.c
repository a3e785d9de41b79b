/* Is a URL the link of a collected article?  (Used by `check` to refuse invented links.) */
#include "store/store.h"
#include "text/url.h"

#include <sqlite3.h>
#include <stdlib.h>

int store_link_known(store *st, const char *url, int *known, sd_err *err)
{
    *known = 0;
    char *canon = url_canonical(url);
    sqlite3_stmt *stmt = NULL;
    const char *sql = "SELECT 1 FROM items WHERE link = ?1 OR canonical_link = ?2 "
                      "UNION ALL SELECT 1 FROM pages WHERE final_url = ?1 LIMIT 1";
    int rc = sqlite3_prepare_v2(store_db(st), sql, -1, &stmt, NULL);
    if (rc != SQLITE_OK) {
        free(canon);
        return sd_err_set(err, "looking up a link: %s", sqlite3_errmsg(store_db(st)));
    }
    sqlite3_bind_text(stmt, 1, url, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, canon ? canon : url, -1, SQLITE_STATIC);
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
