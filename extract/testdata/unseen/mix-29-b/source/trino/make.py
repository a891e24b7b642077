# Comune di Trino - unnumbered avviso of the Ufficio Servizi Demografici, laid out like a Word letter
# printed through "Microsoft Print to PDF" (Calibri-like body, 2.5 cm margins, header logo line, no page furniture
# other than a small footer). Written with fpdf2 using Carlito.
import sys
from fpdf import FPDF

FD = "/usr/share/fonts/truetype/crosextra/"
pdf = FPDF(format="A4")
pdf.add_font("Cal", "", FD + "Carlito-Regular.ttf"); pdf.add_font("Cal", "B", FD + "Carlito-Bold.ttf"); pdf.add_font("Cal", "I", FD + "Carlito-Italic.ttf")
pdf.set_margins(25, 20, 25); pdf.set_auto_page_break(True, 25)
pdf.set_title("Avviso aperture straordinarie CIE"); pdf.set_author("Servizi Demografici"); pdf.set_creator("Microsoft Word - Avviso CIE marzo 2026.docx")
pdf.add_page()
pdf.set_draw_color(150, 150, 150); pdf.rect(25, 18, 14, 17)
pdf.set_font("Cal", "I", 6); pdf.set_xy(25, 25); pdf.cell(14, 3, "stemma", align="C")
pdf.set_xy(43, 18); pdf.set_font("Cal", "B", 16); pdf.cell(0, 7, "COMUNE DI TRINO", new_x="LEFT", new_y="NEXT")
pdf.set_font("Cal", "", 10); pdf.cell(0, 5, "Provincia di Vercelli", new_x="LEFT", new_y="NEXT")
pdf.set_font("Cal", "B", 10); pdf.cell(0, 5, "Ufficio Servizi Demografici", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(0, 0, 0); pdf.line(25, 38, 185, 38)
pdf.ln(16)
pdf.set_font("Cal", "B", 22); pdf.cell(0, 10, "AVVISO ALLA CITTADINANZA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Cal", "B", 11.5); pdf.cell(18, 6, "Oggetto:")
pdf.multi_cell(0, 6, "Aperture straordinarie dell’Ufficio Anagrafe per il rilascio della Carta d’Identità Elettronica (CIE) – sabato 21 e sabato 28 marzo 2026.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Cal", "", 11.5)
def par(t):
    pdf.multi_cell(0, 6, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2.5)
par("Si informa la cittadinanza che, in vista della cessazione di validità delle carte d’identità in formato cartaceo a decorrere dal 3 agosto 2026, prevista dal Regolamento (UE) 2019/1157, l’Ufficio Anagrafe osserverà le seguenti aperture straordinarie dedicate esclusivamente al rilascio della Carta d’Identità Elettronica:")
pdf.set_font("Cal", "B", 11.5)
for r in ["•  sabato 21 marzo 2026, dalle ore 8:30 alle ore 12:30;", "•  sabato 28 marzo 2026, dalle ore 8:30 alle ore 12:30."]:
    pdf.set_x(35); pdf.cell(0, 6.5, r, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2.5); pdf.set_font("Cal", "", 11.5)
par("L’accesso è consentito solo su appuntamento, da prenotare tramite l’Agenda CIE del Ministero dell’Interno oppure telefonando all’Ufficio Anagrafe nei consueti orari di apertura. Ogni appuntamento ha la durata di 20 minuti.")
par("Il giorno dell’appuntamento è necessario presentarsi con: la carta d’identità scaduta o in scadenza (o la denuncia di smarrimento/furto), una fototessera recente su sfondo bianco, la tessera sanitaria e la ricevuta del pagamento di € 22,21, effettuabile anche tramite pagoPA. I cittadini minorenni devono essere accompagnati da entrambi i genitori.")
par("Si ricorda che la carta d’identità cartacea, anche se in corso di validità, non potrà più essere utilizzata come documento di riconoscimento né per l’espatrio dopo il 2 agosto 2026.")
pdf.ln(4)
pdf.cell(0, 6, "Trino, 10 marzo 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_x(105); pdf.cell(80, 6, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x="LEFT", new_y="NEXT")
pdf.cell(80, 6, "Dott.ssa Laura Ferraris", align="C", new_x="LEFT", new_y="NEXT")
pdf.set_font("Cal", "I", 8.5); pdf.cell(80, 5, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_auto_page_break(False); pdf.set_y(-22); pdf.set_font("Cal", "", 8); pdf.set_text_color(90, 90, 90)
pdf.multi_cell(0, 4, "Ufficio Servizi Demografici – orari di apertura: lunedì-venerdì 8:30-12:30, giovedì anche 15:00-17:00", align="C")
pdf.output(sys.argv[1])
