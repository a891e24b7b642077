#!/usr/bin/env python3
"""Comune di Monterotondo Marittimo, G.C. n. 1 del 11/01/2029 - the Comune's Word template
(python-docx), exported by LibreOffice. The number and date are printed only in the footer;
roll in two sentences, the assessore esterno attending from remote."""
import sys

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from monterotondo_docx import new_document, para

out = sys.argv[1]
doc = new_document("Deliberazione G.C. n. 1 del 11/01/2029")
C = WD_ALIGN_PARAGRAPH.CENTER

para(doc, "ORIGINALE", align=WD_ALIGN_PARAGRAPH.RIGHT, size=8, italic=True)
para(doc, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, align=C, size=12, before=4)
p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(8)
p.paragraph_format.left_indent = Cm(2.3)
p.paragraph_format.first_line_indent = Cm(-2.3)
p.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = p.add_run("Oggetto:\t"); r.bold = True
p.paragraph_format.tab_stops.add_tab_stop(Cm(2.3))
r = p.add_run("Destinazione dei proventi delle sanzioni amministrative pecuniarie per violazioni al Codice della "
              "Strada (art. 208 D.Lgs. 285/1992) - Anno 2029.")
r.bold = True

for s in [
    "L'anno duemilaventinove, il giorno undici del mese di gennaio, alle ore 9,30, nella Sede Comunale, si è "
    "riunita la Giunta Comunale, convocata nei modi di legge.",
    "Sono presenti: il Sindaco Simone Bartalucci, il Vicesindaco Elisa Guerrini e l'Assessore esterno Fabio "
    "Niccolini, quest'ultimo presente da remoto in videoconferenza ai sensi dell'art. 6 del Regolamento per lo "
    "svolgimento delle sedute della Giunta in modalità telematica.",
    "Sono assenti: nessuno.",
    "Presiede il Sindaco, Dott. Simone Bartalucci, che, riconosciuto il numero legale, dichiara aperta la seduta.",
    "Partecipa il Segretario Comunale Dott. Alessandro Pieraccini, che cura la verbalizzazione.",
]:
    para(doc, s, before=3)

para(doc, "LA GIUNTA COMUNALE", bold=True, align=C, before=8)
for s in [
    "Vista la proposta di deliberazione n. 1 del 08/01/2029 predisposta dal Servizio Polizia Municipale;",
    "Visto l'art. 208 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada), il quale dispone, ai commi 4 "
    "e 5, che una quota pari al 50 per cento dei proventi delle sanzioni amministrative pecuniarie spettanti agli "
    "enti locali sia destinata a interventi di sostituzione, ammodernamento e manutenzione della segnaletica, al "
    "potenziamento delle attività di controllo e ad altre finalità connesse al miglioramento della sicurezza "
    "stradale, e che la Giunta determini annualmente le quote da destinare a tali finalità;",
    "Dato atto che per l'esercizio 2029 è stimata un'entrata per sanzioni al Codice della Strada pari a € 6.000,00, "
    "al netto del fondo crediti di dubbia esigibilità;",
    "Ritenuto di destinare la quota vincolata di € 3.000,00 secondo la ripartizione indicata nel dispositivo;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "Con voti unanimi, espressi in forma palese, compreso quello dell'Assessore collegato in videoconferenza;",
]:
    para(doc, s)

para(doc, "DELIBERA", bold=True, align=C, before=6)
for s in [
    "di stimare in € 6.000,00 i proventi delle sanzioni amministrative pecuniarie per violazioni al Codice della "
    "Strada per l'anno 2029;",
    "di destinare la quota del 50 per cento, pari a € 3.000,00, come segue: € 1.000,00 alla manutenzione e al "
    "rinnovo della segnaletica stradale; € 1.000,00 al potenziamento delle attività di controllo; € 1.000,00 alla "
    "manutenzione delle strade comunali e delle barriere di sicurezza;",
    "di dare atto che il presente provvedimento costituisce allegato al bilancio di previsione 2029-2031;",
    "di trasmettere la presente al Servizio Finanziario per gli adempimenti conseguenti.",
]:
    p = doc.add_paragraph(s, style="List Number")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.runs[0].font.size = Pt(9.5)

para(doc, "Successivamente, la Giunta Comunale, con separata votazione unanime, dichiara il presente atto "
          "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante la necessità "
          "di procedere alla predisposizione del bilancio di previsione.", before=6)

para(doc, "Letto, approvato e sottoscritto.", before=12)
t = doc.add_table(rows=2, cols=2)
for i, row in enumerate([("Il Sindaco", "Il Segretario Comunale"),
                         ("Dott. Simone Bartalucci", "Dott. Alessandro Pieraccini")]):
    for cell, txt in zip(t.rows[i].cells, row):
        cp = cell.paragraphs[0]; cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cp.add_run(txt)
para(doc, "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", align=C, size=7.5, italic=True, before=4)

para(doc, "CERTIFICATO DI PUBBLICAZIONE", bold=True, align=C, size=9, before=18)
para(doc, "Il sottoscritto Segretario Comunale certifica che copia della presente deliberazione è pubblicata "
          "all'Albo Pretorio on line di questo Comune dal 14/01/2029 per quindici giorni consecutivi (reg. n. 19) "
          "e contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. n. 267/2000.",
     size=8.5)
para(doc, "ESECUTIVITÀ", bold=True, align=C, size=9, before=8)
para(doc, "La presente deliberazione è divenuta esecutiva il giorno 11/01/2029, essendo stata dichiarata "
          "immediatamente eseguibile (art. 134, comma 4, del D.Lgs. n. 267/2000).", size=8.5)
para(doc, "Il Segretario Comunale - Dott. Alessandro Pieraccini", align=WD_ALIGN_PARAGRAPH.RIGHT, size=8.5, before=4)

doc.save(out)
