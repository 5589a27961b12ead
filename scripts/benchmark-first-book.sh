#!/usr/bin/env bash
# The first book from the command line (JVM start included) beside pandoc's EPUB of the same
# manuscript, in alternating runs; prints each run and the medians.
#
#   scripts/benchmark-first-book.sh [RUNS] [MANUSCRIPT_DIR]
#
#   sazba (launcher)  scripts/sazba: the AppCDS archive from `mvn package` and the client compiler
#   sazba (java -jar) java -jar target/sazba-0.1.0.jar, no options
#   pandoc epub       pandoc --metadata-file metadata.yaml *.md --citeproc -o book.epub
#
# Needs the jar and its archive (mvn -B -o package), GNU time, pandoc (apt-get install pandoc).
# Also: batch        the book 20 times in one batch run (scripts/sazba DIR1 … DIR20).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; man=$(cd "${2:-manuscript}" && pwd)
jar=$PWD/target/sazba-0.1.0.jar
[[ -f $jar ]] || { echo "build the jar first: mvn -B -o package" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for i in $(seq -w 1 20); do cp -r "$man" "$work/copy$i"; done
one() { # label command... -> prints "seconds"
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >"$work/log" 2>&1 || { echo "failed: $*" >&2; tail -n 5 "$work/log" >&2; exit 1; }
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/t"
}
declare -A wall cpu
labels=("sazba (launcher)" "sazba (java -jar)" "pandoc epub" "batch of 20 (launcher)")
for ((i = 1; i <= runs; i++)); do
  line="run $i:"
  for label in "${labels[@]}"; do
    case $label in
      "sazba (launcher)") read -r w c < <(one scripts/sazba "$man" -o "$work/out1" -q) ;;
      "sazba (java -jar)") read -r w c < <(one java -jar "$jar" "$man" -o "$work/out2" -q) ;;
      "pandoc epub") read -r w c < <(one pandoc --metadata-file "$man/metadata.yaml" "$man"/*.md --citeproc -o "$work/p.epub") ;;
      "batch of 20 (launcher)") read -r w c < <(one scripts/sazba "$work"/copy* -o "$work/out3" -q) ;;
    esac
    wall[$label]+="$w "; cpu[$label]+="$c "
    line+=" $label ${w}s (cpu ${c}s);"
  done
  echo "$line" >&2
done
for label in "${labels[@]}"; do
  python3 -c 'import statistics as s,sys; w=[float(x) for x in sys.argv[2].split()]; c=[float(x) for x in sys.argv[3].split()]; print(f"{sys.argv[1]:24} median {s.median(w):.2f} s wall, {s.median(c):.2f} s cpu")' \
    "$label" "${wall[$label]}" "${cpu[$label]}"
done
