# Sourced by the scripts that check pages in headless Chromium: finds the browser, installs
# Debian's chromium package with apt-get (through sudo when not root) when it is missing, and runs it
# with everything that could reach the network on its own turned off.
#
# The sourcing script sets CHROMIUM (default chromium), CHECK_NAME (for messages), work_dir (a
# temporary directory it deletes) and timeout_seconds.

ensure_chromium() {
    command -v "$CHROMIUM" >/dev/null 2>&1 && return 0
    if [[ "$CHROMIUM" != chromium ]]; then
        echo "$CHECK_NAME: CHROMIUM=$CHROMIUM is not an executable" >&2
        exit 2
    fi
    echo "$CHECK_NAME: chromium is not installed; installing Debian's chromium package" >&2
    local sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || { echo "$CHECK_NAME: not root and no sudo: install chromium first" >&2; exit 2; }
        sudo=(sudo)
    fi
    # A fresh machine may have no package lists yet: update once if the first try cannot find it.
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2; then
        "${sudo[@]}" apt-get update >&2
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2 \
            || { echo "$CHECK_NAME: could not install chromium" >&2; exit 2; }
    fi
    command -v chromium >/dev/null 2>&1 || { echo "$CHECK_NAME: chromium still not on the PATH" >&2; exit 2; }
}

# The virtual time budget makes Chromium run the page's tasks (and wait for its fetches) before it
# dumps the DOM, without waiting in real time.
browser_flags=(
    --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync
    --disable-dev-shm-usage --hide-scrollbars
    --virtual-time-budget=5000
)

run_browser() {
    local profile
    profile="$(mktemp -d "$work_dir/profile.XXXXXX")"
    timeout "$timeout_seconds" "$CHROMIUM" "${browser_flags[@]}" --user-data-dir="$profile" "$@" 2>>"$work_dir/browser.log"
}

# Saves a 1400x900 screenshot of $1 to $2; CHECK_NAME's failure when Chromium cannot.
take_screenshot() {
    local url="$1" screenshot="$2" screenshot_path
    mkdir -p "$(dirname "$screenshot")"
    screenshot_path="$(cd "$(dirname "$screenshot")" && pwd -P)/$(basename "$screenshot")"
    rm -f "$screenshot_path"
    if ! run_browser --window-size=1400,900 --screenshot="$screenshot_path" "$url" >/dev/null \
            || [[ ! -s "$screenshot_path" ]]; then
        tail -n 20 "$work_dir/browser.log" >&2 || true
        echo "$CHECK_NAME: FAILED: chromium could not take a screenshot of $url" >&2
        exit 1
    fi
    echo "$CHECK_NAME: screenshot saved to $screenshot_path"
}
