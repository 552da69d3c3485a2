#!/usr/bin/env bash
# Proves that packaging/debian-packages.txt is complete for a Debian 12 machine that has nothing:
# builds a minimal Debian 12 root with mmdebstrap, puts HEAD of this repository in it (as a clone
# has it) and runs the README's install step and a CMake configure inside it (chroot). A machine
# that already has the packages (a developer's, a CI runner's) cannot prove this: that is how
# a missing libqt6opengl6-dev went unnoticed (issue 9).
#
#   packaging/fresh-root-check.sh             install + configure: fast enough for CI
#   packaging/fresh-root-check.sh --full      install + `packaging/setup.sh test` (build and every
#                                             test): the release check
# Options: --worktree  check the working tree (uncommitted changes, new files not ignored by git)
#                      instead of HEAD's files (git archive HEAD: what a clone gets)
#          --no-cache  build the bare root again even if a recent one is cached
#          --keep      keep the root afterwards (its path is printed)
#
# Needs root (mmdebstrap, chroot, mounts), mmdebstrap and git, and the Debian mirror. Measured on
# 2 cores (Zen 4 EPYC, fast mirror): bare root 29 s, the package list 271 s (548 packages, of which
# the download took 3 s: unpacking is the cost), configure 4 s; 5 minutes in all. The bare root
# is kept as a tarball for 7 days ($COLORIZED_FRESH_ROOT_CACHE, default ~/.cache/colorized/
# fresh-root, 160 MB); that changes nothing that is checked: it holds no package of ours, and
# apt resolves the package list from a fresh index every time.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
full=0 worktree=0 cache=1 keep=0
for argument in "$@"; do
    case "$argument" in
    --full) full=1 ;;
    --worktree) worktree=1 ;;
    --no-cache) cache=0 ;;
    --keep) keep=1 ;;
    -h | --help)
        sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
        exit 0
        ;;
    *)
        echo "usage: $0 [--full] [--worktree] [--no-cache] [--keep]" >&2
        exit 2
        ;;
    esac
done

say() { echo "fresh-root-check: $*"; }
die() {
    say "FAILED: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || die "run as root: mmdebstrap, chroot and the mounts need it (sudo $0 $*)."
for tool in mmdebstrap git chroot findmnt; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install mmdebstrap git util-linux)."
done

started=$SECONDS
work="$(mktemp -d "${TMPDIR:-/var/tmp}/colorized-fresh-root.XXXXXX")"
root="$work/root"
logs="$work/logs"
mkdir -p "$root" "$logs"
cache_dir="${COLORIZED_FRESH_ROOT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/colorized/fresh-root}"

# The checkout may belong to another user than root: trust it for this command only.
git_here() { git -c safe.directory="$here" -C "$here" "$@"; }

mounted_under_root() { findmnt -rn -o TARGET | grep -E "^$root(/|$)" || true; }

cleanup() {
    local status=$?
    # Deepest first; /dev is a recursive bind, made a slave so that this never reaches the host's.
    for target in "$root/sys" "$root/proc" "$root/dev"; do
        if mountpoint -q "$target"; then
            umount -R "$target" 2>/dev/null || umount -R -l "$target" || true
        fi
    done
    if [ -n "$(mounted_under_root)" ]; then
        say "something is still mounted under $root; it is left there for you to unmount:" >&2
        mounted_under_root >&2
    elif [ "$keep" -eq 1 ]; then
        say "root kept: $root"
    else
        rm -rf --one-file-system "$root"
    fi
    say "logs: $logs"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. The bare root: essential packages and apt, nothing of ours.
step_started=$SECONDS
if [ "$cache" -eq 1 ]; then
    mkdir -p "$cache_dir"
    tarball="$cache_dir/bookworm-apt.tar"
    if [ -z "$(find "$tarball" -mtime -7 2>/dev/null)" ]; then
        say "building a bare Debian 12 root (mmdebstrap)..."
        mmdebstrap --variant=apt bookworm "$cache_dir/bookworm-apt.part.tar" >"$logs/mmdebstrap.log" 2>&1 ||
            { tail -n 20 "$logs/mmdebstrap.log" >&2; die "mmdebstrap could not build the root."; }
        mv "$cache_dir/bookworm-apt.part.tar" "$tarball"
    else
        say "bare Debian 12 root from $tarball ($(date -r "$tarball" +%F))"
    fi
    tar -C "$root" --numeric-owner -xpf "$tarball"
else
    say "building a bare Debian 12 root (mmdebstrap)..."
    mmdebstrap --variant=apt bookworm "$root" >"$logs/mmdebstrap.log" 2>&1 ||
        { tail -n 20 "$logs/mmdebstrap.log" >&2; die "mmdebstrap could not build the root."; }
fi
root_seconds=$((SECONDS - step_started))

# 2. The repository as a new user gets it.
mkdir -p "$root/src"
if [ "$worktree" -eq 1 ]; then
    say "copying the working tree (tracked and new files git does not ignore)"
    mkdir -p "$root/src/colorized"
    git_here ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' file; do if [ -e "$here/$file" ]; then printf '%s\0' "$file"; fi; done |
        tar -C "$here" --null -T - -cf - | tar -C "$root/src/colorized" -xf -
else
    say "HEAD's files ($(git_here rev-parse --short HEAD)); uncommitted changes are not checked (--worktree)"
    mkdir -p "$root/src/colorized"
    git_here archive --format=tar HEAD | tar -C "$root/src/colorized" -xf -
fi

# 3. What the chroot needs: kernel interfaces, name resolution, no service starts.
mount -t proc proc "$root/proc"
mount -t sysfs -o ro sysfs "$root/sys"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
cp --remove-destination -L /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        bash -c "cd /src/colorized && $1"
}

