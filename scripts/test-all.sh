#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what it needs, builds, runs every test, and ends
# with a plain "N passed, N failed" line (the summary CI reads).
set -uo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi
# PDFs are checked by reading them back: poppler-utils (pdftotext, pdftoppm) and unzip.
if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null || ! command -v unzip >/dev/null; then
  if command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils unzip) >/dev/null || echo "could not install poppler-utils/unzip" >&2
  fi
fi
# The end-to-end tests (test/e2e) drive Debian's Chromium with playwright-core; never a downloaded browser.
if [ ! -x "${RECOURS_CHROMIUM:-/usr/bin/chromium}" ]; then
  if command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null || echo "could not install chromium" >&2
  fi
fi
npm run --silent build || exit 1
npm run --silent typecheck || exit 1
npm run --silent layers || exit 1
# Supply chain (README, "Supply chain"): a CycloneDX SBOM of the production dependencies, read from the
# installed tree (offline), and npm audit of them; a high or critical advisory fails the run at the end.
supply=0
npx --no-install cyclonedx-npm --omit dev --output-format JSON --output-file sbom.cdx.json >/dev/null 2>&1 \
  && echo "SBOM: sbom.cdx.json (CycloneDX, production dependencies)" || { echo "SBOM: cyclonedx-npm failed"; supply=1; }
node scripts/audit.mjs || supply=1
npx vitest run --reporter=default --reporter=json --outputFile=.vitest-report.json
status=$?
# The latency tests, alone on the machine (vitest.alone.config.ts).
npx vitest run --config vitest.alone.config.ts --reporter=default --reporter=json --outputFile=.vitest-alone.json
alone=$?
[ "$status" -eq 0 ] && status=$alone
[ "$status" -eq 0 ] && status=$supply
node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const f of [".vitest-report.json", ".vitest-alone.json"]) {
  let r;
  try { r = JSON.parse(fs.readFileSync(f, "utf8")); } catch { failed++; continue; }
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites && r.success === false && r.numFailedTests === 0 ? 1 : 0);
}
console.log(`${passed} passed, ${failed} failed`);
'
exit $status
