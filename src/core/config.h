/*
 * config: the INI-style configuration file (`[section]`, `key = value`,
 * `#` or `;` comments).  Keys outside any section belong to section "".
 * Unknown keys are kept (and ignored by the program) so that a newer config
 * works with an older binary.
 */
#ifndef SECDIGEST_CONFIG_H
#define SECDIGEST_CONFIG_H

#include "core/core.h"

typedef struct config_entry {
    char *section;
    char *key;
    char *value;
    int line;
} config_entry;

typedef struct config {
    config_entry *entries;
    size_t count;
    size_t cap;
    char *path; /* NULL for an empty config */
} config;

config *config_create(void);
/* Parse text; `name` is used in error messages ("name:LINE: ..."). */
int config_parse(config *cfg, const char *text, size_t len, const char *name, sd_err *err);
/* Load a file; a missing file is not an error when `missing_ok`. */
int config_load(config *cfg, const char *path, int missing_ok, sd_err *err);
/* The last value set for section/key, or NULL. */
const char *config_get(const config *cfg, const char *section, const char *key);
const char *config_get_default(const config *cfg, const char *section, const char *key, const char *def);
/* Integer value within [min,max]; returns def when unset; -1 and err when malformed. */
int config_get_long(const config *cfg, const char *section, const char *key, long def, long min,
                    long max, long *out, sd_err *err);
void config_set(config *cfg, const char *section, const char *key, const char *value);
void config_free(config *cfg);

/* The commented configuration file written by `secdigest init`. */
extern const char config_default_text[];

#endif
