# Frigento: fpdf2 form of the Ufficio Messi (label/value grid, letter-spaced headings via char spacing)
import sys
from fpdf import FPDF
D = "/usr/share/fonts/truetype/dejavu/"
pdf = FPDF(format="A4"); pdf.set_margins(20, 16, 20); pdf.set_auto_page_break(True, 18)
pdf.add_font("DS", "", D + "DejaVuSerif.ttf"); pdf.add_font("DS", "B", D + "DejaVuSerif-Bold.ttf")
pdf.add_font("DV", "", D + "DejaVuSans.ttf"); pdf.add_font("DV", "B", D + "DejaVuSans-Bold.ttf")
pdf.set_creator("Protocollo e Messi – modulo relata"); pdf.set_title("Relata di notifica n. 143/2026")
pdf.add_page()
pdf.set_font("DS", "B", 16); pdf.set_char_spacing(1.5); pdf.cell(0, 8, "COMUNE DI FRIGENTO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0); pdf.set_font("DS", "", 9.5)
pdf.cell(0, 5, "Provincia di Avellino", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Piazza Municipio, 1 – 83040 Frigento (AV) – protocollo.frigento@asmepec.it", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.5); pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2); pdf.ln(6)
pdf.set_font("DV", "B", 9.5); pdf.cell(0, 5, "UFFICIO MESSI NOTIFICATORI", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 9); pdf.cell(0, 5, "Registro cronologico delle notificazioni n. 143/2026", new_x="LMARGIN", new_y="NEXT"); pdf.ln(5)
pdf.set_font("DV", "B", 14); pdf.set_char_spacing(4)
pdf.cell(0, 9, "RELATA DI NOTIFICA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0)
pdf.set_font("DS", "", 9); pdf.cell(0, 5, "(artt. 137 e seguenti c.p.c. – art. 10 L. 265/1999)", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(5)
pdf.set_font("DS", "", 10.5)
pdf.multi_cell(0, 5.6, "L’anno duemilaventisei, addì diciassette del mese di giugno, alle ore 10,40, il sottoscritto Messo Notificatore del Comune di Frigento, su richiesta del Responsabile dell’Area Tecnica, ha notificato l’atto di seguito descritto:", align="J")
pdf.ln(3)
rows = [("Tipo di atto", "ORDINANZA DEL RESPONSABILE DELL’AREA TECNICA"),
        ("Numero e data", "n. 19 del 10/06/2026"),
        ("Oggetto", "Ingiunzione di demolizione delle opere edilizie abusive realizzate in località Pila, foglio 14, particella 603, e di ripristino dello stato dei luoghi ai sensi dell’art. 31 del D.P.R. n. 380/2001."),
        ("Ente emittente", "Comune di Frigento – Area Tecnica – Servizio Edilizia Privata e Urbanistica"),
        ("Destinatario", "Sig. IANNACCONE Pasquale, nato ad Avellino il 02/09/1961, residente in Frigento alla via Ponticelli n. 8")]
for lab, val in rows:
    pdf.set_font("DV", "B", 9)
    y = pdf.get_y(); x = pdf.get_x()
    pdf.set_font("DS", "", 10)
    h = len(pdf.multi_cell(125, 5.4, val, dry_run=True, output="LINES")) * 5.4 + 2
    pdf.set_font("DV", "B", 9); pdf.set_fill_color(235, 235, 235)
    pdf.set_xy(x, y); pdf.cell(45, h, "", border=1, fill=True)
    pdf.set_xy(x, y + 1); pdf.cell(45, 5.4, lab)
    pdf.set_xy(x + 45, y); pdf.cell(125, h, "", border=1)
    pdf.set_xy(x + 45, y); pdf.set_font("DS", "", 10); pdf.multi_cell(125, 5.4, val, new_x="LMARGIN", new_y="NEXT", padding=(1, 1, 1, 1))
    pdf.set_y(y + h)
pdf.ln(4)
pdf.set_font("DS", "", 10.5)
pdf.multi_cell(0, 5.6, "mediante consegna di copia conforme all’originale:", align="J")
checks = [("X", "a mani proprie del destinatario, che ha sottoscritto per ricevuta;"),
          (" ", "a mani di persona di famiglia / addetta alla casa, qualificatasi come ____________________;"),
          (" ", "mediante deposito presso la Casa comunale e affissione dell’avviso ai sensi dell’art. 140 c.p.c.")]
for m, s in checks:
    pdf.set_x(26); pdf.set_font("DV", "B", 10); pdf.cell(6, 5.6, "[" + m + "]" if m.strip() else "[  ]")
    pdf.set_x(36); pdf.set_font("DS", "", 10.5); pdf.multi_cell(154, 5.6, s)
pdf.ln(6)
pdf.multi_cell(0, 5.6, "Frigento, 17/06/2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
y = pdf.get_y()
pdf.set_font("DS", "", 10); pdf.set_xy(20, y); pdf.multi_cell(70, 5.2, "Firma del ricevente\n\nF.to Pasquale Iannaccone", align="C")
pdf.set_xy(110, y); pdf.multi_cell(80, 5.2, "IL MESSO NOTIFICATORE\n\nF.to Gerardo Capobianco", align="C")
pdf.set_y(-22); pdf.set_font("DV", "", 7.5)
pdf.cell(0, 4, "Originale restituito all’Ufficio richiedente – copia trattenuta agli atti dell’Ufficio Messi", align="C")
pdf.output(sys.argv[1])
