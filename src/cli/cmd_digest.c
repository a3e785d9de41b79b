/* secdigest digest: compose and render the digest of one day from the database. */
#include "cli/cli.h"
#include "cli/pipeline.h"
#include "core/log.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

const char cmd_digest_usage[] =
    "usage: secdigest digest [--date YYYY-MM-DD] [--format md|html|json|atom|all]\n"
    "                        [--output PATH] [--llm|--no-llm] [--date-style iso|ja]\n"
    "\n"
    "Compose the digest of one day (default today in the configured time zone)\n"
    "from the database and render it.  Without --output it goes to standard\n"
    "output (one format).  --output names a file, or a folder (an existing one,\n"
    "or a path ending in '/'), into which DATE.md, DATE.html (with index.html),\n"
    "DATE.json and digest.atom are written for the formats asked (default md;\n"
    "all four with --format all).  Pages not yet extracted are extracted first.\n";

/* Returns 1 if argv[*i] was a digest option (consuming its value), 0 if not, -1 on error. */
int cli_digest_option(const cli_command *self, int argc, char **argv, int *i, pipeline_opts *o,
                      unsigned *formats_given)
{
    const char *a = argv[*i];
    const char *val = NULL;
    const char *names[] = {"--date", "--format", "--output", "--date-style"};
    for (size_t k = 0; k < SD_ARRAY_LEN(names); k++) {
        size_t nl = strlen(names[k]);
        if (strcmp(a, names[k]) == 0) {
            if (*i + 1 >= argc) {
                cli_usage_error(self, "%s needs a value", a);
                return -1;
            }
            val = argv[++*i];
        } else if (strncmp(a, names[k], nl) == 0 && a[nl] == '=') {
            val = a + nl + 1;
        } else {
            continue;
        }
        if (k == 0) {
            o->date = val;
        } else if (k == 1) {
            unsigned f = pipeline_format_from_name(val);
            if (!f) {
                cli_usage_error(self, "unknown format '%s' (md, html, json, atom, all)", val);
                return -1;
            }
            *formats_given |= f;
        } else if (k == 2) {
            o->output = val;
        } else {
            if (strcmp(val, "ja") != 0 && strcmp(val, "iso") != 0) {
                cli_usage_error(self, "--date-style is iso or ja");
                return -1;
            }
            o->date_style_ja = strcmp(val, "ja") == 0;
        }
        return 1;
    }
    if (strcmp(a, "--llm") == 0) {
        o->use_llm = 1;
        return 1;
    }
    if (strcmp(a, "--no-llm") == 0) {
        o->use_llm = 0;
        return 1;
    }
    return 0;
}

/* Default format, and whether --output is a folder. */
int cli_digest_finish_opts(const cli_command *self, pipeline_opts *o, unsigned formats_given)
{
    o->formats = formats_given ? formats_given : FORMAT_MD;
    if (!o->output && (o->formats & (o->formats - 1)))
        return cli_usage_error(self, "several formats need --output DIR");
    if (o->output) {
        struct stat sb;
        size_t n = strlen(o->output);
        o->output_is_dir = (stat(o->output, &sb) == 0 && S_ISDIR(sb.st_mode)) || (n && o->output[n - 1] == '/');
        /* Several formats cannot share one file. */
        if (!o->output_is_dir && (o->formats & (o->formats - 1)))
            o->output_is_dir = 1;
        o->print_paths = 1;
    }
    return EXIT_OK;
}

int cmd_digest(cli_ctx *ctx, int argc, char **argv)
{
    const cli_command *self = cli_find_command("digest");
    pipeline_opts o;
    memset(&o, 0, sizeof o);
    o.use_llm = -1;
    o.date_style_ja = -1;
    unsigned formats = 0;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i]))
            return cli_help(self);
        int r = cli_digest_option(self, argc, argv, &i, &o, &formats);
        if (r < 0)
            return EXIT_USAGE;
        if (r == 0)
            return cli_usage_error(self, "unexpected argument '%s'", argv[i]);
    }
    int rc = cli_digest_finish_opts(self, &o, formats);
    if (rc != EXIT_OK)
        return rc;
    store *st = cli_store(ctx);
    if (!st)
        return EXIT_FAIL;
    return pipeline_write_digest(ctx, st, &o);
}
