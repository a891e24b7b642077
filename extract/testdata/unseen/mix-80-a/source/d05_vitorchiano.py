# Giunta comunale of Vitorchiano: reportlab platypus, roll table with merged cells, justified body (Tw)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
N = ParagraphStyle("n", fontName="Times-Roman", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle("c", parent=N, alignment=TA_CENTER, fontName="Times-Bold")
H = ParagraphStyle("h", parent=C, fontSize=17, leading=21)
def foot(c, d):
    c.saveState(); c.setFont("Times-Italic", 8)
    c.drawString(56, 30, "Comune di Vitorchiano – Deliberazione di Giunta Comunale n. 52 del 23/04/2026")
    c.drawRightString(540, 30, "Pagina %d" % d.page); c.restoreState()
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=56, rightMargin=56, topMargin=40, bottomMargin=50,
                        title="Delibera GC 52/2026", author="Comune di Vitorchiano")
s = [Paragraph("COMUNE DI VITORCHIANO", H), Paragraph("Provincia di Viterbo", C), Spacer(1, 8),
     Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", C), Spacer(1, 6)]
reg = Table([["Deliberazione N.", "52", "del", "23/04/2026"],
             [Paragraph("<b>Oggetto:</b> Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione del Belvedere di Piazza Roma. CUP G47H26000130004.", N), "", "", ""]],
            colWidths=[110, 80, 50, 243])
reg.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("SPAN", (0, 1), (3, 1)),
                         ("FONTNAME", (0, 0), (-1, 0), "Times-Bold"), ("BACKGROUND", (0, 0), (0, 0), colors.lightgrey)]))
s += [reg, Spacer(1, 8),
      Paragraph("L'anno duemilaventisei, addì ventitré del mese di aprile, alle ore 12:30, nella sede comunale e in collegamento telematico, convocata nelle forme di legge, si è riunita la Giunta Comunale nelle persone dei Signori:", N)]
rows = [["Componente", "Qualifica", "Presenza", "", ""], ["", "", "Presente", "Assente", "In videoconferenza"],
        ["Ruggero Grassotti", "Sindaco", "SI", "", ""],
        ["Michela Arcangeli", "Vice Sindaco", "SI", "", "SI"],
        ["Stefano Mecarini", "Assessore", "SI", "", ""],
        ["Laura Tofani", "Assessore esterno", "", "SI", ""],
        ["Andrea Pacifici", "Assessore esterno", "SI", "", "SI"],
        ["Totale", "", "4", "1", "2"]]
rt = Table(rows, colWidths=[130, 110, 70, 60, 113])
rt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
    ("SPAN", (2, 0), (4, 0)), ("SPAN", (0, 7), (1, 7)), ("FONTNAME", (0, 0), (-1, 1), "Times-Bold"), ("FONTNAME", (0, 2), (-1, -1), "Times-Roman"),
    ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, 1), colors.Color(.88, .88, .88))]))
s += [rt, Spacer(1, 6)]
for t in ["Assiste il Vice Segretario Comunale dott. Gianluca Marinelli, incaricato della redazione del verbale.",
          "Presiede il Sindaco Ruggero Grassotti, che, riconosciuta la legalità dell'adunanza, invita la Giunta a deliberare sull'oggetto sopra indicato.",
          "<b>LA GIUNTA COMUNALE</b>",
          "PREMESSO che l'Amministrazione intende riqualificare il Belvedere di Piazza Roma, con il rifacimento della pavimentazione, del parapetto in peperino e dell'illuminazione pubblica;",
          "VISTO il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, dell'importo complessivo di euro 340.000,00, di cui euro 268.500,00 per lavori;",
          "VISTO il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'allegato I.7;",
          "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "A VOTI UNANIMI, espressi in forma palese, anche dai componenti in videoconferenza,",
          "<b>DELIBERA</b>",
          "1) di approvare il progetto di fattibilità tecnico-economica per la riqualificazione del Belvedere di Piazza Roma, dell'importo complessivo di euro 340.000,00;",
          "2) di dare atto che la spesa trova copertura al capitolo 2085/1 del bilancio 2026-2028;",
          "3) di nominare Responsabile Unico del Progetto l'ing. Paola Ceccarelli, Responsabile dell'Area Tecnica.",
          "Con successiva e unanime votazione la presente deliberazione è dichiarata immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."]:
    s.append(Paragraph(t, C if t.startswith("<b>") else N))
s += [Spacer(1, 14), Table([["IL SINDACO", "IL VICE SEGRETARIO COMUNALE"], ["Ruggero Grassotti", "dott. Gianluca Marinelli"]],
        colWidths=[240, 240], style=[("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONTNAME", (0, 0), (-1, -1), "Times-Roman")])]
doc.build(s, onFirstPage=foot, onLaterPages=foot)
