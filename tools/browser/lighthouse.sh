#!/usr/bin/env bash
# Lighthouse performance and accessibility scores of one page of each type (home, the answer page,
# a one-error page, a cookbook recipe, a notebook), on the site built and served locally (Debian's Chromium, no
# network). Not part of the test suite: performance scores move with the machine's load, so this
# reports the median of LIGHTHOUSE_RUNS runs (3); with LIGHTHOUSE_MIN=95 it also fails below.
#
#   tools/browser/lighthouse.sh [SITE_DIR]      (default: builds the site into a temporary folder)
#
# Reports (JSON) go to $BROWSER_ARTIFACTS/lighthouse when set, else next to the temporary site.
set -euo pipefail
cd "$(dirname "$0")/../.."

# LIGHTHOUSE_PAGES (space-separated paths) and LIGHTHOUSE_PRESETS ("mobile desktop") narrow a run.
read -r -a PAGES <<< "${LIGHTHOUSE_PAGES:-/ why-kerastensor-in-loss/ errors/an-operation-has-none-for-gradient/ cookbook/custom-train-step/ notebooks/from-kerastensor-error-to-training/}"
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
runs=${LIGHTHOUSE_RUNS:-3}  # performance moves from run to run: report the median, and the range
for preset in ${LIGHTHOUSE_PRESETS:-mobile desktop}; do
    for page in "${PAGES[@]}"; do
        page="${page#/}"
        name="${page%/}"
        name="${name//\//-}"
        extra=()
        [ "$preset" = desktop ] && extra=(--preset=desktop)
        reports=()
        for run in $(seq "$runs"); do
            report="$out/${name:-home}-$preset-$run.json"
            "$lighthouse" "http://127.0.0.1:$port/$page" "${extra[@]}" --quiet --chrome-flags="$flags" \
                --only-categories=performance,accessibility --output=json --output-path="$report"
            reports+=("$report")
        done
        node -e '
            const [label, min, ...files] = process.argv.slice(1);
            const runs = files.map(f => require(f));
            const score = (r, c) => Math.round(r.categories[c].score * 100);
            const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
            const perfs = runs.map(r => score(r, "performance"));
            const perf = median(perfs), a11y = Math.min(...runs.map(r => score(r, "accessibility")));
            const tbt = median(runs.map(r => r.audits["total-blocking-time"].numericValue));
            const failing = [...new Set(runs.flatMap(r => r.categories.accessibility.auditRefs
                .filter(a => a.weight > 0 && r.audits[a.id].score !== null && r.audits[a.id].score < 1)
                .map(a => a.id)))];
            console.log(`${label.padEnd(36)} performance ${perf} (${Math.min(...perfs)}-${Math.max(...perfs)}, ` +
                `blocking ${Math.round(tbt)} ms)  accessibility ${a11y}  ` +
                `elements ${runs[0].audits["dom-size"].numericValue}` +
                (failing.length ? `  (failing: ${failing.join(", ")})` : ""));
            process.exit(Number(min) && (perf < min || a11y < min) ? 1 : 0);
        ' "/$page ($preset)" "${LIGHTHOUSE_MIN:-0}" "${reports[@]}" || status=1
    done
done
echo "reports: $out"
exit "$status"
