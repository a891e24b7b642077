"""Giunta Municipale di Lentini, deliberazione n. 201 del 03/12/2025 - J-Iride-like print (docx)."""
from docx_common import *
from logo import crest

logo = crest("logo-lentini.png", field=(170, 20, 30), charge=(240, 200, 40), variant=0)
doc = new_doc("DejaVu Sans", 9.5, margins=(1.8, 1.8, 2.0, 2.0))
sec = doc.sections[0]
hdr = sec.header
hp = hdr.paragraphs[0]; hp.alignment = C
hp.add_run().add_picture(logo, width=Cm(1.3))
p = hdr.add_paragraph(); p.alignment = C; runs(p, "**COMUNE DI LENTINI**", size=14, font="DejaVu Serif")
p = hdr.add_paragraph(); p.alignment = C; runs(p, "//Libero Consorzio Comunale di Siracusa//", size=9)
bottom_rule(p, 6)
fp = sec.footer.paragraphs[0]; fp.alignment = R
r = fp.add_run("Deliberazione G.M. n. 201/2025 – "); r.font.size = Pt(8)
page_x_of_y(fp, prefix="Pag. ", size=8)

para(doc, "COPIA", align=R, bold=True, size=9)
para(doc, "DELIBERAZIONE DELLA GIUNTA MUNICIPALE", align=C, bold=True, size=12, space_before=2, space_after=6)

