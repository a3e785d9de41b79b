/* secdigest check: verify a digest (ours, or edited by a person) against the format. */
#include "cli/cli.h"
#include "core/log.h"
#include "render/check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_check_usage[] =
    "usage: secdigest check [--links] FILE.md...\n"
    "\n"
    "Verify digests against the format: structure and order of sections, a\n"
    "出典 link for every story, 主要引用 listing each cited URL once, working\n"
    "http(s) links, no template residue ([日付], [cite: N], {placeholders},\n"
    "stray commas, empty sections, raw HTML), valid UTF-8 in NFC without\n"
    "control characters.  With a database (--db or $SECDIGEST_DB), or with\n"
    "--links for the default one, every URL must be the link of a collected\n"
    "article.  Prints FILE:LINE: defect for each defect; exits 1 if any.\n";

int cmd_check(cli_ctx *ctx, int argc, char **argv)
{
    const cli_command *self = cli_find_command("check");
    int links = ctx->db_explicit;
    const char **files = xcalloc((size_t)argc, sizeof *files);
    size_t nfiles = 0;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            free(files);
            return cli_help(self);
        }
        if (strcmp(argv[i], "--links") == 0)
            links = 1;
        else if (argv[i][0] == '-' && argv[i][1]) {
            free(files);
            return cli_usage_error(self, "unknown option '%s'", argv[i]);
        } else
            files[nfiles++] = argv[i];
    }
    if (nfiles == 0) {
        free(files);
        return cli_usage_error(self, "which digest file?");
    }
    store *st = NULL;
    if (links && !(st = cli_store(ctx))) {
        free(files);
        return EXIT_FAIL;
    }
    int rc = EXIT_OK;
    for (size_t f = 0; f < nfiles; f++) {
        char *data;
        size_t len;
        sd_err err = SD_ERR_INIT;
        if (sd_read_file(files[f], 64u << 20, &data, &len, &err) != 0) {
            log_error("%s", sd_err_msg(&err));
            sd_err_clear(&err);
            rc = EXIT_FAIL;
            continue;
        }
        check_report r;
        if (digest_check(data, len, st, &r, &err) != 0) {
            log_error("%s: %s", files[f], sd_err_msg(&err));
            sd_err_clear(&err);
            rc = EXIT_FAIL;
        }
        for (size_t i = 0; i < r.count; i++)
            printf("%s:%d: %s\n", files[f], r.defects[i].line, r.defects[i].what);
        if (r.count)
            rc = EXIT_FAIL;
        else
            fprintf(stderr, "%s: ok\n", files[f]);
        check_report_free(&r);
        free(data);
    }
    free(files);
    return rc;
}
