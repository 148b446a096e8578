#!/bin/sh
# Renders the first words of the Arabic demo home title ("نشطون معًا") with
# HarfBuzz's own hb-view (Debian package libharfbuzz-bin, cairo rasteriser) in
# the font and at the size the kiosk draws it: Noto Sans Arabic Bold at the
# Display style's em size on the default 1920x1080 screen (531 x 299 mm),
# 50.663 px. tests/kiosk/test_arabic_marks.cpp compares the kiosk's screenshot
# with it. Only needed when the font, the size or the title changes; the build
# and the tests never run hb-view.
#
#     sh tests/data/shaping/make_title_image.sh
set -e
here=$(dirname "$0")
hb-view --font-file=/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf --font-size=50.663 \
  --margin=0 --background=FFFFFF --foreground=000000 --language=ar --script=arab --direction=rtl \
  -O png -o "$here/home_title_ar_hb_view.png" "نشطون معًا"
