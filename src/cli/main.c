/*
 * secdigest: entry point.  Global options may stand before or after the
 * subcommand (cli.md), so they are taken out of argv first and everything
 * else is handed to the subcommand untouched.
 */
#include "cli/cli.h"
#include "core/log.h"
#include "version.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern const cli_command cli_commands[];
extern const size_t cli_command_count;

static void print_main_usage(FILE *out)
{
    fputs("usage: secdigest [--db PATH] [--config PATH] [-q|-v] COMMAND [ARGS]\n"
          "\n"
          "Writes a daily Japanese cybersecurity news digest from RSS/Atom feeds.\n"
          "\n"
          "commands:\n",
          out);
    for (size_t i = 0; i < cli_command_count; i++)
        fprintf(out, "  %-9s %s\n", cli_commands[i].name, cli_commands[i].summary);
    fputs("\n"
          "global options (before or after the command):\n"
          "  --db PATH       the database (default $SECDIGEST_DB, else\n"
          "                  $XDG_DATA_HOME/secdigest/secdigest.db)\n"
          "  --config PATH   the configuration file (default $SECDIGEST_CONFIG, else\n"
          "                  $XDG_CONFIG_HOME/secdigest/config)\n"
          "  -q, -v          quieter / more verbose logs on stderr (repeatable)\n"
          "  --help, --version\n"
          "\n"
          "'secdigest COMMAND --help' describes a command; see also secdigest(1).\n",
          out);
}

const cli_command *cli_find_command(const char *name)
{
    for (size_t i = 0; i < cli_command_count; i++)
        if (strcmp(cli_commands[i].name, name) == 0)
            return &cli_commands[i];
    return NULL;
}

int cli_is_help(const char *arg) { return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0; }

int cli_help(const cli_command *cmd)
{
    fputs(cmd->usage, stdout);
    return EXIT_OK;
}

int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
{
    strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&sb, fmt, ap);
    va_end(ap);
    fprintf(stderr, "secdigest %s: %s\n", cmd->name, strbuf_cstr(&sb));
    /* The first line of the usage text is the synopsis. */
    const char *nl = strchr(cmd->usage, '\n');
    fprintf(stderr, "%.*s\n", nl ? (int)(nl - cmd->usage) : (int)strlen(cmd->usage), cmd->usage);
    fprintf(stderr, "Try 'secdigest %s --help'.\n", cmd->name);
    strbuf_free(&sb);
    return EXIT_USAGE;
}

static char *xdg_path(const char *env, const char *fallback_rel, const char *leaf)
{
    const char *base = getenv(env);
    if (base && *base)
        return xasprintf("%s/secdigest/%s", base, leaf);
    const char *home = getenv("HOME");
    if (!home || !*home)
        home = ".";
    return xasprintf("%s/%s/secdigest/%s", home, fallback_rel, leaf);
}

store *cli_store(cli_ctx *ctx)
{
    if (ctx->st)
        return ctx->st;
    sd_err err = SD_ERR_INIT;
    if (store_open(ctx->db_path, &ctx->st, &err) != 0) {
        log_error("database %s: %s", ctx->db_path, sd_err_msg(&err));
        sd_err_clear(&err);
        return NULL;
    }
    return ctx->st;
}

