# Determinazione of the Comune di Baselga di Pinè (TN), in the manner of a
# Trentino atti package print (Clesius-like): small caps heading, register box
# at the right, numbered "determina" points, Trentino remedies clause.
# Producer: fpdf2 with embedded Liberation Sans / Liberation Serif.
import sys
from fpdf import FPDF

OUT = sys.argv[1]
FD = '/usr/share/fonts/truetype/liberation/'


class P(FPDF):
    def header(self):
        self.set_font('S', 'B', 13)
        self.set_xy(15, 12)
        self.cell(120, 6, 'COMUNE DI BASELGA DI PINÈ', new_x='LMARGIN', new_y='NEXT')
        self.set_font('S', '', 9)
        self.set_x(15)
        self.cell(120, 4.5, 'Provincia Autonoma di Trento', new_x='LMARGIN', new_y='NEXT')
        self.set_x(15)
        self.cell(120, 4.5, 'Via C. Battisti, 22 - 38042 Baselga di Pinè (TN)', new_x='LMARGIN', new_y='NEXT')
        # register box right
        self.set_xy(140, 12)
        self.set_font('S', '', 8)
        self.rect(140, 11, 55, 16)
        self.cell(55, 4.5, 'Registro generale', align='C', new_x='LEFT', new_y='NEXT')
        self.set_font('S', 'B', 10)
        self.cell(55, 5, 'n. 112', align='C', new_x='LEFT', new_y='NEXT')
        self.set_font('S', '', 8)
        self.cell(55, 4.5, 'del 16/03/2026', align='C')
        self.set_line_width(0.4)
        self.line(15, 30, 195, 30)
        self.set_line_width(0.2)
        if self.page_no() > 1:
            self.set_xy(15, 32)
            self.set_font('S', 'I', 7.5)
            self.cell(0, 4, 'Determinazione n. 37 di data 16 marzo 2026 - Area Tecnica')
        self.set_y(38)

    def footer(self):
        self.set_y(-14)
        self.set_font('S', '', 7.5)
        self.line(15, self.get_y() - 1, 195, self.get_y() - 1)
        self.cell(120, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e dell\'art. 20 del CAD')
        self.cell(60, 4, 'Pagina %d di {nb}' % self.page_no(), align='R')


pdf = P('P', 'mm', 'A4')
pdf.add_font('S', '', FD + 'LiberationSans-Regular.ttf')
pdf.add_font('S', 'B', FD + 'LiberationSans-Bold.ttf')
pdf.add_font('S', 'I', FD + 'LiberationSans-Italic.ttf')
pdf.add_font('R', '', FD + 'LiberationSerif-Regular.ttf')
pdf.add_font('R', 'B', FD + 'LiberationSerif-Bold.ttf')
pdf.set_margins(15, 38, 15)
pdf.set_auto_page_break(True, 20)
pdf.set_title('Determinazione n. 37/2026 - Area Tecnica')
pdf.set_creator('Atti Amministrativi - modulo Determinazioni')
pdf.add_page()

