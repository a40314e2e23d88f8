#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Bulwark contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests scripts/check-packages, the guard that fails scripts/test when the build or the programs use a package
# that scripts/setup does not install. Each case takes a temporary copy of scripts/debian-packages with one
# needed package removed and expects the guard to fail naming it.
#   tst_checkpackages.sh SOURCE_DIR BUILD_DIR BULWARK_EXECUTABLE
set -uo pipefail
src="$1"
build="$2"
bulwark="$3"
guard="$src/scripts/check-packages"
list="$src/scripts/debian-packages"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# expect NAME STATUS PATTERN... -- ARGS: runs the guard with ARGS, wants exit STATUS and every PATTERN in its output
expect() {
    local name="$1" want="$2"
    shift 2
    local patterns=()
    while [ "$1" != "--" ]; do patterns+=("$1"); shift; done
    shift
    local out status
    out="$("$guard" "$@" 2>&1)"
    status=$?
    local ok=true
    if [ "$status" -ne "$want" ]; then ok=false; fi
    for p in "${patterns[@]}"; do
        grep -qF -- "$p" <<<"$out" || { ok=false; echo "  missing from the output: $p"; }
    done
    if $ok; then
        echo "PASS   : $name"
        passed=$((passed + 1))
    else
        echo "FAIL!  : $name (exit $status, wanted $want); the guard said:"
        sed 's/^/    /' <<<"$out"
        failed=$((failed + 1))
    fi
}
without() { grep -vx -- "$1" "$list" >"$tmp/$1.list"; echo "$tmp/$1.list"; }

# The real list accounts for the real build.
expect "the list covers the build" 0 "check-packages: all" -- --build "$build"

# The bug of issue 9: Qt Charts' CMake package needs Qt6OpenGL's, which qt6-charts-dev only recommends.
expect "without libqt6opengl6-dev" 1 "libqt6opengl6-dev" "Qt6OpenGL_DIR" "Add each to scripts/debian-packages" -- \
    --build "$build" --packages "$(without libqt6opengl6-dev)"

# A pkg-config package and the shared libraries it brings: found through the CMake cache and through ldd.
expect "without libgraphviz-dev" 1 "libgraphviz-dev" "pkgcfg_lib_GRAPHVIZ_gvc" "libgvc6" "needed by app/bulwark" -- \
    --build "$build" --packages "$(without libgraphviz-dev)"

# A package listed but not installed is reported (scripts/setup would install it).
{ cat "$list"; echo "bulwark-no-such-package"; } >"$tmp/extra.list"
expect "a listed package that is not installed" 1 "bulwark-no-such-package" "not installed" -- \
    --build "$build" --packages "$tmp/extra.list"

# Run time: what a real process loaded, read from glibc's LD_DEBUG=files log. An empty build folder keeps the
# CMake and ldd parts out of these cases.
mkdir -p "$tmp/emptybuild" "$tmp/loaded"
: >"$tmp/emptybuild/CMakeCache.txt"
LD_DEBUG=files LD_DEBUG_OUTPUT="$tmp/loaded/ld" QT_QPA_PLATFORM=offscreen "$bulwark" init --db "$tmp/r.bulwark" >/dev/null 2>&1
expect "a real run: bulwark init loads the SQL driver plugin" 0 "loaded at run time" -- \
    --build "$tmp/emptybuild" --loaded "$tmp/loaded"
if ! grep -qs "calling init: .*/sqldrivers/libqsqlite.so" "$tmp/loaded"/ld.*; then
    echo "FAIL!  : the LD_DEBUG log of bulwark init names no SQLite driver plugin"
    failed=$((failed + 1))
fi
# A Qt plugin whose package comes only with qt6-svg-dev (the SVG icon engine): the log line in glibc's format.
plugin="$(dpkg -L libqt6svg6 2>/dev/null | grep -m1 '/iconengines/libqsvgicon.so$')"
mkdir -p "$tmp/plugin"
printf '     4242:\t\n     4242:\tinitialize program: bulwark\n     4242:\tcalling init: %s\n' "$plugin" >"$tmp/plugin/ld.4242"
expect "without qt6-svg-dev, its icon engine plugin" 1 "libqt6svg6" "Qt plugin loaded by bulwark" "$plugin" -- \
    --build "$tmp/emptybuild" --packages "$(without qt6-svg-dev)" --loaded "$tmp/plugin"
# A library that no package installed (copied by hand).
cp "$(dpkg -L libsqlite3-0 | grep -m1 '/libsqlite3.so.0$')" "$tmp/libbyhand.so.1"
printf '     4243:\t\n     4243:\tinitialize program: bulwark\n     4243:\tcalling init: %s\n' "$tmp/libbyhand.so.1" >"$tmp/plugin/ld.4243"
expect "a library installed by hand" 1 "not from any Debian package" "$tmp/libbyhand.so.1" -- \
    --build "$tmp/emptybuild" --loaded "$tmp/plugin"
# Logs that name nothing mean the run was not made with LD_DEBUG=files: say so instead of passing.
mkdir -p "$tmp/nologs"
expect "an empty log folder" 2 "no LD_DEBUG" -- --build "$tmp/emptybuild" --loaded "$tmp/nologs"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