# CMake names what it could not find; on this machine dpkg may know which package has it. The
# log is joined into one line first because CMake wraps its messages; "-- Could NOT find" status
# lines are dropped first: optional packages (XKB, for one) that configure does without.
explain_configure_failure() {
    local names kind name package
    local patterns="dependency [A-Za-z0-9_]+ could not be found|provided by \"[A-Za-z0-9_]+\""
    patterns+="|No package '[^']+' found|Could NOT find [A-Za-z0-9_]+"
    names="$(grep -v '^-- Could NOT find' "$1" | tr '\n' ' ' | tr -s ' ' | grep -oE "$patterns" |
        sed -E "s/^dependency ([^ ]+) .*/cmake \1/; s/^provided by \"([^\"]+)\"/cmake \1/;
                s/^No package '([^']+)' found/pkg-config \1/; s/^Could NOT find (.+)/cmake \1/" |
        sort -u)"
    if [ -z "$names" ]; then
        tail -n 30 "$1" >&2
        die "CMake configure failed in the fresh root (log above: $1)."
    fi
    while read -r kind name; do
        if [ "$kind" = cmake ]; then
            package="$(dpkg -S "*/${name}Config.cmake" "*/${name,,}-config.cmake" 2>/dev/null |
                head -n 1 | cut -d: -f1 || true)"
        else
            package="$(dpkg -S "*/pkgconfig/${name}.pc" 2>/dev/null | head -n 1 | cut -d: -f1 || true)"
        fi
        if [ -n "$package" ]; then
            say "missing: $kind package $name, which this machine has from the Debian package $package" >&2
        else
            say "missing: $kind package $name (find its Debian package with: apt-file search ${name})" >&2
        fi
    done <<<"$names"
    die "CMake configure failed in the fresh root: add the package(s) above to packaging/debian-packages.txt."
}

# 4. The README's install step, then configure (or, with --full, the README's test command).
step_started=$SECONDS
say "installing packaging/debian-packages.txt in the root (packaging/setup.sh install)..."
if ! in_root "packaging/setup.sh install" >"$logs/install.log" 2>&1; then
    grep -E '^E: ' "$logs/install.log" >&2 || tail -n 30 "$logs/install.log" >&2
    die "the package list does not install on Debian 12 (log: $logs/install.log)."
fi
install_seconds=$((SECONDS - step_started))

step_started=$SECONDS
say "configuring (packaging/setup.sh configure)..."
in_root "packaging/setup.sh configure" >"$logs/configure.log" 2>&1 ||
    explain_configure_failure "$logs/configure.log"
configure_seconds=$((SECONDS - step_started))

summary="bare root ${root_seconds} s, packages ${install_seconds} s, configure ${configure_seconds} s"
if [ "$full" -eq 1 ]; then
    step_started=$SECONDS
    say "building and running every test (packaging/setup.sh test; about 20 minutes on 2 cores)..."
    if ! in_root "packaging/setup.sh test" >"$logs/test.log" 2>&1; then
        tail -n 40 "$logs/test.log" >&2
        die "packaging/setup.sh test failed in the fresh root (log: $logs/test.log)."
    fi
    grep -E 'tests passed|Total Test time' "$logs/test.log" || true
    summary="$summary, build and tests $((SECONDS - step_started)) s"
fi
say "passed in $((SECONDS - started)) s ($summary)"
