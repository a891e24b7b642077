"""Comune di Prata di Pordenone, 'Ascot' house style: avviso pubblico (not numbered)
for the 2028 summer centres. fpdf2, core fonts: letterhead letter-spaced by
set_char_spacing (Tc), justified text (Tw), bullet list of conditions, footer."""
import sys
import fpdf
from fpdf import FPDF

out, crest = sys.argv[1], sys.argv[2]

class P(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_line_width(0.1); self.line(22, self.get_y(), 190, self.get_y())
        self.set_font("Helvetica", size=7)
        self.cell(120, 4, "Comune di Prata di Pordenone - Area Servizi alla Persona - Avviso centri estivi 2028")
        self.cell(48, 4, f"pag. {self.page_no()} di {{nb}}", align="R")

pdf = P(format="A4")
pdf.set_margins(22, 16, 20)
pdf.set_auto_page_break(True, 22)
pdf.set_title("Avviso pubblico centri estivi comunali 2028")
pdf.set_author("Comune di Prata di Pordenone")
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.set_creator("Ascot Web - Modulistica")
pdf.add_page()
pdf.image(crest, x=22, y=14, w=15)
pdf.set_xy(41, 16)
pdf.set_font("Helvetica", "B", 15); pdf.set_char_spacing(2.4)
pdf.cell(0, 7, "COMUNE DI PRATA DI PORDENONE", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(41); pdf.set_font("Helvetica", size=8); pdf.set_char_spacing(1.4)
pdf.cell(0, 5, "REGIONE AUTONOMA FRIULI VENEZIA GIULIA", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_x(41); pdf.set_font("Helvetica", size=6.8)
pdf.cell(0, 4, "Via Roma, 33 - 33080 Prata di Pordenone (PN) - C.F. 80002310935 - comune.pratadipordenone@certgov.fvg.it")
pdf.set_xy(22, 38)
pdf.set_fill_color(217, 222, 228)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(84, 7, " AVVISO PUBBLICO", fill=True)
pdf.cell(84, 7, "AREA SERVIZI ALLA PERSONA ", fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", size=7.5)
pdf.cell(84, 4.5, " Prot. n. 9874 del 09/06/2028", fill=True)
pdf.cell(84, 4.5, "Servizio Istruzione, Sport e Politiche Giovanili ", fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(7)
pdf.set_font("Helvetica", "B", 12.5)
pdf.multi_cell(0, 6.5, "AVVISO PUBBLICO PER LE ISCRIZIONI AI CENTRI ESTIVI COMUNALI 2028 PER BAMBINI E RAGAZZI DAI 3 AI 14 ANNI",
               align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", size=10)
def p(t, after=2):
    pdf.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(after)
def h(t):
    pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("Helvetica", size=10)
def b(t):
    x = pdf.get_x()
    pdf.cell(6, 5.2, "-")
    pdf.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
p("In esecuzione della deliberazione della Giunta comunale n. 49 del 16/05/2028, si rende noto che sono aperte le iscrizioni "
  "ai centri estivi comunali per l'estate 2028, organizzati dal Comune di Prata di Pordenone in collaborazione con la "
  "cooperativa sociale affidataria del servizio, presso la scuola primaria \"G. Marconi\" di Prata di Sopra e la scuola "
  "dell'infanzia di Villanova.")
h("Periodi e destinatari")
b("Centro estivo infanzia (bambini nati dal 2022 al 2025): dal 3 al 28 luglio 2028, dal lunedì al venerdì, ore 7:45 - 13:00 "
  "oppure 7:45 - 16:00;")
b("Centro estivo primaria e secondaria (ragazzi dai 6 ai 14 anni): dal 19 giugno al 4 agosto 2028, per turni settimanali, "
  "dal lunedì al venerdì, ore 7:45 - 13:00 oppure 7:45 - 16:00.")
h("Quote di partecipazione")
b("euro 55,00 a settimana per la frequenza a tempo parziale, euro 80,00 a settimana per la frequenza a tempo pieno, pasto compreso;")
b("riduzione del 20% per il secondo figlio e del 40% dal terzo figlio; esenzione per i nuclei seguiti dal Servizio sociale dei "
  "Comuni, su segnalazione dell'assistente sociale.")
h("Modalità e termini di iscrizione")
p("Le domande devono essere presentate esclusivamente on line, tramite lo sportello telematico del Comune, accedendo con SPID, "
  "CIE o CNS, dalle ore 9:00 del 12/06/2028 alle ore 12:00 del 16/06/2028 per i turni di giugno e fino al 30/06/2028 per i turni "
  "di luglio e agosto. In caso di domande superiori ai posti disponibili sarà data precedenza ai residenti e ai figli di "
  "genitori entrambi lavoratori.")
p("Il trattamento dei dati personali avverrà nel rispetto del Regolamento (UE) 2016/679; l'informativa completa è disponibile "
  "sullo sportello telematico. Per informazioni: Ufficio Istruzione, tel. 0434 425111, istruzione@comune.prata.pn.it, "
  "dal lunedì al venerdì dalle 9:00 alle 12:30.")
pdf.ln(3)
pdf.cell(0, 6, "Prata di Pordenone, 09/06/2028", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
y = pdf.get_y()
pdf.set_xy(112, y)
pdf.set_line_width(0.2)
pdf.set_font("Helvetica", "B", 8.5)
pdf.multi_cell(78, 4.6, " LA TITOLARE DI ELEVATA QUALIFICAZIONE\n DELL'AREA SERVIZI ALLA PERSONA", border="LTR", new_x="LEFT", new_y="NEXT")
pdf.set_font("Helvetica", size=10)
pdf.multi_cell(78, 5.5, " dott.ssa Monica Bressan", border="LR", new_x="LEFT", new_y="NEXT")
pdf.set_font("Helvetica", "I", 7.5)
pdf.multi_cell(78, 4.5, " (documento firmato digitalmente)", border="LBR")
pdf.output(out)
