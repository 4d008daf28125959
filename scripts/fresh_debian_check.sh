#!/usr/bin/env bash
# Proof that a fresh clone passes `bash dev.sh test` on a bare Debian 12 with Python 3.11: the
# machine the README promises to work on. Not run by CI (it needs root and ~10 minutes).
#
#   bash scripts/fresh_debian_check.sh [BRANCH] [-- SCRIPT ARGS…]
#     BRANCH         the branch of this repository to clone (default: the one checked out)
#     SCRIPT ARGS    what `bash` runs in the clone instead of `dev.sh test`: `-- .ci/run` is CI
#   FRESH_ROOT=/tmp/swdesk-fresh-root   where the Debian root lives (about 4 GB after a run)
#
# What it does, as root on a Debian machine:
#   1. `debootstrap --variant=minbase bookworm` (only the Essential packages and apt) from the
#      same Debian mirror this machine's apt uses, then `apt-get install --no-install-recommends
#      python3 python3-venv git ca-certificates` and nothing else. This base is kept in
#      $FRESH_ROOT.base and reused (remove it to start over); every run starts from a new copy
#      of it in $FRESH_ROOT.
#   2. Mounts /proc, /sys, /dev and /dev/pts into the root, and this repository's git folder
#      read-only at /mnt/swdesk.git; `git clone --branch BRANCH` it to /root/swdesk.
#   3. Runs `bash dev.sh test` there (dev.sh installs every other package itself) with a bare
#      environment: HOME, PATH, LANG, CI if set, and this machine's PIP_* variables. Each `==`
#      step line is prefixed with the seconds since the run began.
# So that apt and pip reach their registries the way they do here, the root gets this machine's
# apt site settings (apt.conf.d files no package owns), its local CA certificates, its pip
# configuration (/etc/pip.conf, /etc/xdg/pip, root's pip.conf, PIP_* variables) and the local
# wheel folders those name (/opt/wheels, /opt/pypi*, mounted read-only). Nothing else is copied.
# The root is left in place for a look afterwards; the mounts are undone on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

