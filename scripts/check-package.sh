#!/usr/bin/env bash
# Package checks on the tarball users get: `npm pack` (prepack builds dist/ first), then
# publint (package.json shape, exports, files) and attw (types resolve for every way an
# ESM consumer imports us) on that same .tgz. ESM only on purpose (engines >=20.19), so
# attw runs with the esm-only profile, which skips the CommonJS resolution modes.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npm pack --silent --pack-destination "$out" >/dev/null
tgz=$(ls "$out"/*.tgz)
echo "packed $(basename "$tgz") ($(tar -tzf "$tgz" | wc -l) files)"
npx publint run "$tgz" --strict
npx attw "$tgz" --profile esm-only
