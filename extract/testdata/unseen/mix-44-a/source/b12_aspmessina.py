# Azienda Sanitaria Provinciale di Messina - unnumbered avviso (sorteggio dei componenti di commissione),
# written with fpdf2 as web-based document systems do (TrueType Liberation Sans embedded), header and footer on each page.
from fpdf import FPDF
from common import save_key, out

FN = 'avviso-aspmessina-dedagroup.pdf'
TITLE = 'AVVISO DI SORTEGGIO DEI COMPONENTI DELLA COMMISSIONE ESAMINATRICE DEL CONCORSO PUBBLICO, PER TITOLI ED ESAMI, PER LA COPERTURA A TEMPO INDETERMINATO DI N. 3 POSTI DI DIRIGENTE MEDICO – DISCIPLINA DI ANESTESIA E RIANIMAZIONE'
LIB = '/usr/share/fonts/truetype/liberation/'
class Doc(FPDF):
    def header(self):
        self.set_fill_color(0, 94, 130); self.rect(15, 10, 3, 20, 'F')
        self.set_xy(21, 10); self.set_font('LS', 'B', 13); self.set_text_color(0, 70, 100)
        self.cell(0, 7, 'AZIENDA SANITARIA PROVINCIALE DI MESSINA', new_x='LMARGIN', new_y='NEXT')
        self.set_x(21); self.set_font('LS', '', 8); self.set_text_color(60, 60, 60)
        self.cell(0, 4.5, 'Via La Farina, 263/N – 98123 Messina – C.F. e P.IVA 03051870834 – www.asp.messina.it', new_x='LMARGIN', new_y='NEXT')
        self.set_x(21); self.set_font('LS', 'B', 8.5)
        self.cell(0, 5, 'U.O.C. Gestione Risorse Umane – Settore Reclutamento e Concorsi', new_x='LMARGIN', new_y='NEXT')
        self.set_text_color(0, 0, 0); self.set_draw_color(0, 94, 130); self.line(15, 33, 195, 33); self.ln(8)
    def footer(self):
        self.set_y(-15); self.set_font('LS', '', 7); self.set_text_color(110, 110, 110)
        self.cell(0, 5, 'ASP Messina – Avviso di sorteggio – pubblicato all\'Albo on line aziendale – Pag. %d/{nb}' % self.page_no(), align='C')
pdf = Doc(format='A4'); pdf.set_margins(20, 15, 20); pdf.set_auto_page_break(True, 22)
pdf.add_font('LS', '', LIB + 'LiberationSans-Regular.ttf'); pdf.add_font('LS', 'B', LIB + 'LiberationSans-Bold.ttf'); pdf.add_font('LS', 'I', LIB + 'LiberationSans-Italic.ttf')
pdf.set_title('Avviso di sorteggio commissione - Anestesia e Rianimazione'); pdf.set_creator('Gestione Documentale'); pdf.set_author('ASP Messina')
pdf.alias_nb_pages()
pdf.add_page()
pdf.set_font('LS', '', 9.5); pdf.cell(0, 5, 'Messina, 11/03/2026', align='R', new_x='LMARGIN', new_y='NEXT'); pdf.ln(6)
pdf.set_font('LS', 'B', 11); pdf.multi_cell(0, 6, TITLE, align='C'); pdf.ln(5)
pdf.set_font('LS', '', 10.5)
paras = [
 'Ai sensi e per gli effetti dell\'art. 6 del D.P.R. 10 dicembre 1997, n. 483, si rende noto che il giorno 14 aprile 2026, alle ore 10:00, presso la sede della U.O.C. Gestione Risorse Umane, Via La Farina n. 263/N, Messina – stanza n. 14, piano secondo, si procederà al sorteggio dei componenti della Commissione esaminatrice del concorso pubblico indicato in oggetto, indetto con deliberazione del Direttore Generale n. 1987 del 22/10/2025 e il cui bando è stato pubblicato nella Gazzetta Ufficiale della Repubblica Italiana, 4ª Serie speciale, n. 94 del 28/11/2025.',
 'Il sorteggio riguarda i due direttori di struttura complessa della disciplina di Anestesia e Rianimazione da individuare, con i relativi supplenti, tra il personale del ruolo regionale appartenente ai profili e alle discipline oggetto del concorso, ai sensi dell\'art. 25 del citato D.P.R. n. 483/1997.',
 'La Commissione preposta alle operazioni di sorteggio è composta da tre funzionari dell\'Azienda nominati dal Direttore Generale, di cui uno con funzioni di Presidente.',
 'Qualora, per qualsiasi motivo, non fosse possibile procedere al sorteggio nella data sopra indicata, ovvero si rendesse necessario ripetere le operazioni a seguito di rinuncia o incompatibilità dei componenti sorteggiati, le stesse si svolgeranno, senza ulteriore avviso, ogni lunedì successivo non festivo, nel medesimo luogo e alla stessa ora, fino al completamento della Commissione.',
 'Le operazioni di sorteggio sono pubbliche.',
 'Il presente avviso è pubblicato all\'Albo on line aziendale e nel sito istituzionale, sezione "Bandi di concorso", almeno quindici giorni prima della data fissata per il sorteggio.',
]
for t in paras:
    pdf.multi_cell(0, 5.6, t, align='J'); pdf.ln(2.5)
pdf.ln(8)
pdf.set_x(110); pdf.set_font('LS', 'B', 10); pdf.multi_cell(80, 5.5, 'IL DIRETTORE DELLA U.O.C.\nGESTIONE RISORSE UMANE', align='C')
pdf.set_x(110); pdf.set_font('LS', 'I', 10); pdf.multi_cell(80, 5.5, 'Dott. Carmelo Trovato', align='C')
pdf.set_x(110); pdf.set_font('LS', '', 7); pdf.multi_cell(80, 4, 'Firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, comma 2, del D.Lgs. 39/1993', align='C')
pdf.output(out(FN))
save_key({"file": FN, "role": "notice",
 "what": "unnumbered avviso of the ASP di Messina (U.O.C. Gestione Risorse Umane) announcing the draw of an examining board on 14/04/2026, dated 11/03/2026, fpdf2 with embedded TrueType",
 "act": {"municipality": "Azienda Sanitaria Provinciale di Messina", "office": "U.O.C. Gestione Risorse Umane", "kind": "avviso",
         "date": "2026-03-11", "subject": TITLE}})
