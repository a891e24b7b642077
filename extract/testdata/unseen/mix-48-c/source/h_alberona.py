# Numbered avviso pubblico, Comune di Alberona - fpdf2 ("vaadin" web-app print layout)
import sys
from fpdf import FPDF
F='/usr/share/fonts/truetype/dejavu/'
class PDF(FPDF):
    def header(self):
        self.set_fill_color(0,84,120); self.rect(0,0,210,6,'F')
        self.set_xy(15,10); self.set_font('DV','B',15); self.set_text_color(0,84,120)
        self.cell(0,7,'COMUNE DI ALBERONA',new_x='LMARGIN',new_y='NEXT')
        self.set_font('DV','',8.5); self.set_text_color(60,60,60)
        self.cell(0,4.5,'Provincia di Foggia – Via Roma, 1 – 71031 Alberona (FG) – C.F. 80003590714',new_x='LMARGIN',new_y='NEXT')
        self.cell(0,4.5,'AREA AMMINISTRATIVA – Servizio Politiche Sociali',new_x='LMARGIN',new_y='NEXT')
        self.set_draw_color(0,84,120); self.line(15,31,195,31); self.set_text_color(0,0,0); self.ln(8)
    def footer(self):
        self.set_y(-13); self.set_font('DV','',7); self.set_text_color(90,90,90)
        self.cell(120,4,'Avviso pubblico n. 3/2026 – pubblicato all\'Albo Pretorio on line',align='L')
        self.cell(0,4,'%d / {nb}'%self.page_no(),align='R')
pdf=PDF(); pdf.add_font('DV','',F+'DejaVuSans.ttf'); pdf.add_font('DV','B',F+'DejaVuSans-Bold.ttf'); pdf.add_font('DV','I',F+'DejaVuSans-Oblique.ttf')
pdf.set_margins(15,15,15); pdf.set_auto_page_break(True,18); pdf.add_page()
pdf.set_title('Avviso pubblico n. 3/2026'); pdf.set_author('Comune di Alberona')
pdf.set_font('DV','',8.5); pdf.cell(0,5,'Prot. n. 1187 del 24/03/2026',align='R',new_x='LMARGIN',new_y='NEXT'); pdf.ln(3)
pdf.set_font('DV','B',12); pdf.cell(0,7,'AVVISO PUBBLICO N. 3/2026',align='C',new_x='LMARGIN',new_y='NEXT'); pdf.ln(2)
pdf.set_font('DV','B',10.5)
pdf.multi_cell(0,5.5,'AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNUALITÀ 2025',align='C',new_x='LMARGIN',new_y='NEXT'); pdf.ln(4)
pdf.set_font('DV','B',10); pdf.cell(0,6,'IL RESPONSABILE DELL\'AREA AMMINISTRATIVA',align='C',new_x='LMARGIN',new_y='NEXT'); pdf.ln(1)
pdf.set_font('DV','',9.5)
def p(t): pdf.multi_cell(0,5,t,align='J',new_x='LMARGIN',new_y='NEXT'); pdf.ln(1.5)
p('Visti l\'art. 11 della Legge 9 dicembre 1998, n. 431, e la deliberazione della Giunta Regionale della Puglia n. 212 del 17/02/2026, con la quale sono stati ripartiti tra i Comuni i fondi per il sostegno all\'accesso alle abitazioni in locazione;')
p('In esecuzione della propria determinazione n. 58 del 23/03/2026;')
pdf.set_font('DV','B',10); pdf.cell(0,6,'RENDE NOTO',align='C',new_x='LMARGIN',new_y='NEXT'); pdf.set_font('DV','',9.5)
p('che dal 25 marzo 2026 al 24 aprile 2026 i cittadini in possesso dei requisiti di seguito indicati possono presentare domanda per ottenere il contributo per il pagamento dei canoni di locazione relativi all\'anno 2025.')
sect=[('Art. 1 – Requisiti','Possono partecipare i nuclei familiari residenti nel Comune di Alberona, titolari di un contratto di locazione regolarmente registrato per un alloggio adibito ad abitazione principale, con ISEE ordinario non superiore a € 16.500,00 e incidenza del canone sul reddito non inferiore al 14%.'),
 ('Art. 2 – Modalità di presentazione','Le domande, redatte sul modello disponibile presso l\'Ufficio Servizi Sociali e sul sito istituzionale, devono pervenire entro le ore 12:00 del 24 aprile 2026 a mano all\'Ufficio Protocollo oppure via PEC all\'indirizzo protocollo@pec.comune.alberona.fg.it.'),
 ('Art. 3 – Documentazione','Alla domanda vanno allegati: copia del contratto di locazione registrato; ricevute di pagamento del canone anno 2025; attestazione ISEE in corso di validità; copia del documento di identità.'),
 ('Art. 4 – Formazione della graduatoria','L\'Ufficio forma la graduatoria degli aventi diritto sulla base dell\'incidenza del canone sul reddito. Il contributo è erogato nei limiti delle risorse assegnate dalla Regione.'),
 ('Art. 5 – Trattamento dei dati','I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Responsabile del procedimento: sig.ra Angela Pelullo, tel. 0881 592012.')]
for h,t in sect:
    pdf.set_font('DV','B',9.5); pdf.cell(0,5.5,h,new_x='LMARGIN',new_y='NEXT'); pdf.set_font('DV','',9.5); p(t)
pdf.ln(4); pdf.cell(90,5,'Alberona, 24/03/2026'); pdf.set_font('DV','B',9.5); pdf.cell(0,5,'IL RESPONSABILE DELL\'AREA AMMINISTRATIVA',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_x(105); pdf.set_font('DV','',9.5); pdf.cell(0,5,'Dott.ssa Lucia Taronna',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_x(105); pdf.set_font('DV','I',7.5); pdf.cell(0,4,'Firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, c. 2, D.Lgs. 39/1993',align='C')
pdf.output(sys.argv[1])
