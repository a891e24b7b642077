# fpdf2 build: Valmontone numbered avviso pubblico (APKappa-like print)
from fpdf import FPDF
OUT = '/tmp/round18/print-18/'
class P(FPDF):
    def header(self):
        self.set_draw_color(0, 70, 140); self.set_line_width(0.5)
        self.rect(15, 10, 14, 17)
        self.set_font('DV', '', 6); self.set_xy(15, 17); self.cell(14, 3, 'STEMMA', align='C')
        self.set_xy(33, 10); self.set_font('DV', 'B', 15); self.set_text_color(0, 70, 140)
        self.cell(0, 7, 'COMUNE DI VALMONTONE', new_x='LMARGIN', new_y='NEXT')
        self.set_x(33); self.set_font('DV', '', 9); self.set_text_color(0)
        self.cell(0, 4.5, 'Città Metropolitana di Roma Capitale', new_x='LMARGIN', new_y='NEXT')
        self.set_x(33); self.cell(0, 4.5, 'AREA I - SERVIZI SOCIALI, CULTURALI E SCOLASTICI', new_x='LMARGIN', new_y='NEXT')
        self.line(15, 30, 195, 30); self.set_y(36)
    def footer(self):
        self.set_y(-14); self.set_font('DV', '', 7)
        self.cell(0, 4, 'Comune di Valmontone - Via Nazionale, 5 - 00038 Valmontone (RM) - Avviso pubblico n. 3/2026 - pag. %d/{nb}' % self.page_no(), align='C')
pdf = P('P', 'mm', 'A4'); pdf.alias_nb_pages()
pdf.add_font('DV', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
pdf.add_font('DV', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
pdf.set_creator('APKappa - Hypersic Atti'); pdf.set_title('Avviso pubblico n. 3/2026')
pdf.set_margins(18, 15, 18); pdf.set_auto_page_break(True, 20)
pdf.add_page()
pdf.set_font('DV', '', 9)
pdf.cell(87, 5, 'Registro Avvisi N. 3 del 12/01/2026', border=1, align='C')
pdf.cell(87, 5, 'Prot. n. 842 del 12/01/2026', border=1, align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('DV', 'B', 13)
pdf.cell(0, 7, 'AVVISO PUBBLICO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DV', 'B', 10.5)
pdf.multi_cell(0, 5.5, "PER L'EROGAZIONE DI CONTRIBUTI A SOSTEGNO DELLE SPESE PER LA FORNITURA DEI LIBRI DI TESTO - ANNO SCOLASTICO 2025/2026", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_font('DV', '', 9.5)
def par(t, b=False, al='J'):
    pdf.set_font('DV', 'B' if b else '', 9.5); pdf.multi_cell(0, 4.8, t, align=al, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.2)
par("LA RESPONSABILE DELL'AREA I", True, 'C')
par("Visti l'art. 27 della Legge 23 dicembre 1998, n. 448, la Deliberazione della Giunta Regionale del Lazio n. 1012 del 20/11/2025 e la determinazione regionale di riparto dei fondi ai Comuni; in esecuzione della propria determinazione n. 18 del 09/01/2026,")
par("RENDE NOTO", True, 'C')
par("che a partire dalla data di pubblicazione del presente avviso e fino alle ore 12:00 del giorno 13/02/2026 è possibile presentare domanda per l'assegnazione del contributo per la fornitura gratuita, totale o parziale, dei libri di testo per l'anno scolastico 2025/2026.")
sections = [
 ("Art. 1 - Destinatari", "Possono presentare domanda i genitori o gli esercenti la responsabilità genitoriale degli studenti residenti nel Comune di Valmontone, iscritti per l'a.s. 2025/2026 alle scuole secondarie di primo e secondo grado, statali o paritarie."),
 ("Art. 2 - Requisiti economici", "Il nucleo familiare dello studente deve avere un Indicatore della Situazione Economica Equivalente (ISEE) in corso di validità non superiore a € 15.493,71."),
 ("Art. 3 - Modalità di presentazione", "La domanda deve essere compilata esclusivamente sul modello allegato al presente avviso (Allegato 1), corredata dalla copia dell'attestazione ISEE, delle fatture o degli scontrini attestanti la spesa sostenuta e di un documento di identità del richiedente, e può essere presentata all'Ufficio Protocollo oppure inviata via PEC all'indirizzo protocollo@pec.comune.valmontone.rm.it."),
 ("Art. 4 - Entità del contributo", "Il contributo è determinato in misura proporzionale alla spesa documentata e ai fondi assegnati dalla Regione Lazio, fino alla concorrenza della spesa sostenuta. In caso di insufficienza delle risorse sarà data priorità ai nuclei con ISEE più basso."),
 ("Art. 5 - Controlli", "L'Amministrazione effettuerà controlli a campione sulla veridicità delle dichiarazioni rese, ai sensi dell'art. 71 del D.P.R. 445/2000."),
 ("Art. 6 - Trattamento dei dati personali", "I dati forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente procedimento. Titolare del trattamento è il Comune di Valmontone."),
 ("Art. 7 - Informazioni", "Responsabile del procedimento è la dott.ssa Silvia Ciocci, Ufficio Pubblica Istruzione (tel. 06 95990224), al quale è possibile rivolgersi il lunedì e il mercoledì dalle ore 9:00 alle ore 12:00."),
]
for h, t in sections:
    par(h, True, 'L'); par(t)
pdf.ln(3)
pdf.set_font('DV', '', 9.5)
pdf.cell(90, 5, 'Valmontone, 12/01/2026')
pdf.cell(0, 5, "LA RESPONSABILE DELL'AREA I", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.cell(90, 5, ''); pdf.cell(0, 5, 'Dott.ssa Roberta Fiorini', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DV', '', 7.5)
pdf.cell(90, 4, ''); pdf.cell(0, 4, '(firmato digitalmente ai sensi del D.Lgs. 82/2005)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.output(OUT + 'avviso-valmontone-apkappa.pdf')
