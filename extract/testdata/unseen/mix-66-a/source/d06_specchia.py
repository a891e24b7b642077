# Comune di Specchia (LE) - Giunta comunale n. 63 del 06/05/2026.
# fpdf2 with embedded TrueType fonts (Type0 / CID, Identity-H): running head with the act's
# number and a foot "Pagina x di y" on every page; the opening says the members are "indicati nel
# prospetto riportato in calce", and the roll is printed after the decision and the signatures,
# on the last page.
import sys
from fpdf import FPDF
from fpdf.fonts import FontFace

out = sys.argv[1]
FD = "/usr/share/fonts/truetype/liberation/"

class Atto(FPDF):
    def header(self):
        self.set_font("serif", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Comune di Specchia – Deliberazione di Giunta Comunale n. 63 del 06/05/2026",
                  align="L")
        self.cell(0, 4, "COPIA", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Pagina %d di {nb}" % self.page_no(), align="C")

pdf = Atto(format="A4")
pdf.set_creator("Gestione Atti Amministrativi - Modulo Delibere")
pdf.set_title("Delibera di Giunta n. 63 del 06/05/2026")
pdf.add_font("serif", "", FD + "LiberationSerif-Regular.ttf")
pdf.add_font("serif", "B", FD + "LiberationSerif-Bold.ttf")
pdf.add_font("serif", "I", FD + "LiberationSerif-Italic.ttf")
pdf.add_font("sans", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("sans", "B", FD + "LiberationSans-Bold.ttf")
pdf.set_margins(22, 14, 20)
pdf.set_auto_page_break(True, 22)
pdf.add_page()

# letterhead
pdf.set_font("sans", "B", 16)
pdf.cell(0, 8, "COMUNE DI SPECCHIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("sans", "", 9.5)
pdf.cell(0, 5, "Provincia di Lecce", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("sans", "", 8)
pdf.cell(0, 4.5, "Piazza del Popolo, 1 – 73040 Specchia (LE) – tel. 0833 536211", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.set_font("sans", "B", 12.5)
pdf.cell(0, 7, "DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("sans", "", 10)
x = pdf.l_margin + 35
pdf.set_x(x)
pdf.cell(22, 7, "Numero", border=1, align="C")
pdf.set_font("sans", "B", 10.5)
pdf.cell(22, 7, "63", border=1, align="C")
pdf.set_font("sans", "", 10)
pdf.cell(22, 7, "Data", border=1, align="C")
pdf.set_font("sans", "B", 10.5)
pdf.cell(30, 7, "06/05/2026", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("serif", "B", 11)
pdf.cell(22, 6, "OGGETTO:")
pdf.multi_cell(0, 5.6, "Approvazione dello schema di convenzione con l'Associazione Pro Loco Specchia per la "
               "gestione dell'Ufficio di informazione e accoglienza turistica (IAT) – anno 2026.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
pdf.ln(3)

def P(t, style="", size=11, h=5.6, align="J", after=1.6):
    pdf.set_font("serif", style, size)
    pdf.multi_cell(0, h, t, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)

P("L'anno 2026 il giorno 6 del mese di maggio alle ore 13:15 nella Casa Comunale, in seguito a regolare "
  "convocazione, si è riunita la Giunta Comunale, con la presenza dei Signori indicati nel prospetto "
  "riportato in calce al presente verbale.")
P("Presiede la Sindaca avv. Anna Rita Ricchiuto. Partecipa il Segretario Generale dott. Cosimo Martella, "
  "che cura la redazione del presente verbale.")
P("La Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione e invita la "
  "Giunta a deliberare sull'argomento in oggetto.")
P("LA GIUNTA COMUNALE", "B", align="C", after=1)
for t in [
    "Vista la proposta di deliberazione n. 88 del 30/04/2026 del Settore Affari Generali – Servizio Cultura "
    "e Turismo, corredata dei pareri di cui all'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    "Premesso che il Comune di Specchia, inserito tra i Borghi più belli d'Italia, registra nei mesi estivi un "
    "flusso turistico crescente e che l'Ufficio IAT, con sede nei locali comunali di Piazza del Popolo, "
    "costituisce il principale punto di accoglienza per i visitatori del centro storico;",
    "Considerato che l'Associazione Pro Loco Specchia, iscritta all'Albo regionale delle Pro Loco e al "
    "Registro unico nazionale del Terzo settore, ha manifestato la disponibilità a garantire l'apertura "
    "dell'Ufficio IAT dal 1° giugno al 30 settembre 2026, tutti i giorni, e nei fine settimana dei mesi di "
    "aprile, maggio e ottobre;",
    "Visto lo schema di convenzione, composto da 12 articoli, che disciplina le modalità di gestione del "
    "servizio, gli obblighi delle parti e il rimborso delle spese sostenute dall'Associazione, nel limite di "
    "€ 9.500,00 per l'intera durata;",
    "Visto l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore);",
    "Acquisiti il parere favorevole di regolarità tecnica del Responsabile del Settore Affari Generali e il "
    "parere favorevole di regolarità contabile del Responsabile del Settore Economico-Finanziario;",
    "A voti unanimi, resi nelle forme di legge;",
]:
    P(t)
P("D E L I B E R A", "B", align="C", after=1)
for n, t in enumerate([
    "di approvare lo schema di convenzione con l'Associazione Pro Loco Specchia per la gestione dell'Ufficio "
    "di informazione e accoglienza turistica per l'anno 2026, che si allega alla presente quale parte "
    "integrante e sostanziale;",
    "di autorizzare il Responsabile del Settore Affari Generali alla sottoscrizione della convenzione in "
    "nome e per conto dell'Ente;",
    "di dare atto che la spesa complessiva di € 9.500,00 trova copertura al capitolo 7140 del bilancio di "
    "previsione 2026-2028, esercizio 2026;",
    "di demandare al Responsabile del Settore Affari Generali l'adozione dei successivi atti di gestione, "
    "compreso l'impegno di spesa;",
    "di trasmettere copia del presente provvedimento ai Capigruppo consiliari ai sensi dell'art. 125 del "
    "D.Lgs. n. 267/2000.",
], 1):
    pdf.set_font("serif", "", 11)
    pdf.cell(9, 5.6, "%d)" % n)
    pdf.multi_cell(0, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(1)
P("Successivamente, con separata e unanime votazione, la Giunta Comunale dichiara la presente deliberazione "
  "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, al fine di "
  "consentire l'apertura dell'Ufficio IAT dal 1° giugno 2026.")
P("Del che è verbale. Letto, confermato e sottoscritto.", after=6)
y = pdf.get_y()
pdf.set_font("serif", "B", 10.5)
pdf.cell(85, 5, "LA SINDACA", align="C")
pdf.cell(0, 5, "IL SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("serif", "", 10.5)
pdf.cell(85, 5, "avv. Anna Rita Ricchiuto", align="C")
pdf.cell(0, 5, "dott. Cosimo Martella", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("serif", "I", 8.5)
pdf.cell(85, 5, "(firma digitale)", align="C")
pdf.cell(0, 5, "(firma digitale)", align="C", new_x="LMARGIN", new_y="NEXT")

# the roll, after the decision and the signatures, on the last page
pdf.ln(9)
pdf.set_draw_color(0, 0, 0)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
pdf.ln(4)
pdf.set_font("sans", "B", 10.5)
pdf.cell(0, 6, "PROSPETTO DELLE PRESENZE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("sans", "", 9)
pdf.cell(0, 5, "Seduta della Giunta Comunale del 06/05/2026 – ore 13:15 – Deliberazione n. 63", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
roll = [("RICCHIUTO Anna Rita", "Sindaca", "SI", ""), ("CAZZATO Luigi", "Vice Sindaco", "SI", ""),
        ("ZOCCO Marta", "Assessora", "SI", ""), ("FERRARO Antonio", "Assessore", "", "SI"),
        ("CHIARELLO Vito", "Assessore", "SI", "")]
pdf.set_font("sans", "", 10)
with pdf.table(col_widths=(70, 45, 25, 25), text_align=("LEFT", "LEFT", "CENTER", "CENTER"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)), line_height=6.5) as t:
    t.row(("Componente", "Qualifica", "Presente", "Assente"))
    for r in roll:
        t.row(r)
pdf.ln(3)
pdf.set_font("sans", "", 10)
pdf.cell(0, 6, "Presenti: 4        Assenti: 1", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("serif", "I", 9)
pdf.multi_cell(0, 4.6, "Il presente prospetto costituisce parte integrante del verbale della deliberazione n. 63 "
               "del 06/05/2026. Il verbale è pubblicato all'Albo Pretorio on line per quindici giorni "
               "consecutivi ai sensi dell'art. 124 del D.Lgs. n. 267/2000.", align="J")
pdf.output(out)
