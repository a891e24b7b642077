#!/usr/bin/env python3
"""Comune di San Giovanni Rotondo - Civilia Next-like print of a
determinazione, written as a report engine writes it: glyphs placed one at a
time, no spaces, justified by positions; the letterhead and the running foot
are Form XObjects drawn after the body; the Albo's publication stamp runs up
the left margin of page 1, rotated."""
import sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rawpdf import Doc, Page

OUT = sys.argv[1] if len(sys.argv) > 1 else "g1.pdf"
RG = "Determinazione R.G. n. 934 del 22/09/2026"
L, R = 62, 540
Wd = R - L

doc = Doc()

# letterhead form: crest and name, top left
lh = Page()
lh.ops.append("q 0.55 0.1 0.12 RG 0.96 0.93 0.86 rg 1.2 w 0 60 m 40 60 l 40 28 l 40 12 28 2 20 0 c "
              "12 2 0 12 0 28 c h B Q")
lh.ops.append("q 0.55 0.1 0.12 rg 8 36 24 5 re f 17 18 6 36 re f Q")
lh.glyphs(50, 44, "COMUNE DI SAN GIOVANNI ROTONDO", "B", 12)
lh.glyphs(50, 30, "Provincia di Foggia", "R", 9.5)
lh.glyphs(50, 18, "Piazza dei Martiri, 1 - 71013 San Giovanni Rotondo (FG)", "R", 7.5)
doc.add_form("Lh", lh, [0, -2, 300, 62])


def foot_form(n, tot):
    f = Page()
    f.line(0, 14, Wd, 14, 0.4)
    f.glyphs(0, 4, RG, "R", 7.5)
    f.right(Wd, 4, "Pag. %d di %d" % (n, tot), "R", 7.5)
    doc.add_form("Ft%d" % n, f, [0, 0, Wd, 16])


TOT = 2
foot_form(1, TOT)
foot_form(2, TOT)

p = Page()
# body first: the registers' box at top right
bx, by, bw, bh = 340, 716, 200, 74
p.rect(bx, by, bw, bh, 0.8)
p.center(by + 60, "DETERMINAZIONE DIRIGENZIALE", "B", 10, bx, bx + bw)
p.glyphs(bx + 8, by + 44, "Registro Generale", "R", 8.5)
p.right(bx + bw - 8, by + 44, "n. 934 del 22/09/2026", "B", 9)
p.glyphs(bx + 8, by + 30, "Registro di Settore", "R", 8.5)
p.right(bx + bw - 8, by + 30, "n. 318 del 21/09/2026", "B", 9)
p.glyphs(bx + 8, by + 16, "Proposta", "R", 8.5)
p.right(bx + bw - 8, by + 16, "n. 1102 del 18/09/2026", "R", 9)
p.line(bx, by + 54, bx + bw, by + 54, 0.5)

y = 690
p.center(y, "SETTORE III \u2013 LAVORI PUBBLICI, PATRIMONIO E AMBIENTE", "B", 11, L, R)
y -= 22
subject = ("SERVIZIO DI RACCOLTA E TRASPORTO DEI RIFIUTI INGOMBRANTI E DEI RAEE CONFERITI PRESSO IL CENTRO "
           "COMUNALE DI RACCOLTA DI VIA FOGGIA. PROROGA TECNICA FINO AL 31/12/2026 E IMPEGNO DI SPESA - "
           "CIG B62D0F4A91")
top = y + 12
p.glyphs(L + 8, y, "Oggetto:", "B", 9.5)
y = p.runs_par(L + 58, y, Wd - 66, [(subject, "B")], size=10, lead=13, justify=False)
p.rect(L, y + 6, Wd, top - (y + 6), 0.9)
y -= 16
p.center(y, "IL DIRIGENTE", "TB", 11, L, R)
y -= 18

paras = [
    [("Premesso", "TB"), (" che con determinazione R.G. n. 1412 del 28/12/2023 \u00e8 stato affidato alla ditta "
     "Ecologica Garganica S.r.l. il servizio di raccolta e trasporto dei rifiuti ingombranti e dei RAEE conferiti "
     "presso il Centro Comunale di Raccolta di via Foggia, per il periodo dal 01/01/2024 al 30/09/2026;", "TR")],
    [("Che", "TB"), (" con deliberazione della Giunta Comunale n. 146 del 30/07/2026 \u00e8 stato approvato il "
     "progetto del nuovo servizio per il triennio 2027-2029 e che la relativa procedura aperta, affidata alla "
     "Stazione Unica Appaltante della Provincia di Foggia, \u00e8 in corso di svolgimento e non potr\u00e0 "
     "concludersi prima della scadenza del contratto in essere;", "TR")],
    [("Considerato", "TB"), (" che il servizio \u00e8 essenziale per la tutela dell'igiene e della salute "
     "pubblica e non pu\u00f2 essere interrotto, e che l'art. 120, comma 11, del D.Lgs. 31 marzo 2023, n. 36, "
     "consente la proroga del contratto per il tempo strettamente necessario alla conclusione della procedura "
     "di individuazione del nuovo contraente, agli stessi prezzi, patti e condizioni;", "TR")],
    [("Dato atto", "TB"), (" che la ditta Ecologica Garganica S.r.l., con nota acquisita al protocollo n. 27340 "
     "del 15/09/2026, ha accettato la proroga fino al 31/12/2026 al canone mensile di \u20ac 7.850,00 oltre IVA "
     "al 10%, per complessivi \u20ac 25.905,00 nel trimestre;", "TR")],
    [("Visti", "TB"), (" il D.Lgs. 18 agosto 2000, n. 267, in particolare gli artt. 107, 147-bis e 183; il D.Lgs. "
     "3 aprile 2006, n. 152; il vigente Regolamento di contabilit\u00e0; il decreto sindacale n. 14 del "
     "02/07/2025 di conferimento dell'incarico di direzione del Settore III;", "TR")],
]
for runs in paras:
    y = p.runs_par(L, y, Wd, runs, size=10.5, lead=13.6)
    y -= 4
