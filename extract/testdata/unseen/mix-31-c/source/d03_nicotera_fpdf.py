# Deliberazione di Giunta, Comune di Nicotera: FileMaker-like report layout (label/field boxes), fpdf2
import sys
from fpdf import FPDF

DJ = '/usr/share/fonts/truetype/dejavu/'
class P(FPDF):
    def header(self):
        self.set_font('dv', '', 7); self.set_text_color(110)
        self.cell(0, 4, 'ARCHIVIO ATTI – Stampa scheda deliberazione', align='L')
        self.cell(0, 4, 'Scheda n. 2026/GC/038', align='R', new_x='LMARGIN', new_y='NEXT')
        self.set_draw_color(160); self.line(15, self.get_y(), 195, self.get_y()); self.ln(2)
        self.set_text_color(0)
    def footer(self):
        self.set_y(-14); self.set_font('dv', '', 7); self.set_text_color(110)
        self.cell(0, 4, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate', align='L')
        self.cell(0, 4, f'Pagina {self.page_no()} di {{nb}}', align='R')

pdf = P('P', 'mm', 'A4')
pdf.add_font('dv', '', DJ + 'DejaVuSans.ttf'); pdf.add_font('dv', 'B', DJ + 'DejaVuSans-Bold.ttf')
pdf.add_font('dc', '', DJ + 'DejaVuSansCondensed.ttf'); pdf.add_font('dc', 'B', DJ + 'DejaVuSansCondensed-Bold.ttf')
pdf.set_margins(15, 12, 15); pdf.set_auto_page_break(True, 18)
pdf.alias_nb_pages()
pdf.add_page()

# letterhead
pdf.set_fill_color(235, 240, 247)
pdf.rect(15, pdf.get_y(), 180, 22, 'F')
y0 = pdf.get_y()
pdf.set_xy(17, y0 + 2); pdf.set_font('dv', '', 6); pdf.set_text_color(120)
pdf.multi_cell(18, 3, '[stemma\ncomunale]', align='C'); pdf.set_text_color(0)
pdf.set_xy(38, y0 + 3); pdf.set_font('dv', 'B', 16); pdf.cell(120, 8, 'COMUNE DI NICOTERA')
pdf.set_xy(38, y0 + 11); pdf.set_font('dv', '', 9); pdf.cell(120, 5, 'Provincia di Vibo Valentia')
pdf.set_xy(38, y0 + 15.5); pdf.set_font('dv', '', 7.5); pdf.cell(120, 4, 'Corso Umberto I – 89844 Nicotera (VV) – protocollo@pec.comune.nicotera.vv.it')
pdf.set_xy(150, y0 + 4); pdf.set_font('dv', 'B', 9); pdf.cell(43, 6, 'COPIA', border=1, align='C')
pdf.set_y(y0 + 25)

def field(x, y, w, label, value, h=9, bold=True, size=10):
    pdf.set_xy(x, y); pdf.set_font('dc', '', 6.5); pdf.set_text_color(90)
    pdf.cell(w, 3, label); pdf.set_text_color(0)
    pdf.set_xy(x, y + 3); pdf.set_draw_color(150)
    pdf.set_font('dv', 'B' if bold else '', size)
    pdf.cell(w, h - 3, value, border=1)

y = pdf.get_y()
field(15, y, 70, 'Tipo atto', 'DELIBERAZIONE DELLA GIUNTA COMUNALE', size=8)
field(88, y, 22, 'Numero', '38')
field(113, y, 30, 'Data seduta', '19/03/2026')
field(146, y, 20, 'Ora', '12:30')
field(169, y, 26, 'Immed. eseguibile', 'SI')
y += 11
field(15, y, 95, 'Proposta', 'n. 45 del 16/03/2026', bold=False, size=9)
field(113, y, 82, 'Ufficio proponente', 'Area Amministrativa', bold=False, size=9)
y += 11
pdf.set_xy(15, y); pdf.set_font('dc', '', 6.5); pdf.set_text_color(90); pdf.cell(0, 3, 'Oggetto'); pdf.set_text_color(0)
pdf.set_xy(15, y + 3); pdf.set_font('dv', 'B', 9.5)
pdf.multi_cell(180, 5, 'CONCESSIONE CONTRIBUTO STRAORDINARIO ALL\'ASSOCIAZIONE PRO LOCO NICOTERA PER LA MANIFESTAZIONE "PASQUA NICOTERESE 2026" – INDIRIZZI AL RESPONSABILE DELL\'AREA AMMINISTRATIVA.', border=1, padding=1.5)
pdf.ln(4)

def txt(s, size=9.5, bold=False, align='J', after=1.5):
    pdf.set_font('dv', 'B' if bold else '', size)
    pdf.multi_cell(180, 4.8, s, align=align); pdf.ln(after)

txt('L\'anno duemilaventisei, il giorno diciannove del mese di marzo, alle ore 12:30, nella Casa Comunale, convocata nelle forme di legge, si è riunita la Giunta Comunale con l\'intervento dei Sigg.ri: Avv. Francesco Pagano, Sindaco, presente; Sig.ra Teresa Mazzitelli, Vice Sindaco, presente; Dott. Giuseppe Fiumara, Assessore, presente; Sig. Antonio Restuccia, Assessore, assente; Ing. Caterina Lo Iacono, Assessore, presente.')
txt('Presiede l\'Avv. Francesco Pagano, nella sua qualità di Sindaco. Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario Comunale Dott.ssa Rosaria Cutrì (art. 97, comma 4, lett. a, del D.Lgs. 267/2000).')
txt('Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la riunione ed invita i convenuti a deliberare sull\'oggetto sopra indicato.')
txt('LA GIUNTA COMUNALE', bold=True, align='C', after=1)
for s in [
 'VISTA la proposta di deliberazione n. 45 del 16/03/2026 predisposta dall\'Area Amministrativa, relativa all\'oggetto;',
 'VISTA l\'istanza prot. n. 2987 del 02/03/2026 con la quale l\'Associazione Pro Loco Nicotera, con sede in via Convento n. 4, chiede un contributo per la realizzazione della manifestazione "Pasqua Nicoterese 2026" (sacra rappresentazione dell\'Affruntata, concerti bandistici e visite guidate al centro storico), preventivando una spesa di € 9.800,00;',
 'RICHIAMATO il Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi economici approvato con deliberazione del Consiglio Comunale n. 22 del 30/06/2017, ed in particolare l\'art. 9;',
 'RITENUTO che l\'iniziativa riveste rilevante interesse per la promozione turistica e culturale del territorio e che sussistono i presupposti per la concessione di un contributo straordinario pari ad € 4.000,00;',
 'ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell\'art. 49 del D.Lgs. 267/2000 dai Responsabili dell\'Area Amministrativa e dell\'Area Economico-Finanziaria;',
 'CON VOTI unanimi favorevoli, espressi nei modi di legge,',
]:
    txt(s)
txt('D E L I B E R A', bold=True, align='C', after=1)
pts = [
 'di concedere all\'Associazione Pro Loco Nicotera un contributo straordinario di € 4.000,00 per la realizzazione della manifestazione "Pasqua Nicoterese 2026";',
 'di imputare la spesa al capitolo 7120/1 "Contributi per manifestazioni turistiche" del bilancio di previsione 2026/2028, esercizio 2026;',
 'di stabilire che il contributo sarà liquidato, a conclusione dell\'evento, previa presentazione del rendiconto delle spese sostenute corredato da idonea documentazione;',
 'di demandare al Responsabile dell\'Area Amministrativa l\'adozione dei successivi atti gestionali;',
 'di pubblicare il presente atto nella sezione "Amministrazione Trasparente" – sottosezione "Sovvenzioni, contributi, sussidi, vantaggi economici", ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.',
]
for i, s in enumerate(pts, 1):
    pdf.set_font('dv', '', 9.5)
    pdf.set_x(15); pdf.cell(8, 4.8, f'{i})')
    pdf.multi_cell(172, 4.8, s, align='J'); pdf.ln(1)
txt('Inoltre, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell\'art. 134, comma 4, del D.Lgs. 267/2000.')
pdf.ln(4)
y = pdf.get_y()
if y > 240: pdf.add_page(); y = pdf.get_y()
field(15, y, 85, 'Il Sindaco', 'Avv. Francesco Pagano', bold=False, size=9.5)
field(110, y, 85, 'Il Segretario Comunale', 'Dott.ssa Rosaria Cutrì', bold=False, size=9.5)
pdf.set_y(y + 14)
pdf.set_font('dc', '', 6.5); pdf.set_text_color(90); pdf.cell(0, 3, 'Pubblicazione', new_x='LMARGIN', new_y='NEXT'); pdf.set_text_color(0)
pdf.set_font('dv', '', 8.5)
pdf.multi_cell(180, 4.3, 'Copia della presente deliberazione è pubblicata all\'Albo Pretorio on line dal 20/03/2026 per 15 giorni consecutivi (n. 311 del Registro delle pubblicazioni) ed è comunicata ai Capigruppo consiliari con nota prot. n. 3644 del 20/03/2026.', border=1, padding=1.5)
pdf.output(sys.argv[1])
