python3 d11_montrose.py
sh lo2pdf.sh d11_determinazione.docx ../determinazione-montrose-wordtemplate.pdf
