python3 d04_soveriamannelli.py
soffice --headless --convert-to pdf --outdir /tmp/r19a_lo d04_certificato.docx >/dev/null 2>&1
mv /tmp/r19a_lo/d04_certificato.pdf ../attestazione-soveriamannelli-word.pdf
