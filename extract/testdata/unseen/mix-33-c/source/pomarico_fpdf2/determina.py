# Comune di Pomarico - determinazione del Responsabile dell'Area Amministrativa (fpdf2),
# with the signature stamp a Namirial signing client prints on the PDF copy
import sys
from fpdf import FPDF

DJ = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation/"

class P(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Serif", "I", 8)
            self.cell(0, 5, "Comune di Pomarico – Area Amministrativa – Determinazione n. 143 del 19 marzo 2026", align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
    def footer(self):
        self.set_y(-24)
        self.set_draw_color(120, 120, 120)
        self.set_fill_color(244, 244, 244)
        self.set_font("Sans", "", 6.5)
        self.multi_cell(0, 3.2,
            "Documento informatico firmato digitalmente da DI PIERRO ROCCO ai sensi del D.Lgs. 82/2005 e s.m.i. – "
            "Certificato emesso da Namirial CA Firma Qualificata – seriale 4F2A91C07D33 – data firma 19/03/2026 13:05:41 – "
            "il presente documento è copia conforme all'originale informatico conservato presso l'Ente.",
            border=1, fill=True, align="L")
        self.set_font("Sans", "", 7)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R")

pdf = P(format="A4")
pdf.add_font("Serif", "", LIB + "LiberationSerif-Regular.ttf")
pdf.add_font("Serif", "B", LIB + "LiberationSerif-Bold.ttf")
pdf.add_font("Serif", "I", LIB + "LiberationSerif-Italic.ttf")
pdf.add_font("Sans", "", DJ + "DejaVuSans.ttf")
pdf.add_font("Sans", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.set_title("Determinazione n. 143 del 19/03/2026")
pdf.set_author("Comune di Pomarico")
pdf.set_creator("Atti - stampa copia conforme (fpdf2)")
pdf.set_margins(22, 18, 22)
pdf.set_auto_page_break(True, 30)
pdf.add_page()

# centred letterhead, crest caption above
pdf.set_font("Sans", "", 6)
pdf.cell(0, 4, "[ stemma comunale ]", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "B", 16)
pdf.cell(0, 8, "COMUNE DI POMARICO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, "(Provincia di Matera)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "I", 8.5)
pdf.cell(0, 5, "Piazza Municipio, 1 – 75016 Pomarico (MT) – tel. 0835 552311", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.line(22, pdf.get_y() + 2, 188, pdf.get_y() + 2)
pdf.ln(7)
pdf.set_font("Serif", "B", 11.5)
pdf.cell(0, 6, "AREA AMMINISTRATIVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 10.5)
pdf.cell(0, 5, "Ufficio Servizi Sociali", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Serif", "", 11)
pdf.multi_cell(0, 6, "**DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO n. 143 del 19 marzo 2026**", align="C", markdown=True,
               new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 9)
pdf.cell(0, 5, "(Numero di settore: 41/2026)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
# subject as a title block, no label
pdf.set_font("Serif", "B", 11)
pdf.set_fill_color(235, 235, 235)
pdf.multi_cell(0, 6, "Contributo economico straordinario a nuclei familiari in condizioni di disagio socio-economico – I trimestre 2026 – Approvazione elenco beneficiari e impegno di spesa.",
               border="TB", align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Serif", "B", 11)
pdf.cell(0, 6, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Serif", "", 11)
txt = [
 "Visto il decreto del Sindaco n. 3 del 07/01/2026 con il quale al sottoscritto è stata attribuita la responsabilità dell'Area Amministrativa, comprensiva dell'Ufficio Servizi Sociali;",
 "Visto il vigente Regolamento comunale per la concessione di contributi economici a persone e famiglie in difficoltà, approvato con deliberazione del Consiglio Comunale n. 21 del 28/06/2019;",
 "Richiamata la deliberazione della Giunta Comunale n. 18 del 12/02/2026, con la quale sono stati fissati i criteri per l'erogazione dei contributi straordinari per il primo trimestre 2026;",
 "Vista la relazione dell'Assistente Sociale del 16/03/2026, dalla quale risultano ammissibili n. 14 istanze sulle 17 pervenute entro il termine del 28/02/2026;",
 "Ritenuto di dover approvare l'elenco dei beneficiari, che non viene pubblicato nel rispetto del Regolamento (UE) 2016/679 e dell'art. 26, comma 4, del D.Lgs. 33/2013, e di impegnare la relativa spesa;",
 "Attestata la regolarità e correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;",
]
for t in txt:
    pdf.multi_cell(0, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(2)
pdf.set_font("Serif", "B", 11)
pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 11)
for t in [
 "– di approvare l'elenco dei n. 14 beneficiari del contributo economico straordinario per il I trimestre 2026, depositato agli atti dell'Ufficio Servizi Sociali;",
 "– di impegnare la somma complessiva di € 5.600,00 sul capitolo 1894 “Contributi straordinari a famiglie in difficoltà” del bilancio 2026, Missione 12, Programma 05;",
 "– di liquidare i contributi con successivo provvedimento, previa verifica della permanenza dei requisiti;",
 "– di trasmettere il presente atto al Responsabile dell'Area Finanziaria per l'apposizione del visto di regolarità contabile.",
]:
    pdf.set_x(30)
    pdf.multi_cell(0, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
pdf.ln(6)
pdf.set_font("Serif", "", 11)
pdf.cell(0, 5.6, "Pomarico, 19 marzo 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.multi_cell(78, 5.6, "Il Responsabile dell'Area Amministrativa\nDott. Rocco Di Pierro", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Serif", "B", 10.5)
pdf.cell(0, 6, "VISTO DI REGOLARITÀ CONTABILE", border="T", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 10)
pdf.multi_cell(0, 5.2, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 (impegno n. 266/2026).\n"
               "Pomarico, 19 marzo 2026 – Il Responsabile dell'Area Finanziaria, Rag. Maria Antonietta Dichio", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
