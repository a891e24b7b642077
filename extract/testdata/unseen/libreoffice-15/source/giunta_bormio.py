"""Giunta Comunale di Bormio, deliberazione n. 142 del 20/11/2025 - Halley-like print."""
from docx_common import *
from logo import crest

logo = crest("logo-bormio.png", field=(200, 30, 40), charge=(250, 250, 250), variant=3)
doc = new_doc("Liberation Serif", 11)
sec = doc.sections[0]

# header: letterhead table with logo beside
hdr = sec.header
t = hdr.add_table(rows=1, cols=2, width=Cm(17))
no_borders(t)
set_col_widths(t, [2.2, 14.8])
t.cell(0, 0).paragraphs[0].add_run().add_picture(logo, width=Cm(1.7))
cell_text(t.cell(0, 1), "**COMUNE DI BORMIO**", align=L, size=16, font="Liberation Sans")
p = t.cell(0, 1).add_paragraph(); runs(p, "^^Provincia di Sondrio^^", size=11, font="Liberation Sans")
p = t.cell(0, 1).add_paragraph(); runs(p, "Via Roma, 131 – 23032 Bormio (SO) – C.F. 00111220141", size=8, font="Liberation Sans")
hp = hdr.paragraphs[0]; bottom_rule(hp, 10)

ftr = sec.footer
fp = ftr.paragraphs[0]
tabs(fp, (17.0, "R", False))
r = fp.add_run("Deliberazione della Giunta Comunale n. 142 del 20/11/2025\t"); r.font.size = Pt(8); r.italic = True
page_x_of_y(fp, size=8)

para(doc, "", space_after=2)
p = para(doc, "**ORIGINALE**", align=R, size=10)
para(doc, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align=C, bold=True, size=13, space_before=4)

# number/date box table
t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
set_col_widths(t, [8.5, 8.5])
cell_text(t.cell(0, 0), "N. **142** Reg. Delib.", align=C, size=11)
cell_text(t.cell(0, 1), "Data **20/11/2025**", align=C, size=11)

p = para(doc, "", space_before=8)
runs(p, "**OGGETTO: APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DEL PARCHEGGIO PUBBLICO DI VIA AL FORTE. CUP H37H25000410004.**")
p.paragraph_format.left_indent = Cm(2.6); p.paragraph_format.first_line_indent = Cm(-2.6)

para(doc, "L'anno **duemilaventicinque**, addì **venti** del mese di **novembre** alle ore **17:30** nella sala delle adunanze del Palazzo Municipale, previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti della Giunta Comunale.", space_before=8)
para(doc, "All'appello risultano:", space_after=4)

roll = [("CANCLINI ROBERTO", "Sindaco", True), ("ROCCA FEDERICA", "Vice Sindaco", True),
        ("PEDRANZINI LUCA", "Assessore", True), ("COLTURI SILVIA", "Assessore", False),
        ("SOSIO ANDREA", "Assessore", True)]
t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(["Cognome e Nome", "Carica", "Presenti", "Assenti"]):
    cell_text(t.rows[0].cells[i], h, align=C, size=10, bold=True); shade(t.rows[0].cells[i], "D9D9D9")
for n, c, pres in roll:
    cells = t.add_row().cells
    cell_text(cells[0], n, size=10); cell_text(cells[1], c, size=10)
    cell_text(cells[2], "X" if pres else "", align=C, size=10); cell_text(cells[3], "" if pres else "X", align=C, size=10)
cells = t.add_row().cells
cell_text(cells[0], "", size=10); cell_text(cells[1], "**Totale**", align=R, size=10)
cell_text(cells[2], "**4**", align=C, size=10); cell_text(cells[3], "**1**", align=C, size=10)
set_col_widths(t, [6.5, 4.5, 2.5, 2.5])

para(doc, "Partecipa il Segretario Comunale **Dott.ssa Elena Mottana** la quale provvede alla redazione del presente verbale.", space_before=8)
para(doc, "Essendo legale il numero degli intervenuti, il **Sig. Roberto Canclini**, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")

