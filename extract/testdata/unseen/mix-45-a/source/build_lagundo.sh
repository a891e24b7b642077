python3 lagundo_writer.py && soffice --headless --convert-to pdf --outdir . lagundo.docx >/dev/null 2>&1 && mv lagundo.pdf ../delibera-lagundo-libreoffice.pdf && rm -f lagundo.docx
