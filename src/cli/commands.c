/*
 * The table of subcommands.  Each subcommand lives in its own cmd_*.c file,
 * which defines the function and its --help text (cmd_*_usage).
 */
#include "cli/cli.h"

extern const char cmd_init_usage[];
extern const char cmd_feeds_usage[];
extern const char cmd_fetch_usage[];
extern const char cmd_items_usage[];
extern const char cmd_demo_usage[];
extern const char cmd_parse_usage[];
extern const char cmd_extract_usage[];
extern const char cmd_check_usage[];
extern const char cmd_digest_usage[];
extern const char cmd_run_usage[];
extern const char cmd_search_usage[];

const cli_command cli_commands[] = {
    {"init", cmd_init, "create the database and a commented config file", cmd_init_usage},
    {"feeds", cmd_feeds, "manage the feed list (import, export, list, add, remove)", cmd_feeds_usage},
    {"fetch", cmd_fetch, "collect every feed and the article pages of new items", cmd_fetch_usage},
    {"items", cmd_items, "list the items stored for a day", cmd_items_usage},
    {"digest", cmd_digest, "compose and render the digest of one day", cmd_digest_usage},
    {"run", cmd_run, "the daily job: fetch, then the digest of today", cmd_run_usage},
    {"demo", cmd_demo, "run the whole pipeline on the bundled sample day, offline", cmd_demo_usage},
    {"parse", cmd_parse, "parse feed documents and print what was understood", cmd_parse_usage},
    {"extract", cmd_extract, "extract the main article from HTML pages", cmd_extract_usage},
    {"search", cmd_search, "search the archive of items and digests", cmd_search_usage},
    {"check", cmd_check, "verify a digest against the format; list every defect", cmd_check_usage},
};

const size_t cli_command_count = SD_ARRAY_LEN(cli_commands);
