#!/usr/bin/env python3
"""Gemeinde Schluderns / Comune di Sluderno - Giunta deliberation, German and
Italian side by side (fpdf2 tables without borders, as a bilingual Word
template is laid out in South Tyrol)."""
import sys
from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = sys.argv[1] if len(sys.argv) > 1 else "delibera-sluderno-siag.pdf"
FD = "/usr/share/fonts/truetype/liberation/"


class P(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "", 7.5)
        self.cell(0, 4, "Gemeinde Schluderns – Beschluss des Gemeindeausschusses Nr. 54/2026  |  "
                  "Comune di Sluderno – Deliberazione della Giunta comunale n. 54/2026", align="C")
        self.ln(7)

    def footer(self):
        self.set_y(-12)
        self.set_font("LS", "", 7.5)
        self.cell(0, 4, f"Seite / Pagina {self.page_no()}/{{nb}}", align="R")


pdf = P(format="A4")
pdf.set_margins(18, 15, 18)
pdf.set_auto_page_break(True, 18)
for st, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
              ("I", "LiberationSans-Italic.ttf")):
    pdf.add_font("LS", st, FD + f)
pdf.set_title("Beschluss GA 54/2026 - Delibera GC 54/2026")
pdf.set_creator("SIAG GemNova.net - Beschlüsse / Delibere")
pdf.add_page()
W = pdf.epw

# letterhead: two names with a (drawn) coat of arms between them
pdf.set_font("LS", "B", 13)
y0 = pdf.get_y()
pdf.cell(W / 2 - 12, 6, "GEMEINDE SCHLUDERNS", align="L")
pdf.set_x(18 + W / 2 + 12)
pdf.cell(W / 2 - 12, 6, "COMUNE DI SLUDERNO", align="R")
pdf.ln(6)
pdf.set_font("LS", "", 8.5)
pdf.cell(W / 2 - 12, 4.5, "Autonome Provinz Bozen – Südtirol", align="L")
pdf.set_x(18 + W / 2 + 12)
pdf.cell(W / 2 - 12, 4.5, "Provincia autonoma di Bolzano – Alto Adige", align="R")
# the arms: a shield drawn with lines
cx = 18 + W / 2
pdf.set_draw_color(120, 0, 0)
pdf.set_fill_color(200, 30, 30)
pdf.polygon([(cx - 7, y0), (cx + 7, y0), (cx + 7, y0 + 9), (cx, y0 + 14), (cx - 7, y0 + 9)], style="DF")
pdf.set_fill_color(255, 255, 255)
pdf.rect(cx - 2, y0 + 2, 4, 8, style="F")
pdf.ln(9)
pdf.set_draw_color(0, 0, 0)
pdf.line(18, pdf.get_y(), 18 + W, pdf.get_y())
pdf.ln(4)

pdf.set_font("LS", "", 8)
pdf.cell(0, 4, "KOPIE / COPIA", align="R")
pdf.ln(6)

pdf.set_font("LS", "B", 12)
pdf.cell(0, 6, "BESCHLUSS DES GEMEINDEAUSSCHUSSES", align="C")
pdf.ln(6)
pdf.cell(0, 6, "DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C")
pdf.ln(8)
pdf.set_font("LS", "B", 11)
pdf.cell(0, 6, "Nr. / n. 54", align="C")
pdf.ln(6)
pdf.set_font("LS", "", 9.5)
pdf.cell(0, 5, "Sitzung vom / Seduta del 18.03.2026  –  Uhr / ore 17:30", align="C")
pdf.ln(8)

pdf.set_font("LS", "", 9.5)
NOFRAME = dict(borders_layout="NONE", first_row_as_headings=False, v_align="TOP", line_height=4.6,
               padding=(0.6, 2, 0.6, 2))


def pair(rows, widths=(1, 1), style=None, **kw):
    opts = dict(NOFRAME)
    opts.update(kw)
    with pdf.table(col_widths=widths, text_align=("JUSTIFY", "JUSTIFY"), **opts) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c, style=style)


# subject, one under the other, full width
pdf.set_font("LS", "B", 9.5)
pdf.multi_cell(0, 4.8, "Gegenstand: Genehmigung des Ausführungsprojektes für die Sanierung der "
               "Trinkwasserleitung in der Vinschgaustraße – CUP J93E25000180004", align="L")
pdf.ln(1)
pdf.multi_cell(0, 4.8, "Oggetto: Approvazione del progetto esecutivo per il risanamento della "
               "condotta dell'acqua potabile in Via Venosta – CUP J93E25000180004", align="L")
