#!/usr/bin/env bash
# Installs what is missing, builds pi-import, and runs the main job on Samples/: the practice's client
# list imported against its XPM and Xero exports into the client store out/pi-import.sqlite, with every
# report; then the same clients as JSON Lines and as Ignition's import CSV. Run it twice: the second run
# finds every client in the store and creates none.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product pi-import
bin=.build/release/pi-import
mkdir -p out
references=(--xpm Samples/xpm-clients.csv --ledger Samples/xero-contacts.csv)
status=0
store=(--store out/pi-import.sqlite)
"$bin" import Samples/clients.csv "${references[@]}" "${store[@]}" \
    --report out/report.html --report out/report.json --rejects out/rejects.csv || status=$?
"$bin" import Samples/clients.csv "${references[@]}" "${store[@]}" --out out/clients.jsonl >/dev/null 2>&1 || true
"$bin" import Samples/clients.csv "${references[@]}" "${store[@]}" --out out/ignition-import.csv \
    --report out/report.txt >/dev/null 2>&1 || true
echo
echo "Saved the clients to out/pi-import.sqlite (the store) and wrote out/clients.jsonl (client records),"
echo "out/ignition-import.csv (Ignition's import CSV), out/report.html, out/report.json, out/report.txt and"
echo "out/rejects.csv (rows to fix, exit status $status)."
# Rows rejected (65) is the expected outcome for this sample: it carries rows Ignition would refuse.
[ "$status" -eq 0 ] || [ "$status" -eq 65 ]
