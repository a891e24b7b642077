"""Commissione Straordinaria di Scafati (powers of the Consiglio) - Hypersic (APKappa) style, fpdf2:
two-box header (number/date | protocol), roll of the three commissioners, digital-signature foot."""
from fpdf import FPDF
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DV = "/usr/share/fonts/truetype/dejavu/"
SUBJ = ("Approvazione del Documento Unico di Programmazione (DUP) per il periodo 2026/2028 - "
        "Nota di aggiornamento.")

class P(FPDF):
    def header(self):
        self.set_font("DV", "", 7)
        self.set_text_color(90)
        self.cell(0, 4, "Delibera della Commissione Straordinaria con i poteri del Consiglio n. 34 del 09/12/2025",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(2)
    def footer(self):
        self.set_y(-16)
        self.set_font("DV", "", 6.5)
        self.multi_cell(0, 3, "Documento informatico firmato digitalmente ai sensi del testo unico D.P.R. 28 dicembre "
                        "2000, n. 445, del D.Lgs. 7 marzo 2005, n. 82 e norme collegate, il quale sostituisce il "
                        "documento cartaceo e la firma autografa.", align="L",
                        new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Pagina %d di {nb}" % self.page_no(), align="C")

def build():
    pdf = P(format="A4")
    pdf.add_font("DV", "", DV + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DV + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DV + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 12, 18)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = pdf.epw
    pdf.set_font("DV", "B", 15)
    pdf.cell(0, 8, "COMUNE DI SCAFATI", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "Provincia di Salerno", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "B", 10.5)
    pdf.multi_cell(0, 5.5, "DELIBERAZIONE DELLA COMMISSIONE STRAORDINARIA\ncon i poteri del Consiglio Comunale",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "I", 8)
    pdf.cell(0, 4.5, "(nominata con D.P.R. del 12/03/2025, ai sensi dell'art. 143 del D.Lgs. 18 agosto 2000, n. 267)",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_font("DV", "", 8)
    pdf.rect(18, y, W / 2 - 2, 16); pdf.rect(18 + W / 2 + 2, y, W / 2 - 2, 16)
    pdf.set_xy(20, y + 1.5); pdf.cell(W / 2 - 6, 4, "N. registro deliberazioni")
    pdf.set_xy(20, y + 6); pdf.set_font("DV", "B", 12); pdf.cell(W / 2 - 6, 7, "34   del   09/12/2025")
    pdf.set_font("DV", "", 8)
    pdf.set_xy(20 + W / 2 + 2, y + 1.5); pdf.cell(W / 2 - 6, 4, "Protocollo generale")
    pdf.set_xy(20 + W / 2 + 2, y + 6); pdf.set_font("DV", "", 10)
    pdf.cell(W / 2 - 6, 7, "n. 0052917 del 11/12/2025")
    pdf.set_xy(18, y + 19)
    pdf.set_font("DV", "B", 9.5)
    pdf.cell(22, 5.5, "OGGETTO:")
    pdf.multi_cell(0, 5.5, SUBJ, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "", 9.5)
    body = lambda t, al="J": pdf.multi_cell(0, 5, t, align=al, new_x="LMARGIN", new_y="NEXT")
    body("L'anno duemilaventicinque, il giorno nove del mese di dicembre, alle ore 11:00, nella sede municipale "
         "di Piazza Municipio, si è riunita la Commissione Straordinaria, nelle persone di:")
    pdf.ln(1)
    roll = [("Dott. Vincenzo Lubrano", "Viceprefetto", "presente"),
            ("Dott.ssa Rosaria Capuano", "Viceprefetto aggiunto", "presente"),
            ("Dott. Gennaro Ambrosio", "Funzionario economico-finanziario", "presente")]
    pdf.set_font("DV", "B", 8.5)
    for w, h in zip((70, 70, 34), ("Componente", "Qualifica", "")):
        pdf.cell(w, 6, h, border="B")
    pdf.ln()
    pdf.set_font("DV", "", 9)
    for r in roll:
        for w, v in zip((70, 70, 34), r):
            pdf.cell(w, 6, v)
        pdf.ln()
    pdf.ln(2)
    body("Assiste il Segretario Generale, dott. Raffaele Sessa, incaricato della redazione del verbale. "
         "Presiede la seduta il dott. Vincenzo Lubrano, Presidente della Commissione Straordinaria.")
    pdf.ln(1)
    pdf.set_font("DV", "B", 9.5)
    body("LA COMMISSIONE STRAORDINARIA", "C")
    pdf.set_font("DV", "", 9.5)
    for t in [
        "Premesso che con D.P.R. del 12/03/2025, pubblicato nella Gazzetta Ufficiale n. 71 del 26/03/2025, è stato "
        "disposto lo scioglimento del Consiglio Comunale di Scafati ai sensi dell'art. 143 del D.Lgs. 267/2000 e "
        "affidata la gestione dell'Ente alla Commissione Straordinaria per la durata di diciotto mesi;",
        "Visti l'art. 170 del D.Lgs. 267/2000 e il principio contabile applicato della programmazione, allegato 4/1 "
        "al D.Lgs. 23 giugno 2011, n. 118;",
        "Richiamata la propria deliberazione, adottata con i poteri della Giunta Comunale, n. 61 del 28/07/2025, "
        "con la quale è stato approvato e presentato lo schema del DUP 2026/2028;",
        "Vista la proposta n. 88 del 25/11/2025 del Settore Economico-Finanziario, corredata dei pareri favorevoli "
        "di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
        "Acquisito il parere favorevole dell'Organo di revisione, verbale n. 19 del 03/12/2025, prot. n. 0052044;",
        "Con voti unanimi, espressi nelle forme di legge,"]:
        body(t)
        pdf.ln(0.5)
    pdf.set_font("DV", "B", 9.5)
    body("DELIBERA", "C")
    pdf.set_font("DV", "", 9.5)
    for i, t in enumerate([
        "Di approvare la Nota di aggiornamento al Documento Unico di Programmazione (DUP) 2026/2028, allegata al "
        "presente atto per farne parte integrante e sostanziale.",
        "Di dare atto che il DUP costituisce presupposto necessario per l'approvazione del bilancio di previsione "
        "finanziario 2026/2028.",
        "Di disporre la pubblicazione del DUP nella sezione \"Amministrazione Trasparente\" - Bilanci del sito "
        "istituzionale."], 1):
        pdf.set_x(22)
        pdf.cell(6, 5, "%d." % i)
        pdf.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)
    body("Con successiva e separata votazione unanime, la presente deliberazione è dichiarata immediatamente "
         "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
    pdf.ln(5)
    if pdf.will_page_break(22):
        pdf.add_page()
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(W / 2, 5, "LA COMMISSIONE STRAORDINARIA", align="C")
    pdf.cell(W / 2, 5, "IL SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    for a, b in [("Dott. Vincenzo Lubrano", "Dott. Raffaele Sessa"), ("Dott.ssa Rosaria Capuano", ""),
                 ("Dott. Gennaro Ambrosio", "")]:
        pdf.cell(W / 2, 4.5, a, align="C"); pdf.cell(W / 2, 4.5, b, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DV", "B", 8.5)
    body("ATTESTATO DI PUBBLICAZIONE", "C")
    pdf.set_font("DV", "", 8.5)
    body("Si attesta che la presente deliberazione è stata pubblicata all'Albo Pretorio on line in data 11/12/2025 "
         "con il numero di registro 3344 e vi rimarrà per quindici giorni consecutivi.")
    pdf.output(os.path.join(OUT, "commissione-scafati-hypersic.pdf"))

if __name__ == "__main__":
    build()
