#!/bin/sh
# Playwright (playwright-core, from npm) driving /usr/bin/chromium: page.pdf() with header/footer templates
cd "$(dirname "$0")"
[ -d ../node/node_modules/playwright-core ] || (cd ../node && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install >/dev/null)
node print.js "$1/determina-unioneterralbese-playwright.pdf"
