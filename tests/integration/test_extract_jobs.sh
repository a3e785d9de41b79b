#!/usr/bin/env bash
# Extraction on several threads changes nothing but the time it takes:
#  - `extract --jobs 4` over every test and sample page, with a missing file,
#    a binary file and a page that makes the extractor log a debug message in
#    the middle, prints the same bytes on stdout and on stderr, and exits
#    with the same code, as `--jobs 1` (JSON Lines and text; every spelling
#    of the option; standard input among the files);
#  - the pipeline (`demo`) stores the same extracts table and writes the same
#    digest with 1 and 4 threads, and `extract --stored --force --jobs 4`
#    rewrites the same rows.
set -u
bin=${SECDIGEST_BIN:?}
src=${SRCDIR:?}
py=${PYTHON3:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config HOME=$tmp
unset SECDIGEST_DB SECDIGEST_CONFIG SECDIGEST_LLM_URL OPENAI_API_KEY SECDIGEST_LLM_API_KEY
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
same() { # same FILE1 FILE2 DESCRIPTION
  if cmp -s "$1" "$2"; then ok; else bad "$3"; diff "$1" "$2" | head -8 | sed 's/^/    /' >&2; fi
}

# A page with a tag of 150 attributes: extracted all the same, with a debug
# message ("tags with more than 100 attributes cut") from the worker thread.
{
  printf '<html><head><title>Attributes</title></head><body><div'
  for i in $(seq 150); do printf ' data-a%d="%d"' "$i" "$i"; done
  printf '><p>'
  for i in $(seq 12); do printf 'A sentence of the article, long enough to be counted as text. '; done
  printf '</p></div></body></html>\n'
} > "$tmp/many_attrs.html"
head -c 4096 "$bin" > "$tmp/binary.html"

mapfile -t pages < <(ls "$src"/tests/data/pages/*.html "$src"/data/sample/pages/*/*.html \
                        "$src"/tests/data/pages_heldout/*.html | LC_ALL=C sort)
if [[ ${#pages[@]} -lt 100 ]]; then
  bad "expected the test and sample pages, found ${#pages[@]}"
fi
half=$((${#pages[@]} / 2))
files=("${pages[@]:0:$half}" "$tmp/missing.html" "$tmp/binary.html" "$tmp/many_attrs.html"
       "${pages[@]:$half}")

# run NAME ARGS...: stdout, stderr and exit code of one extract run
run() {
  local name=$1; shift
  "$bin" -v extract "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
  echo $? >"$tmp/$name.rc"
}

run j1 --json --jobs 1 "${files[@]}"
run j4 --json --jobs 4 "${files[@]}"
run j4b --json -j 4 "${files[@]}"
run j4c --json -j4 "${files[@]}"
run j4d --json --jobs=4 "${files[@]}"
run jdef --json "${files[@]}"
run j16 --json --jobs 16 "${files[@]}"
same "$tmp/j1.rc" <(echo 1) "--jobs 1 exits 1 when a file fails"
lines=$(wc -l <"$tmp/j1.out")
[[ $lines -eq ${#files[@]} ]] && ok || bad "--jobs 1 printed $lines lines for ${#files[@]} files"
grep -q '"file":".*missing.html","error":' "$tmp/j1.out" && ok || bad "no error line for the missing file"
grep -q '"file":".*binary.html","error":"not an HTML page' "$tmp/j1.out" && ok || bad "no error line for the binary file"
grep -q 'debug: extract: 1 tags with more than 100 attributes cut' "$tmp/j1.err" && ok ||
  bad "the many-attributes page logged no debug message"
for n in j4 j4b j4c j4d jdef j16; do
  same "$tmp/j1.out" "$tmp/$n.out" "$n: stdout differs from --jobs 1"
  same "$tmp/j1.err" "$tmp/$n.err" "$n: stderr differs from --jobs 1"
  same "$tmp/j1.rc" "$tmp/$n.rc" "$n: exit code differs from --jobs 1"
done

# text output, headed '==> FILE <=='
run t1 --jobs 1 "${files[@]}"
run t4 --jobs 4 "${files[@]}"
same "$tmp/t1.out" "$tmp/t4.out" "text output differs between 1 and 4 jobs"
same "$tmp/t1.err" "$tmp/t4.err" "text stderr differs between 1 and 4 jobs"
same "$tmp/t1.rc" "$tmp/t4.rc" "text exit code differs between 1 and 4 jobs"

# all good: exit 0 either way
run g1 --json --jobs 1 "${pages[@]}"
run g4 --json --jobs 4 "${pages[@]}"
same "$tmp/g1.rc" <(echo 0) "good pages: --jobs 1 exits 0"
same "$tmp/g1.out" "$tmp/g4.out" "good pages: stdout differs"
same "$tmp/g1.rc" "$tmp/g4.rc" "good pages: exit code differs"

# standard input among files
"$bin" extract --json --jobs 1 "${pages[0]}" - "${pages[1]}" <"${pages[2]}" >"$tmp/s1.out" 2>/dev/null
"$bin" extract --json --jobs 4 "${pages[0]}" - "${pages[1]}" <"${pages[2]}" >"$tmp/s4.out" 2>/dev/null
same "$tmp/s1.out" "$tmp/s4.out" "standard input among files: output differs"
[[ $(wc -l <"$tmp/s4.out") -eq 3 ]] && ok || bad "standard input among files: not 3 lines"

# bad counts are usage errors
for v in 0 -3 x 65 ""; do
  "$bin" extract --jobs "$v" "${pages[0]}" >/dev/null 2>&1
  [[ $? -eq 2 ]] && ok || bad "--jobs '$v' is not a usage error"
done

# --- the pipeline: demo with 1 and 4 threads
dump() { # dump DB: the extracts table, every column but the time it was written
  "$py" - "$1" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for row in db.execute("SELECT item_id, title, published, author, language, canonical_url, text, "
                      "fallback, reason, version FROM extracts ORDER BY item_id"):
    print(repr(row))
EOF
}
"$bin" demo --no-llm --jobs 1 --output "$tmp/demo1" >"$tmp/demo1.out" 2>"$tmp/demo1.err"
rc1=$?
"$bin" demo --no-llm --jobs 4 --output "$tmp/demo4" >"$tmp/demo4.out" 2>"$tmp/demo4.err"
rc4=$?
[[ $rc1 -eq 0 && $rc4 -eq 0 ]] && ok || bad "demo exit codes $rc1 and $rc4"
dump "$tmp/demo1/demo.db" >"$tmp/x1"
dump "$tmp/demo4/demo.db" >"$tmp/x4"
[[ $(wc -l <"$tmp/x1") -ge 50 ]] && ok || bad "demo stored only $(wc -l <"$tmp/x1") extracts"
same "$tmp/x1" "$tmp/x4" "demo: the extracts table differs between 1 and 4 jobs"
same <(sed "s#$tmp/demo1#OUT#g" "$tmp/demo1.err") <(sed "s#$tmp/demo4#OUT#g" "$tmp/demo4.err") \
  "demo: messages differ between 1 and 4 jobs"
for f in "$tmp"/demo1/*.md "$tmp"/demo1/*.json "$tmp"/demo1/*.html "$tmp"/demo1/*.atom; do
  same "$f" "$tmp/demo4/${f##*/}" "demo: ${f##*/} differs between 1 and 4 jobs"
done
"$bin" --db "$tmp/demo1/demo.db" extract --stored --force --jobs 4 >/dev/null 2>"$tmp/stored.err"
[[ $? -eq 0 ]] && ok || bad "extract --stored --force --jobs 4 failed"
dump "$tmp/demo1/demo.db" >"$tmp/x1f"
same "$tmp/x1" "$tmp/x1f" "extract --stored --force --jobs 4 stored other extracts"

echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
