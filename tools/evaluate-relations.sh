#!/usr/bin/env bash
# Runs `claimdiff evaluate relations` on every public evaluation set and the written news pairs, and keeps each
# output under OUT (default artifacts/relations). Usage: tools/evaluate-relations.sh [--classifier lexical] [--model F]
# Environment: DATA (default ../shared/data), OUT, FNC_SAMPLE (FNC-1 test pairs scored, default 2000: every pair is
# a headline against a whole body, scored sentence by sentence).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DATA:-$root/../shared/data}
out=${OUT:-$root/artifacts/relations}
mkdir -p "$out"
dotnet build "$root/src/ClaimDiff.Cli" -c Release > "$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
cli=("dotnet" "$root/src/ClaimDiff.Cli/bin/Release/net10.0/ClaimDiff.Cli.dll" "evaluate" "relations")
for set in snli-test mnli-dev-matched anli cad-snli scitail emergent-unseen emergent-headlines-unseen; do
  echo "== $set"
  "${cli[@]}" --data "$data" --set "$set" "$@" | tee "$out/$set.txt"
done
echo "== fnc1-test"
"${cli[@]}" --data "$data" --set fnc1-test --sample "${FNC_SAMPLE:-2000}" "$@" | tee "$out/fnc1-test.txt"
for set in news-dev news-test; do
  echo "== $set"
  "${cli[@]}" --pairs "$root/tools/train-relation-model/data/$set.jsonl" "$@" | tee "$out/$set.txt"
done
