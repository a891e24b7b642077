#!/usr/bin/env python3
"""Falerna (CZ), Giunta Comunale n. 97 del 09/09/2026, as a report engine prints it.

"Asmenet" house style: centred letterhead, a ruled grid with the number,
date, hour and proposal, the subject in a box, the roll as a table with
Presente/Assente columns, signatures side by side at the end, and a foot
naming the act on every page. The text layer is a report engine's: every
glyph placed alone (no space characters), the letterhead and the foot are
Form XObjects reused on both pages, and each page draws foot, signatures
and body before the letterhead (not in reading order).
usage: falerna_giunta_raw.py OUT.pdf
"""
import sys
from rawpdf import Block, Doc, width

out = sys.argv[1]
L, R = 56.7, 538.6
W = R - L
CX = (L + R) / 2

doc = Doc({"Title": "Delibera di Giunta Comunale n. 97 del 09/09/2026",
           "Creator": "Asmenet Calabria - Gestione Atti", "Producer": "Asmenet Report Engine 3.2"})

# letterhead (Form XObject, page-wide, drawn at the top of each page)
lh = Block("glyph")
lh.centred(CX, 78, "COMUNE DI FALERNA", "B", 18, cs=0.8)
lh.centred(CX, 63, "Provincia di Catanzaro", "I", 11)
lh.centred(CX, 50, "Piazza Municipio, 1 - 88042 Falerna (CZ) - Tel. 0968 95010 - "
           "PEC: protocollo.falerna@asmepec.it", "H", 7.5)
lh.line(L, 42, R, 42, 0.8)
lh.line(L, 40, R, 40, 0.3)
doc.form("Intestazione", [0, 0, 595.28, 100], lh)

# foot (Form XObject, same on both pages; the page number is drawn apart)
ft = Block("glyph")
ft.line(L, 40, R, 40, 0.4)
ft.text(L, 29, "Comune di Falerna - Delibera di Giunta Comunale n. 97 del 09/09/2026", "H", 7.5)
ft.text(L, 19, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate",
        "H", 6.5)
doc.form("Piede", [0, 0, 595.28, 50], ft)

# signatures (Form XObject)
sg = Block("glyph")
sg.centred(L + W * 0.25, 40, "IL SINDACO", "B", 10.5)
sg.centred(L + W * 0.25, 26, "F.to avv. Francesco Mazzei", "R", 10.5)
sg.centred(L + W * 0.75, 40, "IL SEGRETARIO COMUNALE", "B", 10.5)
sg.centred(L + W * 0.75, 26, "F.to dott. Giuseppe Stranges", "R", 10.5)
doc.form("Firme", [0, 0, 595.28, 60], sg)

# ---------------- page 1 ----------------
b = Block("glyph")
y = 732
b.centred(CX, y, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "B", 13)
b.right(R, y + 20, "COPIA", "HB", 9)
y -= 16
# grid: number, date, hour / proposal, proposing area
gy = y
rows = [[("Deliberazione n.", "97"), ("Data", "09/09/2026"), ("Ore", "12:30")],
        [("Proposta n.", "104 del 04/09/2026"), ("Area proponente", "Area Amministrativa")]]
rh = 30
b.rect(L, gy - 2 * rh, W, 2 * rh, 0.6)
b.line(L, gy - rh, R, gy - rh, 0.4)
cols0 = [L, L + W * 0.40, L + W * 0.72]
for x in cols0[1:]:
    b.line(x, gy, x, gy - rh, 0.4)
b.line(L + W * 0.40, gy - rh, L + W * 0.40, gy - 2 * rh, 0.4)
for ci, (lab, val) in enumerate(rows[0]):
    b.text(cols0[ci] + 5, gy - 11, lab, "H", 7.5)
    b.text(cols0[ci] + 5, gy - 24, val, "HB", 11)
