/*
 * pipeline: the steps after collection, shared by `digest`, `run` and `demo`:
 * extract pending pages, analyse the day, compose the digest, render it in
 * the requested formats and keep it in the archive.
 */
#ifndef SECDIGEST_PIPELINE_H
#define SECDIGEST_PIPELINE_H

#include "cli/cli.h"

enum {
    FORMAT_MD = 1 << 0,
    FORMAT_HTML = 1 << 1,
    FORMAT_JSON = 1 << 2,
    FORMAT_ATOM = 1 << 3,
    FORMAT_ALL = FORMAT_MD | FORMAT_HTML | FORMAT_JSON | FORMAT_ATOM,
};

typedef struct pipeline_opts {
    const char *date;        /* YYYY-MM-DD, or NULL for today */
    unsigned formats;        /* FORMAT_* */
    const char *output;      /* a file (one format), a folder (several), or NULL: stdout */
    int output_is_dir;
    int use_llm;             /* -1 default (configured?), 0 --no-llm, 1 --llm */
    int date_style_ja;       /* -1: from config */
    int print_paths;         /* print each file written on stdout */
    int extract_jobs;        /* threads extracting pending pages; 0: one per CPU (extract_jobs.h) */
} pipeline_opts;

/* Parse "md", "html", "json", "atom" (or "all"); 0 if unknown. */
unsigned pipeline_format_from_name(const char *name);
int pipeline_write_digest(cli_ctx *ctx, store *st, const pipeline_opts *opts);
/* Options shared by digest and run (cmd_digest.c). */
int cli_digest_option(const cli_command *self, int argc, char **argv, int *i, pipeline_opts *o,
                      unsigned *formats_given);
/* Default format, whether --output is a folder; returns an exit code (usage error for several formats without a folder). */
int cli_digest_finish_opts(const cli_command *self, pipeline_opts *o, unsigned formats_given);

#endif
