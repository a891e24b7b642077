#!/usr/bin/env python3
"""Aci Sant'Antonio, deliberazione della Commissione Straordinaria con i poteri
della Giunta Municipale n. 9 del 17/01/2029: .docx written with python-docx
(Urbi-like layout), exported by LibreOffice. The roll is a table without header
row; the qualifications wrap inside their cells.
Usage: cs09_aci_docx.py OUT.docx CRESTDIR"""
import os
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt, RGBColor

from docx_common import add_field, cell_text, no_borders, para, runs, set_widths, table_borders

out, crestdir = sys.argv[1], sys.argv[2]
doc = Document()
st = doc.styles["Normal"]
st.font.name = "DejaVu Sans"; st.font.size = Pt(9)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(18)
sec.top_margin, sec.bottom_margin = Mm(12), Mm(18)
sec.footer_distance = Mm(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Deliberazione della Commissione Straordinaria con i poteri della Giunta Municipale n. 9 del "
               "17/01/2029\tpag. ")
r.font.size = Pt(6.8); r.font.color.rgb = RGBColor(0x50, 0x50, 0x50)
add_field(fp, "PAGE", Pt(6.8))

t = doc.add_table(rows=1, cols=2)
no_borders(t)
set_widths(t, [Mm(18), Mm(156)])
t.rows[0].cells[0].paragraphs[0].add_run().add_picture(os.path.join(crestdir, "crest_aci.png"), width=Mm(13))
cell_text(t.rows[0].cells[1], "COMUNE DI ACI SANT'ANTONIO", bold=True, size=Pt(14))
p = t.rows[0].cells[1].add_paragraph(); r = p.add_run("Città Metropolitana di Catania"); r.font.size = Pt(9)
para(doc, "", space_after=4)
para(doc, "DELIBERAZIONE DELLA COMMISSIONE STRAORDINARIA", bold=True, size=Pt(11.5), align="c", space_after=0)
para(doc, "con i poteri della Giunta Municipale", size=Pt(10), align="c", space_after=0)
para(doc, "(nominata con D.P.R. del 03/10/2028, ai sensi dell'art. 143 del D.Lgs. n. 267/2000)", size=Pt(7.8),
     align="c", space_after=6)
t = doc.add_table(rows=1, cols=2)
table_borders(t)
set_widths(t, [Mm(30), Mm(40)])
t.alignment = WD_TABLE_ALIGNMENT.RIGHT
cell_text(t.rows[0].cells[0], "N. 9", bold=True, size=Pt(10), align="c")
cell_text(t.rows[0].cells[1], "del 17/01/2029", bold=True, size=Pt(10), align="c")
para(doc, "", space_after=4)
t = doc.add_table(rows=1, cols=2)
table_borders(t, inside=False)
set_widths(t, [Mm(26), Mm(148)])
cell_text(t.rows[0].cells[0], "OGGETTO:", bold=True)
cell_text(t.rows[0].cells[1], "ATTO DI INDIRIZZO PER LA PROSECUZIONE DEL SERVIZIO DI REFEZIONE SCOLASTICA NEL "
                              "PERIODO FEBBRAIO - MAGGIO 2029 E ASSEGNAZIONE DELLE RISORSE AL RESPONSABILE DEL II "
                              "SETTORE", bold=True)
t.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
para(doc, "", space_after=4)

p = para(doc, align="j")
runs(p, [("L'anno ", ""), ("duemilaventinove", "b"), (", il giorno ", ""), ("diciassette", "b"),
         (" del mese di ", ""), ("gennaio", "b"), (", alle ore ", ""), ("13:00", "b"),
         (" e seguenti, nella Casa Comunale, si è riunita la Commissione Straordinaria, nominata con D.P.R. del 3 "
          "ottobre 2028, nelle persone dei Signori:", "")])
roll = [("LO FARO MARIA GRAZIA", "Viceprefetto – Presidente della Commissione Straordinaria", "Presente"),
        ("MIGNECO SALVATORE", "Viceprefetto aggiunto – Componente della Commissione Straordinaria", "Presente"),
        ("CUTRONA ANTONINO", "Funzionario economico-finanziario – Componente della Commissione Straordinaria",
         "Assente")]
t = doc.add_table(rows=len(roll), cols=3)
table_borders(t, sz="4")
set_widths(t, [Mm(52), Mm(80), Mm(24)])
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for row, (n, q, pr) in zip(t.rows, roll):
    cell_text(row.cells[0], n, size=Pt(9))
    cell_text(row.cells[1], q, size=Pt(9))
    cell_text(row.cells[2], pr, size=Pt(9), align="c")
para(doc, "", space_after=3)
para(doc, "Presiede la Dott.ssa Maria Grazia Lo Faro, Presidente della Commissione Straordinaria.", align="j")
para(doc, "Partecipa il Vice Segretario Generale Dott. Alfio Grasso, in sostituzione del Segretario Generale "
          "assente, con funzioni di verbalizzante.", align="j")
