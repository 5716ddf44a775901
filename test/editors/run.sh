#!/usr/bin/env bash
# Runs the server (`node bin/report-lint.js --stdio`) under Neovim 0.7 and Emacs 28 + Eglot as LSP clients.
# Needs `npm run build` first (bin/report-lint.js loads dist/cli.js) and apt neovim, emacs-nox, elpa-eglot
# (test/e2e/install.sh apt installs them). Prints each check, then `editors: N passed, N failed`.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
OUT=${REPORT_LINT_TEST_OUTPUT:-$ROOT/test-output/editors}
mkdir -p "$OUT"
passed=0 failed=0

run_one() { # name, command...
  local name=$1 log="$OUT/$1.log" rc=0 line p f
  shift
  if ! command -v "$1" >/dev/null; then
    echo "FAIL $name: $1 not installed (run test/e2e/install.sh apt)"
    failed=$((failed + 1))
    return
  fi
  # stdin from /dev/null: a headless editor must never wait for a terminal.
  timeout 180 "$@" </dev/null >"$log" 2>"$OUT/$name.stderr" || rc=$?
  grep -E '^(PASS|FAIL|---|  )' "$log" | sed "s/^/[$name] /"
  line=$(grep -E '^RESULT ' "$log" | tail -1)
  if [[ $line =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
    p=${BASH_REMATCH[1]} f=${BASH_REMATCH[2]}
  else
    p=0 f=1
    echo "[$name] FAIL no RESULT line (exit code $rc; see $log and $OUT/$name.stderr)"
  fi
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1
    echo "[$name] FAIL exit code $rc"
  fi
  echo "[$name] $p passed, $f failed"
  passed=$((passed + p)) failed=$((failed + f))
}

[ -f "$ROOT/dist/cli.js" ] || { echo "dist/cli.js missing: run npm run build first"; exit 1; }
run_one neovim nvim --headless -u NONE -c "luafile $HERE/nvim-test.lua"
run_one emacs emacs --batch -l "$HERE/emacs-test.el"
echo "editors: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
