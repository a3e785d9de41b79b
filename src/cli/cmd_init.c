/* secdigest init: create the database (schema at the newest version) and a
 * commented configuration file, never overwriting an existing one. */
#include "cli/cli.h"
#include "core/log.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char cmd_init_usage[] =
    "usage: secdigest init [--force-config]\n"
    "\n"
    "Create the database (see --db) and a commented configuration file (see\n"
    "--config).  An existing database is migrated to the newest schema and kept;\n"
    "an existing configuration file is kept unless --force-config.\n";

static char *parent_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return NULL;
    return xstrndup(path, (size_t)(slash - path));
}

int cmd_init(cli_ctx *ctx, int argc, char **argv)
{
    const cli_command *self = cli_find_command("init");
    int force = 0;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i]))
            return cli_help(self);
        if (strcmp(argv[i], "--force-config") == 0)
            force = 1;
        else
            return cli_usage_error(self, "unexpected argument '%s'", argv[i]);
    }
    store *st = cli_store(ctx);
    if (!st)
        return EXIT_FAIL;
    printf("database: %s (schema version %d)\n", ctx->db_path, store_schema_version(st));

    struct stat sb;
    if (stat(ctx->config_path, &sb) == 0 && !force) {
        printf("config:   %s (kept)\n", ctx->config_path);
        return EXIT_OK;
    }
    sd_err err = SD_ERR_INIT;
    char *dir = parent_dir(ctx->config_path);
    if (dir && *dir && sd_mkdirs(dir, &err) != 0) {
        log_error("cannot create the folder of %s: %s", ctx->config_path, sd_err_msg(&err));
        sd_err_clear(&err);
        free(dir);
        return EXIT_FAIL;
    }
    free(dir);
    if (sd_write_file(ctx->config_path, config_default_text, strlen(config_default_text), &err) != 0) {
        log_error("cannot write the configuration: %s", sd_err_msg(&err));
        sd_err_clear(&err);
        return EXIT_FAIL;
    }
    printf("config:   %s (written)\n", ctx->config_path);
    return EXIT_OK;
}
