# Ordinanza sindacale of the Comune di Savoca, printed by the Polizia Municipale's
# web procedure (fpdf2): grey band with number/date, "IL SINDACO", ORDINA points,
# distribution list, page foot.
import sys
from fpdf import FPDF

F = '/usr/share/fonts/truetype/dejavu/'


class P(FPDF):
    def header(self):
        self.set_font('DV', 'B', 13)
        self.cell(0, 7, 'COMUNE DI SAVOCA', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_font('DV', '', 8.5)
        self.cell(0, 4.5, 'Città Metropolitana di Messina', align='C', new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4.5, 'Ufficio di Polizia Municipale - Piazza Fossia, 98038 Savoca (ME)',
                  align='C', new_x='LMARGIN', new_y='NEXT')
        self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font('DV', '', 7)
        self.cell(0, 4, f'Ordinanza n. 3/2026 - pag. {self.page_no()}/{{nb}}', align='R')


pdf = P('P', 'mm', 'A4')
pdf.add_font('DV', '', F + 'DejaVuSans.ttf')
pdf.add_font('DV', 'B', F + 'DejaVuSans-Bold.ttf')
pdf.add_font('DV', 'I', F + 'DejaVuSans-Oblique.ttf')
pdf.set_margins(22, 14, 20)
pdf.set_auto_page_break(True, 20)
pdf.set_title('Ordinanza sindacale n. 3 del 13/02/2026')
pdf.add_page()

pdf.set_fill_color(220, 220, 220)
pdf.set_font('DV', 'B', 11)
pdf.cell(0, 8, 'ORDINANZA SINDACALE N. 3 DEL 13/02/2026', border=1, align='C', fill=True,
         new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_font('DV', 'B', 9.5)
pdf.cell(22, 5, 'OGGETTO:')
pdf.multi_cell(0, 5, 'Chiusura temporanea al transito veicolare della strada comunale Savoca – '
               'Contrada San Francesco per lavori urgenti di ripristino del muro di sostegno a '
               'valle della carreggiata.', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_font('DV', 'B', 10.5)
pdf.cell(0, 6, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(1)

body = [
    ('PREMESSO', 'che a seguito delle intense precipitazioni del 9 e 10 febbraio 2026 si è verificato '
     'il cedimento parziale del muro in pietrame a sostegno della strada comunale Savoca – Contrada '
     'San Francesco, all’altezza del civico 14, come accertato dall’Ufficio Tecnico Comunale con '
     'verbale di sopralluogo del 11/02/2026;'),
    ('CONSIDERATO', 'che il transito dei veicoli sul tratto interessato costituisce grave pericolo per '
     'la pubblica incolumità e che occorre consentire l’esecuzione in sicurezza dei lavori di '
     'ripristino affidati con determinazione dell’Area Tecnica n. 19 del 12/02/2026;'),
    ('VISTI', 'gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il '
     'relativo Regolamento di esecuzione;'),
    ('VISTO', 'l’art. 54 del D.Lgs. 18 agosto 2000, n. 267, e l’O.R.EE.LL. vigente nella Regione '
     'Siciliana;'),
]
for lab, txt in body:
    pdf.set_font('DV', 'B', 9.5)
    pdf.write(5, lab + ' ')
    pdf.set_font('DV', '', 9.5)
    pdf.write(5, txt)
    pdf.ln(7)

pdf.set_font('DV', 'B', 10.5)
pdf.cell(0, 6, 'O R D I N A', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(1)
pts = [
    'la chiusura al transito veicolare della strada comunale Savoca – Contrada San Francesco, nel '
    'tratto compreso tra l’intersezione con la S.P. 19 e il civico 22, dalle ore 7:00 del '
    '16/02/2026 alle ore 19:00 del 06/03/2026 e comunque fino al termine dei lavori;',
    'il divieto di sosta con rimozione forzata su entrambi i lati del tratto suddetto, per tutta la '
    'durata dei lavori;',
    'che l’accesso sia consentito ai soli mezzi dell’impresa esecutrice, ai mezzi di soccorso e di '
    'polizia e ai residenti dei civici 16-22, a passo d’uomo e secondo le indicazioni del personale '
    'di cantiere.',
]
pdf.set_font('DV', '', 9.5)
for i, t in enumerate(pts, 1):
    pdf.set_x(22)
    pdf.cell(8, 5, f'{i}.')
    pdf.multi_cell(0, 5, t, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.5)
pdf.ln(2)
pdf.set_font('DV', 'B', 10.5)
pdf.cell(0, 6, 'D I S P O N E', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DV', '', 9.5)
pdf.multi_cell(0, 5, 'che l’impresa esecutrice provveda all’installazione della prescritta '
               'segnaletica stradale almeno 48 ore prima dell’inizio dei lavori; che la presente '
               'ordinanza sia pubblicata all’Albo Pretorio on line e trasmessa alla Stazione '
               'Carabinieri di Santa Teresa di Riva, alla Polizia Municipale e all’Area Tecnica.',
               new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.multi_cell(0, 5, 'Avverso il presente provvedimento è ammesso ricorso al T.A.R. Sicilia – '
               'Sezione di Catania entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario '
               'al Presidente della Regione Siciliana entro 120 giorni.', new_x='LMARGIN', new_y='NEXT')
pdf.ln(6)
pdf.cell(85, 5, 'Savoca, 13/02/2026')
pdf.set_font('DV', 'B', 9.5)
pdf.cell(0, 5, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(107)
pdf.set_font('DV', '', 9.5)
pdf.cell(0, 5, 'Avv. Massimo Stracuzzi', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(107)
pdf.set_font('DV', 'I', 7)
pdf.cell(0, 4, 'Firma autografa sostituita a mezzo stampa ai sensi dell’art. 3, c. 2, D.Lgs. 39/1993',
         align='C')
pdf.output(sys.argv[1])
