# Desulo: unnumbered AVVISO of the Area Tecnica, fpdf2 with the core fonts (Helvetica/Times, cp1252,
# no embedded fonts, no ToUnicode), letter-spaced title (char spacing), boxed timetable
import sys
from fpdf import FPDF
class P(FPDF):
    def footer(self):
        self.set_y(-16); self.set_font("Helvetica", "", 7.5)
        self.cell(0, 4, "Comune di Desulo - Via Lamarmora n. 1 - 08032 Desulo (NU) - tel. 0784 6190xx - www.comune.desulo.nu.it".replace("6190xx", "619013"), align="C")
pdf = P(format="A4"); pdf.set_creator("Modulistica Area Tecnica"); pdf.set_title("Avviso raccolta differenziata")
pdf.set_margins(22, 18, 22); pdf.set_auto_page_break(True, 22); pdf.add_page()
pdf.set_font("Times", "B", 19); pdf.cell(0, 9, "COMUNE DI DESULO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "I", 11); pdf.cell(0, 5.5, "Provincia di Nuoro", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(0); pdf.set_line_width(0.5); pdf.line(22, pdf.get_y() + 2, 188, pdf.get_y() + 2); pdf.ln(6)
pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 5, "AREA TECNICA", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5); pdf.cell(0, 5, "Servizio Igiene Urbana e Ambiente", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.set_font("Helvetica", "B", 30); pdf.set_char_spacing(6)
pdf.cell(0, 14, "AVVISO", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0)
pdf.ln(2)
pdf.set_font("Helvetica", "B", 13)
pdf.multi_cell(0, 7, "VARIAZIONE DEL CALENDARIO DELLA RACCOLTA DIFFERENZIATA PORTA A PORTA IN OCCASIONE DEI FESTEGGIAMENTI ESTIVI E DELLA MANIFESTAZIONE \"MONTAGNA PRODUCE\"", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Times", "", 12)
txt = [
 "Si informa la cittadinanza che, in occasione dei festeggiamenti estivi e della manifestazione \"Montagna Produce\", che si svolgeranno nel centro abitato dal 31 luglio al 2 agosto 2026, il servizio di raccolta differenziata dei rifiuti urbani con il sistema porta a porta subirà le seguenti variazioni:",
]
for t in txt: pdf.multi_cell(0, 6, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.ln(2)
rows = [("Giorno", "Calendario ordinario", "Nuovo calendario"),
        ("Venerdì 31 luglio 2026", "Umido e vetro", "Umido, vetro e plastica"),
        ("Sabato 1 agosto 2026", "Plastica", "Nessuna raccolta"),
        ("Domenica 2 agosto 2026", "Nessuna raccolta", "Nessuna raccolta"),
        ("Lunedì 3 agosto 2026", "Umido e secco", "Umido, secco e carta")]
w = [50, 58, 58]
for i, r in enumerate(rows):
    pdf.set_font("Helvetica", "B" if i == 0 else "", 10)
    if i == 0: pdf.set_fill_color(220, 220, 220)
    for j, c in enumerate(r): pdf.cell(w[j], 8, c, border=1, fill=(i == 0), align="C")
    pdf.ln(8)
pdf.ln(5); pdf.set_font("Times", "", 12)
for t in ["I mastelli dovranno essere esposti entro le ore 6:00 del giorno di raccolta. Nelle vie interessate dagli stand (via Lamarmora, piazza della Chiesa e via Cagliari) il conferimento dovrà avvenire esclusivamente presso l'isola ecologica mobile posizionata nel parcheggio di via Fontana Nuova.",
          "Per informazioni è possibile contattare l'Ufficio Tecnico comunale negli orari di apertura al pubblico o il numero verde del gestore del servizio.",
          "Si ringrazia per la collaborazione."]:
    pdf.multi_cell(0, 6, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.ln(4); pdf.cell(0, 6, "Desulo, 17 luglio 2026", new_x="LMARGIN", new_y="NEXT"); pdf.ln(6)
pdf.set_x(110); pdf.set_font("Times", "B", 12); pdf.cell(78, 6, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("Times", "", 12); pdf.cell(78, 6, "Ing. Gianfranco Pili", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("Times", "I", 9); pdf.cell(78, 5, "(firmato digitalmente)", align="C")
pdf.output(sys.argv[1])
