python3 d10_aspseneca.py
sh lo2pdf.sh d10_convocazione.docx ../convocazione-aspseneca-wordtemplate.pdf
