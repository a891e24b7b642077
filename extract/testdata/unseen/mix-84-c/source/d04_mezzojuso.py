# python-docx: Word template, letterhead in the running head, area/service in the foot; LibreOffice converts
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.table import WD_TABLE_ALIGNMENT
d = Document(); s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(3.2)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = AL.CENTER
r = h.add_run("COMUNE DI MEZZOJUSO\n"); r.bold = True; r.font.size = Pt(16)
h.add_run("Città Metropolitana di Palermo\n").italic = True
h.add_run("AREA TECNICA – Servizio Patrimonio e Lavori Pubblici").font.size = Pt(10)
f = s.footer.paragraphs[0]; f.alignment = AL.CENTER
f.add_run("Piazza Umberto I, 1 – 90030 Mezzojuso (PA) – C.F. 00542050823 – www.comune.mezzojuso.pa.it").font.size = Pt(8)
def p(text, bold=False, al=None, size=None, sb=0):
    q = d.add_paragraph(); q.paragraph_format.space_before = Pt(sb)
    if al: q.alignment = al
    r = q.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    return q
p("Prot. n. 4127 del 9.4.2026", al=AL.RIGHT)
p("Avviso n. 3/2026", bold=True, al=AL.RIGHT)
p("AVVISO D'ASTA PUBBLICA", bold=True, al=AL.CENTER, size=18, sb=12)
q = p("OGGETTO: ", bold=True, sb=6); q.add_run("Alienazione mediante asta pubblica di immobili di proprietà comunale non strumentali all'esercizio delle funzioni istituzionali – Lotti 1 e 2.")
p("IL RESPONSABILE DELL'AREA TECNICA", bold=True, al=AL.CENTER, sb=10)
p("in esecuzione della deliberazione del Consiglio comunale n. 6 del 27.2.2026 (Piano delle alienazioni e valorizzazioni immobiliari 2026-2028) e della propria determinazione n. 58 del 7.4.2026,", al=AL.JUSTIFY)
p("RENDE NOTO", bold=True, al=AL.CENTER)
p("che il giorno 12 maggio 2026, alle ore 10:00, presso la sala consiliare del Palazzo municipale, si terrà un'asta pubblica, con il metodo delle offerte segrete in aumento sul prezzo a base d'asta (art. 73, lett. c, R.D. 827/1924), per la vendita dei seguenti immobili:", al=AL.JUSTIFY)
t = d.add_table(rows=3, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, row in enumerate([("Lotto", "Descrizione", "Dati catastali", "Prezzo a base d'asta"),
    ("1", "Ex scuola rurale di contrada Buscesci, con corte", "Fg. 12, part. 341", "€ 38.500,00"),
    ("2", "Terreno agricolo in contrada Marosa, ha 1.20.40", "Fg. 27, part. 88 e 89", "€ 14.200,00")]):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
        if i == 0: t.cell(i, j).paragraphs[0].runs[0].bold = True
p("Le offerte, in busta chiusa, dovranno pervenire all'Ufficio Protocollo entro le ore 12:00 dell'11 maggio 2026, corredate da cauzione pari al 10% del prezzo a base d'asta. Il bando integrale e la modulistica sono disponibili presso l'Area Tecnica e sul sito istituzionale.", al=AL.JUSTIFY, sb=8)
p("Responsabile del procedimento: geom. Salvatore Lo Bue.", sb=4)
p("IL RESPONSABILE DELL'AREA TECNICA", al=AL.RIGHT, sb=18)
p("arch. Francesca Di Marco", al=AL.RIGHT)
d.save(sys.argv[1])