t = doc.add_table(rows=2, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
cell_text(t.cell(0, 0), "Registro Generale\n**N. 201 del 03/12/2025**", align=C, size=9.5)
cell_text(t.cell(0, 1), "Proposta\n**N. 215 del 28/11/2025**", align=C, size=9.5)
m = t.cell(1, 0).merge(t.cell(1, 1))
cell_text(m, "Settore proponente: **3° Settore – Servizi Sociali e Pubblica Istruzione**", align=L, size=9.5)
set_col_widths(t, [8.7, 8.7])

p = para(doc, "", space_before=8, space_after=6)
runs(p, "**OGGETTO:** Concessione contributo straordinario all'Associazione di volontariato “Il Faro ODV” per le iniziative natalizie rivolte ai minori – Anno 2025.")

para(doc, "L'anno **duemilaventicinque**, il giorno **tre** del mese di **dicembre**, alle ore **12:30** e seguenti, nella Sede Comunale, si è riunita la Giunta Municipale convocata nelle forme di legge. Presiede l'**Avv. Corrado Sgalambro** nella qualità di Sindaco e sono rispettivamente presenti e assenti i seguenti sigg.:")

roll = [("SGALAMBRO CORRADO", "Sindaco", "P"), ("BOSCO FRANCESCA", "Vice Sindaco", "P"), ("MAZZONE SEBASTIANO", "Assessore", "P"),
        ("CATANIA GIUSEPPA", "Assessore", "A"), ("RIZZO ALFIO", "Assessore", "P"), ("NICITA ORAZIO", "Assessore", "A"),
        ("LA ROSA VALENTINA", "Assessore", "P")]
t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(["N.", "Cognome e nome", "Qualifica", "P / A"]):
    cell_text(t.rows[0].cells[i], h, align=C, bold=True, size=9); shade(t.rows[0].cells[i], "E7E6E6")
for i, (n, q, pa) in enumerate(roll, 1):
    c = t.add_row().cells
    cell_text(c[0], str(i), align=C, size=9); cell_text(c[1], n, size=9); cell_text(c[2], q, size=9); cell_text(c[3], pa, align=C, size=9)
set_col_widths(t, [1.0, 7.0, 5.0, 2.0])
p = para(doc, "Presenti: 5\tAssenti: 2", space_before=4, align=L); tabs(p, (9.0, "L", False))

para(doc, "Partecipa il Segretario Generale **Dott.ssa Carmela Gianino**, anche con funzioni di verbalizzante.", space_before=4)
para(doc, "Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la seduta e invita i convenuti a deliberare sull'oggetto sopraindicato.")

para(doc, "LA GIUNTA MUNICIPALE", align=C, bold=True, space_before=8, space_after=4)
for x in [
 "**Vista** l'allegata proposta di deliberazione n. 215 del 28/11/2025, predisposta dal Responsabile del 3° Settore, avente ad oggetto: “Concessione contributo straordinario all'Associazione di volontariato “Il Faro ODV” per le iniziative natalizie rivolte ai minori – Anno 2025”;",
 "**Premesso** che l'Associazione “Il Faro ODV”, iscritta al Registro Unico Nazionale del Terzo Settore, con nota acquisita al prot. n. 38417 del 14/11/2025 ha chiesto un contributo per la realizzazione del progetto «Natale insieme», che prevede laboratori creativi, uno spettacolo di burattini in piazza Duomo e la distribuzione di doni ai minori seguiti dai servizi sociali comunali;",
 "**Visto** il vigente Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 44 del 30/09/2019, e in particolare l'art. 7, che consente la concessione di contributi straordinari per iniziative di particolare rilevanza sociale;",
 "**Ritenuto** che l'iniziativa risponde alle finalità istituzionali dell'Ente in materia di politiche per l'infanzia e che la spesa di € 2.500,00 trova copertura alla Missione 12, Programma 01, capitolo 10410/5 del bilancio 2025/2027, esercizio 2025;",
 "**Visti** i pareri favorevoli di regolarità tecnica e contabile resi sulla proposta ai sensi dell'art. 53 della Legge n. 142/1990, come recepito dalla L.R. n. 48/1991, e dell'art. 147-bis del D.Lgs. n. 267/2000;",
 "**Visto** l'O.R.EE.LL. vigente nella Regione Siciliana;",
]:
    para(doc, x)
para(doc, "Con voti unanimi, espressi nei modi di legge,")
para(doc, "DELIBERA", align=C, bold=True, space_before=6, space_after=4)
for x in [
 "di approvare la proposta di deliberazione in oggetto, che si allega al presente atto per farne parte integrante e sostanziale, con le motivazioni in fatto e in diritto ivi esplicitate;",
 "di concedere all'Associazione di volontariato “Il Faro ODV”, C.F. 91023450893, un contributo straordinario di **€ 2.500,00** per la realizzazione del progetto «Natale insieme»;",
 "di demandare al Responsabile del 3° Settore l'adozione del relativo impegno di spesa e la liquidazione del contributo previa presentazione del rendiconto delle spese sostenute.",
]:
    para(doc, x, style="List Bullet", space_after=3)
para(doc, "Inoltre, con separata votazione unanime, stante l'urgenza di provvedere in tempo utile per le festività, la presente deliberazione viene dichiarata **immediatamente esecutiva** ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991.", space_before=6)

para(doc, "Il presente verbale, dopo la lettura, si sottoscrive per conferma.", space_before=10, space_after=6, keep=True)
t = doc.add_table(rows=1, cols=3); no_borders(t)
cell_text(t.cell(0, 0), "**IL SINDACO**\nF.to Avv. Corrado Sgalambro", align=C, size=9)
cell_text(t.cell(0, 1), "**L'ASSESSORE ANZIANO**\nF.to Francesca Bosco", align=C, size=9)
cell_text(t.cell(0, 2), "**IL SEGRETARIO GENERALE**\nF.to Dott.ssa Carmela Gianino", align=C, size=9)

p = para(doc, "", space_before=16)
p.add_run().add_break(WD_BREAK.PAGE)
para(doc, "CERTIFICATO DI PUBBLICAZIONE", align=C, bold=True, size=10, space_after=4)
p = para(doc, "Il sottoscritto Segretario Generale, su conforme attestazione del Responsabile dell'Albo, certifica che la presente deliberazione è stata pubblicata all'Albo Pretorio on line dal **04/12/2025** al **19/12/2025** con il n. **2973** del Registro delle pubblicazioni.", size=9.5); box(p)
para(doc, "ESECUTIVITÀ", align=C, bold=True, size=10, space_before=10, space_after=4)
p = para(doc, "La presente deliberazione è divenuta esecutiva il 03/12/2025:", size=9.5)
for x, chk in [("decorsi dieci giorni dalla pubblicazione (art. 12, comma 1, L.R. n. 44/1991);", "☐"),
               ("perché dichiarata immediatamente esecutiva (art. 12, comma 2, L.R. n. 44/1991).", "☒")]:
    p = para(doc, chk + "  " + x, size=9.5, indent=0.5, align=L)
p = para(doc, "Lentini, 04/12/2025\tIL SEGRETARIO GENERALE\n\tF.to Dott.ssa Carmela Gianino", size=9.5, space_before=8, align=L)
tabs(p, (12.5, "C", False))
para(doc, "È copia conforme all'originale, in carta libera per uso amministrativo.", size=8.5, space_before=14)
doc.save("giunta-lentini-jiride.docx")