cols1 = [L, L + W * 0.40]
for ci, (lab, val) in enumerate(rows[1]):
    b.text(cols1[ci] + 5, gy - rh - 11, lab, "H", 7.5)
    b.text(cols1[ci] + 5, gy - rh - 24, val, "HB", 11)
y = gy - 2 * rh - 18
# subject box
subj = ("APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ISTITUTO COMPRENSIVO STATALE PER L'UTILIZZO "
        "DEGLI SCUOLABUS COMUNALI NELL'ANNO SCOLASTICO 2026/2027. ATTO DI INDIRIZZO.")
top = y + 12
b.text(L + 5, y, "OGGETTO:", "B", 11)
y2 = b.para(L + 68, y, W - 74, [(subj, "B")], size=11, lead=13.5, align="L")
b.rect(L, y2 + 6, W, top - (y2 + 6), 0.6)
y = y2 - 12

y = b.para(L, y, W, [("L'anno duemilaventisei, il giorno nove del mese di settembre, alle ore 12:30, nella "
                      "Casa Comunale, convocata nelle forme di legge, si è riunita la Giunta Comunale con "
                      "l'intervento dei Signori:", "R")], size=11, lead=14)
y -= 4
# roll table
tw = [W * 0.46, W * 0.26, W * 0.14, W * 0.14]
tx = [L]
for w_ in tw[:-1]:
    tx.append(tx[-1] + w_)
rowh = 16
roll = [("MAZZEI Francesco", "Sindaco", True), ("GIGLIOTTI Anna Maria", "Vice Sindaco", True),
        ("CARUSO Vincenzo", "Assessore", True), ("FRAGALE Teresa", "Assessore", False),
        ("BEVILACQUA Pietro", "Assessore", True)]
ty = y
nrows = len(roll) + 1
b.rect(L, ty - nrows * rowh, W, nrows * rowh, 0.5)
for i in range(1, nrows):
    b.line(L, ty - i * rowh, R, ty - i * rowh, 0.3)
for x in tx[1:]:
    b.line(x, ty, x, ty - nrows * rowh, 0.3)
for ci, h in enumerate(["Cognome e Nome", "Carica", "Presente", "Assente"]):
    if ci < 2:
        b.text(tx[ci] + 5, ty - 11.5, h, "HB", 9)
    else:
        b.centred(tx[ci] + tw[ci] / 2, ty - 11.5, h, "HB", 9)
for ri, (n, r, p) in enumerate(roll, 1):
    yy = ty - ri * rowh - 11.5
    b.text(tx[0] + 5, yy, n, "R", 10.5)
    b.text(tx[1] + 5, yy, r, "R", 10.5)
    b.centred(tx[2 if p else 3] + tw[2] / 2, yy, "X", "R", 10.5)
y = ty - nrows * rowh - 16
b.text(L, y, "Presenti n. 4", "B", 10.5)
b.text(L + 120, y, "Assenti n. 1", "B", 10.5)
y -= 20
y = b.para(L, y, W, [("Presiede l'avv. Francesco Mazzei, nella sua qualità di Sindaco. Partecipa il "
                      "Segretario Comunale dott. Giuseppe Stranges, incaricato della redazione del verbale. "
                      "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la "
                      "seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.", "R")])
y -= 6
b.centred(CX, y, "LA GIUNTA COMUNALE", "B", 11)
y -= 18
prem = [
    [("Premesso ", "B"), ("che il Comune di Falerna garantisce il servizio di trasporto scolastico per gli "
                          "alunni della scuola dell'infanzia, primaria e secondaria di primo grado residenti "
                          "nelle frazioni e nelle località periferiche del territorio comunale;", "R")],
    [("Considerato ", "B"), ("che l'Istituto Comprensivo Statale ha chiesto, con nota prot. n. 6108 del "
                             "28/08/2026, di poter utilizzare gli scuolabus comunali anche per le uscite "
                             "didattiche programmate nell'anno scolastico 2026/2027, con oneri per carburante "
                             "a carico dell'Istituto;", "R")],
    [("Visto ", "B"), ("lo schema di convenzione predisposto dall'Area Amministrativa, allegato alla "
                       "proposta di deliberazione n. 104 del 04/09/2026 quale parte integrante e "
                       "sostanziale;", "R")],
    [("Visti ", "B"), ("il D.Lgs. 18 agosto 2000, n. 267, e in particolare l'art. 48, nonché lo Statuto "
                       "comunale e il vigente regolamento sull'ordinamento degli uffici e dei servizi;", "R")],
    [("Acquisiti ", "B"), ("i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
                           "dell'art. 49 del D.Lgs. n. 267/2000, riportati in calce;", "R")],
]
for p in prem:
    y = b.para(L, y, W, p) - 3
