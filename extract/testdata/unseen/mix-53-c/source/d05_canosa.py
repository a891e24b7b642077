# Determinazione dirigenziale, Città di Canosa di Puglia - MePA order summary layout (fpdf2)
import sys
from fpdf import FPDF
out = sys.argv[1]
F = '/usr/share/fonts/truetype/dejavu/'
class P(FPDF):
    def header(self):
        self.set_font('dv', 'B', 14); self.cell(0, 7, 'CITTÀ DI CANOSA DI PUGLIA', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_font('dv', '', 8.5); self.cell(0, 4.5, 'Provincia di Barletta-Andria-Trani', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_font('dv', 'B', 9); self.cell(0, 5, 'SETTORE AFFARI GENERALI E SERVIZI SOCIALI', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_line_width(0.6); self.line(15, self.get_y() + 1.5, 195, self.get_y() + 1.5); self.ln(5)
    def footer(self):
        self.set_y(-14); self.set_font('dv', '', 7)
        self.cell(0, 4, 'Determinazione Dirigenziale R.G. n. 388 del 20/04/2026', new_x='LMARGIN', new_y='NEXT')
        self.set_y(-14); self.cell(0, 4, 'Pag. %d/{nb}' % self.page_no(), align='R')
pdf = P('P', 'mm', 'A4'); pdf.alias_nb_pages()
pdf.add_font('dv', '', F + 'DejaVuSans.ttf'); pdf.add_font('dv', 'B', F + 'DejaVuSans-Bold.ttf'); pdf.add_font('dv', 'I', F + 'DejaVuSans-Oblique.ttf')
pdf.set_margins(15, 12, 15); pdf.set_auto_page_break(True, 20); pdf.set_creator('Gestione Provvedimenti'); pdf.set_title('DD 388/2026')
pdf.add_page()
pdf.set_font('dv', 'B', 12); pdf.cell(0, 8, 'DETERMINAZIONE DIRIGENZIALE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('dv', '', 9)
rows = [('Registro Generale', 'n. 388 del 20/04/2026'), ('Registro di Settore', 'n. 97 del 17/04/2026'), ('Servizio', 'Economato e Provveditorato')]
for a, b in rows:
    pdf.set_font('dv', 'B', 9); pdf.cell(50, 6, a, border=1); pdf.set_font('dv', '', 9); pdf.cell(0, 6, b, border=1, new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('dv', 'B', 9.5); pdf.cell(22, 5, 'OGGETTO:')
pdf.multi_cell(0, 5, "Fornitura di materiale di cancelleria per gli uffici comunali mediante Ordine Diretto d'Acquisto (ODA) sul MePA. Affidamento alla ditta Cartoleria Ufficio Sud s.r.l. e impegno di spesa. CIG B91C3D2E55.", new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('dv', 'B', 10); pdf.cell(0, 6, 'IL DIRIGENTE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('dv', '', 9.5)
body = ["PREMESSO che si rende necessario provvedere all'approvvigionamento di materiale di cancelleria (carta in risme, toner, raccoglitori, cartelline e piccola minuteria) per il funzionamento degli uffici comunali per l'anno 2026;",
        "VISTO l'art. 1, comma 450, della Legge 27 dicembre 2006, n. 296, che impone il ricorso al Mercato Elettronico della Pubblica Amministrazione (MePA) per gli acquisti di beni e servizi di importo pari o superiore a 5.000 euro e inferiore alla soglia di rilievo comunitario;",
        "CONSIDERATO che sul MePA, bando \"Beni\", categoria \"Cancelleria, carta, consumabili da stampa e prodotti per il restauro\", è presente l'offerta della ditta Cartoleria Ufficio Sud s.r.l., con sede in Barletta, ritenuta rispondente alle esigenze dell'Ente per qualità e prezzo;",
        "VISTO l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36;",
        "VISTI il decreto sindacale n. 11 del 30/12/2025 di conferimento dell'incarico dirigenziale, il bilancio di previsione 2026/2028 approvato con deliberazione del Consiglio Comunale n. 14 del 26/02/2026 e il P.E.G. 2026/2028;",
        "ATTESTATA la regolarità e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;"]
for b in body:
    pdf.multi_cell(0, 4.8, b, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.2)
# MePA summary box
pdf.ln(1); y = pdf.get_y()
pdf.set_fill_color(230, 238, 246); pdf.set_font('dv', 'B', 8.5)
pdf.cell(0, 5.5, '  RIEPILOGO ORDINE DIRETTO MePA', border=1, fill=True, new_x='LMARGIN', new_y='NEXT')
pdf.set_font('dv', '', 8.3)
for a, b in [('Numero ordine', '8456321'), ('Strumento d\'acquisto', 'Mercato Elettronico – Ordine Diretto'), ('Bando / Categoria', 'BENI – Cancelleria, carta, consumabili da stampa'),
             ('Fornitore', 'Cartoleria Ufficio Sud s.r.l. – P.IVA 08123450729'), ('Importo ordine (IVA esclusa)', '€ 7.950,00'), ('IVA 22%', '€ 1.749,00'), ('Totale', '€ 9.699,00'), ('Punto Ordinante', 'Dott.ssa Antonella Di Nunno')]:
    pdf.cell(60, 5, '  ' + a, border='LB'); pdf.cell(0, 5, b, border='RB', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_font('dv', 'B', 10); pdf.cell(0, 6, 'DETERMINA', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.set_font('dv', '', 9.5)
pts = ["di affidare, tramite Ordine Diretto d'Acquisto n. 8456321 sul MePA, alla ditta Cartoleria Ufficio Sud s.r.l. la fornitura di materiale di cancelleria per gli uffici comunali, per l'importo di € 7.950,00 oltre IVA, per complessivi € 9.699,00;",
       "di impegnare la somma di € 9.699,00 sul capitolo 210/4 \"Acquisto materiale di consumo uffici\" del bilancio 2026, Missione 01, Programma 03;",
       "di dare atto che il Responsabile Unico del Progetto è il Sig. Nicola Matarrese, istruttore amministrativo del Servizio Economato e Provveditorato;",
       "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line per quindici giorni consecutivi e nella sezione \"Amministrazione Trasparente\"."]
for p in pts:
    x = pdf.get_x(); pdf.cell(6, 4.8, '-'); pdf.multi_cell(0, 4.8, p, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.2)
pdf.ln(6)
pdf.set_x(110); pdf.set_font('dv', 'B', 9.5); pdf.cell(0, 5, 'IL DIRIGENTE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110); pdf.set_font('dv', '', 9.5); pdf.cell(0, 5, 'Dott.ssa Antonella Di Nunno', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(8)
pdf.set_font('dv', 'B', 8.5); pdf.cell(0, 5, 'VISTO DI REGOLARITÀ CONTABILE', border='LTR', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('dv', '', 8.5)
pdf.multi_cell(0, 4.4, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 1043/2026. Canosa di Puglia, 20/04/2026. Il Dirigente del Settore Finanze, Dott. Vincenzo Germinario.", border='LBR', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3); pdf.set_font('dv', 'I', 7)
pdf.multi_cell(0, 3.6, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i., che sostituisce il documento cartaceo e la firma autografa.', new_x='LMARGIN', new_y='NEXT')
pdf.output(out)
