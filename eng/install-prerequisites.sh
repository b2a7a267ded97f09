#!/usr/bin/env bash
# Installs what the test suites need on a Debian 12 machine that already has the .NET 10 SDK.
# Idempotent: it installs only what is missing, and runs `apt-get update` only when something is.
# Runs as root; otherwise uses sudo when it is available.
set -euo pipefail

# Debian packages the tests need. Later suites add theirs here, e.g. chromium (the ACL pages).
#   etcd-server: /usr/bin/etcd, the 3-member loopback cluster of tests/Nomadic.Locks.Etcd.Tests.
required_packages=(etcd-server)

log() { printf 'install-prerequisites: %s\n' "$*" >&2; }

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The SDK is a prerequisite of this script, not something it installs.
if ! command -v dotnet >/dev/null 2>&1; then
  log "the .NET SDK is not on PATH: install the .NET 10 SDK (see global.json) first"
  exit 1
fi
if ! sdk_version="$(cd "$repo_root" && dotnet --version 2>/dev/null)"; then
  log "no installed .NET SDK satisfies $repo_root/global.json; install the .NET 10 SDK"
  exit 1
fi

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for package in "${required_packages[@]}"; do
  if ! is_installed "$package"; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  log "nothing to install (.NET SDK $sdk_version)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  log "missing packages (${missing[*]}) and no apt-get: install them with this system's package manager"
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    log "missing packages (${missing[*]}): run this script as root, or install sudo"
    exit 1
  fi
fi

log "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"

for package in "${missing[@]}"; do
  if ! is_installed "$package"; then
    log "$package is still not installed"
    exit 1
  fi
done
log "installed: ${missing[*]}"
