#!/usr/bin/env bash
# Verifies Nomadic's workload identities with a verifier outside .NET: the npm package `jose` (createRemoteJWKSet +
# jwtVerify, issuer and audience checked) against a running `nomadic agent -dev` on a free loopback port.
# Checks: a token minted before a key rotation still verifies after it, a token minted after it verifies (and is
# signed by the new key), a tampered token and a wrong audience are rejected.
# jose is installed into a temporary directory, never the repository. Without node/npm or network the script
# prints why and exits 0 (skipped); any failed check exits 1. The last line is the result.
#
#   eng/verify-with-jose.sh
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jose_version="5.10.0"
work="$(mktemp -d)"
agent_pid=""
cleanup() {
  if [ -n "$agent_pid" ] && kill -0 "$agent_pid" 2>/dev/null; then
    kill -TERM "$agent_pid" 2>/dev/null || true
    wait "$agent_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

skip() { echo "jose verification: SKIPPED ($*)"; exit 0; }

command -v node >/dev/null || skip "node is not installed"
command -v npm >/dev/null || skip "npm is not installed"
if ! (cd "$work" && timeout 180 npm install --silent --no-audit --no-fund "jose@$jose_version" >"$work/npm.log" 2>&1); then
  skip "npm could not install jose@$jose_version: $(grep -m 1 -iE "err" "$work/npm.log" || echo "no detail")"
fi

dotnet build "$repo_root/samples/Nomadic.Cli/Nomadic.Cli.csproj" -c Release --verbosity quiet -nologo >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; echo "jose verification: FAILED (the nomadic tool did not build)"; exit 1; }
nomadic="$repo_root/samples/Nomadic.Cli/bin/Release/net10.0/nomadic"

"$nomadic" agent -dev --bind 127.0.0.1:0 >"$work/agent.log" 2>&1 &
agent_pid=$!
addr=""
for _ in $(seq 300); do
  addr="$(sed -n 's/^nomadic agent listening on //p' "$work/agent.log" | head -n 1)"
  [ -n "$addr" ] && break
  kill -0 "$agent_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$addr" ] || { cat "$work/agent.log" >&2; echo "jose verification: FAILED (the agent did not start)"; exit 1; }
echo "agent: $addr (pid $agent_pid)"

mint() { "$nomadic" identity mint --addr "$addr" --job web --group frontend --task server --aud vault.io --ttl 1h; }
before="$(mint)"
"$nomadic" operator root keyring rotate --addr "$addr" -now
after="$(mint)"

cat > "$work/verify.mjs" <<'JS'
import { createRemoteJWKSet, jwtVerify, decodeProtectedHeader } from 'jose';
const [issuer, before, after] = process.argv.slice(2);
const jwks = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));
const options = { issuer, audience: 'vault.io' };
let failed = 0;
const check = async (name, token, expectValid, opts = options) => {
  try {
    const { payload } = await jwtVerify(token, jwks, opts);
    console.log(`${expectValid ? 'ok  ' : 'FAIL'} ${name}: verified (sub ${payload.sub})`);
    if (!expectValid) failed++;
  } catch (e) {
    console.log(`${expectValid ? 'FAIL' : 'ok  '} ${name}: rejected (${e.code ?? e.message})`);
    if (expectValid) failed++;
  }
};
const [h, p, s] = before.split('.');
const claims = JSON.parse(Buffer.from(p, 'base64url'));
claims.nomad_job_id = 'someone-else';
const tampered = [h, Buffer.from(JSON.stringify(claims)).toString('base64url'), s].join('.');
await check('token minted before the rotation', before, true);
await check('token minted after the rotation', after, true);
if (decodeProtectedHeader(before).kid === decodeProtectedHeader(after).kid) {
  console.log('FAIL the rotation did not change the signing key'); failed++;
} else {
  console.log('ok   the new token is signed by the new key');
}
await check('tampered payload', tampered, false);
await check('wrong audience', after, false, { issuer, audience: 'consul.io' });
await check('wrong issuer', after, false, { issuer: 'https://nomad.example.com', audience: 'vault.io' });
process.exit(failed ? 1 : 0);
JS

if (cd "$work" && node verify.mjs "$addr" "$before" "$after"); then
  echo "jose verification: OK (jose@$jose_version verified Nomadic tokens across a key rotation and rejected forgeries)"
else
  echo "jose verification: FAILED"
  exit 1
fi
