# -*- coding: utf-8 -*-
"""C4: Consiglio di Amministrazione n. 17 of COVAR 14 on the consortium's
pre-printed minute form (MOD. CDA/01) in the same 80-column Courier house
style: the form is drawn first with its blanks of underscores, and the
values are then printed over the blanks, slightly raised, as an overlay;
the subject is typed in the form's ruled box
(ReportLab).  usage: c4_form.py out.pdf"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from content import D, it_date

d = D["C4"]
out = sys.argv[1]
W, H = A4
CW = 6.0            # Courier 10: 6 pt a column
X0, LEAD = 58, 12.6
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("MOD. CDA/01 - Deliberazione CdA n. %d/2027" % d["number"])
c.setCreator("Datagraph Atti - modulistica")

form = []   # (row, col, text) of the pre-printed form
fill = []   # (row, col, text) of the overlay
row = [0]


def F(text="", col=0):
    form.append((row[0], col, text))


def nl(n=1):
    row[0] += n


def blank(col, n):
    form.append((row[0], col, "_" * n))
    return col


def V(col, text, r=None):
    fill.append((row[0] if r is None else r, col, text))


F("=" * 80); nl()
F("C.O.V.A.R. 14 - CONSORZIO VALORIZZAZIONE RIFIUTI 14"); nl()
F("Via Cagliero, 3/I - 10041 CARIGNANO (TO)     C.F. 94052430012 P.IVA 07813640014"); nl()
F("=" * 80); nl(2)
F("VERBALE DI DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE".center(80).rstrip()); nl()
F("MOD. CDA/01 rev. 3".rjust(80)); nl(2)
F("DELIBERAZIONE N."); blank(17, 8); V(19, "%d" % d["number"])
F("SEDUTA DEL", 48); blank(59, 14); V(61, it_date(d["date"])); nl(2)
F("ORA DI INIZIO"); blank(14, 7); V(15, d["time"])
F("LUOGO", 25); blank(31, 42); V(32, "SEDE CONSORTILE DI CARIGNANO"); nl(2)
F("OGGETTO:")
# the subject goes in a ruled box of three lines, typed by the overlay
import textwrap
sl = textwrap.wrap(d["subject"], 69)
box_row = row[0]
for s in sl + [""] * (3 - len(sl)):
    if s:
        V(10, s)
    nl()
nl()
F("COMPONENTI                      CARICA                PRESENTE    ASSENTE"); nl()
F("-" * 74); nl()
for r in d["roll"]:
    F("%-31s %-21s" % (r["name"], r["role"]))
    F("[   ]", 55); F("[   ]", 66)
    V(57 if r["present"] else 68, "X")
    nl()
nl()
F("PRESENTI N."); blank(12, 4); V(13, "%d" % sum(r["present"] for r in d["roll"]))
F("ASSENTI N.", 20); blank(31, 4); V(32, "%d" % sum(not r["present"] for r in d["roll"])); nl(2)
F("PRESIEDE:"); blank(10, 70); V(11, "Sig. Paolo RISSONE, Presidente"); nl(2)
F("VERBALIZZA:"); blank(12, 68); V(13, "Dott. Piero GRIBAUDO, Direttore"); nl(2)
F("IL CONSIGLIO DI AMMINISTRAZIONE".center(80).rstrip()); nl(2)
for p in d["premesse"]:
    for l in textwrap.wrap(p, 80):
        F(l); nl()
nl()
F("VOTAZIONE:  PRESENTI"); blank(21, 4); V(22, "3")
F("FAVOREVOLI", 27); blank(38, 4); V(39, "3")
F("CONTRARI", 44); blank(53, 4); V(54, "0")
F("ASTENUTI", 59); blank(68, 4); V(69, "0"); nl(2)
F("ESITO: [   ] UNANIMITA'   [   ] MAGGIORANZA"); V(9, "X"); nl(2)
F("D E L I B E R A".center(80).rstrip()); nl(2)
for i, p in enumerate(d["points"], 1):
    ls = textwrap.wrap(p, 76)
    F("%d)" % i)
    for j, l in enumerate(ls):
        F(l, 4); nl()
    nl()
F("[   ] DICHIARATA IMMEDIATAMENTE ESEGUIBILE (ART. 134, C. 4, D.LGS. 267/2000)"); V(2, "X"); nl()
F("[   ] ESECUTIVA DECORSI 10 GG. DALLA PUBBLICAZIONE (ART. 134, C. 3)"); nl(2)
F("LETTO, CONFERMATO E SOTTOSCRITTO"); nl(2)
F("IL PRESIDENTE", 6); F("IL VERBALIZZANTE", 48); nl(2)
F("F.to"); blank(5, 30); V(6, "Paolo RISSONE")
F("F.to", 42); blank(47, 30); V(48, "Piero GRIBAUDO"); nl(2)
F("-" * 80); nl()
F("PUBBLICATA ALL'ALBO ON LINE DAL"); blank(32, 12); V(33, "23/04/2027")
F("AL", 46); blank(49, 12); V(50, "08/05/2027")
F("N. REG.", 63); blank(71, 6); V(72, "318"); nl()

top = H - 64
c.setLineWidth(0.6)
c.rect(X0 + 9 * CW - 2, top - (box_row + 2) * LEAD - 4, 71 * CW + 4, 3 * LEAD + 2, stroke=1, fill=0)
c.setFont("Courier", 10)
for r, col, text in form:
    c.drawString(X0 + col * CW, top - r * LEAD, text)
# the overlay, printed in a second pass, 1.8 pt above the blanks' baseline
c.setFont("Courier-Bold", 10)
for r, col, text in fill:
    c.drawString(X0 + col * CW, top - r * LEAD + 1.8, text)
c.setFont("Courier", 7)
c.drawString(X0, 36, "Datagraph Atti - modulo CDA/01 compilato il 21/04/2027 ore 12:14 - pagina 1 di 1")
c.showPage()
c.save()
