"""Comune di Ghilarza, convocazione del Consiglio Comunale (prot. 1432 del 16/02/2026) - Siscom-like letter (docx)."""
from docx_common import *
from logo import crest

logo = crest("logo-ghilarza.png", field=(200, 160, 40), charge=(160, 20, 30), variant=0)
doc = new_doc("Liberation Sans", 10.5, margins=(1.6, 1.6, 2.4, 2.0))
sec = doc.sections[0]
t = sec.header.add_table(rows=1, cols=2, width=Cm(16.6)); no_borders(t)
t.cell(0, 0).paragraphs[0].add_run().add_picture(logo, width=Cm(1.3))
cell_text(t.cell(0, 1), "**Comune di Ghilarza**", size=15, font="DejaVu Serif")
p = t.cell(0, 1).add_paragraph(); runs(p, "^^Provincia di Oristano^^", size=9.5)
p = t.cell(0, 1).add_paragraph(); runs(p, "Corso Umberto I, 255 – 09074 Ghilarza (OR) – Tel. 0785 561 600", size=8)
bottom_rule(p, 8, "8A6D1E")
set_col_widths(t, [2.0, 14.6])
fp = sec.footer.paragraphs[0]; fp.alignment = C
r = fp.add_run("PEC: protocollo@pec.comune.ghilarza.or.it – "); r.font.size = Pt(7.5)
page_x_of_y(fp, prefix="Pag. ", size=7.5)

para(doc, "", space_after=4)
t = doc.add_table(rows=1, cols=2); no_borders(t)
cell_text(t.cell(0, 0), "Prot. n. 1432\nGhilarza, 16/02/2026", size=10)
c = t.cell(0, 1)
cell_text(c, "Ai Consiglieri Comunali\n__LORO SEDI__", size=10)
for x in ["Al Revisore dei Conti\nDott. Pierpaolo Serra", "Al Prefetto di Oristano", "Al Comandante della Stazione Carabinieri di Ghilarza", "All'Albo Pretorio on line – SEDE"]:
    q = c.add_paragraph(); q.paragraph_format.space_before = Pt(4); runs(q, x.split("\n")[0], size=10)
    for ln in x.split("\n")[1:]:
        q = c.add_paragraph(); runs(q, ln, size=10)
set_col_widths(t, [8.3, 8.3])

p = para(doc, "", space_before=16, space_after=10)
runs(p, "**OGGETTO: Convocazione del Consiglio Comunale in seduta ordinaria.**")
para(doc, "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e degli artt. 12 e 13 del vigente Regolamento per il funzionamento del Consiglio Comunale, si comunica che il **Consiglio Comunale** è convocato in sessione ordinaria, in seduta pubblica di prima convocazione, per il giorno")
para(doc, "**lunedì 23 febbraio 2026, alle ore 18:30**", align=C, size=11.5, space_before=4, space_after=4)
para(doc, "presso la Sala consiliare del Palazzo Municipale, in Corso Umberto I n. 255, e occorrendo in seconda convocazione per il giorno **martedì 24 febbraio 2026** alla stessa ora e nello stesso luogo, per la trattazione del seguente")
para(doc, "ORDINE DEL GIORNO", align=C, bold=True, space_before=8, space_after=6)
for x in [
 "Lettura e approvazione dei verbali della seduta precedente del 18/12/2025.",
 "Comunicazioni del Sindaco.",
 "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 – Nota di aggiornamento.",
 "Approvazione del bilancio di previsione finanziario 2026/2028 e dei relativi allegati.",
 "Approvazione del Piano Economico Finanziario (PEF) e delle tariffe TARI per l'anno 2026.",
 "Regolamento per la concessione in uso dei locali del Centro di aggregazione sociale di via Matteotti – Approvazione.",
 "Interpellanza dei consiglieri del gruppo «Ghilarza Futura» sulla manutenzione della rete idrica nelle frazioni.",
]:
    para(doc, x, style="List Number", space_after=3)
para(doc, "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio Segreteria ed è consultabile dai Consiglieri nei giorni e negli orari d'ufficio a partire dalla data di notifica del presente avviso, nonché nell'area riservata del sito istituzionale.", space_before=8)
para(doc, "La seduta sarà trasmessa in diretta //streaming// sul canale istituzionale del Comune.")
para(doc, "Distinti saluti.", space_before=6)
p = para(doc, "\tIL PRESIDENTE DEL CONSIGLIO COMUNALE", align=L, space_before=14); tabs(p, (12.3, "C", False))
p = para(doc, "\tDott.ssa Michela Loi", align=L); tabs(p, (12.3, "C", False))
p = para(doc, "\t//Firmato digitalmente ai sensi del D.Lgs. n. 82/2005//", align=L, size=8); tabs(p, (12.3, "C", False))
doc.save("convocazione-ghilarza-siscom.docx")
