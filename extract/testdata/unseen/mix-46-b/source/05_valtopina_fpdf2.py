# Determinazione, Comune di Valtopina -- fpdf2, DejaVu Sans / DejaVu Serif TTF, label grid
import sys
from fpdf import FPDF

out = sys.argv[1]
D = '/usr/share/fonts/truetype/dejavu/'

class P(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font('sans', '', 7.5)
            self.cell(0, 5, 'Comune di Valtopina - Area Tecnica - Determinazione Reg. Gen. n. 98 del 13/04/2026', align='L')
            self.ln(8)
    def footer(self):
        self.set_y(-16)
        self.set_draw_color(120, 120, 120); self.line(18, self.get_y(), 192, self.get_y())
        self.set_font('sans', '', 6.8)
        self.cell(130, 5, 'Firmato digitalmente ai sensi del D.Lgs. 7 marzo 2005, n. 82 (CAD) - originale informatico conservato presso l\'Ente')
        self.cell(0, 5, 'Pag. %d/{nb}' % self.page_no(), align='R')

pdf = P('P', 'mm', 'A4')
pdf.set_margins(18, 14, 18)
pdf.set_auto_page_break(True, 22)
pdf.add_font('sans', '', D + 'DejaVuSans.ttf'); pdf.add_font('sans', 'B', D + 'DejaVuSans-Bold.ttf')
pdf.add_font('serif', '', D + 'DejaVuSerif.ttf'); pdf.add_font('serif', 'B', D + 'DejaVuSerif-Bold.ttf')
pdf.add_font('serif', 'I', D + 'DejaVuSerif-Italic.ttf')
pdf.set_title('Determinazione RG 98/2026'); pdf.set_author('Comune di Valtopina'); pdf.set_creator('Gestione Atti - stampa determinazione (fpdf2)')
pdf.add_page()

# letterhead: crest caption on the left, name centred
pdf.set_draw_color(0, 0, 0)
pdf.rect(18, 14, 15, 18)
pdf.set_font('sans', '', 5); pdf.set_xy(18, 21); pdf.cell(15, 3, 'stemma', align='C')
pdf.set_xy(36, 14); pdf.set_font('serif', 'B', 16); pdf.cell(0, 8, 'COMUNE DI VALTOPINA')
pdf.set_xy(36, 22); pdf.set_font('serif', 'I', 10); pdf.cell(0, 5, 'Provincia di Perugia')
pdf.set_xy(36, 27); pdf.set_font('sans', '', 7); pdf.cell(0, 4, 'Piazza Comunale 1 - 06030 Valtopina (PG) - C.F. 00436450545 - comune.valtopina@postacert.umbria.it')
pdf.ln(9)
pdf.set_font('sans', 'B', 11); pdf.cell(0, 6, 'AREA TECNICA - MANUTENTIVA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('sans', '', 9.5); pdf.cell(0, 5, 'Servizio Manutenzioni e Patrimonio', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('sans', 'B', 12); pdf.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)

# label grid
labels = [('N. Reg. Gen.', '98'), ('Data', '13/04/2026'), ('N. Reg. Area', '37'), ('Prot. proposta', 'TEC 44/2026')]
w = 174 / 4
pdf.set_fill_color(230, 230, 230)
pdf.set_font('sans', 'B', 7.5)
for l, _ in labels: pdf.cell(w, 5, l, border=1, fill=True, align='C')
pdf.ln()
pdf.set_font('sans', '', 10)
for _, v in labels: pdf.cell(w, 7, v, border=1, align='C')
pdf.ln(10)

pdf.set_font('sans', 'B', 9.5); pdf.cell(22, 5.5, 'Oggetto:')
pdf.set_font('serif', 'B', 10.5)
pdf.multi_cell(0, 5.5, 'Lavori di ripristino della viabilità comunale in località Sasso a seguito degli eventi meteorici del febbraio 2026 - '
               'Approvazione certificato di regolare esecuzione e liquidazione a saldo alla ditta Edil Topino S.r.l. - CUP E57H26000040004 - CIG B6D2E90A41',
               new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_font('sans', 'B', 10); pdf.cell(0, 6, "IL RESPONSABILE DELL'AREA TECNICA", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(1)
pdf.set_font('serif', '', 10)
txt = [
    "Visto il decreto sindacale n. 1 del 02/01/2026 con il quale è stata attribuita al sottoscritto la responsabilità dell'Area Tecnica - Manutentiva;",
    "Premesso che con propria determinazione Reg. Gen. n. 41 del 23/02/2026 sono stati affidati, ai sensi dell'art. 50, comma 1, lettera a), del D.Lgs. 36/2023, "
    "i lavori di ripristino della viabilità comunale in località Sasso alla ditta Edil Topino S.r.l., con sede in Foligno, per l'importo di euro 38.750,00 oltre IVA, "
    "assumendo l'impegno n. 152/2026 sul capitolo 3380/2 del bilancio 2026/2028;",
    "Visto il certificato di regolare esecuzione emesso dal direttore dei lavori Geom. Luca Properzi in data 03/04/2026, dal quale risulta che i lavori sono stati "
    "regolarmente eseguiti e che il credito residuo dell'impresa ammonta a euro 38.556,25 oltre IVA, al netto delle ritenute già svincolate;",
    "Vista la fattura elettronica n. 27/PA del 07/04/2026 dell'importo di euro 47.038,63 IVA compresa, acquisita al protocollo n. 2214 in pari data;",
    "Verificata la regolarità contributiva dell'impresa mediante DURC on line prot. INPS_49910732 con scadenza 05/08/2026;",
    "Dato atto che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 16 del D.Lgs. 36/2023;",
]
for t in txt:
    pdf.multi_cell(0, 5, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.5)
pdf.ln(1)
pdf.set_font('sans', 'B', 10); pdf.cell(0, 6, 'DETERMINA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('serif', '', 10)
disp = [
    "di approvare il certificato di regolare esecuzione dei lavori in oggetto emesso in data 03/04/2026 dal direttore dei lavori;",
    "di liquidare alla ditta Edil Topino S.r.l. la somma di euro 38.556,25 oltre IVA al 22% per euro 8.482,38, per complessivi euro 47.038,63, a saldo della fattura n. 27/PA del 07/04/2026, "
    "con imputazione all'impegno n. 152/2026, capitolo 3380/2, del bilancio 2026/2028;",
    "di dare atto che l'IVA sarà versata direttamente all'Erario secondo il meccanismo della scissione dei pagamenti (art. 17-ter D.P.R. 633/1972);",
    "di trasmettere il presente atto al Servizio Finanziario per l'emissione del mandato di pagamento.",
]
for t in disp:
    pdf.multi_cell(0, 5, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.5)
pdf.ln(6)
pdf.set_x(110); pdf.set_font('sans', '', 9.5)
pdf.multi_cell(82, 5, "IL RESPONSABILE DELL'AREA TECNICA\nIng. Marco Scassellati\n(firmato digitalmente)", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(6)
pdf.set_font('sans', 'B', 8.5); pdf.set_fill_color(240, 240, 240)
pdf.cell(0, 5.5, 'VISTO DI REGOLARITÀ CONTABILE', border='LTR', fill=True, new_x='LMARGIN', new_y='NEXT')
pdf.set_font('sans', '', 8.5)
pdf.multi_cell(0, 4.5, "Si attesta la regolarità contabile e la copertura finanziaria della spesa (art. 147-bis e 184 D.Lgs. 267/2000). Liquidazione n. 311/2026.\n"
               "Valtopina, 13/04/2026 - Il Responsabile dell'Area Economico-Finanziaria - Dott.ssa Paola Mariani", border='LBR', new_x='LMARGIN', new_y='NEXT')
pdf.output(out)
