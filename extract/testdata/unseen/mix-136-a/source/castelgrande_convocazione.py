#!/usr/bin/env python3
"""Comune di Castelgrande - avviso di convocazione del Consiglio Comunale (11/12/2028).

Typed by the Segreteria in a word processor in Courier New, copying the
legacy package's letterhead of rules and spaced capitals (Saga-like house style);
python-docx writes the .docx (tab stops for the protocol line and the
addressees, Word list numbering for the order of the day), LibreOffice
exports it (Courier New is substituted by Liberation Mono).
usage: castelgrande_convocazione.py OUT.docx
"""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin, sec.right_margin = Mm(22), Mm(18)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
st = d.styles["Normal"]
st.font.name = "Courier New"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.1
for name in ("List Number",):
    d.styles[name].font.name = "Courier New"
    d.styles[name].font.size = Pt(10.5)

C, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY


def p(text="", bold=False, align=None, after=0, size=None, tabs=()):
    para = d.add_paragraph()
    for pos, kind in tabs:
        para.paragraph_format.tab_stops.add_tab_stop(Mm(pos), kind)
    if text:
        r = para.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if align is not None:
        para.alignment = align
    para.paragraph_format.space_after = Pt(after)
    return para


RULE = "=" * 76
p(RULE, size=9.5)
p("C O M U N E   D I   C A S T E L G R A N D E", bold=True, align=C, size=11.5)
p("PROVINCIA DI POTENZA", align=C)
p("Piazza Municipio, 1 - 85050 Castelgrande (PZ) - C.F. 80002370765", align=C, size=9)
p(RULE, size=9.5, after=10)
R = ((170, WD_TAB_ALIGNMENT.RIGHT),)
p("Prot. n. 4127\tCastelgrande, 11/12/2028", tabs=R, after=12)
L = ((80, WD_TAB_ALIGNMENT.LEFT),)
for t in ["\tAI SIGG.RI CONSIGLIERI COMUNALI", "\tLORO SEDI", "",
          "\te p.c.  AL SIG. PREFETTO DI POTENZA", "\tAL REVISORE DEI CONTI",
          "\tAL SEGRETARIO COMUNALE", "\tAL COMANDO STAZIONE CARABINIERI"]:
    p(t, tabs=L)
p("", after=10)
para = p(after=10)
r = para.add_run("OGGETTO: ")
r.bold = True
r = para.add_run("CONVOCAZIONE DEL CONSIGLIO COMUNALE IN SESSIONE STRAORDINARIA.")
r.bold = True
p("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 12 del vigente "
  "Regolamento per il funzionamento del Consiglio Comunale, si comunica che il Consiglio "
  "Comunale è convocato in sessione straordinaria, in seduta pubblica di prima convocazione, "
  "presso la sala consiliare del Palazzo Municipale, per il giorno", align=J, after=4)
p("VENERDÌ 15 DICEMBRE 2028 - ORE 18:00", bold=True, align=C, after=4)
p("ed occorrendo, in seconda convocazione, per il giorno", align=J, after=4)
p("SABATO 16 DICEMBRE 2028 - ORE 18:00", bold=True, align=C, after=4)
p("per discutere e deliberare sul seguente", align=J, after=8)
p("O R D I N E   D E L   G I O R N O", bold=True, align=C, after=8)
for t in [
    "Lettura e approvazione dei verbali della seduta precedente.",
    "Ratifica della deliberazione di Giunta Comunale n. 68 del 30/11/2028 avente ad oggetto: "
    "\"Variazione d'urgenza al bilancio di previsione 2028/2030 (art. 175, comma 4, D.Lgs. "
    "267/2000)\".",
    "Approvazione del regolamento comunale per la concessione in comodato d'uso dei terreni "
    "comunali incolti.",
    "Comunicazioni del Sindaco.",
]:
    lp = d.add_paragraph(t, style="List Number")
    lp.alignment = J
    lp.paragraph_format.space_after = Pt(4)
p("", after=4)
p("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso "
  "l'Ufficio Segreteria e sono consultabili dai Consiglieri nelle ore d'ufficio a partire dal "
  "giorno 12/12/2028. La seduta sarà trasmessa in diretta sul canale istituzionale del Comune.",
  align=J, after=18)
sig = ((125, WD_TAB_ALIGNMENT.CENTER),)
p("\tIL SINDACO", bold=True, tabs=sig)
p("\tF.to Rocco Cantisani", tabs=sig, after=24)
p("-" * 76, size=9.5)
p("Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. "
  "39/1993.", size=8.5)
p("Il presente avviso è pubblicato all'Albo Pretorio on line dall'11/12/2028 al 16/12/2028.",
  size=8.5)
fp = sec.footer.paragraphs[0]
fp.alignment = C
fr = fp.add_run("Comune di Castelgrande - Ufficio Segreteria - Tel. 0976 4071 - "
                "PEC: protocollo.castelgrande@pec.basilicatanet.it")
fr.font.size = Pt(8)
d.core_properties.title = "Convocazione Consiglio Comunale 15/12/2028"
d.core_properties.author = "Comune di Castelgrande - Segreteria"
d.save(out)
