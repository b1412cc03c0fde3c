#!/usr/bin/env bash
#
# check-plan-html.sh - checks that a plan page (eddy plan --html) draws its plan in a real browser.
#
#   scripts/check-plan-html.sh <page.html> [screenshot.png]
#
# Renders the page in headless Chromium and reads the DOM after the page's script ran. The page marks
# its root <svg id="plan-svg"> with data-expected-nodes (nodes in its JSON), data-rendered-nodes and
# the same for edges. The check passes when:
#   - there is no element with id plan-error (the page's message for JSON it cannot draw),
#   - the expected, the recorded and the actually present <g class="plan-node"> counts all agree,
#   - when the plan has inputs (predecessors), at least one <g class="plan-edge"> is present, and as
#     many as the page recorded;
#   - when the plan has loops (nodes with "iteration"): one <g class="plan-loop"> box per loop; when
#     it has feedback edges ("feedback_from" on a loop's head) or loop-invariant inputs
#     ("loop_invariant" on a predecessor), at least one <g class="plan-feedback">, resp. <g
#     class="plan-edge" ... data-loop-invariant="true">, is present, and as many as the page recorded
#     (data-expected-/data-rendered-loops, -feedback-edges, -loop-invariant-edges). The feedback edge
#     is not one of the plan-edge groups: it is not a predecessor in the JSON.
# With a second argument it also saves a screenshot (1400x900) of the page.
#
# Chromium: if `chromium` is not on the PATH, Debian's package is installed with apt-get (through
# sudo when not root). Exit codes: 0 the page renders its plan, 1 it does not, 2 usage or setup error.
#
# Environment:
#   CHROMIUM            the browser to run (default: chromium)
#   CHECK_PLAN_TIMEOUT  seconds one browser run may take (default: 120)

set -euo pipefail

usage() {
    echo "usage: $0 <page.html> [screenshot.png]" >&2
    exit 2
}

fail() {
    echo "check-plan-html: FAILED: $*" >&2
    exit 1
}

