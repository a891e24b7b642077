#!/usr/bin/env python3
"""Comune di Chiaramonti - determinazione del Settore Amministrativo - Socio Culturale (house style "Sipal").

A pre-printed model (labels and blanks of underscores, Courier) is drawn by ReportLab; the
package then types the values and the text over it in a second pass, merged with pikepdf as
an overlay, so the text layer holds every label first and every value after. Typed values
stand 1.5 pt above the underscores. The subject is typed over three blank lines and the
package breaks words at the end of a blank with a hyphen.
Usage: c3_det_amministrativa_chiaramonti.py OUT.pdf TMPDIR
"""
import sys
import os
import textwrap
import pikepdf
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4

OUT, TMP = sys.argv[1], sys.argv[2]
W, H = A4
LM = 56
FS = 10
CW = 6.0            # Courier 10: 6 pt a character
LEAD = 13.0

model = canvas.Canvas(os.path.join(TMP, "model.pdf"), pagesize=A4)
fill = canvas.Canvas(os.path.join(TMP, "fill.pdf"), pagesize=A4)
for cv in (model, fill):
    cv.setTitle("Determinazione n. 118 del 19/06/2028")
    cv.setAuthor("Comune di Chiaramonti")
    cv.setCreator("Sipal - Atti amministrativi (modello)")


def lab(x, y, s, bold=False, size=FS):
    model.setFont("Courier-Bold" if bold else "Courier", size)
    model.drawString(x, y, s)


def blank(x, y, n):
    model.setFont("Courier", FS)
    model.drawString(x, y, "_" * n)


def typ(x, y, s, bold=False):
    fill.setFont("Courier-Bold" if bold else "Courier", FS)
    fill.drawString(x, y + 1.5, s)


def col(n):
    return LM + n * CW


y = H - 56
lab(LM, y, "=" * 80)
y -= 14
model.setFont("Courier-Bold", 12); model.drawCentredString(W / 2, y, "COMUNE DI CHIARAMONTI")
y -= 13
model.setFont("Courier-Bold", 10); model.drawCentredString(W / 2, y, "PROVINCIA DI SASSARI")
y -= 12
model.setFont("Courier", 9); model.drawCentredString(W / 2, y, "Via Roma, 2 - 07030 Chiaramonti (SS) - Tel. 079 569092")
y -= 12
lab(LM, y, "=" * 80)
y -= 20
model.setFont("Courier-Bold", 11); model.drawCentredString(W / 2, y, "SETTORE AMMINISTRATIVO - SOCIO CULTURALE")
y -= 20
lab(LM, y, "Servizio/Ufficio:")
blank(col(18), y, 62)
typ(col(19), y, "Pubblica Istruzione e Trasporto Scolastico")
y -= 22
lab(LM, y, "DETERMINAZIONE N.", bold=True)
blank(col(18), y, 8)
typ(col(20), y, "118", bold=True)
lab(col(27), y, "DEL", bold=True)
blank(col(31), y, 12)
typ(col(32), y, "19/06/2028", bold=True)
lab(col(45), y, "(Registro Generale)")
y -= LEAD + 3
lab(LM, y, "Determinazione di Settore n.")
blank(col(29), y, 7)
typ(col(31), y, "33")
lab(col(37), y, "del")
blank(col(41), y, 12)
typ(col(42), y, "18/06/2028")
y -= 24
subj = ["Servizio di trasporto scolastico e assistenza sullo scuolabus per l'an-",
        "no scolastico 2028/2029. Determina a contrarre e prenotazione di impe-",
        "gno di spesa."]
lab(LM, y, "OGGETTO:", bold=True)
for i, s in enumerate(subj):
    blank(col(9), y, 71)
    typ(col(9), y, s, bold=True)
    y -= LEAD + 3
y -= 8
model.setFont("Courier-Bold", 10.5); model.drawCentredString(W / 2, y, "IL RESPONSABILE DEL SETTORE")
y -= 20