branch=$(git rev-parse --abbrev-ref HEAD)
if [ $# -gt 0 ] && [ "$1" != "--" ]; then branch=$1; shift; fi
[ "${1:-}" = "--" ] && shift
run_args=("$@")
[ ${#run_args[@]} -eq 0 ] && run_args=(dev.sh test)
root=${FRESH_ROOT:-/tmp/swdesk-fresh-root}
base=$root.base
gitdir=$(cd "$(git rev-parse --git-common-dir)" && pwd)

say() { printf '\033[1m== %s\033[0m\n' "$*"; }
[ "$(id -u)" -eq 0 ] || { echo "run as root (debootstrap, mount and chroot need it)" >&2; exit 2; }

# The Debian mirror apt uses here: the first URI of a deb822 .sources file or a sources.list line.
mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
  | awk '/^URIs:/ && $2 ~ /debian\/?$/ {print $2; exit}')
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $3 ~ /^bookworm$/ {print $2; exit}' \
  /etc/apt/sources.list 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}

mounts=()
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount "${mounts[$i]}" 2>/dev/null || umount -l "${mounts[$i]}" || true; done
}
trap cleanup EXIT
bind() {  # bind SRC DEST [ro]
  mkdir -p "$2"
  mount --bind "$1" "$2"; mounts+=("$2")
  [ "${3:-}" = ro ] && mount -o remount,bind,ro "$2"
  return 0
}
mount_system() {  # mount_system ROOT
  mkdir -p "$1/proc" "$1/sys" "$1/dev/pts"
  mount -t proc proc "$1/proc"; mounts+=("$1/proc")
  bind /sys "$1/sys" ro
  bind /dev "$1/dev"
  bind /dev/pts "$1/dev/pts"
}
unmount_all() { cleanup; mounts=(); }
# Never delete through a mount left behind (it would reach /dev or the repository).
remove_root() {  # remove_root DIR
  if awk -v d="$1" '$2 == d || index($2, d "/") == 1 {found = 1} END {exit !found}' /proc/mounts; then
    echo "$1 still has something mounted in it; unmount it first (see /proc/mounts)" >&2; exit 1
  fi
  rm -rf --one-file-system "$1"
}

# Only this machine's own site settings: apt.conf.d files that no Debian package installed.
copy_site_config() {  # copy_site_config ROOT
  local f
  for f in /etc/apt/apt.conf.d/*; do
    dpkg -S "$f" >/dev/null 2>&1 || cp "$f" "$1/etc/apt/apt.conf.d/"
  done
  [ -f /etc/apt/sources.list.d/debian.sources ] && cp /etc/apt/sources.list.d/debian.sources "$1/etc/apt/sources.list.d/" \
    && rm -f "$1/etc/apt/sources.list"
  mkdir -p "$1/usr/local/share/ca-certificates"
  cp -r /usr/local/share/ca-certificates/. "$1/usr/local/share/ca-certificates/" 2>/dev/null || true
  cp /etc/resolv.conf "$1/etc/resolv.conf"
  [ -f /etc/pip.conf ] && cp /etc/pip.conf "$1/etc/pip.conf"
  [ -d /etc/xdg/pip ] && mkdir -p "$1/etc/xdg" && cp -r /etc/xdg/pip "$1/etc/xdg/"
  [ -f /root/.config/pip/pip.conf ] && mkdir -p "$1/root/.config/pip" && cp /root/.config/pip/pip.conf "$1/root/.config/pip/"
  [ -f /root/.pip/pip.conf ] && mkdir -p "$1/root/.pip" && cp /root/.pip/pip.conf "$1/root/.pip/"
  return 0
}

in_root() {  # in_root ROOT COMMAND…: a bare environment plus pip's settings
  local r=$1; shift
  local envs=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    LANG="${LANG:-C.UTF-8}" DEBIAN_FRONTEND=noninteractive ${CI:+CI=$CI})
  local v
  while IFS= read -r v; do envs+=("$v"); done < <(env | grep '^PIP_' || true)
  chroot "$r" /usr/bin/env -i "${envs[@]}" "$@"
}

if [ ! -f "$base/.debootstrapped" ]; then
  command -v debootstrap >/dev/null || { apt-get update -qq; apt-get install -y -qq debootstrap; }
  remove_root "$base"
  say "debootstrap --variant=minbase bookworm $base $mirror"
  start=$SECONDS
  debootstrap --variant=minbase bookworm "$base" "$mirror" >"$base.log" 2>&1 \
    || { tail -20 "$base.log"; exit 1; }
  echo "debootstrap: $((SECONDS - start)) s"
  touch "$base/.debootstrapped"
fi
if [ ! -f "$base/.ready" ]; then
  copy_site_config "$base"
  mount_system "$base"
  say "apt-get install python3 python3-venv git ca-certificates"
  start=$SECONDS
  in_root "$base" apt-get update -qq
  in_root "$base" apt-get install -y -qq --no-install-recommends python3 python3-venv git ca-certificates >/dev/null
  in_root "$base" apt-get clean
  echo "base packages: $((SECONDS - start)) s"
  unmount_all
  touch "$base/.ready"
fi

say "fresh copy of the base in $root"
remove_root "$root"
cp -a "$base" "$root"
mount_system "$root"
bind "$gitdir" "$root/mnt/swdesk.git" ro
for d in /opt/wheels /opt/pypi /opt/pypi-more; do [ -d "$d" ] && bind "$d" "$root$d" ro; done
in_root "$root" python3 --version
in_root "$root" git clone -q --branch "$branch" /mnt/swdesk.git /root/swdesk
echo "cloned $branch at $(in_root "$root" git -C /root/swdesk log -1 --format='%h %s')"

say "bash ${run_args[*]} (in the fresh root)"
start=$SECONDS
status=0
in_root "$root" bash -c 'cd /root/swdesk && bash "$@"' bash "${run_args[@]}" 2>&1 \
  | while IFS= read -r line; do
      case $line in *'== '*) printf '[%4d s] ' $((SECONDS - start)) ;; esac
      printf '%s\n' "$line"
    done || status=$?
echo "fresh Debian 12: bash ${run_args[*]} exited $status after $((SECONDS - start)) s"
exit "$status"
