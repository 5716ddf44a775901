#!/usr/bin/env bash
# Real-editor tests, one entry (npm run test:e2e): installs what is missing (apt packages; code-server and
# playwright-core into test/e2e/node_modules), builds the extension, then runs
#   1. the extension-host mocha suite (test/e2e/suite) inside VS Code: code-server here, or
#      @vscode/test-electron with REPORT_LINT_E2E_RUNNER=electron (see run-suite.mjs)
#   2. the UI check in the browser (ui-check.mjs; screenshots in test-output/e2e/), and the HTML review page of
#      `report-lint DIR --format html` in the same browser (review-page-check.mjs)
#   3. the language server under Neovim and Emacs + Eglot (test/editors/run.sh)
#   4. the Word export rendered by LibreOffice and read back with poppler (test/e2e/render)
# and ends with the line `N passed, N failed` (mocha's tests plus every other check). Exit code 1 on any failure.
# Every process it starts runs in a process group that is killed when its step ends.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
OUT=$ROOT/test-output/e2e
SCRATCH=${REPORT_LINT_E2E_CACHE:-$ROOT/.e2e}
START=$SECONDS
passed=0 failed=0

step() { echo; echo "=== $* [$((SECONDS - START))s]"; }
count() { # passed failed what [pending]
  passed=$((passed + $1)) failed=$((failed + $2))
  echo "--- $3: $1 passed, $2 failed${4:+, $4 pending (features not contributed yet)} [$((SECONDS - START))s]"
}
# Reads {passed, failed} from a results JSON the step wrote; a missing file counts as one failure.
count_json() { # file what
  local p f n
  if [ -f "$1" ] && read -r p f n < <(node -e 'const r = require(process.argv[1]); console.log(r.passed | 0, r.failed | 0, r.pending | 0)' "$1"); then
    [ "$n" -gt 0 ] || n=
    count "$p" "$f" "$2" "$n"
  else
    count 0 1 "$2 (no results in $1)"
  fi
}
finish() {
  echo
  echo "real-editor tests took $((SECONDS - START))s"
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ] && exit 0 || exit 1
}

rm -rf "$OUT" "$SCRATCH/runs"
mkdir -p "$OUT"

step "install (test/e2e/install.sh)"
if ! bash "$HERE/install.sh" all; then
  count 0 1 "install"
  finish
fi

step "build (npm run build)"
if ! npm run --silent build; then
  count 0 1 "build"
  finish
fi

step "extension-host suite (test/e2e/run-suite.mjs)"
node "$HERE/run-suite.mjs"
count_json "$OUT/suite-results.json" "extension-host suite"

step "UI check in the browser (test/e2e/ui-check.mjs)"
node "$HERE/ui-check.mjs"
count_json "$OUT/ui-results.json" "UI check"

step "HTML review page in the browser (test/e2e/review-page-check.mjs)"
node "$HERE/review-page-check.mjs"
count_json "$OUT/review-results.json" "review page"

step "workspace check cancelled from its notification (test/e2e/workspace-cancel-check.mjs)"
node "$HERE/workspace-cancel-check.mjs"
count_json "$OUT/cancel-results.json" "workspace check cancel"

step "other editors (test/editors/run.sh)"
editors_out=$(REPORT_LINT_TEST_OUTPUT="$ROOT/test-output/editors" bash "$ROOT/test/editors/run.sh" 2>&1)
echo "$editors_out"
if [[ $(echo "$editors_out" | tail -1) =~ ^editors:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
  count "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "other editors"
else
  count 0 1 "other editors (no summary line)"
fi

step "Word export in LibreOffice (test/e2e/render)"
render_out=$(npx mocha --no-config --import=tsx --timeout 600000 'test/e2e/render/*.test.ts' 2>&1)
render_rc=$?
echo "$render_out"
render_passed=$(grep -Eo '[0-9]+ passing' <<<"$render_out" | grep -Eo '[0-9]+' || echo 0)
render_failed=$(grep -Eo '[0-9]+ failing' <<<"$render_out" | grep -Eo '[0-9]+' || echo 0)
[ "$render_rc" -ne 0 ] && [ "$render_failed" -eq 0 ] && render_failed=1
count "$render_passed" "$render_failed" "Word export in LibreOffice"

finish
