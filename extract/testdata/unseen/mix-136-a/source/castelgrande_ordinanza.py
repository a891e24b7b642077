#!/usr/bin/env python3
"""Comune di Castelgrande - Ordinanza sindacale n. 31 del 13/12/2028.

The same legacy package's letter module (Saga-like), printed by fpdf2 in the
core Courier font: the letterhead of rules and spaced capitals the reports carry,
paragraphs justified by word spacing (Tw), the headings IL SINDACO / ORDINA /
DISPONE letter-spaced by character spacing (Tc).
"""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-castelgrande-saga.pdf"


class Doc(FPDF):
    def footer(self):
        self.set_y(-16)
        self.set_font("Courier", "", 8)
        self.cell(0, 4, "-" * 104, align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "COMUNE DI CASTELGRANDE - ORDINANZA N. 31/2028 - PAG. %d DI {nb}"
                  % self.page_no(), align="R")


pdf = Doc(format="A4", unit="mm")
pdf.set_margins(20, 16, 20)
pdf.set_auto_page_break(True, 22)
pdf.set_creator("castelgrande_ordinanza.py (fpdf2, Saga-like letter module)")
pdf.set_title("Ordinanza sindacale n. 31 del 13/12/2028")
pdf.set_author("Comune di Castelgrande")
pdf.add_page()
TW = 170


def line(t="", style="", size=10, align="L", h=4.6, spacing=0.0):
    pdf.set_font("Courier", style, size)
    pdf.set_char_spacing(spacing)
    pdf.cell(TW, h, t, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)


def para(t, indent=0.0, h=4.7, after=2.2, style="", label=None):
    pdf.set_font("Courier", style, 10)
    if label:
        pdf.cell(indent, h, label)
        pdf.set_x(20 + indent)
    elif indent:
        pdf.set_x(20 + indent)
    pdf.multi_cell(TW - indent, h, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


RULE = "=" * 80
line(RULE, size=10)
line("C O M U N E   D I   C A S T E L G R A N D E", "B", 11, "C", 5.2)
line("PROVINCIA DI POTENZA", "", 10, "C")
line("Piazza Municipio, 1 - 85050 Castelgrande (PZ) - C.F. 80002370765", "", 9, "C")
line(RULE, size=10)
pdf.ln(5)
line("ORDINANZA SINDACALE", "B", 11.5, "C", 6, spacing=1.2)
pdf.ln(1)
line("N. 31 DEL 13/12/2028", "B", 10.5)
line("-" * 80)
pdf.set_font("Courier", "B", 10)
pdf.cell(22, 4.7, "OGGETTO:")
pdf.multi_cell(TW - 22, 4.7, "CHIUSURA DEI PLESSI SCOLASTICI DI OGNI ORDINE E GRADO PER IL GIORNO "
               "14 DICEMBRE 2028 A CAUSA DELLE AVVERSE CONDIZIONI METEOROLOGICHE.",
               align="L", new_x="LMARGIN", new_y="NEXT")
line("-" * 80)
pdf.ln(4)
line("IL SINDACO", "B", 11, "C", 6, spacing=2.4)
pdf.ln(2)
for t in [
    "VISTO l'avviso di criticità per condizioni meteorologiche avverse emesso in data "
    "13/12/2028 dal Centro Funzionale Decentrato della Protezione Civile della Regione "
    "Basilicata, che prevede per le successive 24-36 ore nevicate diffuse al di sopra dei 600 "
    "metri, con accumuli abbondanti, e gelate notturne;",
    "CONSIDERATO che il centro abitato, situato a circa 950 metri di altitudine, e le strade "
    "di accesso al territorio comunale sono interessati da precipitazioni nevose in atto e da "
    "formazione di ghiaccio, che rendono difficoltosa e pericolosa la circolazione dei mezzi, "
    "compresi quelli adibiti al trasporto scolastico;",
    "SENTITI il Dirigente scolastico dell'Istituto Comprensivo competente e il Responsabile "
    "del Settore Tecnico, il quale ha comunicato che i mezzi comunali sono impegnati senza "
    "interruzione nelle operazioni di sgombero neve e spargimento sale;",
    "RITENUTO necessario, a tutela dell'incolumità degli alunni, del personale scolastico e "
    "degli autisti, disporre la chiusura dei plessi scolastici per la giornata di domani;",
    "VISTI l'art. 50, comma 5, e l'art. 54 del D.Lgs. 18 agosto 2000, n. 267, nonché il "
    "D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile);",
]:
    para(t)
pdf.ln(1)
line("ORDINA", "B", 11, "C", 6, spacing=2.4)
pdf.ln(2)
para("la chiusura dei plessi scolastici di ogni ordine e grado presenti sul territorio comunale "
     "(scuola dell'infanzia, scuola primaria e scuola secondaria di primo grado) per l'intera "
     "giornata di giovedì 14 dicembre 2028;", indent=9, label="1)")
para("la sospensione, per la medesima giornata, del servizio di trasporto scolastico e del "
     "servizio di refezione scolastica.", indent=9, label="2)")
pdf.ln(1)
line("DISPONE", "B", 11, "C", 6, spacing=2.4)
pdf.ln(2)
para("che la presente ordinanza sia resa nota mediante pubblicazione all'Albo Pretorio on line "
     "e sul sito istituzionale del Comune e sia trasmessa al Dirigente scolastico, alla "
     "Prefettura - Ufficio Territoriale del Governo di Potenza, al Comando Stazione Carabinieri "
     "e al Settore Tecnico comunale.")
para("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Basilicata entro 60 giorni "
     "dalla pubblicazione, o ricorso straordinario al Presidente della Repubblica entro 120 "
     "giorni.")
pdf.ln(4)
line("Castelgrande, lì 13/12/2028")
pdf.ln(6)
pdf.set_x(110)
pdf.set_font("Courier", "B", 10)
pdf.cell(80, 5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Courier", "", 10)
pdf.cell(80, 5, "F.to ROCCO CANTISANI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Courier", "", 8)
pdf.multi_cell(TW, 3.8, "Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, "
               "del D.Lgs. 39/1993. L'originale è depositato presso l'Ufficio Segreteria.",
               align="L")
pdf.output(OUT)
