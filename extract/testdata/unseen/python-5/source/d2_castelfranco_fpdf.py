"""Determinazione dirigenziale, Comune di Castelfranco Emilia: Civilia/Dedagroup-like grid with general and sector numbers. fpdf2, embedded DejaVu Sans."""
from fpdf import FPDF
from common import out, DJ

NUMLINE = 'Determinazione n. 1043 del 18/12/2025'
class P(FPDF):
    def footer(self):
        self.set_y(-13); self.set_font('DV', '', 7)
        self.cell(0, 4, NUMLINE + '   -   pagina %d di {nb}' % self.page_no(), align='C')

pdf = P(format='A4'); pdf.set_margins(20, 14, 20); pdf.set_auto_page_break(True, 18)
pdf.add_font('DV', '', DJ + 'DejaVuSans.ttf'); pdf.add_font('DV', 'B', DJ + 'DejaVuSans-Bold.ttf'); pdf.add_font('DV', 'I', DJ + 'DejaVuSans-Oblique.ttf')
pdf.set_title(NUMLINE); pdf.set_creator('Civilia Next')
pdf.add_page()
pdf.set_font('DV', 'B', 14); pdf.cell(0, 7, 'COMUNE DI CASTELFRANCO EMILIA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DV', '', 8.5); pdf.cell(0, 4.5, 'Provincia di Modena', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(5)
pdf.set_font('DV', 'B', 10); pdf.cell(0, 6, 'SETTORE SERVIZI ALLA PERSONA E ALLA COMUNITÀ', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DV', '', 9); pdf.cell(0, 5, 'Servizio Istruzione e Politiche Giovanili', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_fill_color(225, 232, 240)
pdf.set_font('DV', 'B', 10.5); pdf.cell(0, 8, 'DETERMINAZIONE DIRIGENZIALE', border=1, align='C', fill=True, new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DV', '', 9)
for a, b, c_, d in [('N. generale', '1043', 'del', '18/12/2025'), ('N. settoriale', '187', 'del', '16/12/2025')]:
    pdf.cell(45, 7, a, border=1); pdf.set_font('DV', 'B', 9.5); pdf.cell(40, 7, b, border=1, align='C'); pdf.set_font('DV', '', 9)
    pdf.cell(25, 7, c_, border=1, align='C'); pdf.set_font('DV', 'B', 9.5); pdf.cell(0, 7, d, border=1, align='C', new_x='LMARGIN', new_y='NEXT'); pdf.set_font('DV', '', 9)
pdf.ln(4)
pdf.set_font('DV', 'B', 9.5)
pdf.multi_cell(0, 5.2, "OGGETTO: CONTRIBUTI ALLE SCUOLE DELL'INFANZIA PARITARIE CONVENZIONATE PER L'ANNO SCOLASTICO 2025/2026 - IMPEGNO E LIQUIDAZIONE DELLA PRIMA TRANCHE.", border=1, padding=2, new_x='LMARGIN', new_y='NEXT')
pdf.ln(5)
pdf.set_font('DV', 'B', 10); pdf.cell(0, 6, 'IL DIRIGENTE', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
def p(t, b=False):
    pdf.set_font('DV', 'B' if b else '', 9); pdf.multi_cell(0, 4.9, t, align='J', markdown=True, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.6)
for t in [
 "**Richiamati:**",
 "- il decreto sindacale n. 27 del 29/12/2023 di conferimento dell'incarico dirigenziale del Settore Servizi alla Persona e alla Comunità;",
 "- la deliberazione del Consiglio Comunale n. 121 del 17/12/2024 di approvazione del Bilancio di previsione 2025-2027;",
 "- la deliberazione della Giunta Comunale n. 54 del 08/04/2025 con la quale è stato approvato lo schema di convenzione con le scuole dell'infanzia paritarie del territorio per il triennio 2025/2028;",
 "**Premesso** che la convenzione prevede l'erogazione di un contributo annuo commisurato al numero di sezioni e di bambini iscritti residenti, da liquidarsi in due tranche, la prima entro il mese di dicembre nella misura del 60%;",
 "**Viste** le comunicazioni delle scuole relative agli iscritti al 1° ottobre 2025, conservate agli atti del Servizio;",
 "**Dato atto** che il responsabile del procedimento, dott.ssa Chiara Malagoli, ha verificato la regolarità della documentazione e che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 6-bis della L. n. 241/1990;",
 "**Visti** il D.Lgs. n. 267/2000, il D.Lgs. n. 118/2011 e il vigente Regolamento di contabilità;",
]:
    p(t)
pdf.ln(1)
pdf.set_font('DV', 'B', 10); pdf.cell(0, 6, 'DETERMINA', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
pts = [
 "di impegnare, per le motivazioni espresse in premessa, la somma complessiva di € 96.400,00 al capitolo 4710/20 \"Contributi a scuole dell'infanzia paritarie\" del Bilancio 2025-2027, esercizio 2025, a favore delle seguenti scuole: Scuola dell'infanzia \"Sacro Cuore\" € 41.300,00; Scuola dell'infanzia \"Don Bosco\" di Piumazzo € 33.900,00; Scuola dell'infanzia \"Maria Immacolata\" di Manzolino € 21.200,00;",
 "di liquidare contestualmente la prima tranche, pari al 60% degli importi sopra indicati, per complessivi € 57.840,00;",
 "di dare atto che i contributi non sono soggetti alla ritenuta del 4% di cui all'art. 28 del D.P.R. n. 600/1973, trattandosi di enti non commerciali che svolgono attività istituzionale;",
 "di trasmettere il presente atto al Servizio Finanziario per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
]
for i, t in enumerate(pts, 1):
    pdf.set_font('DV', '', 9); pdf.cell(7, 4.9, '%d)' % i); pdf.multi_cell(0, 4.9, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.4)
pdf.ln(6)
pdf.set_x(110); pdf.set_font('DV', 'B', 9); pdf.cell(80, 5, 'IL DIRIGENTE DEL SETTORE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110); pdf.set_font('DV', '', 9); pdf.cell(80, 5, 'Dott.ssa Federica Bonfatti', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110); pdf.set_font('DV', 'I', 7); pdf.cell(80, 4, '(sottoscritto digitalmente ai sensi dell\'art. 21 D.Lgs. n. 82/2005)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.output(out('determina-castelfranco-civilia.pdf'))
