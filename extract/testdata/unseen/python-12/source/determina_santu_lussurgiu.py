from fpdf import FPDF
from common import fpdf_crest, OUT

out = OUT + '/determina-santu-lussurgiu-sardegna.pdf'


class Doc(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font('Helvetica', '', 7.5)
        self.cell(0, 4, 'Via Santa Maria, 2 - 09075 Santu Lussurgiu (OR) - tel. 0783 551034 - protocollo@pec.comune.santulussurgiu.or.it', align='C', new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4, 'Pagina %d di {nb}' % self.page_no(), align='C')


pdf = Doc('P', 'mm', 'A4'); pdf.alias_nb_pages(); pdf.set_margins(20, 15, 20); pdf.set_auto_page_break(True, 22)
pdf.add_page()
W = pdf.epw
fpdf_crest(pdf, 20, 15, 15, 19)
pdf.set_xy(40, 16); pdf.set_font('Helvetica', 'B', 15); pdf.cell(0, 7, 'COMUNE DI SANTU LUSSURGIU', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(40); pdf.set_font('Helvetica', '', 10); pdf.cell(0, 5, 'Provincia di Oristano', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(40); pdf.set_font('Helvetica', 'I', 9); pdf.cell(0, 5, 'Comunu de Santu Lussurgiu', new_x='LMARGIN', new_y='NEXT')
pdf.ln(6)
pdf.set_line_width(0.5); pdf.line(20, pdf.get_y(), 20 + W, pdf.get_y()); pdf.ln(3)
pdf.set_font('Helvetica', 'B', 12); pdf.cell(0, 6, 'AREA TECNICO-MANUTENTIVA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Helvetica', '', 10); pdf.cell(0, 6, 'Reg. Gen. n. 245 - Reg. Serv. n. 61', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)


def para(t, style='', size=10.5, align='J', indent=0, h=5.2, after=1.5):
    pdf.set_font('Helvetica', style, size); pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, h, t, align=align, new_x='LMARGIN', new_y='NEXT'); pdf.ln(after)


para('Determinazione n. 61 del Responsabile del Servizio Tecnico adottata in data 12 giugno 2025', style='B', size=11, align='C')
pdf.ln(2)
pdf.set_font('Helvetica', 'BU', 10.5); pdf.cell(20, 5.2, 'Oggetto:')
pdf.set_font('Helvetica', 'B', 10.5)
pdf.multi_cell(W - 20, 5.2, "Liquidazione contributi ai sensi della L.R. 30 agosto 1991, n. 32, per l'eliminazione delle barriere architettoniche negli edifici privati - Fabbisogno anno 2024.", new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
para('IL RESPONSABILE DEL SERVIZIO', style='B', align='C')
for t in [
    "Visto il Decreto Sindacale n. 3 del 07.01.2025, con il quale e' stata attribuita al sottoscritto la responsabilita' del Servizio Tecnico, con le funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    "Vista la Legge 9 gennaio 1989, n. 13, recante disposizioni per favorire il superamento e l'eliminazione delle barriere architettoniche negli edifici privati;",
    "Vista la L.R. 30 agosto 1991, n. 32, e in particolare l'art. 14, che disciplina la concessione di contributi regionali integrativi per le finalita' di cui alla citata legge n. 13/1989;",
    "Vista la Determinazione della Direzione generale delle politiche sociali della Regione Autonoma della Sardegna n. 312 del 04.04.2025, con la quale e' stato assegnato a questo Comune, per il fabbisogno dell'anno 2024, l'importo complessivo di Euro 21.436,80;",
    "Vista la propria determinazione n. 14 del 18.02.2025 (Reg. Gen. n. 63), con la quale sono state approvate le domande ammesse a contributo;",
    "Accertato che i beneficiari hanno ultimato i lavori e presentato la documentazione di spesa, verificata dall'Ufficio Tecnico mediante sopralluoghi eseguiti tra il 12 e il 30 maggio 2025;",
    "Ritenuto di dover procedere alla liquidazione dei contributi spettanti, nella misura indicata nell'allegato prospetto, che per ragioni di riservatezza non viene pubblicato;",
    "Attestata la regolarita' e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. n. 267/2000;",
]:
    para(t)
para('DETERMINA', style='B', align='C', size=11)
for t in [
    "- di liquidare e pagare, per le motivazioni espresse in premessa, ai n. 5 beneficiari indicati nell'allegato prospetto, la somma complessiva di Euro 21.436,80 a titolo di contributo per l'eliminazione delle barriere architettoniche negli edifici privati, fabbisogno anno 2024;",
    "- di imputare la spesa sul capitolo 12021.04.0210 del bilancio di previsione 2025/2027, esercizio 2025, impegno n. 318/2025;",
    "- di trasmettere il presente atto al Servizio Finanziario per l'emissione dei relativi mandati di pagamento;",
    "- di dare atto che il presente provvedimento sara' pubblicato all'Albo Pretorio on line per quindici giorni consecutivi.",
]:
    para(t, indent=5)
pdf.ln(8)
if pdf.get_y() > 255:
    pdf.add_page()
pdf.set_font('Helvetica', '', 10); pdf.set_x(20 + W / 2)
pdf.multi_cell(W / 2, 5, 'IL RESPONSABILE DEL SERVIZIO TECNICO\nF.to Ing. Giovanni Maria Piras', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(10)
pdf.set_font('Helvetica', 'B', 9); pdf.cell(0, 5, 'VISTO DI REGOLARITA\' CONTABILE', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Helvetica', '', 9)
pdf.multi_cell(W, 4.5, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Santu Lussurgiu, 13.06.2025. Il Responsabile del Servizio Finanziario F.to Dott.ssa Antonella Sanna", new_x='LMARGIN', new_y='NEXT')
pdf.output(out)
