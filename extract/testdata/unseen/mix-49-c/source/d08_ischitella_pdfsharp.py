# Avviso pubblico n. 3/2026, Comune di Ischitella -- fpdf2 (Python), imitating a PDFsharp/.NET-generated notice
import sys
from fpdf import FPDF
F = '/usr/share/fonts/truetype/dejavu/'
class P(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font('DV', '', 7.5); self.set_text_color(100)
            self.cell(0, 5, 'Comune di Ischitella - Avviso pubblico n. 3/2026', align='L')
            self.ln(8); self.set_text_color(0)
    def footer(self):
        self.set_y(-15); self.set_font('DV', '', 7.5); self.set_text_color(100)
        self.cell(0, 4, 'Comune di Ischitella - Via Giuseppe Mazzini, 1 - 71010 Ischitella (FG) - protocollo@pec.comune.ischitella.fg.it', align='C', new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4, f'Pagina {self.page_no()} di {{nb}}', align='C')
p = P('P', 'mm', 'A4')
p.add_font('DV', '', F+'DejaVuSans.ttf'); p.add_font('DV', 'B', F+'DejaVuSans-Bold.ttf'); p.add_font('DV', 'I', F+'DejaVuSans-Oblique.ttf')
p.add_font('DVS', '', F+'DejaVuSerif.ttf'); p.add_font('DVS', 'B', F+'DejaVuSerif-Bold.ttf')
p.set_title('Avviso pubblico n. 3/2026'); p.set_author('Comune di Ischitella'); p.set_creator('Protocollo e Albo - stampa avvisi')
p.set_margins(20, 15, 20); p.set_auto_page_break(True, 22)
p.add_page()
# letterhead: crest left, text centred
p.rect(20, 15, 17, 21); p.set_font('DV', '', 5.5); p.set_xy(20, 24); p.cell(17, 3, 'STEMMA', align='C')
p.set_xy(40, 15); p.set_font('DVS', 'B', 18); p.cell(150, 9, 'COMUNE DI ISCHITELLA', align='C', new_x='LMARGIN', new_y='NEXT')
p.set_x(40); p.set_font('DVS', '', 10); p.cell(150, 5, 'Provincia di Foggia', align='C', new_x='LMARGIN', new_y='NEXT')
p.set_x(40); p.set_font('DV', 'B', 9.5); p.cell(150, 6, 'SETTORE I – AFFARI GENERALI E SERVIZI ALLA PERSONA', align='C', new_x='LMARGIN', new_y='NEXT')
p.set_x(40); p.set_font('DV', 'I', 9); p.cell(150, 5, 'Servizio Politiche Sociali', align='C', new_x='LMARGIN', new_y='NEXT')
p.set_draw_color(0, 90, 60); p.set_line_width(0.8); p.line(20, 40, 190, 40); p.set_line_width(0.2); p.set_draw_color(0)
# protocol stamp box top-right
p.set_xy(132, 44); p.set_font('DV', '', 7.5)
p.multi_cell(58, 4, 'COMUNE DI ISCHITELLA\nProt. n. 0001457 del 02/03/2026\nPartenza - Cat. 7 Cl. 8', border=1, align='C', new_x='LMARGIN', new_y='NEXT')
p.ln(6)
p.set_font('DV', 'B', 16); p.cell(0, 9, 'AVVISO PUBBLICO N. 3/2026', align='C', new_x='LMARGIN', new_y='NEXT')
p.ln(2)
p.set_font('DV', 'B', 11.5)
p.multi_cell(0, 6.2, new_x='LMARGIN', new_y='NEXT', text='CONTRIBUTI A SOSTEGNO DELLE FAMIGLIE PER IL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026', align='C')
p.ln(4)
p.set_font('DVS', '', 10.5)
def para(t, b=False):
    p.set_font('DVS', 'B' if b else '', 10.5); p.multi_cell(0, 5.4, t, align='J', new_x='LMARGIN', new_y='NEXT'); p.ln(1.8)
para('IL RESPONSABILE DEL SETTORE I', True)
para('In esecuzione della deliberazione della Giunta Comunale n. 19 del 24/02/2026 e della propria determinazione n. 27 del 27/02/2026 (Reg. Gen. n. 104), con le quali sono stati approvati i criteri e lo schema del presente avviso,')
p.set_font('DVS', 'B', 11); p.cell(0, 7, 'RENDE NOTO', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(1)
para('che a decorrere dalla data di pubblicazione del presente avviso e fino alle ore 12:00 del giorno 03/04/2026 i cittadini in possesso dei requisiti sotto indicati possono presentare domanda per l\'assegnazione dei contributi integrativi per il pagamento dei canoni di locazione, di cui all\'art. 11 della Legge 9 dicembre 1998, n. 431.')
arts = [
 ('Art. 1 – Requisiti per l\'accesso', 'Possono partecipare i nuclei familiari residenti nel Comune di Ischitella, titolari di un contratto di locazione ad uso abitativo regolarmente registrato, non di edilizia residenziale pubblica, con un valore ISEE ordinario non superiore a € 16.500,00 e con un\'incidenza del canone annuo sul valore ISEE non inferiore al 24 per cento.'),
 ('Art. 2 – Entità del contributo', 'Il contributo è determinato in misura proporzionale all\'incidenza del canone sul reddito e non può in ogni caso superare l\'importo di € 2.400,00 annui per nucleo familiare. La graduatoria è formata secondo i criteri stabiliti dalla Regione Puglia.'),
 ('Art. 3 – Modalità di presentazione della domanda', 'La domanda, redatta esclusivamente sul modello disponibile presso l\'Ufficio Servizi Sociali e sul sito istituzionale dell\'Ente, deve essere presentata a mano all\'Ufficio Protocollo, in orario di apertura al pubblico, oppure trasmessa a mezzo PEC all\'indirizzo protocollo@pec.comune.ischitella.fg.it.'),
 ('Art. 4 – Documentazione da allegare', 'Alla domanda devono essere allegati: copia del documento di identità in corso di validità; copia del contratto di locazione registrato; attestazione ISEE in corso di validità; ricevute di pagamento del canone relative all\'anno 2025.'),
 ('Art. 5 – Controlli e trattamento dei dati', 'L\'Amministrazione effettua controlli sulla veridicità delle dichiarazioni ai sensi del D.P.R. n. 445/2000. I dati personali sono trattati nel rispetto del Regolamento (UE) 2016/679, esclusivamente per le finalità del presente procedimento.'),
 ('Art. 6 – Responsabile del procedimento', 'Il Responsabile del procedimento è l\'assistente sociale Dott.ssa Michela Ricucci; per informazioni è possibile rivolgersi all\'Ufficio Servizi Sociali il martedì e il giovedì dalle ore 9:00 alle ore 12:00 (tel. 0884 996211).'),
]
for h, t in arts:
    p.set_font('DV', 'B', 10); p.multi_cell(0, 5.5, h, new_x='LMARGIN', new_y='NEXT'); para(t)
p.ln(4)
p.set_font('DVS', '', 10.5); p.cell(85, 5, 'Ischitella, 02/03/2026')
p.set_font('DVS', 'B', 10.5); p.cell(0, 5, 'IL RESPONSABILE DEL SETTORE I', align='C', new_x='LMARGIN', new_y='NEXT'); p.set_x(105)
p.set_font('DVS', '', 10.5); p.cell(0, 5, 'Dott.ssa Lucia Del Vecchio', align='C', new_x='LMARGIN', new_y='NEXT'); p.set_x(105)
p.set_font('DV', 'I', 7.5); p.cell(0, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.', align='C')
p.output(sys.argv[1])
