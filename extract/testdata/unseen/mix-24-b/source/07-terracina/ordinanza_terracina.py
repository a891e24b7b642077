# Ordinanza sindacale contingibile e urgente (fpdf2): timbro di protocollo in alto a destra,
# numero nel titolo, ORDINA con punti numerati, AVVERTE/DISPONE in prosa.
from fpdf import FPDF

class O(FPDF):
    def header(self):
        self.set_font('LS', '', 7)
        # timbro di protocollo
        self.set_xy(140, 8)
        self.set_draw_color(30, 30, 120); self.set_text_color(30, 30, 120)
        self.multi_cell(55, 3.6, 'CITTÀ DI TERRACINA\nProtocollo Generale\nN. 0012874 del 05/03/2026\nUSCITA – Cat. 6 Cl. 5', border=1, align='C')
        self.set_text_color(0, 0, 0); self.set_draw_color(0, 0, 0)
        if self.page_no() == 1:
            self.set_xy(15, 14)
            self.set_font('LSB', '', 9); self.cell(0, 4, '[stemma]', align='L')
            self.set_xy(15, 22)
            self.set_font('LSerB', '', 18); self.cell(180, 8, 'CITTÀ DI TERRACINA', align='C', new_x='LMARGIN', new_y='NEXT')
            self.set_font('LSer', '', 9); self.cell(180, 4, 'Provincia di Latina', align='C', new_x='LMARGIN', new_y='NEXT')
            self.set_font('LSerB', '', 10); self.cell(180, 6, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
            self.ln(4)
        else:
            self.set_y(28)
    def footer(self):
        self.set_y(-14)
        self.set_font('LS', '', 7)
        self.cell(0, 4, 'Ordinanza sindacale n. 23 del 05/03/2026 – Piazza Municipio, 1 – 04019 Terracina (LT)', align='L')
        self.cell(0, 4, f'{self.page_no()}/{{nb}}', align='R')

pdf = O(format='A4')
pdf.add_font('LS', '', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf')
pdf.add_font('LSB', '', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf')
pdf.add_font('LSer', '', '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf')
pdf.add_font('LSerB', '', '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf')
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 20)
pdf.set_title('Ordinanza sindacale n. 23 del 05/03/2026')
pdf.set_creator('Modello ordinanze – Segreteria del Sindaco'); pdf.set_producer('PyFPDF/fpdf2.8.9')
pdf.add_page()

def par(t, font='LSer', size=10.5, align='J', h=5.2, after=1.8):
    pdf.set_font(font, '', size); pdf.multi_cell(0, h, t, align=align, new_x='LMARGIN', new_y='NEXT'); pdf.ln(after)

par('ORDINANZA CONTINGIBILE E URGENTE N. 23 DEL 05/03/2026', 'LSerB', 12, 'C', 6, 3)
pdf.set_font('LSerB', '', 10.5)
pdf.multi_cell(0, 5.2, 'OGGETTO: Misure urgenti a tutela della pubblica incolumità per caduta massi dal costone roccioso di Monte Sant’Angelo – chiusura temporanea al transito veicolare e pedonale di Via Anxur nel tratto compreso tra Via San Francesco Nuovo e Via della Rocca.', border='TB', align='J', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
par('IL SINDACO', 'LSerB', 10.5, 'C')
for t in [
 'PREMESSO che nella notte tra il 3 e il 4 marzo 2026, a seguito delle intense precipitazioni, si è verificato il distacco di alcuni blocchi lapidei dal costone roccioso sovrastante Via Anxur, con caduta di materiale sulla sede stradale e danneggiamento della recinzione di protezione;',
 'VISTO il verbale di sopralluogo del 04/03/2026 redatto dal Settore Lavori Pubblici e Protezione Civile, congiuntamente al Comando di Polizia Locale e ai Vigili del Fuoco – Distaccamento di Terracina, dal quale emerge la persistenza di un pericolo attuale per la pubblica incolumità e la necessità di interdire il transito nel tratto interessato fino all’esecuzione degli interventi di disgaggio e messa in sicurezza;',
 'RITENUTO che sussistano i presupposti di contingibilità e urgenza per l’adozione di un provvedimento a tutela della pubblica incolumità;',
 'VISTI l’art. 54, comma 4, e l’art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267; gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada); il D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile);',
]: par(t)
par('O R D I N A', 'LSerB', 10.5, 'C')
for i, t in enumerate([
 'la chiusura al transito veicolare e pedonale di Via Anxur nel tratto compreso tra Via San Francesco Nuovo e Via della Rocca, con decorrenza immediata e fino alla revoca della presente ordinanza;',
 'il divieto di sosta con rimozione forzata su entrambi i lati di Via San Francesco Nuovo, per una lunghezza di m 50 dall’intersezione con Via Anxur, al fine di consentire la manovra dei mezzi di soccorso e di cantiere;',
 'ai proprietari dei fondi sovrastanti il costone, individuati catastalmente al Foglio 121, particelle 45, 46 e 212, di consentire l’accesso ai tecnici incaricati dal Comune per le verifiche e gli interventi di messa in sicurezza.',
], 1):
    pdf.set_font('LSer', '', 10.5)
    pdf.cell(8, 5.2, f'{i}.')
    pdf.multi_cell(0, 5.2, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.5)
par('D I S P O N E', 'LSerB', 10.5, 'C')
par('che il Settore Lavori Pubblici e Protezione Civile provveda all’immediata installazione della segnaletica e delle transenne necessarie e che il Comando di Polizia Locale e le altre Forze dell’Ordine siano incaricati di vigilare sull’osservanza della presente ordinanza, che è resa nota mediante pubblicazione all’Albo Pretorio on line, sul sito istituzionale e con affissione nei luoghi interessati.')
par('A V V E R T E', 'LSerB', 10.5, 'C')
par('che i trasgressori saranno puniti ai sensi dell’art. 7-bis del D.Lgs. 267/2000 e del Codice della Strada, salvo che il fatto costituisca reato, e che avverso la presente ordinanza è ammesso ricorso al T.A.R. del Lazio – Sezione di Latina entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.')
par('La presente ordinanza è trasmessa alla Prefettura – Ufficio Territoriale del Governo di Latina, al Comando Provinciale dei Vigili del Fuoco, alla Stazione Carabinieri di Terracina e al Commissariato di P.S. di Terracina.')
pdf.ln(3)
par('Terracina, 05/03/2026', after=4)
pdf.set_x(110); par('IL SINDACO\nAvv. Giovanni Maria Tosti', 'LSerB', 10.5, 'C')
pdf.set_x(110); par('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', 'LS', 7, 'C', 3.5)
pdf.output('ordinanza-terracina.pdf')
