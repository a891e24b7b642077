chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../avviso-aspcosenza-chromium.pdf "file://$(pwd)/d09_aspcosenza.html" 2>/dev/null
