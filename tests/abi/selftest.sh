#!/usr/bin/env bash
# Proves the ABI guard works: a library whose public function changes its signature must
# fail check_abi.sh with the same SONAME, and pass once the SONAME is bumped.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cc=${CC:-cc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build() {  # version soname
  mkdir -p "$work/$1/include"
  cp "$here/selftest/$1.h" "$work/$1/include/sample.h"
  local def=""; [ "$1" = v2 ] && def=-DSAMPLE_V2
  $cc -g -O0 -shared -fPIC $def -I"$work/$1/include" -Wl,-soname,"$2" \
    -o "$work/$1/$2" "$here/selftest/lib.c"
}
build v1 libsample.so.1
abidw --headers-dir "$work/v1/include" --no-corpus-path --out-file "$work/baseline.abi" "$work/v1/libsample.so.1"
build v2 libsample.so.1
if "$here/check_abi.sh" "$work/baseline.abi" "$work/v2/libsample.so.1" "$work/v2/include" >"$work/log" 2>&1; then
  echo "the guard missed a changed signature:"; cat "$work/log"; exit 1
fi
grep -q "INCOMPATIBLE ABI CHANGE" "$work/log"
mv "$work/v2" "$work/v2old"; build v2 libsample.so.2
"$here/check_abi.sh" "$work/baseline.abi" "$work/v2/libsample.so.2" "$work/v2/include" >"$work/log" 2>&1
echo "ABI guard self-test: a changed signature fails, a SOVERSION bump passes"
