#!/usr/bin/env bash
# Installs what pi-import needs on a fresh Debian machine with Swift: the C libraries it links
# (zlib, libxml2, SQLite) and pkg-config to find them. Does nothing when they are already there.
set -euo pipefail

missing=()
for package in pkg-config zlib1g-dev libxml2-dev libsqlite3-dev python3; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# The tests validate outputs against the JSON Schemas with Python's jsonschema.
if ! python3 -c 'import jsonschema' 2>/dev/null; then
    echo "setup: installing the Python jsonschema package" >&2
    python3 -m pip install --quiet jsonschema 2>/dev/null \
        || { $sudo apt-get install -y -qq python3-jsonschema >/dev/null; }
fi
command -v swift >/dev/null || { echo "setup: Swift 6 is required (swift not on PATH)" >&2; exit 1; }
