/* secdigest run: the daily job -- fetch, then the digest of today. */
#include "cli/cli.h"
#include "cli/pipeline.h"
#include "core/log.h"
#include "extract/extract_jobs.h"

#include <stdlib.h>
#include <string.h>

const char cmd_run_usage[] =
    "usage: secdigest run [fetch options] [digest options]\n"
    "\n"
    "The daily job: 'secdigest fetch' with the fetch options given (--feeds,\n"
    "--jobs, --allow-private-networks, ...), then 'secdigest digest' for today\n"
    "with the digest options given (--format, --output, --llm/--no-llm,\n"
    "--date-style; --date to write another day).  The digest is written even\n"
    "when nothing could be collected (it says why); the exit code is then 1.\n"
    "Pages are extracted on one thread per CPU (at most 16); --jobs N, which\n"
    "bounds fetch's transfers, bounds those threads too.\n";

int cmd_run(cli_ctx *ctx, int argc, char **argv)
{
    const cli_command *self = cli_find_command("run");
    pipeline_opts o;
    memset(&o, 0, sizeof o);
    o.use_llm = -1;
    o.date_style_ja = -1;
    unsigned formats = 0;
    /* Digest options are taken here; everything else goes to fetch, which validates it. */
    char **fetch_argv = xcalloc((size_t)argc + 1, sizeof *fetch_argv);
    int fetch_argc = 0;
    fetch_argv[fetch_argc++] = "fetch";
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            free(fetch_argv);
            return cli_help(self);
        }
        int r = cli_digest_option(self, argc, argv, &i, &o, &formats);
        if (r < 0) {
            free(fetch_argv);
            return EXIT_USAGE;
        }
        if (r == 0)
            fetch_argv[fetch_argc++] = argv[i];
    }
    int urc = cli_digest_finish_opts(self, &o, formats);
    if (urc != EXIT_OK) {
        free(fetch_argv);
        return urc;
    }
    int frc = cmd_fetch(ctx, fetch_argc, fetch_argv);
    free(fetch_argv);
    if (frc == EXIT_USAGE)
        return frc;
    store *st = cli_store(ctx);
    if (!st)
        return EXIT_FAIL;
    /* fetch's --jobs counts transfers (16 by default, mostly waiting on the
     * network); extraction wants no more threads than CPUs.  A --jobs the user
     * gave says how much of the machine the run may take: it bounds both. */
    if (ctx->fetch_jobs > 0) {
        int ncpu = extract_jobs_default();
        o.extract_jobs = ctx->fetch_jobs < ncpu ? ctx->fetch_jobs : ncpu;
    }
    int drc = pipeline_write_digest(ctx, st, &o);
    return drc != EXIT_OK ? drc : frc;
}
