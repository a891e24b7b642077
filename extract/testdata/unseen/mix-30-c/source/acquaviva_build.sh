#!/bin/sh
# serve the page under the Comune's host name so that Chromium's running foot prints a real-looking URL
cd "$(dirname "$0")"
mkdir -p /tmp/acq_site/albo-pretorio/delibere-giunta/dgc-58-2026
cp acquaviva_wordpress.html /tmp/acq_site/albo-pretorio/delibere-giunta/dgc-58-2026/index.html
python3 -m http.server 8765 --directory /tmp/acq_site >/dev/null 2>&1 &
SRV=$!
sleep 1
chromium --headless=new --no-sandbox --disable-gpu --lang=it-IT \
  --host-resolver-rules="MAP www.comune.acquaviva.ba.it 127.0.0.1:8765" \
  --print-to-pdf=../delibera-acquaviva-wordpress.pdf \
  "http://www.comune.acquaviva.ba.it/albo-pretorio/delibere-giunta/dgc-58-2026/?print=1" 2>/dev/null
kill $SRV
