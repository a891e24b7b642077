from fpdf import FPDF
from common import fpdf_crest, fpdf_fonts, OUT

out = OUT + '/decreto-naturno-zweisprachig.pdf'


class Doc(FPDF):
    def footer(self):
        self.set_y(-12); self.set_font('DejaVuSans', '', 7)
        self.cell(0, 4, 'Rathausstraße 1 – Via Municipio 1 – 39025 Naturns / Naturno – %d' % self.page_no(), align='C')


pdf = Doc('P', 'mm', 'A4'); fpdf_fonts(pdf); pdf.set_margins(18, 15, 18); pdf.set_auto_page_break(False)
pdf.add_page(); W = pdf.epw; G = 8; CW = (W - G) / 2
XL, XR = pdf.l_margin, pdf.l_margin + CW + G
fpdf_crest(pdf, 105 - 6, 12, 12, 15)
pdf.set_font('DejaVuSans', 'B', 12.5)
pdf.set_xy(XL, 15); pdf.cell(CW, 6, 'MARKTGEMEINDE NATURNS', align='L')
pdf.set_xy(XR, 15); pdf.cell(CW, 6, 'COMUNE DI NATURNO', align='R')
pdf.set_font('DejaVuSans', '', 8)
pdf.set_xy(XL, 21); pdf.cell(CW, 4, 'Autonome Provinz Bozen – Südtirol', align='L')
pdf.set_xy(XR, 21); pdf.cell(CW, 4, 'Provincia autonoma di Bolzano – Alto Adige', align='R')
pdf.set_line_width(0.4); pdf.line(XL, 32, XL + W, 32)
y = 38


def pair(de, it, style='', size=9.5, align='J', h=4.6, after=2.2):
    global y
    if y > 265:
        pdf.add_page(); y = 20
    pdf.set_font('DejaVuSans', style, size)
    pdf.set_xy(XL, y); pdf.multi_cell(CW, h, de, align=align, new_x='LMARGIN', new_y='NEXT'); y1 = pdf.get_y()
    pdf.set_xy(XR, y); pdf.multi_cell(CW, h, it, align=align, new_x='LMARGIN', new_y='NEXT'); y2 = pdf.get_y()
    y = max(y1, y2) + after


pair('DEKRET DES BÜRGERMEISTERS', 'DECRETO DEL SINDACO', 'B', 12, 'C', 6, 0.5)
pair('Nr. 4 vom 14.02.2025', 'n. 4 di data 14.02.2025', '', 10.5, 'C', 5.5, 5)
pair('BETREFF: Ernennung der bzw. des Verantwortlichen für den digitalen Übergang im Sinne von Art. 17 des GvD vom 7. März 2005, Nr. 82.',
     'OGGETTO: Nomina del Responsabile per la transizione al digitale ai sensi dell\'art. 17 del D.Lgs. 7 marzo 2005, n. 82.', 'B', 9.5, 'L', 4.6, 5)
pair('DER BÜRGERMEISTER', 'IL SINDACO', 'B', 10, 'C', 5, 3)
prem = [
    ('Nach Einsicht in Art. 17 des Kodex der digitalen Verwaltung (GvD Nr. 82/2005), der jede öffentliche Verwaltung verpflichtet, die Aufgaben für den Übergang zur digitalen Verwaltung einem einzigen Amt zu übertragen;',
     'Visto l\'art. 17 del Codice dell\'amministrazione digitale (D.Lgs. n. 82/2005), che impone a ciascuna pubblica amministrazione di affidare a un unico ufficio i compiti relativi alla transizione alla modalità operativa digitale;'),
    ('Nach Einsicht in das Rundschreiben Nr. 3 vom 1. Oktober 2018 des Ministers für die öffentliche Verwaltung;',
     'Vista la circolare n. 3 del 1° ottobre 2018 del Ministro per la pubblica amministrazione;'),
    ('Festgestellt, dass die Gemeindesekretärin, Dr. Verena Gamper, über die erforderlichen technologischen, rechtlichen und organisatorischen Kompetenzen verfügt;',
     'Accertato che la Segretaria comunale, dott.ssa Verena Gamper, possiede le necessarie competenze tecnologiche, giuridiche e organizzative;'),
    ('Nach Einsicht in den Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol, genehmigt mit Regionalgesetz vom 3. Mai 2018, Nr. 2;',
     'Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con legge regionale 3 maggio 2018, n. 2;'),
]
for d, i in prem:
    pair(d, i)
y += 2
pair('v e r f ü g t', 'd e c r e t a', 'B', 10.5, 'C', 5, 3)
pts = [
    ('1. die Gemeindesekretärin, Dr. Verena Gamper, zur Verantwortlichen für den digitalen Übergang der Marktgemeinde Naturns zu ernennen;',
     '1. di nominare la Segretaria comunale, dott.ssa Verena Gamper, Responsabile per la transizione al digitale del Comune di Naturno;'),
    ('2. festzuhalten, dass für diese Ernennung keine zusätzliche Vergütung zusteht;',
     '2. di dare atto che per la presente nomina non spetta alcun compenso aggiuntivo;'),
    ('3. die Ernennung im Verzeichnis der öffentlichen Verwaltungen (IPA) zu veröffentlichen.',
     '3. di pubblicare la nomina nell\'Indice dei domicili digitali delle pubbliche amministrazioni (IPA).'),
]
for d, i in pts:
    pair(d, i)
y += 6
pair('Gegen diese Maßnahme kann innerhalb von 60 Tagen Rekurs beim Regionalen Verwaltungsgericht, Autonome Sektion Bozen, eingereicht werden.',
     'Avverso il presente provvedimento è ammesso ricorso entro 60 giorni al Tribunale Regionale di Giustizia Amministrativa, Sezione autonoma di Bolzano.', 'I', 8.5, 'J', 4.2, 8)
pair('Der Bürgermeister\nMichael Gruber\n(digital signiert)', 'Il Sindaco\nMichael Gruber\n(firmato digitalmente)', '', 9.5, 'C', 4.8, 2)
pdf.output(out)
