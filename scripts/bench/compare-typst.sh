#!/usr/bin/env bash
# Sazba (PDF and EPUB) beside Typst 0.14 (PDF only) on the same big book, in one run.
#
#   scripts/bench/compare-typst.sh JAR [COPIES] [RUNS] [JAVA_OPTION...]
#
# COPIES of the first book (default 200, about 420 A4 pages), RUNS alternating runs of each
# (default 5). Prints each run, then the medians, Sazba's time over Typst's, and peak memory
# (GNU time's maximum resident set size). Typst is installed once with npm into
# ${XDG_CACHE_HOME:-$HOME/.cache}/sazba-bench. Needs node, npm, GNU time, fonts-noto-core;
# page counts need poppler-utils.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift
copies=${1:-200}; runs=${2:-5}; shift $(( $# >= 2 ? 2 : $# ))
java_opts=("$@")
project=$(cd "$(dirname "$jar")/.." && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/sazba-bench
if [[ ! -d $cache/node_modules/@myriaddreamin/typst-ts-node-compiler ]]; then
  mkdir -p "$cache" && npm install --prefix "$cache" --no-audit --no-fund --loglevel=error @myriaddreamin/typst-ts-node-compiler@0.7.0 >&2
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$here/make-big-book.py" "$project/manuscript" "$copies" "$work/in"
cp "$here/typst.js" "$cache/typst.js"
one() { # name command... -> "seconds kilobytes"
  /usr/bin/time -f "%e %M" -o "$work/t" "$@" >"$work/log" 2>&1 || { echo "failed: $*" >&2; tail -n 5 "$work/log" >&2; exit 1; }
  cat "$work/t"
}
s_t=(); s_m=(); t_t=(); t_m=()
for ((i = 1; i <= runs; i++)); do
  read -r a b < <(one java "${java_opts[@]}" -jar "$jar" "$work/in/sazba" -o "$work/out" -q)
  read -r c d < <(one node "$cache/typst.js" "$work/in/typst/big.typ" "$work/out/typst.pdf")
  echo "run $i: sazba ${a}s ${b}KB, typst ${c}s ${d}KB" >&2
  s_t+=("$a"); s_m+=("$b"); t_t+=("$c"); t_m+=("$d")
done
pages() { command -v pdfinfo >/dev/null && pdfinfo "$1" 2>/dev/null | awk '/^Pages:/{print $2}' || echo '?'; }
python3 - "${s_t[*]}" "${s_m[*]}" "${t_t[*]}" "${t_m[*]}" "$(pages "$(ls "$work"/out/big-book*.pdf | head -n 1)")" "$(pages "$work/out/typst.pdf")" <<'PY'
import statistics as st, sys
s, sm, t, tm = ([float(x) for x in a.split()] for a in sys.argv[1:5])
print(f"sazba (PDF+EPUB): median {st.median(s):.2f} s, peak {max(sm)/1024:.0f} MiB, {sys.argv[5]} pages")
print(f"typst (PDF):      median {st.median(t):.2f} s, peak {max(tm)/1024:.0f} MiB, {sys.argv[6]} pages")
print(f"sazba/typst time: {st.median([a / b for a, b in zip(s, t)]):.2f} (median of pairs; below 1 is faster)")
PY
