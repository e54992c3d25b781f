#!/usr/bin/env bash
# Builds the folder used to check that `claimdiff analyze` survives bad input:
# one good article beside an empty file, random binary data, invalid UTF-8, a 50 MB page,
# a 100,000-deep page and a truncated .gz.  Usage: tools/make-bad-input-folder.sh DIR
set -euo pipefail
dir=${1:?usage: make-bad-input-folder.sh DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$dir"
cp "$root/samples/ClaimDiff.Notebook/Articles/01-ministry-statement.txt" "$dir/good.txt"
: > "$dir/empty.txt"
head -c 1000000 /dev/urandom > "$dir/random.html"
printf 'A headline\nThe agency said prices rose \xff\xfe sharply in March.\n' > "$dir/invalid.txt"
{
  printf '<html><head><title>Big page</title></head><body><article>'
  para='<p>The port authority said on Monday that container traffic rose by 12 percent in the third quarter, the fastest pace in two years.</p>'
  count=$(( 50 * 1024 * 1024 / ${#para} ))
  for ((i = 0; i < count; i += 1024)); do
    printf '%s' "$(printf "$para%.0s" $(seq 1 1024))"
  done
  printf '</article></body></html>'
} > "$dir/big.html"
{
  printf '<html><body>'
  for ((i = 0; i < 100000; i++)); do printf '<div>'; done
  printf '<p>The council said the bridge will reopen in May.</p>'
  for ((i = 0; i < 100000; i++)); do printf '</div>'; done
  printf '</body></html>'
} > "$dir/deep.html"
gzip -c "$root/samples/ClaimDiff.Notebook/Articles/03-weekly-digest.txt" | head -c 200 > "$dir/truncated.txt.gz"
ls -l "$dir"
