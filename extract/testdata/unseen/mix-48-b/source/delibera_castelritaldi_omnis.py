# Giunta deliberation of the Comune di Castel Ritaldi, in the manner of an Omnis Studio report
# (grey label boxes, Helvetica-like face), drawn with fpdf2.
import sys
from fpdf import FPDF

LIB = '/usr/share/fonts/truetype/liberation/'

class P(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font('LS', '', 7)
            self.set_text_color(90)
            self.cell(0, 4, 'Comune di Castel Ritaldi - Giunta Comunale - Atto n. 21 del 13/03/2026', align='R', new_x='LMARGIN', new_y='NEXT')
            self.set_text_color(0)
            self.ln(3)
    def footer(self):
        self.set_y(-14)
        self.set_draw_color(150)
        self.line(18, self.get_y(), 192, self.get_y())
        self.set_font('LS', '', 7)
        self.cell(120, 5, 'Atti Giunta - rpt_delibera_gc v.4.2', align='L')
        self.cell(0, 5, f'pagina {self.page_no()}/{{nb}}', align='R')

pdf = P('P', 'mm', 'A4')
pdf.add_font('LS', '', LIB + 'LiberationSans-Regular.ttf')
pdf.add_font('LS', 'B', LIB + 'LiberationSans-Bold.ttf')
pdf.add_font('LS', 'I', LIB + 'LiberationSans-Italic.ttf')
pdf.set_margins(18, 14, 18)
pdf.set_auto_page_break(True, 20)
pdf.set_creator('Omnis Studio 10.2 report')
pdf.set_title('Delibera GC 21/2026')
pdf.add_page()

# letterhead
pdf.set_font('LS', 'B', 15)
pdf.cell(0, 7, 'COMUNE DI CASTEL RITALDI', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('LS', '', 9)
pdf.cell(0, 5, 'PROVINCIA DI PERUGIA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('LS', '', 7.5)
pdf.cell(0, 4, 'Piazza Castello, 1 - 06044 Castel Ritaldi (PG)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)

pdf.set_fill_color(215)
pdf.set_font('LS', 'B', 11)
pdf.cell(0, 8, 'DELIBERAZIONE DELLA GIUNTA COMUNALE', border=1, align='C', fill=True, new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)

# label grid
def lab(w, label, value, h=9, last=False):
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_fill_color(235)
    pdf.rect(x, y, w, h)
    pdf.rect(x, y, w, 3.6, style='F')
    pdf.set_font('LS', '', 6.5)
    pdf.set_xy(x + 1, y + 0.2); pdf.cell(w - 2, 3.2, label)
    pdf.set_font('LS', 'B', 10)
    pdf.set_xy(x + 1, y + 3.8); pdf.cell(w - 2, 5, value)
    if last:
        pdf.set_xy(18, y + h)
    else:
        pdf.set_xy(x + w, y)

lab(30, 'Numero', '21'); lab(36, 'Data', '13/03/2026'); lab(22, 'Ora', '12:00'); lab(44, 'Proposta', 'n. 19 del 09/03/2026'); lab(42, 'Copia', 'ORIGINALE', last=True)
lab(174, 'Ufficio proponente', 'Area Amministrativa - Servizio Cultura, Turismo e Sport', last=True)
pdf.ln(3)

pdf.set_font('LS', '', 7)
pdf.cell(0, 4, 'Oggetto', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('LS', 'B', 11)
subject = 'Concessione di contributo straordinario alla Pro Loco di Castel Ritaldi per la manifestazione "Castel Ritaldi in Fiore 2026". Indirizzi al Responsabile dell\'Area Amministrativa.'
pdf.multi_cell(0, 5.5, subject, border='TB', align='L', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)

pdf.set_font('LS', '', 10)
def para(t, align='J', h=5):
    pdf.multi_cell(0, h, t, align=align, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.5)

para("L'anno duemilaventisei il giorno tredici del mese di marzo alle ore 12:00, nella Residenza Municipale, a seguito di regolare convocazione, si è riunita la Giunta Comunale. Sono presenti i Sigg.: Elisa Fantauzzi, Sindaco; Marco Properzi, Vice Sindaco; Simone Cappelletti, Assessore. È assente giustificata l'Assessore Giulia Mattioli.")
para("Presiede la Sig.ra Elisa Fantauzzi, nella sua qualità di Sindaco. Partecipa, con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione, il Segretario Comunale Dott. Fabrizio Nardoni.")
para("Il Presidente, constatato il numero legale, dichiara aperta la seduta.")
pdf.set_font('LS', 'B', 10)
pdf.cell(0, 6, 'LA GIUNTA COMUNALE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('LS', '', 10)
para("PREMESSO che la Pro Loco di Castel Ritaldi, con nota acquisita al protocollo n. 1874 del 24/02/2026, ha chiesto un contributo economico per l'organizzazione della manifestazione \"Castel Ritaldi in Fiore 2026\", in programma nel centro storico nei giorni 25 e 26 aprile 2026, allegando il programma e il preventivo delle spese per complessivi euro 6.800,00;")
para("RICHIAMATO il Regolamento comunale per la concessione di contributi e benefici economici ad enti e associazioni, approvato con deliberazione del Consiglio Comunale n. 31 del 27/09/2019, e in particolare l'art. 8, che disciplina i contributi straordinari per iniziative di rilevante interesse per la comunità locale;")
para("RITENUTO che l'iniziativa contribuisca alla promozione del territorio e delle produzioni florovivaistiche locali e che sia pertanto meritevole di sostegno nella misura di euro 2.500,00;")
para("VISTI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49, comma 1, del D.Lgs. n. 267/2000 dai Responsabili delle Aree competenti;")
para("CON VOTI unanimi favorevoli, resi nei modi di legge,")
pdf.set_font('LS', 'B', 10)
pdf.cell(0, 6, 'DELIBERA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('LS', '', 10)
bul = [
    "di concedere alla Pro Loco di Castel Ritaldi un contributo straordinario di euro 2.500,00 per l'organizzazione della manifestazione \"Castel Ritaldi in Fiore 2026\";",
    "di imputare la spesa alla Missione 7, Programma 01, capitolo 10520 del bilancio di previsione 2026/2028, esercizio 2026;",
    "di demandare al Responsabile dell'Area Amministrativa l'adozione degli atti di impegno e di liquidazione, quest'ultima subordinata alla presentazione del rendiconto delle spese sostenute.",
]
for b in bul:
    y = pdf.get_y()
    pdf.set_x(22); pdf.cell(5, 5, '-')
    pdf.set_xy(27, y); pdf.multi_cell(0, 5, b, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
para("Inoltre, stante l'urgenza di provvedere in tempo utile per lo svolgimento della manifestazione, con separata votazione unanime favorevole, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
pdf.ln(4)
pdf.set_font('LS', 'I', 9)
pdf.cell(0, 5, 'Il presente verbale viene letto, approvato e sottoscritto.', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
if pdf.get_y() + 22 > 277:
    pdf.add_page()
y = pdf.get_y()
pdf.set_font('LS', '', 8)
pdf.set_fill_color(235)
for x, lab_, nm in ((18, 'IL SINDACO', 'Elisa Fantauzzi'), (108, 'IL SEGRETARIO COMUNALE', 'Dott. Fabrizio Nardoni')):
    pdf.rect(x, y, 84, 18)
    pdf.set_xy(x, y); pdf.cell(84, 4.5, lab_, fill=True, align='C')
    pdf.set_font('LS', 'B', 10); pdf.set_xy(x, y + 6); pdf.cell(84, 5, nm, align='C')
    pdf.set_font('LS', 'I', 7); pdf.set_xy(x, y + 12); pdf.cell(84, 4, 'Firmato digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005', align='C')
    pdf.set_font('LS', '', 8)
pdf.set_xy(18, y + 26)
pdf.set_fill_color(215)
pdf.set_font('LS', 'B', 9)
pdf.cell(0, 6, 'PUBBLICAZIONE', border=1, fill=True, align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('LS', '', 9)
pdf.multi_cell(0, 5, "La presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per 15 giorni consecutivi dal 16/03/2026 al 31/03/2026 (reg. pubbl. n. 233) e contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. n. 267/2000.", border=1, align='J', new_x='LMARGIN', new_y='NEXT')
pdf.output(sys.argv[1])
