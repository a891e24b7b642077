#!/usr/bin/env python3
"""Comune di Fumane, G.C. n. 8 del 22/01/2029 - content streams written by hand with pikepdf.
Sicraweb-like report-engine print: letterhead (vector crest) as a Form XObject painted on
every page, number and date in a box at the top right, roll table with P / A columns,
no declaration of immediate executivity."""
import sys

from pk_flow import Flow
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
fl = Flow(left=56, right=539, top=700, bottom=72)

# ---- letterhead form (crest drawn with paths, name, rule)
head = []
head.append(b"q 0.2 G 1.2 w 0.96 g 58 800 m 94 800 l 94 778 l 94 762 80 752 76 750 c 72 752 58 762 58 778 c h B Q")
head.append(b"q 0.18 0.35 0.63 rg 59 789 34 10 re f Q")
head.append(b"q 0.95 0.76 0 rg 73 792 m 79 792 l 79 796 l 73 796 l h f Q")
head.append(b"q 0.24 0.48 0.24 rg 64 764 m 72 782 l 77 774 l 82 784 l 89 764 l h f Q")
head.append(b"BT /F2 15 Tf 1 0 0 1 104 784 Tm (COMUNE DI FUMANE) Tj ET")
head.append(b"BT /F1 8.5 Tf 1 0 0 1 104 772 Tm (PROVINCIA DI VERONA) Tj ET")
head.append(b"q 0.18 0.35 0.63 RG 1.2 w 56 742 m 539 742 l S Q")
HEAD = b"\n".join(head)

# ---- box with number and date (first page only)
fl.rect(389, 706, 150, 32, lw=0.8)
fl.rect(389, 726, 150, 12, lw=0.8, fill=0.9)
fl.text(396, 729, "DELIBERAZIONE GIUNTA COMUNALE", "Helvetica-Bold", 7.5)
fl.text(396, 712, "N. 8", "Helvetica-Bold", 11)
fl.text(452, 712, "del 22/01/2029", "Helvetica-Bold", 11)
fl.text(56, 722, "VERBALE DI DELIBERAZIONE", "Helvetica-Bold", 12)
fl.text(56, 710, "DELLA GIUNTA COMUNALE", "Helvetica-Bold", 12)
fl.y = 694

# ---- oggetto
subj = ("ESERCIZIO PROVVISORIO 2029 - ASSEGNAZIONE PROVVISORIA DELLE RISORSE FINANZIARIE AI RESPONSABILI "
        "DELLE AREE")
lines = fl.wrap(subj, 539 - 56 - 66, "Helvetica-Bold", 10)
h = 8 + 13 * len(lines)
fl.rect(56, fl.y - h, 483, h, lw=0.8)
yy = fl.y - 4
fl.text(62, yy - 10, "OGGETTO:", "Helvetica-Bold", 10)
for ws in lines:
    yy -= 13
    fl.text(122, yy + 3, " ".join(ws), "Helvetica-Bold", 10)
fl.y -= h + 4
fl.text(56, fl.y - 10, "Proposta n. 10 del 19/01/2029", "Helvetica", 8.5)
fl.text(230, fl.y - 10, "Proponente: Area Economico-Finanziaria", "Helvetica", 8.5)
fl.y -= 22

fl.para("L'anno 2029, il giorno 22 del mese di gennaio alle ore 17:30, nella sala delle adunanze della Sede Municipale, "
        "a seguito di convocazione disposta dal Sindaco, si è riunita la Giunta Comunale con la presenza dei Signori:")
fl.space(4)

# ---- roll table
cols = [(56, "Nominativo"), (236, "Carica"), (396, "P"), (446, "A")]
rows = [("BENEDETTI Stefano", "Sindaco", "X", ""),
        ("CAMPOSTRINI Laura", "Vicesindaco", "X", ""),
        ("RIGHETTI Marco", "Assessore", "X", ""),
        ("VANTINI Giulia", "Assessore", "", "X"),
        ("LONARDI Davide", "Assessore esterno", "X", "")]
x_end = 496
rh = 14
top = fl.y
fl.rect(56, top - rh, x_end - 56, rh, lw=0.5, fill=0.9)
for x, lab in cols:
    if lab in ("P", "A"):
        fl.text(x + 21, top - 10.5, lab, "Helvetica-Bold", 9)
    else:
        fl.text(x + 5, top - 10.5, lab, "Helvetica-Bold", 9)
y = top - rh
for r in rows:
    y -= rh
    fl.text(61, y + 3.5, r[0], "Helvetica", 9.5)
    fl.text(241, y + 3.5, r[1], "Helvetica", 9.5)
    fl.text(417, y + 3.5, r[2], "Helvetica", 9.5)
    fl.text(467, y + 3.5, r[3], "Helvetica", 9.5)
for i in range(len(rows) + 2):
    fl.line(56, top - i * rh, x_end, top - i * rh, w=0.5)
for x in (56, 236, 396, 446, x_end):
    fl.line(x, top, x, y, w=0.5)
fl.y = y - 14
fl.text(300, fl.y, "Totale presenti: 4", "Helvetica-Bold", 9)
fl.text(400, fl.y, "Totale assenti: 1", "Helvetica-Bold", 9)
fl.space(8)

fl.para("Partecipa il Segretario Comunale in convenzione Dott.ssa Chiara Tommasini, che provvede alla redazione del "
        "presente verbale.")
