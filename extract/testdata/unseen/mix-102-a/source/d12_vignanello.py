# Vignanello numbered public notice: fpdf2 with letter-spaced headings (char spacing -> Tc), label grid at the end
import sys
from fpdf import FPDF
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 11); self.set_char_spacing(2.5)
        self.cell(0, 6, "COMUNE DI VIGNANELLO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_char_spacing(0); self.set_font("LS", "", 8.5)
        self.cell(0, 5, "Provincia di Viterbo – Area Amministrativa – Servizi Sociali e Scolastici", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1, 190, self.get_y() + 1); self.ln(6)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7.5)
        self.cell(0, 5, "Avviso pubblico n. 3/2026 – pagina %d di {nb}" % self.page_no(), align="C")
p = P(format="A4"); p.set_creator("Kibernetes Albo 5"); p.set_margins(20, 15, 20)
for st, f in (("", "LiberationSans-Regular"), ("B", "LiberationSans-Bold")):
    p.add_font("LS", st, "/usr/share/fonts/truetype/liberation/%s.ttf" % f)
p.add_page()
p.set_font("LS", "B", 14); p.set_char_spacing(4)
p.cell(0, 9, "AVVISO PUBBLICO N. 3/2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_char_spacing(0)
p.set_font("LS", "B", 10.5)
p.multi_cell(0, 5.5, "PER L'ISCRIZIONE AL CENTRO ESTIVO COMUNALE PER MINORI DAI 4 AI 14 ANNI – ESTATE 2026", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("LS", "", 10)
for t in ["In esecuzione della determinazione dell'Area Amministrativa n. 102 del 13/04/2026 (Reg. Gen. n. 298), si rende noto che sono aperte le iscrizioni al Centro Estivo comunale, che si svolgerà presso la scuola primaria \"Luigi Carbonari\" dal 22 giugno al 31 luglio 2026, dal lunedì al venerdì, dalle ore 8:00 alle ore 13:00.",
          "Possono essere iscritti i minori residenti nel Comune di Vignanello di età compresa tra i 4 e i 14 anni. In caso di disponibilità di posti potranno essere accolti anche minori non residenti.",
          "La quota di partecipazione settimanale è determinata in base all'ISEE del nucleo familiare secondo le fasce approvate con deliberazione della Giunta Comunale n. 44 del 02/04/2026.",
          "Le domande dovranno pervenire entro le ore 12:00 del 22 maggio 2026, utilizzando il modulo disponibile sul sito istituzionale e presso l'Ufficio Servizi Sociali."]:
    p.multi_cell(0, 5.5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.ln(4); p.set_font("LS", "B", 9)
for k, v in [("Responsabile del procedimento", "dott.ssa Paola Sbarra"), ("Data di pubblicazione", "17/04/2026"), ("Scadenza", "22/05/2026, ore 12:00")]:
    p.set_fill_color(225, 225, 225); p.cell(60, 7, k, border=1, fill=True); p.set_font("LS", "", 9); p.cell(0, 7, v, border=1, new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "B", 9)
p.ln(8); p.set_font("LS", "", 10)
p.cell(0, 6, "Vignanello, 17 aprile 2026", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_x(110); p.cell(0, 6, "Il Responsabile dell'Area Amministrativa", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.cell(0, 6, "dott. Alessandro Ceccarelli", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
