#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Bulwark contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the main window on the demo register on a real X server (Xvfb, the xcb platform plugin, as scripts/run
# does on a desktop) rather than the offscreen platform of the other GUI tests, and has every page drawn. Run by
# scripts/test under LD_DEBUG, it lets scripts/check-packages see the plugins, fonts' libraries and X libraries a
# desktop session loads.
#   tst_x11start.sh SCREENSHOT_TOOL
set -uo pipefail
tool="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "$tool" "$out" >"$out/log" 2>&1
status=$?
count=0
for f in "$out"/*.png; do
    # a PNG, not empty, larger than a blank window would compress to
    if [ -f "$f" ] && [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '211PNG' ] && [ "$(stat -c %s "$f")" -gt 20000 ]; then
        count=$((count + 1))
    fi
done
if [ $status -ne 0 ] || [ $count -lt 5 ]; then
    echo "FAIL!  : the window on Xvfb (exit $status, $count page pictures); it said:"
    sed 's/^/    /' "$out/log"
    echo "0 passed, 1 failed"
    exit 1
fi
echo "PASS   : the main window drew $count pages on Xvfb with the xcb platform"
echo "1 passed, 0 failed"
