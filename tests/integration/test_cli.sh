#!/usr/bin/env bash
# The command line as a user meets it: exit codes, init, feed lists, parse,
# the demo on the sample day, items, search, check and determinism.
set -u
bin=${SECDIGEST_BIN:?}
src=${SRCDIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config HOME=$tmp
unset SECDIGEST_DB SECDIGEST_CONFIG SECDIGEST_LLM_URL OPENAI_API_KEY SECDIGEST_LLM_API_KEY
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
expect_rc() { # expect_rc WANT DESCRIPTION -- command...
  local want=$1 what=$2; shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  if [[ $rc -eq $want ]]; then ok; else bad "$what: exit $rc, want $want"; sed 's/^/    /' "$tmp/err" | head -5 >&2; fi
}
contains() { # contains FILE TEXT DESCRIPTION
  if grep -qF -- "$2" "$1"; then ok; else bad "$3: '$2' not in $1"; head -5 "$1" | sed 's/^/    /' >&2; fi
}

# --- exit codes and help
expect_rc 0 "--version" -- "$bin" --version
contains "$tmp/out" "secdigest 0." "--version prints the version"
expect_rc 0 "--help" -- "$bin" --help
contains "$tmp/out" "demo" "--help lists the commands"
expect_rc 2 "no command" -- "$bin"
expect_rc 2 "unknown command" -- "$bin" frobnicate
contains "$tmp/err" "'frobnicate' is not a secdigest command" "unknown command is named"
expect_rc 2 "unknown option" -- "$bin" items --bogus
expect_rc 2 "bad --date" -- "$bin" items --date 2026-13-01
for c in init feeds fetch items digest run demo parse extract check search; do
  expect_rc 0 "$c --help" -- "$bin" "$c" --help
  contains "$tmp/out" "usage: secdigest $c" "$c --help shows its usage"
done
expect_rc 1 "explicit missing config" -- "$bin" --config "$tmp/nope.conf" items

# --- init: database and commented config, config kept on the second run
expect_rc 0 "init" -- "$bin" init
[[ -f $tmp/data/secdigest/secdigest.db ]] && ok || bad "init did not create the XDG database"
[[ -f $tmp/config/secdigest/config ]] && ok || bad "init did not write the config"
contains "$tmp/config/secdigest/config" "timezone" "config is commented with its settings"
echo "# mine" >> "$tmp/config/secdigest/config"
expect_rc 0 "second init" -- "$bin" init
contains "$tmp/out" "(kept)" "second init keeps the config"
contains "$tmp/config/secdigest/config" "# mine" "user edits survive init"

# --- feeds
db=$tmp/feeds.db
expect_rc 0 "feeds add" -- "$bin" --db "$db" feeds add https://news.example/feed.xml --name "Example News" --lang en
contains "$tmp/out" "added feed" "feeds add reports the feed"
expect_rc 2 "feeds add --lang xx" -- "$bin" --db "$db" feeds add https://x.example/ --lang xx
expect_rc 1 "feeds add of a non-http URL" -- "$bin" --db "$db" feeds add ftp://x.example/feed
expect_rc 0 "feeds import (bundled)" -- "$bin" --db "$db" feeds import
contains "$tmp/out" "21 added" "the bundled list has 21 feeds"
expect_rc 0 "feeds list" -- "$bin" --db "$db" feeds list
contains "$tmp/out" "https://www.jpcert.or.jp/rss/jpcert.rdf" "feeds list shows JPCERT/CC"
[[ $(grep -c "^[0-9]" "$tmp/out") -eq 22 ]] && ok || bad "feeds list: want 22 feeds, got $(grep -c '^[0-9]' "$tmp/out")"
expect_rc 0 "feeds list --json" -- "$bin" --db "$db" feeds list --json
contains "$tmp/out" '"error_count":0' "feeds list --json has error counts"
expect_rc 0 "feeds export" -- "$bin" --db "$db" feeds export
cp "$tmp/out" "$tmp/export.opml"
contains "$tmp/export.opml" '<opml version="2.0">' "export is OPML 2.0"
expect_rc 0 "re-import of the export" -- "$bin" --db "$tmp/feeds2.db" feeds import "$tmp/export.opml"
contains "$tmp/out" "22 added" "export/import round trip keeps every feed"
expect_rc 0 "feeds remove" -- "$bin" --db "$db" feeds remove https://news.example/feed.xml
expect_rc 1 "feeds remove (again)" -- "$bin" --db "$db" feeds remove https://news.example/feed.xml
printf '<opml version="2.0"><body><outline' > "$tmp/broken.opml"
expect_rc 1 "import of a broken OPML" -- "$bin" --db "$db" feeds import "$tmp/broken.opml"
contains "$tmp/err" "broken.opml" "the broken OPML is named"

# --- parse: JSON Lines, one bad file does not hide the others
feeds=("$src"/data/sample/feeds/*)
printf 'not a feed at all' > "$tmp/junk.xml"
expect_rc 1 "parse with one bad file" -- "$bin" parse --json "${feeds[0]}" "$tmp/junk.xml" "${feeds[1]}"
[[ $(wc -l < "$tmp/out") -eq 3 ]] && ok || bad "parse: want 3 JSON lines"
sed -n 2p "$tmp/out" | grep -q '"file":' && sed -n 2p "$tmp/out" | grep -q '"error":' && ok || bad "parse: the bad file's line has file and error"
sed -n 3p "$tmp/out" | grep -Eq '"items": ?\[' && ok || bad "parse: the file after the bad one is still parsed"
contains "$tmp/err" "junk.xml" "parse names the bad file on stderr"
# on several threads: the same lines, messages and exit code as on one, in the files' order
many=("${feeds[@]}" "$tmp/junk.xml" "$tmp/missing.xml" "${feeds[@]}")
"$bin" parse --json --jobs 1 "${many[@]}" >"$tmp/p1.out" 2>"$tmp/p1.err"; rc1=$?
for j in 2 4 16; do
  "$bin" parse --json --jobs $j "${many[@]}" >"$tmp/pj.out" 2>"$tmp/pj.err"; rcj=$?
  cmp -s "$tmp/p1.out" "$tmp/pj.out" && cmp -s "$tmp/p1.err" "$tmp/pj.err" && [[ $rc1 -eq 1 && $rcj -eq 1 ]] \
    && ok || bad "parse --jobs $j differs from --jobs 1 (exit $rcj, $rc1)"
done
[[ $(wc -l < "$tmp/p1.out") -eq ${#many[@]} ]] && ok || bad "parse --jobs 1: one line a file"

# --- demo on the sample day
out1=$tmp/demo1 out2=$tmp/demo2
expect_rc 0 "demo" -- "$bin" demo --output "$out1"
for f in 2026-11-18.md 2026-11-18.html 2026-11-18.json digest.atom index.html; do
  contains "$tmp/out" "$out1/$f" "demo prints the path of $f"
  [[ -s $out1/$f ]] && ok || bad "demo did not write $f"
done
expect_rc 0 "check of the demo digest" -- "$bin" check "$out1/2026-11-18.md"
expect_rc 0 "check with the demo database (links)" -- "$bin" --db "$out1/demo.db" check "$out1/2026-11-18.md"
expect_rc 0 "second demo" -- "$bin" demo --output "$out2"
for f in 2026-11-18.md 2026-11-18.html 2026-11-18.json digest.atom index.html; do
  cmp -s "$out1/$f" "$out2/$f" && ok || bad "demo is not deterministic: $f differs"
done
expect_rc 0 "digest from the demo database" -- "$bin" --db "$out1/demo.db" digest --date 2026-11-18 --format json
cmp -s "$tmp/out" "$out1/2026-11-18.json" && ok || bad "digest --format json differs from the demo's JSON"

# A digest whose links were invented is caught with the database.
sed 's|https://\([a-z.-]*\)\.example/|https://\1.invented.example/|' "$out1/2026-11-18.md" > "$tmp/invented.md"
expect_rc 1 "check finds invented links" -- "$bin" --db "$out1/demo.db" check "$tmp/invented.md"
contains "$tmp/out" "not the link of any collected article" "invented links are named"
sed 's/^## 結論$/## まとめ/' "$out1/2026-11-18.md" > "$tmp/edited.md"
expect_rc 1 "check finds a renamed section" -- "$bin" check "$tmp/edited.md"
contains "$tmp/out" "edited.md:" "defects name file and line"

# --- items and search on the demo database
expect_rc 0 "items --json" -- "$bin" --db "$out1/demo.db" items --date 2026-11-18 --json
n=$(wc -l < "$tmp/out")
[[ $n -eq 30 ]] && ok || bad "items on the sample day: want 30, got $n"
head -1 "$tmp/out" | grep -q '"feed":' && head -1 "$tmp/out" | grep -q '"extracted":' && ok || bad "items JSON has feed and extracted"
expect_rc 0 "items (text)" -- "$bin" --db "$out1/demo.db" items --date 2026-11-16
[[ $(wc -l < "$tmp/out") -eq 15 ]] && ok || bad "items on 2026-11-16: want 15"
expect_rc 0 "search" -- "$bin" --db "$out1/demo.db" search ShadowLynx
contains "$tmp/out" "ShadowLynx" "search finds the ransomware group"
expect_rc 0 "search (Japanese)" -- "$bin" --db "$out1/demo.db" search --json ミナトロジスティクス
contains "$tmp/out" '"kind":"digest"' "search finds the digest too"

# --- run: the daily job (feeds named as files, no page fetching), then again (nothing due)
rdb=$tmp/run.db
expect_rc 0 "run" -- "$bin" --db "$rdb" run --no-pages "$src"/data/sample/feeds/* --date 2026-11-18 --format all --output "$tmp/run/"
contains "$tmp/out" "$tmp/run/2026-11-18.md" "run prints the digest's path"
contains "$tmp/err" "62 new items" "run reports what it collected"
expect_rc 0 "check of run's digest" -- "$bin" --db "$rdb" check "$tmp/run/2026-11-18.md"
expect_rc 0 "second run (nothing due)" -- "$bin" --db "$rdb" run --no-pages --date 2026-11-18 --output "$tmp/run/"
contains "$tmp/err" "not due yet" "second run says the feeds are not due"
expect_rc 0 "feeds list after run" -- "$bin" --db "$rdb" feeds list --json
[[ $(grep -c '"error_count":0' "$tmp/out") -eq 10 ]] && ok || bad "run: all 10 sample feeds recorded without error"

echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
