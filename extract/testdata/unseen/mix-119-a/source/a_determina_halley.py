#!/usr/bin/env python3
"""San Chirico Raparo - determinazione of the Area Tecnica, Halley-like layout.
fpdf2 with the core Times font: justified text (fpdf2 writes Tw word spacing),
a running head with the register number from page 2, "Pagina x/y" foot."""
import sys
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-sanchiricoraparo-halley.pdf"
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            # shield
            self.set_line_width(0.3)
            self.set_fill_color(217, 224, 242)
            self.polygon([(22, 14), (38, 14), (38, 26), (30, 33), (22, 26)], style="DF")
            self.set_font("Times", "B", 6)
            self.set_xy(22, 20)
            self.cell(16, 3, "S.C.R.", align="C")
            self.set_xy(20, 12)
            self.set_font("Times", "B", 11)
            self.cell(0, 5, "COPIA", align="R", **NL)
            self.set_font("Times", "B", 16)
            self.set_xy(20, 15)
            self.cell(0, 7, "COMUNE DI SAN CHIRICO RAPARO", align="C", **NL)
            self.set_font("Times", "", 11)
            self.cell(0, 5, "Provincia di Potenza", align="C", **NL)
            self.set_font("Times", "", 8.5)
            self.cell(0, 5, "Via Roma, 1 - 85030 San Chirico Raparo (PZ) - C.F. 80004510765 - tel. 0973 631014",
                      align="C", **NL)
            self.ln(6)
        else:
            self.set_font("Times", "I", 8.5)
            self.set_y(10)
            self.cell(0, 4, "Comune di San Chirico Raparo - Determinazione n. 142 del 07/07/2027 (Reg. Gen.)",
                      align="L")
            self.set_x(20)
            self.cell(0, 4, "Area Tecnica", align="R", **NL)
            self.line(20, 15, 190, 15)
            self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("Times", "I", 8.5)
        self.line(20, self.get_y() - 1, 190, self.get_y() - 1)
        self.cell(0, 5, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005", align="L")
        self.set_x(20)
        self.cell(0, 5, "Pagina %d/{nb}" % self.page_no(), align="R")


pdf = Doc(format="A4", unit="mm")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, 20)
pdf.set_title("Determinazione n. 142 del 07/07/2027")
pdf.set_author("Area Tecnica")
pdf.set_creator("Halley - Determine")
pdf.alias_nb_pages()
pdf.add_page()

pdf.set_font("Times", "B", 12.5)
pdf.cell(0, 6, "AREA TECNICA", align="C", **NL)
pdf.set_font("Times", "", 11)
pdf.cell(0, 5, "Servizio Lavori Pubblici e Manutenzioni", align="C", **NL)
pdf.ln(3)

# register box
y = pdf.get_y()
pdf.set_line_width(0.5)
pdf.rect(20, y, 170, 17)
pdf.set_xy(22, y + 1.5)
pdf.set_font("Times", "B", 13)
pdf.cell(166, 7, "DETERMINAZIONE N. 142 DEL 07/07/2027", align="C", **NL)
pdf.set_x(22)
pdf.set_font("Times", "", 9.5)
pdf.cell(166, 6, "(Registro Generale)        -        N. 47 del 05/07/2027 del Registro dell'Area Tecnica",
         align="C", **NL)
pdf.set_y(y + 20)

pdf.set_font("Times", "B", 11)
pdf.cell(24, 5.5, "OGGETTO:")
pdf.multi_cell(146, 5.5,
               "AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. N. 36/2023, DEL "
               "SERVIZIO DI SFALCIO E PULIZIA DELLE BANCHINE E DELLE CUNETTE DELLE STRADE COMUNALI ESTERNE - "
               "ANNO 2027 - IMPEGNO DI SPESA. CIG: B4F2A71C93", align="J", **NL)
pdf.ln(4)
pdf.set_font("Times", "B", 12)
pdf.cell(0, 6, "IL RESPONSABILE DELL'AREA TECNICA", align="C", **NL)
pdf.ln(2)


def para(t, indent=0):
    pdf.set_font("Times", "", 11)
    pdf.set_x(20 + indent)
    pdf.multi_cell(170 - indent, 5.4, t, align="J", **NL)
    pdf.ln(1.2)


