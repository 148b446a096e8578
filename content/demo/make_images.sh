#!/usr/bin/env bash
# Draws the demo pictograms with ImageMagick: flat colours, simple shapes, no
# text (a picture must speak to every visitor, whatever language they read).
# The PNGs are committed, so building the kiosk never needs ImageMagick; run
# this script again only after changing a drawing:
#   content/demo/make_images.sh
# It lives beside images/ rather than in it: `kiosk-pack check` warns about any
# file in images/ that is not a picture.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/images"

# Palette: warm and calm, readable in the high-contrast theme too.
cream='#FFF6E5'; sky='#E3F1FB'; mint='#E4F5EC'; rose='#FCE8EC'; sand='#F6EEDC'
red='#E4574F'; orange='#F39C3D'; yellow='#F7C948'; green='#3FA66B'; teal='#2A9D8F'
blue='#3C7DD9'; navy='#264653'; purple='#8E6CC6'; skin1='#F2C6A0'; skin2='#C68B59'
skin3='#8D5524'; grey='#9AA5B1'; white='#FFFFFF'

# A person as a head and rounded shoulders: person X Y SCALE SKIN SHIRT
person() {
    local x=$1 y=$2 s=$3 skin=$4 shirt=$5
    local head=$((22 * s / 10)) bodyw=$((46 * s / 10)) bodyh=$((50 * s / 10))
    printf -- "-fill '%s' -draw \"roundrectangle %d,%d %d,%d %d,%d\" " \
        "$shirt" $((x - bodyw)) $((y + head + 4)) $((x + bodyw)) $((y + head + 4 + 2 * bodyh)) $((bodyw * 8 / 10)) $((bodyw * 8 / 10))
    printf -- "-fill '%s' -draw \"circle %d,%d %d,%d\" " "$skin" "$x" "$y" "$x" $((y - head))
}

# A heart centred on X,Y with half-width W: heart X Y W COLOUR
heart() {
    local x=$1 y=$2 w=$3 c=$4
    local h=$((w * 11 / 10))
    printf -- "-fill '%s' -draw \"path 'M %d,%d C %d,%d %d,%d %d,%d C %d,%d %d,%d %d,%d C %d,%d %d,%d %d,%d C %d,%d %d,%d %d,%d Z'\" " \
        "$c" \
        "$x" $((y - h / 3)) \
        "$x" $((y - h)) $((x - w)) $((y - h)) $((x - w)) $((y - h / 3)) \
        $((x - w)) $((y + h / 4)) "$x" $((y + h / 2)) "$x" $((y + h)) \
        "$x" $((y + h / 2)) $((x + w)) $((y + h / 4)) $((x + w)) $((y - h / 3)) \
        $((x + w)) $((y - h)) "$x" $((y - h)) "$x" $((y - h / 3))
}

# render NAME BACKGROUND DRAW-ARGS: a 600x400 picture on a rounded card.
render() {
    local name=$1 background=$2
    shift 2
    eval convert -size 600x400 "xc:'$background'" "$@" \
        -strip -depth 8 -define png:compression-level=9 -define png:exclude-chunks=date,time "'$name'"
}

# --- guides -----------------------------------------------------------------

# What is a volunteer: two cupped hands carrying a heart.
render guide-volunteer.png "$rose" \
    "$(heart 300 158 78 "$red")" \
    "-fill '$blue' -draw \"polygon 60,400 150,400 235,320 175,280\" -draw \"polygon 540,400 450,400 365,320 425,280\"" \
    "-fill '$skin1' -draw \"path 'M 130,235 Q 300,420 470,235 Z'\"" \
    "-fill '$skin1' -draw \"circle 138,236 138,214\" -draw \"circle 170,226 170,204\" -draw \"circle 204,222 204,200\"" \
    "-fill '$skin1' -draw \"circle 462,236 462,214\" -draw \"circle 430,226 430,204\" -draw \"circle 396,222 396,200\"" \
    "-stroke '#D9A77F' -strokewidth 4 -draw \"line 300,246 300,325\" -stroke none"

# What is an association: a house with a heart and its members in front.
render guide-association.png "$sky" \
    "-fill '$orange' -draw \"polygon 150,170 300,60 450,170\"" \
    "-fill '$cream' -draw \"rectangle 180,170 420,330\"" \
    "-fill '$navy' -draw \"roundrectangle 275,250 325,330 8,8\"" \
    "$(heart 300 200 26 "$red")" \
    "$(person 110 250 10 "$skin2" "$green")" \
    "$(person 490 250 10 "$skin1" "$purple")" \
    "-fill '$green' -draw \"rectangle 0,360 600,400\""

# My own micro-project: a light bulb with rays.
render guide-micro-project.png "$cream" \
    "-stroke '$orange' -strokewidth 12 -draw \"line 300,25 300,55\" -draw \"line 175,80 197,102\" -draw \"line 425,80 403,102\" -draw \"line 130,190 160,190\" -draw \"line 440,190 470,190\" -stroke none" \
    "-fill '$yellow' -draw \"circle 300,180 300,90\"" \
    "-fill '$yellow' -draw \"polygon 250,240 350,240 335,290 265,290\"" \
    "-fill '$white' -draw \"ellipse 270,150 18,32 0,360\"" \
    "-fill '$grey' -draw \"roundrectangle 262,288 338,312 8,8\"" \
    "-fill '$grey' -draw \"roundrectangle 268,318 332,342 8,8\"" \
    "-fill '$navy' -draw \"roundrectangle 282,346 318,366 8,8\""

