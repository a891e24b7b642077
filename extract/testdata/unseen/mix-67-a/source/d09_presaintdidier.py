# Comune di Pré-Saint-Didier / Commune de Pré-Saint-Didier (AO) - Giunta comunale n. 45 del 03/06/2026.
# fpdf2 with embedded TrueType fonts (Type0/Identity-H, CID), header() and footer() repeated on every
# page: the running head carries the act's number and date; labels in Italian and French; roll as a
# three-column table (Cognome e nome | Carica | Presente/Assente) with bilingual headings.
import sys
from fpdf import FPDF

FD = "/usr/share/fonts/truetype/dejavu/"
out = sys.argv[1]


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVuSans", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4, "Comune di Pré-Saint-Didier / Commune de Pré-Saint-Didier", new_x="LMARGIN", new_y="TOP", align="L")
        self.cell(0, 4, "Giunta comunale – Deliberazione n. 45 del 03/06/2026", new_x="LMARGIN", new_y="NEXT", align="R")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVuSans", "", 7.5)
        self.cell(0, 4, "Piazza Vittorio Emanuele II n. 1 – 11010 Pré-Saint-Didier (AO) – tél./tel. 0165 87812", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Page / Pagina %d/{nb}" % self.page_no(), align="R")


pdf = Doc(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(22, 16, 20)
pdf.set_auto_page_break(True, 22)
pdf.add_font("DejaVuSerif", "", FD + "DejaVuSerif.ttf")
pdf.add_font("DejaVuSerif", "B", FD + "DejaVuSerif-Bold.ttf")
pdf.add_font("DejaVuSerif", "I", FD + "DejaVuSerif-Italic.ttf")
pdf.add_font("DejaVuSans", "", FD + "DejaVuSans.ttf")
pdf.add_font("DejaVuSans", "B", FD + "DejaVuSans-Bold.ttf")
pdf.set_creator("Gestione Atti - esportazione PDF")
pdf.set_title("Deliberazione G.C. n. 45/2026")
pdf.add_page()

# letterhead: two names side by side
y0 = pdf.get_y()
pdf.set_font("DejaVuSans", "B", 12.5)
pdf.cell(80, 6, "COMMUNE DE", align="C")
pdf.set_x(pdf.w - pdf.r_margin - 80)
pdf.cell(80, 6, "COMUNE DI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVuSans", "B", 15)
pdf.cell(80, 7, "PRÉ-SAINT-DIDIER", align="C")
pdf.set_x(pdf.w - pdf.r_margin - 80)
pdf.cell(80, 7, "PRÉ-SAINT-DIDIER", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVuSerif", "I", 8.5)
pdf.cell(80, 5, "Région autonome Vallée d’Aoste", align="C")
pdf.set_x(pdf.w - pdf.r_margin - 80)
pdf.cell(80, 5, "Regione autonoma Valle d’Aosta", align="C", new_x="LMARGIN", new_y="NEXT")
cx = pdf.w / 2
pdf.set_draw_color(0, 0, 0)
pdf.ellipse(cx - 8, y0 + 1, 16, 19)
pdf.set_font("DejaVuSans", "", 5)
pdf.set_xy(cx - 8, y0 + 9)
pdf.cell(16, 3, "ARMOIRIES", align="C")
pdf.set_y(y0 + 25)
pdf.set_line_width(0.6)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
pdf.set_line_width(0.2)
pdf.ln(5)

pdf.set_font("DejaVuSerif", "B", 12)
pdf.cell(0, 6, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVuSerif", "I", 9.5)
pdf.cell(0, 5, "Procès-verbal de délibération de la Junte communale", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVuSans", "B", 10)
pdf.cell(0, 6, "N. 45 del 03/06/2026", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

pdf.set_font("DejaVuSans", "B", 8.5)
pdf.cell(36, 5.3, "OGGETTO / OBJET:")
pdf.set_font("DejaVuSerif", "B", 10.5)
pdf.multi_cell(0, 5.3, "Approvazione del calendario e delle tariffe del servizio di navetta estiva verso la località "
               "Orrido e la frazione Elevaz – stagione 2026.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)


def p(text, after=2.2, style=""):
    pdf.set_font("DejaVuSerif", style, 10)
    pdf.multi_cell(0, 5.1, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


p("L’anno duemilaventisei, il giorno tre del mese di giugno, alle ore 17:30, nella sala delle adunanze del "
  "Municipio, previa convocazione nei modi di legge, si è riunita la Giunta comunale. Risultano:")

cols = (70, 55, 43)
pdf.set_font("DejaVuSans", "B", 8.5)
pdf.set_fill_color(225, 225, 225)
x0 = pdf.l_margin
heads = ("Cognome e nome\nNom et prénom", "Carica\nFonction", "Presente/Assente\nPrésent/Absent")
yh = pdf.get_y()
for i, h in enumerate(heads):
    pdf.set_xy(x0 + sum(cols[:i]), yh)
    pdf.multi_cell(cols[i], 4.4, h, border=1, align="C", fill=True)
pdf.set_y(yh + 8.8)
roll = [("VUILLERMOZ Élise", "Sindaca", "presente"),
        ("CUNÉAZ Marco", "Vicesindaco", "presente"),
        ("GLAREY Paolo", "Assessore", "presente"),
        ("THÉRISOD Nadia", "Assessora", "assente"),
        ("BERTHOD Ivo", "Assessore", "presente")]
pdf.set_font("DejaVuSerif", "", 10)
for n, c, pr in roll:
    pdf.cell(cols[0], 6.4, "  " + n, border=1)
    pdf.cell(cols[1], 6.4, "  " + c, border=1)
    pdf.cell(cols[2], 6.4, pr, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVuSans", "B", 9)
pdf.cell(0, 5, "Presenti / Présents: 4        Assenti / Absents: 1", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

p("Presiede la Sindaca, Élise Vuillermoz. Partecipa alla seduta il Segretario comunale, dott. Luca Chabod, che "
  "redige il presente verbale. La Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta "
  "la seduta.")
pdf.ln(1)
pdf.set_font("DejaVuSerif", "B", 10.5)
pdf.cell(0, 6, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
for s in [
    "Richiamata la legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d’Aosta), e in "
    "particolare l’articolo 23, concernente le competenze della Giunta comunale;",
    "Premesso che, nei mesi di luglio e agosto, l’accesso veicolare alla località Orrido e alla frazione Elevaz è "
    "regolamentato per ragioni di sicurezza e che l’Amministrazione assicura un servizio di navetta per residenti "
    "e visitatori, affidato con determinazione del Responsabile del servizio tecnico n. 31 del 20/05/2026;",
    "Ritenuto di approvare il calendario del servizio, dal 4 luglio al 30 agosto 2026, con corse ogni trenta "
    "minuti dalle ore 9:00 alle ore 18:30, e le relative tariffe: corsa singola euro 2,00, andata e ritorno euro "
    "3,50, gratuità per i residenti, per i minori di dodici anni e per i titolari della carta «Valdigne Card»;",
    "Considerato che i proventi del servizio sono accertati al capitolo 3150 del bilancio di previsione "
    "2026/2028, esercizio 2026;",
    "Visti i pareri favorevoli di legittimità, di regolarità tecnica e contabile espressi ai sensi dell’articolo "
    "49 bis della l.r. 54/1998;",
    "Ad unanimità di voti favorevoli, espressi in forma palese,",
]:
    p(s)
pdf.set_font("DejaVuSerif", "B", 10.5)
pdf.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pts = [
    "di approvare il calendario del servizio di navetta estiva verso la località Orrido e la frazione Elevaz per "
    "la stagione 2026, dal 4 luglio al 30 agosto 2026, secondo il prospetto allegato;",
    "di approvare le tariffe del servizio indicate in premessa, con le relative esenzioni;",
    "di incaricare il Responsabile del servizio tecnico e il Responsabile del servizio finanziario degli "
    "adempimenti di rispettiva competenza;",
    "di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi dell’articolo 52 bis, comma 2, "
    "della l.r. 54/1998, con separata votazione unanime.",
]
for i, s in enumerate(pts, 1):
    pdf.set_font("DejaVuSerif", "B", 10)
    pdf.cell(8, 5.1, "%d)" % i)
    pdf.set_font("DejaVuSerif", "", 10)
    pdf.multi_cell(0, 5.1, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

pdf.ln(6)
pdf.set_font("DejaVuSerif", "", 10)
pdf.cell(0, 5, "Letto, approvato e sottoscritto / Lu, approuvé et signé.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
pdf.set_font("DejaVuSans", "B", 9)
pdf.cell(half, 5, "LA SINDACA / LA SYNDIQUE", align="C")
pdf.cell(half, 5, "IL SEGRETARIO / LE SECRÉTAIRE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVuSerif", "I", 10)
pdf.cell(half, 5, "Élise Vuillermoz", align="C")
pdf.cell(half, 5, "dott. Luca Chabod", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("DejaVuSans", "", 7.5)
pdf.multi_cell(0, 4, "Documento sottoscritto con firma digitale ai sensi del d.lgs. 82/2005. Pubblicato all’Albo "
               "pretorio on line dal 04/06/2026 al 19/06/2026.", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
