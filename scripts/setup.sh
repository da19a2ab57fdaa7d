#!/usr/bin/env bash
# Installs what pi-import needs on a fresh Debian machine with Swift: the C libraries it links
# (zlib, libxml2) and pkg-config to find them. Does nothing when they are already there.
set -euo pipefail

missing=()
for package in pkg-config zlib1g-dev libxml2-dev; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: Swift 6 is required (swift not on PATH)" >&2; exit 1; }
