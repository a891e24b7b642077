"""Comunità Montana Monte Maggiore - determinazione of the Area Tecnica,
Servizio Forestazione (Halley-like: centred letterhead, the Area and
Servizio in a framed band, general register and sector number on two
lines, OGGETTO boxed). fpdf2 with Liberation TrueType fonts."""
import sys
from fpdf import FPDF
from fpdf.enums import XPos, YPos

out = sys.argv[1]
LIB = "/usr/share/fonts/truetype/liberation/"

SUBJECT = ("FORNITURA DI DISPOSITIVI DI PROTEZIONE INDIVIDUALE PER GLI OPERAI IDRAULICO-FORESTALI - ANNO 2029 - "
           "AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA - CIG B60A3D1F77")


class Doc(FPDF):
    def header(self):
        self.set_font("TNR", "B", 15)
        self.cell(0, 7, "COMUNITÀ MONTANA MONTE MAGGIORE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("TNR", "", 10)
        self.cell(0, 5, "Provincia di Caserta", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("TNR", "I", 8)
        self.cell(0, 4, "81040 Formicola (CE)", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_line_width(0.4)
        self.line(self.l_margin, self.get_y() + 1.5, self.w - self.r_margin, self.get_y() + 1.5)
        self.ln(5)
        if self.page_no() > 1:
            self.set_font("Sans", "", 7.5)
            self.cell(0, 4, "Segue determinazione Area Tecnica n. 3 del 09/01/2029 (Reg. Gen. n. 8)", align="R",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(2)

    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 7.5)
        self.cell(0, 4, "Pagina %d di {nb}" % self.page_no(), align="C")


pdf = Doc(format="A4")
pdf.alias_nb_pages()
pdf.add_font("TNR", "", LIB + "LiberationSerif-Regular.ttf")
pdf.add_font("TNR", "B", LIB + "LiberationSerif-Bold.ttf")
pdf.add_font("TNR", "I", LIB + "LiberationSerif-Italic.ttf")
pdf.add_font("Sans", "", LIB + "LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", LIB + "LiberationSans-Bold.ttf")
pdf.set_margins(22, 14, 20)
pdf.set_auto_page_break(True, 18)
pdf.set_title("Determinazione Area Tecnica n. 3 del 09/01/2029")
pdf.set_creator("Halley Informatica - Atti")
pdf.set_producer("")
pdf.add_page()

# band with Area / Servizio
pdf.set_fill_color(225, 225, 225)
pdf.set_font("Sans", "B", 11)
pdf.cell(0, 7, "AREA TECNICA", border="LTR", align="C", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Sans", "", 10)
pdf.cell(0, 6, "Servizio Forestazione", border="LBR", align="C", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)

pdf.set_font("Sans", "B", 10.5)
pdf.cell(0, 6, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO N. 3 DEL 09/01/2029", align="C",
         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Sans", "", 9.5)
pdf.cell(0, 5, "Registro Generale n. 8 del 10/01/2029", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)

# boxed subject
x0, y0 = pdf.get_x(), pdf.get_y()
pdf.set_font("Sans", "B", 10)
pdf.set_xy(x0 + 2, y0 + 2)
pdf.cell(22, 5, "OGGETTO:")
pdf.set_xy(x0 + 25, y0 + 2)
pdf.multi_cell(pdf.w - pdf.r_margin - x0 - 27, 5, SUBJECT, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
y1 = pdf.get_y() + 2
pdf.rect(x0, y0, pdf.w - pdf.r_margin - x0, y1 - y0)
pdf.set_y(y1 + 5)

pdf.set_font("TNR", "B", 11)
pdf.cell(0, 6, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(1)


def par(t, h=5.2, after=1.6):
    pdf.set_font("TNR", "", 11)
    pdf.multi_cell(0, h, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


for t in [
    "Visto il decreto del Presidente n. 9 del 29/12/2028, con il quale al sottoscritto è stata conferita la "
    "responsabilità dell'Area Tecnica e del Servizio Forestazione per l'anno 2029;",
    "Premesso che la Comunità Montana impiega, per l'esecuzione in amministrazione diretta degli interventi di "
    "forestazione e bonifica montana di cui alla L.R. 7 maggio 1996, n. 11, n. 46 operai idraulico-forestali a "
    "tempo indeterminato e determinato, ai quali devono essere forniti i dispositivi di protezione individuale "
    "previsti dal documento di valutazione dei rischi ai sensi del D.Lgs. 9 aprile 2008, n. 81;",
    "Considerato che occorre provvedere alla fornitura annuale di calzature antinfortunistiche, guanti, "
    "caschi con visiera e cuffie, pantaloni antitaglio e indumenti ad alta visibilità, come da elenco "
    "predisposto dal Responsabile del Servizio di Prevenzione e Protezione;",
    "Richiamato l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento "
    "diretto di servizi e forniture di importo inferiore a 140.000 euro;",
    "Visto il preventivo della ditta Antinfortunistica Volturno S.r.l. di Capua, pervenuto al prot. n. 12 del "
    "05/01/2029, per l'importo di € 9.870,00 oltre IVA, ritenuto congruo;",
    "Dato atto dell'assenza di conflitto di interessi ai sensi dell'art. 6-bis della L. 241/1990 e dell'art. 16 "
    "del D.Lgs. 36/2023;",
]:
    par(t)

pdf.ln(1)
pdf.set_font("TNR", "B", 11.5)
pdf.cell(0, 6, "D E T E R M I N A", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(1)
PTS = [
    "la premessa costituisce parte integrante e sostanziale del presente dispositivo;",
    "di affidare alla ditta Antinfortunistica Volturno S.r.l., con sede in Capua, la fornitura dei dispositivi di "
    "protezione individuale per gli operai idraulico-forestali per l'anno 2029, per l'importo di € 9.870,00 oltre "
    "IVA al 22%, per complessivi € 12.041,40;",
    "di impegnare la somma di € 12.041,40 sul capitolo 2840 \"Spese per la sicurezza dei lavoratori forestali\" "
    "del bilancio 2029, finanziato con i fondi regionali per la forestazione;",
    "di dare atto che il contratto è stipulato mediante corrispondenza secondo l'uso commerciale e che la "
    "liquidazione avverrà previa verifica della conformità della fornitura;",
    "di trasmettere la presente al Responsabile dell'Area Finanziaria per l'apposizione del visto di regolarità "
    "contabile attestante la copertura finanziaria.",
]
for i, t in enumerate(PTS, 1):
    pdf.set_font("TNR", "", 11)
    y = pdf.get_y()
    pdf.cell(8, 5.2, "%d)" % i)
    pdf.set_xy(pdf.l_margin + 8, y)
    pdf.multi_cell(0, 5.2, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.2)

pdf.ln(6)
pdf.set_font("TNR", "", 11)
pdf.cell(80, 5, "Formicola, 09/01/2029")
pdf.cell(0, 5, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.cell(80, 5, "")
pdf.cell(0, 5, "F.to Ing. Luigi Merola", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(8)

pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", border="LTR",
         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Sans", "", 9)
pdf.multi_cell(0, 4.6, "Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi "
               "dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 17/2029 - Capitolo 2840 - € 12.041,40.\n"
               "Formicola, 10/01/2029                Il Responsabile dell'Area Finanziaria - F.to Dott.ssa Anna Ventriglia",
               border="LBR", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(5)
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(0, 4.2, "La presente determinazione è pubblicata all'Albo Pretorio on line dell'Ente per quindici giorni "
               "consecutivi dal 10/01/2029 (Reg. Pubbl. n. 18).", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.output(out)
