#!/usr/bin/env python3
"""Falerna (CZ), attestazione di pubblicazione of determinazione R.G. n. 412 del 11/09/2026.

"Asmenet" house style: the letterhead (Form XObject), the title letter-spaced
with Tc, a ruled grid with the publication register and the act's data, the
act's subject in a box, the text justified by word spacing (Tw) on whole
lines, the signature block (Form XObject) on the right. The page draws the
signatures first and the letterhead last.
usage: falerna_attestazione_raw.py OUT.pdf
"""
import sys
from rawpdf import Block, Doc, width

out = sys.argv[1]
L, R = 56.7, 538.6
W = R - L
CX = (L + R) / 2

doc = Doc({"Title": "Attestazione di pubblicazione - Reg. n. 842/2026",
           "Creator": "Asmenet Calabria - Albo Pretorio on line", "Producer": "Asmenet Report Engine 3.2"})

lh = Block("tw")
lh.string(CX - width("COMUNE DI FALERNA", "B", 18) / 2 - 6.4, 78, "COMUNE DI FALERNA", "B", 18, tc=0.8)
lh.centred(CX, 63, "Provincia di Catanzaro", "I", 11)
lh.centred(CX, 50, "Piazza Municipio, 1 - 88042 Falerna (CZ) - Tel. 0968 95010 - "
           "PEC: protocollo.falerna@asmepec.it", "H", 7.5)
lh.line(L, 42, R, 42, 0.8)
lh.line(L, 40, R, 40, 0.3)
doc.form("Intestazione", [0, 0, 595.28, 100], lh)

sg = Block("tw")
sx = L + W * 0.72
sg.centred(sx, 52, "IL RESPONSABILE DEL SERVIZIO", "B", 10.5)
sg.centred(sx, 39, "ALBO PRETORIO ON LINE", "B", 10.5)
sg.centred(sx, 24, "F.to Francesca Volpe", "R", 10.5)
doc.form("Firma", [0, 0, 595.28, 70], sg)

b = Block("tw")
y = 728
title = "ATTESTAZIONE DI PUBBLICAZIONE"
cs = 3.0
tw_ = width(title, "B", 14) + cs * (len(title) - 1)
b.string(CX - tw_ / 2, y, title, "B", 14, tc=cs)
y -= 16
b.centred(CX, y, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della L. 18 giugno 2009, n. 69)", "I", 9)
y -= 22

# grid: register / affixed / removal
rh = 28
cols = [L, L + W / 3, L + 2 * W / 3]
b.rect(L, y - 2 * rh, W, 2 * rh, 0.6)
b.line(L, y - rh, R, y - rh, 0.4)
for x in cols[1:]:
    b.line(x, y, x, y - 2 * rh, 0.4)
cells = [[("Registro pubblicazioni n.", "842"), ("Data di affissione", "11/09/2026"), ("Fine pubblicazione", "26/09/2026")],
         [("Tipo di atto", "Determinazione"), ("Numero Registro Generale", "412"), ("Data dell'atto", "11/09/2026")]]
for ri, row in enumerate(cells):
    for ci, (lab, val) in enumerate(row):
        b.text(cols[ci] + 5, y - ri * rh - 10, lab, "H", 7.5)
        b.text(cols[ci] + 5, y - ri * rh - 22, val, "HB", 10.5)
y -= 2 * rh + 8
b.text(L, y - 4, "Area emittente:", "H", 8.5)
b.text(L + 70, y - 4, "Area Amministrativa - Servizio Pubblica Istruzione", "H", 8.5)
y -= 24
subj = ("SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2026/2027. AFFIDAMENTO DEL SERVIZIO DI ASSISTENZA E "
        "SORVEGLIANZA SUGLI SCUOLABUS ALLA COOPERATIVA SOCIALE \"IL GIRASOLE\" DI LAMEZIA TERME. "
        "IMPEGNO DI SPESA. CIG B5C9D30F17.")
top = y + 13
b.text(L + 5, y, "OGGETTO:", "B", 10.5)
y2 = b.para(L + 66, y, W - 72, [(subj, "B")], size=10.5, lead=13, align="L")
b.rect(L, y2 + 5, W, top - (y2 + 5), 0.6)
y = y2 - 18

y = b.para(L, y, W, [("Il sottoscritto Responsabile del Servizio Albo Pretorio on line, visti gli atti "
                      "d'ufficio, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, e "
                      "dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69,", "R")], size=11, lead=15)
y -= 8
b.centred(CX, y, "ATTESTA", "B", 11.5, cs=2.5)
y -= 20
y = b.para(L, y, W, [("che la determinazione sopra indicata è stata pubblicata all'Albo Pretorio on line "
                      "del Comune di Falerna, accessibile dal sito istituzionale www.comune.falerna.cz.it, "
                      "in data 11/09/2026, con il numero 842 del registro delle pubblicazioni, e vi "
                      "rimarrà affissa per quindici giorni consecutivi, fino al 26/09/2026 compreso.", "R")],
           size=11, lead=15)
y -= 6
y = b.para(L, y, W, [("La presente attestazione è rilasciata per gli usi consentiti dalla legge e sarà "
                      "integrata, al termine del periodo di pubblicazione, con la certificazione di "
                      "avvenuta pubblicazione senza opposizioni.", "R")], size=11, lead=15)
y -= 14
b.text(L, y, "Falerna, 11/09/2026", "R", 11)
sig_y = y - 80

ft = Block("tw")
ft.line(L, 40, R, 40, 0.4)
ft.string(L, 29, "Comune di Falerna - Albo Pretorio on line - Registro pubblicazioni n. 842/2026", "H", 7.5)
ft.string(R - width("Pag. 1 di 1", "H", 7.5), 29, "Pag. 1 di 1", "H", 7.5)

doc.page([("form", "Firma", 0, sig_y), ft, b, ("form", "Intestazione", 0, 741.89)])
doc.save(out)
