#!/usr/bin/env bash
# Installs every build and test dependency of kpss from Debian's archive. Idempotent; says
# nothing when everything is already there. Run as root (or with sudo available).
set -euo pipefail

packages=(
  build-essential clang libclang-rt-14-dev cmake ninja-build pkg-config
  libboost-graph-dev libboost-serialization-dev libmsgsl-dev nlohmann-json3-dev
  libgtest-dev libbenchmark-dev abigail-tools
  graphviz
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v python3 >/dev/null 2>&1; then missing+=(python3); fi
echo "setup: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