# Help with a funding application: a form with check boxes and a pen.
render guide-funding.png "$mint" \
    "-fill '$white' -draw \"roundrectangle 170,40 410,370 14,14\"" \
    "-fill '$blue' -draw \"rectangle 200,70 380,90\"" \
    "-fill '$green' -draw \"roundrectangle 200,120 228,148 5,5\" -fill '$grey' -draw \"rectangle 245,128 380,140\"" \
    "-fill '$green' -draw \"roundrectangle 200,175 228,203 5,5\" -fill '$grey' -draw \"rectangle 245,183 360,195\"" \
    "-fill '$green' -draw \"roundrectangle 200,230 228,258 5,5\" -fill '$grey' -draw \"rectangle 245,238 380,250\"" \
    "-fill '$grey' -draw \"rectangle 200,300 330,310\"" \
    "-fill '$orange' -draw \"polygon 470,120 500,150 380,300 350,270\"" \
    "-fill '$skin1' -draw \"polygon 350,270 380,300 338,318\"" \
    "-fill '$navy' -draw \"polygon 470,120 500,150 510,140 480,110\""

# Where can I volunteer: a pin with a heart on a simple street map.
render guide-find-place.png "$sand" \
    "-fill '$mint' -draw \"roundrectangle 60,60 540,360 20,20\"" \
    "-fill '$white' -draw \"rectangle 60,200 540,230\" -draw \"rectangle 180,60 210,360\" -draw \"rectangle 400,60 430,360\"" \
    "-fill '$sky' -draw \"roundrectangle 230,250 380,340 12,12\"" \
    "-fill '$red' -draw \"circle 300,140 300,65\" -draw \"polygon 238,180 362,180 300,270\"" \
    "$(heart 300 140 34 "$white")"

# Meeting others in a network: three people around a table.
render guide-network.png "$sky" \
    "$(person 150 150 11 "$skin3" "$teal")" \
    "$(person 300 120 11 "$skin1" "$orange")" \
    "$(person 450 150 11 "$skin2" "$purple")" \
    "-fill '$navy' -draw \"roundrectangle 70,280 530,330 20,20\"" \
    "-fill '$white' -draw \"ellipse 230,280 40,12 180,360\" -draw \"ellipse 370,280 40,12 180,360\""

# --- organisations ----------------------------------------------------------

# Für mich, uns und alle!: women with an idea.
render org-fuer-mich-uns-alle.png "$rose" \
    "-fill '$yellow' -draw \"circle 300,75 300,35\" -fill '$grey' -draw \"roundrectangle 285,112 315,130 5,5\"" \
    "-fill '$navy' -draw \"roundrectangle 140,158 200,250 26,26\" -fill '#6B3E26' -draw \"roundrectangle 270,168 330,255 26,26\" -fill '$purple' -draw \"roundrectangle 400,160 460,215 28,28\"" \
    "$(person 170 190 11 "$skin2" "$red")" \
    "$(person 300 200 11 "$skin1" "$purple")" \
    "$(person 430 190 11 "$skin3" "$teal")"

# Werkstatt Migrant:innenorganisationen: an open room where groups meet.
render org-werkstatt-mo-leipzig.png "$sand" \
    "-fill '$teal' -draw \"polygon 60,150 300,40 540,150\"" \
    "-fill '$cream' -draw \"rectangle 90,150 510,380\"" \
    "$(person 200 215 9 "$skin1" "$blue")" \
    "$(person 300 205 9 "$skin3" "$orange")" \
    "$(person 400 215 9 "$skin2" "$green")" \
    "-fill '$navy' -draw \"roundrectangle 130,320 470,350 12,12\""

# Freiwilligen-Agentur Leipzig: a signpost that shows the way into volunteering.
render org-freiwilligen-agentur-leipzig.png "$mint" \
    "-fill '$navy' -draw \"rectangle 285,60 315,370\"" \
    "-fill '$blue' -draw \"polygon 120,90 400,90 440,125 400,160 120,160\"" \
    "-fill '$orange' -draw \"polygon 480,190 200,190 160,225 200,260 480,260\"" \
    "$(heart 230 125 22 "$white")" \
    "$(heart 410 225 22 "$white")" \
    "-fill '$green' -draw \"ellipse 300,375 170,22 180,360\""

# MigrAktiv Spandau!: many groups joined into one network.
render org-migraktiv-spandau.png "$cream" \
    "-stroke '$grey' -strokewidth 8 -draw \"line 300,200 130,110\" -draw \"line 300,200 470,110\" -draw \"line 300,200 130,300\" -draw \"line 300,200 470,300\" -draw \"line 130,110 130,300\" -draw \"line 470,110 470,300\" -stroke none" \
    "-fill '$red' -draw \"circle 300,200 300,145\"" \
    "-fill '$teal' -draw \"circle 130,110 130,70\"" \
    "-fill '$orange' -draw \"circle 470,110 470,70\"" \
    "-fill '$purple' -draw \"circle 130,300 130,260\"" \
    "-fill '$blue' -draw \"circle 470,300 470,260\"" \
    "$(heart 300 200 26 "$white")"

# Spot on!: a spotlight that makes people's commitment visible.
render org-spot-on-dresden.png "$navy" \
    "-fill '#FFF1B8' -draw \"polygon 250,70 350,70 540,380 60,380\"" \
    "-fill '$grey' -draw \"roundrectangle 240,30 360,80 12,12\"" \
    "$(person 200 250 9 "$skin2" "$red")" \
    "$(person 300 235 9 "$skin1" "$teal")" \
    "$(person 400 250 9 "$skin3" "$purple")"

ls -l ./*.png
