#!/usr/bin/env python3
"""Castrolibero, house style "Halley" (legacy): ordinanza of the Area Vigilanza on the
Polizia Municipale's pre-printed form (Mod. PM/07), the blanks of underscores filled in by the
office's program with Courier over them; the subject typed on the form's ruled lines."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-castrolibero-halley.pdf"
W, H = A4
L, R = 56, 540
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Ordinanza Area Vigilanza n. 12/2026"); c.setAuthor("Comune di Castrolibero")
c.setCreator("Halley Modulistica PM")

def crest(x, y):
    c.saveState(); c.translate(x, y)
    p = c.beginPath(); p.moveTo(0, 52); p.lineTo(40, 52); p.lineTo(40, 18); p.curveTo(40, 6, 26, 1, 20, 0)
    p.curveTo(14, 1, 0, 6, 0, 18); p.close()
    c.setFillColor(colors.HexColor("#1f4e9c")); c.setLineWidth(0.7); c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#e9e9e9")); q = c.beginPath(); q.moveTo(7, 14); q.lineTo(20, 40); q.lineTo(33, 14); q.close()
    c.drawPath(q, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#f2c230")); c.circle(20, 45, 3.5, fill=1, stroke=0)
    c.restoreState()

def blank(x, y, n, font="Helvetica", size=10):
    """pre-printed run of n underscores; returns its width"""
    c.setFont(font, size); c.drawString(x, y, "_" * n)
    return stringWidth("_" * n, font, size)

def fill(x, y, text, size=10):
    c.setFont("Courier-Bold", size); c.setFillColor(colors.HexColor("#10106e"))
    c.drawString(x, y + 2, text); c.setFillColor(colors.black)

def pre(x, y, text, font="Helvetica", size=10):
    c.setFont(font, size); c.drawString(x, y, text)
    return x + stringWidth(text, font, size)

# ---- letterhead
crest(L, 752)
c.setFont("Times-Bold", 17); c.drawString(L + 52, 792, "COMUNE DI CASTROLIBERO")
c.setFont("Times-Roman", 10.5); c.drawString(L + 52, 778, "Provincia di Cosenza")
c.setFont("Helvetica-Bold", 9); c.drawString(L + 52, 764, "AREA VIGILANZA - SERVIZIO DI POLIZIA MUNICIPALE")
c.setFont("Helvetica", 7); c.drawRightString(R, 800, "Mod. PM/07 - rev. 2019")
c.setLineWidth(1); c.line(L, 745, R, 745)

# ---- numbers
y = 718
x = pre(L, y, "ORDINANZA N. ", "Helvetica-Bold", 12)
w = blank(x, y, 10, "Helvetica-Bold", 12); fill(x + 18, y, "12", 12)
x = pre(x + w + 6, y, "del ", "Helvetica-Bold", 12)
w = blank(x, y, 14, "Helvetica-Bold", 12); fill(x + 6, y, "26/05/2026", 12)
y = 698
x = pre(L, y, "Registro Generale Ordinanze n. ")
w = blank(x, y, 9); fill(x + 14, y, "29")
x = pre(x + w + 8, y, "Prot. n. ")
w = blank(x, y, 10); fill(x + 8, y, "7342")

# ---- subject on ruled lines
y = 668
pre(L, y, "OGGETTO:", "Helvetica-Bold", 10)
c.setLineWidth(0.5)
for i in range(3):
    c.line(L + 58, y - 2 - i * 16, R, y - 2 - i * 16)
for i, t in enumerate(["REGOLAMENTAZIONE TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA",
                       "IN VIA XX SETTEMBRE E IN PIAZZA MUNICIPIO PER LA PROCESSIONE",
                       "IN ONORE DI SAN GIOVANNI BATTISTA DEL 31 MAGGIO 2026"]):
    fill(L + 60, y - i * 16, t, 9.6)

# ---- body
y = 602
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y, "IL RESPONSABILE DELL'AREA VIGILANZA")
y -= 24
x = pre(L, y, "Vista la richiesta presentata da ")
w = blank(x, y, 52); fill(x + 2, y, "PARROCCHIA S. GIOVANNI BATTISTA", 9.6)
y -= 17
x = pre(L, y, "in data ")
w = blank(x, y, 14); fill(x + 2, y, "18/05/2026", 9.6)
x = pre(x + w + 4, y, ", prot. n. ")
w = blank(x, y, 10); fill(x + 4, y, "7015", 9.6)
x = pre(x + w + 4, y, ", per lo svolgimento di:")
y -= 17
w = blank(L, y, 86); fill(L + 2, y, "PROCESSIONE RELIGIOSA CON BANDA MUSICALE", 9.6)
y -= 17
x = pre(L, y, "che si terra' il giorno ")
w = blank(x, y, 14); fill(x + 2, y, "31/05/2026", 9.6)
x = pre(x + w + 4, y, " dalle ore ")
w = blank(x, y, 8); fill(x + 3, y, "17.00", 9.6)
x = pre(x + w + 4, y, " alle ore ")
w = blank(x, y, 8); fill(x + 3, y, "21.00", 9.6)
x = pre(x + w + 2, y, ";")
y -= 22
for t in ["Ritenuto necessario adottare i provvedimenti di disciplina della circolazione stradale idonei a",
          "garantire la sicurezza dei partecipanti e la regolare fluidita' del traffico veicolare;",
          "Visti gli artt. 5, comma 3, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada)",
          "e il relativo Regolamento di esecuzione approvato con D.P.R. 16 dicembre 1992, n. 495;",
          "Visto l'art. 107 del D.Lgs. 18 agosto 2000, n. 267, e il decreto sindacale di nomina del Responsabile",
          "dell'Area Vigilanza;"]:
    pre(L, y, t); y -= 14
y -= 10
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y, "O R D I N A")
y -= 22
x = pre(L, y, "1.  l'istituzione del DIVIETO DI TRANSITO in ")
w = blank(x, y, 46); fill(x + 2, y, "VIA XX SETTEMBRE", 9.6)
y -= 17
x = pre(L + 16, y, "dalle ore ")
w = blank(x, y, 8); fill(x + 3, y, "16.30", 9.6)
x = pre(x + w + 4, y, " alle ore ")
w = blank(x, y, 8); fill(x + 3, y, "21.30", 9.6)
x = pre(x + w + 4, y, " del giorno ")
w = blank(x, y, 14); fill(x + 2, y, "31/05/2026", 9.6)
pre(x + w + 2, y, ";")
y -= 22
x = pre(L, y, "2.  l'istituzione del DIVIETO DI SOSTA CON RIMOZIONE FORZATA in ")
w = blank(x, y, 30); fill(x + 2, y, "PIAZZA MUNICIPIO", 9.6)
y -= 17
x = pre(L + 16, y, "dalle ore ")
w = blank(x, y, 8); fill(x + 3, y, "14.00", 9.6)
x = pre(x + w + 4, y, " alle ore ")
w = blank(x, y, 8); fill(x + 3, y, "22.00", 9.6)
x = pre(x + w + 4, y, " del giorno ")
w = blank(x, y, 14); fill(x + 2, y, "31/05/2026", 9.6)
pre(x + w + 2, y, ";")
y -= 22
for t in ["3.  che il Servizio Manutenzioni provveda all'apposizione della prescritta segnaletica almeno",
          "     quarantotto ore prima dell'entrata in vigore dei divieti."]:
    pre(L, y, t); y -= 14
y -= 8
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W / 2, y, "AVVERTE"); y -= 16
for t in ["che i divieti non si applicano ai veicoli delle Forze dell'Ordine, di soccorso e di emergenza, e che",
          "avverso la presente ordinanza e' ammesso ricorso al T.A.R. Calabria entro 60 giorni dalla pubblicazione",
          "ovvero, entro lo stesso termine, ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi",
          "dell'art. 37, comma 3, del Codice della Strada."]:
    pre(L, y, t, size=9.5); y -= 13
y -= 18
x = pre(L, y, "Castrolibero, li' ")
w = blank(x, y, 14); fill(x + 2, y, "26/05/2026", 9.6)
c.setFont("Helvetica-Bold", 10); c.drawCentredString(400, y, "IL RESPONSABILE DELL'AREA VIGILANZA")
y -= 18
x = 330
x = pre(x, y, "Comandante ")
w = blank(x, y, 28); fill(x + 2, y, "Cap. Vincenzo Runco", 9.6)
c.setFont("Helvetica", 6.5)
c.drawCentredString(400, y - 12, "(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3 D.Lgs. 39/1993)")
c.setFont("Helvetica", 7); c.line(L, 50, R, 50)
c.drawString(L, 40, "Comune di Castrolibero - Piazza Municipio - 87040 Castrolibero (CS) - Polizia Municipale tel. 0984 858830")
c.showPage(); c.save()
