#!/usr/bin/env python3
"""Consorzio di Bonifica della Basilicata - numbered avviso pubblico, written
on the office's Word template (letterhead in the page header, articles with
bold headings), converted to PDF by LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-bonificabasilicata-wordtemplate.docx"
d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21)
s.left_margin = s.right_margin = Cm(2.2)
s.top_margin, s.bottom_margin = Cm(1.5), Cm(2)
st = d.styles["Normal"]
st.font.name = "Liberation Sans"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)
BLUE = RGBColor(0x0b, 0x4f, 0x8a)
J, C, R = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT

hp = s.header.paragraphs[0]
r = hp.add_run("CONSORZIO DI BONIFICA DELLA BASILICATA")
r.bold, r.font.size, r.font.color.rgb = True, Pt(14), BLUE
h2 = s.header.add_paragraph()
r = h2.add_run("Ente pubblico economico – L.R. 11 gennaio 2017, n. 1\nSede legale: Matera – "
               "PEC: protocollo@pec.bonificabasilicata.it")
r.font.size = Pt(8)
h3 = s.header.add_paragraph()
r = h3.add_run("AREA TECNICA – Settore Esercizio e Manutenzione")
r.bold, r.font.size = True, Pt(9)
fp = s.footer.paragraphs[0]
fp.alignment = C
r = fp.add_run("Consorzio di Bonifica della Basilicata – Avviso pubblico n. 3/2026")
r.font.size = Pt(7.5)


def P(text="", bold=False, align=J, size=None, after=None, italic=False):
    p = d.add_paragraph()
    p.alignment = align
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


P("Prot. n. 2874 del 18/03/2026", align=R, size=9, after=12)
P("AVVISO PUBBLICO N. 3/2026", bold=True, align=C, size=14, after=8)
p = P(after=10)
r = p.add_run("OGGETTO: ")
r.bold = True
r = p.add_run("Manifestazione di interesse per la formazione dell'elenco di operatori economici da invitare "
              "alle procedure negoziate per i lavori di manutenzione degli impianti irrigui consortili – "
              "stagione irrigua 2026.")
r.bold = True
P("IL DIRETTORE DELL'AREA TECNICA", bold=True, align=C, after=6)
P("in esecuzione della deliberazione del Commissario Straordinario n. 47 del 12/03/2026, e nel rispetto "
  "dei principi di rotazione, trasparenza e parità di trattamento di cui agli artt. 49 e 50 del D.Lgs. "
  "31 marzo 2023, n. 36,")
P("RENDE NOTO", bold=True, align=C, after=6)
P("che il Consorzio intende formare un elenco di operatori economici da invitare alle procedure "
  "negoziate senza bando per l'affidamento dei lavori di manutenzione ordinaria e straordinaria delle "
  "reti di adduzione e distribuzione irrigua dei comprensori del Metapontino, della Val d'Agri e "
  "dell'Alto Bradano.")
arts = [
    ("Art. 1 – Oggetto e importo",
     "I lavori, suddivisi in tre lotti territoriali, hanno un importo stimato complessivo di € 1.240.000,00, "
     "oltre IVA, di cui € 31.000,00 per oneri della sicurezza non soggetti a ribasso. Categoria prevalente "
     "OG6 – classifica II."),
    ("Art. 2 – Requisiti di partecipazione",
     "Possono manifestare interesse gli operatori economici di cui all'art. 65 del D.Lgs. 36/2023 in "
     "possesso dei requisiti di ordine generale e dell'attestazione SOA per la categoria e classifica "
     "indicate all'articolo precedente."),
    ("Art. 3 – Modalità e termine di presentazione",
     "Le manifestazioni di interesse devono pervenire esclusivamente tramite la piattaforma telematica "
     "del Consorzio entro le ore 12:00 del giorno 07/04/2026, utilizzando il modello allegato (Allegato 1)."),
    ("Art. 4 – Formazione dell'elenco",
     "L'elenco è formato secondo l'ordine di arrivo delle istanze ed è valido fino al 31/12/2026. Per "
     "ciascuna procedura saranno invitati almeno cinque operatori, individuati mediante sorteggio "
     "pubblico, la cui data sarà comunicata sulla piattaforma."),
    ("Art. 5 – Responsabile del progetto e trattamento dei dati",
     "Il Responsabile unico del progetto è il geom. Donato Lacertosa. I dati personali sono trattati ai "
     "sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso."),
]
for h, t in arts:
    P(h, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=1)
    P(t, after=6)
P("Il presente avviso è pubblicato per quindici giorni all'Albo on line del Consorzio e all'Albo "
  "pretorio dei Comuni del comprensorio.", after=14)
P("Matera, 18 marzo 2026", after=12)
P("IL DIRETTORE DELL'AREA TECNICA", align=R, after=0)
P("ing. Vincenzo Grieco", align=R, after=0)
P("(documento firmato digitalmente)", align=R, size=8, italic=True)
d.core_properties.author = "Area Tecnica"
d.core_properties.title = "Avviso pubblico n. 3/2026"
d.save(OUT)