para(doc, "LA GIUNTA COMUNALE", align=C, bold=True, space_before=10, space_after=6)
body = [
 "**Premesso** che il parcheggio pubblico di via Al Forte, a servizio del centro storico e degli impianti di risalita, presenta una pavimentazione in conglomerato bituminoso fortemente ammalo\u00adrata, un sistema di raccolta delle acque meteoriche insufficiente e un'illuminazione non conforme alle vigenti norme in materia di contenimento dell'inquinamento luminoso;",
 "**Richiamato** il Documento Unico di Programmazione 2025/2027, approvato con deliberazione del Consiglio Comunale n. 9 del 27/02/2025, e il Programma triennale dei lavori pubblici 2025/2027, nel quale l'intervento è inserito con codice CUI L00111220141202500003;",
 "**Dato atto** che con determinazione del Responsabile dell'Area Tecnica n. 411 del 15/07/2025 è stato affidato all'Ing. Paolo Compagnoni, con studio in Valdisotto, l'incarico di redazione del progetto di fattibilità tecnico-economica ai sensi dell'art. 41 del D.Lgs. 31 marzo 2023, n. 36;",
 "**Visto** il progetto di fattibilità tecnico-economica pervenuto al protocollo comunale il 06/11/2025, prot. n. 15872, composto dagli elaborati elencati nell'allegato A) e recante il seguente quadro economico complessivo:",
]
for b in body:
    para(doc, b)
qe = [("Lavori a base d'asta", "€ 312.400,00"), ("Oneri per la sicurezza non soggetti a ribasso", "€ 9.600,00"),
      ("Somme a disposizione dell'Amministrazione", "€ 98.000,00"), ("**TOTALE COMPLESSIVO**", "**€ 420.000,00**")]
for a, b in qe:
    p = para(doc, a + "\t" + b, align=L, space_after=1, indent=1.0)
    tabs(p, (16.5, "R", True))
para(doc, "**Dato atto** che la spesa complessiva di € 420.000,00 trova copertura al capitolo 20810/1 «Manutenzione straordinaria viabilità e parcheggi» del bilancio di previsione 2025/2027, esercizio 2026, finanziato per € 300.000,00 con contributo della Regione Lombardia e per € 120.000,00 con avanzo di amministrazione;", space_before=4)
para(doc, "**Acquisiti** i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, rispettivamente dal Responsabile dell'Area Tecnica e dal Responsabile dell'Area Economico-Finanziaria;")
para(doc, "Con voti unanimi favorevoli espressi nelle forme di legge,")

para(doc, "D E L I B E R A", align=C, bold=True, space_before=8, space_after=6)
pts = [
 "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione del parcheggio pubblico di via Al Forte, redatto dall'Ing. Paolo Compagnoni, nell'importo complessivo di **€ 420.000,00**, secondo il quadro economico riportato in premessa;",
 "di dare atto che la spesa trova copertura al capitolo 20810/1 del bilancio di previsione 2025/2027, esercizio 2026;",
 "di nominare Responsabile Unico del Progetto il Geom. Ivan Bonetti, Responsabile dell'Area Tecnica, ai sensi dell'art. 15 del D.Lgs. n. 36/2023;",
 "di demandare al Responsabile dell'Area Tecnica l'adozione di tutti gli atti conseguenti, ivi compreso l'affidamento della progettazione esecutiva.",
]
for x in pts:
    p = para(doc, x, style="List Number", space_after=3)
para(doc, "Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata __immediatamente eseguibile__ ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l'urgenza di presentare la rendicontazione del contributo regionale entro il 31/12/2025.", space_before=6)

para(doc, "Letto, confermato e sottoscritto.", space_before=10, space_after=8, keep=True)
t = doc.add_table(rows=2, cols=2); no_borders(t)
cell_text(t.cell(0, 0), "IL SINDACO", align=C, bold=True, size=10)
cell_text(t.cell(0, 1), "IL SEGRETARIO COMUNALE", align=C, bold=True, size=10)
cell_text(t.cell(1, 0), "Roberto Canclini\n//Firmato digitalmente//", align=C, size=10)
cell_text(t.cell(1, 1), "Dott.ssa Elena Mottana\n//Firmato digitalmente//", align=C, size=10)

para(doc, "", space_before=10)
p = para(doc, "**CERTIFICATO DI PUBBLICAZIONE**", align=C, size=10, space_before=10)
p = para(doc, "Il presente verbale viene pubblicato all'Albo Pretorio on line del Comune per quindici giorni consecutivi dal 24/11/2025 al 09/12/2025 (n. 1388 Reg. Pubbl.).", size=10)
box(p)
p = para(doc, "Bormio, 24/11/2025\tIl Segretario Comunale – Dott.ssa Elena Mottana", size=10, align=L)
tabs(p, (17.0, "R", False))

doc.save("giunta-bormio-halley.docx")
