#!/usr/bin/env bash
# Refresh the copy of cytoscape.js that `kg view` inlines into its pages, from the
# npm registry (npm checks the package's integrity). The copy is committed so that
# kg installs and runs with no npm and pages open with no network.
#   scripts/vendor-cytoscape.sh [VERSION]
set -euo pipefail
VERSION=${1:-3.35.0}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "cytoscape@$VERSION" >/dev/null && tar xzf cytoscape-*.tgz)
cp "$tmp/package/dist/cytoscape.min.js" graph/static/cytoscape.min.js
cp "$tmp/package/LICENSE" graph/static/cytoscape.LICENSE
echo "$VERSION" > graph/static/cytoscape.VERSION
echo "cytoscape $VERSION → graph/static/"
