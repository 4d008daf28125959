#!/usr/bin/env bash
# One entry point for people and CI: set everything up, then run the app, the tests or the bundle.
#   bash dev.sh run [swdesk args…]   set up and open the app
#   bash dev.sh test                 set up and run every check (what CI runs)
#   bash dev.sh bundle               set up, build the PyInstaller bundle and self-test it
#   bash dev.sh setup                set up only
set -euo pipefail
cd "$(dirname "$0")"

# What the PySide6 wheels' Qt libraries and platform plugins (xcb, offscreen) link against on
# Debian 12, plus a TrueType Chinese font (PDFs, and the bundle copies it); fc-list (fontconfig)
# finds other Chinese fonts; xdg-open (xdg-utils) is how Qt shows a PDF the app wrote.
APT_RUNTIME=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libfreetype6 libdbus-1-3 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
  libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 fonts-wqy-microhei
  fontconfig xdg-utils)
# pdffonts/pdftotext/pdfinfo for the PDF tests; LibreOffice's headless Calc saves the xlsx files
# the reader is checked against; Xvfb for screenshots. The benchmarks' tools go here too (the
# `sqlite3` shell is bench_sync's floor): they run from the same set-up checkout as the tests,
# and one list keeps a fresh machine's `dev.sh test` ready for `bench/run.sh` as well.
# tests/test_external_tools.py fails when a program the code runs is in none of these lists.
APT_TEST=(poppler-utils libreoffice-calc-nogui xvfb xauth sqlite3 mount)
# PyInstaller on Linux: objdump (binutils) and the shared libpython of Debian's python3.11.
APT_BUNDLE=(binutils libpython3.11)

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "缺少系统软件包：${missing[*]}，请用系统的包管理器安装后重试。" >&2; return 1
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "缺少系统软件包：${missing[*]}。请以 root 身份运行：apt-get install ${missing[*]}" >&2; return 1
    fi
  fi
  say "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

find_python() {
  for py in python3.11 python3; do
    if command -v "$py" >/dev/null && "$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      echo "$py"; return 0
    fi
  done
  echo "需要 Python 3.11（Debian 12：apt-get install python3 python3-venv）。" >&2; return 1
}

setup() {
  apt_install "${APT_RUNTIME[@]}" "$@"
  local py; py=$(find_python)
  if [ ! -x .venv/bin/python ]; then
    "$py" -m venv .venv 2>/dev/null || { apt_install python3-venv; rm -rf .venv; "$py" -m venv .venv; }
  fi
  local stamp=.venv/.installed
  if [ ! -f "$stamp" ] || [ requirements.txt -nt "$stamp" ] || [ requirements-dev.txt -nt "$stamp" ] \
      || [ pyproject.toml -nt "$stamp" ]; then
    say "pip install"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -r requirements-dev.txt
    .venv/bin/python -m pip install -q --no-deps -e .
    touch "$stamp"
  fi
  .venv/bin/python scripts/build_translations.py
  .venv/bin/python scripts/build_forms.py
  .venv/bin/python scripts/build_han_pinyin.py
  # The guide's pictures: build output taken from the real app (quiet when all are there).
  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_help_screenshots.py
}

cmd=${1:-run}; shift || true
case "$cmd" in
  setup) setup ;;
  run)
    setup
    exec .venv/bin/swdesk "$@" ;;
  test)
    setup "${APT_TEST[@]}"
    export QT_QPA_PLATFORM=offscreen
    say "ruff";          .venv/bin/ruff check .
    say "import-linter"; .venv/bin/lint-imports
    say "mypy";          .venv/bin/mypy
    say "pytest";        .venv/bin/python -m pytest "$@" ;;
  bundle)
    setup "${APT_TEST[@]}" "${APT_BUNDLE[@]}"
    say "pyinstaller"
    start=$SECONDS
    .venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
    echo "bundle: built in $((SECONDS - start)) s"
    # No system font visible (empty fontconfig, SWDESK_FONT_SYSTEM=0): the bundle must render
    # Chinese with the font it ships, as on a PC without any Chinese font.
    say "self-test (system fonts hidden)"
    nofonts=$(mktemp -d)
    trap 'rm -rf "$nofonts"' EXIT
    printf '<?xml version="1.0"?>\n<fontconfig><dir>%s/none</dir><cachedir>%s/cache</cachedir></fontconfig>\n' \
      "$nofonts" "$nofonts" >"$nofonts/fonts.conf"
    QT_QPA_PLATFORM=offscreen FONTCONFIG_FILE="$nofonts/fonts.conf" SWDESK_FONT_SYSTEM=0 \
      dist/swdesk/swdesk --self-test ;;
  *) echo "用法：bash dev.sh run|test|bundle|setup" >&2; exit 2 ;;
esac
