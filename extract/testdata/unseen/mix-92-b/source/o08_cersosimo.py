# Cersosimo: fpdf2 with TTF (CID/Identity-H) fonts, header and footer repeated on both pages
import sys
from fpdf import FPDF
class P(FPDF):
    def header(self):
        self.set_font("S", "B", 14); self.cell(120, 7, "COMUNE DI CERSOSIMO")
        self.set_font("S", "", 9); self.cell(0, 7, "ORDINANZA N. 11 DEL 05/05/2026", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "Provincia di Potenza - Ufficio del Sindaco", new_x="LMARGIN", new_y="NEXT"); self.ln(6)
    def footer(self):
        self.set_y(-15); self.set_font("S", "", 8); self.cell(0, 5, f"Pag. {self.page_no()} di {{nb}}", align="C")
p = P(); p.set_creator("Halley PDF"); p.set_producer("Halley PDF")
p.add_font("S", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
p.add_font("S", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
p.add_page(); p.set_auto_page_break(True, 20)
def T(s, b=False, al="J", h=6):
    p.set_font("S", "B" if b else "", 11); p.multi_cell(0, h, s, align=al, new_x="LMARGIN", new_y="NEXT"); p.ln(2)
T("ORDINANZA CONTINGIBILE E URGENTE", True, "C")
T("OGGETTO: Revoca dell'ordinanza n. 8 del 14/04/2026 e ripristino della potabilità dell'acqua nel centro abitato.", True)
T("IL SINDACO", True, "C")
for s in ["Richiamata la propria ordinanza n. 8 del 14/04/2026, con la quale era stato disposto il divieto di utilizzo dell'acqua a scopo potabile nel centro abitato a seguito della positività ai coliformi dei campioni prelevati dall'ASP di Potenza;",
          "Vista la nota di Acquedotto Lucano S.p.A. del 30/04/2026 che comunica il completamento degli interventi di clorazione e lavaggio delle condotte;",
          "Visto il giudizio di idoneità dell'acqua al consumo umano espresso dall'ASP di Potenza - SIAN con nota prot. n. 77120 del 04/05/2026, a seguito dei due prelievi consecutivi con esito favorevole;",
          "Visti gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, e il D.Lgs. 23 febbraio 2023, n. 18;",
          "Ritenuto, pertanto, che siano venuti meno i presupposti di urgenza che avevano determinato l'adozione del provvedimento;"]:
    T(s)
T("ORDINA", True, "C")
for i, s in enumerate(["la revoca dell'ordinanza n. 8 del 14/04/2026 con decorrenza dalla data di pubblicazione della presente;",
                       "che l'acqua erogata dalla rete idrica comunale possa nuovamente essere utilizzata per tutti gli usi, compreso quello potabile;",
                       "che la presente sia pubblicata all'Albo Pretorio on line e trasmessa ad Acquedotto Lucano S.p.A., all'ASP di Potenza e alla Stazione Carabinieri competente;",
                       "che ne sia data la massima diffusione alla cittadinanza mediante avvisi pubblici e il sito istituzionale dell'Ente."], 1):
    T(f"{i}. {s}")
p.add_page()
T("AVVERTE che contro la presente ordinanza è ammesso ricorso al TAR Basilicata entro 60 giorni dalla pubblicazione, oppure ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
T("Cersosimo, 05/05/2026", al="L"); p.ln(6)
T("IL SINDACO\nGiovanni Rinaldi", True, "R")
p.output(sys.argv[1])
