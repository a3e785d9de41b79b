/*
 * json_fields: the two rules every JSON output of secdigest follows (cli.md):
 * a missing value is null, never an empty string, and times are RFC 3339 UTC.
 */
#ifndef SECDIGEST_JSON_FIELDS_H
#define SECDIGEST_JSON_FIELDS_H

#include "core/core.h"

#include <cjson/cJSON.h>

/* "key": "value", or "key": null when value is NULL. */
void json_put_str(cJSON *obj, const char *key, const char *value);
/* "key": "2025-11-18T09:30:00Z", or "key": null for SD_TIME_NONE. */
void json_put_time(cJSON *obj, const char *key, int64_t t);

#endif
