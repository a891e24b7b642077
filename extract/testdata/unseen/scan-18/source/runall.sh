#!/bin/sh
# build every file: two queues side by side
cd "$(dirname "$0")"
( for n in giunta-abano-halley consiglio-capoterra-sicraweb giunta-belpasso-kibernetes determina-bagnoaripoli-civilia determina-guidonia-jiride determina-lagonegro-apkappa; do python3 scanify.py $n > /tmp/scan-18/$n.log 2>&1 || echo FAIL $n; done ) &
( for n in ordinanza-acerra-dedagroup avviso-cagli-word certificato-cittanova-studiok allegato-dalmine-datagraph convocazione-fonni-zuddas avviso-cirie-letter; do python3 scanify.py $n > /tmp/scan-18/$n.log 2>&1 || echo FAIL $n; done ) &
wait