p1 = b
p1_y_end = y

# ---------------- page 2 ----------------
c = Block("glyph")
y = 732
prem2 = [
    [("Con ", "B"), ("votazione unanime favorevole, espressa nei modi di legge;", "R")],
]
for p in prem2:
    y = c.para(L, y, W, p) - 3
y -= 6
c.centred(CX, y, "DELIBERA", "B", 11.5)
y -= 18
pts = [
    "di approvare lo schema di convenzione tra il Comune di Falerna e l'Istituto Comprensivo Statale "
    "per l'utilizzo degli scuolabus comunali nell'anno scolastico 2026/2027, allegato al presente atto;",
    "di demandare al Responsabile dell'Area Amministrativa la sottoscrizione della convenzione e "
    "l'adozione degli atti gestionali conseguenti, compreso il calendario delle uscite didattiche;",
    "di dare atto che dal presente provvedimento non derivano nuovi oneri a carico del bilancio "
    "comunale, restando a carico dell'Istituto le spese di carburante delle uscite;",
    "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile "
    "ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
]
for i, t in enumerate(pts, 1):
    c.glyphs(L, y, "%d." % i, "R", 11)
    y = c.para(L + 18, y, W - 18, [(t, "R")]) - 3
y -= 10
c.text(L, y, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", "HB", 8.5)
y -= 13
y = c.para(L, y, W, [("Regolarità tecnica: FAVOREVOLE - 04/09/2026 - Il Responsabile dell'Area "
                      "Amministrativa F.to dott.ssa Carmela Cianflone", "H")], size=8.5, lead=11)
y = c.para(L, y, W, [("Regolarità contabile: FAVOREVOLE - 04/09/2026 - Il Responsabile dell'Area "
                      "Economico-Finanziaria F.to rag. Salvatore Perri", "H")], size=8.5, lead=11)
y -= 14
c.text(L, y, "Letto, confermato e sottoscritto.", "R", 11)
sig_y = y - 70
y = sig_y - 26
c.centred(CX, y, "CERTIFICATO DI PUBBLICAZIONE", "B", 10.5)
y -= 16
y = c.para(L, y, W, [("Si attesta che copia della presente deliberazione è pubblicata all'Albo Pretorio "
                      "on line del Comune dal 11/09/2026 per quindici giorni consecutivi ai sensi dell'art. "
                      "124 del D.Lgs. n. 267/2000 ed è comunicata ai capigruppo consiliari con nota prot. "
                      "n. 7790 del 11/09/2026.", "R")], size=10.5, lead=13)
y -= 4
c.text(L, y, "Falerna, 11/09/2026", "R", 10.5)
c.right(R, y, "IL SEGRETARIO COMUNALE - F.to dott. Giuseppe Stranges", "R", 10.5)

for pg, blk in ((1, p1), (2, c)):
    num = Block("glyph")
    num.right(R, 29, "Pag. %d di 2" % pg, "H", 7.5)
    parts = [("form", "Piede", 0, 0), num]
    if pg == 2:
        parts.append(("form", "Firme", 0, sig_y - 10))
    parts += [blk, ("form", "Intestazione", 0, 741.89)]
    doc.page(parts)

doc.save(out)
