#!/usr/bin/env python3
"""Villafranca Tirrena, Consiglio n. 19/2027: the Kibernetes-like legacy
house style as a pre-printed form (modulo) whose blanks of underscores the
program fills in Courier Bold, a little above each blank's line; the
subject in a framed box; the Presidente's row apart from the councillors'
numbered roll, X typed over the PRES./ASS. blanks. The continuation is
typed plain. fpdf2, core Courier fonts, running foot with the number."""
import sys, re, textwrap
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-cc19-villafrancatirrena-kibernetes.pdf"
CW = 10 * 0.6 * 25.4 / 72  # Courier 10 pt advance in mm
LM = 18
LH = 4.6
W = 80


class Modulo(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("Courier", "", 8)
        self.cell(0, 4, "Comune di Villafranca Tirrena - Delibera C.C. n. 19 del 25/05/2027 - pag. %d/{nb}" % self.page_no(), align="C")


pdf = Modulo(format="A4")
pdf.set_auto_page_break(True, 20)
pdf.set_margins(LM, 14, 14)
pdf.alias_nb_pages()
pdf.set_title("Delibera C.C. n. 19 del 25/05/2027")
pdf.set_author("Comune di Villafranca Tirrena")
pdf.set_creator("Kibernetes - Atti (stampa su modulo)")
pdf.add_page()
y = 14


def line(text, bold=False):
    global y
    assert len(text) <= W, (len(text), text)
    pdf.set_font("Courier", "B" if bold else "", 10)
    pdf.set_xy(LM, y)
    pdf.cell(0, LH, text)
    y += LH
    return text, y - LH


def fill(spec, *values):
    """Fill the blanks of a printed line, in order, with the values."""
    text, ly = spec
    runs = [m.start() for m in re.finditer(r"_{3,}", text)]
    pdf.set_font("Courier", "B", 10)
    for col, v in zip(runs, values):
        if v is None:
            continue
        pdf.set_xy(LM + (col + 1) * CW, ly - 0.8)
        pdf.cell(0, LH, v)


line("COMUNE DI VILLAFRANCA TIRRENA".center(W).rstrip(), bold=True)
line("CITTA' METROPOLITANA DI MESSINA".center(W).rstrip())
line("Via Nazionale, 28 - 98049 Villafranca Tirrena (ME)".center(W).rstrip())
line("=" * W)
line(" VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE                      ORIGINALE")
line("=" * W)
y += 1.5
fill(line(" Deliberazione n. ______ del ______________  Proposta n. ______ del ____________"),
     "19", "25/05/2027", "95", "12/05/2027")
y += 1.5
fill(line(" Settore proponente: __________________________________________________________"),
     "AREA AMMINISTRATIVA - SERVIZI CULTURALI")
line("-" * W)
# subject box
subj = "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'ISTITUZIONE E IL FUNZIONAMENTO DELLA CONSULTA GIOVANILE"
top = y + 0.6
line(" OGGETTO:")
sl = textwrap.wrap(subj, 68)
pdf.set_font("Courier", "B", 10)
for i, s in enumerate(sl):
    pdf.set_xy(LM + 10 * CW, top + i * LH)
    pdf.cell(0, LH, s)
y = top + max(3, len(sl)) * LH + 0.6
pdf.rect(LM + 9.5 * CW, top - 0.4, 70 * CW, max(3, len(sl)) * LH + 0.8)
line("-" * W)
y += 1.5
fill(line(" Sessione _______________  Seduta _______________  Convocazione ______________"),
     "ordinaria", "pubblica", "prima")
y += 2.5
fill(line(" L'anno _________________________, il giorno ___________________ del mese di"),
     "duemilaventisette", "venticinque")
y += 1.5
fill(line(" _____________, alle ore _______, nella sala delle adunanze consiliari, si e'"),
     "maggio", "19,00")
line(" riunito il Consiglio Comunale, convocato con avvisi notificati a norma di legge")
y += 3
fill(line(" PRESIDENTE DEL CONSIGLIO: ______________________________  PRES. ___  ASS. ___"),
     "LO PRESTI ANTONELLA", "X", None)
y += 3
line(" All'appello nominale risultano:")
y += 1
line("  N.  CONSIGLIERE                                   PRES.      ASS.")
roll = [("SIDOTI CARMELO", True), ("CALABRO' DOMENICO", True), ("D'ANDREA GIOVANNI", True),
        ("FAMA' NUNZIATA", True), ("GERMANA' ROSARIO", True), ("IMBESI CATERINA", True),
        ("LA SPADA FRANCESCO", True), ("MILONE ANGELA", True), ("PULEJO SANTI", True),
        ("RUGOLO MARIA", False), ("SCIMONE ANTONINO", False)]
for i, (n, p) in enumerate(roll, 1):
    y += 1.2
    fill(line("  %-2d  ______________________________________    ___        ___" % i),
         n, "X" if p else None, None if p else "X")
y += 3
fill(line(" Totale presenti n. ____      Totale assenti n. ____"), "10", "2")
y += 3
fill(line(" Presiede il ______________________________________________________________"),
     "Presidente del Consiglio Comunale Sig.ra Antonella Lo Presti")
y += 1.5
fill(line(" Partecipa il _____________________________________________________________"),
     "Segretario Generale Dott. Francesco Bonanno")
y += 1.5
fill(line(" Sono altresi' presenti: __________________________________________________"),
     "il Sindaco avv. Giuseppe Cannistra'")
y += 3
line("-" * W)

# continuation typed plain by the program
pdf.set_y(y + 2)
pdf.set_font("Courier", "", 10)


def para(text, indent=0, hang=None):
    for ln in textwrap.wrap(text, W - indent, initial_indent=hang or "", subsequent_indent=" " * len(hang or ""),
                            break_on_hyphens=False):
        pdf.set_x(LM + indent * CW)
        pdf.cell(0, LH, ln, new_x="LMARGIN", new_y="NEXT")


para("Il Presidente, constatato il numero legale, dichiara aperta la seduta e pone in trattazione il punto 2 dell'ordine del giorno.")
pdf.ln(2)
pdf.set_font("Courier", "B", 10)
pdf.cell(0, LH, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Courier", "", 10)
pdf.ln(1)
for p in [
    "VISTA la proposta di deliberazione n. 95 del 12/05/2027 del Responsabile dell'Area Amministrativa, con la quale si propone l'approvazione del Regolamento comunale per l'istituzione e il funzionamento della Consulta giovanile, composto da 15 articoli;",
    "VISTO il parere favorevole espresso dalla I Commissione consiliare permanente nella seduta del 19/05/2027;",
    "VISTI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 53 della L. 142/90, come recepito dalla L.R. 48/91, e dell'art. 12 della L.R. 30/2000;",
    "UDITO l'intervento del Presidente e dei Consiglieri, come da resoconto allegato;",
    "Con la seguente votazione, espressa per alzata di mano: Presenti n. 10 - Votanti n. 10 - Favorevoli n. 10 - Contrari n. 0 - Astenuti n. 0;",
]:
    para(p)
pdf.ln(2)
pdf.set_font("Courier", "B", 10)
pdf.cell(0, LH, "D E L I B E R A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Courier", "", 10)
pdf.ln(1)
para("APPROVARE il Regolamento comunale per l'istituzione e il funzionamento della Consulta giovanile, nel testo allegato alla presente deliberazione per farne parte integrante e sostanziale;", hang="1)  ")
para("DARE ATTO che il Regolamento entrera' in vigore il giorno successivo alla scadenza della pubblicazione all'Albo Pretorio on line e sara' inserito nella sezione Amministrazione Trasparente del sito istituzionale.", hang="2)  ")
pdf.ln(2)
para("La presente deliberazione diverra' esecutiva il decimo giorno dalla sua pubblicazione all'Albo Pretorio on line, ai sensi dell'art. 12, comma 1, della L.R. n. 44/1991.")
pdf.ln(2)
pdf.cell(0, LH, "-" * W, new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, LH, "Letto, approvato e sottoscritto.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.cell(0, LH, "  IL PRESIDENTE            IL CONSIGLIERE ANZIANO     IL SEGRETARIO GENERALE", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, LH, "  F.to A. Lo Presti        F.to C. Sidoti             F.to F. Bonanno", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, LH, "-" * W, new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
