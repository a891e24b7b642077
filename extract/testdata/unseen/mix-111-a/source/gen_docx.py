#!/usr/bin/env python3
"""python-docx: Grugliasco traffic ordinance, as the Polizia Locale's Word
model has it (header table with the crest box, number under the title,
numbered ORDINA). Exported by LibreOffice in build.sh."""
import sys, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.6)
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
hp = sec.header.paragraphs[0]
hp.text = 'Città di Grugliasco - Settore Polizia Locale - Ordinanza n. 142/2026'
hp.runs[0].font.size = Pt(8); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = 'Comando di Polizia Locale - via Spanna 4, 10095 Grugliasco (TO) - tel. 011 4013100 - polizialocale@comune.grugliasco.to.it'
fp.runs[0].font.size = Pt(7.5); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

t = d.add_table(rows=1, cols=2)
t.columns[0].width = Cm(3); t.columns[1].width = Cm(13.6)
c0, c1 = t.rows[0].cells
c0.width = Cm(3); c1.width = Cm(13.6)
c0.paragraphs[0].add_run('[stemma]').font.size = Pt(8)
p = c1.paragraphs[0]; r = p.add_run('CITTÀ DI GRUGLIASCO'); r.bold = True; r.font.size = Pt(16)
p = c1.add_paragraph(); r = p.add_run('Città Metropolitana di Torino'); r.font.size = Pt(10)
p = c1.add_paragraph(); r = p.add_run('SETTORE POLIZIA LOCALE'); r.bold = True; r.font.size = Pt(11)
p = c1.add_paragraph(); r = p.add_run('Ufficio Viabilità e Traffico'); r.italic = True; r.font.size = Pt(10)

d.add_paragraph()
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('ORDINANZA N. 142 DEL 19/11/2026'); r.bold = True; r.font.size = Pt(13)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run('Istituzione del divieto di sosta con rimozione forzata e del senso unico alternato in via Lupo, '
              'nel tratto compreso tra corso Torino e via Perotti, per lavori di rifacimento della rete gas, '
              'dal 23 al 27 novembre 2026.'); r.bold = True
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('IL COMANDANTE DELLA POLIZIA LOCALE'); r.bold = True
for s in [
    'Vista la richiesta della società Italgas Reti S.p.A., pervenuta al protocollo generale n. 48213 del 10/11/2026, di poter eseguire lavori di rifacimento della rete di distribuzione del gas in via Lupo;',
    'Considerato che, per consentire l’esecuzione dei lavori in sicurezza e la regolare circolazione dei veicoli, si rende necessario istituire temporaneamente il divieto di sosta e il senso unico alternato regolato da movieri o da impianto semaforico;',
    'Visti gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e il relativo Regolamento di esecuzione;',
    'Visto l’art. 107 del D.Lgs. 18 agosto 2000, n. 267, e il decreto sindacale n. 9 del 02/02/2026 di conferimento dell’incarico;',
]:
    p = d.add_paragraph(s); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Cm(0.8)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('ORDINA'); r.bold = True
for s in [
    'dalle ore 7:30 del giorno 23/11/2026 alle ore 18:00 del giorno 27/11/2026, in via Lupo, nel tratto compreso tra corso Torino e via Perotti, l’istituzione del divieto di sosta con rimozione forzata su entrambi i lati della carreggiata;',
    'nel medesimo periodo e tratto, l’istituzione del senso unico alternato regolato da impianto semaforico mobile o da movieri, con limite di velocità di 30 km/h;',
    'alla ditta esecutrice dei lavori di posizionare la segnaletica prevista almeno 48 ore prima dell’inizio dei lavori e di ripristinare lo stato dei luoghi al termine.',
]:
    p = d.add_paragraph(s, style='List Number'); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p = d.add_paragraph('Gli agenti della Polizia Locale e gli altri organi di cui all’art. 12 del Codice della Strada sono incaricati di far rispettare la presente ordinanza. Avverso il presente provvedimento è ammesso ricorso al T.A.R. Piemonte entro 60 giorni dalla pubblicazione.')
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
d.add_paragraph('Grugliasco, 19/11/2026')
for s, b in [('IL COMANDANTE', True), ('Commissario Capo dott. Davide Trucco', False), ('(documento firmato digitalmente)', False)]:
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(s); r.bold = b
d.save(os.path.join(OUT, 'ordinanza-grugliasco-jiride.docx'))
