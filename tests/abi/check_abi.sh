#!/usr/bin/env bash
# ABI guard for libkpss_c: compares the library's ABI (abidw, from its DWARF, public headers
# only) with the committed baseline. An incompatible change fails unless the SONAME changed
# (SOVERSION bumped); compatible additions pass and say so.
# Removed or changed functions and variables are incompatible (abidiff calls a changed
# parameter type merely a "change"); only additions are compatible. Structs that grow at
# their end are allowed by the suppression file, if one is given.
# usage: check_abi.sh BASELINE.abi LIBRARY HEADERS_DIR [SUPPRESSIONS]
set -euo pipefail
baseline=$1 library=$2 headers=$3
suppress=()
[ $# -ge 4 ] && suppress=(--suppressions "$4")
current=$(mktemp --suffix=.abi)
trap 'rm -f "$current"' EXIT
abidw --exported-interfaces-only --headers-dir "$headers" --drop-private-types --no-corpus-path --no-show-locs --out-file "$current" "$library"
soname() { grep -o "soname='[^']*'" "$1" | head -n 1; }
set +e
report=$(abidiff "${suppress[@]}" --headers-dir1 "$headers" --headers-dir2 "$headers" "$baseline" "$current")
rc=$?
set -e
if (( rc & 3 )); then
  echo "abidiff could not compare (status $rc):"; echo "$report"; exit 2
fi
removed_or_changed() {  # the "N Removed, M Changed" counts of abidiff's summaries
  { grep -Eo '[0-9]+ Removed(, [0-9]+ Changed)?' <<<"$report" || true; } | { grep -Eo '[0-9]+' || true; } | paste -sd+ | sed 's/^$/0/'
}
breaking=$(( $(removed_or_changed) ))
if (( rc & 8 )) || (( breaking > 0 )); then
  if [ "$(soname "$baseline")" = "$(soname "$current")" ]; then
    echo "INCOMPATIBLE ABI CHANGE in $library without a SOVERSION bump ($(soname "$current")):"
    echo "$report"
    echo "Either restore compatibility or bump KPSS_C_SOVERSION in CMakeLists.txt and"
    echo "refresh the baseline with scripts/update-abi-baseline.sh."
    exit 1
  fi
  echo "incompatible change with a new SONAME ($(soname "$baseline") -> $(soname "$current")):"
  echo "refresh the baseline with scripts/update-abi-baseline.sh"
  exit 0
fi
if (( rc & 4 )); then
  echo "compatible ABI changes (additions):"; echo "$report"
else
  echo "ABI unchanged against $(basename "$baseline")"
fi
