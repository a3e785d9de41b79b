#include "core/config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

config *config_create(void) { return xcalloc(1, sizeof(config)); }

void config_free(config *cfg)
{
    if (!cfg)
        return;
    for (size_t i = 0; i < cfg->count; i++) {
        free(cfg->entries[i].section);
        free(cfg->entries[i].key);
        free(cfg->entries[i].value);
    }
    free(cfg->entries);
    free(cfg->path);
    free(cfg);
}

static void add_entry(config *cfg, const char *section, const char *key, const char *value, int line)
{
    cfg->entries = xgrow(cfg->entries, &cfg->cap, cfg->count + 1, sizeof(config_entry));
    config_entry *e = &cfg->entries[cfg->count++];
    e->section = xstrdup(section);
    e->key = xstrdup(key);
    e->value = xstrdup(value);
    e->line = line;
}

void config_set(config *cfg, const char *section, const char *key, const char *value)
{
    add_entry(cfg, section, key, value, 0);
}

static char *trim(char *s, char *end)
{
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
    *end = '\0';
    return s;
}

int config_parse(config *cfg, const char *text, size_t len, const char *name, sd_err *err)
{
    char *copy = xstrndup(text, len);
    char *section = xstrdup("");
    int lineno = 0;
    char *p = copy;
    /* A UTF-8 BOM at the start is tolerated: editors on other systems add it. */
    if (len >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
        p += 3;
    while (*p || p == copy) {
        char *nl = strchr(p, '\n');
        char *end = nl ? nl : p + strlen(p);
        lineno++;
        char *line = trim(p, end);
        if (*line == '\0' || *line == '#' || *line == ';') {
            /* blank or comment */
        } else if (*line == '[') {
            char *close = strchr(line, ']');
            if (!close) {
                sd_err_set(err, "%s:%d: section header without ']'", name, lineno);
                goto fail;
            }
            free(section);
            section = xstrdup(trim(line + 1, close));
        } else {
            char *eq = strchr(line, '=');
            if (!eq) {
                sd_err_set(err, "%s:%d: expected 'key = value'", name, lineno);
                goto fail;
            }
            char *key = trim(line, eq);
            char *value = trim(eq + 1, eq + 1 + strlen(eq + 1));
            if (*key == '\0') {
                sd_err_set(err, "%s:%d: empty key", name, lineno);
                goto fail;
            }
            /* Strip one pair of surrounding double quotes. */
            size_t vl = strlen(value);
            if (vl >= 2 && value[0] == '"' && value[vl - 1] == '"') {
                value[vl - 1] = '\0';
                value++;
            }
            add_entry(cfg, section, key, value, lineno);
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    free(section);
    free(copy);
    return 0;
fail:
    free(section);
    free(copy);
    return -1;
}

int config_load(config *cfg, const char *path, int missing_ok, sd_err *err)
{
    char *data;
    size_t len;
    sd_err rerr = SD_ERR_INIT;
    if (sd_read_file(path, 1 << 20, &data, &len, &rerr) != 0) {
        if (missing_ok && errno == ENOENT) {
            sd_err_clear(&rerr);
            return 0;
        }
        sd_err_set(err, "config %s", sd_err_msg(&rerr));
        sd_err_clear(&rerr);
        return -1;
    }
    int rc = config_parse(cfg, data, len, path, err);
    free(data);
    if (rc == 0) {
        free(cfg->path);
        cfg->path = xstrdup(path);
    }
    return rc;
}

const char *config_get(const config *cfg, const char *section, const char *key)
{
    if (!cfg)
        return NULL;
    for (size_t i = cfg->count; i-- > 0;) {
        const config_entry *e = &cfg->entries[i];
        if (strcmp(e->section, section ? section : "") == 0 && strcmp(e->key, key) == 0)
            return e->value;
    }
    return NULL;
}

const char *config_get_default(const config *cfg, const char *section, const char *key, const char *def)
{
    const char *v = config_get(cfg, section, key);
    return v ? v : def;
}

int config_get_long(const config *cfg, const char *section, const char *key, long def, long min,
                    long max, long *out, sd_err *err)
{
    const char *v = config_get(cfg, section, key);
    if (!v) {
        *out = def;
        return 0;
    }
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end != '\0' || n < min || n > max)
        return sd_err_set(err, "config [%s] %s = '%s': expected a whole number from %ld to %ld",
                          section, key, v, min, max);
    *out = n;
    return 0;
}

const char config_default_text[] =
    "# secdigest configuration (INI: [section], key = value, # comments).\n"
    "# Every setting is optional; the values shown are the defaults.\n"
    "\n"
    "[digest]\n"
    "# Time zone that defines a day (IANA name).\n"
    "# timezone = Asia/Tokyo\n"
    "# Date in headings: iso (2025-11-18) or ja (2025年11月18日).\n"
    "# date_style = iso\n"
    "# Number of key points.\n"
    "# key_points = 3\n"
    "# Where the HTML pages are published (used for links in the Atom feed).\n"
    "# base_url = https://example.org/digest/\n"
    "\n"
    "[fetch]\n"
    "# Transfers at once, and at most this many per host.\n"
    "# jobs = 16\n"
    "# per_host = 2\n"
    "# Seconds to connect, and for a whole transfer.\n"
    "# connect_timeout = 10\n"
    "# timeout = 30\n"
    "# Largest body accepted, in bytes.\n"
    "# max_bytes = 16777216\n"
    "# Minimum minutes between two polls of the same feed.\n"
    "# min_interval = 30\n"
    "# Extra attempts after a transient failure (with backoff and jitter).\n"
    "# retries = 2\n"
    "# Most article pages fetched in one run.\n"
    "# max_pages = 500\n"
    "# Private ranges fetch may reach anyway (CIDR list); everything else that\n"
    "# is not public is refused unless --allow-private-networks.\n"
    "# allow_networks = 10.1.0.0/16, fd00::/8\n"
    "\n"
    "[llm]\n"
    "# OpenAI-compatible endpoint; also SECDIGEST_LLM_URL. The API key comes only\n"
    "# from the environment (SECDIGEST_LLM_API_KEY or OPENAI_API_KEY).\n"
    "# url = http://127.0.0.1:11434/v1\n"
    "# model = llama3.1\n"
    "# Seconds to connect and per request; retries after 429/5xx/timeouts.\n"
    "# connect_timeout = 10\n"
    "# timeout = 60\n"
    "# retries = 2\n"
    "# retry_delay_ms = 1000\n"
    "# Answers tried per part before its extractive text is kept.\n"
    "# attempts = 2\n"
    "# Input budget per request (tokens), requests per run.\n"
    "# max_input_tokens = 6000\n"
    "# max_requests = 200\n"
    "\n"
    "[data]\n"
    "# Extra folder searched before the bundled data (glossary, lexicons).\n"
    "# dir = ~/.local/share/secdigest/data\n";
