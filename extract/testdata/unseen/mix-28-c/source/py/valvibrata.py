#!/usr/bin/env python3
"""Determinazione of the Unione dei Comuni Città Territorio Val Vibrata in the
manner of a DataManagement PA ("dmpa") print: a title block of the Unione with
the member comuni, the Area heading and Servizio, the number in a heading
sentence ("DETERMINAZIONE N. 23 DEL 20/03/2026"), the general register in a
right-hand box, subject as a shaded title block, DETERMINA points as bullets,
and a last-page attestation of publication; built with fpdf2."""
import sys
from fpdf import FPDF

class P(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Sans", "", 7)
            self.cell(0, 4, "Unione dei Comuni Città Territorio Val Vibrata - Area Vigilanza - Determinazione n. 23 del 20/03/2026", border="B", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 7)
        self.cell(120, 4, "Copia informatica per consultazione - documento originale firmato digitalmente (D.Lgs. 82/2005)")
        self.cell(0, 4, f"Pagina {self.page_no()}/{{nb}}", align="R")

pdf = P(format="A4")
pdf.set_creator("DataManagement PA - Sistema Atti")
pdf.set_title("Determinazione Area Vigilanza n. 23/2026")
pdf.add_font("Sans", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
pdf.add_font("Sans", "I", "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf")
pdf.add_font("Narrow", "", "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf")
pdf.set_margins(18, 15, 18)
pdf.set_auto_page_break(True, 18)
pdf.add_page()

# title block
pdf.set_font("Sans", "B", 15)
pdf.cell(0, 7, "UNIONE DEI COMUNI CITTÀ TERRITORIO VAL VIBRATA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, "Provincia di Teramo", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Narrow", "", 7.5)
pdf.cell(0, 3.6, "Servizi associati: Polizia Locale - Protezione Civile - Centrale Unica di Committenza - SUAP", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(0, 70, 127); pdf.set_line_width(0.8)
pdf.line(18, pdf.get_y() + 2, 192, pdf.get_y() + 2)
pdf.set_line_width(0.2); pdf.set_draw_color(0)
pdf.ln(6)

y0 = pdf.get_y()
pdf.set_font("Sans", "B", 11)
pdf.cell(110, 6, "AREA VIGILANZA", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.5)
pdf.cell(110, 5, "Servizio Associato di Polizia Locale", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(140, y0)
pdf.set_font("Sans", "", 7.5)
pdf.multi_cell(52, 4, "Registro Generale delle Determinazioni\n", border="LTR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(140); pdf.set_font("Sans", "B", 11)
pdf.multi_cell(52, 6, "N. 88 / 2026", border="LBR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

pdf.set_font("Sans", "B", 12)
pdf.cell(0, 7, "DETERMINAZIONE N. 23 DEL 20/03/2026", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_fill_color(230, 236, 242)
pdf.set_font("Sans", "B", 10)
pdf.multi_cell(0, 5.2, "Acquisto di n. 2 etilometri omologati e relativi accessori per il Corpo di Polizia Locale dell'Unione. Determina a contrarre e affidamento diretto mediante MePA. Impegno di spesa. CIG B8C2F07D15.", border=1, fill=True, align="J", padding=2.5, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "IL RESPONSABILE DELL'AREA VIGILANZA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.5)
paras = [
    "PREMESSO che con deliberazione del Consiglio dell'Unione n. 5 del 24/02/2026 è stato approvato il bilancio di previsione 2026/2028 e che con deliberazione della Giunta dell'Unione n. 12 del 10/03/2026 sono state assegnate le risorse ai Responsabili di Area;",
    "VISTO il decreto del Presidente dell'Unione n. 2 del 15/01/2026 di conferimento dell'incarico di Responsabile dell'Area Vigilanza e Comandante del Corpo di Polizia Locale;",
    "CONSIDERATO che i due etilometri in dotazione al Corpo hanno superato il periodo di utilizzo previsto dal costruttore e che la revisione periodica presso il centro autorizzato ha avuto esito negativo, come da verbale del 02/03/2026, e che occorre pertanto provvedere alla loro sostituzione per garantire i controlli sulla guida in stato di ebbrezza, in particolare nel periodo estivo lungo la costa;",
    "VERIFICATO che sul Mercato Elettronico della Pubblica Amministrazione (MePA) è presente, nella categoria \"Forniture specifiche per la Sanità e la Sicurezza\", l'offerta della ditta Sicurstrada Abruzzo s.r.l. di Pescara per n. 2 etilometri omologati con stampante integrata, kit di boccagli monouso e valigia di trasporto, al prezzo complessivo di € 11.600,00 oltre IVA;",
    "RITENUTO congruo il prezzo offerto in relazione ai prezzi praticati per analoghe forniture da altre amministrazioni;",
    "VISTI il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 31 marzo 2023, n. 36, e il vigente Regolamento di contabilità dell'Unione;",
]
for p in paras:
    pdf.multi_cell(0, 4.8, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(2)
pdf.set_font("Sans", "", 9.5)
pdf.multi_cell(0, 4.8, "Per le motivazioni espresse in premessa, che costituiscono parte integrante e sostanziale del presente provvedimento,", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.5)
pts = [
    "di affidare, mediante ordine diretto sul MePA ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, alla ditta Sicurstrada Abruzzo s.r.l., con sede in Pescara, la fornitura di n. 2 etilometri omologati e relativi accessori, per l'importo di € 11.600,00 oltre IVA al 22%, pari a complessivi € 14.152,00;",
    "di impegnare la spesa di € 14.152,00 sul capitolo 3110/5 \"Acquisto attrezzature Polizia Locale\" del bilancio 2026/2028, annualità 2026, finanziato con i proventi delle sanzioni per violazioni al Codice della Strada destinati ai sensi dell'art. 208 del D.Lgs. 285/1992;",
    "di dare atto che il Responsabile Unico del Progetto è il sottoscritto e che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 16 del D.Lgs. 36/2023;",
    "di trasmettere il presente atto al Servizio Finanziario dell'Unione per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
]
for p in pts:
    x = pdf.get_x()
    pdf.cell(7, 4.8, "•")
    pdf.multi_cell(0, 4.8, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(4)
pdf.set_font("Sans", "", 9.5)
pdf.cell(90, 5, "Lì, 20/03/2026")
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 5, "Il Responsabile dell'Area Vigilanza", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(108); pdf.set_font("Sans", "", 9.5)
pdf.cell(0, 5, "Comandante Magg. Dott. Emidio Cortellini", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(108); pdf.set_font("Sans", "I", 7)
pdf.cell(0, 4, "(firmato digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Sans", "B", 8.5)
pdf.cell(0, 5, "ATTESTAZIONE DI COPERTURA FINANZIARIA", border="LTR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(0, 4.3, "Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell'art. 151, comma 4, del D.Lgs. 267/2000. Impegno n. 214/2026 - Capitolo 3110/5 - Importo € 14.152,00.\nLì, 20/03/2026 - Il Responsabile dell'Area Finanziaria, Rag. Lorella Di Marco", border="LBR", align="J", padding=2, new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
