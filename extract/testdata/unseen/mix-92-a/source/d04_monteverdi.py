# Comune di Monteverdi Marittimo (PI) - Consiglio comunale 5/2026, fpdf2, roll in two side-by-side column groups, running head/foot
from fpdf import FPDF
import sys
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 12); self.cell(0, 6, "COMUNE DI MONTEVERDI MARITTIMO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8); self.cell(0, 4, "Provincia di Pisa", align="C", new_x="LMARGIN", new_y="NEXT"); self.ln(3)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7)
        self.cell(0, 4, "Delibera C.C. n. 5 del 27/03/2026", align="L"); self.cell(0, 4, f"Pagina {self.page_no()} di {{nb}}", align="R")
p = P(format="A4"); p.set_margins(18, 12, 18); p.set_auto_page_break(True, 20)
for s, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic")): p.add_font("LS", s, F + f"LiberationSans-{f}.ttf")
p.alias_nb_pages(); p.add_page()
p.set_font("LS", "B", 11); p.cell(0, 6, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 5", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 9); p.cell(0, 5, "Seduta ordinaria in forma mista (presenza e videoconferenza) – prima convocazione", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("LS", "B", 10); p.multi_cell(0, 5, "OGGETTO: APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO E DELLE TARIFFE TARI PER L'ANNO 2026.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("LS", "", 10)
p.multi_cell(0, 5, "L'anno duemilaventisei, addì ventisette del mese di marzo alle ore 18:30, nella sala consiliare e in collegamento telematico, si è riunito il Consiglio Comunale. All'appello risultano:", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
roll = [("GIANNELLI Francesca - Sindaco", "presente", "in presenza"), ("BERTI Luca - Consigliere", "presente", "in presenza"), ("MACCHI Silvia - Consigliere", "presente", "da remoto"),
        ("TOGNETTI Paolo - Consigliere", "assente giust.", ""), ("FIDANZI Irene - Consigliere", "presente", "da remoto"), ("PELLEGRINI Marco - Consigliere", "presente", "in presenza"),
        ("VANNUCCI Alessio - Consigliere", "presente", "da remoto"), ("CIAMPI Lorenzo - Consigliere", "assente", ""), ("NICCOLAI Greta - Consigliere", "presente", "in presenza"),
        ("BALDI Simone - Consigliere", "presente", "da remoto")]
p.set_font("LS", "B", 7.5)
for k in range(2): p.cell(46, 5, "Nominativo - carica", border="B"); p.cell(19, 5, "Presenza", border="B"); p.cell(19, 5, "Modalità", border="B"); p.cell(3, 5, "")
p.ln(5); p.set_font("LS", "", 7.5)
for i in range(5):
    for r in (roll[i], roll[5 + i]):
        p.cell(46, 5, r[0]); p.cell(19, 5, r[1]); p.cell(19, 5, r[2]); p.cell(3, 5, "")
    p.ln(5)
p.ln(2); p.set_font("LS", "", 10)
p.multi_cell(0, 5, "Presenti n. 8, assenti n. 2. Partecipa il Segretario Comunale dott.ssa Elisa Fontanelli, collegata da remoto, con funzioni di verbalizzazione. Presiede la Sindaca Francesca Giannelli, che, constatato il numero legale, dichiara aperta la seduta.", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("LS", "B", 10); p.cell(0, 6, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
p.multi_cell(0, 5, "VISTO il Piano Economico Finanziario validato dall'Ente territorialmente competente; VISTI i pareri di regolarità tecnica e contabile e il parere del Revisore dei conti; con votazione per appello nominale, i consiglieri collegati da remoto esprimendo il voto a voce: presenti 8, votanti 8, favorevoli 6, contrari 2 (Vannucci, Baldi), astenuti nessuno,", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.set_font("LS", "B", 10); p.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10)
for t in ["1. di approvare il Piano Economico Finanziario del servizio di gestione dei rifiuti urbani per l'anno 2026;",
          "2. di approvare le tariffe TARI per l'anno 2026 delle utenze domestiche e non domestiche, come da allegato;",
          "3. di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze tramite il Portale del federalismo fiscale."]:
    p.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.multi_cell(0, 5, "Inoltre, con separata votazione per appello nominale (favorevoli 6, contrari 2), la presente è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.cell(90, 5, "LA SINDACA"); p.cell(0, 5, "IL SEGRETARIO COMUNALE", new_x="LMARGIN", new_y="NEXT")
p.cell(90, 5, "Francesca Giannelli"); p.cell(0, 5, "dott.ssa Elisa Fontanelli", new_x="LMARGIN", new_y="NEXT")
p.set_creator("Sipal Civilia Next"); p.output(sys.argv[1])
