#!/bin/sh
# Rebuilds the 12 PDFs of mix-21-a into the parent directory (needs python3-docx, reportlab,
# LibreOffice, enscript, ghostscript, pdflatex with lmodern and eurosym).
set -e
cd "$(dirname "$0")"
python3 a_catria_docx.py; python3 b_cremona_docx.py; python3 f_castiglione_docx.py
soffice --headless --convert-to pdf --outdir .. deliberazione-catrianerone-word.docx determinazione-cremona-word.docx determinazione-castiglionedellestiviere-word.docx
python3 mono.py '{"txtfile":"e_pisticci.txt","out":"../deliberazione-pisticci-datagraph.pdf","lpp":60,"head":" COMUNE DI PISTICCI - DELIBERA DI CONSIGLIO N. 14 DEL 06/03/2026                                                       PAG.   {p}","producer":"DATAGRAPH ATTI - PDF EXPORT 4.2","title":"DELCC_14_2026"}'
iconv -f utf-8 -t latin1 h_argenta.txt > /tmp/h_argenta.txt
enscript -B -f Courier9 -p /tmp/h_argenta.ps /tmp/h_argenta.txt && ps2pdf /tmp/h_argenta.ps ../allegato-argenta-saga.pdf
pdflatex -interaction=nonstopmode i_matelica.tex >/dev/null && cp i_matelica.pdf ../deliberazione-matelica-latex.pdf && rm -f i_matelica.aux i_matelica.log i_matelica.pdf
python3 rl_docs.py
cd .. && python3 source/make_keys.py
