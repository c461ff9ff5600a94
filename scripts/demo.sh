#!/usr/bin/env bash
# Sets up, builds the kpss tool and runs its demo on the bundled town.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)" --target kpss_tool >/dev/null
exec build/release/tools/kpss demo "$@"
