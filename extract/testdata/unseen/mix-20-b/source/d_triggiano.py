# D. Ambito Territoriale Sociale di Triggiano - convocazione del Coordinamento Istituzionale
# fpdf2, DejaVu Sans (embedded TrueType), letter template of a Maggioli protocol package.
import sys
from fpdf import FPDF

out = sys.argv[1]
FONT = '/usr/share/fonts/truetype/dejavu/'


class Lettera(FPDF):
    def header(self):
        self.set_draw_color(120, 30, 60)
        self.set_fill_color(120, 30, 60)
        self.rect(15, 10, 3, 22, 'F')
        self.set_xy(21, 10)
        self.set_font('dv', 'B', 13)
        self.set_text_color(120, 30, 60)
        self.cell(0, 6, 'AMBITO TERRITORIALE SOCIALE DI TRIGGIANO', new_x='LMARGIN', new_y='NEXT')
        self.set_x(21)
        self.set_font('dv', '', 8.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4.5, 'Comuni di Triggiano (capofila) – Adelfia – Capurso – Cellamare – Valenzano', new_x='LMARGIN', new_y='NEXT')
        self.set_x(21)
        self.cell(0, 4.5, 'Ufficio di Piano – Piazza Vittorio Veneto, 46 – 70019 Triggiano (BA)', new_x='LMARGIN', new_y='NEXT')
        self.set_x(21)
        self.cell(0, 4.5, 'PEC: ufficiodipiano.ambitotriggiano@pec.it – tel. 080 4628 111', new_x='LMARGIN', new_y='NEXT')
        self.set_text_color(0, 0, 0)
        self.ln(8)

    def footer(self):
        self.set_y(-15)
        self.set_font('dv', '', 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, 'Documento informatico sottoscritto con firma digitale ai sensi dell\'art. 21 del D.Lgs. 82/2005 – Pag. %d/{nb}' % self.page_no(), align='C')


pdf = Lettera(format='A4')
pdf.add_font('dv', '', FONT + 'DejaVuSans.ttf')
pdf.add_font('dv', 'B', FONT + 'DejaVuSans-Bold.ttf')
pdf.add_font('dv', 'I', FONT + 'DejaVuSans-Oblique.ttf')
pdf.set_margins(20, 12, 18)
pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.set_title('Convocazione Coordinamento Istituzionale 20/03/2026')
pdf.set_author('Ambito Territoriale Sociale di Triggiano - Ufficio di Piano')
pdf.add_page()

# protocol stamp box (top left) and addressees (right)
y0 = pdf.get_y()
pdf.set_font('dv', '', 8)
pdf.set_xy(20, y0)
pdf.multi_cell(62, 4.2, 'AMBITO TERRITORIALE SOCIALE\nDI TRIGGIANO\nProt. n. 1457/UdP\ndel 13/03/2026\nClass. 7.3 – Fasc. 2/2026', border=1, align='C')
pdf.set_font('dv', '', 9.5)
pdf.set_xy(112, y0)
pdf.multi_cell(80, 4.6, 'Ai Sindaci dei Comuni di\nTriggiano\nAdelfia\nCapurso\nCellamare\nValenzano\n\ne p.c.\nAl Direttore del Distretto Socio-Sanitario n. 9 – ASL Bari\nAl Responsabile dell\'Ufficio di Piano\nLORO SEDI', align='L')
pdf.ln(6)

pdf.set_font('dv', 'B', 10)
pdf.set_x(20)
pdf.multi_cell(0, 5, 'OGGETTO: Convocazione del Coordinamento Istituzionale – seduta del 20 marzo 2026.', align='L')
pdf.ln(3)

pdf.set_font('dv', '', 10)
body = ('Ai sensi dell\'art. 6 della Convenzione per la gestione associata delle funzioni e dei servizi socio-assistenziali '
        'e del Regolamento di funzionamento del Coordinamento Istituzionale, le SS.LL. sono convocate in seduta ordinaria '
        'per il giorno venerdì 20 marzo 2026, alle ore 10:00, presso la Sala Giunta del Comune di Triggiano, '
        'Piazza Vittorio Veneto n. 46, e in seconda convocazione per il giorno lunedì 23 marzo 2026, alla stessa ora e '
        'nel medesimo luogo, per la trattazione del seguente')
pdf.multi_cell(0, 5.2, body, align='J')
pdf.ln(2)
pdf.set_font('dv', 'B', 10)
pdf.cell(0, 6, 'ORDINE DEL GIORNO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('dv', '', 10)
odg = [
    'Approvazione del verbale della seduta del 12 febbraio 2026.',
    'Piano Sociale di Zona 2026–2028: presa d\'atto del documento di programmazione e avvio della concertazione con il partenariato sociale.',
    'Fondo Nazionale Politiche Sociali – annualità 2025: riparto delle risorse tra le aree di intervento.',
    'Servizio di assistenza domiciliare integrata (ADI/SAD): proroga tecnica del contratto in essere nelle more della nuova procedura di affidamento.',
    'Bilancio dell\'Ambito: rendiconto delle quote di cofinanziamento comunale per l\'esercizio 2025.',
    'Varie ed eventuali.',
]
for i, t in enumerate(odg, 1):
    pdf.set_x(24)
    pdf.cell(7, 5.2, f'{i})')
    pdf.multi_cell(0, 5.2, t, align='J')
    pdf.ln(0.8)
pdf.ln(2)
pdf.multi_cell(0, 5.2, 'La documentazione relativa agli argomenti iscritti all\'ordine del giorno è disponibile presso l\'Ufficio di Piano '
               'e viene trasmessa in allegato alla presente a mezzo PEC. In caso di impedimento, il Sindaco può delegare '
               'l\'Assessore alle Politiche Sociali, dandone comunicazione scritta all\'Ufficio di Piano prima dell\'inizio della seduta.', align='J')
pdf.ln(2)
pdf.multi_cell(0, 5.2, 'Si confida nella consueta e puntuale partecipazione.', align='J')
pdf.ln(10)
pdf.set_x(110)
pdf.multi_cell(80, 5, 'IL PRESIDENTE DEL\nCOORDINAMENTO ISTITUZIONALE\nDott. Antonio Donatelli\n(firmato digitalmente)', align='C')
pdf.output(out)
