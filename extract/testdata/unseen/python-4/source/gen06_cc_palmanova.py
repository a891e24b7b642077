# Consiglio Comunale di Palmanova (UD) - fpdf2 with core Times (latin-1 only).
# Friuli-style verbale: "N. 12 del Reg. Delib.", date only in words in the opening sentence,
# unanimous vote with counts, immediate executivity under the regional law (L.R. 21/2003).
from fpdf import FPDF

OUT = "cc-palmanova-rendiconto.pdf"


class Doc(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("Times", "I", 8)
        self.cell(0, 4, "Comune di Palmanova - Deliberazione del Consiglio comunale n. 12", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "%d" % self.page_no(), align="R")


pdf = Doc(format="A4")
pdf.set_margins(22, 14, 20)
pdf.set_auto_page_break(True, 20)
pdf.set_title("Verbale di deliberazione del Consiglio Comunale n. 12")
pdf.add_page()
T = dict(align="J", new_x="LMARGIN", new_y="NEXT")

pdf.set_font("Times", "I", 10)
pdf.cell(0, 5, "Copia", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "B", 18)
pdf.cell(0, 8, "COMUNE DI PALMANOVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 10.5)
pdf.cell(0, 5, "Regione Autonoma Friuli Venezia Giulia", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Times", "B", 12)
pdf.cell(0, 6, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 10.5)
pdf.cell(0, 5, "Sessione ordinaria - Seduta pubblica di prima convocazione", align="C", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(4)
pdf.set_font("Times", "B", 11)
pdf.cell(40, 7, "N. 12", border=1, align="C")
pdf.set_font("Times", "", 10)
pdf.cell(4)
y0 = pdf.get_y()
pdf.set_font("Times", "B", 11)
pdf.multi_cell(0, 5.5, "OGGETTO: APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2024.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 9)
pdf.set_xy(22, y0 + 7)
pdf.cell(40, 4, "del Reg. Delib.", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Times", "", 11)
pdf.multi_cell(0, 5.4, "L'anno duemilaventicinque, il giorno trenta del mese di aprile alle ore 20:00, nella sala "
               "consiliare di Palazzo Municipale, in seguito a regolare convocazione, si e' riunito il Consiglio "
               "Comunale. Fatto l'appello nominale risultano:", **T)
pdf.ln(2)
members = [("MARTINIS ANDREA", "Sindaco", True), ("DEL FRARI SONIA", "Consigliere", True),
           ("TOMASIN LUIGI", "Consigliere", True), ("BERGAMASCO ELISA", "Consigliere", True),
           ("CANDOTTO MICHELE", "Consigliere", False), ("ZORZENON FRANCESCA", "Consigliere", True),
           ("VIDONI GABRIELE", "Consigliere", True), ("PERESSON ANNA", "Consigliere", True),
           ("GRATTON STEFANO", "Consigliere", False), ("BIASUTTI MARCO", "Consigliere", True),
           ("DRIUSSI CATERINA", "Consigliere", True), ("FABRIS NICOLA", "Consigliere", True),
           ("LIZZI ROSSELLA", "Consigliere", True)]
pdf.set_font("Times", "B", 10)
pdf.cell(10)
pdf.cell(70, 5.5, "Cognome e nome")
pdf.cell(40, 5.5, "Carica")
pdf.cell(25, 5.5, "Presente", align="C")
pdf.cell(25, 5.5, "Assente", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 10.5)
for n, r, p in members:
    pdf.cell(10)
    pdf.cell(70, 5, n)
    pdf.cell(40, 5, r)
    pdf.cell(25, 5, "X" if p else "", align="C")
    pdf.cell(25, 5, "" if p else "X giust.", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.cell(10)
pdf.cell(110, 5, "")
pdf.cell(25, 5, "11", align="C")
pdf.cell(25, 5, "2", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.multi_cell(0, 5.4, "Assiste il Segretario comunale dott. Paolo De Marchi.", **T)
pdf.multi_cell(0, 5.4, "Constatato il numero legale degli intervenuti, assume la presidenza il sig. Andrea Martinis "
               "nella sua qualita' di Sindaco ed espone l'oggetto iscritto all'ordine del giorno e su questo il "
               "Consiglio Comunale adotta la seguente deliberazione.", **T)
pdf.ln(3)
pdf.set_font("Times", "B", 11)
pdf.cell(0, 6, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 11)
pdf.ln(1)
for p in [
    "Visti gli articoli 151, comma 5, e 227 del D.Lgs. 18 agosto 2000, n. 267, in base ai quali i risultati della "
    "gestione sono dimostrati nel rendiconto, approvato dal Consiglio entro il 30 aprile dell'anno successivo;",
    "Vista la deliberazione della Giunta comunale n. 48 del 27/03/2025, con la quale e' stato approvato lo schema "
    "di rendiconto per l'esercizio 2024 e la relazione illustrativa prevista dall'art. 231 del D.Lgs. 267/2000;",
    "Vista la relazione dell'Organo di revisione, acquisita al protocollo n. 6122 dell'8 aprile 2025, che esprime "
    "parere favorevole all'approvazione del rendiconto;",
    "Dato atto che il rendiconto 2024 chiude con un risultato di amministrazione di euro 2.184.637,41, di cui "
    "parte accantonata euro 906.210,00, parte vincolata euro 614.385,17, parte destinata agli investimenti euro "
    "118.900,00 e parte disponibile euro 545.142,24;",
    "Sentita la relazione dell'Assessore al Bilancio, dott.ssa Elisa Bergamasco, e dato atto che non vi sono "
    "interventi;",
    "Acquisiti i pareri favorevoli di regolarita' tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "Con voti favorevoli unanimi, espressi per alzata di mano dagli 11 Consiglieri presenti e votanti,",
]:
    pdf.multi_cell(0, 5.4, p, **T)
    pdf.ln(1)
pdf.ln(1)
pdf.set_font("Times", "B", 11)
pdf.cell(0, 6, "D E L I B E R A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 11)
pdf.ln(1)
for i, p in enumerate([
    "di approvare il rendiconto della gestione per l'esercizio finanziario 2024, composto dal conto del "
    "bilancio, dal conto economico e dallo stato patrimoniale, con i relativi allegati previsti dall'art. 11, "
    "comma 4, del D.Lgs. 118/2011;",
    "di accertare un risultato di amministrazione al 31 dicembre 2024 pari ad euro 2.184.637,41, distinto nelle "
    "componenti indicate in premessa;",
    "di dare atto che l'Ente non risulta strutturalmente deficitario sulla base dei parametri obiettivi di cui al "
    "D.M. 4 agosto 2023;",
    "di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta "
    "giorni dall'approvazione.",
], 1):
    pdf.cell(9, 5.4, "%d)" % i)
    pdf.multi_cell(0, 5.4, p, **T)
    pdf.ln(1)
pdf.ln(1)
pdf.multi_cell(0, 5.4, "Indi, con separata votazione, con voti favorevoli unanimi espressi per alzata di mano, la "
               "presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, "
               "della L.R. 11 dicembre 2003, n. 21 e successive modifiche.", **T)
pdf.ln(4)
pdf.set_font("Times", "B", 10)
pdf.cell(0, 5, "PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", align="C", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_font("Times", "", 10)
pdf.multi_cell(0, 5, "Si esprime parere favorevole in ordine alla regolarita' tecnica e contabile della proposta. "
               "Palmanova, 14 aprile 2025. Il Responsabile del Servizio Finanziario F.to rag. Cristina Michelutti",
               **T)
pdf.ln(5)
pdf.set_font("Times", "", 10.5)
pdf.cell(0, 5, "Letto, confermato e sottoscritto", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.cell(84, 5, "Il Presidente", align="C")
pdf.cell(84, 5, "Il Segretario", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(84, 5, "F.to Andrea Martinis", align="C")
pdf.cell(84, 5, "F.to dott. Paolo De Marchi", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Times", "B", 10)
pdf.cell(0, 5, "ATTESTATO DI INIZIO PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 10)
pdf.multi_cell(0, 5, "Si attesta che la presente deliberazione viene pubblicata all'Albo pretorio on line il "
               "05/05/2025, ove rimarra' a tutto il 20/05/2025, ai sensi dell'art. 1, comma 15, della L.R. "
               "21/2003.", **T)
pdf.cell(0, 5, "Palmanova, 05/05/2025                                   L'impiegato responsabile F.to Silvia Tonutti",
         new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
print("wrote", OUT, pdf.pages_count)