body = [
    "VISTO il decreto sindacale n. 6 del 09/01/2028, con il quale la sottoscritta e' stata nominata "
    "Responsabile del Settore Amministrativo - Socio Culturale;",
    "PREMESSO che il contratto in corso per il servizio di trasporto scolastico scade il 30/06/2028 e che "
    "occorre garantire il servizio agli alunni della scuola dell'infanzia, primaria e secondaria di primo grado "
    "residenti nell'agro e nelle case sparse del territorio comunale;",
    "CONSIDERATO che l'importo stimato del servizio per l'anno scolastico 2028/2029 ammonta a euro 48.600,00 "
    "oltre IVA al 10% e che si procedera' mediante procedura negoziata ai sensi dell'art. 50, comma 1, lett. e), "
    "del D.Lgs. n. 36/2023, sulla piattaforma telematica SardegnaCAT, con invito ad almeno cinque operatori;",
    "VISTI il capitolato speciale d'appalto e lo schema di lettera di invito predisposti dall'ufficio;",
    "VISTI il D.Lgs. n. 267/2000 e il vigente Regolamento comunale di contabilita';",
]
for p in body:
    for ln in textwrap.wrap(p, 80):
        typ(LM, y, ln)
        y -= LEAD
    y -= 4
y -= 4
model.setFont("Courier-Bold", 10.5); model.drawCentredString(W / 2, y, "D E T E R M I N A")
y -= 18
pts = [
    "di indire la procedura negoziata per l'affidamento del servizio di trasporto scolastico e assistenza "
    "sullo scuolabus per l'anno scolastico 2028/2029, con il criterio dell'offerta economicamente piu' vantaggiosa;",
    "di approvare il capitolato speciale d'appalto e lo schema di lettera di invito, allegati al presente atto;",
    "di prenotare l'impegno di spesa di euro 53.460,00, IVA compresa, al capitolo 4510 del bilancio di "
    "previsione 2028/2030, esercizi 2028 e 2029;",
    "di dare atto che il Responsabile unico del progetto e' la sottoscritta dott.ssa Paola Spanu.",
]
for i, p in enumerate(pts, 1):
    lines = textwrap.wrap(p, 76)
    typ(LM, y, "%d) %s" % (i, lines[0]))
    y -= LEAD
    for ln in lines[1:]:
        typ(col(4), y, ln)
        y -= LEAD
    y -= 3
y -= 14
lab(LM, y, "Chiaramonti, li'")
blank(col(17), y, 13)
typ(col(18), y, "18/06/2028")
lab(col(42), y, "IL RESPONSABILE DEL SETTORE")
y -= 22
blank(col(38), y, 36)
typ(col(41), y, "F.to dott.ssa Paola Spanu")
y -= 26
model.setLineWidth(0.7)
model.rect(LM - 4, y - 64, 80 * CW + 8, 78)
lab(LM, y, "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", bold=True)
y -= 16
lab(LM, y, "Prenotazione d'impegno n.")
blank(col(26), y, 12)
typ(col(27), y, "77/2028")
lab(col(40), y, "cap.")
blank(col(45), y, 10)
typ(col(46), y, "4510")
y -= 18
lab(LM, y, "Chiaramonti, li'")
blank(col(17), y, 13)
typ(col(18), y, "19/06/2028")
lab(col(37), y, "IL RESPONSABILE DEL SETTORE FINANZIARIO")
y -= 20
blank(col(38), y, 36)
typ(col(40), y, "F.to rag. Caterina Marras")
y -= 32
lab(LM, y, "Pubblicata all'Albo Pretorio on line dal")
blank(col(41), y, 12)
typ(col(42), y, "20/06/2028")
lab(col(54), y, "al")
blank(col(57), y, 12)
typ(col(58), y, "05/07/2028")
y -= 16
lab(LM, y, "Reg. pubbl. n.")
blank(col(15), y, 8)
typ(col(16), y, "402")
model.setFont("Courier", 8)
model.drawString(LM, 40, "Mod. DET-01 rev. 3")
model.save()
fill.save()

base = pikepdf.open(os.path.join(TMP, "model.pdf"))
over = pikepdf.open(os.path.join(TMP, "fill.pdf"))
base.pages[0].add_overlay(over.pages[0])
base.save(OUT)
