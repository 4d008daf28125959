#!/usr/bin/env bash
# Benchmarks: each result as a ratio to a floor measured in the same run (see bench/run.py).
#   bash bench/run.sh [startup|search|import|rss|county …] [--strict] [--small]
# Uses the repo's .venv (made by `bash dev.sh setup`); demo data files are built on first use
# and cached in bench/out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  echo "没有找到 .venv：请先运行 bash dev.sh setup" >&2
  exit 2
fi
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
exec .venv/bin/python bench/run.py "$@"
