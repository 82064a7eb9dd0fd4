#!/usr/bin/env bash
# Lighthouse performance and accessibility scores of the home page and of a long page, on the site
# built and served locally (Debian's Chromium, no network). Not part of the test suite: performance
# scores move with the machine's load, so this reports; with LIGHTHOUSE_MIN=95 it also fails below.
#
#   tools/browser/lighthouse.sh [SITE_DIR]      (default: builds the site into a temporary folder)
#
# Reports (JSON) go to $BROWSER_ARTIFACTS/lighthouse when set, else next to the temporary site.
set -euo pipefail
cd "$(dirname "$0")/../.."

PAGES=("" "why-kerastensor-in-loss/")
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export CHROME_PATH
lighthouse=tools/browser/node_modules/.bin/lighthouse
[ -x "$lighthouse" ] || npm ci --prefix tools/browser --no-audit --no-fund --silent

work=$(mktemp -d)
site=${1:-$work/site}
if [ -z "${1:-}" ]; then
    NO_MKDOCS_2_WARNING=1 .venv/bin/mkdocs build --no-strict --quiet --site-dir "$site"
fi
out=${BROWSER_ARTIFACTS:-$work}/lighthouse
mkdir -p "$out"

port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# gzip and a cache lifetime, as a static host (GitHub Pages) serves the site: see serve.py.
.venv/bin/python tools/browser/serve.py "$site" "$port" >/dev/null 2>&1 &
server=$!
trap 'kill "$server"' EXIT
sleep 1

flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
status=0
for preset in mobile desktop; do
    for page in "${PAGES[@]}"; do
        name="${page%/}"
        report="$out/${name:-home}-$preset.json"
        extra=()
        [ "$preset" = desktop ] && extra=(--preset=desktop)
        "$lighthouse" "http://127.0.0.1:$port/$page" "${extra[@]}" --quiet --chrome-flags="$flags" \
            --only-categories=performance,accessibility --output=json --output-path="$report"
        node -e '
            const r = require(process.argv[1]), min = Number(process.argv[3] || 0);
            const perf = Math.round(r.categories.performance.score * 100);
            const a11y = Math.round(r.categories.accessibility.score * 100);
            const failing = r.categories.accessibility.auditRefs
                .filter(a => a.weight > 0 && r.audits[a.id].score !== null && r.audits[a.id].score < 1)
                .map(a => a.id);
            console.log(`${process.argv[2].padEnd(40)} performance ${perf}  accessibility ${a11y}` +
                (failing.length ? `  (failing: ${failing.join(", ")})` : ""));
            process.exit(min && (perf < min || a11y < min) ? 1 : 0);
        ' "$report" "/$page ($preset)" "${LIGHTHOUSE_MIN:-}" || status=1
    done
done
echo "reports: $out"
exit "$status"
