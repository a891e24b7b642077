# Moimacco (UD): fpdf2; register box, running head and foot repeated on every page; P/A roll; Vicesegretario
import sys
from fpdf import FPDF
out = sys.argv[1]
F = "/usr/share/fonts/truetype/liberation/"
class D(FPDF):
    def header(self):
        self.set_font("LS", "B", 13); self.cell(0, 6, "COMUNE DI MOIMACCO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8.5); self.cell(0, 4, "Regione Autonoma Friuli Venezia Giulia – Ente di decentramento regionale di Udine", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(1); self.line(15, self.get_y(), 195, self.get_y()); self.ln(3)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "I", 7.5)
        self.cell(0, 4, "Verbale di deliberazione del Consiglio Comunale N. 9 del 27.02.2026 – Pagina %d di {nb}" % self.page_no(), align="C")
p = D(); p.set_creator("Insiel PDF Writer 3.2"); p.set_producer("Insiel PDF Writer 3.2")
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf"); p.add_font("LS", "I", F + "LiberationSans-Italic.ttf")
p.set_margins(15, 15, 15); p.set_auto_page_break(True, 20); p.alias_nb_pages(); p.add_page()
p.set_font("LS", "B", 11); p.cell(0, 6, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("LS", "", 10)
with p.table(col_widths=(30, 40, 110), text_align="LEFT", line_height=5) as t:
    r = t.row(); r.cell("N. 9"); r.cell("del 27.02.2026"); r.cell("Seduta ordinaria – prima convocazione – seduta pubblica")
p.ln(2); p.set_font("LS", "B", 10)
p.multi_cell(0, 5, "OGGETTO: Ratifica della variazione di bilancio adottata in via d'urgenza dalla Giunta comunale con deliberazione n. 14 del 29.01.2026 (art. 175, comma 4, del D.Lgs. 267/2000).", border=1, padding=2)
p.ln(2); p.set_font("LS", "", 10)
p.multi_cell(0, 5, "L'anno 2026, il giorno 27 del mese di febbraio alle ore 19:00 nella sala consiliare del Municipio, in seguito a convocazione disposta con avviso notificato ai singoli consiglieri, si è riunito il Consiglio Comunale. Consiglieri assegnati n. 13, in carica n. 13. Fatto l'appello risultano:", align="J")
p.ln(1)
roll = [("Tomasetig Enrico", "Sindaco", "P"), ("Miani Cristina", "Vice Sindaco", "P"), ("Blasutig Ivano", "Consigliere", "P"), ("Cudicio Nadia", "Consigliere", "P"),
 ("Feruglio Massimo", "Consigliere", "A"), ("Gorasso Daniela", "Consigliere", "P"), ("Macorig Franco", "Consigliere", "P"), ("Petrussa Lara", "Consigliere", "P"),
 ("Qualizza Roberto", "Consigliere", "P"), ("Sdrigotti Anna", "Consigliere", "A"), ("Tomada Walter", "Consigliere", "P"), ("Visintini Paola", "Consigliere", "P"), ("Zuliani Marco", "Consigliere", "P")]
p.set_font("LS", "", 9.5)
with p.table(col_widths=(70, 50, 20), text_align=("LEFT", "LEFT", "CENTER"), width=140, line_height=5) as t:
    h = t.row(); [h.cell(x) for x in ("Cognome e nome", "Carica", "P/A")]
    for n, c_, pa in roll:
        r = t.row(); r.cell(n); r.cell(c_); r.cell(pa)
p.set_font("LS", "", 10); p.ln(1)
p.multi_cell(0, 5, "Presenti n. 11 – Assenti n. 2 (Feruglio, Sdrigotti, giustificati).", align="J"); p.ln(1)
p.multi_cell(0, 5, "Assiste il Vicesegretario comunale dott.ssa Michela Zorzenon, incaricata della redazione del verbale. Constatato il numero legale degli intervenuti, assume la presidenza il sig. Enrico Tomasetig nella sua qualità di Sindaco, il quale dichiara aperta la seduta e pone in discussione l'argomento in oggetto.", align="J")
p.ln(2); p.set_font("LS", "B", 10); p.cell(0, 6, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
p.multi_cell(0, 5, "PREMESSO che con deliberazione giuntale n. 14 del 29.01.2026, dichiarata immediatamente eseguibile, è stata adottata in via d'urgenza una variazione al bilancio di previsione 2026-2028 per l'importo di euro 48.500,00, finanziata con contributo regionale per la manutenzione straordinaria della scuola primaria; VISTO l'art. 175, comma 4, del D.Lgs. 267/2000, che prevede la ratifica consiliare entro sessanta giorni; ACQUISITO il parere favorevole dell'Organo di revisione; VISTI i pareri favorevoli di regolarità tecnica e contabile; CON VOTI favorevoli n. 8, contrari n. 1 (Zuliani), astenuti n. 2 (Blasutig, Macorig), espressi nelle forme di legge dagli 11 consiglieri presenti, di cui 9 votanti,", align="J")
p.ln(2); p.set_font("LS", "B", 10); p.cell(0, 6, "D E L I B E R A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
for i, s in enumerate(["di ratificare, ai sensi dell'art. 175, comma 4, del D.Lgs. 267/2000, la deliberazione della Giunta comunale n. 14 del 29.01.2026;",
  "di dare atto che permangono gli equilibri di bilancio;",
  "di trasmettere copia del presente atto al Tesoriere comunale."], 1):
    p.multi_cell(0, 5, "%d. %s" % (i, s), align="J"); p.ln(1)
p.multi_cell(0, 5, "Con separata votazione, con voti favorevoli n. 8, contrari n. 1, astenuti n. 2, il presente atto è dichiarato immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 21/2003.", align="J")
p.ln(8)
with p.table(col_widths=(90, 90), text_align="CENTER", borders_layout="NONE", first_row_as_headings=False, line_height=5) as t:
    r = t.row(); r.cell("IL SINDACO"); r.cell("IL VICESEGRETARIO COMUNALE")
    r = t.row(); r.cell("Enrico Tomasetig"); r.cell("dott.ssa Michela Zorzenon")
p.output(out)
