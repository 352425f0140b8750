#!/usr/bin/env bash
# odi-transcript.sh BUILD_DIR [OUT.txt]
# What a screen reader hears for one full ODI entry on the 40-patient demo clinic (seed 2): open patient C000040 at
# its course, Enter on the overdue 6-month visit for its results form, answer the ten ODI sections by key (the sex-life
# section skipped with Enter), Ctrl+S, and "Save anyway" for the instruments left out. Runs the program in a private
# X server with the accessibility bus on and records, through AT-SPI (what Orca reads), every focus change, checked
# answer, notification and change to the focused object, with the keys pressed in between.
# Needs: apt-get install -y xvfb xdotool dbus at-spi2-core python3-pyatspi
set -euo pipefail
build=$(cd "${1:?usage: odi-transcript.sh BUILD_DIR [OUT.txt]}" && pwd)
out=${2:-/dev/stdout}
here=$(cd "$(dirname "$0")" && pwd)
run=$(mktemp -d); trap 'rm -rf "$run"' EXIT; chmod 700 "$run"
ASAN_OPTIONS=detect_leaks=0 "$build/outcome-tracker-cli" demo --db "$run/demo.db" --patients 40 --seed 2 >/dev/null 2>&1
export XDG_RUNTIME_DIR=$run QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0 ASAN_OPTIONS=detect_leaks=0
export XDG_CONFIG_HOME=$run/config XDG_DATA_HOME=$run/data
: >"$run/heard.txt"
# Keys, 0.8 s apart; "wait N" pauses longer, "until TEXT" waits (up to a minute) for TEXT to be heard, "#" lines
# are written into the transcript as they are reached.
cat >"$run/keys.txt" <<'KEYS'
wait 12
# The window gets the keyboard (there is no window manager to give it)
focus-window Outcome Tracker
wait 2
# Enter: open the current visit of the course (6 months, overdue) for its results
Return
until window     '6 months
# ODI 1-10 by their codes; Enter leaves section 8 (sex life) blank
2
1
3
2
2
1
1
Return
1
2
# Ctrl+S: save; the form asks about the instruments left out
ctrl+s
until Save with gaps
alt+s
wait 8
# Back in the main window (given the keyboard again: no window manager)
focus-window Outcome Tracker
wait 3
KEYS
xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- bash -c '
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & bus=$!
  sleep 1
  /usr/bin/python3 "$1/listen.py" "$2/heard.txt" & listener=$!
  sleep 1
  "$3/outcome-tracker" --db "$2/demo.db" --patient C000040 --page timeline & app=$!
  while IFS= read -r key; do
    case "$key" in
      "#"*) echo "${key}" >>"$2/heard.txt" ;;
      wait*) sleep "${key#wait }" ;;
      focus-window*) xdotool search --onlyvisible --name "${key#focus-window }" windowfocus --sync ;;
      until*) for _ in $(seq 120); do grep -qF -- "${key#until }" "$2/heard.txt" && break; sleep 0.5; done ;;
      *) echo "» key ${key}" >>"$2/heard.txt"; xdotool key "$key"; sleep 0.8 ;;
    esac
  done <"$2/keys.txt"
  sleep 1
  kill $app $listener $bus 2>/dev/null; wait $app 2>/dev/null || true' _ "$here" "$run" "$build" 2>/dev/null
cat "$run/heard.txt" >"$out"
