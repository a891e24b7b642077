chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../avviso-bonificaogliastra-chromium.pdf ogliastra/avviso.html 2>/dev/null
