#!/bin/sh
# Comune di Fluminimaggiore - one-page poster-like avviso laid out as in a DTP package (QuarkXPress style), printed by headless Chromium
D=$(cd "$(dirname "$0")" && pwd)/fluminimaggiore
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$1" "file://$D/avviso.html" 2>/dev/null
