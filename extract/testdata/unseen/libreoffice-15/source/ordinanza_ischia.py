"""Comune di Ischia, ordinanza sindacale n. 12 del 05/02/2026 - Studio K-like print (docx)."""
from docx_common import *
from logo import crest

logo = crest("logo-ischia.png", field=(30, 100, 180), charge=(250, 210, 60), variant=2)
doc = new_doc("Liberation Sans", 10.5, margins=(1.5, 1.5, 2.2, 2.0))
sec = doc.sections[0]
hdr = sec.header
t = hdr.add_table(rows=1, cols=3, width=Cm(16.5)); no_borders(t)
t.cell(0, 0).paragraphs[0].add_run().add_picture(logo, width=Cm(1.6))
cell_text(t.cell(0, 1), "**COMUNE DI ISCHIA**", align=C, size=16)
p = t.cell(0, 1).add_paragraph(); p.alignment = C; runs(p, "Città Metropolitana di Napoli", size=9.5)
p = t.cell(0, 1).add_paragraph(); p.alignment = C; runs(p, "Via Iasolino, 1 – 80077 Ischia (NA)", size=8)
cell_text(t.cell(0, 2), "//Ufficio del Sindaco//", align=R, size=8)
set_col_widths(t, [2.3, 11.2, 3.0])
fp = sec.footer.paragraphs[0]; fp.alignment = R
page_x_of_y(fp, prefix="Pag. ", size=8)

para(doc, "", space_after=0)
p = para(doc, "ORDINANZA SINDACALE N. 12 DEL 05/02/2026", align=C, bold=True, size=13, space_before=6, space_after=2)
para(doc, "(Registro Generale delle Ordinanze)", align=C, size=8.5, space_after=8)
p = para(doc, "**OGGETTO:** Ordinanza contingibile e urgente per la messa in sicurezza del costone roccioso sovrastante via Luigi Mazzella e interdizione temporanea al transito veicolare e pedonale.", space_after=8)
box(p)
para(doc, "IL SINDACO", align=C, bold=True, space_before=4, space_after=6)
for x in [
 "**Premesso** che a seguito delle intense precipitazioni dei giorni 3 e 4 febbraio 2026, per le quali la Protezione Civile della Regione Campania aveva emesso avviso di allerta meteo di livello arancione, si è verificato il distacco di materiale lapideo dal costone roccioso sovrastante via Luigi Mazzella, nel tratto compreso tra il civico 48 e l'incrocio con via delle Terme;",
 "**Visto** il verbale di sopralluogo del Comando dei Vigili del Fuoco – Distaccamento di Ischia, prot. n. 4412 del 04/02/2026, nel quale si rileva la presenza di ulteriori blocchi instabili e si segnala il pericolo per la pubblica incolumità;",
 "**Vista** la relazione tecnica dell'Area Urbanistica e Lavori Pubblici del 05/02/2026, a firma dell'Ing. Salvatore Di Meglio, dalla quale risulta che il costone ricade su aree di proprietà privata identificate al Catasto Terreni al foglio 7, particelle 233 e 241, e che occorre procedere con urgenza al disgaggio dei massi pericolanti e all'installazione di reti di protezione in aderenza;",
 "**Ritenuto** che la situazione descritta configuri un grave pericolo per l'incolumità pubblica, tale da richiedere l'adozione immediata di un provvedimento contingibile e urgente, non essendo possibile fronteggiarla con gli strumenti ordinari;",
 "**Visti** l'art. 54, comma 4, e l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 2 gennaio 2018, n. 1 (Codice della Protezione Civile) e gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada);",
]:
    para(doc, x)
para(doc, "O R D I N A", align=C, bold=True, space_before=6, space_after=4)
for x in [
 "con decorrenza immediata e fino al completamento degli interventi di messa in sicurezza, il **divieto di transito veicolare e pedonale** in via Luigi Mazzella, nel tratto compreso tra il civico 48 e l'incrocio con via delle Terme, eccettuati i mezzi di soccorso e quelli delle ditte incaricate dei lavori;",
 "ai proprietari delle aree identificate al foglio 7, particelle 233 e 241, Sig.ri Lauro Pasquale e Lauro Concetta, di eseguire __entro dieci giorni__ dalla notifica del presente provvedimento, a mezzo di ditta specializzata, il disgaggio dei massi instabili e la posa di reti metalliche di protezione, dandone comunicazione all'Area Urbanistica e Lavori Pubblici;",
 "al Comando di Polizia Municipale di predisporre la segnaletica e i percorsi alternativi e di vigilare sull'osservanza della presente ordinanza;",
 "all'Area Urbanistica e Lavori Pubblici di provvedere d'ufficio, in danno degli obbligati, in caso di inottemperanza nel termine assegnato, con successivo recupero delle spese sostenute.",
]:
    para(doc, x, style="List Number", space_after=3)
para(doc, "AVVERTE", align=C, bold=True, space_before=6, space_after=4)
para(doc, "che l'inosservanza della presente ordinanza comporta, salvo che il fatto costituisca reato, l'applicazione delle sanzioni previste dall'art. 650 del Codice Penale e dall'art. 7-bis del D.Lgs. n. 267/2000.")
para(doc, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Campania entro 60 giorni dalla notifica o dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
para(doc, "La presente ordinanza è pubblicata all'Albo Pretorio on line, notificata agli interessati e trasmessa a:", space_before=4)
for x in ["Prefettura – Ufficio Territoriale del Governo di Napoli;", "Comando Vigili del Fuoco – Distaccamento di Ischia;",
          "Commissariato di P.S. di Ischia e Stazione Carabinieri di Ischia;", "Comando di Polizia Municipale – Sede."]:
    para(doc, x, style="List Bullet 2", space_after=1, size=9.5)
p = para(doc, "Ischia, 05/02/2026\tIL SINDACO", space_before=14, align=L); tabs(p, (13.0, "C", False))
p = para(doc, "\tAvv. Gennaro Castagna", align=L); tabs(p, (13.0, "C", False))
p = para(doc, "\t//Documento firmato digitalmente ai sensi del D.Lgs. 82/2005//", align=L, size=8); tabs(p, (13.0, "C", False))
doc.save("ordinanza-ischia-studiok.docx")
