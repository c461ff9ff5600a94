#!/bin/sh
# Renders a plan's stakeholder graph with Graphviz: `kpss stakeholders PLAN --dot | dot -Tsvg`
# must succeed and give an SVG with every vertex. Usage: render_dot.sh KPSS_TOOL PLAN.
# Exit 77 (skipped) when Graphviz's `dot` is not installed.
tool=$1
plan=$2
if ! command -v dot >/dev/null 2>&1; then
  echo "SKIPPED: Graphviz 'dot' is not installed (apt-get install graphviz; scripts/setup.sh does)"
  exit 77
fi
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
"$tool" stakeholders "$plan" --dot > "$dir/graph.dot"
[ $? -le 1 ] || { echo "kpss stakeholders --dot failed"; exit 1; }
dot -Tsvg "$dir/graph.dot" > "$dir/graph.svg" 2> "$dir/dot.err" || { cat "$dir/dot.err"; exit 1; }
if [ -s "$dir/dot.err" ]; then
  echo "dot warned:"; cat "$dir/dot.err"; exit 1
fi
nodes=$(grep -c 'class="node"' "$dir/graph.svg")
declared=$(grep -c '^  "[^"]*" \[' "$dir/graph.dot")
echo "rendered $nodes of $declared vertices"
[ "$nodes" -gt 0 ] && [ "$nodes" -eq "$declared" ]
