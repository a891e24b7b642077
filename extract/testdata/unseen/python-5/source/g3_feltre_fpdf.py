"""Giunta deliberation, Comune di Feltre: Word-template look, attendance in prose, not immediately executive. fpdf2, embedded DejaVu Serif."""
from fpdf import FPDF
from common import out, DJ

class P(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font('DJS', 'B', 16)
            self.cell(0, 8, 'COMUNE DI FELTRE', align='C', new_x='LMARGIN', new_y='NEXT')
            self.set_font('DJS', '', 10)
            self.cell(0, 5, 'Provincia di Belluno', align='C', new_x='LMARGIN', new_y='NEXT')
            self.set_font('DJS', '', 8)
            self.cell(0, 4, 'Piazzetta delle Biade, 1 - 32032 Feltre (BL) - C.F. 00133880252', align='C', new_x='LMARGIN', new_y='NEXT')
            self.ln(6)
    def footer(self):
        self.set_y(-14); self.set_font('DJS', 'I', 8)
        self.cell(0, 5, 'Deliberazione della Giunta Comunale n. 188 del 25/11/2025 - Pagina %d di {nb}' % self.page_no(), align='C')

pdf = P(format='A4'); pdf.set_margins(25, 18, 22); pdf.set_auto_page_break(True, 20)
pdf.add_font('DJS', '', DJ + 'DejaVuSerif.ttf'); pdf.add_font('DJS', 'B', DJ + 'DejaVuSerif-Bold.ttf'); pdf.add_font('DJS', 'I', DJ + 'DejaVuSerif-Italic.ttf')
pdf.set_title('DGC 188/2025'); pdf.set_creator('Microsoft Word')
pdf.add_page()
pdf.set_font('DJS', 'B', 11)
pdf.cell(0, 6, 'COPIA', align='R', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DJS', 'B', 12)
pdf.cell(0, 7, 'DELIBERAZIONE DELLA GIUNTA COMUNALE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DJS', '', 11)
pdf.cell(0, 7, 'Seduta del 25 novembre 2025 - Deliberazione n. 188', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(5)
pdf.set_font('DJS', 'B', 10.5)
pdf.multi_cell(0, 5.5, "Oggetto: Adesione al progetto \"Feltre Città che legge\" promosso dal Centro per il libro e la lettura e approvazione del Patto locale per la lettura 2026-2028.", border='TB', padding=(2, 0, 2, 0))
pdf.ln(5)
pdf.set_font('DJS', '', 10.5)
L = 5.6
def p(t, style=''):
    pdf.set_font('DJS', style, 10.5); pdf.multi_cell(0, L, t, align='J', markdown=True); pdf.ln(1.5)
p("L'anno duemilaventicinque, il giorno venticinque del mese di novembre, alle ore 9:00, nella sede municipale, si è riunita la Giunta Comunale, convocata nelle forme di legge.")
p("Sono presenti il Sindaco **Elisa Faoro**, che presiede la seduta, il Vicesindaco **Alessandro Del Bianco** e gli Assessori **Debora Nicoletto**, **Giorgio Dalla Rosa** e **Marta Zatta**. "
  "È assente giustificato l'Assessore **Michele Bortolas**.")
p("Assiste il Segretario Generale **dott. Fabio Scopel**, che cura la verbalizzazione.")
p("Il Presidente, riconosciuta la legalità dell'adunanza, invita la Giunta a deliberare sull'argomento in oggetto.")
pdf.ln(2)
pdf.set_font('DJS', 'B', 11); pdf.cell(0, 7, 'LA GIUNTA COMUNALE', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
p("**Premesso** che la Legge 13 febbraio 2020, n. 15 promuove la diffusione della lettura quale strumento di crescita individuale e sociale e prevede la stipula di Patti locali per la lettura tra enti pubblici, scuole, biblioteche e soggetti privati;")
p("**Richiamata** la propria deliberazione n. 41 del 14/03/2023, con la quale il Comune di Feltre ha aderito alla qualifica di \"Città che legge\" per il biennio 2023-2024;")
p("**Considerato** che la Biblioteca civica ha coordinato, nel corso del 2025, un tavolo di lavoro con gli istituti comprensivi, le librerie cittadine e le associazioni culturali del territorio, dal quale è scaturita la bozza di Patto allegata alla presente;")
p("**Dato atto** che l'adesione non comporta oneri diretti a carico del bilancio comunale, salvo quelli già previsti negli stanziamenti della Biblioteca civica;")
p("**Visti** i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 dal Dirigente del Settore Cultura e, in ordine alla regolarità contabile, dal Dirigente del Settore Finanziario;")
p("Con voti unanimi, espressi nelle forme di legge,")
pdf.set_font('DJS', 'B', 11); pdf.cell(0, 7, 'delibera', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
items = [
 "di aderire al progetto \"Feltre Città che legge\" promosso dal Centro per il libro e la lettura per il triennio 2026-2028;",
 "di approvare il Patto locale per la lettura 2026-2028, allegato sub A) al presente atto quale parte integrante e sostanziale;",
 "di autorizzare il Sindaco, o suo delegato, alla sottoscrizione del Patto con i soggetti aderenti;",
 "di individuare nella Biblioteca civica il soggetto referente per il coordinamento delle attività previste dal Patto;",
 "di trasmettere copia del presente provvedimento al Centro per il libro e la lettura.",
]
for i, t in enumerate(items):
    pdf.set_font('DJS', '', 10.5)
    pdf.cell(8, L, chr(ord('a') + i) + ')')
    pdf.multi_cell(0, L, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
pdf.ln(4)
p("Letto, confermato e sottoscritto.", 'I')
pdf.ln(6)
pdf.set_font('DJS', 'B', 10)
y = pdf.get_y()
pdf.set_xy(25, y); pdf.cell(75, 5, 'IL SINDACO', align='C')
pdf.set_xy(110, y); pdf.cell(75, 5, 'IL SEGRETARIO GENERALE', align='C')
pdf.set_font('DJS', '', 10)
pdf.set_xy(25, y + 6); pdf.cell(75, 5, 'f.to Elisa Faoro', align='C')
pdf.set_xy(110, y + 6); pdf.cell(75, 5, 'f.to dott. Fabio Scopel', align='C')
pdf.ln(16)
pdf.set_font('DJS', 'B', 10); pdf.set_x(25)
pdf.cell(0, 6, 'CERTIFICATO DI ESECUTIVITÀ', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DJS', '', 9.5)
pdf.multi_cell(0, 5, "La presente deliberazione, non soggetta a controllo preventivo di legittimità, è stata pubblicata all'Albo pretorio on line e diverrà esecutiva decorsi dieci giorni dalla pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. 18 agosto 2000, n. 267.", align='J')
pdf.output(out('giunta-feltre-presenze-in-prosa.pdf'))
