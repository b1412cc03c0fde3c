#!/usr/bin/env bash
#
# check-tracking-page.sh - checks that a JobManager's tracking page renders in a real browser.
#
#   scripts/check-tracking-page.sh <url> [screenshot.png]
#
# <url> is the page of a running JobManager (its log says "Tracking page on http://host:port/"; on
# YARN the application's tracking URL). Renders it in headless Chromium and reads the DOM after the
# page's script fetched api/jobs and drew. Passes when the page shows the cluster summary, at least
# one job row, the selected job's vertex table, and, when that job has run supersteps, the superstep
# chart with one bar per superstep. With a second argument it also saves a 1400x900 screenshot.
#
# Chromium: installed with apt-get when missing (see scripts/lib/chromium.sh). Exit codes: 0 the page
# renders, 1 it does not, 2 usage or setup error.
#
# Environment:
#   CHROMIUM                the browser to run (default: chromium)
#   CHECK_TRACKING_TIMEOUT  seconds one browser run may take (default: 120)

set -euo pipefail

[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: $0 <url> [screenshot.png]" >&2; exit 2; }
url="$1"
screenshot="${2:-}"

fail() {
    echo "check-tracking-page: FAILED: $*" >&2
    exit 1
}

CHROMIUM="${CHROMIUM:-chromium}"
timeout_seconds="${CHECK_TRACKING_TIMEOUT:-120}"
CHECK_NAME=check-tracking-page
# shellcheck source=lib/chromium.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/chromium.sh"

ensure_chromium
work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT

if ! run_browser --dump-dom "$url" >"$work_dir/dom.html" || [[ ! -s "$work_dir/dom.html" ]]; then
    tail -n 20 "$work_dir/browser.log" >&2 || true
    fail "chromium could not render $url"
fi
dom="$work_dir/dom.html"
count() {
    { grep -o "$1" "$dom" || true; } | wc -l | tr -d ' '
}

summary="$(grep -o '<div id="summary">[^<]*' "$dom" | head -n 1 | sed -e 's/^<div[^>]*>//' || true)"
[[ "$summary" == *TaskExecutors* ]] || fail "the page did not load its data: '${summary:-no summary}'"
jobs="$(count '<tr class="job')"
[[ "$jobs" -ge 1 ]] || fail "no job row on the page ($summary)"
grep -q '<table id="vertices"' "$dom" || fail "the selected job's vertices are not shown"
vertices="$(count '<span class="bar">')"
echo "check-tracking-page: $url: $summary; $jobs job rows, $vertices vertices"
if grep -q '<svg[^>]*id="superstep-chart"' "$dom"; then
    bars="$(count '<rect ')"
    [[ "$bars" -ge 1 ]] || fail "the superstep chart has no bars"
    echo "check-tracking-page: superstep chart with $bars bars"
fi

if [[ -n "$screenshot" ]]; then
    take_screenshot "$url" "$screenshot"
fi
echo "check-tracking-page: OK"
