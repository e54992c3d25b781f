#!/usr/bin/env bash
# Installs what training needs on Debian 12: PyTorch, ONNX and OpenBLAS from Debian's packages (without OpenBLAS,
# PyTorch falls back to the reference BLAS and trains about 35 times slower). Run with /usr/bin/python3 afterwards.
set -euo pipefail
if /usr/bin/python3 -c "import torch, onnx, numpy" 2> /dev/null && dpkg -s libopenblas0-pthread > /dev/null 2>&1; then
  echo "python3-torch, python3-onnx and OpenBLAS are installed"
  exit 0
fi
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-torch python3-onnx python3-numpy libopenblas0-pthread
/usr/bin/python3 -c "import torch, onnx; print('torch', torch.__version__, 'onnx', onnx.__version__)"
