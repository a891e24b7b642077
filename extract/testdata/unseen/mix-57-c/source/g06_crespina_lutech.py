# Determinazione of the Comune di Crespina Lorenzana in the manner of a Lutech (atti) print, fpdf2:
# running head carries number and date, subject as a centred title block with no label.
import sys
from fpdf import FPDF
from fpdf.enums import XPos, YPos
OUT = sys.argv[1]
D = '/usr/share/fonts/truetype/dejavu/'

class P(FPDF):
    def header(self):
        self.set_font('DV', 'B', 9)
        self.set_text_color(40, 70, 40)
        self.cell(0, 5, 'COMUNE DI CRESPINA LORENZANA', new_x=XPos.LMARGIN, new_y=YPos.TOP)
        self.set_font('DV', '', 8)
        self.cell(0, 5, 'Determinazione n. 143 del 16/04/2026', align='R', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(40, 70, 40); self.set_line_width(0.4)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.ln(5)
    def footer(self):
        self.set_y(-14)
        self.set_font('DV', '', 7)
        self.cell(0, 4, 'Atto sottoscritto con firma digitale ai sensi dell\'art. 24 del D.Lgs. 82/2005 – l\'originale informatico è conservato presso il Comune.', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(0, 4, 'Pagina %d di {nb}' % self.page_no(), align='C')

pdf = P(format='A4')
pdf.set_title('Determinazione 143/2026'); pdf.set_author('Comune di Crespina Lorenzana'); pdf.set_creator('Lutech Atti')
pdf.add_font('DV', '', D + 'DejaVuSans.ttf'); pdf.add_font('DV', 'B', D + 'DejaVuSans-Bold.ttf'); pdf.add_font('DV', 'I', D + 'DejaVuSans-Oblique.ttf')
pdf.add_font('DS', '', D + 'DejaVuSerif.ttf'); pdf.add_font('DS', 'B', D + 'DejaVuSerif-Bold.ttf')
pdf.set_margins(22, 16, 22); pdf.set_auto_page_break(True, 20)
pdf.add_page()
pdf.set_font('DS', 'B', 16); pdf.cell(0, 8, 'Comune di Crespina Lorenzana', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font('DS', '', 9); pdf.cell(0, 5, 'Provincia di Pisa', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(6)
pdf.set_fill_color(230, 238, 228)
pdf.set_font('DV', 'B', 10); pdf.cell(0, 7, 'SETTORE 2 – SERVIZI FINANZIARI E PERSONALE', align='C', fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font('DV', '', 9); pdf.cell(0, 6, 'Ufficio Personale', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)
pdf.set_font('DV', 'B', 12); pdf.cell(0, 7, 'DETERMINAZIONE', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)
pdf.set_font('DS', 'B', 11)
pdf.multi_cell(0, 6, 'Assunzione a tempo determinato e parziale (18 ore settimanali) di n. 1 Istruttore amministrativo, Area degli Istruttori, mediante utilizzo della graduatoria del Comune di Fauglia.', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(5)
pdf.set_font('DV', 'B', 10); pdf.cell(0, 6, 'LA RESPONSABILE DEL SETTORE', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(2)
pdf.set_font('DS', '', 10)
for t in ['Visto il decreto del Sindaco n. 5 del 15/01/2026 di conferimento dell\'incarico di Elevata Qualificazione del Settore 2 – Servizi Finanziari e Personale;',
          'Richiamata la deliberazione della Giunta Comunale n. 27 del 05/03/2026, con la quale è stato approvato il Piano Integrato di Attività e Organizzazione 2026-2028, sezione Piano triennale dei fabbisogni di personale, che prevede l\'assunzione a tempo determinato e parziale di un Istruttore amministrativo per le esigenze temporanee dell\'Ufficio Tributi;',
          'Vista la convenzione stipulata con il Comune di Fauglia per l\'utilizzo della graduatoria del concorso per Istruttore amministrativo approvata con determinazione n. 311 del 20/11/2025 del medesimo Comune;',
          'Preso atto che la candidata collocata al 4° posto della graduatoria, Sig.ra Martina Lupetti, ha manifestato la propria disponibilità con nota acquisita al protocollo n. 4410 del 08/04/2026;',
          'Accertato il rispetto dei vincoli in materia di spesa di personale di cui all\'art. 9, comma 28, del D.L. 78/2010;']:
    pdf.multi_cell(0, 5.2, t, align='J', new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(1.5)
pdf.ln(1)
pdf.set_font('DV', 'B', 10); pdf.cell(0, 6, 'DETERMINA', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(1)
pdf.set_font('DS', '', 10)
for t in ['di assumere la Sig.ra Martina Lupetti con contratto di lavoro a tempo determinato e parziale, 18 ore settimanali, nel profilo di Istruttore amministrativo, Area degli Istruttori, dal 02/05/2026 al 31/12/2026;',
          'di impegnare la spesa complessiva di € 12.946,30, comprensiva degli oneri riflessi e dell\'IRAP, alla Missione 01, Programma 04, del Bilancio 2026-2028, esercizio 2026;',
          'di dare atto che il contratto individuale sarà sottoscritto ai sensi dell\'art. 20 del CCNL Funzioni Locali del 16/11/2022.']:
    x = pdf.get_x()
    pdf.cell(6, 5.2, '•')
    pdf.multi_cell(0, 5.2, t, align='J', new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(1.5)
pdf.ln(6)
pdf.set_font('DV', '', 10)
pdf.cell(0, 5, 'Crespina Lorenzana, 16/04/2026', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)
pdf.set_x(110); pdf.set_font('DV', 'B', 10); pdf.cell(0, 5, 'La Responsabile del Settore 2', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(110); pdf.set_font('DV', '', 10); pdf.cell(0, 5, 'Rag. Cinzia Del Corso', align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(8)
pdf.set_font('DV', '', 8.5)
pdf.multi_cell(0, 4.5, 'Visto di regolarità contabile attestante la copertura finanziaria (art. 183, comma 7, D.Lgs. 267/2000): impegni n. 402, 403 e 404/2026. Esecutiva dal 16/04/2026.', border=1, align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.output(OUT)
