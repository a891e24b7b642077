python3 atersir_word.py && soffice --headless --convert-to pdf --outdir . atersir.docx >/dev/null 2>&1 && mv atersir.pdf ../avviso-atersir-word.pdf && rm -f atersir.docx
