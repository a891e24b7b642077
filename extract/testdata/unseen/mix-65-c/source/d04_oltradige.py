# Bezirksgemeinschaft Überetsch-Unterland / Comunità Comprensoriale Oltradige-Bassa Atesina:
# German left, Italian right in two justified columns (reportlab sets Tw per line); headings letter-spaced (Tc).
import sys
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
J = ParagraphStyle("j", fontName="Helvetica", fontSize=9, leading=11.5, alignment=TA_JUSTIFY)
C = ParagraphStyle("c", parent=J, alignment=TA_CENTER, fontName="Helvetica-Bold")
B = ParagraphStyle("b", parent=J, fontName="Helvetica-Bold", fontSize=9.5)
def P(t, s=J): return Paragraph(t, s)
def on_page(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 11); c._code.append("1.2 Tc")
    c.drawString(20*mm, 282*mm, "BEZIRKSGEMEINSCHAFT ÜBERETSCH-UNTERLAND")
    c.drawRightString(190*mm, 276*mm, "COMUNITÀ COMPRENSORIALE OLTRADIGE-BASSA ATESINA")
    c._code.append("0 Tc")
    c.setFont("Helvetica", 7.5)
    c.drawString(20*mm, 271*mm, "Lauben 26 – 39044 Neumarkt / Portici 26 – 39044 Egna")
    c.line(20*mm, 269*mm, 190*mm, 269*mm)
    c.drawCentredString(105*mm, 10*mm, "Beschluss / Deliberazione Nr. 14/2026 – Seite / pagina %d" % d.page)
    c.restoreState()
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=32*mm, bottomMargin=18*mm,
                        title="Beschluss des Bezirksrates 14/2026", author="Bezirksgemeinschaft", producer="ReportLab PDF Library")
s = []
s.append(P("BESCHLUSS DES BEZIRKSRATES – DELIBERAZIONE DEL CONSIGLIO COMPRENSORIALE", C))
s.append(P("Nr. 14 vom / del 26.03.2026 – Sitzung / seduta delle ore 19:00", C)); s.append(Spacer(1, 6))
s.append(P("Betreff: Genehmigung der Abschlussrechnung des Haushaltsjahres 2025", B))
s.append(P("Oggetto: Approvazione del rendiconto della gestione per l'esercizio finanziario 2025", B)); s.append(Spacer(1, 6))
roll = [["Mitglieder / Componenti", "Funktion / Carica", "anw. / pres.", "abw. / ass."],
        ["Oberhofer Edmund", "Präsident / Presidente", "X", ""],
        ["Zelger Christine", "Vizepräsidentin / Vicepresidente", "X", ""],
        ["Bologna Fabio", "Bezirksrat / Consigliere", "X", ""],
        ["Pernter Josef", "Bezirksrat / Consigliere", "", "X"],
        ["Ranzi Manuela", "Bezirksrätin / Consigliera", "X", ""],
        ["Terleth Georg", "Bezirksrat / Consigliere", "X", ""],
        ["Dalvai Monika", "Bezirksrätin / Consigliera", "X", ""]]
t = Table(roll, colWidths=[55*mm, 62*mm, 22*mm, 22*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 8.5), ("FONT", (0,0), (-1,0), "Helvetica-Bold", 8.5),
    ("GRID", (0,0), (-1,-1), 0.4, colors.grey), ("ALIGN", (2,0), (-1,-1), "CENTER"), ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#e4e4e4"))]))
s.append(t); s.append(Spacer(1, 6))
de = ["Den Vorsitz führt der Präsident Edmund Oberhofer. Es wirkt der Generalsekretär Dr. Walter Pichler mit.",
      "Nach Einsichtnahme in den Entwurf der Abschlussrechnung 2025, der vom Bezirksausschuss genehmigt wurde, und in den Bericht des Rechnungsprüfers;",
      "nach Einsichtnahme in das Regionalgesetz vom 3. Mai 2018, Nr. 2;",
      "mit 5 Jastimmen, 1 Gegenstimme (Bologna) und keiner Enthaltung, bei 6 anwesenden und abstimmenden Mitgliedern,",
      "<b>BESCHLIESST DER BEZIRKSRAT</b>",
      "1. die Abschlussrechnung 2025 mit einem Verwaltungsüberschuss von 1.284.563,21 Euro zu genehmigen;",
      "2. den Überschuss gemäß Anlage A zweckzubestimmen;",
      "3. diesen Beschluss mit gesonderter einstimmiger Abstimmung für unverzüglich vollstreckbar zu erklären."]
it = ["Presiede il Presidente Edmund Oberhofer. Partecipa il Segretario generale dott. Walter Pichler.",
      "Visto lo schema di rendiconto 2025 approvato dalla Giunta comprensoriale e vista la relazione del revisore dei conti;",
      "vista la legge regionale 3 maggio 2018, n. 2;",
      "con 5 voti favorevoli, 1 contrario (Bologna) e nessun astenuto, su 6 componenti presenti e votanti,",
      "<b>IL CONSIGLIO COMPRENSORIALE DELIBERA</b>",
      "1. di approvare il rendiconto 2025 che chiude con un avanzo di amministrazione di euro 1.284.563,21;",
      "2. di destinare l'avanzo come da allegato A;",
      "3. di dichiarare la presente deliberazione, con separata votazione unanime, immediatamente eseguibile."]
body = Table([[P(a, C if a.startswith("<b>") else J), P(b, C if b.startswith("<b>") else J)] for a, b in zip(de, it)], colWidths=[83*mm, 83*mm])
body.setStyle(TableStyle([("VALIGN", (0,0), (-1,-1), "TOP"), ("LINEAFTER", (0,0), (0,-1), 0.3, colors.grey)]))
s.append(body); s.append(Spacer(1, 18))
sig = Table([["Der Präsident / Il Presidente", "Der Generalsekretär / Il Segretario generale"], ["Edmund Oberhofer", "dott. Walter Pichler"]], colWidths=[83*mm, 83*mm])
sig.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 9), ("ALIGN", (0,0), (-1,-1), "CENTER")]))
s.append(sig)
doc.build(s, onFirstPage=on_page, onLaterPages=on_page)
