# Ordinanza sindacale, Comune di Sardara, laid out like a FrameMaker template:
# side-heads in a left margin column, running head and foot with rules. fpdf2.
import sys
from fpdf import FPDF
out = sys.argv[1]
D = '/usr/share/fonts/truetype/dejavu/'

class P(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font('serif', 'I', 8)
            self.set_xy(20, 10)
            self.cell(0, 5, 'Comune di Sardara  ·  Ordinanza sindacale n. 4/2026', align='L')
            self.set_xy(20, 10)
            self.cell(170, 5, 'Ufficio del Sindaco', align='R')
            self.line(20, 16, 190, 16)
    def footer(self):
        self.line(20, 283, 190, 283)
        self.set_y(284)
        self.set_font('sans', '', 7)
        self.cell(120, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.')
        self.cell(50, 4, '%d' % self.page_no(), align='R')

pdf = P('P', 'mm', 'A4')
pdf.set_creator('Adobe FrameMaker 2020 (template Ordinanze v3)')
pdf.set_title('Ordinanza n. 4 del 12/03/2026')
pdf.set_author('Comune di Sardara')
pdf.add_font('serif', '', D + 'DejaVuSerif.ttf')
pdf.add_font('serif', 'B', D + 'DejaVuSerif-Bold.ttf')
pdf.add_font('serif', 'I', D + 'DejaVuSerif-Italic.ttf')
pdf.add_font('sans', '', D + 'DejaVuSans.ttf')
pdf.add_font('sans', 'B', D + 'DejaVuSans-Bold.ttf')
pdf.set_auto_page_break(True, 20)
pdf.set_margins(20, 20, 20)
pdf.add_page()
# letterhead
pdf.set_font('sans', '', 7); pdf.set_text_color(120)
pdf.rect(20, 14, 16, 20); pdf.set_xy(20, 22); pdf.cell(16, 4, 'stemma', align='C')
pdf.set_text_color(0)
pdf.set_xy(40, 14); pdf.set_font('serif', 'B', 17); pdf.cell(0, 8, 'COMUNE DI SARDARA')
pdf.set_xy(40, 22); pdf.set_font('serif', 'I', 10); pdf.cell(0, 5, 'Provincia del Sud Sardegna')
pdf.set_xy(40, 27); pdf.set_font('sans', '', 8); pdf.cell(0, 5, 'Piazza Gramsci, 1 – 09030 Sardara (SU)  ·  tel. 070 9386 100  ·  protocollo@pec.comune.sardara.su.it')
pdf.set_line_width(0.8); pdf.line(20, 37, 190, 37); pdf.set_line_width(0.2)

SIDE, BODY_X, BODY_W = 20, 62, 128
def side(label, y=None):
    y = pdf.get_y() if y is None else y
    pdf.set_xy(SIDE, y); pdf.set_font('sans', 'B', 8.5); pdf.set_text_color(90)
    pdf.multi_cell(38, 4.2, label, align='L'); pdf.set_text_color(0)
def fit(txt, w, style='', size=10.5):
    pdf.set_font('serif', style, size)
    n = len(pdf.multi_cell(w, 5.4, txt, dry_run=True, output='LINES'))
    if pdf.get_y() + n * 5.4 > 275:
        pdf.add_page(); pdf.set_y(22)
def body(txt, style='', size=10.5, after=2.5, align='J'):
    fit(txt, BODY_W, style, size)
    pdf.set_x(BODY_X); pdf.set_font('serif', style, size)
    pdf.multi_cell(BODY_W, 5.4, txt, align=align); pdf.set_y(pdf.get_y() + after)

pdf.set_y(44)
y = pdf.get_y()
side('Ordinanza n. 4\ndel 12/03/2026', y)
pdf.set_xy(BODY_X, y); pdf.set_font('serif', 'B', 15); pdf.cell(BODY_W, 8, 'ORDINANZA SINDACALE')
pdf.set_y(y + 9); body('contingibile e urgente ai sensi dell’art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267', 'I', 9.5, 5, 'L')
y = pdf.get_y(); side('Oggetto', y); pdf.set_y(y)
body('Chiusura temporanea del Parco comunale di Via Santa Maria per interventi urgenti di abbattimento e messa in sicurezza di alberature pericolanti.', 'B', 11, 5, 'L')
pdf.line(BODY_X, pdf.get_y() - 2, 190, pdf.get_y() - 2)
pdf.set_y(pdf.get_y() + 2)
pdf.set_x(BODY_X); pdf.set_font('serif', 'B', 11.5); pdf.cell(BODY_W, 7, 'IL SINDACO', align='C'); pdf.ln(9)
y = pdf.get_y(); side('Premesso', y); pdf.set_y(y)
body('che in data 10/03/2026, a seguito delle raffiche di vento registrate nella notte tra il 9 e il 10 marzo, il Servizio Tecnico comunale ha accertato, con verbale di sopralluogo prot. n. 2761 del 10/03/2026, il parziale sradicamento di due esemplari di pino domestico e lo schianto di rami di grosse dimensioni all’interno del Parco comunale di Via Santa Maria;')
body('che la relazione dell’agronomo incaricato, Dott. For. Alessio Pittau, pervenuta in data 11/03/2026, prot. n. 2803, classifica ulteriori quattro esemplari nella classe di propensione al cedimento «D» e ne prescrive l’abbattimento immediato;')
y = pdf.get_y(); side('Considerato', y); pdf.set_y(y)
body('che il parco è frequentato quotidianamente da bambini, anziani e dagli alunni del vicino plesso scolastico e che sussiste pertanto un pericolo grave e attuale per la pubblica incolumità, non fronteggiabile con gli ordinari strumenti;')
y = pdf.get_y(); side('Visti', y); pdf.set_y(y)
body('l’art. 54 del D.Lgs. 267/2000; l’art. 7-bis del medesimo decreto; lo Statuto comunale;')
pdf.set_x(BODY_X); pdf.set_font('serif', 'B', 11.5); pdf.cell(BODY_W, 7, 'ORDINA', align='C'); pdf.ln(9)
pts = ['la chiusura al pubblico del Parco comunale di Via Santa Maria, con decorrenza immediata e fino al completamento degli interventi di messa in sicurezza, e comunque non oltre il 30/04/2026;',
       'al Responsabile del Servizio Tecnico di provvedere con urgenza all’abbattimento delle alberature indicate nella relazione agronomica e alla rimozione dei rami schiantati, anche mediante affidamento diretto ai sensi dell’art. 140 del D.Lgs. 36/2023;',
       'l’installazione, a cura del Servizio Tecnico, di idonea segnaletica e di transenne presso tutti gli accessi del parco;',
       'al Comando di Polizia Locale di vigilare sul rispetto della presente ordinanza.']
for i, t in enumerate(pts, 1):
    fit(t, BODY_W - 8)
    y = pdf.get_y(); pdf.set_xy(BODY_X, y); pdf.set_font('serif', 'B', 10.5); pdf.cell(8, 5.4, '%d.' % i)
    pdf.set_xy(BODY_X + 8, y); pdf.set_font('serif', '', 10.5); pdf.multi_cell(BODY_W - 8, 5.4, t, align='J'); pdf.set_y(pdf.get_y() + 2)
AV = ('che i trasgressori sono puniti con la sanzione amministrativa pecuniaria da € 25,00 a € 500,00 ai sensi dell’art. 7-bis del D.Lgs. 267/2000, salvo che il fatto costituisca reato; che avverso la presente ordinanza è ammesso ricorso al T.A.R. Sardegna entro 60 giorni dalla pubblicazione, o ricorso straordinario al Presidente della Repubblica entro 120 giorni.')
fit(AV, BODY_W); y = pdf.get_y(); side('Avverte', y); pdf.set_y(y); body(AV)
y = pdf.get_y(); side('Dispone', y); pdf.set_y(y)
body('che la presente ordinanza sia pubblicata all’Albo Pretorio on line e sul sito istituzionale, e trasmessa alla Prefettura – Ufficio Territoriale del Governo di Cagliari, alla Stazione dei Carabinieri di Sardara e al Comando di Polizia Locale.')
pdf.ln(4)
pdf.set_x(BODY_X); pdf.set_font('serif', '', 10.5); pdf.cell(60, 5, 'Sardara, 12/03/2026')
pdf.set_font('serif', 'B', 10.5); pdf.cell(68, 5, 'IL SINDACO', align='C'); pdf.ln(5.5)
pdf.set_x(BODY_X + 60); pdf.set_font('serif', '', 10.5); pdf.cell(68, 5, 'Roberto Montisci', align='C'); pdf.ln(5)
pdf.set_x(BODY_X + 60); pdf.set_font('sans', '', 7.5); pdf.cell(68, 4, '(firmato digitalmente)', align='C')
pdf.output(out)