for t in [
    "PREMESSO che con decreto del Sindaco n. 3 del 04/01/2027 il sottoscritto è stato nominato Responsabile "
    "dell'Area Tecnica, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    "RICHIAMATE la deliberazione del Consiglio Comunale n. 9 del 28/03/2027, con la quale è stato approvato il "
    "bilancio di previsione 2027/2029, e la deliberazione della Giunta Comunale n. 31 del 15/04/2027, di "
    "approvazione del Piano Esecutivo di Gestione;",
    "CONSIDERATO che, in vista della stagione estiva e del periodo di massima pericolosità per gli incendi "
    "boschivi, occorre provvedere allo sfalcio della vegetazione e alla pulizia delle banchine e delle cunette "
    "lungo le strade comunali esterne (Serra Spadaro, Cugno della Lepre, Contrada Bosco e Fontana Vecchia), per "
    "uno sviluppo complessivo di circa 14 chilometri;",
    "DATO ATTO che l'Ente non dispone di personale e mezzi sufficienti per eseguire il servizio in amministrazione "
    "diretta e che l'importo stimato, pari a euro 11.800,00 oltre IVA, consente l'affidamento diretto ai sensi "
    "dell'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36;",
    "VISTO il preventivo trasmesso tramite la piattaforma di approvvigionamento digitale dalla ditta Agriverde "
    "di Mastrosimone Luigi, con sede in San Chirico Raparo, C.da Piano dei Cerri snc, P. IVA 01987650762, "
    "acquisito al protocollo n. 3301 del 02/07/2027, che offre il servizio per euro 11.450,00 oltre IVA al 22%, "
    "ritenuto congruo in rapporto ai prezzi correnti di mercato;",
    "ACCERTATA la regolarità contributiva della ditta (DURC prot. INAIL_48813027, scadenza 21/10/2027) e dato "
    "atto che il codice identificativo di gara attribuito dall'ANAC è B4F2A71C93;",
    "ATTESTATA la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del "
    "D.Lgs. n. 267/2000 e l'insussistenza di situazioni di conflitto di interessi;",
]:
    para(t)

pdf.ln(1)
pdf.set_font("Times", "B", 12)
pdf.cell(0, 6, "D E T E R M I N A", align="C", **NL)
pdf.ln(1)
pts = [
    "di richiamare la premessa quale parte integrante e sostanziale del presente provvedimento;",
    "di affidare direttamente, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, alla ditta "
    "Agriverde di Mastrosimone Luigi, P. IVA 01987650762, il servizio di sfalcio e pulizia delle banchine e delle "
    "cunette delle strade comunali esterne per l'anno 2027, per l'importo di euro 11.450,00 oltre IVA al 22%, "
    "per complessivi euro 13.969,00;",
    "di impegnare la spesa complessiva di euro 13.969,00 sul capitolo 2810 \"Manutenzione ordinaria strade "
    "esterne\" del bilancio di previsione 2027/2029, esercizio 2027;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi "
    "dell'art. 18, comma 1, del D.Lgs. n. 36/2023, e che il servizio dovrà essere ultimato entro il 31/08/2027;",
    "di trasmettere la presente determinazione al Responsabile dell'Area Finanziaria per l'apposizione del visto "
    "di regolarità contabile attestante la copertura finanziaria e di disporne la pubblicazione all'Albo Pretorio "
    "on line per quindici giorni consecutivi.",
]
for i, t in enumerate(pts, 1):
    pdf.set_font("Times", "", 11)
    pdf.set_x(22)
    pdf.cell(7, 5.4, "%d." % i)
    pdf.multi_cell(161, 5.4, t, align="J", **NL)
    pdf.ln(1.2)

pdf.ln(5)
pdf.set_font("Times", "", 11)
pdf.cell(85, 5, "San Chirico Raparo, 07/07/2027")
pdf.set_font("Times", "B", 11)
pdf.cell(85, 5, "IL RESPONSABILE DELL'AREA TECNICA", align="C", **NL)
pdf.set_x(105)
pdf.set_font("Times", "", 11)
pdf.cell(85, 5, "ing. Giuseppe Viceconte", align="C", **NL)
pdf.set_x(105)
pdf.set_font("Times", "I", 8.5)
pdf.cell(85, 4, "(firmato digitalmente)", align="C", **NL)

pdf.ln(8)
y = pdf.get_y()
if y > 235:
    pdf.add_page()
    y = pdf.get_y()
pdf.set_line_width(0.3)
pdf.rect(20, y, 170, 33)
pdf.set_xy(22, y + 2)
pdf.set_font("Times", "B", 10.5)
pdf.cell(166, 5, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", align="C", **NL)
pdf.set_x(22)
pdf.set_font("Times", "", 10)
pdf.multi_cell(166, 4.8,
               "Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di regolarità contabile "
               "attestante la copertura finanziaria della spesa. Impegno n. 388/2027 - Capitolo 2810 - Importo "
               "euro 13.969,00.", align="J", **NL)
pdf.set_x(22)
pdf.cell(80, 5, "San Chirico Raparo, 07/07/2027")
pdf.set_font("Times", "B", 10)
pdf.cell(86, 5, "IL RESPONSABILE DELL'AREA FINANZIARIA", align="C", **NL)
pdf.set_x(102)
pdf.set_font("Times", "", 10)
pdf.cell(86, 5, "dott. Nicola Grieco", align="C", **NL)

pdf.output(OUT)