pdf.ln(4)

pdf.set_font("LS", "", 9.5)
pair([[
    "Im Jahre zweitausendsechsundzwanzig, am achtzehnten Tag des Monats März, um 17:30 Uhr, "
    "im Sitzungssaal des Rathauses, sind nach Erfüllung der im geltenden Kodex der örtlichen "
    "Körperschaften der Autonomen Region Trentino-Südtirol (R.G. vom 3. Mai 2018, Nr. 2) "
    "festgesetzten Förmlichkeiten die Mitglieder dieses Gemeindeausschusses zu einer Sitzung "
    "zusammengetreten.",
    "L'anno duemilaventisei, addì diciotto del mese di marzo, alle ore 17:30, nella sala "
    "delle adunanze del Municipio, previo esaurimento delle formalità prescritte dal vigente "
    "Codice degli enti locali della Regione autonoma Trentino-Alto Adige (L.R. 3 maggio 2018, "
    "n. 2), si è riunita la Giunta comunale."]])
pdf.ln(3)

# roll
roll = [("KOFLER Andreas", "Bürgermeister / Sindaco", "anwesend / presente"),
        ("WALLNÖFER Sabine", "Vizebürgermeisterin / Vicesindaca", "anwesend / presente"),
        ("TELSER Florian", "Gemeindereferent / Assessore", "anwesend / presente"),
        ("HOFER Martina", "Gemeindereferentin / Assessora", "entschuldigt abwesend / assente giustificata"),
        ("STECHER Lukas", "Gemeindereferent / Assessore", "anwesend / presente")]
pdf.set_font("LS", "", 9)
hdr = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
with pdf.table(col_widths=(34, 38, 38), line_height=5, text_align="LEFT",
               headings_style=hdr, borders_layout="ALL") as t:
    r = t.row()
    for h in ("Name / Nome", "Funktion / Funzione", "Anwesenheit / Presenza"):
        r.cell(h)
    for n, f, a in roll:
        r = t.row()
        r.cell(n)
        r.cell(f)
        r.cell(a)
pdf.ln(3)

pdf.set_font("LS", "", 9.5)
pair([[
    "Den Vorsitz führt der Bürgermeister Andreas Kofler. Es wirkt mit der Gemeindesekretär "
    "Dr. Martin Stocker. Nach Feststellung der Beschlussfähigkeit erklärt der Vorsitzende die "
    "Sitzung für eröffnet und der Gemeindeausschuss behandelt den oben angeführten Gegenstand.",
    "Presiede il Sindaco Andreas Kofler. Assiste il Segretario comunale dott. Martin Stocker. "
    "Constatata la legalità dell'adunanza, il Presidente dichiara aperta la seduta e la Giunta "
    "comunale passa alla trattazione dell'oggetto sopra indicato."]])
pdf.ln(3)

