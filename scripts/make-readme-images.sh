#!/usr/bin/env bash
# Regenerates the README's pictures from the first book: docs/images/spread.png, the spread of
# pages 4 and 5 as PDFBox renders them (`sazba preview`). Builds the jar first when it is missing.
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
echo "wrote docs/images/spread.png ($(stat -c %s docs/images/spread.png) bytes)"
