# Comune di Roccasecca: decreto sindacale whose number appears only in the running foot (fpdf2)
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class D(FPDF):
    def header(self):
        self.set_font("DS", "", 8); self.set_text_color(90)
        self.cell(0, 5, "Città di Roccasecca – Provincia di Frosinone – Ufficio del Sindaco", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0); self.ln(2)
    def footer(self):
        self.set_y(-15); self.set_font("DS", "", 8)
        self.line(20, self.get_y() - 1, 190, self.get_y() - 1)
        self.cell(120, 5, "Decreto sindacale n. 6 del 19/03/2026")
        self.cell(0, 5, "pagina %d di {nb}" % self.page_no(), align="R")
pdf = D(format="A4"); pdf.set_margins(20, 15, 20); pdf.set_auto_page_break(True, 22)
pdf.add_font("DS", "", F + "DejaVuSerif.ttf"); pdf.add_font("DS", "B", F + "DejaVuSerif-Bold.ttf"); pdf.add_font("DS", "I", F + "DejaVuSerif-Italic.ttf")
pdf.set_producer("PyFPDF/fpdf2"); pdf.set_title("Decreto sindacale")
pdf.add_page()
pdf.set_font("DS", "B", 17); pdf.cell(0, 9, "CITTÀ DI ROCCASECCA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DS", "", 10); pdf.cell(0, 5, "Provincia di Frosinone", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Piazza Municipio 1 – 03038 Roccasecca (FR)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("DS", "B", 14); pdf.cell(0, 8, "DECRETO DEL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DS", "B", 10.5); pdf.cell(22, 6, "Oggetto:")
pdf.set_font("DS", "", 10.5)
pdf.multi_cell(0, 6, "Nomina del Responsabile dell'Area Economico-Finanziaria e conferimento dell'incarico di Elevata Qualificazione per il periodo 1° aprile 2026 – 31 dicembre 2026.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("DS", "B", 11); pdf.cell(0, 7, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
prem = [
"Visto l'articolo 50, comma 10, del decreto legislativo 18 agosto 2000, n. 267, che attribuisce al Sindaco la nomina dei responsabili degli uffici e dei servizi;",
"Visto l'articolo 109, comma 2, del medesimo decreto legislativo, secondo il quale nei comuni privi di personale di qualifica dirigenziale le funzioni dirigenziali possono essere attribuite ai responsabili degli uffici o dei servizi;",
"Visto il Contratto collettivo nazionale di lavoro del personale del comparto Funzioni locali del 16 novembre 2022, e in particolare gli articoli 16 e seguenti, che disciplinano gli incarichi di Elevata Qualificazione;",
"Visto il Regolamento sull'ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta comunale n. 87 del 14 settembre 2023, e la relativa metodologia di graduazione delle posizioni;",
"Richiamato il proprio precedente decreto n. 1 del 2 gennaio 2026, con il quale le funzioni di responsabile dell'Area Economico-Finanziaria sono state attribuite in via provvisoria al Segretario comunale fino al 31 marzo 2026;",
"Dato atto che, a seguito della procedura di progressione tra le aree conclusa con determinazione n. 412 del 27 febbraio 2026, la dott.ssa Valentina Di Mambro è stata inquadrata nell'Area dei Funzionari e dell'Elevata Qualificazione, con decorrenza 1° marzo 2026;",
"Valutati il curriculum professionale della dipendente, l'esperienza maturata nella gestione del bilancio e dei tributi comunali e le attitudini dimostrate, come risultanti dal fascicolo personale;",
"Ritenuto di conferire l'incarico di Elevata Qualificazione per l'Area Economico-Finanziaria fino al 31 dicembre 2026, in coerenza con la durata del mandato amministrativo e con il Piano integrato di attività e organizzazione 2026-2028;",
"Sentito il Segretario comunale, dott. Antonio Iannarelli;",
]
pdf.set_font("DS", "", 10.5)
for t in prem:
    pdf.multi_cell(0, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(2); pdf.set_font("DS", "B", 11); pdf.cell(0, 7, "DECRETA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pts = [
"di nominare la dott.ssa Valentina Di Mambro Responsabile dell'Area Economico-Finanziaria, comprendente i servizi Bilancio e Contabilità, Tributi, Economato e Personale – parte economica, con decorrenza dal 1° aprile 2026 e fino al 31 dicembre 2026;",
"di conferire alla medesima l'incarico di Elevata Qualificazione, con attribuzione delle funzioni di cui all'articolo 107 del decreto legislativo n. 267/2000;",
"di attribuire la retribuzione di posizione annua di euro 12.500,00 lordi per tredici mensilità e di riconoscere la retribuzione di risultato nella misura massima del 20 per cento, previa valutazione annuale;",
"di individuare quale sostituto, in caso di assenza o impedimento, il Responsabile dell'Area Amministrativa, dott. Giorgio Capuano;",
"di trasmettere il presente decreto all'interessata, al Segretario comunale e all'Ufficio Personale, e di pubblicarlo all'Albo pretorio on line e nella sezione Amministrazione trasparente.",
]
pdf.set_font("DS", "", 10.5)
for i, t in enumerate(pts, 1):
    x = pdf.get_x(); pdf.cell(8, 5.6, "%d." % i); pdf.multi_cell(0, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(4)
pdf.cell(0, 6, "Roccasecca, 19 marzo 2026", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
pdf.set_x(115); pdf.set_font("DS", "B", 10.5); pdf.cell(75, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115); pdf.set_font("DS", "", 10.5); pdf.cell(75, 6, "avv. Giuseppe Sacco", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115); pdf.set_font("DS", "I", 8.5); pdf.cell(75, 5, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6); pdf.set_font("DS", "", 9)
pdf.multi_cell(0, 5, "Per accettazione: dott.ssa Valentina Di Mambro", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
