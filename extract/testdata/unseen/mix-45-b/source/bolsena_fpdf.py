# Comune di Bolsena - ordinanza sindacale, fpdf2; layout of a Word letterhead printed
# through the novaPDF virtual printer (plain Times, centred crest caption, protocol stamp).
import sys
from fpdf import FPDF

L = '/usr/share/fonts/truetype/liberation/'
class P(FPDF):
    def header(self):
        self.set_font('T', 'I', 7); self.set_xy(95, 8); self.cell(20, 4, '[stemma]', align='C')
        self.set_font('T', 'B', 16); self.set_xy(10, 13); self.cell(190, 7, 'COMUNE DI BOLSENA', align='C')
        self.set_font('T', '', 10); self.set_xy(10, 20); self.cell(190, 5, 'Provincia di Viterbo', align='C')
        self.set_font('T', '', 8); self.set_xy(10, 25); self.cell(190, 4, 'Largo San Giovanni, 33 – 01023 Bolsena (VT) – tel. 0761 795317', align='C')
        if self.page_no() > 1:
            self.set_y(36); return
        # protocol stamp
        self.set_draw_color(60, 60, 160); self.set_text_color(60, 60, 160)
        self.rect(150, 33, 48, 15)
        self.set_font('T', 'B', 7.5); self.set_xy(150, 34); self.cell(48, 4, 'COMUNE DI BOLSENA', align='C')
        self.set_font('T', '', 7.5); self.set_xy(150, 38); self.cell(48, 4, 'Prot. n. 0002871 del 13/03/2026', align='C')
        self.set_xy(150, 42); self.cell(48, 4, 'Uscita – Cat. 9 Cl. 2', align='C')
        self.set_text_color(0, 0, 0); self.set_draw_color(0, 0, 0)
        self.set_y(52)
    def footer(self):
        self.set_y(-15); self.set_font('T', 'I', 8)
        self.cell(0, 5, f'Pag. {self.page_no()}/{{nb}}', align='C')

pdf = P('P', 'mm', 'A4')
pdf.add_font('T', '', L + 'LiberationSerif-Regular.ttf')
pdf.add_font('T', 'B', L + 'LiberationSerif-Bold.ttf')
pdf.add_font('T', 'I', L + 'LiberationSerif-Italic.ttf')
pdf.set_title('Ordinanza 14-2026 Bolsena in Fiore')
pdf.set_creator('Microsoft Word - ORD 14 2026 viabilita Bolsena in Fiore.docx')
pdf.set_author('Polizia Locale')
pdf.set_producer('PyFPDF/fpdf2 2.8.9')
pdf.set_margins(22, 20, 22); pdf.set_auto_page_break(True, 20)
pdf.add_page()
W = 166
def P_(t, style='', size=11.5, align='J', h=5.6, after=1.8):
    pdf.set_font('T', style, size); pdf.multi_cell(W, h, t, align=align, new_x='LMARGIN', new_y='NEXT'); pdf.ln(after)

P_('ORDINANZA SINDACALE N. 14 DEL 13/03/2026', 'B', 13, 'C', 7, 3)
pdf.set_font('T', 'B', 11.5)
pdf.multi_cell(W, 5.6, "OGGETTO: Disciplina temporanea della circolazione e della sosta in Piazza Matteotti, Corso Cavour e Largo San Francesco in occasione della manifestazione “Bolsena in Fiore” dei giorni 4 e 5 aprile 2026.", align='J', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
P_('IL SINDACO', 'B', 12, 'C', 6, 2)
for s in [
    "Premesso che nei giorni 4 e 5 aprile 2026 si svolgerà nel centro storico la manifestazione florovivaistica “Bolsena in Fiore”, organizzata dalla Pro Loco con il patrocinio del Comune, con l'allestimento di stand espositivi lungo Corso Cavour, in Piazza Matteotti e in Largo San Francesco;",
    "Vista la nota del Comandante della Polizia Locale prot. n. 2790 del 11/03/2026, con la quale si rappresenta la necessità di interdire il transito e la sosta dei veicoli nelle aree interessate dalla manifestazione, a tutela della pubblica incolumità;",
    "Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione e di attuazione;",
    "Visto l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
]:
    P_(s)
P_('O R D I N A', 'B', 12, 'C', 6, 2)
pts = [
    "dalle ore 6:00 del giorno 4 aprile 2026 alle ore 22:00 del giorno 5 aprile 2026 è istituito il divieto di transito e di sosta con rimozione forzata, per tutti i veicoli, in Piazza Matteotti, in Corso Cavour (tratto compreso tra Piazza Matteotti e Largo San Francesco) e in Largo San Francesco;",
    "nello stesso periodo la circolazione proveniente da Via Cassia è deviata su Via Marconi e Viale Colesanti, con doppio senso di marcia;",
    "sono esclusi dai divieti i veicoli di soccorso, delle Forze dell'Ordine, della Polizia Locale e quelli degli espositori autorizzati, limitatamente alle operazioni di carico e scarico dalle ore 6:00 alle ore 8:30;",
    "l'Ufficio Tecnico comunale provvede alla collocazione della prescritta segnaletica almeno 48 ore prima dell'entrata in vigore dei divieti.",
]
for i, s in enumerate(pts, 1):
    pdf.set_font('T', '', 11.5)
    pdf.cell(8, 5.6, f'{i}.'); pdf.multi_cell(W - 8, 5.6, s, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.8)
P_('DISPONE', 'B', 12, 'C', 6, 2)
P_("che la presente ordinanza sia pubblicata all'Albo Pretorio on line, resa nota mediante l'apposizione della segnaletica prevista dal Codice della Strada e trasmessa al Comando Polizia Locale, alla Stazione Carabinieri di Bolsena e al Comando Provinciale dei Vigili del Fuoco di Viterbo.")
P_("Avverso il presente provvedimento è ammesso ricorso al T.A.R. del Lazio entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni, nonché, limitatamente alla segnaletica, ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992.", '', 10.5)
pdf.ln(4)
pdf.set_font('T', '', 11.5); pdf.cell(80, 6, 'Bolsena, 13/03/2026')
pdf.set_x(110); pdf.set_font('T', 'B', 11.5); pdf.cell(78, 6, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110); pdf.set_font('T', '', 11.5); pdf.cell(78, 6, 'Dott. Alessandro Ciucci', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110); pdf.set_font('T', 'I', 9); pdf.cell(78, 5, 'Firmato digitalmente ai sensi del D.Lgs. 82/2005', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.output(sys.argv[1])
