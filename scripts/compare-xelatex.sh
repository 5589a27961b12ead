#!/usr/bin/env bash
# Sets the same manuscript with pandoc + xelatex (Knuth–Plass, babel hyphenation) at the same
# font, size and measure as a Sazba PDF, then prints the typography metrics of both side by side.
#   scripts/compare-xelatex.sh MANUSCRIPT_DIR SAZBA_PDF [FONTS_DIR]
# (FONTS_DIR defaults to the repository's fonts/; with KEEP=DIR the xelatex PDF is kept there.)
# Needs Debian packages: pandoc texlive-xetex texlive-lang-czechslovak texlive-lang-english
#   lmodern poppler-utils python3-fitz   (the script offers the apt-get line when one is missing)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
man=${1:?manuscript dir}; ours=${2:?Sazba PDF}; fonts=${3:-$here/../fonts}
for t in pandoc xelatex pdfinfo; do
  command -v $t >/dev/null || { echo "missing $t: apt-get install -y pandoc texlive-xetex texlive-lang-czechslovak texlive-lang-english lmodern poppler-utils python3-fitz" >&2; exit 2; }
done
/usr/bin/python3 -c 'import fitz' 2>/dev/null || { echo "missing python3-fitz: apt-get install -y python3-fitz" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
m=$(/usr/bin/python3 "$here/typo-metrics.py" --json "$ours")
read -r size left right < <(/usr/bin/python3 -c 'import json,sys;r=json.loads(sys.argv[1]);print(r["body_size_pt"],r["text_left_pt"],r["text_right_pt"])' "$m")
read -r pw ph < <(pdfinfo "$ours" | awk '/^Page size:/{print $3, $5; exit}')
width=$(/usr/bin/python3 -c "print(round($right-$left,2))")
# the same font family, found by fontconfig from the project's fonts/
mkdir -p "$work/home/.fonts"; cp "$fonts"/*.[ot]tf "$work/home/.fonts/" 2>/dev/null || true
HOME=$work/home fc-cache -f >/dev/null 2>&1 || true
family=$(HOME=$work/home fc-scan --format '%{family[0]}\n' "$work"/home/.fonts/* 2>/dev/null | sort | uniq -c | sort -rn | awk 'NR==1{$1="";sub(/^ /,"");print}')
meta=$(ls "$man"/metadata.yaml "$man"/*.yaml 2>/dev/null | head -n 1)
HOME=$work/home pandoc ${meta:+--metadata-file "$meta"} "$man"/*.md --citeproc --pdf-engine=xelatex \
  -V mainfont="$family" -V fontsize="${size}pt" \
  -V geometry:"paperwidth=${pw}bp,paperheight=${ph}bp,textwidth=${width}bp,hmarginratio=1:1,vmargin=2cm" \
  -o "$work/xelatex.pdf" 2>"$work/pandoc.log" || { tail -n 20 "$work/pandoc.log" >&2; exit 1; }
theirs=$(/usr/bin/python3 "$here/typo-metrics.py" --json "$work/xelatex.pdf")
if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp "$work/xelatex.pdf" "$KEEP/"; fi
/usr/bin/python3 - "$m" "$theirs" "$family" "$size" "$width" <<'PY'
import json, sys
a, b = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"same text, font '{sys.argv[3]}', {sys.argv[4]} pt, measure {sys.argv[5]} pt")
print(f"{'metric':24} {'Sazba':>12} {'xelatex':>12}")
for k in ["pages", "lines", "justified_share", "gap_mean", "gap_sd", "gap_pool_sd", "gap_max",
          "loose_lines", "hyph_all", "hyph_auto", "hyph_run_max", "overfull", "widows", "orphans",
          "short_last_lines", "short_last_after_hyphen", "body_pages", "short_pages",
          "running_pages", "short_running_pages", "short_running_share"]:
    print(f"{k:24} {str(a.get(k)):>12} {str(b.get(k)):>12}")
PY
