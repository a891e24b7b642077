#!/usr/bin/env python3
"""Determinazione of Cossoine's Area Amministrativa e Socio-Assistenziale (sector n. 2, general register n. 5),
Datagraph-like print made with fpdf2 (Liberation Sans, number/date grid, running header on every page).
usage: determina_cossoine.py CREST.png OUT.pdf"""
import sys
from fpdf import FPDF

crest, out = sys.argv[1], sys.argv[2]
FD = "/usr/share/fonts/truetype/liberation/"
SUBJ = ("LEGGE N. 162/1998 - PIANI PERSONALIZZATI DI SOSTEGNO IN FAVORE DI PERSONE CON DISABILITÀ GRAVE - "
        "LIQUIDAZIONE CONTRIBUTI MESE DI DICEMBRE 2028")


class Doc(FPDF):
    def header(self):
        self.image(crest, x=22, y=10, w=12)
        self.set_xy(38, 11)
        self.set_font("LS", "B", 15)
        self.cell(0, 7, "COMUNE DI COSSOINE", new_x="LMARGIN", new_y="NEXT")
        self.set_x(38)
        self.set_font("LS", "", 9)
        self.cell(0, 4.5, "PROVINCIA DI SASSARI", new_x="LMARGIN", new_y="NEXT")
        self.set_x(38)
        self.set_font("LS", "", 7)
        self.cell(0, 4, "Via Vittorio Emanuele n. 10 - 07010 Cossoine (SS)", new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.3)
        self.line(22, 29, 190, 29)
        self.line(22, 29.8, 190, 29.8)
        self.set_y(35)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 7.5)
        self.cell(0, 5, "Determinazione Servizio Sociale n. 2 del 11.01.2029 - Reg. Gen. n. 5 - pag. %d/{nb}" % self.page_no(),
                  align="C")


pdf = Doc(format="A4", unit="mm")
pdf.set_margins(22, 15, 20)
pdf.set_auto_page_break(True, 20)
pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FD + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FD + "LiberationSans-Italic.ttf")
pdf.set_creator("Datagraph - Gestione Atti")
pdf.set_title("Determinazione n. 2 del 11.01.2029")
pdf.add_page()

pdf.set_font("LS", "B", 11)
pdf.cell(168, 6, "AREA AMMINISTRATIVA E SOCIO-ASSISTENZIALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
pdf.cell(168, 5, "Servizio Sociale", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_line_width(0.25)
pdf.set_font("LS", "B", 11)
pdf.cell(168, 7.5, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
for lab, n, d in (("Numero", "2", "11.01.2029"), ("Registro Generale", "5", "11.01.2029")):
    pdf.set_font("LS", "", 9)
    pdf.cell(40, 7, lab, border=1)
    pdf.set_font("LS", "B", 11)
    pdf.cell(34, 7, n, border=1, align="C")
    pdf.set_font("LS", "", 9)
    pdf.cell(26, 7, "Data", border=1)
    pdf.set_font("LS", "B", 11)
    pdf.cell(68, 7, d, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
y0 = pdf.get_y()
pdf.set_font("LS", "", 9.5)
pdf.set_x(22)
pdf.cell(17, 6.5, "Oggetto:")
pdf.set_font("LS", "B", 10.5)
pdf.multi_cell(151, 5.4, SUBJ, align="L", padding=(1.2, 1.5, 1.4, 0), new_x="LMARGIN", new_y="NEXT")
pdf.rect(22, y0, 168, pdf.get_y() - y0)
pdf.ln(6)

pdf.set_font("LS", "B", 10.5)
pdf.cell(168, 6, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)


def para(t, indent=0, after=1.6):
    pdf.set_font("LS", "", 10)
    pdf.set_x(22 + indent)
    pdf.multi_cell(168 - indent, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


para("VISTO il Decreto Sindacale n. 12 del 29.12.2028, con il quale la sottoscritta è stata nominata Responsabile "
     "dell'Area Amministrativa e Socio-Assistenziale, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. "
     "18 agosto 2000, n. 267;")
para("PREMESSO che la Legge 21 maggio 1998, n. 162, prevede il finanziamento di piani personalizzati di sostegno in "
     "favore delle persone con disabilità grave, gestiti dai Comuni con risorse trasferite dalla Regione Autonoma della "
     "Sardegna;")
para("RICHIAMATA la propria determinazione n. 71 del 30.06.2028 (Reg. Gen. n. 188), con la quale è stata impegnata la "
     "somma destinata ai piani personalizzati in essere per il periodo luglio - dicembre 2028;")
para("VISTA la documentazione giustificativa della spesa presentata dai beneficiari per il mese di dicembre 2028, "
     "relativa a n. 9 piani personalizzati, e verificata la sua conformità ai piani approvati;")
para("DATO ATTO che, a tutela della riservatezza dei dati personali e sanitari, l'elenco dei beneficiari con i relativi "
     "importi (allegato A) è conservato agli atti dell'Ufficio e non è oggetto di pubblicazione;")
para("ATTESTATA la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del "
     "D.Lgs. 267/2000;")
pdf.ln(1)
pdf.set_font("LS", "B", 10.5)
pdf.cell(168, 6, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pts = [
    "di liquidare la somma complessiva di € 7.935,40 in favore dei n. 9 beneficiari dei piani personalizzati di cui alla "
    "Legge n. 162/1998, per il mese di dicembre 2028, secondo gli importi indicati nell'allegato A;",
    "di imputare la spesa sulla Missione 12, Programma 02, Capitolo 10470, impegno n. 301/2028, in conto residui;",
    "di dare atto che l'allegato A non è soggetto a pubblicazione ai sensi del D.Lgs. 196/2003 e del Regolamento "
    "(UE) 2016/679;",
    "di trasmettere il presente atto all'Ufficio Ragioneria per l'emissione dei mandati di pagamento.",
]
for i, t in enumerate(pts, 1):
    y = pdf.get_y()
    pdf.set_font("LS", "", 10)
    pdf.set_xy(24, y)
    pdf.cell(6, 5, "%d." % i)
    pdf.set_xy(30, y)
    pdf.multi_cell(160, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(6)
pdf.set_font("LS", "", 10)
pdf.cell(84, 5, "Cossoine, 11.01.2029")
pdf.set_font("LS", "B", 10)
pdf.cell(84, 5, "Il Responsabile del Servizio", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(106)
pdf.set_font("LS", "", 10)
pdf.cell(84, 5, "Dott.ssa Maria Antonietta Fois", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(106)
pdf.set_font("LS", "I", 8)
pdf.cell(84, 4.5, "(firmato digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

y0 = pdf.get_y()
if y0 > 252:
    pdf.add_page()
    y0 = pdf.get_y()
pdf.set_font("LS", "B", 9)
pdf.cell(168, 6, "VISTO DI REGOLARITÀ CONTABILE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9)
pdf.set_x(24)
pdf.multi_cell(164, 4.6, "Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. "
               "184, comma 4, del D.Lgs. 267/2000.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(24)
pdf.cell(80, 6, "Cossoine, 11.01.2029")
pdf.cell(84, 6, "Il Responsabile del Servizio Finanziario - Rag. Pietro Paolo Deiana", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.rect(22, y0, 168, pdf.get_y() - y0 + 1.5)
pdf.output(out)
