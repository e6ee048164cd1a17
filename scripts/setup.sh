#!/usr/bin/env bash
# Everything a fresh machine needs, idempotent: the project's packages (incl. Node 24 from the npm registry),
# the test frameworks the shipped tasks and fixtures use, and a Docker engine where none answers and we can
# install one (Debian, root). On a GitHub-hosted runner Docker is already there and only `npm ci` runs.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "node $(node_modules/.bin/node --version) (npm scripts run under it)"

missing=()
command -v python3 >/dev/null || missing+=(python3)
python3 -c 'import pytest' 2>/dev/null || missing+=(pytest)
command -v go >/dev/null || missing+=(go)
command -v mvn >/dev/null || missing+=(maven)
command -v cmake >/dev/null || missing+=(cmake)
[ -e /usr/include/gtest/gtest.h ] || missing+=(libgtest-dev)
# Root here; passwordless sudo on GitHub-hosted runners.
sudo=""
[ "$(id -u)" = 0 ] || { command -v sudo >/dev/null && sudo -n true 2>/dev/null && sudo="sudo -n"; }
if [ "${#missing[@]}" -gt 0 ]; then
  if { [ "$(id -u)" = 0 ] || [ -n "$sudo" ]; } && command -v apt-get >/dev/null; then
    say "installing ${missing[*]} from Debian's packages"
    $sudo apt-get update -qq
    pkgs=()
    for m in "${missing[@]}"; do
      case "$m" in
        pytest) pkgs+=(python3-pytest) ;;
        go) pkgs+=(golang-go) ;;
        *) pkgs+=("$m") ;;
      esac
    done
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" >/dev/null
  else
    say "missing toolchains: ${missing[*]} (tasks needing them are skipped with that reason)"
  fi
fi

# The workflow linters the test suite runs on .github/ (actionlint from the Go module proxy, zizmor from PyPI).
gobin="$(go env GOPATH 2>/dev/null)/bin"
if ! command -v actionlint >/dev/null && [ ! -x "$gobin/actionlint" ] && command -v go >/dev/null; then
  say "installing actionlint"
  go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12 || say "actionlint could not be installed (its test fails saying so)"
fi
if ! command -v zizmor >/dev/null && [ ! -x "$HOME/.local/bin/zizmor" ] && command -v python3 >/dev/null; then
  say "installing zizmor"
  python3 -m pip install --user --quiet zizmor==1.32.0 2>/dev/null ||
    python3 -m pip install --user --quiet --break-system-packages zizmor==1.32.0 ||
    say "zizmor could not be installed (its test fails saying so)"
fi

if [ "${OPSBENCH_SKIP_DOCKER:-}" != 1 ]; then
  if docker info >/dev/null 2>&1; then
    say "docker engine answers"
  elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    bash scripts/setup-docker.sh
  else
    say "no Docker engine and cannot install one here: the local runtime will be used"
  fi
fi
