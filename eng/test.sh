#!/usr/bin/env bash
# Runs every test of the solution and prints one summary line: "N passed, N failed[, N skipped]".
#
#   eng/test.sh                                            # every test
#   eng/test.sh --filter FullyQualifiedName~Conformance    # extra arguments go to `dotnet test`
#
# TRX files land in artifacts/test-results/. Exits non-zero when a test failed, when `dotnet test` failed
# (e.g. a build error), or when no test ran.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results_dir="$repo_root/artifacts/test-results"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

"$repo_root/eng/install-prerequisites.sh"

mkdir -p "$results_dir"
# Old results would be summed with the new ones.
find "$results_dir" -mindepth 1 -delete

cd "$repo_root"
dotnet_status=0
dotnet test Scheduling.Core.sln -c Release \
  --verbosity minimal \
  --logger "trx;LogFilePrefix=results" \
  --results-directory "$results_dir" \
  "$@" || dotnet_status=$?

shopt -s nullglob
trx_files=("$results_dir"/*.trx)
shopt -u nullglob

# Sum the <Counters .../> element of every TRX file (one per test project).
read -r total executed passed failed skipped < <(
  awk '
    function attr(element, name,   found) {
      if (match(element, " " name "=\"[0-9]+\"")) {
        found = substr(element, RSTART, RLENGTH)
        gsub(/[^0-9]/, "", found)
        return found + 0
      }
      return 0
    }
    match($0, /<Counters [^>]*>/) {
      c = substr($0, RSTART, RLENGTH)
      total += attr(c, "total"); executed += attr(c, "executed"); passed += attr(c, "passed")
      failed += attr(c, "failed") + attr(c, "error") + attr(c, "timeout") + attr(c, "aborted")
      # VSTest counts a skipped test in total but neither in executed nor in notExecuted.
      not_run = attr(c, "total") - attr(c, "executed")
      skipped += (attr(c, "notExecuted") > not_run) ? attr(c, "notExecuted") : not_run
    }
    END { printf "%d %d %d %d %d\n", total, executed, passed, failed, skipped }
  ' /dev/null "${trx_files[@]}"
)

if [ "$failed" -gt 0 ]; then
  echo
  echo "Failed tests:"
  for trx in "${trx_files[@]}"; do
    grep -o '<UnitTestResult [^>]*>' "$trx" | grep 'outcome="\(Failed\|Error\|Timeout\|Aborted\)"' |
      sed -e 's/.* testName="\([^"]*\)".*/  \1/' \
          -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g' || true
  done
fi

echo
echo "Test results: ${#trx_files[@]} TRX file(s) in ${results_dir#"$repo_root"/}"
status=0
if [ "$dotnet_status" -ne 0 ]; then
  echo "error: dotnet test exited with $dotnet_status" >&2
  status=1
fi
if [ "$executed" -eq 0 ]; then
  echo "error: no test ran" >&2
  status=1
fi
if [ "$failed" -gt 0 ]; then
  status=1
fi

summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then
  summary="$summary, $skipped skipped"
fi
echo "$summary"
exit "$status"
