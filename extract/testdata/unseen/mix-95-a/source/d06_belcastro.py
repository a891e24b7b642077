# Belcastro: fpdf2 (CID TrueType fonts), letterhead and register line repeated on every page,
# roll as a numbered list "n. Name - role", two pages.
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 14); self.cell(0, 7, "COMUNE DI BELCASTRO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 9); self.cell(0, 5, "Provincia di Catanzaro - Piazza Municipio 1 - 88050 Belcastro (CZ)", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "B", 9)
        self.cell(0, 6, "Deliberazione della Giunta Comunale  Reg. n. 22  del 24/03/2026", border="B", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "I", 7.5)
        self.cell(0, 5, "Documento firmato digitalmente - APKappa s.r.l. Sicr@web  -  pag. %d/{nb}" % self.page_no(), align="C")
p = P(format="A4"); p.set_margins(22, 15, 22); p.set_auto_page_break(True, 20)
p.set_creator("Sicr@web"); p.set_producer("APKappa PDF Engine 5"); p.set_title("GC 22/2026")
for st, fn in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"), ("I", "LiberationSans-Italic.ttf")):
    p.add_font("LS", st, F + fn)
p.alias_nb_pages()
p.add_page()
def par(t, st="", sz=10.5, al="J", h=5.6):
    p.set_font("LS", st, sz); p.multi_cell(0, h, t, align=al, new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
par("COPIA", "B", 10, "R")
par("OGGETTO: Approvazione del Piano triennale dei fabbisogni di personale 2026-2028 e verifica delle eccedenze.", "B", 11)
par("L'anno duemilaventisei addì ventiquattro del mese di marzo alle ore 18:20, nella sede municipale, regolarmente convocata, si è riunita la Giunta Comunale. All'appello nominale risultano:")
for r in ["1. Ruberto Alessandro - Sindaco", "2. Greco Francesca - Vicesindaco", "3. Scalzo Antonio - Assessore"]:
    p.set_x(40); par(r, "", 10.5, "L", 5.4)
par("Presenti n. 3 - Assenti n. 0", "B", 10, "L")
par("Presiede la seduta il Sindaco dott. Alessandro Ruberto. Partecipa con funzioni consultive, referenti e di assistenza il Vice Segretario Comunale dott.ssa Maria Teresa Procopio, in sostituzione del Segretario titolare assente.")
par("Il Presidente, accertata la presenza del numero legale, dichiara aperta la seduta e invita la Giunta all'esame della proposta in oggetto.")
par("LA GIUNTA COMUNALE", "B", 10.5, "C")
long = ("Premesso che l'art. 6 del D.Lgs. 165/2001 prevede che le amministrazioni pubbliche adottino il piano triennale dei fabbisogni di personale, in coerenza con la pianificazione pluriennale delle attività e della performance; "
        "richiamato l'art. 33 del D.L. 34/2019, convertito dalla L. 58/2019, e il D.M. 17 marzo 2020 in materia di capacità assunzionali dei comuni; dato atto che il Comune di Belcastro si colloca al di sotto del valore soglia di cui alla Tabella 1 del citato decreto; "
        "considerato che nel corso del 2026 cesserà dal servizio per collocamento a riposo un istruttore amministrativo dell'Area Amministrativa; ")
par(long)
par("Ritenuto di dover programmare la sostituzione del personale cessato e di garantire il rispetto dei vincoli di spesa di cui all'art. 1, comma 557, della L. 296/2006, come risulta dal prospetto di calcolo predisposto dal Responsabile dell'Area Economico-Finanziaria; dato atto che la spesa di personale prevista per il triennio resta contenuta entro il limite della media del triennio 2011-2013; verificato che l'Ente ha approvato il rendiconto 2024 e il bilancio di previsione 2026-2028 e ha trasmesso i relativi dati alla BDAP nei termini di legge; considerato inoltre che, ai sensi dell'art. 6-ter del D.Lgs. 165/2001, il piano deve essere comunicato entro trenta giorni dall'adozione al sistema SICO del Ministero dell'Economia e delle Finanze;")
par("Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 e il parere del Revisore dei conti reso con verbale n. 4 del 20/03/2026;")
par("Con votazione unanime favorevole, resa in forma palese,")
par("DELIBERA", "B", 10.5, "C")
for i, t in enumerate(["di approvare il Piano triennale dei fabbisogni di personale 2026-2028, allegato al presente atto sotto la lettera \"A\";",
                       "di dare atto che non sussistono eccedenze di personale ai sensi dell'art. 33 del D.Lgs. 165/2001;",
                       "di prevedere per l'anno 2026 l'assunzione a tempo indeterminato e parziale (18 ore) di n. 1 istruttore amministrativo;",
                       "di trasmettere il presente atto alle organizzazioni sindacali e di pubblicarlo nella sezione \"Amministrazione Trasparente\"."], 1):
    par("%d) %s" % (i, t))
par("Successivamente, la Giunta Comunale, con separata ed unanime votazione, dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
p.ln(6); p.set_font("LS", "B", 10)
p.cell(85, 5, "IL SINDACO", align="C"); p.cell(0, 5, "IL VICE SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10)
p.cell(85, 5, "F.to dott. Alessandro Ruberto", align="C"); p.cell(0, 5, "F.to dott.ssa Maria Teresa Procopio", align="C", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
