#!/usr/bin/env bash
# Times `nomadic hcl2json` against HashiCorp's reference hcl2json (the npm package @cdktf/hcl2json, HCL v2.23
# compiled to WebAssembly, which produced the corpus outputs) as whole processes on the same large input, and
# checks that both print the same JSON. The reference is installed into a temporary directory, never the repo.
#
#   eng/compare-hcl2json.sh [MEGABYTES] [RUNS]      # defaults: 4 MiB, 3 runs each
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
megabytes="${1:-4}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NOMADIC_CORPUS="${NOMADIC_CORPUS:-$repo_root/../shared/corpus}"

command -v node >/dev/null || { echo "error: node is required for the reference implementation" >&2; exit 1; }
(cd "$work" && npm install --silent --no-audit --no-fund @cdktf/hcl2json@0.21.0 >/dev/null)
cat > "$work/reference.js" <<'JS'
const { parse } = require('@cdktf/hcl2json');
const file = process.argv[2];
parse(file, require('fs').readFileSync(file, 'utf8'))
  .then(r => process.stdout.write(JSON.stringify(r)))
  .catch(e => { console.error(String(e)); process.exit(1); });
JS

dotnet run -c Release --project "$repo_root/benchmarks/Nomadic.Benchmarks" -- --write-synthetic "$megabytes" "$work/input.hcl"
dotnet publish "$repo_root/samples/Nomadic.Cli" -c Release -o "$work/nomadic" --verbosity quiet >/dev/null
bytes=$(stat -c %s "$work/input.hcl")

best() { # best wall time in seconds of $runs runs of "$@" > $out
  local best_time="" start end elapsed
  for _ in $(seq "$runs"); do
    start=$(date +%s.%N); "$@" > "$out"; end=$(date +%s.%N)
    elapsed=$(awk "BEGIN { print $end - $start }")
    if [ -z "$best_time" ] || awk "BEGIN { exit !($elapsed < $best_time) }"; then best_time=$elapsed; fi
  done
  echo "$best_time"
}

out="$work/reference.json"; reference=$(best node "$work/reference.js" "$work/input.hcl")
out="$work/nomadic.json"; nomadic=$(best "$work/nomadic/nomadic" hcl2json "$work/input.hcl")
same=$(node -e "const a=require('$work/reference.json'), b=require('$work/nomadic.json'); const n=v=>JSON.stringify(v,(k,x)=>x&&typeof x==='object'&&!Array.isArray(x)?Object.fromEntries(Object.entries(x).sort()):x); console.log(n(a)===n(b)?'identical':'DIFFERENT')")

printf 'input: %s bytes (%s MiB of corpus HCL)\n' "$bytes" "$megabytes"
printf 'reference @cdktf/hcl2json 0.21.0: %.2f s\n' "$reference"
printf 'nomadic hcl2json:                 %.2f s\n' "$nomadic"
printf 'speed-up: %.1fx, outputs %s\n' "$(awk "BEGIN { print $reference / $nomadic }")" "$same"
[ "$same" = identical ]