pdf.set_font('S', 'B', 10)
pdf.cell(0, 5, 'AREA TECNICA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('S', '', 9.5)
pdf.cell(0, 5, 'Servizio Lavori pubblici e patrimonio', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('S', 'B', 11.5)
pdf.multi_cell(0, 6, 'DETERMINAZIONE DEL RESPONSABILE DELL\'AREA TECNICA\nN. 37 DI DATA 16 MARZO 2026',
               align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
SUBJ = ("Lavori di sistemazione e asfaltatura della strada comunale Miola - Faida. Affidamento "
        "diretto alla ditta Edil Pinè S.r.l. ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. "
        "36/2023 e della L.P. 2/2016. Impegno di spesa. CIG B7A3C51E02.")
y = pdf.get_y()
pdf.set_font('S', 'B', 10)
pdf.cell(22, 5.5, 'OGGETTO:')
pdf.set_font('S', 'B', 10)
pdf.multi_cell(0, 5.5, SUBJ, new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)


def par(t, bold=False, align='J', after=2.2):
    pdf.set_font('R', 'B' if bold else '', 11)
    pdf.multi_cell(0, 5.4, t, align=align, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(after)


par('IL RESPONSABILE DELL\'AREA TECNICA', bold=True, align='C')
for t in [
    "Premesso che il tratto di strada comunale che collega le frazioni di Miola e Faida presenta "
    "un diffuso ammaloramento del manto bituminoso e l'inefficienza delle canalette di scolo, come "
    "accertato nel sopralluogo del 24/02/2026 (verbale prot. n. 2106);",
    "Vista la deliberazione della Giunta comunale n. 28 di data 05/03/2026, con la quale è stato "
    "approvato il progetto esecutivo dei lavori per un importo di euro 118.400,00 per lavori, di "
    "cui euro 3.400,00 per oneri della sicurezza, oltre a somme a disposizione;",
    "Visto il preventivo presentato dalla ditta Edil Pinè S.r.l., con sede in Baselga di Pinè, "
    "acquisito al protocollo n. 2571 di data 11/03/2026, che offre un ribasso del 4,20% "
    "sull'importo soggetto a ribasso, per un importo contrattuale di euro 113.571,80 oltre IVA;",
    "Verificato il possesso dei requisiti di ordine generale e speciale in capo all'operatore "
    "economico tramite il fascicolo virtuale dell'operatore economico (FVOE);",
    "Visti il Codice degli enti locali della Regione autonoma Trentino-Alto Adige approvato con "
    "L.R. 3 maggio 2018, n. 2, il D.Lgs. 31 marzo 2023, n. 36, la L.P. 9 marzo 2016, n. 2, e il "
    "D.Lgs. 23 giugno 2011, n. 118;",
    "Visto il decreto del Sindaco n. 4 di data 02/01/2026 di conferimento dell'incarico di "
    "Responsabile dell'Area Tecnica;"]:
    par(t)
par('d e t e r m i n a', bold=True, align='C')
pts = [
    "di affidare, per le motivazioni esposte in premessa, i lavori di sistemazione e asfaltatura "
    "della strada comunale Miola - Faida alla ditta Edil Pinè S.r.l. (P.IVA 01874530221) per "
    "l'importo di euro 113.571,80 oltre IVA al 22%, per complessivi euro 138.557,60;",
    "di impegnare la spesa complessiva di euro 138.557,60 al capitolo 3520 \"Manutenzione "
    "straordinaria viabilità comunale\" del bilancio di previsione 2026-2028, esercizio 2026, "
    "esigibilità 2026;",
    "di stipulare il contratto mediante scambio di corrispondenza secondo gli usi del commercio, "
    "ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di dare atto che il Responsabile Unico del Progetto è il geom. Paolo Anesi;",
    "di dare evidenza che, ai sensi dell'art. 4 della L.P. 30 novembre 1992, n. 23, avverso il "
    "presente provvedimento sono ammessi: opposizione alla Giunta comunale durante il periodo di "
    "pubblicazione; ricorso al Tribunale Regionale di Giustizia Amministrativa di Trento entro "
    "30 giorni, ai sensi dell'art. 120 del D.Lgs. 104/2010."]
for i, t in enumerate(pts, 1):
    pdf.set_font('R', '', 11)
    x = pdf.get_x()
    pdf.cell(8, 5.4, '%d.' % i)
    pdf.multi_cell(0, 5.4, t, align='J', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.5)
pdf.ln(6)
pdf.set_font('S', '', 10)
pdf.set_x(110)
pdf.multi_cell(85, 5, 'IL RESPONSABILE DELL\'AREA TECNICA\ning. Michele Broseghini\n(firmato digitalmente)',
               align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(8)
# visto contabile box
pdf.set_font('S', 'B', 9)
pdf.set_fill_color(235, 235, 235)
pdf.cell(0, 6, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', border=1, fill=True,
         new_x='LMARGIN', new_y='NEXT')
pdf.set_font('S', '', 8.5)
with pdf.table(col_widths=(30, 30, 30, 60, 30), text_align=('CENTER', 'CENTER', 'CENTER', 'LEFT', 'RIGHT'),
               line_height=5, first_row_as_headings=True) as t:
    for r in [('Esercizio', 'Capitolo', 'Impegno', 'Creditore', 'Importo'),
              ('2026', '3520', '2026/318', 'EDIL PINÈ S.R.L.', '138.557,60')]:
        row = t.row()
        for c in r:
            row.cell(c)
pdf.ln(2)
pdf.multi_cell(0, 4.5, "Ai sensi dell'art. 187, comma 7, del Codice degli enti locali, si attesta la "
               "copertura finanziaria della spesa.\nBaselga di Pinè, 16/03/2026 - IL RESPONSABILE DEL "
               "SERVIZIO FINANZIARIO - dott.ssa Katia Fedel (firmato digitalmente)",
               new_x='LMARGIN', new_y='NEXT')
pdf.output(OUT)
