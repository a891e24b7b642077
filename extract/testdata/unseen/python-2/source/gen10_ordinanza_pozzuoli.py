"""Ordinanza del Sindaco, Comune di Pozzuoli: fpdf2 with embedded DejaVu Serif; register number left
and place/date in words right on one line, 'Oggetto:' label, spaced 'O R D I N A', points numbered 1)..4),
then AVVERTE and closing prose, which are not points."""
from fpdf import FPDF
from common import out, DJ

class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("DS", "B", 15)
            self.cell(0, 7, "COMUNE DI POZZUOLI", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("DS", "", 9)
            self.cell(0, 4.5, "Città Metropolitana di Napoli", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("DS", "I", 8)
            self.cell(0, 4.5, "Ufficio del Sindaco - Ufficio Ambiente e Tutela del Mare", align="C",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(6)
        else:
            self.set_font("DS", "I", 7.5)
            self.cell(0, 5, "Comune di Pozzuoli - Ordinanza n. 57/2025", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
    def footer(self):
        self.set_y(-13); self.set_font("DS", "", 7.5)
        self.cell(0, 5, "%d/{nb}" % self.page_no(), align="C")

pdf = Doc(format="A4")
pdf.add_font("DS", "", DJ + "DejaVuSerif.ttf"); pdf.add_font("DS", "B", DJ + "DejaVuSerif-Bold.ttf")
pdf.add_font("DS", "I", DJ + "DejaVuSerif-Italic.ttf")
pdf.set_margins(20, 12, 20); pdf.set_auto_page_break(True, 20); pdf.alias_nb_pages(); pdf.add_page()
W = pdf.epw
def para(t, size=9.2, style="", h=5):
    pdf.set_font("DS", style, size); pdf.multi_cell(W, h, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
def center(t, size=11, style="B"):
    pdf.set_font("DS", style, size); pdf.cell(W, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")

pdf.set_font("DS", "B", 10)
pdf.cell(W/2, 6, "ORDINANZA N. 57")
pdf.set_font("DS", "", 10)
pdf.cell(W/2, 6, "Pozzuoli, lì 21 luglio 2025", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DS", "B", 10)
pdf.cell(20, 5, "Oggetto:")
pdf.multi_cell(W - 20, 5, "Divieto temporaneo di balneazione nel tratto di litorale compreso tra il pontile di "
               "via Napoli e la località Lucrino, a seguito degli esiti sfavorevoli dei campionamenti delle acque.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
center("IL SINDACO")
pdf.ln(1)
for p in [
    "Vista la nota dell'ARPAC - Dipartimento Provinciale di Napoli, acquisita al protocollo generale n. 61284 del "
    "21/07/2025, con la quale si comunica che i campioni d'acqua prelevati il 18/07/2025 nei punti di monitoraggio "
    "\"Pontile via Napoli\" e \"Lido Lucrino\" hanno evidenziato valori di Enterococchi intestinali ed Escherichia "
    "coli superiori ai limiti previsti dal D.Lgs. 30 maggio 2008, n. 116;",
    "Visto il Decreto del Ministero della Salute 30 marzo 2010, recante la definizione dei criteri per determinare "
    "il divieto di balneazione;",
    "Considerato che il superamento dei valori limite costituisce un potenziale rischio per la salute dei "
    "bagnanti e che occorre pertanto adottare con urgenza misure di tutela della salute pubblica, in attesa "
    "dell'esito dei campionamenti suppletivi;",
    "Ritenuto di dover provvedere con ordinanza contingibile e urgente, stante l'imminenza del fine settimana e il "
    "notevole afflusso di bagnanti sul litorale flegreo;",
    "Visti gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, lo Statuto comunale e la L.R. Campania n. 13/2019;"]:
    para(p)
pdf.ln(1)
center("O R D I N A")
pdf.ln(1)
for i, p in enumerate([
    "il divieto temporaneo di balneazione, con decorrenza immediata, nel tratto di litorale compreso tra il "
    "pontile di via Napoli e la località Lucrino, come individuato nella planimetria allegata;",
    "ai titolari delle concessioni demaniali marittime ricadenti nel tratto interdetto di esporre, in maniera "
    "ben visibile, apposita cartellonistica recante la dicitura \"DIVIETO DI BALNEAZIONE - BATHING PROHIBITED\";",
    "alla Ditta incaricata del servizio di igiene urbana di provvedere alla pulizia straordinaria degli arenili "
    "interessati;",
    "al Servizio Ambiente di richiedere all'ARPAC l'effettuazione di campionamenti suppletivi, ai fini della revoca "
    "del presente provvedimento al ripristino delle condizioni di balneabilità."], 1):
    pdf.set_font("DS", "", 9.2); pdf.cell(8, 5, "%d)" % i)
    pdf.multi_cell(W - 8, 5, p, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
pdf.ln(1)
center("AVVERTE", 10.5)
para("che la violazione della presente ordinanza comporta l'applicazione della sanzione amministrativa "
     "pecuniaria da € 25,00 a € 500,00, ai sensi dell'art. 7-bis del D.Lgs. n. 267/2000, salvo che il fatto "
     "costituisca reato, e che avverso il presente provvedimento è ammesso ricorso al T.A.R. Campania entro "
     "sessanta giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro "
     "centoventi giorni.")
para("La presente ordinanza è pubblicata all'Albo Pretorio on line ed è trasmessa alla Capitaneria di Porto di "
     "Pozzuoli, al Comando di Polizia Municipale, all'ASL Napoli 2 Nord e alla Prefettura di Napoli per quanto "
     "di rispettiva competenza.")
pdf.ln(6)
pdf.set_x(pdf.l_margin + W/2)
pdf.set_font("DS", "", 10)
pdf.multi_cell(W/2, 5.5, "IL SINDACO\nAvv. Ciro Mirabella", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(out("ordinanza-pozzuoli-sindaco.pdf"))
