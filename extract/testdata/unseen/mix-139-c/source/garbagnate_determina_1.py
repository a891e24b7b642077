#!/usr/bin/env python3
"""Garbagnate Milanese, determinazione of the Settore Servizi al Territorio:
fpdf2 with embedded DejaVu fonts. The heading carries only the sector's own
number; the Registro Generale number appears only in the executivity box at
the end; the offices only in the signature."""
import sys

from fpdf import FPDF
from fpdf.enums import XPos, YPos

D = "/usr/share/fonts/truetype/dejavu/"
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


class Doc(FPDF):
    def header(self):
        self.set_draw_color(40, 90, 60)
        self.set_fill_color(40, 90, 60)
        self.rect(20, 11, 13, 16, style="D")
        self.set_font("DV", "B", 7)
        self.set_text_color(40, 90, 60)
        self.set_xy(20, 16.5)
        self.cell(13, 5, "GM", align="C")
        self.set_xy(37, 11.5)
        self.set_font("DV", "B", 14)
        self.cell(0, 7, "COMUNE DI GARBAGNATE MILANESE", **NL)
        self.set_x(37)
        self.set_font("DV", "", 8.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4.5, "Città Metropolitana di Milano", **NL)
        self.set_x(37)
        self.set_font("DV", "", 7)
        self.cell(0, 4, "Piazza De Gasperi, 1 - 20024 Garbagnate Milanese (MI)", **NL)
        self.set_text_color(0, 0, 0)
        self.set_line_width(0.6)
        self.line(20, 30, 190, 30)
        self.set_line_width(0.2)
        self.line(20, 31, 190, 31)
        self.set_y(36)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate", align="L")
        self.set_x(20)
        self.cell(0, 4, "Pagina %d di {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)


def main(out):
    pdf = Doc(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_font("DV", "", D + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", D + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", D + "DejaVuSans-Oblique.ttf")
    pdf.set_title("Determinazione dirigenziale n. 12 del 10/01/2029")
    pdf.set_creator("J-Iride - Atti amministrativi")
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DV", "B", 12)
    pdf.cell(0, 7, "DETERMINAZIONE DIRIGENZIALE N. 12 DEL 10/01/2029", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("DV", "B", 9.5)
    pdf.cell(22, 5, "OGGETTO:")
    pdf.multi_cell(0, 5, "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA DELLA SCUOLA PRIMARIA "
                   "\"G. RODARI\" - APPROVAZIONE DEL PROGETTO ESECUTIVO E DETERMINAZIONE A CONTRARRE - "
                   "CUP J37H28000410004 - CIG B6C11E4A95", align="J", **NL)
    pdf.ln(4)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "IL DIRIGENTE", align="C", **NL)
    pdf.ln(1)
    pdf.set_font("DV", "", 9.3)
    for t in [
        "Premesso che nel Programma triennale dei lavori pubblici 2029-2031 e nell'elenco annuale 2029, approvati unitamente al Documento Unico di Programmazione con deliberazione del Consiglio Comunale n. 71 del 18/12/2028, è inserito l'intervento di manutenzione straordinaria della copertura della palestra della scuola primaria \"G. Rodari\", per un importo complessivo di € 285.000,00;",
        "Richiamata la deliberazione della Giunta Comunale n. 196 del 04/12/2028, con la quale è stato approvato il progetto di fattibilità tecnico-economica dell'intervento;",
        "Visto il progetto esecutivo redatto dall'Ing. Federica Colombo, professionista incaricato, acquisito al protocollo n. 511 del 05/01/2029, che prevede un importo dei lavori di € 214.600,00, di cui € 9.800,00 per oneri della sicurezza non soggetti a ribasso, oltre alle somme a disposizione dell'Amministrazione, e il relativo verbale di verifica e validazione sottoscritto dal RUP in data 08/01/2029 ai sensi dell'art. 42 del D.Lgs. 36/2023;",
        "Ritenuto di procedere all'affidamento dei lavori mediante procedura negoziata senza bando ai sensi dell'art. 50, comma 1, lett. c), del D.Lgs. 36/2023, previa consultazione di almeno cinque operatori economici individuati tramite l'elenco fornitori della piattaforma regionale Sintel di ARIA S.p.A., con il criterio del minor prezzo;",
        "Dato atto che i lavori dovranno essere eseguiti durante la sospensione estiva delle attività didattiche e che il cronoprogramma prevede l'ultimazione entro il 31/08/2029;",
        "Visti gli artt. 107, 183 e 192 del D.Lgs. 267/2000 e l'art. 17 del D.Lgs. 36/2023, nonché il decreto del Sindaco n. 19 del 30/12/2028 di conferimento dell'incarico dirigenziale;",
    ]:
        pdf.multi_cell(0, 4.7, t, align="J", **NL)
        pdf.ln(1.2)
    pdf.ln(1)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "DETERMINA", align="C", **NL)
    pdf.ln(1)
    pdf.set_font("DV", "", 9.3)
    pts = [
        "di approvare il progetto esecutivo dei lavori di manutenzione straordinaria della copertura della palestra della scuola primaria \"G. Rodari\", per un importo complessivo di € 285.000,00, di cui € 214.600,00 per lavori comprensivi degli oneri della sicurezza;",
        "di indire, per le motivazioni esposte in premessa, procedura negoziata senza bando ai sensi dell'art. 50, comma 1, lett. c), del D.Lgs. 36/2023, da svolgersi sulla piattaforma Sintel, con il criterio del minor prezzo;",
        "di approvare la lettera di invito e i relativi allegati, depositati agli atti del Servizio;",
        "di prenotare la spesa complessiva di € 285.000,00 al capitolo 20410/5 \"Manutenzione straordinaria edifici scolastici\" del bilancio 2029-2031, annualità 2029, finanziato con contributo regionale;",
        "di dare atto che il Responsabile Unico del Progetto è il Geom. Stefano Brambilla, ai sensi dell'art. 15 del D.Lgs. 36/2023;",
        "di disporre la pubblicazione del presente atto all'Albo Pretorio e nella sezione Amministrazione Trasparente, sottosezione Bandi di gara e contratti.",
    ]
    for i, t in enumerate(pts, 1):
        pdf.set_x(20)
        pdf.cell(8, 4.7, "%d." % i)
        pdf.multi_cell(0, 4.7, t, align="J", **NL)
        pdf.ln(1.2)

    pdf.ln(5)
    if pdf.get_y() > 240:
        pdf.add_page()
    for t, st in (("IL DIRIGENTE DEL SETTORE SERVIZI AL TERRITORIO", "B"),
                  ("Servizio Lavori Pubblici e Manutenzioni", ""), ("Arch. Chiara Villa", "B")):
        pdf.set_x(95)
        pdf.set_font("DV", st, 9)
        pdf.cell(95, 5, t, align="C", **NL)

    pdf.ln(8)
    if pdf.get_y() > 225:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(20, y, 170, 40)
    pdf.set_xy(23, y + 2)
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(164, 5, "ATTESTAZIONE DI COPERTURA FINANZIARIA ED ESECUTIVITÀ", align="C", **NL)
    pdf.set_font("DV", "", 8.5)
    pdf.set_x(23)
    pdf.multi_cell(164, 4.3, "Visto di regolarità contabile attestante la copertura finanziaria ai sensi dell'art. 183, "
                   "comma 7, del D.Lgs. 267/2000. Prenotazione di impegno n. 2029/217 - capitolo 20410/5 - € 285.000,00.",
                   align="J", **NL)
    pdf.set_x(23)
    pdf.multi_cell(164, 4.3, "La presente determinazione è stata iscritta al n. 47 del Registro Generale delle "
                   "determinazioni in data 15/01/2029 ed è esecutiva dalla stessa data.", align="J", **NL)
    pdf.ln(2)
    pdf.set_x(23)
    pdf.cell(80, 4.5, "Garbagnate Milanese, 15/01/2029")
    pdf.cell(84, 4.5, "Il Dirigente del Settore Servizi Finanziari", align="C", **NL)
    pdf.set_x(103)
    pdf.cell(84, 4.5, "Dott.ssa Roberta Galli", align="C", **NL)
    pdf.output(out)


if __name__ == "__main__":
    main(sys.argv[1])
