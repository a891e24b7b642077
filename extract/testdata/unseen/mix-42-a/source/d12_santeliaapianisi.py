#!/usr/bin/env python3
"""Comune di Sant'Elia a Pianisi - an unnumbered avviso typed in Word as on
a typewriter: Courier New throughout, centring and columns made with
spaces, letter-spaced title, dashes for bullets, underlined words.
LibreOffice converts it (Courier New is substituted by Liberation Mono)."""
import sys
from docx import Document
from docx.shared import Pt, Cm

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-santeliaapianisi-word.docx"
d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21)
s.left_margin, s.right_margin = Cm(2.5), Cm(2)
s.top_margin, s.bottom_margin = Cm(2), Cm(2)
st = d.styles["Normal"]
st.font.name = "Courier New"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.0
W = 66  # characters per line at 11pt on this page


def L(text="", bold=False, underline=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.underline = bold, underline
    return p


def C(text, **kw):
    return L(" " * max(0, (W - len(text)) // 2) + text, **kw)


C("COMUNE DI SANT'ELIA A PIANISI", bold=True)
C("(Provincia di Campobasso)")
C("Piazza Municipio - 86048 - Tel. 0874/816101")
L("-" * W)
L()
L("Prot. n. 1192" + " " * (W - 13 - 24) + "li, 17 marzo 2026")
L()
L()
C("A V V I S O", bold=True)
L()
C("AVVISO PER LA CONCESSIONE IN FIDA PASCOLO DEI TERRENI", bold=True)
C("COMUNALI GRAVATI DA USO CIVICO - ANNO 2026", bold=True)
L()
L()
C("IL SINDACO")
L()
L("Vista la Legge 16 giugno 1927, n. 1766 e il relativo Regolamento di")
L("esecuzione approvato con R.D. 26 febbraio 1928, n. 332;")
L("Vista la L.R. Molise 23 luglio 2002, n. 14 in materia di usi civici;")
L("Visto il vigente Regolamento comunale per la fida pascolo, approvato")
L("con deliberazione del Consiglio Comunale n. 9 del 28/04/2014;")
L()
C("R E N D E   N O T O", bold=True)
L()
L("che dal giorno 20 marzo 2026 al giorno 10 aprile 2026 gli allevatori")
L("residenti nel Comune possono presentare domanda per la concessione")
L("in fida pascolo dei terreni comunali delle localita' Monte Peloso,")
L("Piano della Corte e Difesa, per il periodo 1 maggio - 31 ottobre 2026.")
L()
L("Possono presentare domanda coloro che:")
L("  - siano residenti nel Comune di Sant'Elia a Pianisi;")
L("  - siano titolari di azienda zootecnica con codice aziendale ASL;")
L("  - siano in regola con il pagamento della fida degli anni precedenti;")
L("  - abbiano il bestiame in regola con le profilassi sanitarie.")
L()
L("La domanda, redatta sul modello disponibile presso l'Ufficio Tecnico")
L("comunale, dovra' essere consegnata all'Ufficio Protocollo entro le")
p = L("ore 12,00 del giorno ")
r = p.add_run("10 aprile 2026")
r.underline = True
p.add_run(".")
L()
L("Il corrispettivo della fida e' stabilito in euro 18,00 per capo bovino")
L("ed equino e in euro 3,50 per capo ovino e caprino.")
L()
L("Per informazioni rivolgersi all'Ufficio Tecnico comunale nei giorni di")
L("martedi' e giovedi', dalle ore 9,00 alle ore 12,00.")
L()
L()
L(" " * 40 + "IL SINDACO")
L(" " * 36 + "(Antonio Colabella)")
L()
L()
L("AP/av")
d.core_properties.author = "Ufficio Tecnico"
d.core_properties.title = "avviso fida pascolo 2026"
d.save(OUT)
