#!/bin/bash
# exact-ish check: name appears as whole name after "di " or as whole line, or token equals
for a in "$@"; do
  t=$(echo "$a" | tr 'A-Z' 'a-z' | iconv -f utf8 -t ascii//TRANSLIT | tr -cd 'a-z')
  hit=$(grep -iE -- "(^| di | de | del | della | dei )$a\$|^$a\$" /tmp/used_munis.txt | head -2 | tr '\n' '|')
  tok=$(grep -x "file-name token: $t" /tmp/used_munis.txt)
  if [ -n "$hit$tok" ]; then echo "USED: $a -> $hit $tok"; else echo "free: $a ($t)"; fi
done
