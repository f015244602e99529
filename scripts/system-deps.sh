#!/bin/sh
# Debian packages some tests need, installed only when missing (runs before `npm test`).
#   chromium                  the task pane's end-to-end test (playwright-core drives /usr/bin/chromium)
#   libreoffice-calc-nogui    recalculates the workbook's live formulas in the workbook tests
#   libreoffice-writer-nogui  makes .docx/.pdf versions of the seed reports in the intake tests
#   fonts-noto-cjk            Chinese glyphs, so LibreOffice-made PDFs have a text layer
#   poppler-utils             pdfinfo, pdftotext and pdftoppm read the workbook LibreOffice printed (picture test)
# Without root or apt-get it only says what is missing: those tests then fail under CI=true and
# are skipped (with a message) elsewhere.
set -eu
PACKAGES="chromium libreoffice-calc-nogui libreoffice-writer-nogui fonts-noto-cjk poppler-utils"
missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing$missing and no apt-get here; install them by hand to run every test." >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "system-deps: missing$missing; run as root (or: sudo apt-get install$missing) to run every test." >&2
    exit 0
  fi
fi
echo "system-deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq </dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing </dev/null >/dev/null
