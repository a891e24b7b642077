"""Decreto del Presidente, Ente Parco Naturale Regionale dei Monti Aurunci: a Word template (docx)."""
import sys
from docx.shared import Pt, Cm, RGBColor
from docxutil import *

d = new_doc("Times New Roman", 12, (2.2, 2.2, 2.4, 2.5))
sec = d.sections[0]
# header: two-cell table, green name, address
h = sec.header
hp = h.paragraphs[0]
r = run(hp, "ENTE PARCO NATURALE REGIONALE DEI MONTI AURUNCI", bold=True, size=13)
r.font.color.rgb = RGBColor(0x1e, 0x5a, 0x2b)
hp.alignment = 1
p = para(h, "Istituito con L.R. Lazio 6 ottobre 1997, n. 29 – Sede: Piazza Municipio, 1 – 04020 Campodimele (LT)", size=8.5, align="c")
p2 = para(h, "parcoaurunci@regione.lazio.legalmail.it – C.F. 90031560590", size=8.5, align="c", space_after=2)
bottom_rule(p2, 12, "1E5A2B")
f = sec.footer
fp = f.paragraphs[0]; fp.alignment = 1
run(fp, "Decreto del Presidente n. 5 del 28/01/2026 – Pagina ", size=8.5); field(fp, "PAGE", 8.5)
run(fp, " di ", size=8.5); field(fp, "NUMPAGES", 8.5)

para(d, "")
para(d, "DECRETO DEL PRESIDENTE", bold=True, size=15, align="c", space_after=0)
para(d, "N. 5 DEL 28/01/2026", bold=True, size=13, align="c", space_after=12)
t = d.add_table(rows=1, cols=2)
t.autofit = False
c0, c1 = t.rows[0].cells
set_widths(t, (2.9, 13.4))
c0.paragraphs[0].add_run("OGGETTO:").bold = True
run(c1.paragraphs[0], "Nomina del Responsabile della Prevenzione della Corruzione e della Trasparenza (RPCT) dell’Ente Parco ai sensi dell’art. 1, comma 7, della legge 6 novembre 2012, n. 190.", bold=True)
c1.paragraphs[0].alignment = 3
para(d, "")
para(d, "IL PRESIDENTE", bold=True, align="c", space_after=8)
body = [
 ("VISTA", " la legge regionale 6 ottobre 1997, n. 29, recante “Norme in materia di aree naturali protette regionali”, e successive modificazioni;"),
 ("VISTO", " lo Statuto dell’Ente Parco, approvato con deliberazione della Giunta Regionale del Lazio e, in particolare, l’articolo che attribuisce al Presidente la legale rappresentanza dell’Ente;"),
 ("VISTO", " il decreto del Presidente della Regione Lazio con il quale il sottoscritto è stato nominato Presidente dell’Ente Parco Naturale Regionale dei Monti Aurunci;"),
 ("VISTA", " la legge 6 novembre 2012, n. 190, e in particolare l’art. 1, comma 7, il quale dispone che l’organo di indirizzo individui, di norma tra i dirigenti di ruolo in servizio, il Responsabile della prevenzione della corruzione e della trasparenza;"),
 ("VISTO", " il decreto legislativo 14 marzo 2013, n. 33, in materia di obblighi di pubblicità, trasparenza e diffusione di informazioni;"),
 ("CONSIDERATO", " che, a seguito del collocamento a riposo del precedente Responsabile a far data dal 1° gennaio 2026, l’incarico risulta vacante e che occorre provvedere tempestivamente alla nomina, anche in vista dell’approvazione della sezione “Rischi corruttivi e trasparenza” del PIAO 2026-2028 entro il 31 gennaio 2026;"),
 ("RITENUTO", " di individuare quale RPCT il dott. Antonio Saccoccio, funzionario di elevata qualificazione responsabile del Servizio Amministrativo, in possesso delle necessarie competenze e privo di incarichi incompatibili con la funzione;"),
 ("ACQUISITA", " la dichiarazione di insussistenza di cause di inconferibilità e incompatibilità resa dall’interessato ai sensi dell’art. 20 del D.Lgs. 39/2013;"),
]
for a, b in body:
    p = para(d, align="j", space_after=5); run(p, a, bold=True); run(p, b)
para(d, "DECRETA", bold=True, align="c", space_after=8)
pts = [
 "di nominare il dott. Antonio Saccoccio, funzionario dell’Ente, Responsabile della Prevenzione della Corruzione e della Trasparenza dell’Ente Parco Naturale Regionale dei Monti Aurunci, con decorrenza dalla data del presente decreto e fino a diversa determinazione;",
 "di dare atto che al Responsabile sono attribuite le funzioni previste dalla legge 190/2012 e dal D.Lgs. 33/2013 e che allo stesso non spetta alcun compenso aggiuntivo;",
 "di trasmettere il presente decreto all’interessato, al Direttore e all’Autorità Nazionale Anticorruzione, mediante l’apposito modulo on line;",
 "di disporre la pubblicazione del presente decreto all’Albo on line e nella sezione “Amministrazione trasparente – Altri contenuti – Prevenzione della corruzione” del sito istituzionale.",
]
for i, t_ in enumerate(pts, 1):
    p = para(d, align="j", space_after=4, indent=0.8, first=-0.8); run(p, f"{i}.\t{t_}")
para(d, "")
para(d, "Campodimele, 28 gennaio 2026", space_after=14)
para(d, "IL PRESIDENTE", bold=True, align="r", space_after=0)
para(d, "Dott. Luciano Forte", align="r", space_after=0)
para(d, "(firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005)", italic=True, size=9, align="r")
para(d, "")
t = d.add_table(rows=1, cols=1); c = t.rows[0].cells[0]; cell_borders(c)
c.paragraphs[0].add_run("PUBBLICAZIONE").bold = True
para(c, "Il presente decreto è pubblicato all’Albo on line dell’Ente dal 29/01/2026 al 13/02/2026, n. 38 del registro delle pubblicazioni.", size=10)
para(c, "L’addetto alla pubblicazione – Sig.ra Maria Grazia Ruggiero", size=10)
d.save(sys.argv[1])
