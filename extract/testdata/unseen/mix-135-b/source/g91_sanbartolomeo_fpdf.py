#!/usr/bin/env python3
"""San Bartolomeo al Mare, Giunta n. 91 of 16/11/2028, Sicraweb house style
as printed by fpdf2: running head with the act's number on every page,
page x of y in the foot, the roll as a ruled table.
Usage: g91_sanbartolomeo_fpdf.py OUT.pdf"""
import sys
import fpdf
from fpdf import FPDF

OUT = sys.argv[1]
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
FONTB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"
RUN = "Comune di San Bartolomeo al Mare – Deliberazione della Giunta Comunale n. 91 del 16/11/2028"


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "", 7.5)
        self.set_text_color(40, 40, 40)
        self.cell(0, 4, RUN, align="L")
        self.ln(5)
        self.set_draw_color(29, 63, 110)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 7.5)
        self.cell(0, 4, f"Delibera G.C. n. 91/2028 – Pagina {self.page_no()} di {{nb}}", align="C")


pdf = Doc(format="A4")
pdf.set_creator("Sicraweb - Maggioli")
pdf.set_producer("PyFPDF/fpdf2 " + fpdf.FPDF_VERSION)
pdf.set_title("Deliberazione Giunta Comunale n. 91 del 16/11/2028")
pdf.add_font("LS", "", FONT)
pdf.add_font("LS", "B", FONTB)
pdf.add_font("LS", "I", FONTI)
pdf.set_margins(20, 16, 18)
pdf.set_auto_page_break(True, 22)
pdf.alias_nb_pages()
pdf.add_page()
W = pdf.w - 38

# letterhead
pdf.set_draw_color(29, 63, 110)
pdf.rect(20, 15, 15, 19)
pdf.set_font("LS", "", 5)
pdf.set_xy(20, 23)
pdf.cell(15, 3, "STEMMA", align="C")
pdf.set_xy(39, 16)
pdf.set_font("LS", "B", 13)
pdf.set_text_color(29, 63, 110)
pdf.cell(100, 7, "COMUNE DI SAN BARTOLOMEO AL MARE")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(39, 23)
pdf.set_font("LS", "", 9)
pdf.cell(100, 5, "Provincia di Imperia")
# number box at right
pdf.set_font("LS", "", 8.5)
bx = pdf.w - 18 - 52
for i, (k, v) in enumerate((("Deliberazione n.", "91"), ("Data", "16/11/2028"), ("Ora", "10:30"))):
    pdf.set_xy(bx, 15 + i * 6)
    pdf.cell(26, 6, k, border=1)
    pdf.set_font("LS", "B", 8.5)
    pdf.cell(26, 6, v, border=1)
    pdf.set_font("LS", "", 8.5)
pdf.set_line_width(0.6)
pdf.line(20, 36, pdf.w - 18, 36)
pdf.set_line_width(0.2)

