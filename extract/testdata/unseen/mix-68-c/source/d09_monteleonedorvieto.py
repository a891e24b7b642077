# Comune di Monteleone d'Orvieto (TR) - BANDO PUBBLICO N. 1/2026, grants for restoring facades in the
# historic centre. fpdf2 with embedded Liberation fonts: the register number and date stand in a
# boxed label grid at the top right ("REGISTRO BANDI E AVVISI - N. 1/2026 - del 12.06.2026"); the title
# is letter-spaced (char spacing); the body is justified (fpdf2 spreads the blanks inside TJ arrays);
# a running head and a foot with "pag. X/Y" on every page.
import sys
from fpdf import FPDF

FD = "/usr/share/fonts/truetype/liberation/"

class Bando(FPDF):
    def header(self):
        self.set_font("Sans", "", 7.5); self.set_text_color(90, 90, 90)
        if self.page_no() > 1:
            self.set_xy(20, 10)
            self.cell(0, 4, "Comune di Monteleone d'Orvieto – Area Tecnica – Bando pubblico n. 1/2026", align="L")
            self.line(20, 15, 190, 15); self.set_y(20)
        self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-16); self.set_draw_color(120, 120, 120); self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("Sans", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(120, 6, "Corso Vittorio Emanuele, 1 – 05017 Monteleone d'Orvieto (TR) – PEC comune.monteleonedorvieto@postacert.umbria.it", align="L")
        self.cell(0, 6, f"pag. {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

pdf = Bando(format="A4"); pdf.set_margins(20, 18, 20); pdf.set_auto_page_break(True, 22)
pdf.add_font("Serif", "", FD + "LiberationSerif-Regular.ttf"); pdf.add_font("Serif", "B", FD + "LiberationSerif-Bold.ttf")
pdf.add_font("Serif", "I", FD + "LiberationSerif-Italic.ttf"); pdf.add_font("Sans", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", FD + "LiberationSans-Bold.ttf")
pdf.set_title("Bando facciate centro storico 2026"); pdf.set_author("Area Tecnica"); pdf.set_creator("GeAtti Umbria - stampa bandi")
pdf.alias_nb_pages()
pdf.add_page()

# letterhead (left) and register grid (right)
pdf.set_font("Serif", "B", 15); pdf.set_xy(20, 18); pdf.cell(110, 8, "COMUNE DI MONTELEONE D'ORVIETO")
pdf.set_font("Serif", "I", 10.5); pdf.set_xy(20, 26); pdf.cell(110, 5, "Provincia di Terni")
pdf.set_font("Sans", "B", 8.5); pdf.set_xy(20, 32); pdf.cell(110, 4.5, "AREA TECNICA")
pdf.set_font("Sans", "", 8.5); pdf.set_xy(20, 36.5); pdf.cell(110, 4.5, "Servizio Urbanistica ed Edilizia Privata")
gx, gy = 142, 18
pdf.set_fill_color(230, 230, 230); pdf.set_draw_color(0, 0, 0)
pdf.set_xy(gx, gy); pdf.set_font("Sans", "B", 7); pdf.cell(48, 5, "REGISTRO BANDI E AVVISI", border=1, align="C", fill=True)
pdf.set_xy(gx, gy + 5); pdf.set_font("Sans", "", 7.5); pdf.cell(14, 7, "N.", border=1, align="C", fill=True)
pdf.set_font("Sans", "B", 11); pdf.cell(34, 7, "1/2026", border=1, align="C")
pdf.set_xy(gx, gy + 12); pdf.set_font("Sans", "", 7.5); pdf.cell(14, 7, "del", border=1, align="C", fill=True)
pdf.set_font("Sans", "B", 11); pdf.cell(34, 7, "12.06.2026", border=1, align="C")
pdf.set_line_width(0.6); pdf.line(20, 44, 190, 44); pdf.set_line_width(0.2)

pdf.set_y(50)
pdf.set_font("Serif", "B", 16); pdf.set_char_spacing(2.2)
pdf.cell(0, 8, "BANDO PUBBLICO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(1)
pdf.set_font("Serif", "B", 11.5)
for s in ["PER LA CONCESSIONE DI CONTRIBUTI A FONDO PERDUTO PER IL RECUPERO",
          "E IL RESTAURO DELLE FACCIATE DEGLI EDIFICI DEL CENTRO STORICO –",
          "ANNO 2026"]:
    pdf.cell(0, 6, s, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

def par(t, size=10.8, style="", after=2.2, align="J", font="Serif", h=5.3):
    pdf.set_font(font, style, size); pdf.multi_cell(0, h, t, align=align, new_x="LMARGIN", new_y="NEXT"); pdf.ln(after)
def art(n, title):
    pdf.ln(1); pdf.set_font("Sans", "B", 10); pdf.cell(0, 5.5, f"Art. {n} – {title}", new_x="LMARGIN", new_y="NEXT")

pdf.set_font("Serif", "B", 11); pdf.set_char_spacing(1.5)
pdf.cell(0, 6, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0)
par("in esecuzione della deliberazione della Giunta comunale n. 44 del 21.5.2026, con la quale sono stati approvati i criteri per la concessione dei contributi, e della propria determinazione n. 102 del 11.6.2026 (Reg. Gen.), con la quale è stato approvato il presente bando e prenotata la spesa di € 60.000,00 sul capitolo 3520 del bilancio 2026-2028,")
pdf.set_font("Serif", "B", 11); pdf.set_char_spacing(2); pdf.cell(0, 7, "RENDE NOTO", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0)
par("che dal 15 giugno al 31 luglio 2026 è possibile presentare domanda per la concessione di contributi a fondo perduto per interventi di recupero, restauro e tinteggiatura delle facciate prospicienti la pubblica via degli edifici ricadenti nella zona A (centro storico) del Piano Regolatore Generale.")
art(1, "Interventi ammissibili")
par("Sono ammessi a contributo gli interventi di manutenzione ordinaria e straordinaria e di restauro delle facciate, comprese le opere di rifacimento degli intonaci, delle tinteggiature a base di calce e dei terminali di gronda, il recupero degli elementi lapidei e dei serramenti esterni in legno, la rimozione di cavi e impianti a vista, purché conformi al Piano del colore approvato con deliberazione del Consiglio comunale n. 31 del 29.9.2014.")
art(2, "Beneficiari")
par("Possono presentare domanda i proprietari degli edifici, singoli o riuniti in condominio, e i titolari di diritti reali di godimento. Sono esclusi gli immobili oggetto di procedure di abuso edilizio non definite.")
art(3, "Misura del contributo")
par("Il contributo è pari al 40% della spesa ammissibile, al netto dell'IVA, e non può superare l'importo di € 6.000,00 per ciascun edificio. Il contributo non è cumulabile con altre agevolazioni pubbliche per le medesime opere, fatte salve le detrazioni fiscali previste dalla normativa statale.")
art(4, "Domanda e documentazione")
par("La domanda, redatta sul modulo allegato (Allegato A), deve essere presentata entro le ore 12:00 del 31 luglio 2026 all'Ufficio Protocollo o tramite PEC, corredata di: documentazione fotografica dello stato di fatto; computo metrico estimativo redatto da tecnico abilitato; campionatura dei colori; copia del titolo edilizio o della comunicazione presentata.")
art(5, "Graduatoria e liquidazione")
par("Le domande sono valutate da una commissione tecnica che attribuisce i punteggi previsti dai criteri (visibilità dell'edificio, stato di degrado, pregio storico-architettonico, data di presentazione). La graduatoria è approvata con determinazione e pubblicata all'Albo Pretorio on line. Il contributo è liquidato a lavori ultimati, previa verifica della conformità delle opere e presentazione delle fatture quietanzate; i lavori devono concludersi entro il 30 giugno 2027.")
art(6, "Informazioni")
par("Responsabile del procedimento è l'arch. Lorenzo Bellucci, Servizio Urbanistica ed Edilizia Privata, tel. 0763 834 021, ricevimento del pubblico il martedì e il venerdì dalle ore 10:00 alle ore 12:30.")
pdf.ln(3)
par("Monteleone d'Orvieto, 12 giugno 2026", align="L")
pdf.ln(2)
pdf.set_x(110); pdf.set_font("Serif", "B", 10.8); pdf.cell(80, 5.5, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("Serif", "", 10.8); pdf.cell(80, 5.5, "arch. Lorenzo Bellucci", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("Serif", "I", 8); pdf.cell(80, 4.5, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C")
pdf.output(sys.argv[1])
