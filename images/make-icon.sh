#!/usr/bin/env bash
# Regenerates images/icon.png (128x128): a pod drawn as an isometric cube on Kubernetes blue,
# with a pencil for "authoring". Drawn at 512 px and scaled down for smooth edges.
# Needs ImageMagick (Debian: apt-get install imagemagick).
set -euo pipefail
cd "$(dirname "$0")"
# Hexagon (cube outline) centred at 256,236, radius 150; cube edges meet at the centre.
convert -size 512x512 xc:none \
  -fill '#326CE5' -draw 'roundrectangle 16,16 496,496 96,96' \
  -fill white -stroke white -strokewidth 4 \
  -draw 'polygon 256,86 386,161 386,311 256,386 126,311 126,161' \
  -fill '#DCE6FB' -stroke none -draw 'polygon 256,236 386,161 386,311 256,386' \
  -fill '#B7CCF5' -draw 'polygon 256,236 256,386 126,311 126,161' \
  -stroke '#326CE5' -strokewidth 14 -fill none \
  -draw 'polygon 256,86 386,161 386,311 256,386 126,311 126,161' \
  -draw 'line 256,236 256,386' -draw 'line 256,236 126,161' -draw 'line 256,236 386,161' \
  -stroke none -fill '#FFC83D' -draw 'polygon 330,420 430,320 462,352 362,452' \
  -fill '#F4A261' -draw 'polygon 330,420 362,452 318,466' \
  -fill '#1B1F23' -draw 'polygon 318,466 326,442 342,458' \
  -fill '#E76F51' -draw 'polygon 430,320 446,304 478,336 462,352' \
  -resize 128x128 -strip PNG32:icon.png
