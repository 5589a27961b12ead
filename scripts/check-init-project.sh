#!/usr/bin/env bash
# Builds a new book project end to end, as an author would start one: `sazba init` into an empty
# folder, then `mvn package` there, against the Sazba artifact this clone installs into the local
# Maven repository. Fails unless both books come out. Usage: scripts/check-init-project.sh
# (set SAZBA_SKIP_INSTALL=1 when `mvn install` has just run).
set -euo pipefail
cd "$(dirname "$0")/.."
MVN_FLAGS=(-B -q)
# Offline only when asked (SAZBA_OFFLINE=1): a fresh machine fetches the install plugin once.
[[ "${SAZBA_OFFLINE:-0}" == 1 ]] && MVN_FLAGS+=(-o)
if [[ "${SAZBA_SKIP_INSTALL:-0}" != 1 ]]; then
  mvn "${MVN_FLAGS[@]}" install -DskipTests
fi
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "target/sazba-$version.jar" init "$work/my-book"
(cd "$work/my-book" && mvn "${MVN_FLAGS[@]}" package)
for f in "$work"/my-book/target/book/my-first-book.pdf "$work"/my-book/target/book/my-first-book.epub; do
  [[ -s "$f" ]] || { echo "check-init-project: $f was not written" >&2; exit 1; }
  echo "check-init-project: $(basename "$f") $(stat -c %s "$f") bytes"
done
echo "check-init-project: ok"
