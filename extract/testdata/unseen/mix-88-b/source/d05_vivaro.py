# fpdf2: decreto sindacale, letterhead running head and foot on every page, 2 pages
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DS", "B", 13); self.cell(0, 7, "COMUNE DI VIVARO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DS", "", 8); self.cell(0, 4, "Regione Autonoma Friuli Venezia Giulia – Via Roma, 1 – 33099 Vivaro (PN)", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y()+2, 190, self.get_y()+2); self.ln(8)
    def footer(self):
        self.set_y(-15); self.set_font("DS", "", 7)
        self.cell(0, 5, f"Decreto del Sindaco n. 4 del 02.03.2026 – pag. {self.page_no()}/{{nb}}", align="C")
p = P(format="A4"); p.set_margins(20, 15, 20); p.alias_nb_pages()
p.add_font("DS", "", F + "DejaVuSerif.ttf"); p.add_font("DS", "B", F + "DejaVuSerif-Bold.ttf"); p.add_font("DS", "I", F + "DejaVuSerif-Italic.ttf")
p.set_creator("Civilia Next"); p.set_producer("Insiel PDF Writer 3.2")
p.add_page()
p.set_font("DS", "B", 14); p.cell(0, 8, "DECRETO SINDACALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DS", "", 11); p.cell(0, 6, "N. 4 del 2.3.2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DS", "B", 10.5)
p.multi_cell(0, 5.5, "OGGETTO: Nomina della Responsabile dell'Area Economico-Finanziaria e conferimento dell'incarico di Elevata Qualificazione per il periodo 1 marzo 2026 – 31 dicembre 2026.", border=1, padding=2); p.ln(4)
p.set_font("DS", "B", 11); p.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DS", "", 10.5)
body = ["RICHIAMATI l'art. 50, comma 10, e l'art. 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267, i quali attribuiscono al Sindaco la nomina dei responsabili degli uffici e dei servizi nei Comuni privi di personale con qualifica dirigenziale;",
 "VISTO il Contratto Collettivo Regionale di Lavoro del personale non dirigente del Comparto unico del Friuli Venezia Giulia sottoscritto il 20 dicembre 2024, e in particolare le disposizioni sugli incarichi di Elevata Qualificazione;",
 "VISTO il vigente Regolamento sull'ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta comunale n. 58 del 14.11.2023;",
 "PRESO ATTO che la dipendente rag. Elisa Cozzarin, istruttore direttivo contabile a tempo pieno e indeterminato, possiede i requisiti culturali e l'esperienza professionale necessari, come risulta dal curriculum agli atti;",
 "DATO ATTO che l'interessata ha reso la dichiarazione di insussistenza di cause di inconferibilità e incompatibilità ai sensi del D.Lgs. 8 aprile 2013, n. 39;",
 "SENTITO il Segretario comunale;"]
for t in body: p.multi_cell(0, 5.5, t, align="J"); p.ln(2)
p.set_font("DS", "B", 11); p.cell(0, 8, "D E C R E T A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DS", "", 10.5)
pts = ["di nominare la rag. Elisa Cozzarin Responsabile dell'Area Economico-Finanziaria, comprendente i servizi Ragioneria, Economato, Tributi e Personale (parte economica), con decorrenza 1 marzo 2026 e fino al 31 dicembre 2026;",
 "di attribuire alla medesima le funzioni di cui all'art. 107 del D.Lgs. 267/2000 e la titolarità dell'incarico di Elevata Qualificazione;",
 "di determinare la retribuzione di posizione in euro 9.500,00 annui lordi per tredici mensilità, oltre alla retribuzione di risultato nella misura prevista dal contratto;",
 "di individuare quale sostituto, in caso di assenza o impedimento, il Segretario comunale dott. Andrea Sist;",
 "di notificare il presente decreto all'interessata e di pubblicarlo all'Albo pretorio on line e nella sezione Amministrazione trasparente."]
for i, t in enumerate(pts, 1): p.multi_cell(0, 5.5, f"{i}) {t}", align="J"); p.ln(2)
p.ln(6); p.set_x(110); p.set_font("DS", "B", 10.5); p.cell(80, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.set_font("DS", "", 10.5); p.cell(80, 6, "Mauro Candido", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.set_font("DS", "I", 8); p.cell(80, 5, "(firmato digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_font("DS", "", 9); p.multi_cell(0, 5, "Per accettazione: rag. Elisa Cozzarin – Vivaro, 2.3.2026")
p.output(sys.argv[1])