para(doc, "LA COMMISSIONE STRAORDINARIA", bold=True, align="c", space_before=4, space_after=5, keep=True)
for lead, rest in [
    ("Vista", " la proposta di deliberazione n. 12 del 14/01/2029, predisposta dal II Settore - Servizi alla "
              "Persona e Pubblica Istruzione, corredata dei pareri di regolarità tecnica e contabile;"),
    ("Premesso", " che il servizio di refezione scolastica in favore degli alunni delle scuole dell'infanzia e "
                 "primarie a tempo prolungato degli Istituti Comprensivi del territorio è affidato in appalto "
                 "fino al 31/01/2029 e che la procedura aperta per il nuovo affidamento triennale, indetta con "
                 "determinazione n. 611 del 28/11/2028, è in corso di svolgimento presso la Centrale Unica di "
                 "Committenza;"),
    ("Considerato", " che occorre garantire la continuità del servizio, essenziale per il diritto allo studio e "
                    "per il funzionamento del tempo scuola, nelle more della conclusione della procedura di gara;"),
    ("Ritenuto", " di fornire al Responsabile del II Settore l'indirizzo di assicurare la prosecuzione del "
                 "servizio mediante proroga tecnica ai sensi dell'art. 120, comma 11, del D.Lgs. 31 marzo 2023, n. "
                 "36, per il periodo 01/02/2029 - 31/05/2029, e di assegnare le relative risorse;"),
    ("Visto", " l'O.R.EE.LL. vigente nella Regione Siciliana;"),
]:
    p = para(doc, align="j"); runs(p, [(lead, "b"), (rest, "")])
para(doc, "Con voti unanimi dei componenti presenti, espressi in forma palese;", align="j")
para(doc, "DELIBERA", bold=True, align="c", space_before=4, space_after=5, keep=True)
for k, s in enumerate([
    "di fornire al Responsabile del II Settore l'indirizzo di garantire la prosecuzione del servizio di refezione "
    "scolastica per il periodo 01/02/2029 - 31/05/2029, alle medesime condizioni del contratto in essere, nelle "
    "more dell'aggiudicazione della nuova procedura di gara;",
    "di assegnare al Responsabile del II Settore la somma di euro 148.600,00, IVA compresa, con imputazione alla "
    "Missione 4, Programma 6, del bilancio di previsione 2029-2031, esercizio 2029;",
    "di dare atto che la quota di contribuzione a carico delle famiglie resta determinata nella misura stabilita "
    "con deliberazione della Commissione Straordinaria con i poteri della Giunta Municipale n. 41 del "
    "12/12/2028.",
], 1):
    p = para(doc, align="j")
    p.paragraph_format.left_indent = Mm(7); p.paragraph_format.first_line_indent = Mm(-7)
    runs(p, [("%d)\t" % k, ""), (s, "")])
para(doc, "Successivamente, con separata votazione unanime, la Commissione Straordinaria dichiara la presente "
          "deliberazione immediatamente esecutiva, ai sensi dell'art. 12, comma 2, della L.R. 3 dicembre 1991, n. "
          "44, stante la scadenza del contratto al 31/01/2029.", align="j", space_before=3)
para(doc, "Letto, approvato e sottoscritto.", space_before=6)
t = doc.add_table(rows=3, cols=2)
no_borders(t)
set_widths(t, [Mm(87), Mm(87)])
cell_text(t.rows[0].cells[0], "LA COMMISSIONE STRAORDINARIA", bold=True, size=Pt(8.8), align="c")
cell_text(t.rows[0].cells[1], "IL VICE SEGRETARIO GENERALE", bold=True, size=Pt(8.8), align="c")
cell_text(t.rows[1].cells[0], "Dott.ssa Maria Grazia Lo Faro", size=Pt(8.8), align="c")
cell_text(t.rows[1].cells[1], "Dott. Alfio Grasso", size=Pt(8.8), align="c")
cell_text(t.rows[2].cells[0], "Dott. Salvatore Migneco", size=Pt(8.8), align="c")
para(doc, "Firme apposte digitalmente ai sensi dell'art. 24 del D.Lgs. 82/2005 (Codice dell'Amministrazione "
          "Digitale).", size=Pt(7.8), align="c", space_before=6)
para(doc, "PARERI (art. 53 L. 142/1990 come recepito dalla L.R. 48/1991 e art. 49 D.Lgs. 267/2000)", bold=True,
     size=Pt(7.8), space_before=6, space_after=1)
para(doc, "Regolarità tecnica: FAVOREVOLE - 14/01/2029 - Il Responsabile del II Settore, Dott.ssa Venera "
          "Musumeci", size=Pt(7.8), space_after=1)
para(doc, "Regolarità contabile: FAVOREVOLE - 15/01/2029 - Il Responsabile del III Settore - Servizi Finanziari e "
          "Tributi, Dott.ssa Agata Nicotra", size=Pt(7.8))
doc.save(out)
