#!/usr/bin/env bash
# Rewrites abi/libkpss_c.abi from the current build (run after an intended ABI change:
# additions, or an incompatible change together with a SOVERSION bump).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset ci >/dev/null
cmake --build --preset ci --target kpss_c >/dev/null
lib=$(readlink -f build/ci/libkpss_c.so)
abidw --exported-interfaces-only --headers-dir capi/include/kpss --drop-private-types --no-corpus-path --no-show-locs --out-file abi/libkpss_c.abi "$lib"
echo "abi/libkpss_c.abi updated from $lib"
