# Comune di Cortenova (LC) - Giunta minute, "Halley"-like house style; reportlab platypus,
# every justified line sets its own word spacing (Tw); roll table with P/A marks.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.lib.units import mm
out = sys.argv[1]
B = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER, fontName="Helvetica-Bold")
H = ParagraphStyle("h", parent=C, fontSize=15, leading=18)
S = ParagraphStyle("s", parent=C, fontName="Helvetica", fontSize=9)
def head(c, d):
    c.saveState(); c.setFont("Helvetica-Bold", 8); c.setFillColor(colors.grey)
    c.drawString(20*mm, 287*mm, "Comune di Cortenova - Deliberazione G.C. n. 14 del 23.3.2026")
    c.drawRightString(190*mm, 10*mm, "Pag. %d" % d.page); c.restoreState()
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=18*mm, bottomMargin=18*mm,
                        title="Deliberazione G.C. 14/2026", author="Comune di Cortenova")
s = []
s += [Paragraph("COMUNE DI CORTENOVA", H), Paragraph("Provincia di Lecco", S),
      Paragraph("Piazza Municipio, 1 - 23813 Cortenova (LC) - C.F. 00596140137", S), Spacer(1, 8),
      Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", C),
      Paragraph("n. 14 del 23.3.2026", C), Spacer(1, 6)]
t = Table([["OGGETTO:", Paragraph("<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE PER BINDO – CUP E77H26000120004</b>", B)]],
          colWidths=[22*mm, 142*mm])
t.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.8, colors.black), ("VALIGN", (0,0), (-1,-1), "TOP"), ("FONTNAME", (0,0), (0,0), "Helvetica-Bold")]))
s += [t, Spacer(1, 8)]
s.append(Paragraph("L'anno duemilaventisei, addì ventitré del mese di marzo alle ore 18.30 nella sala delle adunanze, previa "
  "l'osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti la Giunta Comunale. "
  "All'appello risultano:", B))
r = Table([["", "Cognome e nome", "Carica", "P", "A"], ["1", "CATTANEO MARCO", "Sindaco", "X", ""],
           ["2", "INVERNIZZI LAURA", "Vicesindaco", "X", ""], ["3", "BUZZONI PIERO", "Assessore", "", "X"],
           ["", "", "Totale", "2", "1"]], colWidths=[10*mm, 60*mm, 40*mm, 12*mm, 12*mm])
r.setStyle(TableStyle([("GRID", (0,0), (-1,-2), 0.5, colors.black), ("FONTNAME", (0,0), (-1,0), "Helvetica-Bold"),
  ("FONTSIZE", (0,0), (-1,-1), 9.5), ("ALIGN", (3,0), (-1,-1), "CENTER"), ("FONTNAME", (0,-1), (-1,-1), "Helvetica-Bold")]))
s += [r, Spacer(1, 8)]
s.append(Paragraph("Assiste il Segretario comunale dott.ssa Carla Rusconi, il quale provvede alla redazione del presente verbale. "
  "Essendo legale il numero degli intervenuti, il sig. Marco Cattaneo, nella sua qualità di Sindaco, assume la presidenza e dichiara "
  "aperta la seduta per la trattazione dell'oggetto sopra indicato.", B))
s.append(Paragraph("LA GIUNTA COMUNALE", C))
for p in ["PREMESSO che la strada comunale per la frazione Bindo presenta tratti con scarpate instabili e barriere di protezione "
  "non conformi alla normativa vigente, come evidenziato dalla relazione dell'Ufficio Tecnico comunale del 9 febbraio 2026;",
  "VISTO il progetto di fattibilità tecnico-economica redatto dall'ing. Fabio Manzoni, con studio in Introbio, acquisito al protocollo "
  "comunale al n. 1187 del 16 marzo 2026, che prevede una spesa complessiva di euro 185.000,00, di cui euro 142.300,00 per lavori;",
  "DATO ATTO che l'opera è inserita nel programma triennale delle opere pubbliche 2026-2028 e che la spesa trova copertura per euro "
  "150.000,00 con il contributo regionale assegnato con decreto n. 2214/2026 e per la restante parte con fondi propri di bilancio;",
  "VISTI il D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 31 marzo 2023, n. 36; ACQUISITI i pareri favorevoli di regolarità tecnica e "
  "contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
  "CON VOTI unanimi favorevoli espressi nei modi e nelle forme di legge;"]:
    s.append(Paragraph(p, B))
s.append(Paragraph("D E L I B E R A", C))
for i, p in enumerate(["di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della strada comunale "
  "per Bindo, redatto dall'ing. Fabio Manzoni, dell'importo complessivo di euro 185.000,00;",
  "di dare atto che la spesa trova copertura al capitolo 20810/1 del bilancio di previsione 2026-2028;",
  "di nominare Responsabile Unico del Progetto il geom. Davide Locatelli, Responsabile dell'Area Tecnica;"], 1):
    s.append(Paragraph("%d) %s" % (i, p), B))
s.append(Paragraph("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente "
  "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di presentare la rendicontazione alla Regione.", B))
s.append(Spacer(1, 14))
sg = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"], ["Marco Cattaneo", "dott.ssa Carla Rusconi"],
            ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[82*mm, 82*mm])
sg.setStyle(TableStyle([("ALIGN", (0,0), (-1,-1), "CENTER"), ("FONTSIZE", (0,0), (-1,-1), 9.5), ("FONTNAME", (0,0), (-1,0), "Helvetica-Bold")]))
s.append(sg)
doc.build(s, onFirstPage=head, onLaterPages=head)
