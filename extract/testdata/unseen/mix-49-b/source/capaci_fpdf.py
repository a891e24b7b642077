# Comune di Capaci - ordinanza n. 27/2026 of the Polizia Municipale, printed as a fixed-pitch
# report of a local-police package (fpdf2, core Courier).
import sys, textwrap
from fpdf import FPDF

OUT = sys.argv[1]
W = 84  # characters per line

class Doc(FPDF):
    def header(self):
        self.set_font('Courier', '', 8)
        self.cell(0, 4, 'COMUNE DI CAPACI - POLIZIA MUNICIPALE          ORD. N. 27/2026 DEL 10/03/2026        PAG. %d' % self.page_no(), new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4, '-' * 100, new_x='LMARGIN', new_y='NEXT')
        self.ln(3)
    def footer(self):
        self.set_y(-15)
        self.set_font('Courier', '', 7.5)
        self.cell(0, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - stampa del 10/03/2026 ore 12:41 - utente: PM03', align='C')

pdf = Doc('P', 'mm', 'A4')
pdf.set_margins(18, 12, 16)
pdf.set_auto_page_break(True, 20)
pdf.set_title('Ordinanza 27/2026'); pdf.set_author('Comune di Capaci'); pdf.set_creator('VERBATEL - Modulo Ordinanze 4.2')
pdf.add_page()

def line(t='', style='', size=10, align='L'):
    pdf.set_font('Courier', style, size)
    pdf.cell(0, 4.6, t, align=align, new_x='LMARGIN', new_y='NEXT')

def wrap(t, style='', size=10, indent=''):
    for i, l in enumerate(textwrap.wrap(t, W - len(indent))):
        line((indent if i else '') + l if indent else l, style, size)

line('COMUNE DI CAPACI', 'B', 15, 'C')
line('Città Metropolitana di Palermo', '', 10, 'C')
line('AREA VI - POLIZIA MUNICIPALE', 'B', 11, 'C')
line('Comando di Polizia Municipale - Via Cesare Battisti - 90040 Capaci (PA)', '', 8.5, 'C')
pdf.ln(4)
line('+' + '-' * 58 + '+', '', 10, 'C')
line('|  ORDINANZA N. 27/2026             DATA 10/03/2026         |', 'B', 10, 'C')
line('|  Prot. n. 5118                    Reg. Ord. P.M. n. 9     |', '', 10, 'C')
line('+' + '-' * 58 + '+', '', 10, 'C')
pdf.ln(3)
line('OGGETTO:', 'B')
wrap('Istituzione temporanea del divieto di transito e di sosta con rimozione forzata in Via Gelsomini, nel tratto compreso tra Via Kennedy e Via delle Ginestre, per lavori di rifacimento della rete idrica dal 16/03/2026 al 03/04/2026.', 'B')
pdf.ln(3)
line('IL RESPONSABILE DELL\'AREA VI - POLIZIA MUNICIPALE', 'B', 10, 'C')
pdf.ln(2)
for t in [
 "VISTA la nota prot. n. 4977 del 06/03/2026 con la quale la ditta Idrosicula S.r.l., esecutrice dei lavori di rifacimento della rete idrica per conto del gestore del servizio idrico integrato, chiede l'emissione di apposita ordinanza per l'esecuzione degli scavi in Via Gelsomini;",
 "CONSIDERATO che la larghezza della carreggiata non consente il transito dei veicoli in condizioni di sicurezza durante l'esecuzione dei lavori e che occorre pertanto interdire la circolazione e la sosta nel tratto interessato;",
 "SENTITO l'Ufficio Tecnico Comunale, che ha espresso parere favorevole con nota del 09/03/2026;",
 "VISTI gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione e di attuazione approvato con D.P.R. 16 dicembre 1992, n. 495;",
 "VISTO l'art. 107 del D.Lgs. 18 agosto 2000, n. 267, come recepito nell'ordinamento regionale siciliano;"]:
    wrap(t); pdf.ln(1.5)
pdf.ln(2)
line('O R D I N A', 'B', 11, 'C')
pdf.ln(2)
for n, t in enumerate([
 "dalle ore 07:00 del 16/03/2026 alle ore 19:00 del 03/04/2026 e comunque fino alla fine dei lavori, e' istituito il divieto di transito veicolare in Via Gelsomini, nel tratto compreso tra Via Kennedy e Via delle Ginestre, eccetto mezzi di soccorso, di polizia e dell'impresa esecutrice;",
 "nello stesso periodo e nello stesso tratto e' istituito il divieto di sosta con rimozione forzata ambo i lati (art. 7 e art. 159 C.d.S.);",
 "il traffico proveniente da Via Kennedy e' deviato su Via delle Ginestre e Via Trento, secondo la segnaletica di preavviso;",
 "la ditta Idrosicula S.r.l. provvedera' alla collocazione e al mantenimento della segnaletica temporanea prevista dal D.M. 10 luglio 2002, almeno 48 ore prima dell'inizio dei lavori, restando responsabile di ogni danno a persone o cose."], 1):
    wrap('%d) %s' % (n, t), indent='   '); pdf.ln(1.5)
pdf.ln(2)
for t in [
 "La presente ordinanza e' resa nota al pubblico mediante pubblicazione all'Albo Pretorio on line e l'apposizione della prescritta segnaletica. Gli organi di polizia stradale di cui all'art. 12 del C.d.S. sono incaricati della vigilanza sull'esatta osservanza della presente ordinanza.",
 "Avverso il presente provvedimento e' ammesso ricorso al T.A.R. Sicilia entro 60 giorni, ovvero ricorso straordinario al Presidente della Regione Siciliana entro 120 giorni dalla pubblicazione, nonche' ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del C.d.S."]:
    wrap(t); pdf.ln(1.5)
pdf.ln(4)
line('Capaci, 10/03/2026')
pdf.ln(4)
line('IL RESPONSABILE DELL\'AREA VI', '', 10, 'R')
line('Comandante della Polizia Municipale', '', 10, 'R')
line('Magg. Salvatore Cusimano', 'B', 10, 'R')
pdf.output(OUT)
