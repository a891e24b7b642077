# Castel di Iudica (CT): Sicilian determinazione del Responsabile dell'Area; reportlab platypus,
# justified paragraphs (ReportLab sets Tw on every justified line), register box as a table.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.lib.units import mm
out = sys.argv[1]
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=16*mm, bottomMargin=18*mm,
                        title="Determinazione RG 0187/2026", author="Comune di Castel di Iudica", creator="URBI Smart - Atti Amministrativi")
J = ParagraphStyle("j", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle("c", fontName="Times-Bold", fontSize=11, leading=14, alignment=TA_CENTER)
H = ParagraphStyle("h", fontName="Times-Bold", fontSize=15, leading=18, alignment=TA_CENTER)
S = ParagraphStyle("s", fontName="Times-Italic", fontSize=9.5, leading=12, alignment=TA_CENTER)
E = []
E += [Paragraph("COMUNE DI CASTEL DI IUDICA", H), Paragraph("Città Metropolitana di Catania", S),
      Paragraph("Piazza Vittorio Emanuele III – 95040 Castel di Iudica (CT) – P.IVA 00463540872", S), Spacer(1, 8),
      Paragraph("AREA ECONOMICO-FINANZIARIA", C), Paragraph("Servizio Ragioneria e Tributi", S), Spacer(1, 6),
      Paragraph("DETERMINAZIONE DEL RESPONSABILE DELL'AREA", C), Spacer(1, 6)]
t = Table([["Registro generale", "N. 0187/2026", "del 09/03/2026"], ["Registro dell'Area", "N. 024/2026", "del 06/03/2026"]],
          colWidths=[55*mm, 45*mm, 45*mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Bold", 10.5), ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6e6e6"))]))
E += [t, Spacer(1, 10)]
E.append(Paragraph("<b>OGGETTO:</b> Affidamento del servizio di assistenza e manutenzione del software gestionale per la contabilità "
                   "e i tributi comunali – anno 2026. CIG B9F27C41D3. Impegno di spesa.", J))
E.append(Spacer(1, 6))
E.append(Paragraph("IL RESPONSABILE DELL'AREA", C))
for p in [
 "<b>Vista</b> la determinazione sindacale n. 04 del 12/01/2026 con la quale è stata attribuita al sottoscritto la responsabilità dell'Area Economico-Finanziaria con le funzioni di cui all'art. 107 del D.Lgs. 267/2000, come recepito dalla L.R. n. 48/1991 e successive modifiche;",
 "<b>Premesso</b> che gli uffici di ragioneria e tributi utilizzano da anni la procedura gestionale in uso, il cui contratto di assistenza è scaduto il 31/12/2025, e che occorre garantire la continuità degli adempimenti contabili, fiscali e di riscossione;",
 "<b>Richiamato</b> l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei servizi di importo inferiore a 140.000 euro, anche senza consultazione di più operatori economici;",
 "<b>Vista</b> l'offerta acquisita sul MePA con trattativa diretta n. 5124877, dell'importo di € 6.850,00 oltre IVA al 22%, ritenuta congrua in rapporto ai prezzi di mercato;",
 "<b>Accertata</b> la regolarità contributiva della ditta (DURC prot. INAIL_51877342) e dato atto che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 6-bis della L. 241/1990;"]:
    E.append(Paragraph(p, J))
E.append(Paragraph("DETERMINA", C))
for i, p in enumerate([
 "di affidare, per le motivazioni in premessa, alla ditta Sistemi Informatici Etnei s.r.l. con sede in Catania il servizio di assistenza e manutenzione del software gestionale per l'anno 2026, per l'importo di € 6.850,00 oltre IVA, per complessivi € 8.357,00;",
 "di impegnare la somma di € 8.357,00 alla Missione 01, Programma 03, Titolo 1, Macroaggregato 103, capitolo 1043 del bilancio di previsione 2026/2028, esercizio 2026;",
 "di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria;",
 "di disporre la pubblicazione della presente all'Albo Pretorio on line per quindici giorni consecutivi e nella sezione Amministrazione Trasparente."], 1):
    E.append(Paragraph(f"{i}) {p}", J))
E += [Spacer(1, 10), Paragraph("Castel di Iudica, 06/03/2026", J),
      Paragraph("Il Responsabile dell'Area Economico-Finanziaria<br/>rag. Salvatore Pappalardo", ParagraphStyle("r", parent=J, alignment=2)),
      Spacer(1, 8), Paragraph("VISTO DI REGOLARITÀ CONTABILE attestante la copertura finanziaria (art. 183, comma 7, D.Lgs. 267/2000): impegno n. 211/2026. Castel di Iudica, 09/03/2026 – Il Responsabile del Servizio Finanziario, rag. Salvatore Pappalardo", J)]
doc.build(E)
