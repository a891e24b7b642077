# Comune di Cogoleto - ordinanza sindacale (fpdf2), signed with an InfoCert GoSign graphic signature stamp
from fpdf import FPDF
from fpdf.enums import XPos, YPos

D = '/usr/share/fonts/truetype/dejavu/'
L = '/usr/share/fonts/truetype/liberation/'

class P(FPDF):
    def header(self):
        self.set_draw_color(0, 70, 120)
        self.rect(20, 10, 15, 18)
        self.set_font('LS', '', 5); self.set_xy(20, 17); self.cell(15, 3, 'STEMMA', align='C')
        self.set_xy(38, 11); self.set_font('LSB', '', 15); self.set_text_color(0, 70, 120)
        self.cell(0, 7, 'COMUNE DI COGOLETO', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0); self.set_font('LS', '', 8.5); self.set_x(38)
        self.cell(0, 4.5, 'Città Metropolitana di Genova', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(38); self.set_font('LS', '', 7.5)
        self.cell(0, 4, 'Via Rati, 66 – 16016 Cogoleto (GE) – Tel. 010 917001 – PEC: protocollo@pec.comune.cogoleto.ge.it', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_line_width(0.5); self.line(20, 31, 190, 31); self.set_line_width(0.2)
        self.set_y(36)
    def footer(self):
        self.set_y(-13); self.set_font('LS', '', 7); self.set_text_color(90, 90, 90)
        self.cell(0, 4, 'Ordinanza Sindacale n. 14 del 13/04/2026', align='L')
        self.set_x(20); self.cell(0, 4, f'Pagina {self.page_no()}/{{nb}}', align='R')
        self.set_text_color(0, 0, 0)

pdf = P('P', 'mm', 'A4')
pdf.add_font('LS', '', L + 'LiberationSans-Regular.ttf'); pdf.add_font('LSB', '', L + 'LiberationSans-Bold.ttf')
pdf.add_font('LSI', '', L + 'LiberationSans-Italic.ttf')
pdf.add_font('DS', '', D + 'DejaVuSans.ttf'); pdf.add_font('DSB', '', D + 'DejaVuSans-Bold.ttf')
pdf.set_margins(20, 20, 20); pdf.set_auto_page_break(True, 20)
pdf.set_title('Ordinanza Sindacale n. 14 del 13/04/2026'); pdf.set_author('Comune di Cogoleto')
pdf.alias_nb_pages()
pdf.add_page()

# protocol stamp, top right
pdf.set_draw_color(40, 40, 40); pdf.set_font('LS', '', 7.5)
pdf.set_xy(128, 37); pdf.multi_cell(62, 3.8, 'COMUNE DI COGOLETO\nProt. N. 0009274/2026 del 13/04/2026\nPartenza – Cat. 6 Cl. 5', border=1, align='C')
pdf.set_y(54)
pdf.set_font('LSB', '', 10); pdf.cell(0, 5, 'Settore Lavori Pubblici – Servizio Protezione Civile', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)
pdf.set_font('LSB', '', 14); pdf.cell(0, 7, 'ORDINANZA SINDACALE N. 14 DEL 13/04/2026', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font('LSI', '', 9.5); pdf.cell(0, 5, '(ordinanza contingibile e urgente ai sensi dell’art. 54, comma 4, del D.Lgs. 267/2000)', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)
pdf.set_font('LSB', '', 10)
pdf.cell(20, 5, 'OGGETTO:')
pdf.multi_cell(0, 5, 'Chiusura temporanea al transito pedonale e ciclabile della passeggiata a mare “Lungomare Europa” nel tratto compreso tra Via Ruffini e Via della Stazione per lavori urgenti di ripristino della scogliera danneggiata dalla mareggiata del 9 aprile 2026.', align='J', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)
pdf.set_font('LSB', '', 11); pdf.cell(0, 6, 'IL SINDACO', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(1)
txt = [
    ('PREMESSO', ' che nella notte tra l’8 e il 9 aprile 2026 una violenta mareggiata da libeccio ha interessato il litorale comunale, causando il cedimento di un tratto di circa 40 metri della scogliera a protezione della passeggiata “Lungomare Europa” e lo scalzamento del piano di calpestio;'),
    ('VISTA', ' la relazione del Servizio Protezione Civile prot. n. 9188 del 10/04/2026, corredata da documentazione fotografica, dalla quale emerge un pericolo concreto e attuale per la pubblica incolumità in caso di transito di pedoni e ciclisti;'),
    ('RITENUTO', ' necessario e urgente interdire il transito nel tratto interessato fino al completamento dei lavori di somma urgenza disposti ai sensi dell’art. 140 del D.Lgs. 36/2023, la cui durata è stimata in 45 giorni;'),
    ('VISTI', ' l’art. 50, comma 5, e l’art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267; il D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile); lo Statuto comunale;'),
]
for b, t in txt:
    pdf.set_font('LSB', '', 10); pdf.write(5, b); pdf.set_font('LS', '', 10); pdf.write(5, t); pdf.ln(7)
pdf.ln(1)
pdf.set_font('LSB', '', 11); pdf.cell(0, 6, 'O R D I N A', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(1); pdf.set_font('LS', '', 10)
pts = [
    'la chiusura al transito pedonale e ciclabile della passeggiata a mare “Lungomare Europa” nel tratto compreso tra Via Ruffini e Via della Stazione, con decorrenza immediata e fino al termine dei lavori di ripristino della scogliera, e comunque non oltre il 31/05/2026;',
    'al Settore Lavori Pubblici di provvedere all’installazione di idonea recinzione e della segnaletica di divieto e di preavviso alle estremità del tratto interdetto, nonché dell’indicazione del percorso alternativo lungo Via Aurelia di Ponente;',
    'a chiunque di non oltrepassare le recinzioni e di non accedere alla scogliera e agli arenili sottostanti il tratto interdetto.',
]
for i, t in enumerate(pts, 1):
    y = pdf.get_y(); pdf.set_x(22); pdf.cell(8, 5, f'{i})')
    pdf.set_xy(30, y); pdf.multi_cell(0, 5, t, align='J', new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(1.5)
pdf.ln(1)
pdf.set_font('LSB', '', 10); pdf.write(5, 'DISPONE'); pdf.set_font('LS', '', 10)
pdf.write(5, ' che la presente ordinanza sia resa nota mediante pubblicazione all’Albo Pretorio on line e sul sito istituzionale, e trasmessa al Comando di Polizia Locale, alla Stazione Carabinieri di Cogoleto, alla Capitaneria di Porto di Genova e al Prefetto di Genova.'); pdf.ln(7)
pdf.set_font('LSB', '', 10); pdf.write(5, 'AVVERTE'); pdf.set_font('LS', '', 10)
pdf.write(5, ' che la violazione della presente ordinanza è punita ai sensi dell’art. 7-bis del D.Lgs. 267/2000 con la sanzione amministrativa da € 25,00 a € 500,00, salvo che il fatto costituisca reato, e che contro di essa è ammesso ricorso al T.A.R. Liguria entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.'); pdf.ln(9)
if pdf.get_y() > 225: pdf.add_page()
pdf.cell(0, 5, 'Cogoleto, 13/04/2026', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(115); pdf.set_font('LSB', '', 10); pdf.cell(70, 5, 'IL SINDACO', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(115); pdf.set_font('LS', '', 10); pdf.cell(70, 5, 'Lorenzo Bruzzone', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(2)
# GoSign graphic signature
y = pdf.get_y(); pdf.set_draw_color(0, 102, 161); pdf.set_line_width(0.4)
pdf.rect(115, y, 70, 19)
pdf.set_fill_color(0, 102, 161); pdf.rect(115, y, 70, 4.5, style='F')
pdf.set_text_color(255, 255, 255); pdf.set_font('DSB', '', 6.5); pdf.set_xy(115, y + 0.4); pdf.cell(70, 3.8, 'Firmato con InfoCert GoSign', align='C')
pdf.set_text_color(0, 0, 0); pdf.set_font('DS', '', 6.5)
pdf.set_xy(117, y + 5.5); pdf.multi_cell(66, 3.2, 'Firmato digitalmente da: BRUZZONE LORENZO\nData: 13/04/2026 16:22:05 CEST\nMotivo: Sottoscrizione ordinanza\nCertificato qualificato – InfoCert Firma Qualificata 2', align='L')
pdf.set_line_width(0.2)
pdf.set_y(y + 23)
pdf.set_font('LSI', '', 7.5)
pdf.multi_cell(0, 3.6, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 (CAD) e s.m.i.; sostituisce il documento cartaceo e la firma autografa.', align='L')
pdf.output('ordinanza-cogoleto.pdf')
