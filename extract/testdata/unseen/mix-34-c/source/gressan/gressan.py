# Determinazione - Comune di Gressan (Valle d'Aosta)
# Layout of a form-style determina as printed through a Foxit PDF printer from a
# desktop "atti" package: bilingual letterhead, register box on the right, boxed
# OGGETTO, visto contabile box, signature footer. Made with fpdf2.
import sys
from fpdf import FPDF

SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
SANSB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
SERIF = '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf'
SERIFB = '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf'
SERIFI = '/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf'


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font('sans', '', 7)
        self.set_text_color(90)
        self.cell(0, 4, 'Comune di Gressan - Determinazione Reg. Gen. n. 87 del 06/03/2026', align='L')
        self.ln(7)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-16)
        self.set_draw_color(120)
        self.line(18, self.get_y(), 192, self.get_y())
        self.set_font('sans', '', 6.5)
        self.set_text_color(80)
        self.cell(130, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', align='L')
        self.cell(0, 4, f'Pagina {self.page_no()} di {{nb}}', align='R')
        self.set_text_color(0)


pdf = Doc(format='A4')
pdf.set_margins(18, 14, 18)
pdf.set_auto_page_break(True, 22)
pdf.add_font('sans', '', SANS); pdf.add_font('sans', 'B', SANSB)
pdf.add_font('serif', '', SERIF); pdf.add_font('serif', 'B', SERIFB); pdf.add_font('serif', 'I', SERIFI)
pdf.set_title('Determinazione 87/2026')
pdf.set_creator('Atti Determine - stampa PDF')

pdf.alias_nb_pages()
pdf.add_page()

# bilingual letterhead
pdf.set_font('serif', 'B', 13)
pdf.cell(87, 6, 'COMMUNE DE GRESSAN', align='C')
pdf.cell(0, 6, 'COMUNE DI GRESSAN', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('serif', 'I', 9)
pdf.cell(87, 4.5, "Région Autonome Vallée d'Aoste", align='C')
pdf.cell(0, 4.5, "Regione Autonoma Valle d'Aosta", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('sans', '', 6.5)
pdf.cell(0, 4, 'Località Taxel, 26 - 11020 Gressan (AO)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(1)
pdf.line(18, pdf.get_y(), 192, pdf.get_y())
pdf.ln(4)

# left: area/servizio ; right: register box
y0 = pdf.get_y()
pdf.set_font('sans', 'B', 10)
pdf.multi_cell(100, 5.5, 'AREA TECNICA\nSERVIZIO LAVORI PUBBLICI', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('sans', '', 8.5)
pdf.multi_cell(100, 4.5, 'DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO', new_x='LMARGIN', new_y='NEXT')
y1 = pdf.get_y()
pdf.set_xy(124, y0)
pdf.set_font('sans', '', 8)
rows = [('Registro Generale', 'N. 87'), ('data', '06/03/2026'), ('Registro del Servizio', 'N. 21'), ('data', '05/03/2026')]
for k, v in rows:
    pdf.set_x(124)
    pdf.set_font('sans', '', 7.5)
    pdf.cell(36, 5.5, k, border=1)
    pdf.set_font('sans', 'B', 8.5)
    pdf.cell(32, 5.5, v, border=1, align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_y(max(y1, pdf.get_y()) + 5)

# OGGETTO box
pdf.set_fill_color(238)
pdf.set_font('sans', 'B', 9)
x, y = pdf.get_x(), pdf.get_y()
pdf.cell(24, 6, 'OGGETTO:', fill=True)
pdf.set_xy(x + 26, y)
pdf.multi_cell(148, 5, "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI SGOMBERO NEVE DALLE STRADE COMUNALI - STAGIONE INVERNALE 2025/2026 - INTEGRAZIONE IMPEGNO DI SPESA. CIG B5A7C21D3E", new_x='LMARGIN', new_y='NEXT')
pdf.ln(1)
pdf.line(18, pdf.get_y(), 192, pdf.get_y())
pdf.ln(5)

pdf.set_font('serif', 'B', 11.5)
pdf.cell(0, 6, 'IL RESPONSABILE DEL SERVIZIO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)

body = [
    "RICHIAMATO il decreto del Sindaco n. 4 del 02/01/2026, con il quale al sottoscritto sono state attribuite le funzioni di Responsabile del Servizio Lavori Pubblici dell'Area Tecnica;",
    "RICHIAMATA la propria determinazione n. 213 del 14/11/2025 (Reg. Gen. n. 402), con la quale è stato affidato alla ditta Vallée Services S.n.c. di Gressan il servizio di sgombero neve dalle strade comunali per la stagione invernale 2025/2026, per un importo di € 38.500,00 oltre IVA;",
    "CONSIDERATO che le eccezionali precipitazioni nevose dei mesi di gennaio e febbraio 2026, in particolare nelle frazioni di Les Fleurs, Chevrot e Pila, hanno comportato un numero di interventi superiore a quello stimato, come risulta dai rapportini vistati dall'Ufficio Tecnico;",
    "RITENUTO pertanto necessario integrare l'impegno di spesa di € 7.320,00 IVA compresa, entro il limite del quinto d'obbligo previsto dall'art. 120, comma 9, del D.Lgs. 36/2023;",
    "VISTI la legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d'Aosta), il D.Lgs. 36/2023, il vigente regolamento comunale di contabilità e il bilancio di previsione 2026/2028, approvato con deliberazione del Consiglio comunale n. 52 del 22/12/2025;",
]
pdf.set_font('serif', '', 11)
for s in body:
    pdf.multi_cell(0, 5.4, s, align='J', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.6)

pdf.ln(2)
pdf.set_font('serif', 'B', 11.5)
pdf.cell(0, 6, 'DETERMINA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pts = [
    "di integrare, per le motivazioni esposte in premessa, l'affidamento del servizio di sgombero neve dalle strade comunali per la stagione invernale 2025/2026 alla ditta Vallée Services S.n.c., per un importo di € 6.000,00 oltre IVA 22%, per complessivi € 7.320,00;",
    "di impegnare la spesa di € 7.320,00 al capitolo 10530/2 \"Servizio sgombero neve\" del bilancio di previsione 2026/2028, esercizio 2026;",
    "di dare atto che il CIG relativo all'affidamento è B5A7C21D3E e che la ditta ha reso la dichiarazione sulla tracciabilità dei flussi finanziari ai sensi della legge 136/2010;",
    "di disporre la pubblicazione del presente provvedimento all'Albo pretorio on line per quindici giorni consecutivi e nella sezione Amministrazione trasparente.",
]
pdf.set_font('serif', '', 11)
for i, s in enumerate(pts, 1):
    y = pdf.get_y()
    pdf.cell(8, 5.4, f'{i}.')
    pdf.multi_cell(0, 5.4, s, align='J', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.6)

pdf.ln(6)
pdf.set_x(110)
pdf.set_font('serif', '', 10.5)
pdf.multi_cell(82, 5, 'IL RESPONSABILE DEL SERVIZIO\nIng. Davide Perron\n(firmato digitalmente)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(8)

pdf.set_font('sans', 'B', 8.5)
pdf.cell(0, 6, "VISTO DI REGOLARITÀ CONTABILE (art. 153, comma 5, D.Lgs. 267/2000)", border='LTR', new_x='LMARGIN', new_y='NEXT', fill=True)
pdf.set_font('sans', '', 8)
pdf.multi_cell(0, 4.5, "Impegno n. 284/2026 - Capitolo 10530/2 - Importo € 7.320,00\nGressan, 06/03/2026          IL RESPONSABILE DEL SERVIZIO FINANZIARIO - Dott.ssa Monica Jorrioz (firmato digitalmente)", border='LRB', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_font('sans', '', 7.5)
pdf.multi_cell(0, 4, "Pubblicata all'Albo pretorio on line dal 09/03/2026 al 24/03/2026 - Registro pubblicazioni n. 173", new_x='LMARGIN', new_y='NEXT')

pdf.output(sys.argv[1])
