"""Decreto del Sindaco Metropolitano - Città Metropolitana di Roma Capitale.
Dedagroup-like layout: a Word template (python-docx) exported to PDF by LibreOffice."""
import sys
from docxutil import *

out = sys.argv[1] if len(sys.argv) > 1 else "02_cmroma.docx"
d = new_doc(font="Times New Roman", size=11.5, margins=(2.2, 2.0, 2.2, 2.2))
sec = d.sections[0]
sec.header_distance = Cm(1.0); sec.footer_distance = Cm(1.0)

h = sec.header
hp = h.paragraphs[0]; hp.alignment = C
run(hp, "CITTÀ METROPOLITANA DI ROMA CAPITALE", bold=True, size=14)
hp2 = h.add_paragraph(); hp2.alignment = C
run(hp2, "Palazzo Valentini – Via IV Novembre, 119/A – 00187 Roma", size=8.5, italic=True)
bottom_border(hp2)

f = sec.footer
fp = f.paragraphs[0]; fp.alignment = R
run(fp, "Decreto del Sindaco Metropolitano n. 47 del 18/03/2026 – pag. ", size=8)
field(fp, "PAGE", size=8); run(fp, " di ", size=8); field(fp, "NUMPAGES", size=8)

para(d, "", after=4)
t = d.add_table(rows=3, cols=2)
cell_borders(t, 8)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.columns[0].width = Cm(8.3); t.columns[1].width = Cm(8.3)
m = t.cell(0, 0).merge(t.cell(0, 1))
cell_text(m, "DECRETO DEL SINDACO METROPOLITANO", bold=True, size=13, align=C)
shade(m, "E7E6E6")
cell_text(t.cell(1, 0), "N. 47 del 18/03/2026", bold=True, size=11.5, align=C)
cell_text(t.cell(1, 1), "Proposta n. 52 del 11/03/2026", size=11.5, align=C)
m2 = t.cell(2, 0).merge(t.cell(2, 1))
p = cell_text(m2, "Proponente: ", bold=True, size=10.5)
run(p, "DIPARTIMENTO III - AMBIENTE E TUTELA DEL TERRITORIO", size=10.5)

para(d, "", after=6)
p = para(d, "", align=J, after=8)
run(p, "OGGETTO: ", bold=True)
run(p, "Approvazione dello schema di Accordo di collaborazione, ai sensi dell'art. 15 della Legge 7 agosto 1990, n. 241, tra la Città metropolitana di Roma Capitale e l'Università degli Studi di Roma “Tor Vergata” per il monitoraggio della qualità dell'aria negli istituti scolastici di competenza metropolitana – anni 2026-2027.", bold=True)

para(d, "IL SINDACO METROPOLITANO", align=C, bold=True, after=8, before=4)

body = [
 ("Visti", " la Legge 7 aprile 2014, n. 56, recante “Disposizioni sulle città metropolitane, sulle province, sulle unioni e fusioni di comuni”, e lo Statuto della Città metropolitana di Roma Capitale;"),
 ("Visto", " il D.Lgs. 18 agosto 2000, n. 267, per quanto compatibile;"),
 ("Visto", " l'art. 15 della Legge 7 agosto 1990, n. 241, che consente alle amministrazioni pubbliche di concludere tra loro accordi per disciplinare lo svolgimento in collaborazione di attività di interesse comune;"),
 ("Premesso che", " la Città metropolitana di Roma Capitale esercita, ai sensi dell'art. 1, comma 85, della Legge n. 56/2014, le funzioni in materia di edilizia scolastica relative agli istituti di istruzione secondaria di secondo grado e di tutela e valorizzazione dell'ambiente;"),
 ("Considerato che", " l'Università degli Studi di Roma “Tor Vergata”, con nota acquisita al protocollo CMRC-2026-0041187 del 24/02/2026, ha manifestato la disponibilità a svolgere, a titolo di collaborazione istituzionale, una campagna di misurazione della qualità dell'aria indoor in n. 24 istituti scolastici metropolitani, con la sola copertura dei costi vivi;"),
 ("Ritenuto", " di approvare lo schema di Accordo allegato al presente decreto quale parte integrante e sostanziale, che prevede un rimborso dei costi sostenuti dall'Università fino a un massimo di € 48.000,00 per l'intero biennio;"),
 ("Preso atto che", " il Dirigente del Servizio 2 “Tutela aria ed energia” del Dipartimento III, dott. ing. Claudio Petrangeli, ha espresso parere favorevole di regolarità tecnica ai sensi dell'art. 49 del D.Lgs. n. 267/2000;"),
 ("Preso atto che", " il Ragioniere Generale ha espresso parere favorevole di regolarità contabile;"),
 ("Preso atto che", " il Direttore del Dipartimento III, dott.ssa Valeria Minicucci, ha apposto il visto di conformità agli indirizzi programmatici dell'Ente;"),
 ("Preso atto che", " il Segretario Generale non ha rilevato vizi di legittimità;"),
]
for a, b in body:
    p = para(d, "", align=J, after=5)
    run(p, a, bold=True); run(p, b)

para(d, "DECRETA", align=C, bold=True, after=8, before=6, keep=True)
points = [
 "di approvare lo schema di Accordo di collaborazione tra la Città metropolitana di Roma Capitale e l'Università degli Studi di Roma “Tor Vergata” per il monitoraggio della qualità dell'aria negli istituti scolastici di competenza metropolitana, allegato al presente decreto quale parte integrante e sostanziale (Allegato A);",
 "di dare atto che la spesa complessiva massima di € 48.000,00 trova copertura per € 24.000,00 sul capitolo 103245 del bilancio di previsione 2026 e per € 24.000,00 sul medesimo capitolo del bilancio 2027;",
 "di demandare al Direttore del Dipartimento III la sottoscrizione dell'Accordo e l'adozione di tutti gli atti gestionali conseguenti;",
 "di stabilire che l'Accordo abbia durata dalla data di sottoscrizione al 31 dicembre 2027;",
 "di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e nella sezione “Amministrazione Trasparente” del sito istituzionale.",
]
for i, s in enumerate(points, 1):
    p = para(d, "", align=J, after=4, indent=0.75, first=-0.75)
    run(p, f"{i}.\t{s}")

para(d, "Il presente decreto è immediatamente eseguibile.", align=J, before=6, after=14)

t2 = d.add_table(rows=1, cols=2)
cell_text(t2.cell(0, 0), "", size=11)
cell_text(t2.cell(0, 1), "IL SINDACO METROPOLITANO\nAndrea Ferracuti", align=C, size=11.5)
para(d, "", after=10)
para(d, "Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate.", align=L, size=8.5, italic=True)

d.save(out)
