#!/usr/bin/env python3
"""Comune di Ardea - decreto dirigenziale on the office's pre-printed form (house style
"Datagraph"): the form's labels and blanks of underscores in Courier, the values typed
over the blanks in Courier Bold by the package's form filler (fpdf2, core fonts): the
office, number, date, the commission's members and the signer over underscores, the
subject in the form's box."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-ardea-datagraph.pdf"
NUM, DATA = "24", "26/10/2027"
LH = 4.6  # line height (mm)
RAISE = 0.9  # typed values sit a little above the rule of underscores


class P(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Courier", "", 7.5)
        self.cell(0, 4, f"COMUNE DI ARDEA - MOD. DEC/01 - DECRETO DIRIGENZIALE N. {NUM} DEL {DATA} - PAG. {self.page_no()}/{{nb}}",
                  align="C")


pdf = P(format="A4")
pdf.set_margins(18, 16, 18)
pdf.set_auto_page_break(True, 20)
pdf.set_title(f"Decreto dirigenziale n. {NUM} del {DATA}")
pdf.set_creator("Datagraph Atti/400 - compilazione modulo")
pdf.add_page()
X0 = 18


def txt(x, y, s, style="", size=10):
    pdf.set_font("Courier", style, size)
    pdf.text(x, y, s)


def blank(x, y, n, value=None, size=10):
    """underscores of the form, the value typed over them"""
    txt(x, y, "_" * n, "", size)
    if value:
        txt(x + 1.2, y - RAISE, value, "B", size)


cw = 6.0  # Courier 10pt char width (mm)
y = 22
pdf.set_font("Courier", "B", 12)
for s in ("C O M U N E   D I   A R D E A",):
    w = pdf.get_string_width(s); txt((210 - w) / 2, y, s, "B", 12)
y += 5
for s in ("CITTA' METROPOLITANA DI ROMA CAPITALE", "Via Garibaldi, 5 - 00040 Ardea (RM)"):
    pdf.set_font("Courier", "", 9)
    w = pdf.get_string_width(s); txt((210 - w) / 2, y, s, "", 9); y += 4
y += 1
txt(X0, y, "=" * 87, "", 8.3); y += 5
# two blank lines of the form for the issuing office
blank(X0 + 20, y, 56, "SETTORE II - RISORSE UMANE E AFFARI GENERALI")
y += 6
blank(X0 + 20, y, 56, "SERVIZIO PERSONALE")
y += 3
txt(X0, y, "=" * 87, "", 8.3); y += 9
s = "D E C R E T O   D I R I G E N Z I A L E"
pdf.set_font("Courier", "B", 12); w = pdf.get_string_width(s); txt((210 - w) / 2, y, s, "B", 12)
y += 8
txt(X0 + 30, y, "N.", "", 10); blank(X0 + 37, y, 8, NUM)
txt(X0 + 70, y, "DEL", "", 10); blank(X0 + 80, y, 14, DATA)
y += 10
subj = ["NOMINA DELLA COMMISSIONE ESAMINATRICE DEL CONCORSO",
        "PUBBLICO, PER ESAMI, PER LA COPERTURA DI N. 3 POSTI DI",
        "ISTRUTTORE AMMINISTRATIVO CONTABILE, AREA DEGLI",
        "ISTRUTTORI, A TEMPO PIENO E INDETERMINATO."]
# the subject goes in the form's box, not over blanks
txt(X0, y, "OGGETTO:", "B", 10)
pdf.set_line_width(0.3)
pdf.rect(X0 + 19, y - 4.5, 174 - 19, 6 * len(subj) + 2.5)
for i, ln in enumerate(subj):
    txt(X0 + 21, y, ln, "B", 10)
    y += 6
y += 6
s = "IL DIRIGENTE DEL SETTORE II"
pdf.set_font("Courier", "B", 10); w = pdf.get_string_width(s); txt((210 - w) / 2, y, s, "B", 10)
y += 6
pdf.set_xy(X0, y)
pdf.set_font("Courier", "", 9.5)
body = [
    "RICHIAMATA la propria determinazione R.G. n. 702 del 09/06/2027 con la quale e' stato "
    "indetto il concorso pubblico, per esami, per la copertura di n. 3 posti di Istruttore "
    "amministrativo contabile, Area degli Istruttori, a tempo pieno e indeterminato, il cui "
    "bando e' stato pubblicato sul Portale InPA dal 16/06/2027 al 16/07/2027;",
    "VISTO il Regolamento comunale sull'accesso agli impieghi, approvato con deliberazione "
    "della Giunta Comunale n. 44 del 21/03/2025, che all'art. 18 attribuisce al Dirigente "
    "del Settore competente in materia di personale la nomina delle commissioni esaminatrici;",
    "VISTI l'art. 35-bis del D.Lgs. 30/03/2001, n. 165, l'art. 9 del D.P.R. 09/05/1994, n. 487, "
    "e l'art. 107 del D.Lgs. 18/08/2000, n. 267;",
    "ACQUISITE le dichiarazioni dei componenti sull'assenza di cause di incompatibilita' e di "
    "conflitto di interessi;",
]
for b in body:
    pdf.multi_cell(174, 4.4, b, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(2)
s = "D E C R E T A"
pdf.set_font("Courier", "B", 10); w = pdf.get_string_width(s)
pdf.text((210 - w) / 2, pdf.get_y() + 3, s)
pdf.ln(8)
pdf.set_font("Courier", "", 9.5)
pdf.multi_cell(174, 4.4, "1) DI NOMINARE la commissione esaminatrice del concorso in oggetto nella seguente "
                         "composizione:", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
y = pdf.get_y() + 3
members = [("PRESIDENTE", "DOTT.SSA ANNA MARIA CIARLA", "DIRIGENTE DEL SETTORE II"),
           ("COMPONENTE", "DOTT. STEFANO VITALE", "FUNZ. CONTABILE, COMUNE DI ANZIO"),
           ("COMPONENTE", "RAG. GIOVANNA PIRAS", "ESPERTA IN CONTABILITA' PUBBLICA"),
           ("SEGRETARIO", "SIG.RA MARTA LOLLI", "ISTRUTTORE AMM.VO, SERV. PERSONALE")]
for role, name, qual in members:
    txt(X0 + 8, y, role + ":", "", 9.5)
    blank(X0 + 32, y, 27, name, 9.5)
    blank(X0 + 95, y, 34, qual, 8.5)
    y += 6
pdf.set_y(y)
pts = [
    "2) DI DARE ATTO che ai componenti esterni spetta il compenso previsto dal D.P.C.M. "
    "24/04/2020, da impegnare con successivo atto, e che nulla spetta ai componenti interni;",
    "3) DI NOTIFICARE il presente decreto ai componenti della commissione e di pubblicarlo sul "
    "Portale InPA e nella sezione Bandi di concorso di Amministrazione Trasparente;",
    "4) DI DISPORRE la pubblicazione del presente decreto all'Albo Pretorio on line per 15 "
    "giorni consecutivi.",
]
pdf.set_font("Courier", "", 9.5)
for p in pts:
    pdf.multi_cell(174, 4.4, p, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(3)
y = pdf.get_y() + 3
txt(X0, y, "ARDEA,", "", 10); blank(X0 + 14, y, 14, DATA)
y += 10
txt(X0 + 92, y, "IL DIRIGENTE DEL SETTORE II", "B", 10)
y += 6
blank(X0 + 92, y, 27, "DOTT.SSA ANNA MARIA CIARLA", 10)
y += 5
txt(X0 + 96, y, "(firmato digitalmente)", "", 8)
pdf.output(OUT)
