#!/usr/bin/env python3
"""Comune di Grottazzolina - Determinazione Area Tecnica n. 58 del 13-09-2028,
Registro Generale n. 301 del 14-09-2028.

Same "Halley" house as the deliberation: centred letterhead, the Area and the
Servizio in a box, the sector's and the general register's numbers side by
side; fpdf2 with core fonts, justified text, a running foot that repeats both
numbers on every page.
"""
import sys
from fpdf import FPDF

out = sys.argv[1]


class Det(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Times", "B", 16)
            self.cell(0, 7, "COMUNE DI GROTTAZZOLINA", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Times", "", 10.5)
            self.cell(0, 5, "PROVINCIA DI FERMO", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_line_width(0.5)
            self.line(20, self.get_y() + 2, 190, self.get_y() + 2)
            self.ln(6)
        else:
            self.set_font("Times", "I", 8.5)
            self.cell(0, 5, "Comune di Grottazzolina - Area Tecnica", align="L")
            self.set_x(20)
            self.cell(0, 5, "Determinazione n. 58 del 13-09-2028", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 7.5)
        self.set_line_width(0.2)
        self.line(20, self.get_y() - 1, 190, self.get_y() - 1)
        self.cell(0, 4, "Determinazione AREA TECNICA n. 58 del 13-09-2028 - Registro Generale n. 301 del "
                  "14-09-2028", align="L")
        self.set_x(20)
        self.cell(0, 4, "Pag. %d/{nb}" % self.page_no(), align="R")


pdf = Det(format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.set_title("Determinazione Area Tecnica n. 58/2028")
pdf.set_author("Comune di Grottazzolina")
pdf.set_creator("Halley Informatica - Gestione Atti")
pdf.add_page()

# box: Area / Servizio / numbers
y0 = pdf.get_y()
pdf.set_line_width(0.4)
pdf.rect(20, y0, 170, 24)
pdf.line(120, y0, 120, y0 + 24)
pdf.set_xy(22, y0 + 2)
pdf.set_font("Times", "B", 13)
pdf.cell(96, 7, "AREA TECNICA", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(22)
pdf.set_font("Times", "", 10.5)
pdf.cell(96, 5.5, "Servizio Manutenzioni e Patrimonio", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(22)
pdf.set_font("Times", "I", 9.5)
pdf.cell(96, 5, "Responsabile: geom. Daniele Mancini")
pdf.set_xy(122, y0 + 2)
pdf.set_font("Times", "B", 11.5)
pdf.cell(66, 6.5, "DETERMINAZIONE", align="C", new_x="LEFT", new_y="NEXT")
pdf.set_font("Times", "", 10.5)
pdf.cell(66, 5.5, "N. 58 del 13-09-2028", align="C", new_x="LEFT", new_y="NEXT")
pdf.set_font("Times", "", 9.5)
pdf.cell(66, 5, "Registro Generale N. 301 del 14-09-2028", align="C")
pdf.set_y(y0 + 29)

pdf.set_font("Times", "B", 11)
pdf.cell(20, 5.5, "OGGETTO:")
pdf.set_x(42)
pdf.multi_cell(148, 5.5,
               "AFFIDAMENTO DIRETTO DEL SERVIZIO DI SFALCIO DELL'ERBA E MANUTENZIONE DEL VERDE PUBBLICO "
               "PER IL PERIODO SETTEMBRE - DICEMBRE 2028 ALLA DITTA VERDE CHIENTI S.R.L. - "
               "IMPEGNO DI SPESA - CIG B2C4F81A37", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.set_font("Times", "B", 11.5)
pdf.cell(0, 6, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

J = dict(w=0, h=5.4, align="J", new_x="LMARGIN", new_y="NEXT")


def par(t, bold=False):
    pdf.set_font("Times", "B" if bold else "", 11)
    pdf.multi_cell(text=t, **J)
    pdf.ln(1.3)


par("Visto il decreto del Sindaco n. 4 del 02-01-2028, con il quale al sottoscritto sono state attribuite "
    "le funzioni di Responsabile dell'Area Tecnica ai sensi dell'art. 109, comma 2, del D.Lgs. 18 agosto "
    "2000, n. 267;")
par("Richiamate la deliberazione del Consiglio Comunale n. 11 del 28-03-2028, di approvazione del bilancio "
    "di previsione finanziario 2028-2030, e la deliberazione della Giunta Comunale n. 37 del 04-04-2028, di "
    "approvazione del Piano esecutivo di gestione;")
par("Premesso che il contratto per la manutenzione del verde pubblico è scaduto il 31-08-2028 e che, nelle "
    "more dell'espletamento della procedura per l'affidamento pluriennale del servizio, occorre garantire lo "
    "sfalcio delle aree verdi comunali, delle banchine stradali e dei cigli delle strade vicinali di uso "
    "pubblico, per ragioni di decoro e di sicurezza della circolazione;")
par("Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto "
    "dei servizi di importo inferiore a € 140.000,00, anche senza consultazione di più operatori economici;")
par("Visto il preventivo trasmesso dalla ditta Verde Chienti S.r.l., con sede in Montegiorgio (FM), "
    "partita IVA 02318870449, acquisito al protocollo n. 6512 del 08-09-2028, per l'importo di € 9.850,00 "
    "oltre IVA al 22%, per complessivi € 12.017,00, ritenuto congruo in rapporto ai prezzi di mercato e "
    "al prezzario regionale delle opere a verde;")
par("Verificati il possesso dei requisiti di ordine generale mediante il fascicolo virtuale dell'operatore "
    "economico e la regolarità contributiva (DURC prot. INAIL_45120377, valido fino al 11-12-2028);")
par("Dato atto che è stato acquisito il CIG B2C4F81A37 e che il sottoscritto non si trova in situazioni "
    "di conflitto di interessi, anche potenziale, rispetto al presente procedimento;")

pdf.ln(1)
pdf.set_font("Times", "B", 11.5)
pdf.cell(0, 6, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

pts = [
    "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, alla ditta Verde Chienti "
    "S.r.l. di Montegiorgio (FM) il servizio di sfalcio dell'erba e manutenzione del verde pubblico per il "
    "periodo dal 15-09-2028 al 31-12-2028, per l'importo di € 9.850,00 oltre IVA;",
    "di impegnare la spesa complessiva di € 12.017,00 alla Missione 09, Programma 02, capitolo 1736/1 "
    "\"Manutenzione aree verdi - prestazioni di servizi\" del bilancio 2028-2030, esercizio 2028;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai "
    "sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di dare atto che il Responsabile Unico del Progetto è il sottoscritto geom. Daniele Mancini;",
    "di trasmettere il presente provvedimento al Responsabile dell'Area Finanziaria per l'apposizione del "
    "visto di regolarità contabile attestante la copertura finanziaria.",
]
pdf.set_font("Times", "", 11)
for i, t in enumerate(pts, 1):
    pdf.set_x(20)
    pdf.cell(8, 5.4, "%d." % i)
    pdf.set_x(28)
    pdf.multi_cell(w=162, h=5.4, text=t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.3)

pdf.ln(6)
pdf.set_font("Times", "", 11)
pdf.cell(0, 5, "Grottazzolina, 13-09-2028", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Times", "B", 11)
pdf.cell(80, 5, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LEFT", new_y="NEXT")
pdf.set_font("Times", "", 11)
pdf.cell(80, 5.5, "F.to geom. Daniele Mancini", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

if pdf.get_y() > 220:
    pdf.add_page()
pdf.set_font("Times", "B", 10.5)
pdf.cell(0, 5, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 10.5)
pdf.multi_cell(0, 5, "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità "
               "contabile attestante la copertura finanziaria della spesa.", align="J",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
tbl = [("Impegno", "Esercizio", "Capitolo", "Importo"), ("486", "2028", "1736/1", "€ 12.017,00")]
for r, row in enumerate(tbl):
    pdf.set_font("Times", "B" if r == 0 else "", 10)
    for c in row:
        pdf.cell(42.5, 6, c, border=1, align="C")
    pdf.ln(6)
pdf.ln(3)
pdf.cell(0, 5, "Grottazzolina, 14-09-2028", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.cell(80, 5, "IL RESPONSABILE DELL'AREA FINANZIARIA", align="C", new_x="LEFT", new_y="NEXT")
pdf.cell(80, 5, "F.to rag. Emanuela Tofoni", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Times", "I", 9.5)
pdf.multi_cell(0, 4.6, "La presente determinazione è pubblicata all'Albo Pretorio on line dal 14-09-2028 per "
               "15 giorni consecutivi (N. 615 Reg. Pubbl.).", align="L", new_x="LMARGIN", new_y="NEXT")

pdf.output(out)
