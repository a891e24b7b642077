# Comune di Scontrone (AQ): Giunta, Vicesindaco presiding, Vicesegretario; reportlab platypus, justified (Tw)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
out = sys.argv[1]
J = ParagraphStyle("j", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle("c", parent=J, alignment=TA_CENTER, fontName="Times-Bold")
H = ParagraphStyle("h", parent=C, fontSize=16, leading=20)
S = []
S.append(Paragraph("COMUNE DI SCONTRONE", H))
S.append(Paragraph("Provincia dell'Aquila", ParagraphStyle("s", parent=C, fontName="Times-Italic")))
S.append(Spacer(1, 8))
S.append(Paragraph("ORIGINALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", C))
S.append(Paragraph("N. 27 del 9.4.2026", C))
S.append(Spacer(1, 6))
S.append(Paragraph("<b>OGGETTO:</b> Approvazione dello schema di convenzione con l'Associazione \"Amici di Villa Scontrone\" per la gestione dell'area pic-nic di località Sant'Antonio – stagione estiva 2026.", J))
S.append(Paragraph("L'anno duemilaventisei, il giorno nove del mese di aprile, alle ore 13:00, nella sede municipale, convocata nei modi di legge, si è riunita la Giunta comunale nelle persone dei signori:", J))
rows = [["", "Cognome e nome", "Carica", "Presente", "Assente", "Assente giustificato"],
        ["1", "Di Loreto Ileana", "Sindaco", "", "", "X"],
        ["2", "Gentile Pasquale", "Vicesindaco", "X", "", ""],
        ["3", "Ricciardi Tiziana", "Assessore", "X", "", ""]]
t = Table(rows, colWidths=[20, 140, 90, 60, 60, 100])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5), ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("ALIGN", (3, 0), (-1, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
S.append(t); S.append(Spacer(1, 4))
S.append(Paragraph("Presenti n. 2 &nbsp;&nbsp; Assenti n. 1", J))
S.append(Paragraph("Assiste e partecipa, con funzioni consultive, referenti, di assistenza e di verbalizzazione ai sensi dell'art. 97 del D.Lgs. 267/2000, il Vicesegretario comunale dott. Nicola Mancinelli.", J))
S.append(Paragraph("Assume la presidenza, in assenza del Sindaco, il Vicesindaco sig. Pasquale Gentile, il quale, riconosciuta la legalità dell'adunanza, dichiara aperta la seduta e invita la Giunta a deliberare sull'argomento in oggetto.", J))
S.append(Paragraph("<b>LA GIUNTA COMUNALE</b>", C))
for p in ["PREMESSO che il Comune è proprietario dell'area attrezzata per pic-nic sita in località Sant'Antonio, censita al foglio 7, particelle 211 e 212, dotata di tavoli, barbecue in muratura e servizi igienici;",
          "CONSIDERATO che l'Associazione \"Amici di Villa Scontrone\", iscritta al Registro unico nazionale del Terzo settore, ha manifestato con nota prot. n. 1184 del 27/03/2026 la disponibilità a curare l'apertura, la pulizia e la custodia dell'area nel periodo dal 1° giugno al 30 settembre 2026;",
          "RITENUTO di avvalersi di tale disponibilità ai sensi dell'art. 56 del D.Lgs. 117/2017, riconoscendo all'Associazione un rimborso delle spese effettivamente sostenute e documentate fino a un massimo di euro 2.400,00;",
          "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 dal Responsabile del Servizio Amministrativo in ordine alla regolarità tecnica e dal Responsabile del Servizio Finanziario in ordine alla regolarità contabile;",
          "CON voti unanimi favorevoli, espressi nelle forme di legge;"]:
    S.append(Paragraph(p, J))
S.append(Paragraph("DELIBERA", C))
for i, p in enumerate(["di approvare lo schema di convenzione con l'Associazione \"Amici di Villa Scontrone\" per la gestione dell'area pic-nic di località Sant'Antonio, allegato alla presente quale parte integrante;",
          "di quantificare in euro 2.400,00 il rimborso massimo delle spese, con imputazione alla missione 6, programma 1, del bilancio di previsione 2026-2028;",
          "di autorizzare il Responsabile del Servizio Amministrativo alla sottoscrizione della convenzione."], 1):
    S.append(Paragraph(f"{i}) {p}", J))
S.append(Paragraph("Inoltre, con successiva e separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", J))
S.append(Spacer(1, 10))
sig = Table([["IL VICESINDACO", "IL VICESEGRETARIO COMUNALE"], ["f.to Pasquale Gentile", "f.to dott. Nicola Mancinelli"]], colWidths=[240, 240])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 11), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(sig)
SimpleDocTemplate(out, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50, title="Delibera GC 27/2026", author="Comune di Scontrone").build(S)