pdf.set_y(42)
pdf.set_font("LS", "B", 15)
pdf.set_char_spacing(4)
pdf.cell(0, 8, "GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("LS", "", 9.5)
pdf.cell(0, 5, "Verbale di deliberazione – Copia conforme all'originale digitale", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

y0 = pdf.get_y()
pdf.line(20, y0, pdf.w - 18, y0)
pdf.ln(1.5)
pdf.set_font("LS", "B", 10)
pdf.cell(20, 5.5, "Oggetto:")
pdf.multi_cell(W - 20, 5.5, "Approvazione delle tariffe per la sosta a pagamento sulle aree di parcheggio "
               "comunali e sul lungomare per l'anno 2029.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)
pdf.line(20, pdf.get_y(), pdf.w - 18, pdf.get_y())
pdf.ln(1.5)
pdf.set_font("LS", "I", 8)
pdf.cell(0, 4.5, "Proposta n. 108 del 13/11/2028 – Servizio proponente: AREA VIGILANZA E POLIZIA LOCALE",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)


def para(t, size=10, style="", h=5.1, after=1.6, align="J"):
    pdf.set_font("LS", style, size)
    pdf.multi_cell(0, h, t, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


para("L'anno duemilaventotto, addì sedici del mese di novembre alle ore 10:30, nella sede comunale, "
     "previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, vennero convocati a "
     "seduta i componenti della Giunta Comunale. All'appello risultano:")

roll = [("ANFOSSI Davide", "Sindaco", "Presente"), ("LANTERI Chiara", "Vice Sindaco", "Presente"),
        ("NOVARO Stefano", "Assessore", "Presente"), ("GHIGLIONE Paola", "Assessore", "Presente")]
pdf.set_x(42)
pdf.set_font("LS", "B", 9.5)
pdf.set_fill_color(223, 230, 239)
for h, w in (("Nominativo", 50), ("Carica", 36), ("Presenza", 28)):
    pdf.cell(w, 6, h, border=1, align="C", fill=True)
pdf.ln()
pdf.set_font("LS", "", 9.5)
for n, r, p in roll:
    pdf.set_x(42)
    pdf.cell(50, 5.6, n, border=1)
    pdf.cell(36, 5.6, r, border=1)
    pdf.cell(28, 5.6, p, border=1, align="C")
    pdf.ln()
pdf.set_x(42)
pdf.set_font("LS", "B", 9.5)
pdf.cell(114, 5.6, "Presenti: 4     Assenti: 0", border=1)
pdf.ln(9)

para("Partecipa il Segretario Comunale dott. Marco Rollandi, che cura la verbalizzazione.")
para("Presiede il Sindaco, Davide Anfossi, il quale, riconosciuta la legalità dell'adunanza, dichiara "
     "aperta la seduta ed invita la Giunta a deliberare sull'oggetto sopra indicato.")
pdf.ln(1)
para("LA GIUNTA COMUNALE", style="B", align="C")
for t in [
    "Premesso che con deliberazione di Giunta Comunale n. 97 del 23/11/2027 sono state approvate le "
    "tariffe per la sosta a pagamento per l'anno 2028 e che occorre provvedere alla determinazione "
    "delle tariffe per l'anno 2029, da applicarsi dal 1° gennaio 2029;",
    "Visto l'art. 7, comma 1, lett. f), del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada), che "
    "attribuisce ai Comuni la facoltà di stabilire, previa deliberazione della Giunta, aree destinate "
    "al parcheggio sulle quali la sosta è subordinata al pagamento di una somma;",
    "Vista la relazione del Responsabile dell'Area Vigilanza e Polizia Locale, comm. Luca Revelli, del "
    "13/11/2028, che propone di mantenere invariata la tariffa oraria nei mesi da ottobre a maggio e di "
    "adeguarla nel periodo estivo, con l'introduzione di un abbonamento mensile riservato ai residenti "
    "e ai lavoratori stagionali;",
    "Visto l'art. 48 del D.Lgs. 18 agosto 2000, n. 267;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile, espressi ai sensi dell'art. 49 "
    "del D.Lgs. n. 267/2000, dal Responsabile dell'Area Vigilanza e Polizia Locale e dal Responsabile "
    "dell'Area Finanziaria, rag. Silvia Bonanni;",
    "Con voti unanimi favorevoli, espressi nelle forme di legge,",
]:
    para(t)
para("DELIBERA", style="B", align="C")
for i, t in enumerate([
    "di approvare, per l'anno 2029, le tariffe per la sosta a pagamento nelle aree di parcheggio "
    "comunali e sul lungomare, come riportate nel prospetto allegato A) al presente atto;",
    "di stabilire che nel periodo dal 1° giugno al 30 settembre la tariffa oraria sul lungomare è "
    "fissata in euro 2,00 e nelle altre aree in euro 1,50, e che nei restanti mesi si applica la "
    "tariffa unica di euro 1,00;",
    "di istituire l'abbonamento mensile per i residenti e per i lavoratori stagionali al costo di "
    "euro 25,00, valido nelle aree individuate nel prospetto allegato;",
    "di dare atto che i proventi sono destinati, per la quota prevista dall'art. 7, comma 7, del "
    "Codice della Strada, alla manutenzione della segnaletica e alla sicurezza stradale;",
    "di demandare al Responsabile dell'Area Vigilanza e Polizia Locale l'adozione degli atti "
    "gestionali conseguenti.",
], 1):
    pdf.set_font("LS", "", 10)
    pdf.cell(8, 5.1, f"{i})")
    pdf.multi_cell(0, 5.1, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(1)
para("Con successiva votazione unanime, la Giunta Comunale dichiara il presente provvedimento "
     "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, al fine di "
     "consentire l'applicazione delle nuove tariffe dal 1° gennaio 2029.")

pdf.ln(6)
if pdf.get_y() > pdf.h - 60:
    pdf.add_page()
y = pdf.get_y()
pdf.set_font("LS", "B", 10)
pdf.set_xy(20, y); pdf.cell(W / 2, 5, "Il Sindaco", align="C")
pdf.cell(W / 2, 5, "Il Segretario Comunale", align="C")
pdf.set_font("LS", "", 10)
pdf.set_xy(20, y + 5.5); pdf.cell(W / 2, 5, "Davide Anfossi", align="C")
pdf.cell(W / 2, 5, "dott. Marco Rollandi", align="C")
pdf.set_font("LS", "I", 7.5)
pdf.set_xy(20, y + 11); pdf.cell(W / 2, 4, "(firmato digitalmente)", align="C")
pdf.cell(W / 2, 4, "(firmato digitalmente)", align="C")
pdf.set_xy(20, y + 22)
pdf.set_font("LS", "I", 7.5)
pdf.multi_cell(0, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme "
               "collegate, che sostituisce il documento cartaceo e la firma autografa.", align="L")
pdf.output(OUT)
