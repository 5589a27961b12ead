#!/usr/bin/env bash
# Benchmark harness (not a test): Sazba beside its peers on the same manuscript, in one run.
#
#   scripts/benchmark.sh [MANUSCRIPT_DIR] [RUNS]
#
# For each tool it runs the whole job RUNS times (default 5) as a user would, a fresh process
# each time, and reports the median and best wall-clock time and the peak memory (maximum
# resident set size) measured by GNU time:
#   sazba            java -jar target/sazba-*.jar MANUSCRIPT -o OUT   (PDF and EPUB), also with -Xmx128m
#   pandoc+xelatex   the PDF, at Sazba's font, size and measure (as scripts/compare-xelatex.sh)
#   pandoc epub      the EPUB
# Needs: the jar (mvn -B package -DskipTests), GNU time, and for the peers pandoc, xelatex with
# texlive-lang-czechslovak. Missing peers are reported and skipped, never installed behind your back.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
man=$(cd "${1:-$here/manuscript}" && pwd)
runs=${2:-5}
jar=$(ls "$here"/target/sazba-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[[ -n $jar ]] || { echo "no jar: run 'mvn -B package -DskipTests' first" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "GNU time is needed: apt-get install time" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
meta="$man/metadata.yaml"

# measure NAME COMMAND...: runs it $runs times, prints one table row.
measure() {
  local name=$1; shift
  local times=() mems=()
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >"$work/out.log" 2>&1 || { echo "$name failed:"; tail -n 5 "$work/out.log"; return; }
    read -r t m <"$work/t"
    times+=("$t"); mems+=("$m")
  done
  python3 - "$name" "${times[*]}" "${mems[*]}" <<'PY'
import statistics, sys
name, times, mems = sys.argv[1], [float(x) for x in sys.argv[2].split()], [int(x) for x in sys.argv[3].split()]
print(f"{name:18} {statistics.median(times):9.2f} {min(times):9.2f} {max(mems) / 1024:12.0f}")
PY
}

echo "manuscript: $man ($runs runs each; wall-clock seconds; peak resident memory)"
printf '%-18s %9s %9s %12s\n' tool median best "peak MiB"
measure sazba java -jar "$jar" "$man" -o "$work/sazba" -q
# The JVM grows its heap lazily towards a quarter of the machine's memory; with a small cap the
# same job shows what it really needs.
measure "sazba -Xmx128m" java -Xmx128m -jar "$jar" "$man" -o "$work/sazba-small" -q
if command -v pandoc >/dev/null && command -v xelatex >/dev/null; then
  # The same font, size and measure as Sazba's default layout (A5, 114 mm text width, 10.5 pt).
  mkdir -p "$work/home/.fonts" && cp "$here"/fonts/*.ttf "$work/home/.fonts/" && HOME=$work/home fc-cache -f >/dev/null 2>&1 || true
  measure "pandoc+xelatex" env HOME="$work/home" pandoc --metadata-file "$meta" "$man"/*.md --citeproc \
    --pdf-engine=xelatex -V mainfont="Gentium Book Plus" -V fontsize=10.5pt \
    -V geometry:"paperwidth=148mm,paperheight=210mm,textwidth=114mm,hmarginratio=1:1,vmargin=2cm" -o "$work/x.pdf"
  measure "pandoc epub" pandoc --metadata-file "$meta" "$man"/*.md --citeproc -o "$work/x.epub"
else
  echo "pandoc or xelatex not found: peers skipped (apt-get install pandoc texlive-xetex texlive-lang-czechslovak)"
fi
