#!/usr/bin/env bash
# Rebuilds the fonts bundled with rnnlab from Debian's packages (see README.md beside this script).
# Needs: apt-get install fonts-dejavu-core fonts-droid-fallback python3-fonttools
# (PYTHON may name the interpreter that has fontTools; default /usr/bin/python3, Debian's)
# Run from anywhere: bash src/main/resources/fonts/subset.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
dejavu=/usr/share/fonts/truetype/dejavu
droid=/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
python="${PYTHON:-/usr/bin/python3}"

# Latin, Greek, Cyrillic, punctuation, super/subscripts, arrows and mathematical symbols.
latin="U+0020-007E,U+00A0-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+2070-209F,U+20A0-20CF"
latin="$latin,U+2100-218F,U+2190-21FF,U+2200-22FF,U+2300-23FF,U+2460-24FF,U+2500-25FF,U+2600-26FF"
latin="$latin,U+2700-27BF,U+27C0-27EF,U+2A00-2AFF,U+FB00-FB06,U+FFFD"
for f in DejaVuSans DejaVuSans-Bold DejaVuSans-Oblique DejaVuSans-BoldOblique DejaVuSansMono; do
  "$python" -m fontTools.subset "$dejavu/$f.ttf" --unicodes="$latin" --layout-features='*' --name-IDs='*' \
    --notdef-outline --no-hinting --output-file="$here/$f.ttf"
done

# Chinese: all of GB2312 (6,763 hanzi, levels 1 and 2), CJK punctuation, full-width forms, and
# every character of the Chinese message bundle.
text="$(mktemp)"
"$python" - "$repo/templates/messages_zh.properties" > "$text" <<'PY'
import sys
chars = set()
for hi in range(0xB0, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
chars.update(open(sys.argv[1], encoding="utf-8").read())
print("".join(sorted(c for c in chars if ord(c) > 0x7F)))
PY
"$python" -m fontTools.subset "$droid" --text-file="$text" --unicodes="U+0020-007E,U+3000-303F,U+FF00-FFEF" \
  --layout-features='*' --name-IDs='*' --notdef-outline --no-hinting \
  --output-file="$here/DroidSansFallback-GB2312.ttf"
rm -f "$text"
ls -l "$here"/*.ttf

# Charts (Java 2D has no font fallback): one font with DejaVu Sans's Latin and symbols and the Chinese
# glyphs above, scaled to one em, renamed as the DejaVu/Bitstream Vera licence asks of modified fonts.
"$python" - "$here" <<'PY'
import sys
from fontTools.merge import Merger
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem
here = sys.argv[1]
latin = TTFont(f"{here}/DejaVuSans.ttf")
cjk = TTFont(f"{here}/DroidSansFallback-GB2312.ttf")
for font in (latin, cjk):  # layout tables the merger cannot combine; charts draw plain runs of text
    for tag in ("MATH", "GSUB", "GPOS", "GDEF", "kern", "vhea", "vmtx"):
        if tag in font:
            del font[tag]
scale_upem(cjk, latin["head"].unitsPerEm)
latin.save("/tmp/rnnlab-latin.ttf")
cjk.save("/tmp/rnnlab-cjk.ttf")
merged = Merger().merge(["/tmp/rnnlab-latin.ttf", "/tmp/rnnlab-cjk.ttf"])
for record in merged["name"].names:
    if record.nameID in (1, 3, 4, 6, 16):
        record.string = "rnnlab Chart Sans" if record.nameID != 6 else "rnnlabChartSans"
merged.save(f"{here}/rnnlab-ChartSans.ttf")
PY
