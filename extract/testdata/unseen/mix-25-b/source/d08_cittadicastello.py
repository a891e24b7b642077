#!/usr/bin/env python3
"""Comune di Città di Castello – AVVISO PUBBLICO N. 7/2026 (numbered avviso), Ermes-like Word model.
python-docx (.docx, Calibri -> Carlito) converted by LibreOffice Writer."""
import sys, os, subprocess
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
OUT = sys.argv[1] if len(sys.argv) > 1 else '..'
SUBJ = ("Concessione di contributi alle famiglie per la frequenza dei centri estivi da parte di minori "
        "di età compresa tra 3 e 14 anni – Estate 2026.")
doc = Document()
st = doc.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Calibri')
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(3.6); sec.bottom_margin = Cm(2.2)
sec.header_distance = Cm(0.8); sec.footer_distance = Cm(0.8)

def fld(par, code):
    r = par.add_run(); a = OxmlElement('w:fldChar'); a.set(qn('w:fldCharType'), 'begin'); r._r.append(a)
    r = par.add_run(); t = OxmlElement('w:instrText'); t.set(qn('xml:space'), 'preserve'); t.text = code; r._r.append(t)
    r = par.add_run(); b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'end'); r._r.append(b)

h = sec.header
ht = h.add_table(1, 2, Cm(16.6)); ht.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = ht.rows[0].cells; c0.width = Cm(2.2); c1.width = Cm(14.4)
for gc, w in zip(ht._tbl.tblGrid.findall(qn('w:gridCol')), (Cm(2.2), Cm(14.4))):
    gc.set(qn('w:w'), str(int(w.twips)))
p = c0.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run('[stemma]'); r.font.size = Pt(7); r.font.color.rgb = RGBColor(0x88,0x88,0x88)
p = c1.paragraphs[0]; r = p.add_run('COMUNE DI CITTÀ DI CASTELLO'); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x6b,0x1a,0x1a)
p = c1.add_paragraph(); r = p.add_run('Provincia di Perugia'); r.italic = True; r.font.size = Pt(10)
p = c1.add_paragraph(); r = p.add_run('Settore Politiche Sociali, Istruzione e Casa – Servizio Interventi per la Famiglia'); r.font.size = Pt(9)
p = c1.add_paragraph(); r = p.add_run('Piazza Gabriotti, 1 – 06012 Città di Castello (PG) – PEC: comune.cittadicastello@postacert.umbria.it'); r.font.size = Pt(8)
hp = h.paragraphs[0]
f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Avviso pubblico n. 7/2026 – pag. '); r.font.size = Pt(8)
fld(f, 'PAGE'); r = f.add_run(' di '); r.font.size = Pt(8); fld(f, 'NUMPAGES')

def para(text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=11, after=4, italic=False):
    p = doc.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(after)
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size); return p

p = para('Prot. n. 14388 del 20/03/2026', size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=10)
para('AVVISO PUBBLICO N. 7/2026', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=8)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.space_after = Pt(10)
r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run(SUBJ); r.bold = True
para('IL DIRIGENTE DEL SETTORE POLITICHE SOCIALI, ISTRUZIONE E CASA', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
para('In esecuzione della deliberazione della Giunta Comunale n. 58 del 09/03/2026 e della propria determinazione n. 402 del 19/03/2026, con la quale è stato approvato lo schema del presente avviso,')
para('RENDE NOTO', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
para('che dal 23/03/2026 al 30/04/2026 è possibile presentare domanda per ottenere un contributo a parziale copertura delle rette di frequenza dei centri estivi per l’estate 2026, secondo le disposizioni che seguono.')
arts = [
 ('Art. 1 – Destinatari', 'Possono presentare domanda i genitori o gli esercenti la responsabilità genitoriale di minori di età compresa tra 3 e 14 anni, residenti nel Comune di Città di Castello, con un ISEE per prestazioni rivolte ai minorenni in corso di validità non superiore a € 30.000,00.'),
 ('Art. 2 – Entità del contributo', 'Il contributo è pari alla spesa sostenuta e documentata, fino a un massimo di € 100,00 per ciascuna settimana di frequenza e per non più di sei settimane per minore. Per i minori con disabilità certificata ai sensi della L. 104/1992 il limite settimanale è elevato a € 150,00.'),
 ('Art. 3 – Centri estivi ammessi', 'Sono ammessi i centri estivi, pubblici o privati, in possesso dei requisiti previsti dalla normativa regionale, che abbiano presentato la SCIA al Comune in cui si svolge l’attività.'),
 ('Art. 4 – Modalità di presentazione della domanda', 'La domanda deve essere presentata esclusivamente on line, accedendo con SPID, CIE o CNS alla piattaforma dei servizi on line del Comune, entro le ore 13:00 del 30/04/2026. Alle famiglie prive di strumenti informatici è garantita assistenza presso l’Ufficio Relazioni con il Pubblico, previo appuntamento.'),
 ('Art. 5 – Graduatoria ed erogazione', 'Le domande ammesse sono ordinate per valore ISEE crescente. Il contributo è liquidato entro il 30/11/2026, previa presentazione delle ricevute di pagamento, nei limiti dello stanziamento di € 85.000,00.'),
 ('Art. 6 – Controlli e trattamento dei dati', 'L’Amministrazione effettua controlli a campione sulle dichiarazioni sostitutive ai sensi dell’art. 71 del D.P.R. 445/2000. I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679, secondo l’informativa pubblicata sul sito istituzionale.'),
 ('Art. 7 – Responsabile del procedimento', 'Il responsabile del procedimento è la Dott.ssa Chiara Mencagli, Servizio Interventi per la Famiglia, tel. 075 8529210, e-mail servizi.famiglia@comune.cittadicastello.pg.it.')]
for t, b in arts:
    para(t, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=1).paragraph_format.keep_with_next = True
    para(b, after=6)
para('Città di Castello, 20/03/2026', align=WD_ALIGN_PARAGRAPH.LEFT, after=8)
for t, b in [('IL DIRIGENTE', True), ('Dott. Stefano Bartolini', False), ('(firmato digitalmente)', False)]:
    p = para(t, bold=b, align=WD_ALIGN_PARAGRAPH.CENTER, after=0); p.paragraph_format.left_indent = Cm(8.5)
os.makedirs('build', exist_ok=True)
src = 'build/avviso-cittadicastello-ermes.docx'
doc.save(src)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', 'build', src], check=True, capture_output=True)
os.replace('build/avviso-cittadicastello-ermes.pdf', os.path.join(OUT, 'avviso-cittadicastello-ermes.pdf'))
