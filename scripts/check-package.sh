#!/usr/bin/env bash
# Package checks: publint (package.json shape, exports, files) and attw (types resolve
# for every way an ESM consumer imports us). ESM only on purpose (engines >=20.19), so
# attw runs with the esm-only profile, which skips the CommonJS resolution modes.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.js ] || npm run build --silent
npx publint --strict
npx attw --pack . --profile esm-only
