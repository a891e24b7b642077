#!/bin/sh
# Rebuild every PDF of this set (run from anywhere).
cd "$(dirname "$0")" || exit 1
for s in giunta_manfredonia giunta_oristano giunta_moncalieri consiglio_partinico consiglio_valdagno \
         commissione_scafati determina_pordenone determina_trebisacce determina_narni ordinanza_mesagne \
         decreto_macerata avviso_quartu; do
  python3 "$s.py" || exit 1
done
