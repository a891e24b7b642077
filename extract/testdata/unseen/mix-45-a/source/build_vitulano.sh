python3 vitulano_word.py && soffice --headless --convert-to pdf --outdir . vitulano.docx >/dev/null 2>&1 && mv vitulano.pdf ../determina-vitulano-word.pdf && rm -f vitulano.docx
