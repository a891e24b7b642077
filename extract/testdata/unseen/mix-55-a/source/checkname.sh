#!/bin/sh
# usage: checkname.sh word...   (grep the used list for each candidate)
for w in "$@"; do printf '%s: ' "$w"; grep -i -- "$w" /tmp/used_munis.txt | tr '\n' '|' ; echo; done
