# Avviso pubblico n. 4/2026, Comune di Cuggiono - in the manner of a Sistematica bandi module; fpdf2 with Caladea/Carlito
import sys
from fpdf import FPDF
out = sys.argv[1]
FD = '/usr/share/fonts/truetype/crosextra/'
class Doc(FPDF):
    def header(self):
        self.set_font('Carlito', 'B', 15); self.set_text_color(0, 70, 120)
        self.set_xy(40, 12); self.cell(0, 7, 'COMUNE DI CUGGIONO', new_x='LMARGIN', new_y='NEXT')
        self.set_font('Carlito', '', 9); self.set_text_color(60, 60, 60)
        self.set_x(40); self.cell(0, 4.5, 'Città Metropolitana di Milano', new_x='LMARGIN', new_y='NEXT')
        self.set_x(40); self.cell(0, 4.5, 'Piazza XXV Aprile, 2 – 20012 Cuggiono (MI) – comune.cuggiono@legalmail.it', new_x='LMARGIN', new_y='NEXT')
        self.set_draw_color(0, 70, 120); self.set_line_width(0.5); self.rect(18, 11, 16, 19)
        self.set_font('Carlito', '', 5); self.set_xy(18, 31); self.cell(16, 2.5, 'stemma', align='C')
        self.line(18, 35, 192, 35)
        self.set_font('Carlito', 'B', 9.5); self.set_text_color(0, 70, 120)
        self.set_xy(18, 36.5); self.cell(0, 5, 'AREA SERVIZI ALLA PERSONA – Ufficio Servizi Sociali', align='R')
        self.set_text_color(0, 0, 0); self.set_y(47)
    def footer(self):
        self.set_y(-14); self.set_font('Carlito', 'I', 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 4, 'Avviso pubblico n. 4/2026 – Contributi locazione 2026', align='L')
        self.set_x(18); self.cell(0, 4, 'Pag. %d di {nb}' % self.page_no(), align='R')
pdf = Doc('P', 'mm', 'A4')
pdf.set_title('Avviso pubblico n. 4/2026'); pdf.set_author('Comune di Cuggiono'); pdf.set_creator('Sistematica – Bandi e Avvisi')
pdf.add_font('Carlito', '', FD + 'Carlito-Regular.ttf'); pdf.add_font('Carlito', 'B', FD + 'Carlito-Bold.ttf'); pdf.add_font('Carlito', 'I', FD + 'Carlito-Italic.ttf')
pdf.add_font('Caladea', '', FD + 'Caladea-Regular.ttf'); pdf.add_font('Caladea', 'B', FD + 'Caladea-Bold.ttf')
pdf.set_margins(18, 20, 18); pdf.set_auto_page_break(True, 20)
import datetime
pdf.set_creation_date(datetime.datetime(2026, 3, 16, 10, 12, tzinfo=datetime.timezone.utc))
pdf.alias_nb_pages()
pdf.add_page()
pdf.set_font('Caladea', 'B', 17); pdf.cell(0, 9, 'AVVISO PUBBLICO N. 4/2026', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_fill_color(230, 238, 245); pdf.set_font('Caladea', 'B', 11.5)
pdf.multi_cell(0, 6, 'CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEL CANONE DI LOCAZIONE NEL LIBERO MERCATO – ANNO 2026', align='C', fill=True, padding=2)
pdf.ln(2)
pdf.set_font('Caladea', '', 10); pdf.cell(0, 5, '(approvato con determinazione dell\'Area Servizi alla Persona n. 74 del 16/03/2026)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
def art(t, body):
    pdf.set_font('Caladea', 'B', 10.5); pdf.cell(0, 6, t, new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('Caladea', '', 10.5)
    for b in body:
        pdf.multi_cell(0, 5.2, b, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
    pdf.ln(1.5)
art('Art. 1 – Finalità', ["In attuazione della D.G.R. Lombardia n. XII/1744 del 22/12/2025, il Comune di Cuggiono eroga contributi ai nuclei familiari in difficoltà nel pagamento del canone di locazione di alloggi in locazione sul libero mercato, compreso il canone concordato, o in alloggi definiti Servizi Abitativi Sociali."])
art('Art. 2 – Requisiti per l\'accesso', ["Possono presentare domanda i nuclei familiari in possesso, alla data di presentazione della domanda, dei seguenti requisiti:",
 "a) residenza nel Comune di Cuggiono nell'alloggio oggetto del contratto di locazione da almeno sei mesi;",
 "b) ISEE ordinario o corrente in corso di validità non superiore a € 26.000,00;",
 "c) titolarità di un contratto di locazione regolarmente registrato, esclusi gli alloggi di categoria catastale A/1, A/8 e A/9;",
 "d) non essere titolari di diritto di proprietà, usufrutto, uso o abitazione su alloggio adeguato in Regione Lombardia."])
art('Art. 3 – Entità del contributo', ["Il contributo è pari a un massimo di 8 mensilità del canone e comunque non superiore a € 3.600,00 per contratto; è erogato direttamente al proprietario dell'alloggio a scomputo dei canoni dovuti o da versare. La dotazione complessiva ammonta a € 46.210,00."])
art('Art. 4 – Modalità e termini di presentazione', ["La domanda deve essere presentata esclusivamente on line, tramite la piattaforma accessibile dal sito istituzionale con SPID, CIE o CNS, dalle ore 9:00 del 23 marzo 2026 alle ore 12:00 del 30 aprile 2026. Gli operatori dell'Ufficio Servizi Sociali forniscono assistenza alla compilazione il martedì e il giovedì dalle 9:00 alle 12:30, su appuntamento (tel. 02 9726 3210)."])
art('Art. 5 – Istruttoria e graduatoria', ["Le domande sono istruite in ordine cronologico di presentazione fino a esaurimento delle risorse. Entro 30 giorni dalla chiusura dell'avviso è approvato con determinazione l'elenco dei beneficiari, pubblicato all'Albo Pretorio on line nel rispetto della normativa sulla protezione dei dati personali."])
art('Art. 6 – Controlli', ["Il Comune effettua controlli a campione sulla veridicità delle dichiarazioni rese ai sensi dell'art. 71 del D.P.R. 445/2000. In caso di dichiarazioni mendaci il contributo è revocato e si procede al recupero delle somme erogate."])
art('Art. 7 – Trattamento dei dati e responsabile del procedimento', ["I dati personali sono trattati ai sensi del Regolamento UE 2016/679 per le sole finalità del presente avviso. Responsabile del procedimento è l'Assistente Sociale Dott.ssa Chiara Garavaglia."])
pdf.ln(2)
pdf.cell(0, 6, 'Cuggiono, 16/03/2026', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_x(105); pdf.set_font('Caladea', 'B', 10.5); pdf.cell(87, 5.5, "LA RESPONSABILE DELL'AREA SERVIZI ALLA PERSONA", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(105); pdf.set_font('Caladea', '', 10.5); pdf.cell(87, 5.5, 'Dott.ssa Federica Colombo', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(105); pdf.set_font('Carlito', 'I', 8); pdf.cell(87, 5, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.output(out)
