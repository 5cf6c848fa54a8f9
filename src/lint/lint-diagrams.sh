#!/usr/bin/env bash
# Lints every diagram of processes/ with the project's .bpmnlintrc: the rules Camunda Modeler applies
# (bpmnlint recommended + Camunda 7.24 compatibility). Installs the linter from npm on first use.
# Run by `mvn verify`; alone: src/lint/lint-diagrams.sh [FILE.bpmn ...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lint="$root/src/lint"
if [ ! -x "$lint/node_modules/.bin/bpmnlint" ]; then
  (cd "$lint" && npm ci --no-audit --no-fund --silent)
fi
files=("$@")
[ ${#files[@]} -gt 0 ] || mapfile -t files < <(cd "$root" && find processes -name '*.bpmn' | sort)
[ ${#files[@]} -gt 0 ] || { echo "lint-diagrams: no BPMN files in processes/"; exit 1; }
cd "$root"
NODE_PATH="$lint/node_modules" "$lint/node_modules/.bin/bpmnlint" --config .bpmnlintrc --max-warnings=0 "${files[@]}"
echo "lint-diagrams: ${#files[@]} diagram(s) pass the modeler's rules"
