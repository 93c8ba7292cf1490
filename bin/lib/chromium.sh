# Headless Chromium and chromedriver for the browser tests (Selenium). Source after common.sh.
#
#   chromium_ensure       Finds a browser (KRING_CHROME_BINARY if set; chromium, chromium-browser,
#                         google-chrome, google-chrome-stable on PATH; /usr/bin/chromium; /usr/lib/chromium/chromium)
#                         and a driver (KRING_CHROMEDRIVER if set; chromedriver, chromium.chromedriver on PATH;
#                         /usr/bin/chromedriver; /usr/lib/chromium/chromedriver). When one is missing and we
#                         are root with apt: `apt-get install chromium chromium-driver`. Still missing: dies
#                         naming the packages. Exports KRING_CHROME_BINARY, KRING_CHROMEDRIVER and
#                         KRING_CHROME_FLAGS; warns when browser and driver majors differ; then runs
#                         chromium_smoke_test once per browser version (remembered in $KRING_CACHE).
#   chromium_smoke_test [BINARY]  One headless launch of a data: page whose script writes into the DOM:
#                         --dump-dom must show the result and --screenshot must give a PNG. Profile, HOME and
#                         TMPDIR point into a temporary folder that is removed afterwards. Returns non-zero and
#                         shows Chromium's stderr when it fails.
#
# Switch: KRING_CHROMIUM_SMOKE=always runs the smoke test on every call, =never skips it.

# Flags that work here for headless runs (also as root, hence --no-sandbox). Selenium should pass the same.
# The caller may preset KRING_CHROME_FLAGS.
KRING_CHROME_FLAGS="${KRING_CHROME_FLAGS:---headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run}"

_chromium_find() {
  local c p
  for c in "$@"; do
    [ -n "$c" ] || continue
    if p=$(command -v "$c" 2>/dev/null) && [ -x "$p" ] && [ ! -d "$p" ]; then printf '%s\n' "$p"; return 0; fi
  done
  return 1
}

_chromium_find_browser() {
  _chromium_find "${KRING_CHROME_BINARY:-}" chromium chromium-browser google-chrome google-chrome-stable \
    /usr/bin/chromium /usr/lib/chromium/chromium
}

_chromium_find_driver() {
  _chromium_find "${KRING_CHROMEDRIVER:-}" chromedriver chromium.chromedriver /usr/bin/chromedriver \
    /usr/lib/chromium/chromedriver /usr/lib/chromium-browser/chromedriver
}

# Full version ("156.0.8078.108") from `--version`; empty when the program does not answer.
_chromium_version() {
  timeout 30 "$1" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9]+\.[0-9]+(\.[0-9]+)?' | head -n 1 || true
}

chromium_smoke_test() {
  local bin=${1:-${KRING_CHROME_BINARY:-}} tmp dom rc=0
  [ -n "$bin" ] || die "chromium_smoke_test: no browser (run chromium_ensure)"
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/kring-chromium.XXXXXX") || die "mktemp failed"
  # One launch (3-5 s on 2 busy cores) does both: --dump-dom prints the DOM after the script ran and
  # --screenshot paints the page. Chromium also writes outside its profile ($HOME/.config, $HOME/.cache,
  # $TMPDIR): point all of that into $tmp too.
  # shellcheck disable=SC2086 # KRING_CHROME_FLAGS is a list of words
  dom=$(cd "$tmp" && HOME="$tmp" TMPDIR="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" \
    timeout -k 5 90 "$bin" $KRING_CHROME_FLAGS --user-data-dir="$tmp/profile" --window-size=800,600 \
    --screenshot="$tmp/shot.png" --dump-dom \
    "data:text/html,<p%20id=out>waiting</p><script>document.getElementById('out').textContent='kring-'+6*7</script>" \
    2>"$tmp/stderr") || rc=$?
  if [ "$rc" = 0 ] && grep -q 'kring-42' <<<"$dom" && [ "$(head -c 4 "$tmp/shot.png" 2>/dev/null | tail -c 3)" = PNG ]; then
    rm -rf "$tmp"
    return 0
  fi
  log "Headless $bin did not render a page (exit $rc; script ran: $(grep -q 'kring-42' <<<"$dom" && echo yes || echo no); screenshot: $([ -s "$tmp/shot.png" ] && echo yes || echo no)). Its stderr:"
  grep -v 'dbus' "$tmp/stderr" | tail -n 20 >&2
  rm -rf "$tmp"
  return 1
}

chromium_ensure() {
  local browser driver bv dv marker v
  for v in KRING_CHROME_BINARY KRING_CHROMEDRIVER; do
    if [ -n "${!v:-}" ] && ! command -v "${!v}" >/dev/null 2>&1; then log "WARNING: $v=${!v} is not executable; looking elsewhere."; fi
  done
  browser=$(_chromium_find_browser) || browser=
  driver=$(_chromium_find_driver) || driver=
  if [ -z "$browser" ] || [ -z "$driver" ]; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
      log "Installing Chromium with apt (packages chromium chromium-driver) ..."
      # The lock timeout waits for another apt/dpkg run instead of failing at once; NEEDRESTART_SUSPEND
      # keeps Debian's needrestart hook (if installed) quiet.
      NEEDRESTART_SUSPEND=1 apt_install -o DPkg::Lock::Timeout=600 chromium chromium-driver || log "apt-get install chromium chromium-driver failed."
      browser=$(_chromium_find_browser) || browser=
      driver=$(_chromium_find_driver) || driver=
    fi
  fi
  [ -n "$browser" ] || die "No Chromium found. Install it (Debian/Ubuntu: apt-get install chromium chromium-driver) or set KRING_CHROME_BINARY."
  [ -n "$driver" ] || die "No chromedriver found (browser: $browser). Install it (Debian/Ubuntu: apt-get install chromium-driver) or set KRING_CHROMEDRIVER."
  bv=$(_chromium_version "$browser") dv=$(_chromium_version "$driver")
  [ -n "$bv" ] || die "$browser --version gives no version: is it a working browser?"
  [ -n "$dv" ] || die "$driver --version gives no version: is it a working chromedriver?"
  if [ "${bv%%.*}" != "${dv%%.*}" ]; then
    log "WARNING: browser $browser is $bv but $driver is $dv: chromedriver only drives its own major. Install matching versions (Debian: chromium and chromium-driver from the same release)."
  fi
  export KRING_CHROME_BINARY=$browser KRING_CHROMEDRIVER=$driver KRING_CHROME_FLAGS

  # The smoke test costs a browser launch (3-5 s here): once per browser version unless told otherwise.
  marker="$KRING_CACHE/chromium-smoke-ok"
  case "${KRING_CHROMIUM_SMOKE:-once}" in
    never) return 0 ;;
    always) ;;
    *) if [ "$(cat "$marker" 2>/dev/null)" = "$browser $bv" ]; then return 0; fi ;;
  esac
  chromium_smoke_test "$browser" || die "Headless Chromium ($browser $bv) does not work on this machine; see its output above."
  { mkdir -p "$KRING_CACHE" && echo "$browser $bv" >"$marker"; } 2>/dev/null || true
  log "Chromium $bv and chromedriver $dv ready (headless rendering checked)."
}
