# Deliberazione del Consiglio di Amministrazione n. 47/26, Consorzio di Bonifica Pianura Friulana (UD).
# fpdf2 print in the manner of a consortium's document system ("ConsorziNet"): letterhead and foot
# repeated on every page (header()/footer()), roll in prose, vote counts in prose.
import sys
from fpdf import FPDF

FD = "/usr/share/fonts/truetype/liberation/"
class Doc(FPDF):
    def header(self):
        self.set_font("LS", "B", 12); self.set_text_color(0, 70, 120)
        self.cell(0, 6, "CONSORZIO DI BONIFICA PIANURA FRIULANA", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8); self.set_text_color(60, 60, 60)
        self.cell(0, 4, "Viale Europa Unita, 141 – 33100 Udine – C.F. 94165510301 – consorzio@pec.bonificafriulana.it", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 70, 120); self.set_line_width(0.6); self.line(18, self.get_y() + 2, 192, self.get_y() + 2)
        self.set_text_color(0, 0, 0); self.ln(7)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Deliberazione del Consiglio di Amministrazione n. 47/26 del 13.05.2026", align="L")
        self.set_x(18); self.cell(0, 4, f"pag. {self.page_no()}/{{nb}}", align="R")

pdf = Doc(format="A4"); pdf.set_margins(18, 14, 18); pdf.set_auto_page_break(True, 20)
pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", FD + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FD + "LiberationSans-Italic.ttf")
pdf.set_creator("ConsorziNet Atti 2.4"); pdf.set_title("CdA 47/26")
pdf.add_page()
def P(t, st="", sz=10, al="J", h=5, after=1.5):
    pdf.set_font("LS", st, sz); pdf.multi_cell(0, h, t, align=al, new_x="LMARGIN", new_y="NEXT"); pdf.ln(after)

P("DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE", "B", 13, "C", 7, 0)
P("n. 47/26 del 13.05.2026", "B", 11, "C", 6, 4)
pdf.set_font("LS", "B", 10); pdf.set_fill_color(232, 240, 247)
pdf.multi_cell(0, 5.5, "OGGETTO: Lavori di manutenzione straordinaria dell'impianto idrovoro di Planais in Comune di San Giorgio di Nogaro – "
               "Approvazione del progetto esecutivo e dell'affidamento dei lavori – CUP C93H26000040005 – CIG B9D4E27A10.", border=1, fill=True,
               new_x="LMARGIN", new_y="NEXT", padding=2)
pdf.ln(4)
P("Il giorno 13 maggio 2026, alle ore 10:00, presso la sede consortile di Udine, a seguito di regolare convocazione del Presidente prot. n. 5512 "
  "del 06.05.2026, si è riunito il Consiglio di Amministrazione del Consorzio. Sono presenti i signori: Nadia Bertossi, Presidente; "
  "Daniele Turello, Vicepresidente; Mauro Tonizzo, Stefano Bertoli, Franca Zanin e Gianni Cudicio, Consiglieri. È assente giustificato il "
  "Consigliere Piero Moretti.")
P("Partecipa il Revisore unico dott. Alessio Degano. Assiste con funzioni di segretario il Direttore generale dott. ing. Fulvio Zorzenon.")
P("La Presidente, constatato il numero legale, dichiara aperta la seduta.")
P("IL CONSIGLIO DI AMMINISTRAZIONE", "B", 10.5, "C", 6, 2)
for s in ["PREMESSO che l'impianto idrovoro di Planais garantisce lo scolo meccanico di un bacino di circa 1.850 ettari e che le elettropompe n. 2 e n. 3 "
          "presentano usure tali da comprometterne l'affidabilità nella stagione irrigua e nel periodo autunnale delle piene;",
          "VISTO il progetto esecutivo redatto dall'Area Tecnica consortile, dell'importo complessivo di € 742.000,00, di cui € 588.450,00 per lavori "
          "a base d'appalto comprensivi di € 14.200,00 per oneri della sicurezza;",
          "VISTO il verbale di verifica e validazione del progetto sottoscritto dal RUP ing. Marta Fabris in data 29.04.2026;",
          "VISTO lo Statuto consortile approvato con deliberazione della Giunta regionale n. 1024 del 9 giugno 2017 e in particolare l'art. 21, "
          "che attribuisce al Consiglio di Amministrazione l'approvazione dei progetti e delle procedure di affidamento di importo superiore a € 150.000,00;",
          "VISTO il Piano delle opere 2026–2028 approvato con propria deliberazione n. 112/25 del 27.11.2025, che comprende l'intervento in oggetto;",
          "ACQUISITI il parere favorevole di regolarità tecnica del Dirigente dell'Area Tecnica e il parere di regolarità contabile del Responsabile "
          "dell'Area Amministrativa;",
          "RICHIAMATO il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 50, comma 1, lettera c);",
          "RITENUTO di procedere all'affidamento mediante procedura negoziata senza bando, previa consultazione di almeno cinque operatori economici "
          "individuati dall'elenco consortile;",
          "CON VOTI favorevoli n. 5, contrari n. 0, astenuti n. 1 (Tonizzo), espressi in forma palese dai n. 6 componenti presenti, votanti n. 5;"]:
    P(s)
P("DELIBERA", "B", 10.5, "C", 6, 2)
for i, s in enumerate(["di approvare il progetto esecutivo dei lavori di manutenzione straordinaria dell'impianto idrovoro di Planais, per l'importo "
                       "complessivo di € 742.000,00;",
                       "di autorizzare l'affidamento dei lavori mediante procedura negoziata ai sensi dell'art. 50, comma 1, lett. c), del D.Lgs. 36/2023;",
                       "di dare atto che la spesa trova copertura nel contributo regionale concesso con decreto n. 1187/AMB del 12.03.2026 e, per la quota "
                       "residua, nel bilancio di previsione 2026 del Consorzio;",
                       "di dichiarare la presente deliberazione immediatamente esecutiva, per l'urgenza di completare i lavori prima della stagione autunnale."], 1):
    pdf.set_font("LS", "", 10); pdf.cell(8, 5, f"{i})"); pdf.multi_cell(0, 5, s, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(8)
pdf.set_font("LS", "B", 9.5)
pdf.cell(87, 5, "LA PRESIDENTE", align="C"); pdf.cell(87, 5, "IL SEGRETARIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
pdf.cell(87, 5, "Nadia Bertossi", align="C"); pdf.cell(87, 5, "dott. ing. Fulvio Zorzenon", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "I", 7.5)
pdf.cell(87, 4, "documento firmato digitalmente", align="C"); pdf.cell(87, 4, "documento firmato digitalmente", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
P("CERTIFICATO DI PUBBLICAZIONE", "B", 9, "L", 4.5, 0.5)
P("La presente deliberazione viene pubblicata all'Albo consortile on line dal 15.05.2026 al 30.05.2026 (reg. pubbl. n. 311).", "", 9, "J", 4.5)
pdf.output(sys.argv[1])