fl.para("Il Sig. Stefano Benedetti, in qualità di Sindaco, assume la presidenza e, constatato il numero legale degli "
        "intervenuti, dichiara aperta la seduta e invita la Giunta Comunale a deliberare sull'oggetto sopra indicato.")
fl.space(4)
fl.para("LA GIUNTA COMUNALE", "Helvetica-Bold", align="center", after=5)
for s in [
    "Vista la proposta di deliberazione n. 10 del 19/01/2029 presentata dall'Area Economico-Finanziaria;",
    "Premesso che con decreto del Ministro dell'Interno del 18 dicembre 2028 il termine per la deliberazione del bilancio "
    "di previsione 2029-2031 degli enti locali è stato differito al 28 febbraio 2029 e che, ai sensi dell'art. 163, comma 3, "
    "del D.Lgs. n. 267/2000, è conseguentemente autorizzato l'esercizio provvisorio;",
    "Considerato che nel corso dell'esercizio provvisorio gli enti gestiscono gli stanziamenti di competenza dell'ultimo "
    "bilancio approvato per l'esercizio cui si riferisce la gestione provvisoria, nei limiti dei dodicesimi previsti "
    "dall'art. 163, comma 5, del D.Lgs. n. 267/2000;",
    "Richiamata la deliberazione della Giunta Comunale n. 4 del 16/01/2028, di approvazione del Piano esecutivo di "
    "gestione 2028-2030, e ritenuto di assegnare provvisoriamente ai Responsabili delle Aree le dotazioni finanziarie "
    "dell'annualità 2029 del medesimo Piano, fino all'approvazione del nuovo PEG;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile dell'Area "
    "Economico-Finanziaria ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "Con voti unanimi favorevoli espressi in forma palese;",
]:
    fl.para(s)
fl.space(2)
fl.para("D E L I B E R A", "Helvetica-Bold", align="center", after=5)
for i, s in enumerate([
    "di assegnare in via provvisoria ai Responsabili delle Aree, per il periodo dell'esercizio provvisorio 2029, le "
    "risorse finanziarie di cui all'annualità 2029 del Piano esecutivo di gestione 2028-2030, come riepilogate nel "
    "prospetto allegato sub A);",
    "di autorizzare i Responsabili ad assumere impegni di spesa nei limiti previsti dall'art. 163, commi 3 e 5, del "
    "D.Lgs. n. 267/2000, con esclusione delle spese non frazionabili e di quelle tassativamente regolate dalla legge;",
    "di dare atto che l'assegnazione cesserà di avere efficacia con l'approvazione del Piano esecutivo di gestione "
    "2029-2031.",
], 1):
    fl.para(s, hang=("%d." % i, 16), indent=6)
fl.space(10)
fl.need(70)
fl.para("Letto, confermato e sottoscritto.", after=10)
y0 = fl.y
for x, a, b in ((150, "IL SINDACO", "Stefano Benedetti"), (400, "IL SEGRETARIO COMUNALE", "Dott.ssa Chiara Tommasini")):
    fl.text(x - stringWidth(a, "Helvetica", 9.5) / 2, y0 - 10, a, "Helvetica", 9.5)
    fl.text(x - stringWidth(b, "Helvetica", 9.5) / 2, y0 - 23, b, "Helvetica", 9.5)
    c = "(firmato digitalmente)"
    fl.text(x - stringWidth(c, "Helvetica-Oblique", 8) / 2, y0 - 35, c, "Helvetica-Oblique", 8)
fl.y = y0 - 50
fl.need(110)
fl.line(56, fl.y, 539, fl.y, w=0.5, gray=0.5)
fl.space(2)
fl.para("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", "Helvetica-Bold", 8.5, 11)
fl.para("Si esprime parere favorevole in ordine alla regolarità tecnica e contabile. Fumane, 19/01/2029 - Il Responsabile "
        "dell'Area Economico-Finanziaria, Rag. Silvia Bonomi", "Helvetica", 8.5, 11)
fl.space(2)
fl.para("CERTIFICATO DI PUBBLICAZIONE ED ESECUTIVITA'", "Helvetica-Bold", 8.5, 11)
fl.para("La presente deliberazione viene pubblicata all'Albo Pretorio on line per quindici giorni consecutivi dal "
        "24/01/2029 e diverrà esecutiva decorsi dieci giorni dalla pubblicazione, ai sensi dell'art. 134, comma 3, del "
        "D.Lgs. n. 267/2000.", "Helvetica", 8.5, 11)

# ---- running foot
n = len(fl.pages)
for i, ops in enumerate(fl.pages, 1):
    fl.ops = ops
    fl.line(56, 48, 539, 48, w=0.4, gray=0.4)
    fl.text(56, 38, "Comune di Fumane - Verbale di deliberazione della Giunta Comunale", "Helvetica", 7)
    s = "Pagina %d di %d" % (i, n)
    fl.text(539 - stringWidth(s, "Helvetica", 7), 38, s, "Helvetica", 7)

fl.write(out, producer="iText 2.1.7 by 1T3XT", creator="JasperReports (DeliberaGiunta_verbale)",
         title="Deliberazione G.C. n. 8 del 22/01/2029", forms={"Head": HEAD}, form_on_every_page="Head")
