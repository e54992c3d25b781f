#!/usr/bin/env bash
# Fuzzes one target of tools/ClaimDiff.Fuzz with AFL++ for a fixed budget, then keeps every input that broke it as a
# regression case under tests/ClaimDiff.Tests/Fuzz/TARGET/ (FuzzRegressionTests replays them).
#
#   tools/fuzz.sh TARGET [SECONDS]      TARGET: segmenter, claims, html, json or gzip; SECONDS defaults to 300
#
# Installs what it needs: Debian's afl++ and the SharpFuzz instrumentation tool (into tools/ClaimDiff.Fuzz/work/).
set -euo pipefail
target=${1:?usage: tools/fuzz.sh segmenter|claims|html|json|gzip [SECONDS]}
budget=${2:-300}
root=$(cd "$(dirname "$0")/.." && pwd)
fuzz=$root/tools/ClaimDiff.Fuzz
work=$fuzz/work
[ -d "$fuzz/seeds/$target" ] || { echo "no seeds for target '$target' in $fuzz/seeds" >&2; exit 2; }
mkdir -p "$work"

if ! command -v afl-fuzz > /dev/null; then
  apt-get update -qq && apt-get install -y -qq afl++
fi
if [ ! -x "$work/tool/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tool" > /dev/null
fi

# The library is instrumented in the published copy only; the build output stays as it is.
rm -rf "$work/out"
dotnet publish "$fuzz/ClaimDiff.Fuzz.csproj" -c Release -o "$work/out" -v q -nologo > /dev/null
"$work/tool/sharpfuzz" "$work/out/ClaimDiff.dll" > /dev/null

findings=$work/findings-$target
rm -rf "$findings"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
# -t: the time one input may take in milliseconds (a hang beyond it is kept as a finding too).
afl-fuzz -V "$budget" -t 5000 -m none -i "$fuzz/seeds/$target" -o "$findings" -- dotnet "$work/out/ClaimDiff.Fuzz.dll" "$target" > "$work/afl-$target.log" 2>&1 || true

stats=$findings/default/fuzzer_stats
[ -f "$stats" ] || { echo "afl-fuzz did not start; see $work/afl-$target.log" >&2; tail -20 "$work/afl-$target.log" >&2; exit 1; }
kept=$root/tests/ClaimDiff.Tests/Fuzz/$target
found=0
for kind in crashes hangs; do
  for f in "$findings/default/$kind"/id*; do
    [ -f "$f" ] || continue
    mkdir -p "$kept"
    cp "$f" "$kept/$kind-$(sha1sum "$f" | cut -c1-12)"
    found=$((found + 1))
  done
done
grep -E "^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|run_time) " "$stats" | tr -s ' '
echo "$target: $found input(s) that broke it kept under tests/ClaimDiff.Tests/Fuzz/$target"