[[ $# -ge 1 && $# -le 2 ]] || usage
page="$1"
screenshot="${2:-}"
[[ -f "$page" ]] || { echo "check-plan-html: no such file: $page" >&2; exit 2; }

CHROMIUM="${CHROMIUM:-chromium}"
timeout_seconds="${CHECK_PLAN_TIMEOUT:-120}"

CHECK_NAME=check-plan-html
# shellcheck source=lib/chromium.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/chromium.sh"

# file:// URL of the page; characters with a meaning in URLs are percent-encoded.
file_url() {
    # Byte by byte, so a non-ASCII character becomes its UTF-8 bytes.
    local LC_ALL=C path encoded="" c i
    path="$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")"
    for ((i = 0; i < ${#path}; i++)); do
        c="${path:i:1}"
        case "$c" in
            [a-zA-Z0-9/._~-]) encoded+="$c" ;;
            *) encoded+="$(printf '%%%02X' "'$c")" ;;
        esac
    done
    printf 'file://%s' "$encoded"
}

ensure_chromium

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT
url="$(file_url "$page")"

if ! run_browser --dump-dom "$url" >"$work_dir/dom.html"; then
    tail -n 20 "$work_dir/browser.log" >&2 || true
    fail "chromium could not render $page"
fi
dom="$work_dir/dom.html"
[[ -s "$dom" ]] || { tail -n 20 "$work_dir/browser.log" >&2 || true; fail "chromium returned an empty DOM for $page"; }

# The message element exists only when the page could not draw the plan. Its text is the reason.
if grep -q '<div id="plan-error"' "$dom"; then
    reason="$(grep -o '<div id="plan-error"[^>]*>[^<]*' "$dom" | head -n 1 | sed -e 's/^<div[^>]*>//')"
    fail "the page shows an error: ${reason:-(no text)}"
fi

svg_tag="$(grep -o '<svg id="plan-svg"[^>]*>' "$dom" | head -n 1 || true)"
[[ -n "$svg_tag" ]] || fail "no <svg id=\"plan-svg\"> in the rendered page: not a plan page?"

attribute() {
    local value
    value="$(printf '%s' "$svg_tag" | grep -o " $1=\"[0-9]*\"" | head -n 1 | sed -e 's/.*="\([0-9]*\)"/\1/' || true)"
    printf '%s' "$value"
}
expected_nodes="$(attribute data-expected-nodes)"
rendered_nodes="$(attribute data-rendered-nodes)"
expected_edges="$(attribute data-expected-edges)"
rendered_edges="$(attribute data-rendered-edges)"
[[ -n "$expected_nodes" && -n "$rendered_nodes" ]] \
    || fail "the page did not finish drawing (no data-expected-nodes/data-rendered-nodes on the svg)"

# Counted in the DOM itself, not taken from the page's word. Text cannot fake these: the serializer
# escapes '<' in text, and the page's own script never spells them out.
count() {
    { grep -o "$1" "$dom" || true; } | wc -l | tr -d ' '
}
node_groups="$(count '<g class="plan-node"')"
edge_groups="$(count '<g class="plan-edge"')"
loop_groups="$(count '<g class="plan-loop"')"
feedback_groups="$(count '<g class="plan-feedback"')"
invariant_groups="$(count '<g class="plan-edge"[^>]* data-loop-invariant="true"')"
expected_loops="$(attribute data-expected-loops)"
rendered_loops="$(attribute data-rendered-loops)"
expected_feedback="$(attribute data-expected-feedback-edges)"
rendered_feedback="$(attribute data-rendered-feedback-edges)"
expected_invariant="$(attribute data-expected-loop-invariant-edges)"
rendered_invariant="$(attribute data-rendered-loop-invariant-edges)"

echo "check-plan-html: $page: nodes expected $expected_nodes, recorded $rendered_nodes, in DOM $node_groups;" \
    "edges expected ${expected_edges:-?}, recorded ${rendered_edges:-?}, in DOM $edge_groups"

[[ "$expected_nodes" -gt 0 ]] || fail "the plan has no nodes"
[[ "$rendered_nodes" -eq "$expected_nodes" ]] \
    || fail "the page drew $rendered_nodes of $expected_nodes nodes"
[[ "$node_groups" -eq "$expected_nodes" ]] \
    || fail "the DOM has $node_groups plan-node groups, the plan $expected_nodes nodes"
if [[ "${expected_edges:-0}" -gt 0 ]]; then
    [[ "$edge_groups" -ge 1 ]] || fail "the plan has $expected_edges inputs but no plan-edge was drawn"
    [[ "$edge_groups" -eq "${rendered_edges:-0}" ]] \
        || fail "the DOM has $edge_groups plan-edge groups, the page recorded ${rendered_edges:-none}"
fi

# Loops: a page that draws them records these counts (a page from before loops were drawn does not).
if [[ "${expected_loops:-0}" -gt 0 || "${expected_feedback:-0}" -gt 0 || "${expected_invariant:-0}" -gt 0 ]]; then
    echo "check-plan-html: $page: loops expected $expected_loops, recorded ${rendered_loops:-?}, in DOM $loop_groups;" \
        "feedback edges expected ${expected_feedback:-?}, recorded ${rendered_feedback:-?}, in DOM $feedback_groups;" \
        "loop-invariant inputs expected ${expected_invariant:-?}, recorded ${rendered_invariant:-?}, in DOM $invariant_groups"
    [[ "${rendered_loops:-0}" -eq "$expected_loops" && "$loop_groups" -eq "$expected_loops" ]] \
        || fail "the plan has $expected_loops loops, the page recorded ${rendered_loops:-none} and the DOM has $loop_groups plan-loop boxes"
    if [[ "${expected_feedback:-0}" -gt 0 ]]; then
        [[ "$feedback_groups" -ge 1 ]] || fail "the plan has $expected_feedback feedback edges but no plan-feedback was drawn"
    fi
    [[ "$feedback_groups" -eq "${rendered_feedback:-0}" ]] \
        || fail "the DOM has $feedback_groups plan-feedback groups, the page recorded ${rendered_feedback:-none}"
    if [[ "${expected_invariant:-0}" -gt 0 ]]; then
        [[ "$invariant_groups" -ge 1 ]] \
            || fail "the plan has $expected_invariant loop-invariant inputs but no plan-edge is marked data-loop-invariant"
    fi
    [[ "$invariant_groups" -eq "${rendered_invariant:-0}" ]] \
        || fail "the DOM has $invariant_groups loop-invariant plan-edge groups, the page recorded ${rendered_invariant:-none}"
fi
if grep -q '<div id="plan-warnings"' "$dom"; then
    echo "check-plan-html: warning: $(grep -o '<div id="plan-warnings"[^>]*>[^<]*' "$dom" | head -n 1 | sed -e 's/^<div[^>]*>//')" >&2
fi

if [[ -n "$screenshot" ]]; then
    take_screenshot "$url" "$screenshot"
fi
echo "check-plan-html: OK"
