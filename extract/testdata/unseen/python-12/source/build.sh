#!/bin/sh
# Rebuild every PDF and keys.json of this folder.
cd "$(dirname "$0")" && for s in giunta_mezzolombardo giunta_palazzolo giunta_teggiano consiglio_morgex consiglio_zogno \
  determina_tricesimo determina_santu_lussurgiu determina_pontelongo determina_velletri ordinanza_pescasseroli \
  decreto_naturno avviso_squinzano keys_build; do python3 $s.py || exit 1; done; rm -rf __pycache__
