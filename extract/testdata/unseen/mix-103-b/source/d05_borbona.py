# Giunta comunale of Borbona (RI): fpdf2, running head and foot repeated on every page, date in words,
# roll in prose, presidency and secretary in a closing sentence.
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV", "", 8); self.set_text_color(90)
        self.cell(0, 5, "Comune di Borbona – Deliberazione G.C. n. 15 del 26.3.2026", new_x="LMARGIN", new_y="NEXT", align="R")
        self.line(20, 17, 190, 17); self.ln(4); self.set_text_color(0)
    def footer(self):
        self.set_y(-15); self.set_font("DV", "", 8); self.set_text_color(90)
        self.cell(0, 5, f"Piazza del Municipio, 1 – 02010 Borbona (RI) – pag. {self.page_no()} di {{nb}}", align="C")
p = P("P", "mm", "A4"); p.set_margins(20, 15, 20)
p.add_font("DV", "", F + "DejaVuSerif.ttf"); p.add_font("DV", "B", F + "DejaVuSerif-Bold.ttf"); p.add_font("DV", "I", F + "DejaVuSerif-Italic.ttf")
p.set_producer("Halley PDF Export 4.0"); p.set_title("DGC 15/2026"); p.alias_nb_pages()
p.add_page()
def t(s, st="", sz=10.5, al="J", h=5.6):
    p.set_font("DV", st, sz); p.multi_cell(0, h, s, align=al, new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
t("COMUNE DI BORBONA", "B", 16, "C", 8); t("Provincia di Rieti", "I", 10, "C")
p.ln(2); t("ORIGINALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "B", 11, "C")
p.set_font("DV", "B", 10.5); p.cell(85, 8, "Numero 15", border=1, align="C"); p.cell(85, 8, "Data 26.3.2026", border=1, align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
t("OGGETTO: Adesione al progetto \"Borghi dell'Alto Velino\" per la promozione turistica integrata del territorio e approvazione dello schema di accordo con i Comuni di Posta e Cittareale.", "B")
t("L'anno duemilaventisei, addì ventisei del mese di marzo, alle ore 10:30, nella sede municipale, a seguito di regolare convocazione, si è riunita la Giunta Comunale nelle persone dei signori: Tosti Ermanno, Sindaco, presente; Cirilli Valentina, Vice Sindaco, presente; Mariani Paolo, Assessore, assente.")
t("Essendo legale il numero degli intervenuti, l'avv. Ermanno Tosti, Sindaco, assume la presidenza e dichiara aperta la seduta. Assiste il Vice Segretario rag. Antonella Petrangeli, Responsabile dell'Area Amministrativa, che cura la redazione del presente verbale.")
t("LA GIUNTA COMUNALE", "B", 11, "C")
for s in ["PREMESSO che i Comuni dell'Alto Velino hanno condiviso l'esigenza di promuovere in forma coordinata il patrimonio storico, naturalistico ed enogastronomico dei rispettivi territori, anche mediante la partecipazione congiunta ai bandi regionali per la valorizzazione dei piccoli borghi;",
          "CONSIDERATO che il Comune di Posta, individuato quale ente capofila, ha trasmesso con nota prot. n. 1204 del 10.3.2026 lo schema di accordo ai sensi dell'art. 15 della Legge 7 agosto 1990, n. 241;",
          "RITENUTO che l'adesione al progetto sia coerente con gli obiettivi del Documento Unico di Programmazione 2026-2028 e che la quota di compartecipazione a carico del Comune, pari a € 3.000,00 per ciascuna annualità, trovi copertura nel bilancio di previsione;",
          "VISTI i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
          "Con votazione unanime e favorevole resa in forma palese;"]:
    t(s)
t("D E L I B E R A", "B", 11, "C")
pts = ["di aderire al progetto \"Borghi dell'Alto Velino\" per la promozione turistica integrata del territorio;",
       "di approvare lo schema di accordo tra i Comuni di Borbona, Posta e Cittareale, allegato alla presente quale parte integrante;",
       "di autorizzare il Sindaco alla sottoscrizione dell'accordo;",
       "di prenotare la spesa di € 3.000,00 sul capitolo 7210 del bilancio 2026 e di demandare al Responsabile dell'Area Amministrativa gli atti conseguenti;",
       "di comunicare la presente deliberazione ai capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000."]
for i, s in enumerate(pts, 1):
    p.set_font("DV", "", 10.5); p.cell(8, 5.6, f"{i})"); p.multi_cell(0, 5.6, s, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
t("Con successiva votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
p.ln(3); t("Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto.")
p.ln(4); p.set_font("DV", "B", 10.5); p.cell(85, 6, "IL SINDACO", align="C"); p.cell(85, 6, "IL VICE SEGRETARIO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 10.5); p.cell(85, 6, "avv. Ermanno Tosti", align="C"); p.cell(85, 6, "rag. Antonella Petrangeli", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(8); t("CERTIFICATO DI PUBBLICAZIONE", "B", 10, "C")
t("Copia della presente deliberazione viene pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi dal 27.3.2026 ai sensi dell'art. 124 del D.Lgs. 267/2000. Il Vice Segretario – rag. Antonella Petrangeli", "", 9.5)
p.output(sys.argv[1])
