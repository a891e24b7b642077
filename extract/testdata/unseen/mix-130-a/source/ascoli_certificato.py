"""Comune di Ascoli Satriano, 'Cityware' house style: certificate of publication of
Giunta deliberation n. 71/2028. fpdf2 with core fonts, justified text (Tw)."""
import sys
import fpdf
from fpdf import FPDF

out, crest = sys.argv[1], sys.argv[2]
OGGETTO = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
           "RIQUALIFICAZIONE DELL'AREA A VERDE ATTREZZATO DI VIA SAN POTITO - CUP D23D28000090006")

class P(FPDF):
    def footer(self):
        self.set_y(-16)
        self.set_draw_color(0); self.set_line_width(0.15)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("Helvetica", size=7.5)
        self.cell(120, 5, "Registro delle pubblicazioni n. 1187/2028  -  Cityware Albo Pretorio on line")
        self.cell(50, 5, f"Pag. {self.page_no()} di {{nb}}", align="R")

pdf = P(format="A4")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, 22)
pdf.set_title("Attestazione di pubblicazione - Deliberazione G.C. n. 71 del 06/06/2028")
pdf.set_author("Comune di Ascoli Satriano")
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.set_creator("Cityware Albo Pretorio")
pdf.add_page()
pdf.image(crest, x=20, y=16, w=19)
pdf.set_xy(44, 20)
pdf.set_font("Times", "B", 19); pdf.cell(0, 8, "COMUNE DI ASCOLI SATRIANO", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(44); pdf.set_font("Times", "I", 11); pdf.cell(0, 6, "Provincia di Foggia", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(44); pdf.set_font("Helvetica", size=7.5)
pdf.cell(0, 4, "Piazza Municipio, 1 - 71022 Ascoli Satriano (FG) - C.F. 80003050714 - protocollo@pec.comune.ascolisatriano.fg.it")
pdf.set_line_width(0.45); pdf.line(20, 45, 190, 45)

pdf.set_xy(20, 50)
pdf.set_fill_color(232, 238, 247)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(78, 10, "ATTESTAZIONE DI PUBBLICAZIONE", border=1, fill=True)
pdf.set_font("Helvetica", size=10.5)
pdf.cell(46, 10, "Reg. Pubbl. N. 1187", border=1, align="C")
pdf.cell(46, 10, "del 08/06/2028", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("Times", "B", 12)
pdf.cell(0, 7, "IL SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Times", size=11.5)
pdf.multi_cell(0, 6, "Visti gli atti d'ufficio e la relazione del Messo Comunale, ai sensi dell'art. 124 del D.Lgs. 18 agosto 2000, "
               "n. 267, e dell'art. 32 della legge 18 giugno 2009, n. 69,", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Times", "B", 12)
pdf.cell(0, 7, "A T T E S T A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Times", size=11.5)
pdf.multi_cell(0, 6, "che la deliberazione della Giunta Comunale n. 71 del 06/06/2028, avente ad oggetto:", align="J",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_x(28); pdf.set_font("Times", "B", 11.5)
pdf.multi_cell(154, 6, OGGETTO, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Times", size=11.5)
pdf.multi_cell(0, 6, "è stata pubblicata all'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale "
               "www.comune.ascolisatriano.fg.it, per quindici giorni consecutivi dal 08/06/2028 al 23/06/2028, con il numero 1187 "
               "del registro delle pubblicazioni, senza opposizioni o reclami.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.multi_cell(0, 6, "Attesta altresì che la deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, "
               "comma 4, del D.Lgs. n. 267/2000 ed è stata comunicata ai Capigruppo consiliari con nota prot. n. 7693 del 08/06/2028, "
               "ai sensi dell'art. 125 del medesimo decreto.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.cell(0, 6, "Ascoli Satriano, 08/06/2028", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
y = pdf.get_y()
pdf.set_font("Times", size=11)
pdf.set_xy(20, y); pdf.multi_cell(80, 5.5, "IL MESSO COMUNALE\nAntonio Loconte", align="C")
pdf.set_xy(110, y); pdf.multi_cell(80, 5.5, "IL SEGRETARIO GENERALE\ndott.ssa Lucia Mastrangelo", align="C")
pdf.ln(10)
pdf.set_font("Times", "I", 8.5)
pdf.multi_cell(0, 4.5, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate.", align="C")
pdf.output(out)
