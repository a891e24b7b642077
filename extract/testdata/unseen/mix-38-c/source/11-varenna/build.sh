#!/bin/sh
# the PEC message as printed from the mail client (Outlook "memo style"), rendered by headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null