y -= 4
p.center(y, "D E T E R M I N A", "TB", 11, L, R)
y -= 18
points = [
    "di prorogare, ai sensi dell'art. 120, comma 11, del D.Lgs. 36/2023, il servizio di raccolta e trasporto dei "
    "rifiuti ingombranti e dei RAEE conferiti presso il Centro Comunale di Raccolta di via Foggia, affidato alla "
    "ditta Ecologica Garganica S.r.l., dal 01/10/2026 al 31/12/2026, agli stessi patti e condizioni del contratto "
    "in essere;",
    "di impegnare la somma complessiva di \u20ac 25.905,00, IVA compresa, al capitolo 1726/5 \u201cServizio di "
    "raccolta rifiuti ingombranti\u201d del Bilancio 2026-2028, esercizio 2026;",
    "di dare atto che il codice identificativo di gara (CIG) della proroga \u00e8 B62D0F4A91;",
]
pg2_points = [
    "di dare atto che il responsabile unico del progetto \u00e8 il geom. Leonardo Siena, in servizio presso il "
    "Servizio Ambiente e Igiene Urbana;",
    "di trasmettere il presente atto al Settore II \u2013 Servizi Finanziari per l'apposizione del visto di "
    "regolarit\u00e0 contabile attestante la copertura finanziaria, ai sensi dell'art. 183, comma 7, del "
    "D.Lgs. 267/2000.",
]
for i, t in enumerate(points + pg2_points, 1):
    p.glyphs(L, y, "%d." % i, "TR", 10.5)
    y = p.runs_par(L + 18, y, Wd - 18, [(t, "TR")], size=10.5, lead=13.6)
    y -= 3

# publication stamp, rotated, in the left margin
p.ops.append("q 0.15 0.25 0.6 RG 0.8 w 30 250 16 400 re S Q")
p.ops.append("q 0.15 0.25 0.6 rg")
p.glyphs(41.5, 256, "PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 23/09/2026 AL 08/10/2026 - N. REG. PUBBL. 2871",
         "B", 7, rot=True)
p.ops.append("Q")
# the repeated blocks come last in the stream
p.form("Lh", L, 738)
p.form("Ft1", L, 40)
doc.add_page(p)

p = Page()
y = 770
cxl, cxr = L + 100, R - 110
p.center(y, "IL RESPONSABILE DEL PROCEDIMENTO", "TB", 10, cxl - 110, cxl + 110)
p.center(y, "IL DIRIGENTE DEL SETTORE III", "TB", 10, cxr - 110, cxr + 110)
y -= 13
p.center(y, "Servizio Ambiente e Igiene Urbana", "TR", 10, cxl - 110, cxl + 110)
p.center(y, "ing. Michele Cascavilla", "TR", 10, cxr - 110, cxr + 110)
y -= 13
p.center(y, "geom. Leonardo Siena", "TR", 10, cxl - 110, cxl + 110)
p.center(y, "(firmato digitalmente)", "TI", 9, cxr - 110, cxr + 110)
y -= 50
p.line(L, y + 14, R, y + 14, 0.5)
p.center(y, "VISTO DI REGOLARIT\u00c0 CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", "B", 10, L, R)
y -= 16
p.center(y, "(art. 183, comma 7, D.Lgs. 267/2000)", "R", 8.5, L, R)
y -= 20
cols = [L, L + 70, L + 150, L + 240, L + 330]
hdr = ["Esercizio", "Capitolo", "Impegno", "Importo", "Creditore"]
row = ["2026", "1726/5", "1587/2026", "\u20ac 25.905,00", "Ecologica Garganica S.r.l."]
for x, h in zip(cols, hdr):
    p.glyphs(x + 3, y, h, "B", 9)
p.rect(L, y - 20, Wd, 32, 0.5)
p.line(L, y - 5, R, y - 5, 0.4)
y -= 16
for x, v in zip(cols, row):
    p.glyphs(x + 3, y, v, "R", 9)
y -= 28
y = p.runs_par(L, y, Wd, [("Si esprime parere favorevole di regolarit\u00e0 contabile e si attesta la copertura "
                           "finanziaria della spesa. San Giovanni Rotondo, 22/09/2026.", "TR")], size=10.5)
y -= 16
p.center(y, "IL DIRIGENTE DEL SETTORE II \u2013 SERVIZI FINANZIARI", "TB", 10, cxr - 150, cxr + 110)
y -= 13
p.center(y, "dott.ssa Raffaella Crisetti", "TR", 10, cxr - 150, cxr + 110)
y -= 13
p.center(y, "(firmato digitalmente)", "TI", 9, cxr - 150, cxr + 110)
p.form("Ft2", L, 40)
doc.add_page(p)

doc.save(OUT, {"Title": "Determinazione R.G. 934/2026", "Author": "Comune di San Giovanni Rotondo",
               "Creator": "Civilia Next - Atti amministrativi", "Producer": "Civilia Next PDF Report Engine 4.2"})
