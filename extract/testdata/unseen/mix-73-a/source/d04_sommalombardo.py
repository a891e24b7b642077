# fpdf2: number and date of the ordinanza printed only in the box top right
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
p = FPDF(format="A4"); p.set_creator("J-Iride Stampe"); p.set_producer("J-Iride PDF 4.0")
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
p.add_page(); p.set_margins(20, 15, 20)
p.set_font("LS", "B", 15); p.set_xy(20, 16); p.cell(110, 8, "COMUNE DI SOMMA LOMBARDO")
p.set_font("LS", "", 9); p.set_xy(20, 24); p.cell(110, 5, "Provincia di Varese")
p.set_xy(20, 29); p.set_font("LS", "B", 10); p.cell(110, 5, "Settore Mobilità e Trasporti")
p.set_draw_color(0); p.rect(140, 14, 50, 22)
p.set_font("LS", "", 8); p.set_xy(142, 15); p.cell(46, 4, "ORDINANZA N.")
p.set_font("LS", "B", 13); p.set_xy(142, 19); p.cell(46, 6, "23", align="C")
p.set_font("LS", "", 8); p.set_xy(142, 26); p.cell(46, 4, "DATA")
p.set_font("LS", "B", 10); p.set_xy(142, 30); p.cell(46, 5, "19.02.2026", align="C")
p.line(20, 40, 190, 40)
p.set_xy(20, 46); p.set_font("LS", "B", 10.5)
p.multi_cell(170, 5.5, "OGGETTO: Modifica temporanea della viabilità in via Giuseppe Mazzini e piazza Vittorio Veneto in occasione del Carnevale sommese del 22 febbraio 2026.", align="J")
p.ln(4); p.set_font("LS", "B", 11); p.cell(170, 6, "IL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("LS", "", 10.5)
for t in ["Vista la comunicazione della Pro Loco di Somma Lombardo, registrata al protocollo generale in data 05/02/2026, relativa allo svolgimento della sfilata dei carri allegorici;",
          "Ritenuto necessario adottare misure di regolamentazione della circolazione stradale a tutela della pubblica incolumità;",
          "Visti gli artt. 6 e 7 del D.Lgs. 285/1992 e il relativo Regolamento di esecuzione;"]:
    p.multi_cell(170, 5.5, t, align="J"); p.ln(1.5)
p.ln(2); p.set_font("LS", "B", 11); p.cell(170, 6, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("LS", "", 10.5)
for i, t in enumerate(["domenica 22 febbraio 2026, dalle ore 13:00 alle ore 19:00, il divieto di transito veicolare in via Giuseppe Mazzini e in piazza Vittorio Veneto, eccetto i mezzi di soccorso e di polizia;",
          "nello stesso giorno, dalle ore 8:00 alle ore 20:00, il divieto di sosta con rimozione forzata in piazza Vittorio Veneto;",
          "la deviazione delle linee di trasporto pubblico locale lungo via Briante e via Cavour."], 1):
    p.multi_cell(170, 5.5, f"{i}) {t}", align="J"); p.ln(1.5)
p.ln(4); p.multi_cell(170, 5.5, "La Polizia Locale e le altre Forze dell'ordine sono incaricate di far rispettare la presente ordinanza.", align="J")
p.ln(10); p.set_x(120); p.cell(60, 5, "Il Responsabile del Settore", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(120); p.cell(60, 5, "geom. Alessandro Vanoni", align="C")
p.output(sys.argv[1])
