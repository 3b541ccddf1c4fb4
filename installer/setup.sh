#!/usr/bin/env bash
# SessionDesk from a fresh Debian 12 machine, in one command each:
#
#   installer/setup.sh run     install what is missing, build, launch SessionDesk on the demo store
#   installer/setup.sh test    install what is missing, build (warnings are errors), run every test
#                              under AddressSanitizer and UndefinedBehaviorSanitizer, and every
#                              fuzz target
#
# Packages come from Debian only; as root they are installed directly, otherwise through sudo.
set -euo pipefail

cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 libsqlite3-dev libicu-dev
    python3 poppler-utils postgresql libqt6sql6-psql libpq-dev
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-x11 openssl tzdata
    clang libclang-rt-14-dev
    pkg-config libmaxminddb-dev libmaxmind-db-writer-perl
    qt6-charts-dev libqt6opengl6-dev zlib1g-dev
    python3-django python3-psycopg2
)
# The test servers of real session stores (tests/fixtures/better-auth) run on Node.js; Debian's
# is installed only when the machine has none.
command -v npm >/dev/null || packages+=(nodejs npm)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "setup: run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

case "${1:-}" in
run)
    install_missing
    cmake --preset default
    cmake --build --preset default --target sessiondesk # the console only; the tests build with `test`
    exec build/app/sessiondesk "${@:2}"
    ;;
test)
    install_missing
    # Everything built with AddressSanitizer and UndefinedBehaviorSanitizer (warnings are errors),
    # and the whole suite run under them, leak checks on.
    cmake --preset asan
    cmake --build --preset asan
    # While the suite runs (much of it waits for servers), the fuzzing build (clang) uses the
    # spare processor, one job, at low priority.
    (nice -n 19 sh -c 'cmake --preset fuzz && cmake --build --preset fuzz -j 1') > build-side.log 2>&1 &
    side=$!
    suite=0
    ctest --preset asan || suite=$?
    if ! wait "$side"; then
        cat build-side.log >&2
        echo "setup: the fuzzing build failed (build-side.log)" >&2
        exit 1
    fi
    [ "$suite" -eq 0 ] || exit "$suite"
    ctest --preset fuzz
    ;;
*)
    echo "usage: $0 run | test" >&2
    exit 2
    ;;
esac
