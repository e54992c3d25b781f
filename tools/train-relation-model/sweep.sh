#!/usr/bin/env bash
# Trains several relation-model variants at once on one GPU (each is small beside an accelerator) and ranks their
# best checkpoints by validation score (train.py's mean macro-F1 over the validation sources, news-dev among them).
# The variants: the shipped recipe's mixture (SMALL) for 1.8 epochs, and a larger mixture (LARGE) for 2 and 3 epochs,
# each followed by the second stage on the written pairs (a to g; for the 3-epoch one also a to k). Every run is cut
# at its time limit, so the sweep ends within BUDGET seconds. On the CPU the same commands run, one at a time
# being wiser there.
#
#   build_data.py --out work/S --per-type 1100 --valid-apart                                    # SMALL
#   build_data.py --out work/L --per-type 4000 --fnc 3300,760,8000,8000 --generated 12000,12000,5000 --valid-apart  # LARGE
#   SMALL=work/S LARGE=work/L MINILM=work/minilm [INIT=init-fp16.pt] OUT=work/sweep sweep.sh
#
# MINILM is a folder with vocab.txt (and model.onnx unless INIT, a pack.py --initial file, is given). Results:
# OUT/ranking.txt (score, run, step, per-source macro-F1) and OUT/RUN/{log,history.json,best.pt}.
set -u
here=$(cd "$(dirname "$0")" && pwd)
small=${SMALL:-$here/work/S}; large=${LARGE:-$here/work/L}; minilm=${MINILM:-$here/work/minilm}
out=${OUT:-$here/work/sweep}; budget=${BUDGET:-520}; python=${PYTHON:-python3}
init=(); [ -n "${INIT:-}" ] && init=(--init "$INIT")
export PYTHONUNBUFFERED=1
start=$(date +%s)
mkdir -p "$out"
run() { # name limit_s train.py-args...
  local name=$1 limit=$2; shift 2
  mkdir -p "$out/$name"
  timeout "$limit" "$python" "$here/train.py" --minilm "$minilm" --threads 3 --max-len 80 --checkpoint-every 2000 \
    --out "$out/$name" "$@" > "$out/$name/log" 2>&1
  echo "$name exit $? at $(( $(date +%s) - start )) s: $(tail -1 "$out/$name/log")"
}
stage2() { # stage1-data out written-sets
  "$python" "$here/build_stage2.py" --stage1 "$1" --out "$2" --written-sets "$3" > "$2.log" 2>&1 || cat "$2.log"
}
second() { # name stage1-run stage1-data written-sets limit_s
  [ -f "$out/$2/best.pt" ] || return
  stage2 "$3" "$out/$1-data" "$4"
  run "$1" "$5" --data "$out/$1-data" --init "$out/$2/best.pt" --epochs 1.5 --lr 3e-5 --eval-every 125
}
( run S1 $((budget * 45 / 100)) --data "$small" "${init[@]}" --epochs 1.8 --eval-every 500
  second S2 S1 "$small" a,b,c,d,e,f,g $((budget * 27 / 100)) ) &
( run L2a $((budget * 60 / 100)) --data "$large" "${init[@]}" --epochs 2 --eval-every 500
  second L2b L2a "$large" a,b,c,d,e,f,g $((budget * 27 / 100)) ) &
( run L3a $((budget * 70 / 100)) --data "$large" "${init[@]}" --epochs 3 --eval-every 500
  second L3b L3a "$large" a,b,c,d,e,f,g $((budget * 23 / 100)) &
  second L3k L3a "$large" a,b,c,d,e,f,g,h,i,j,k $((budget * 23 / 100))
  wait ) &
wait
"$python" - "$out" <<'PY' | tee "$out/ranking.txt"
import json, os, sys, torch
out, rows = sys.argv[1], []
for name in sorted(os.listdir(out)):
    path = os.path.join(out, name, "best.pt")
    if os.path.exists(path):
        best = torch.load(path, map_location="cpu")
        rows.append((best["score"], name, best["step"], json.dumps({k: v["macro_f1"] for k, v in best["sets"].items()})))
for row in sorted(rows, reverse=True):
    print(*row)
PY
echo "sweep done in $(( $(date +%s) - start )) s"
