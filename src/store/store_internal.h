/*
 * store_internal: what the files of src/store share and nobody else sees.
 */
#ifndef SECDIGEST_STORE_INTERNAL_H
#define SECDIGEST_STORE_INTERNAL_H

#include "store/store.h"

#include <sqlite3.h>

/*
 * Apply the migrations of schema.c to an open connection, up to version
 * `upto` (0: the newest).  Refuses a database newer than the binary or one
 * that belongs to another program.  `path` is only for messages.
 */
int store_migrate_db(sqlite3 *db, const char *path, int upto, sd_err *err);

#endif