static int is_dir(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

char *cli_data_dir(cli_ctx *ctx, const char *relative)
{
    const char *candidates[4];
    size_t n = 0;
    const char *env = getenv("SECDIGEST_DATA_DIR");
    if (env && *env)
        candidates[n++] = env;
    const char *cfgdir = config_get(ctx->cfg, "data", "dir");
    if (cfgdir && *cfgdir)
        candidates[n++] = cfgdir;
    candidates[n++] = SECDIGEST_DATADIR_INSTALL;
    candidates[n++] = SECDIGEST_DATADIR_BUILD;
    for (size_t i = 0; i < n; i++) {
        char *p = xasprintf("%s/%s", candidates[i], relative);
        struct stat sb;
        if (stat(p, &sb) == 0)
            return p;
        free(p);
    }
    /* Nothing found: return the source-tree path so the error names a real place. */
    (void)is_dir;
    return xasprintf("%s/%s", SECDIGEST_DATADIR_BUILD, relative);
}

const char *cli_timezone(cli_ctx *ctx)
{
    const char *tz = config_get(ctx->cfg, "digest", "timezone");
    if (!tz)
        tz = config_get(ctx->cfg, "", "timezone");
    return tz && *tz ? tz : "Asia/Tokyo";
}

int main(int argc, char **argv)
{
    cli_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.argv0 = argv[0];
    const char *db_opt = NULL, *config_opt = NULL;
    int verbosity = LOG_INFO;
    int want_help = 0, want_version = 0;

    /* Pass 1: take global options out of argv, wherever they stand. */
    char **rest = xcalloc((size_t)argc + 1, sizeof(char *));
    int nrest = 0;
    int after_dashdash = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (after_dashdash) {
            rest[nrest++] = argv[i];
            continue;
        }
        if (strcmp(a, "--") == 0) {
            after_dashdash = 1;
            rest[nrest++] = argv[i];
        } else if (strcmp(a, "--db") == 0 || strcmp(a, "--config") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "secdigest: %s needs a value\n", a);
                free(rest);
                return EXIT_USAGE;
            }
            if (a[2] == 'd')
                db_opt = argv[++i];
            else
                config_opt = argv[++i];
        } else if (sd_starts_with(a, "--db=")) {
            db_opt = a + 5;
        } else if (sd_starts_with(a, "--config=")) {
            config_opt = a + 9;
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            verbosity--;
        } else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) {
            verbosity++;
        } else if (strcmp(a, "-vv") == 0) {
            verbosity += 2;
        } else if (strcmp(a, "--version") == 0) {
            want_version = 1;
        } else if ((strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) && nrest == 0) {
            want_help = 1; /* `secdigest --help` (a help after the command is the command's) */
        } else {
            rest[nrest++] = argv[i];
        }
    }
    if (verbosity < LOG_ERROR)
        verbosity = LOG_ERROR;
    if (verbosity > LOG_DEBUG)
        verbosity = LOG_DEBUG;
    log_set_level((enum log_level)verbosity);

    if (want_version) {
        printf("secdigest %s\n", SECDIGEST_VERSION);
        free(rest);
        return EXIT_OK;
    }
    if (want_help && nrest == 0) {
        print_main_usage(stdout);
        free(rest);
        return EXIT_OK;
    }
    if (nrest == 0) {
        print_main_usage(stderr);
        free(rest);
        return EXIT_USAGE;
    }
    const cli_command *cmd = cli_find_command(rest[0]);
    if (!cmd) {
        fprintf(stderr, "secdigest: '%s' is not a secdigest command. See 'secdigest --help'.\n", rest[0]);
        free(rest);
        return EXIT_USAGE;
    }
    if (want_help) {
        free(rest);
        return cli_help(cmd);
    }

    const char *env_db = getenv("SECDIGEST_DB");
    ctx.db_path = db_opt ? xstrdup(db_opt)
                  : (env_db && *env_db) ? xstrdup(env_db)
                                        : xdg_path("XDG_DATA_HOME", ".local/share", "secdigest.db");
    ctx.db_explicit = db_opt != NULL || (env_db && *env_db);
    const char *env_cfg = getenv("SECDIGEST_CONFIG");
    ctx.config_explicit = config_opt != NULL || (env_cfg && *env_cfg);
    ctx.config_path = config_opt ? xstrdup(config_opt)
                      : (env_cfg && *env_cfg) ? xstrdup(env_cfg)
                                              : xdg_path("XDG_CONFIG_HOME", ".config", "config");
    ctx.cfg = config_create();
    sd_err err = SD_ERR_INIT;
    /* `init` writes the config file, so its absence is never an error there. */
    int missing_ok = !ctx.config_explicit || strcmp(cmd->name, "init") == 0;
    if (config_load(ctx.cfg, ctx.config_path, missing_ok, &err) != 0) {
        log_error("%s", sd_err_msg(&err));
        sd_err_clear(&err);
        config_free(ctx.cfg);
        free(ctx.db_path);
        free(ctx.config_path);
        free(rest);
        return EXIT_FAIL;
    }

    int rc = cmd->fn(&ctx, nrest, rest);

    if (ctx.st)
        store_close(ctx.st);
    config_free(ctx.cfg);
    free(ctx.db_path);
    free(ctx.config_path);
    free(rest);
    if (fflush(stdout) != 0 && rc == EXIT_OK) {
        fprintf(stderr, "secdigest: error writing output: %s\n", strerror(errno));
        rc = EXIT_FAIL;
    }
    return rc;
}
