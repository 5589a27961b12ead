#!/usr/bin/env bash
# How fast --watch rebuilds after an edit (a benchmark, not a test).
#
#   scripts/benchmark-watch.sh [EDITS] [MANUSCRIPT_DIR] [CHAPTER_FILE]
#
# Copies the manuscript (default manuscript/, the first book) to a temporary folder, starts
# `scripts/sazba COPY -o OUT --watch` there, waits for the first build, then EDITS times (default
# 20) changes one word of the chapter (default: the first *.md file), waits for the rebuild and
# measures two things:
#   reported  the watch's own "rebuilt … in N ms" (from the build's start to the books written)
#   latency   from the edit (the clock just before the new text is renamed into place) to the moment this script sees that line (it
#             looks every 10 ms), by when both books are in place: the watch's reaction to the
#             event, the rebuild, and up to 10 ms of looking
# and prints every edit, then the median and the maximum of each. The edits begin 2 s after the
# first build, once the watch's own warm-up builds are done; an edit during them waits for them.
# Needs the jar: mvn -B -o package.
set -euo pipefail
cd "$(dirname "$0")/.."
edits=${1:-20}; man=$(cd "${2:-manuscript}" && pwd)
[[ -f target/sazba-0.1.0.jar ]] || { echo "build the jar first: mvn -B -o package" >&2; exit 2; }
work=$(mktemp -d)
pid=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp -r "$man" "$work/manuscript"
chapter=$work/manuscript/${3:-$(cd "$work/manuscript" && ls *.md | head -n 1)}
: >"$work/log"
scripts/sazba "$work/manuscript" -o "$work/out" --watch >"$work/log" 2>"$work/err" &
pid=$!

# wait_for COUNT PATTERN: until the log holds COUNT lines matching PATTERN (60 s at most).
wait_for() {
  for ((t = 0; t < 6000; t++)); do
    (( $(grep -c -- "$2" "$work/log" || true) >= $1 )) && return 0
    kill -0 "$pid" 2>/dev/null || { echo "the watch stopped:" >&2; cat "$work/err" >&2; exit 1; }
    sleep 0.01
  done
  echo "no '$2' #$1 after 60 s:" >&2; cat "$work/log" "$work/err" >&2; exit 1
}

wait_for 1 "sazba: built "
echo "first build: $(grep -o 'in [0-9]* ms' "$work/log" | head -n 1)"
sleep 2 # the watch builds twice more in memory to warm the JIT up (about a second); edits then
reported=(); latency=()
for ((i = 1; i <= edits; i++)); do
  sleep 0.3 # an author does not save twice within a rebuild
  # One word changes (its length too, so the lines may break differently), as a typing author's.
  # Written beside the copy and renamed into it, as editors save: one change for the watch.
  sed "0,/\\bthe\\b/s//the$(printf '%*s' $((i % 3)) '' | tr ' ' x)/" "$chapter" >"$work/next"
  edited=$(date +%s%N) # just before the save: the latency below includes starting mv
  mv "$work/next" "$chapter"
  wait_for "$i" "sazba: rebuilt "
  seen=$(date +%s%N)
  r=$(grep "sazba: rebuilt " "$work/log" | sed -n "${i}p" | grep -o 'in [0-9]* ms' | grep -o '[0-9]*')
  l=$(( (seen - edited) / 1000000 ))
  reported+=("$r"); latency+=("$l")
  echo "edit $i: rebuilt in $r ms (reported), books in place $l ms after the edit"
done
if grep -q . "$work/err"; then echo "stderr of the watch:"; cat "$work/err"; fi
stats() { sort -n | awk '{a[NR] = $1} END {m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "median %s ms, max %s ms", m, a[NR]}'; }
echo "reported rebuild:     $(printf '%s\n' "${reported[@]}" | stats)  ($edits edits of $(basename "$chapter"))"
echo "edit to books in place: $(printf '%s\n' "${latency[@]}" | stats)"
echo "load average: $(cut -d ' ' -f 1-3 /proc/loadavg) on $(nproc) cores"
