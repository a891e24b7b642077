"""Giunta, Comune di Foligno: prose minute (fpdf2, base-14 Helvetica), date and time in words,
members listed in prose (present, then absent), vote counted, points numbered 1) 2) 3)."""
from fpdf import FPDF
from common import out

class Doc(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 13)
        self.cell(0, 7, "COMUNE DI FOLIGNO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8.5)
        self.cell(0, 4.5, "Provincia di Perugia - Piazza della Repubblica, 10 - 06034 Foligno", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(5)
    def footer(self):
        self.set_y(-13); self.set_font("Helvetica", "I", 7.5)
        self.cell(0, 5, "G.C. n. 64/2025 - foglio %d/{nb}" % self.page_no(), align="R")

pdf = Doc(format="A4"); pdf.set_margins(22, 15, 22); pdf.set_auto_page_break(True, 18)
pdf.alias_nb_pages(); pdf.add_page()
W = pdf.epw
def para(txt, h=5.2, style="", size=10, align="J"):
    pdf.set_font("Helvetica", style, size); pdf.multi_cell(W, h, txt, align=align, new_x="LMARGIN", new_y="NEXT")
def center(txt, size=11, style="B"):
    pdf.set_font("Helvetica", style, size); pdf.cell(W, 7, txt, align="C", new_x="LMARGIN", new_y="NEXT")

center("ORIGINALE", 9, "")
center("DELIBERAZIONE DELLA GIUNTA COMUNALE", 12)
center("N. 64  -  Seduta del 18 marzo 2025", 11, "")
pdf.ln(3)
pdf.set_font("Helvetica", "B", 10)
pdf.multi_cell(W, 5.2, "OGGETTO: APPROVAZIONE DEL PIANO OPERATIVO DEGLI INTERVENTI DI MANUTENZIONE DEL VERDE "
               "PUBBLICO PER LA STAGIONE 2025.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("L'anno duemilaventicinque, addì diciotto del mese di marzo, alle ore nove e trenta, nella sala delle "
     "adunanze della Residenza Comunale, a seguito di regolare convocazione, si è riunita la Giunta Comunale.")
para("Risultano presenti i Signori: Lorenzo Pecorari, Sindaco; Silvia Falasconi, Vice Sindaco; Andrea Coletti, "
     "Assessore; Marta Bonifazi, Assessore; Giovanni Trabalza, Assessore.")
para("Risultano assenti i Signori: Chiara Menichelli, Assessore; Giacomo Tordelli, Assessore.")
para("Assume la presidenza il Sig. Lorenzo Pecorari, nella sua qualità di Sindaco, il quale, constatata la presenza "
     "del numero legale, dichiara aperta la seduta. Partecipa il Segretario Generale Dott. Fabrizio Alunni, "
     "incaricato della redazione del presente verbale.")
pdf.ln(2); center("LA GIUNTA COMUNALE")
for p in [
    "PREMESSO che il Comune di Foligno gestisce un patrimonio di aree verdi pubbliche pari a circa 1.350.000 metri "
    "quadrati, comprendente parchi urbani, giardini scolastici, aiuole spartitraffico e alberature stradali;",
    "RICHIAMATA la deliberazione del Consiglio Comunale n. 12 del 30 gennaio 2025, con la quale sono stati approvati "
    "il Documento Unico di Programmazione ed il bilancio di previsione 2025-2027;",
    "VISTA la relazione predisposta dal Servizio Ambiente e Verde Pubblico in data 7 marzo 2025, che individua le "
    "priorità di intervento, la calendarizzazione degli sfalci, le potature straordinarie e la sostituzione delle "
    "alberature ammalorate lungo viale Firenze e via Nazario Sauro;",
    "CONSIDERATO che il piano prevede una spesa complessiva di Euro 412.000,00, finanziata con risorse proprie "
    "dell'Ente iscritte al capitolo 2460 del bilancio 2025;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267;",
    "Con voti favorevoli n. 5, contrari nessuno, astenuti nessuno, espressi nei modi di legge,"]:
    para(p); pdf.ln(1)
pdf.ln(1); center("DELIBERA")
for i, p in enumerate([
    "di approvare il Piano operativo degli interventi di manutenzione del verde pubblico per la stagione 2025, "
    "allegato alla presente quale parte integrante e sostanziale;",
    "di dare atto che la spesa complessiva di Euro 412.000,00 trova copertura al capitolo 2460 del bilancio di "
    "previsione 2025-2027, annualità 2025;",
    "di incaricare il Dirigente dell'Area Lavori Pubblici e Ambiente di dare attuazione al piano, anche mediante "
    "il ricorso agli accordi quadro vigenti."], 1):
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(8, 5.2, "%d)" % i)
    pdf.multi_cell(W - 8, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.ln(1)
para("Inoltre, stante l'urgenza di avviare le operazioni di sfalcio primaverile, con successiva votazione "
     "unanime e palese, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi "
     "dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
pdf.ln(8)
pdf.set_font("Helvetica", "", 10)
pdf.cell(W/2, 5, "IL SINDACO", align="C"); pdf.cell(W/2, 5, "IL SEGRETARIO GENERALE", align="C",
                                                     new_x="LMARGIN", new_y="NEXT")
pdf.cell(W/2, 5, "Lorenzo Pecorari", align="C"); pdf.cell(W/2, 5, "Dott. Fabrizio Alunni", align="C",
                                                          new_x="LMARGIN", new_y="NEXT")
pdf.output(out("giunta-foligno-prose.pdf"))
