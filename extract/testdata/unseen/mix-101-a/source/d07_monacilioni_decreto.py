# Monacilioni: decreto sindacale, fpdf2; letterhead label grid and footer repeated on every page; Albo stamp rotated 90 degrees
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV", "B", 13); self.cell(0, 6, "COMUNE DI MONACILIONI", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 9); self.cell(0, 5, "Provincia di Campobasso – Via Municipio, 1 – 86040 Monacilioni (CB)", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(60); self.set_line_width(0.6); self.line(20, self.get_y() + 1, 190, self.get_y() + 1); self.ln(4)
        self.set_font("DV", "", 8); self.set_fill_color(235)
        self.cell(25, 6, "Organo", border=1, fill=True); self.cell(45, 6, "IL SINDACO", border=1)
        self.cell(25, 6, "Decreto", border=1, fill=True); self.cell(75, 6, "n. 4 del 27.03.2026", border=1, new_x="LMARGIN", new_y="NEXT")
        self.ln(5)
        # rotated Albo stamp in the left margin
        with self.rotation(90, 12, 200):
            self.set_font("DV", "", 7); self.set_text_color(120)
            self.text(12, 200, "ALBO PRETORIO ON LINE – Pubblicato dal 27.03.2026 al 11.04.2026 – Reg. pubbl. n. 131")
            self.set_text_color(0)
    def footer(self):
        self.set_y(-15); self.set_font("DV", "", 7.5)
        self.cell(0, 5, "Comune di Monacilioni – Decreto sindacale n. 4/2026 – pagina %d di {nb}" % self.page_no(), align="C")
p = P(format="A4"); p.set_margins(20, 15, 20); p.alias_nb_pages()
p.add_font("DV", "", F + "DejaVuSans.ttf"); p.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
p.set_auto_page_break(True, 22); p.add_page()
p.set_font("DV", "B", 11); p.cell(0, 7, "DECRETO SINDACALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "B", 10); p.write(5.5, "OGGETTO: "); p.set_font("DV", "", 10)
p.write(5.5, "Nomina del Responsabile del Settore Tecnico – Manutentivo e conferimento dell'incarico di Elevata Qualificazione per il periodo 1° aprile 2026 – 31 dicembre 2026."); p.ln(9)
p.set_font("DV", "B", 10); p.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
body = [
 "Visti gli articoli 50, comma 10, e 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267, in base ai quali nei Comuni privi di personale di qualifica dirigenziale le funzioni di cui all'art. 107 possono essere attribuite ai responsabili degli uffici e dei servizi;",
 "Visto il vigente Regolamento sull'ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta comunale n. 41 del 14.11.2019 e successive modificazioni;",
 "Visto il Contratto Collettivo Nazionale di Lavoro del comparto Funzioni Locali del 16 novembre 2022, articoli 16 e seguenti, relativi agli incarichi di Elevata Qualificazione;",
 "Dato atto che con decorrenza 1° aprile 2026 è stato assunto a tempo pieno e indeterminato, a seguito di procedura concorsuale, l'ing. Giuseppe Carano, inquadrato nell'Area dei Funzionari e dell'Elevata Qualificazione;",
 "Ritenuto che il dipendente possieda i requisiti culturali e professionali e l'esperienza necessari per lo svolgimento delle funzioni di responsabile del Settore Tecnico – Manutentivo;",
 "Dato atto che la retribuzione di posizione è determinata in € 9.500,00 annui lordi per tredici mensilità, in conformità alla pesatura approvata dalla Giunta comunale, e che la retribuzione di risultato sarà corrisposta a seguito della valutazione annuale;",
]
for t in body: p.multi_cell(0, 5.5, t, align="J"); p.ln(1.5)
p.ln(2); p.set_font("DV", "B", 10); p.cell(0, 6, "DECRETA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
pts = [
 "di nominare l'ing. Giuseppe Carano Responsabile del Settore Tecnico – Manutentivo, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000, per il periodo dal 1° aprile 2026 al 31 dicembre 2026;",
 "di conferire al medesimo l'incarico di Elevata Qualificazione, con la retribuzione di posizione indicata in premessa;",
 "di individuare quale sostituto, in caso di assenza o impedimento, il Segretario comunale;",
 "di notificare il presente decreto all'interessato e di trasmetterlo al Settore Amministrativo – Contabile per gli adempimenti di competenza;",
 "di disporre la pubblicazione del presente decreto all'Albo pretorio on line e nella sezione Amministrazione Trasparente del sito istituzionale.",
]
for i, t in enumerate(pts, 1):
    p.cell(8, 5.5, "%d." % i); p.multi_cell(0, 5.5, t, align="J"); p.ln(1.5)
p.ln(6); p.cell(0, 5.5, "Monacilioni, 27.03.2026", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.cell(0, 5.5, "IL SINDACO", align="R", new_x="LMARGIN", new_y="NEXT"); p.cell(0, 5.5, "Domenico Iacovelli", align="R", new_x="LMARGIN", new_y="NEXT")
p.ln(8); p.set_font("DV", "", 8.5)
p.multi_cell(0, 4.5, "Per accettazione: ing. Giuseppe Carano\nDocumento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate.")
p.set_producer("Halley PDF Engine 4.1"); p.output(sys.argv[1])
