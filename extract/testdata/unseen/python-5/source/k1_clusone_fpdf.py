"""Decreto del Sindaco, Comune di Clusone: Halley-like numbered decree, DECRETA with numbered points. fpdf2, embedded DejaVu Sans Condensed."""
from fpdf import FPDF
from common import out, DJ

class P(FPDF):
    def header(self):
        self.set_font('DC', '', 7.5); self.set_text_color(90)
        self.cell(0, 4, 'Decreto del Sindaco n. 9 del 02/01/2026', align='R', new_x='LMARGIN', new_y='NEXT'); self.set_text_color(0); self.ln(2)
    def footer(self):
        self.set_y(-12); self.set_font('DC', '', 7.5)
        self.cell(0, 4, 'Pag. %d/{nb}' % self.page_no(), align='C')

pdf = P(format='A4'); pdf.set_margins(24, 12, 24); pdf.set_auto_page_break(True, 18)
pdf.add_font('DC', '', DJ + 'DejaVuSansCondensed.ttf'); pdf.add_font('DC', 'B', DJ + 'DejaVuSansCondensed-Bold.ttf'); pdf.add_font('DC', 'I', DJ + 'DejaVuSansCondensed-Oblique.ttf')
pdf.set_title('Decreto Sindaco 9/2026')
pdf.add_page()
pdf.set_font('DC', 'B', 15); pdf.cell(0, 8, 'COMUNE DI CLUSONE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DC', '', 9); pdf.cell(0, 4.5, 'Provincia di Bergamo', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.cell(0, 4.5, 'Piazza Sant\'Andrea, 1 - 24023 Clusone (BG)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3); pdf.line(24, pdf.get_y(), 186, pdf.get_y()); pdf.ln(5)
pdf.set_font('DC', 'B', 12.5); pdf.cell(0, 7, 'DECRETO DEL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DC', 'B', 11); pdf.cell(0, 6, 'N. 9 del 02/01/2026', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(5)
pdf.set_font('DC', 'B', 10.5)
x = pdf.get_x()
pdf.cell(23, 5.5, 'OGGETTO:')
pdf.multi_cell(0, 5.5, "NOMINA DEL RESPONSABILE DELL'AREA AMMINISTRATIVA E SERVIZI ALLA PERSONA E CONFERIMENTO DELL'INCARICO DI ELEVATA QUALIFICAZIONE PER L'ANNO 2026", new_x='LMARGIN', new_y='NEXT')
pdf.ln(5)
pdf.set_font('DC', 'B', 11); pdf.cell(0, 6, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
def p(t):
    pdf.set_font('DC', '', 10); pdf.multi_cell(0, 5.1, t, align='J', markdown=True, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.6)
for t in [
 "**Visti** gli artt. 50, comma 10, e 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267, in base ai quali nei comuni privi di personale di qualifica dirigenziale le funzioni di cui all'art. 107 possono essere attribuite, con provvedimento motivato del Sindaco, ai responsabili degli uffici e dei servizi;",
 "**Visto** il C.C.N.L. del personale del comparto Funzioni Locali sottoscritto il 16/11/2022, e in particolare gli artt. 16-21 relativi agli incarichi di Elevata Qualificazione;",
 "**Richiamata** la deliberazione della Giunta Comunale n. 166 del 11/12/2025, con la quale è stata approvata la macrostruttura dell'Ente, articolata in quattro Aree, e sono stati definiti i criteri per la graduazione della retribuzione di posizione;",
 "**Considerato** che la dipendente dott.ssa Silvia Zanoletti, inquadrata nell'Area dei Funzionari e dell'Elevata Qualificazione, possiede i requisiti culturali e l'esperienza professionale necessari a ricoprire l'incarico, come risulta dal curriculum agli atti;",
 "**Acquisita** la dichiarazione di insussistenza di cause di inconferibilità e incompatibilità resa ai sensi dell'art. 20 del D.Lgs. n. 39/2013;",
]:
    p(t)
pdf.ln(1)
pdf.set_font('DC', 'B', 11); pdf.cell(0, 6, 'D E C R E T A', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
for i, t in enumerate([
 "di nominare la dott.ssa Silvia Zanoletti Responsabile dell'Area Amministrativa e Servizi alla Persona, con decorrenza dal 01/01/2026 e fino al 31/12/2026, salvo revoca anticipata;",
 "di attribuire alla stessa le funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. n. 267/2000 per i servizi Segreteria, Protocollo, Demografici, Servizi Sociali, Istruzione e Cultura;",
 "di riconoscere la retribuzione di posizione annua lorda di € 12.500,00, per tredici mensilità, oltre alla retribuzione di risultato nella misura stabilita dal sistema di valutazione vigente;",
 "di individuare quale sostituto, in caso di assenza o impedimento, il Responsabile dell'Area Finanziaria;",
 "di notificare il presente decreto all'interessata e di trasmetterne copia al Segretario Comunale e all'Ufficio Personale.",
], 1):
    pdf.set_font('DC', '', 10); pdf.cell(7, 5.1, '%d.' % i); pdf.multi_cell(0, 5.1, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.2)
pdf.ln(3)
pdf.set_font('DC', '', 10); pdf.cell(0, 5, 'Clusone, 02/01/2026', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
pdf.set_x(115); pdf.set_font('DC', 'B', 10); pdf.cell(70, 5, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(115); pdf.set_font('DC', '', 10); pdf.cell(70, 5, 'Giulia Pedrocchi', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(115); pdf.set_font('DC', 'I', 7.5); pdf.cell(70, 4, 'Firmato digitalmente', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(8)
pdf.set_font('DC', 'I', 9.5)
pdf.multi_cell(0, 4.8, 'Per accettazione: dott.ssa Silvia Zanoletti ________________________', new_x='LMARGIN', new_y='NEXT')
pdf.output(out('decreto-clusone-nomina.pdf'))
