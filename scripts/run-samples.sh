#!/usr/bin/env bash
# Installs what is missing, builds pi-import, and runs the main job on Samples/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product pi-import
bin=.build/release/pi-import
for file in Samples/*.csv Samples/*.xlsx; do
    [ -e "$file" ] || continue
    echo "== $bin inspect $file"
    "$bin" inspect "$file"
done
echo "== $bin rows Samples/defects/quoted-newlines.csv"
"$bin" rows Samples/defects/quoted-newlines.csv
