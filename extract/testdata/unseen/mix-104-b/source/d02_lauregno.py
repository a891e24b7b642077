# fpdf2: Lauregno/Laurein Giunta deliberation, bilingual header/roll, header and footer on every page
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/LiberationSans-"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 11)
        self.cell(95, 6, "Gemeinde Laurein", align="L"); self.cell(95, 6, "Comune di Lauregno", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8)
        self.cell(95, 4, "Autonome Provinz Bozen – Südtirol", align="L"); self.cell(95, 4, "Provincia autonoma di Bolzano – Alto Adige", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(10, self.get_y() + 1, 200, self.get_y() + 1); self.ln(5)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 8)
        self.cell(0, 4, "Beschluss des Gemeindeausschusses Nr. 42 / Deliberazione della Giunta comunale n. 42 – Seite/Pagina %d" % self.page_no(), align="C")
pdf = P(format="A4"); pdf.set_auto_page_break(True, 20)
for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic")): pdf.add_font("LS", st, F + f + ".ttf")
pdf.set_creator("GIS Comuni Protokoll 4.2"); pdf.set_producer("Gemeindeinformatik PDF 2.0")
pdf.add_page()
pdf.set_font("LS", "B", 12)
pdf.multi_cell(0, 6, "BESCHLUSS DES GEMEINDEAUSSCHUSSES\nDELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2); pdf.set_font("LS", "", 10)
pdf.cell(0, 6, "Nr. / N. 42          vom / del 19.03.2026          Uhr / ore 19:00", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("LS", "B", 10); pdf.cell(0, 5, "Gegenstand / Oggetto:", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "I", 10)
pdf.multi_cell(0, 5, "Genehmigung des Ausführungsprojektes für die Sanierung der Trinkwasserleitung Obermühl.", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "B", 10)
pdf.multi_cell(0, 5, "Approvazione del progetto esecutivo per il risanamento della condotta dell'acqua potabile in località Obermühl.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2); pdf.set_font("LS", "", 10)
pdf.multi_cell(0, 5, "Nach Erfüllung der im geltenden Kodex der örtlichen Körperschaften festgesetzten Formvorschriften wurden für heute, im Sitzungssaal der Gemeinde, die Mitglieder des Gemeindeausschusses einberufen. / Previo esaurimento delle formalità prescritte dal vigente Codice degli enti locali, vennero per oggi convocati, nella sala delle riunioni del Comune, i membri della Giunta comunale.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
rows = [("Name / Nome", "Funktion / Funzione", "anw. / pres.", "abw. / ass."),
        ("Zöschg Rudolf", "Bürgermeister / Sindaco", "X", ""),
        ("Kollmann Judith", "Vizebürgermeisterin / Vicesindaca", "X", ""),
        ("Pichler Armin", "Gemeindereferent / Assessore", "", "entsch. / giust."),
        ("Mairhofer Anna", "Gemeindereferentin / Assessora", "X", "")]
w = (48, 70, 30, 32)
for i, r in enumerate(rows):
    pdf.set_font("LS", "B" if i == 0 else "", 9)
    for j, c in enumerate(r): pdf.cell(w[j], 6, c, border=1, align="L" if j < 2 else "C")
    pdf.ln(6)
pdf.ln(2); pdf.set_font("LS", "", 10)
pdf.multi_cell(0, 5, "Seinen Beistand leistet der Gemeindesekretär / Assiste il Segretario comunale dott. Martin Pichler.\nNach Feststellung der Beschlussfähigkeit übernimmt Herr Rudolf Zöschg in seiner Eigenschaft als Bürgermeister den Vorsitz. / Riconosciuto legale il numero degli intervenuti, il signor Rudolf Zöschg, nella sua qualità di Sindaco, assume la presidenza.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3); pdf.set_font("LS", "B", 11); pdf.cell(0, 6, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
body = ["premesso che la condotta dell'acqua potabile in località Obermühl, realizzata nel 1968, presenta frequenti rotture e perdite;",
 "visto il progetto esecutivo redatto dall'ing. Thomas Gruber di Lana, dell'importo complessivo di euro 312.000,00, di cui euro 241.500,00 per lavori;",
 "vista la legge provinciale 10 luglio 2018, n. 10, e il Codice degli enti locali della Regione autonoma Trentino-Alto Adige approvato con L.R. 3 maggio 2018, n. 2;",
 "visti i pareri favorevoli di regolarità tecnico-amministrativa e contabile espressi ai sensi dell'art. 185 del Codice;",
 "ad unanimità di voti legalmente espressi per alzata di mano,"]
for b in body: pdf.multi_cell(0, 5, b, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.set_font("LS", "B", 11); pdf.cell(0, 6, "d e l i b e r a", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
pts = ["di approvare il progetto esecutivo per il risanamento della condotta dell'acqua potabile in località Obermühl, dell'importo complessivo di euro 312.000,00;",
 "di dare atto che la spesa è finanziata con il contributo provinciale concesso con decreto n. 2218/2025 e con mezzi propri di bilancio;",
 "di nominare responsabile unico del progetto il geom. Florian Tribus;",
 "di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell'art. 183, comma 4, del Codice degli enti locali, onde consentire l'avvio della gara entro la stagione estiva."]
for i, t in enumerate(pts, 1):
    pdf.cell(8, 5, "%d." % i); pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.ln(2)
pdf.multi_cell(0, 5, "Gegen diesen Beschluss kann jeder Bürger während des Zeitraumes der Veröffentlichung Einspruch beim Gemeindeausschuss erheben. / Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale durante il periodo di pubblicazione.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6); pdf.set_font("LS", "B", 10)
pdf.cell(95, 5, "Der Bürgermeister / Il Sindaco"); pdf.cell(95, 5, "Der Gemeindesekretär / Il Segretario comunale", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
pdf.cell(95, 5, "Rudolf Zöschg"); pdf.cell(95, 5, "dott. Martin Pichler", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "digital signiert / firmato digitalmente", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
