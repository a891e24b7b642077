# Comune di Valsinni (MT) - decreto del Sindaco di nomina del Responsabile dell'Area Tecnica.
# fpdf2 with DejaVu TrueType fonts embedded as CID (Type0 / Identity-H) subsets; the decree's number stands
# only in the protocol-register stamp, drawn tilted at the top right; the date also in the closing line.
import sys
from fpdf import FPDF
from fpdf.enums import XPos, YPos
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("sans", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Comune di Valsinni – Piazza Municipio, 1 – 75029 Valsinni (MT) – tel. 0835 817011 – PEC: comune.valsinni@cert.ruparbasilicata.it", align="C")
        self.set_text_color(0, 0, 0)
pdf = P(format="A4"); pdf.set_margins(24, 18, 22); pdf.set_auto_page_break(True, 20)
pdf.add_font("serif", "", F + "DejaVuSerif.ttf"); pdf.add_font("serif", "B", F + "DejaVuSerif-Bold.ttf")
pdf.add_font("sans", "", F + "DejaVuSans.ttf"); pdf.add_font("sans", "B", F + "DejaVuSans-Bold.ttf")
pdf.set_title("Decreto nomina Responsabile Area Tecnica"); pdf.set_author("Comune di Valsinni")
pdf.set_creator("Halley Informatica - Atti Amministrativi"); pdf.set_producer("Halley PDF / fpdf2")
pdf.add_page()
# letterhead: crest frame and name
pdf.set_draw_color(40, 60, 100); pdf.rect(24, 16, 17, 21)
pdf.set_font("sans", "", 5.5); pdf.set_xy(24, 24); pdf.cell(17, 4, "stemma", align="C")
pdf.set_xy(45, 17); pdf.set_font("serif", "B", 16); pdf.set_text_color(30, 50, 95)
pdf.cell(0, 8, "COMUNE DI VALSINNI", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_text_color(0, 0, 0); pdf.set_x(45); pdf.set_font("serif", "", 10)
pdf.cell(0, 5, "Provincia di Matera", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(45); pdf.set_font("sans", "", 8)
pdf.cell(0, 5, "Ufficio del Sindaco", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.line(24, 40, 188, 40)
# stamp of the register, tilted
with pdf.rotation(3.5, x=160, y=30):
    pdf.set_draw_color(150, 30, 40); pdf.set_text_color(150, 30, 40); pdf.set_line_width(0.6)
    pdf.rect(136, 18, 50, 25); pdf.set_line_width(0.25); pdf.rect(137.3, 19.3, 47.4, 22.4)
    pdf.set_font("sans", "B", 7); pdf.set_xy(137, 20.5); pdf.cell(48, 3.5, "COMUNE DI VALSINNI (MT)", align="C")
    pdf.set_font("sans", "", 6.5); pdf.set_xy(137, 24.5); pdf.cell(48, 3.5, "REGISTRO DEI DECRETI", align="C")
    pdf.set_font("sans", "B", 11); pdf.set_xy(137, 28.5); pdf.cell(48, 6, "N. 5", align="C")
    pdf.set_font("sans", "", 7.5); pdf.set_xy(137, 35); pdf.cell(48, 4, "del 03 LUG. 2026", align="C")
pdf.set_draw_color(0, 0, 0); pdf.set_text_color(0, 0, 0); pdf.set_line_width(0.2)
pdf.set_y(52)
pdf.set_font("serif", "B", 15); pdf.cell(0, 8, "DECRETO DEL SINDACO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)
pdf.set_font("serif", "B", 10.5)
x0 = pdf.get_x(); pdf.cell(24, 5.6, "OGGETTO:")
pdf.multi_cell(0, 5.6, "Nomina del Responsabile dell'Area Tecnica e conferimento dell'incarico di Elevata Qualificazione per il periodo 6 luglio 2026 – 31 dicembre 2026.", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(5)
pdf.set_font("serif", "B", 11); pdf.cell(0, 6, "IL SINDACO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(2)
def par(lab, txt):
    pdf.set_font("serif", "", 9.8)
    pdf.multi_cell(0, 5.1, ("**%s** %s" % (lab, txt)) if lab else txt, align="J", markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(1.4)
par("VISTI", "gli artt. 50, comma 10, 107 e 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267, che attribuiscono al Sindaco la nomina dei responsabili degli uffici e dei servizi e, nei Comuni privi di personale con qualifica dirigenziale, il conferimento delle relative funzioni ai responsabili degli uffici o dei servizi;")
par("VISTO", "il C.C.N.L. Funzioni Locali del 16 novembre 2022, e in particolare gli artt. 16 e seguenti che disciplinano gli incarichi di Elevata Qualificazione;")
par("VISTO", "il vigente Regolamento sull'ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta comunale n. 38 del 22/05/2024, che articola la struttura dell'Ente in tre Aree: Amministrativa, Economico-Finanziaria e Tecnica;")
par("PRESO ATTO", "che dal 6 luglio 2026 prende servizio presso questo Ente, a seguito di concorso pubblico, l'ing. Domenico Ferrara, inquadrato nell'Area dei Funzionari e dell'Elevata Qualificazione, e che l'incarico di Responsabile dell'Area Tecnica, finora conferito ad interim al Segretario comunale, deve essere attribuito con decorrenza dalla medesima data;")
par("RITENUTO", "che il dipendente possieda i requisiti culturali e professionali e l'esperienza necessari per l'assolvimento delle funzioni, come da curriculum agli atti dell'Ufficio Personale;")
pdf.ln(1); pdf.set_font("serif", "B", 11); pdf.cell(0, 6, "D E C R E T A", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(1.5)
pts = [
 "di nominare l'ing. Domenico Ferrara Responsabile dell'Area Tecnica (Lavori pubblici, Urbanistica ed edilizia privata, Patrimonio, Manutenzioni, Ambiente e Protezione civile) per il periodo dal 6 luglio 2026 al 31 dicembre 2026, salvo revoca anticipata;",
 "di attribuire al medesimo le funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. n. 267/2000 e l'incarico di Elevata Qualificazione, con la retribuzione di posizione annua lorda di € 9.500,00, rapportata al periodo, oltre alla retribuzione di risultato nella misura stabilita dal sistema di valutazione vigente;",
 "di individuare quale sostituto, in caso di assenza o impedimento del Responsabile, il Responsabile dell'Area Amministrativa;",
 "di dare atto che il Responsabile nominato dovrà rendere la dichiarazione di insussistenza di cause di inconferibilità e incompatibilità di cui al D.Lgs. n. 39/2013;",
 "di disporre la notifica del presente decreto all'interessato, la trasmissione al Segretario comunale e al Responsabile dell'Area Economico-Finanziaria e la pubblicazione all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente\"."]
for i, t in enumerate(pts, 1):
    pdf.set_font("serif", "", 9.8); y = pdf.get_y()
    pdf.cell(8, 5.1, "%d." % i); pdf.multi_cell(0, 5.1, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(1.2)
pdf.ln(3); pdf.set_font("serif", "", 10)
pdf.cell(0, 5.5, "Valsinni, lì 3 luglio 2026", new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(2)
pdf.set_x(118); pdf.set_font("serif", "B", 10.5); pdf.cell(60, 5.5, "IL SINDACO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(118); pdf.set_font("serif", "", 10); pdf.cell(60, 5.5, "Prof. Nicola Pandolfi", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(118); pdf.set_font("sans", "", 7); pdf.cell(60, 4, "Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, c. 2, D.Lgs. 39/1993", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(6)
pdf.set_font("serif", "", 9.5)
pdf.multi_cell(0, 5, "Per ricevuta e accettazione, Valsinni, ____________          Il Responsabile nominato ______________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.output(sys.argv[1])