body = [
    ["DER GEMEINDEAUSSCHUSS", "LA GIUNTA COMUNALE"],
    ["Nach Einsichtnahme in das Ausführungsprojekt für die Sanierung der Trinkwasserleitung in "
     "der Vinschgaustraße, ausgearbeitet von Ing. Thomas Gurschler aus Mals, im Auftrag der "
     "Gemeinde, im Betrag von insgesamt 412.600,00 Euro, davon 318.450,00 Euro für Arbeiten "
     "(einschließlich 9.200,00 Euro für Sicherheitskosten) und 94.150,00 Euro zur Verfügung "
     "der Verwaltung;",
     "Visto il progetto esecutivo per il risanamento della condotta dell'acqua potabile in Via "
     "Venosta, redatto dall'ing. Thomas Gurschler di Malles su incarico del Comune, dell'importo "
     "complessivo di 412.600,00 euro, di cui 318.450,00 euro per lavori (compresi 9.200,00 euro "
     "per oneri della sicurezza) e 94.150,00 euro a disposizione dell'Amministrazione;"],
    ["Festgestellt, dass das Projekt vom einzigen Verfahrensverantwortlichen, Geom. Paul "
     "Blaas, gemäß Art. 42 des GvD Nr. 36/2023 überprüft und mit Niederschrift vom 05.03.2026 "
     "validiert wurde;",
     "Accertato che il progetto è stato verificato dal responsabile unico del progetto, geom. "
     "Paul Blaas, ai sensi dell'art. 42 del D.Lgs. n. 36/2023 e validato con verbale del "
     "05.03.2026;"],
    ["Nach Einsichtnahme in die positiven Gutachten über die fachliche und die buchhalterische "
     "Ordnungsmäßigkeit im Sinne des Art. 185 des R.G. Nr. 2/2018;",
     "Visti i pareri favorevoli in ordine alla regolarità tecnico-amministrativa e contabile "
     "espressi ai sensi dell'art. 185 della L.R. n. 2/2018;"],
    ["beschließt", "delibera"],
    ["einstimmig in gesetzlicher Form:", "ad unanimità di voti legalmente espressi:"],
    ["1. das Ausführungsprojekt für die Sanierung der Trinkwasserleitung in der Vinschgaustraße "
     "im Gesamtbetrag von 412.600,00 Euro zu genehmigen;",
     "1. di approvare il progetto esecutivo per il risanamento della condotta dell'acqua "
     "potabile in Via Venosta dell'importo complessivo di 412.600,00 euro;"],
    ["2. festzuhalten, dass die Ausgabe im Kapitel 09042.02.2020 des Haushaltsvoranschlages "
     "2026-2028, Haushaltsjahr 2026, Deckung findet;",
     "2. di dare atto che la spesa trova copertura al capitolo 09042.02.2020 del bilancio di "
     "previsione 2026-2028, esercizio 2026;"],
    ["3. den Verfahrensverantwortlichen mit der Durchführung des Vergabeverfahrens zu beauftragen;",
     "3. di incaricare il responsabile unico del progetto dell'espletamento della procedura di "
     "affidamento;"],
    ["4. diesen Beschluss mit getrennter, einstimmiger Abstimmung im Sinne des Art. 183 Abs. 4 "
     "des R.G. Nr. 2/2018 für unverzüglich vollstreckbar zu erklären.",
     "4. di dichiarare la presente deliberazione, con separata votazione unanime, "
     "immediatamente eseguibile ai sensi dell'art. 183, comma 4, della L.R. n. 2/2018."],
    ["Gegen diesen Beschluss kann jeder Bürger während des Zeitraumes seiner Veröffentlichung "
     "Einspruch beim Gemeindeausschuss erheben und innerhalb von 60 Tagen ab Vollstreckbarkeit "
     "Rekurs beim Regionalen Verwaltungsgericht, Autonome Sektion Bozen, einbringen.",
     "Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta "
     "comunale durante il periodo di pubblicazione ed entro 60 giorni dall'esecutività ricorso "
     "al Tribunale regionale di giustizia amministrativa, Sezione autonoma di Bolzano."],
]
for i, r in enumerate(body):
    if i == 0 or r[0] == "beschließt":
        pdf.set_font("LS", "B", 9.5)
        with pdf.table(col_widths=(1, 1), text_align=("CENTER", "CENTER"), **NOFRAME) as t:
            row = t.row()
            row.cell(r[0])
            row.cell(r[1])
        pdf.set_font("LS", "", 9.5)
    else:
        pair([r])
    pdf.ln(1)

pdf.ln(4)
pdf.set_font("LS", "", 9)
pdf.cell(0, 5, "Gelesen, genehmigt und unterzeichnet – Letto, confermato e sottoscritto", align="C")
pdf.ln(8)
with pdf.table(col_widths=(1, 1), text_align=("CENTER", "CENTER"), **NOFRAME) as t:
    r = t.row()
    r.cell("Der Bürgermeister / Il Sindaco\nAndreas Kofler\n(digital signiert / firmato digitalmente)")
    r.cell("Der Gemeindesekretär / Il Segretario comunale\nDr. Martin Stocker\n(digital signiert / firmato digitalmente)")
pdf.ln(6)

pdf.set_font("LS", "B", 9)
pdf.cell(0, 5, "VERÖFFENTLICHUNGSBESTÄTIGUNG / REFERTO DI PUBBLICAZIONE", border="TLR", align="C")
pdf.ln(5)
pdf.set_font("LS", "", 8.5)
pdf.multi_cell(0, 4.4,
               "Dieser Beschluss wird an der digitalen Amtstafel der Gemeinde vom 20.03.2026 für "
               "zehn aufeinanderfolgende Tage veröffentlicht.\nLa presente deliberazione viene "
               "pubblicata all'albo pretorio digitale del Comune dal 20.03.2026 per dieci giorni "
               "consecutivi.", border="BLR", align="L", padding=(1, 2))
pdf.output(OUT)
