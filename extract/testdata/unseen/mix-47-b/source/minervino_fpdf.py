# -*- coding: utf-8 -*-
"""Determinazione of the Comune di Minervino Murge in the layout of a Harbour (xBase/Clipper
heritage) "Segreteria" procedure: register box at top right, boxed subject, plain paragraphs,
running foot with the procedure code. Made with fpdf2 (DejaVu Sans Condensed embedded)."""
import sys
from fpdf import FPDF
from data import MINERVINO as D, dmy

out = sys.argv[1]
DT = dmy(D["date"])
FD = "/usr/share/fonts/truetype/dejavu/"

class P(FPDF):
    def header(self):
        self.set_font("dv", "B", 14)
        self.set_xy(15, 12)
        self.cell(110, 7, "COMUNE DI MINERVINO MURGE", new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 8.5)
        self.set_x(15)
        self.cell(110, 4.5, "Provincia di Barletta-Andria-Trani", new_x="LMARGIN", new_y="NEXT")
        self.set_x(15)
        self.cell(110, 4.5, "Piazza Aldo Moro – 76013 Minervino Murge (BT)", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            # register box
            x, y = 132, 11
            self.set_line_width(0.4)
            self.rect(x, y, 63, 22)
            self.set_font("dv", "B", 8)
            self.set_xy(x, y + 1); self.cell(63, 4, "REGISTRO GENERALE", align="C")
            self.set_font("dv", "", 9)
            self.set_xy(x + 2, y + 5.5); self.cell(59, 5, f"N. {D['number']}    del {DT}")
            self.line(x, y + 11, x + 63, y + 11)
            self.set_font("dv", "B", 8)
            self.set_xy(x, y + 12); self.cell(63, 4, "REGISTRO DI SETTORE", align="C")
            self.set_font("dv", "", 9)
            self.set_xy(x + 2, y + 16.3); self.cell(59, 5, f"N. {D['sector_number']}     del {DT}")
        self.set_line_width(0.2)
        self.line(15, 36, 195, 36)
        self.set_y(40)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7)
        self.cell(0, 4, f"SEGR-DT  Det. Reg. Gen. n. {D['number']} del {DT}  –  Documento sottoscritto con firma "
                        "digitale ai sensi dell'art. 24 del D.Lgs. 82/2005", align="L")
        self.set_y(-14)
        self.cell(0, 4, f"Pagina {self.page_no()}/{{nb}}", align="R")

pdf = P(format="A4")
pdf.add_font("dv", "", FD + "DejaVuSansCondensed.ttf")
pdf.add_font("dv", "B", FD + "DejaVuSansCondensed-Bold.ttf")
pdf.add_font("dv", "I", FD + "DejaVuSansCondensed-Oblique.ttf")
pdf.set_margins(15, 15, 15)
pdf.set_auto_page_break(True, 20)
pdf.set_title(f"Determinazione {D['number']}/2026")
pdf.set_creator("SEGR-DT Harbour 3.2 report")
pdf.set_author("Comune di Minervino Murge")
pdf.add_page()
pdf.set_font("dv", "B", 10.5)
pdf.cell(0, 6, "SETTORE III – SERVIZI ALLA PERSONA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9.5)
pdf.cell(0, 5, "Servizio Politiche Sociali e Pubblica Istruzione", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("dv", "B", 11)
pdf.cell(0, 6, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y = pdf.get_y()
pdf.set_font("dv", "B", 9.5)
pdf.set_x(17); pdf.cell(22, 5.5, "OGGETTO:")
pdf.set_xy(40, y + 0.3)
pdf.multi_cell(153, 5.2, D["subject"], align="L")
h = pdf.get_y() - y + 1.5
pdf.rect(15, y - 1.5, 180, h + 1.5)
pdf.ln(5)

def par(t, style="", align="J", h=5):
    pdf.set_font("dv", style, 9.5)
    pdf.multi_cell(0, h, t, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

par("IL RESPONSABILE DEL SETTORE", "B", "C")
for t in [
    "Premesso che con propria determinazione Reg. Gen. n. 598 del 26/08/2025 è stato affidato alla Cooperativa "
    "Sociale “Il Ponte”, con sede in Minervino Murge, il servizio di trasporto scolastico degli alunni con "
    "disabilità frequentanti le scuole dell’obbligo e gli istituti superiori del territorio per l’anno "
    "scolastico 2025/2026, per l’importo complessivo di € 41.580,00 IVA compresa (impegno n. 1122/2025 e "
    "n. 87/2026);",
    "Vista la fattura elettronica n. 12/PA del 28/02/2026, acquisita al protocollo n. 3391 del 02/03/2026, "
    "dell’importo di € 4.620,00 (imponibile € 4.400,00, IVA 5% € 220,00) relativa al servizio reso nel mese "
    "di febbraio 2026;",
    "Accertata la regolare esecuzione del servizio, come da attestazione del Dirigente scolastico "
    "dell’Istituto Comprensivo “Manzoni – Lucarelli” e dal riscontro dei fogli di viaggio;",
    "Acquisito il DURC on line prot. INPS_49215530 con esito regolare, e verificata l’assenza di "
    "inadempienze ai sensi dell’art. 48-bis del D.P.R. 602/1973;",
    "Visti il D.Lgs. 267/2000, in particolare gli artt. 107, 183 e 184, il D.Lgs. 118/2011 e il vigente "
    "Regolamento di contabilità;",
]:
    par(t)
par("D E T E R M I N A", "B", "C")
for t in [
    "di liquidare e pagare alla Cooperativa Sociale “Il Ponte” la somma di € 4.400,00 a saldo della fattura "
    "n. 12/PA del 28/02/2026, mediante bonifico sul conto corrente dedicato comunicato ai sensi dell’art. 3 "
    "della L. 136/2010, e di versare l’IVA di € 220,00 all’Erario in regime di scissione dei pagamenti;",
    "di imputare la spesa complessiva di € 4.620,00 alla Missione 04, Programma 06, capitolo 1862 del "
    "bilancio 2026-2028, esercizio 2026, impegno n. 87/2026;",
    "di trasmettere il presente atto al Settore II – Servizi Finanziari per l’emissione del mandato di pagamento.",
]:
    par(t)
pdf.ln(4)
pdf.set_font("dv", "", 9.5)
pdf.set_x(110); pdf.cell(85, 5, "IL RESPONSABILE DEL SETTORE III", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.cell(85, 5, "dott.ssa Angela Sinisi", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
y = pdf.get_y()
pdf.set_font("dv", "B", 8.5)
pdf.cell(0, 5, "ATTESTAZIONE DI PUBBLICAZIONE", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 8.5)
pdf.multi_cell(0, 4.4, "Copia della presente determinazione viene pubblicata all’Albo Pretorio on line per 15 giorni "
               "consecutivi dal 12/03/2026 al 27/03/2026 (registro pubblicazioni n. 402).\nIl Responsabile della "
               "pubblicazione: Nicola Lapenna", new_x="LMARGIN", new_y="NEXT")
pdf.rect(15, y - 1, 180, pdf.get_y() - y + 2)
pdf.output(out)
