#!/usr/bin/env bash
# Regenerates the pictures of README and docs/typography.md, as PDFBox renders them (`sazba
# preview`): docs/images/spread.png (pages 4 and 5 of the first book), docs/images/page-5.png (its
# page 5) and docs/images/prose-page-4.png (page 4 of the prose sample: headings 1-6, notes at the
# page foot, small caps, code, a definition list). Builds the jar first when it is missing.
# Usage: scripts/make-readme-images.sh
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
jar="target/sazba-$version.jar"
[[ -f "$jar" ]] || mvn -B -q -o package -DskipTests
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
java -jar "$jar" preview manuscript --spread 4 --dpi 96 -q -o "$out"
mkdir -p docs/images
cp "$out"/*-spread-4-5.png docs/images/spread.png
java -jar "$jar" preview manuscript --pages 5 --dpi 96 -q -o "$out/page"
cp "$out"/page/*-p5.png docs/images/page-5.png
java -jar "$jar" preview src/test/resources/cz/sazba/prose --pages 4 --dpi 110 -q -o "$out/prose"
cp "$out"/prose/*-p4.png docs/images/prose-page-4.png
for f in spread page-5 prose-page-4; do
  echo "wrote docs/images/$f.png ($(stat -c %s docs/images/$f.png) bytes)"
done
