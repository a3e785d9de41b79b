/*
 * cli: the `secdigest` program: global options, then one file per subcommand
 * (cmd_*.c), in the manner of git's builtin/.  Subcommands are thin: they
 * parse options, call the library, print results.  Exit codes (cli.md):
 * 0 success, 1 runtime failure, 2 usage error.
 */
#ifndef SECDIGEST_CLI_H
#define SECDIGEST_CLI_H

#include "core/config.h"
#include "core/core.h"
#include "store/store.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

typedef struct cli_ctx {
    const char *argv0;
    char *db_path;      /* resolved: --db, $SECDIGEST_DB, XDG default */
    int db_explicit;    /* the user named the database (--db or $SECDIGEST_DB) */
    char *config_path;  /* resolved: --config, $SECDIGEST_CONFIG, XDG default */
    int config_explicit;/* the user named the config file: it must exist */
    config *cfg;
    store *st;          /* opened on first cli_store() */
    int fetch_jobs;     /* --jobs N given to fetch on the command line (run bounds extraction by it); 0 */
} cli_ctx;

typedef int (*cli_command_fn)(cli_ctx *ctx, int argc, char **argv);

typedef struct cli_command {
    const char *name;
    cli_command_fn fn;
    const char *summary;
    const char *usage; /* full --help text of the subcommand */
} cli_command;

/* Open the database on first use (creating and migrating it). NULL on failure (logged). */
store *cli_store(cli_ctx *ctx);
/* Whether argv holds -h/--help at position i. */
int cli_is_help(const char *arg);
/* Print a subcommand's usage to stdout (for --help) and return EXIT_OK. */
int cli_help(const cli_command *cmd);
/* Report a usage error for a subcommand and return EXIT_USAGE. */
int cli_usage_error(const cli_command *cmd, const char *fmt, ...) SD_PRINTF(2, 3);
/* The folder of bundled data (data/): $SECDIGEST_DATA_DIR, [data] dir, the install dir, the source tree. */
char *cli_data_dir(cli_ctx *ctx, const char *relative);
/* The configured time zone (default Asia/Tokyo). */
const char *cli_timezone(cli_ctx *ctx);

const cli_command *cli_find_command(const char *name);
/* --date (or today when NULL) as [start, end) UTC and "YYYY-MM-DD"; returns an exit code. */
int cli_day_range(cli_ctx *ctx, const char *date, int64_t *start, int64_t *end, char day[static 16]);

/* Subcommands. */
int cmd_init(cli_ctx *ctx, int argc, char **argv);
int cmd_feeds(cli_ctx *ctx, int argc, char **argv);
int cmd_parse(cli_ctx *ctx, int argc, char **argv);
int cmd_items(cli_ctx *ctx, int argc, char **argv);
int cmd_demo(cli_ctx *ctx, int argc, char **argv);
int cmd_fetch(cli_ctx *ctx, int argc, char **argv);
int cmd_extract(cli_ctx *ctx, int argc, char **argv);
int cmd_digest(cli_ctx *ctx, int argc, char **argv);
int cmd_run(cli_ctx *ctx, int argc, char **argv);
int cmd_check(cli_ctx *ctx, int argc, char **argv);
int cmd_search(cli_ctx *ctx, int argc, char **argv);

#endif
