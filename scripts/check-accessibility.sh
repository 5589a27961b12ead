#!/usr/bin/env bash
# Checks an EPUB with Ace by DAISY (https://daisy.github.io/ace/) and fails on any violation.
#
#   scripts/check-accessibility.sh BOOK.epub [REPORT_DIR]
#
# Ace is installed with npm into a cache outside the repository
# (${XDG_CACHE_HOME:-$HOME/.cache}/sazba-ace), once. It drives a headless Chromium through
# Puppeteer; instead of letting Puppeteer download its own browser, the script uses Debian's
# chromium (installed with apt-get when missing, which needs root). Ace itself launches the
# browser with --no-sandbox, so this also works as root in a container.
#
# Environment: SAZBA_ACE_VERSION (default below), SAZBA_ACE_CACHE (install directory),
# PUPPETEER_EXECUTABLE_PATH (default /usr/bin/chromium).
set -euo pipefail

ACE_VERSION="${SAZBA_ACE_VERSION:-1.4.6}"
CACHE="${SAZBA_ACE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sazba-ace}"
CHROMIUM="${PUPPETEER_EXECUTABLE_PATH:-/usr/bin/chromium}"

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 BOOK.epub [REPORT_DIR]" >&2
  exit 2
fi
EPUB="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
if [[ ! -f "$EPUB" ]]; then
  echo "error: no such file: $1" >&2
  exit 2
fi
REPORT_DIR="${2:-$(mktemp -d "${TMPDIR:-/tmp}/sazba-ace-report.XXXXXX")}"
mkdir -p "$REPORT_DIR"

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "error: $tool is needed (Ace runs on Node.js)" >&2; exit 2; }
done

if [[ ! -x "$CHROMIUM" ]]; then
  echo "chromium not found at $CHROMIUM: installing Debian's chromium" >&2
  if [[ $(id -u) -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# Ace's plain "ace" command runs axe in Electron; "ace-puppeteer" is the same CLI on Puppeteer.
ACE="$CACHE/node_modules/.bin/ace-puppeteer"
if [[ ! -x "$ACE" ]] || ! grep -q "\"version\": \"$ACE_VERSION\"" "$CACHE/node_modules/@daisy/ace/package.json" 2>/dev/null; then
  echo "installing @daisy/ace@$ACE_VERSION into $CACHE" >&2
  mkdir -p "$CACHE"
  # Both names: older Puppeteer releases read the first, newer ones the second. Ace also depends
  # on Electron (for its desktop app's runner), whose installer would fetch a binary we never use.
  PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 ELECTRON_SKIP_BINARY_DOWNLOAD=1 \
    npm install --prefix "$CACHE" --no-audit --no-fund --loglevel=error "@daisy/ace@$ACE_VERSION" >&2
fi

echo "running Ace $ACE_VERSION on $EPUB (report in $REPORT_DIR)" >&2
PUPPETEER_EXECUTABLE_PATH="$CHROMIUM" "$ACE" --force --silent --outdir "$REPORT_DIR" "$EPUB" \
  || { echo "error: Ace did not finish (exit $?)" >&2; exit 2; }

REPORT="$REPORT_DIR/report.json"
[[ -f "$REPORT" ]] || { echo "error: Ace wrote no $REPORT" >&2; exit 2; }

# Every assertion whose outcome is "fail" is a violation; print them and fail if there is one.
node - "$REPORT" <<'JS'
const fs = require('fs');
const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const violations = [];
(function walk(node, where) {
  if (Array.isArray(node)) { node.forEach(n => walk(n, where)); return; }
  if (!node || typeof node !== 'object') return;
  const subject = node['earl:testSubject'];
  const here = subject && subject.url ? subject.url : where;
  const test = node['earl:test'];
  const result = node['earl:result'];
  if (test && result && result['earl:outcome'] === 'fail') {
    violations.push(`${here}: [${test['earl:impact']}] ${test['dct:title']}: `
      + `${(result['dct:description'] || test['dct:description'] || '').trim()}`
      + (result['html'] ? `\n    ${String(result['html']).slice(0, 200)}` : ''));
  }
  for (const key of Object.keys(node)) if (key !== 'earl:result') walk(node[key], here);
})(report, '');
for (const v of violations) console.log(v);
const outcome = report['earl:result'] && report['earl:result']['earl:outcome'];
console.log(`Ace: ${violations.length} violation(s), outcome ${outcome}`);
process.exit(violations.length === 0 && outcome !== 'fail' ? 0 : 1);
JS
