python3 d08_oristanese.py
sh lo2pdf.sh d08_delibera.docx ../deliberazione-bonificaoristanese-libreoffice.pdf
