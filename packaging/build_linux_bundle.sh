#!/usr/bin/env bash
# Builds the Linux one-folder bundle with PyInstaller and checks that it starts:
# offscreen, in an empty data folder, with --exit-after-startup; it must print
# startup_seconds=… . Output goes to build/ (never committed).
#   PYTHON=/path/to/venv/bin/python bash packaging/build_linux_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
DIST=$ROOT/build/dist
WORK=$ROOT/build/work

echo "=== PyInstaller ($("$PYTHON" -m PyInstaller --version))"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/medbetjening.spec

BUNDLE=$DIST/medbetjening
[ -x "$BUNDLE/medbetjening" ] || { echo "no executable in $BUNDLE"; exit 1; }
for needed in medbetjening/resources/translations/medbetjening_en.qm \
  medbetjening/resources/help/guide_da.html medbetjening/storage/migrations/env.py; do
  [ -e "$BUNDLE/_internal/$needed" ] || { echo "missing in the bundle: $needed"; exit 1; }
done
ls "$BUNDLE"/_internal/PySide6/Qt/plugins/platforms/ | grep -q offscreen \
  || { echo "the Qt offscreen platform plugin is missing"; exit 1; }
ls "$BUNDLE"/_internal/PySide6/Qt/translations/ | grep -q 'qtbase_da.qm' \
  || { echo "Qt's own Danish translation (qtbase_da.qm) is missing"; exit 1; }

"$BUNDLE/medbetjening" --help | grep -qE '^ +db ' \
  || { echo "the bundle does not find its sub-commands (cli_commands/)"; exit 1; }

HOME_DIR=$(mktemp -d /tmp/medbetjening-bundle.XXXXXX)
trap 'rm -rf "$HOME_DIR"' EXIT
echo "=== start the bundle offscreen (MEDBETJENING_HOME=$HOME_DIR)"
OUTPUT=$(env -u MEDBETJENING_DB_URL MEDBETJENING_HOME="$HOME_DIR" QT_QPA_PLATFORM=offscreen \
  timeout 120 "$BUNDLE/medbetjening" --exit-after-startup 2>&1) || {
  echo "$OUTPUT"; echo "the bundle failed to start"; exit 1; }
echo "$OUTPUT"
echo "$OUTPUT" | grep -q '^startup_seconds=' || { echo "no startup_seconds in the output"; exit 1; }
[ -f "$HOME_DIR/medbetjening.sqlite" ] || { echo "the bundle did not create its database"; exit 1; }
OUTPUT=$(env -u MEDBETJENING_DB_URL MEDBETJENING_HOME="$HOME_DIR" QT_QPA_PLATFORM=offscreen \
  timeout 120 "$BUNDLE/medbetjening" --lang en --exit-after-startup 2>&1) || {
  echo "$OUTPUT"; echo "the bundle failed to start in English"; exit 1; }
echo "$OUTPUT" | grep -q '^startup_seconds=' || { echo "no startup_seconds (English)"; exit 1; }
echo "bundle OK: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
