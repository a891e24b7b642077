# Numbered bando of the Comune di Sepino, in the manner of the Molise regional in-house (Molise Dati) "Albo" templates.
# fpdf2 2.8.x, DejaVu Sans / Serif embedded; header() draws the letterhead, footer() "Pagina n/N".
from fpdf import FPDF
from fpdf.enums import XPos, YPos

DV = '/usr/share/fonts/truetype/dejavu/'
TITLE = ("BANDO PUBBLICO PER L'ASSEGNAZIONE IN COMODATO D'USO GRATUITO DEGLI ORTI SOCIALI COMUNALI DI "
         "LOCALITÀ FONTE GRANDE – ANNO 2026")


class Bando(FPDF):
    def header(self):
        self.set_draw_color(0, 84, 147)
        self.rect(15, 10, 14, 17)
        self.set_font('dvs', '', 5.5)
        self.set_xy(15, 17); self.cell(14, 3, 'STEMMA', align='C')
        self.set_xy(33, 10)
        self.set_font('dvs', 'B', 14); self.set_text_color(0, 84, 147)
        self.cell(0, 7, 'COMUNE DI SEPINO', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_x(33); self.set_font('dvs', '', 9)
        self.cell(0, 5, 'Provincia di Campobasso', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(33); self.set_font('dvs', '', 7)
        self.cell(0, 4, 'Piazza Nerazio Prisco, 1 – 86017 Sepino (CB) – C.F. 80002190700 – comune.sepino@legalmail.it',
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.line(15, 30, 195, 30)
        self.set_y(34)

    def footer(self):
        self.set_y(-13)
        self.set_font('dvs', '', 7)
        self.line(15, self.get_y(), 195, self.get_y())
        self.cell(120, 5, 'Bando n. 2/2026 – Orti sociali comunali – Area Amministrativa')
        self.cell(0, 5, 'Pagina %d/{nb}' % self.page_no(), align='R')


pdf = Bando(format='A4')
pdf.set_margins(15, 34, 15)
pdf.set_auto_page_break(True, 18)
pdf.add_font('dvs', '', DV + 'DejaVuSans.ttf')
pdf.add_font('dvs', 'B', DV + 'DejaVuSans-Bold.ttf')
pdf.add_font('dvr', '', DV + 'DejaVuSerif.ttf')
pdf.add_font('dvr', 'B', DV + 'DejaVuSerif-Bold.ttf')
pdf.add_font('dvr', 'I', DV + 'DejaVuSerif-Italic.ttf')
pdf.set_creator('Molise Dati – Modulistica Enti Locali')
pdf.set_title('Bando n. 2/2026')
pdf.alias_nb_pages()
pdf.add_page()

pdf.set_font('dvs', 'B', 10)
pdf.cell(0, 5, 'AREA AMMINISTRATIVA', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font('dvs', '', 9)
pdf.cell(0, 5, 'Servizio Patrimonio e Attività Produttive', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)
pdf.set_font('dvr', '', 9.5)
pdf.cell(90, 5, 'Prot. n. 2187')
pdf.cell(0, 5, 'Sepino, 05/05/2026', align='R', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)
pdf.set_font('dvs', 'B', 13)
pdf.cell(0, 7, 'BANDO N. 2/2026', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(1)
pdf.set_font('dvs', 'B', 10.5)
pdf.multi_cell(0, 5.5, TITLE, align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)


def para(t, style='', size=9.5, align='J'):
    pdf.set_font('dvr', style, size)
    pdf.multi_cell(0, 4.8, t, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)


def art(n, title):
    pdf.ln(1)
    pdf.set_font('dvs', 'B', 9.5)
    pdf.cell(0, 5, 'Art. %d – %s' % (n, title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


para("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", 'B', align='C')
para("In esecuzione della deliberazione della Giunta Comunale n. 31 del 23/04/2026, con la quale sono stati approvati i criteri per "
     "l'assegnazione degli orti sociali comunali, e della propria determinazione n. 77 del 04/05/2026, di approvazione del presente bando "
     "e dello schema di domanda;")
para('RENDE NOTO', 'B', align='C')
para("che è indetto un bando pubblico per l'assegnazione in comodato d'uso gratuito, per la durata di tre anni, dei lotti di terreno "
     "comunale destinati ad orti sociali, siti in località Fonte Grande, secondo quanto di seguito specificato.")
art(1, 'Oggetto')
para("Sono oggetto di assegnazione n. 12 lotti di terreno, ciascuno della superficie di circa 60 mq, dotati di punto di approvvigionamento "
     "idrico e di spazio comune per il ricovero degli attrezzi, come individuati nella planimetria allegata al presente bando.")
art(2, 'Requisiti per la partecipazione')
para("Possono presentare domanda le persone fisiche che, alla data di scadenza del bando, siano in possesso dei seguenti requisiti: "
     "a) residenza anagrafica nel Comune di Sepino; b) età non inferiore a 18 anni; c) non essere proprietari, comodatari o affittuari "
     "di terreni agricoli coltivabili nel territorio comunale; d) non avere altri componenti del nucleo familiare già assegnatari di un lotto.")
art(3, 'Criteri di assegnazione')
para("I lotti sono assegnati sulla base di una graduatoria formata secondo i seguenti punteggi:")
pdf.set_font('dvr', '', 9)
rows = [('Criterio', 'Punti'), ('Età pari o superiore a 65 anni', '4'), ('Nucleo familiare con ISEE inferiore a € 12.000,00', '3'),
        ('Presenza nel nucleo di persone con disabilità', '3'), ('Nucleo familiare con figli minori', '2'),
        ('Partecipazione a corsi di orticoltura promossi dal Comune', '1')]
with pdf.table(col_widths=(140, 40), text_align=('LEFT', 'CENTER'), line_height=5.5, first_row_as_headings=True) as t:
    for r in rows:
        row = t.row()
        for c in r:
            row.cell(c)
pdf.ln(2)
para("A parità di punteggio prevale la domanda presentata per prima, secondo l'ordine di acquisizione al protocollo.")
art(4, 'Modalità e termine di presentazione delle domande')
para("La domanda, redatta sul modello allegato al presente bando e corredata di copia del documento di identità, deve pervenire "
     "all'Ufficio Protocollo del Comune entro le ore 12:00 del giorno 29/05/2026, mediante consegna a mano, raccomandata A/R o PEC "
     "all'indirizzo comune.sepino@legalmail.it.")
art(5, 'Obblighi degli assegnatari')
para("Gli assegnatari sono tenuti a coltivare il lotto personalmente e con continuità, a non utilizzare prodotti fitosanitari di sintesi, "
     "a mantenere in ordine gli spazi comuni e a rispettare il Regolamento comunale per la gestione degli orti sociali. Ai sensi dell'art. 6 "
     "del Regolamento, i prodotti coltivati sono destinati esclusivamente al consumo familiare.")
art(6, 'Graduatoria')
para("La graduatoria provvisoria è pubblicata all'Albo Pretorio on line per 10 giorni, entro i quali è possibile presentare osservazioni. "
     "Decorso tale termine, la graduatoria definitiva è approvata con determinazione del Responsabile dell'Area Amministrativa.")
art(7, 'Trattamento dei dati personali e informazioni')
para("I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 per le sole finalità connesse al presente procedimento. "
     "Il Responsabile del procedimento è la Sig.ra Lucia Tirabassi (tel. 0874 790134).")
pdf.ln(2)
para('Sepino, 05/05/2026')
pdf.set_x(110)
pdf.set_font('dvs', 'B', 9)
pdf.multi_cell(85, 4.8, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA", align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(110)
pdf.set_font('dvr', '', 9.5)
pdf.multi_cell(85, 4.8, 'Dott. Nicola Di Iorio', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(110)
pdf.set_font('dvr', 'I', 7.5)
pdf.multi_cell(85, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)
pdf.set_font('dvs', '', 7.5)
pdf.multi_cell(0, 4, 'Pubblicato all\'Albo Pretorio on line dal 05/05/2026 al 29/05/2026 – n. 318 del Registro delle pubblicazioni.',
               border=1, padding=2, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.output('bando-sepino.pdf')
