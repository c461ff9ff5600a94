#!/bin/sh
# Runs the tool (arguments after the first) under a pseudo-terminal made by script(1) and
# passes when the progress bar named by $1 is drawn there. Exit 77 (skipped) without script.
label=$1
shift
if ! command -v script >/dev/null 2>&1; then
  echo "SKIPPED: script(1) (util-linux) is not installed; cannot give the tool a terminal" >&2
  exit 77
fi
cmd=""
for a in "$@"; do cmd="$cmd '$a'"; done
# Standard output goes to /dev/null so only standard error reaches the terminal.
captured=$(script -qec "$cmd >/dev/null" /dev/null) || { echo "the tool failed: $captured" >&2; exit 1; }
case $captured in
  *"$label ["*"#"*) exit 0 ;;
esac
echo "no progress bar '$label [#...' on the terminal; got:" >&2
printf '%s\n' "$captured" >&2
exit 1
