# Unione Montana Comelico: fpdf2, letterhead header and footer repeated on every page, 2 pages
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV", "B", 13); self.cell(0, 6, "UNIONE MONTANA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 6, "COMELICO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8)
        self.cell(0, 4, "Comelico Superiore · Danta di Cadore · San Nicolò di Comelico · San Pietro di Cadore · Santo Stefano di Cadore", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 2, 190, self.get_y() + 2); self.ln(6)
    def footer(self):
        self.set_y(-15); self.set_font("DV", "", 7.5)
        self.cell(0, 4, "Decreto del Presidente DEC-2026-0005 – Piazza Roma 21, 32040 Santo Stefano di Cadore (BL) – pagina %d di {nb}" % self.page_no(), align="C")
pdf = P(format="A4"); pdf.set_margins(20, 15, 20); pdf.set_auto_page_break(True, 22)
pdf.add_font("DV", "", F + "DejaVuSerif.ttf"); pdf.add_font("DV", "B", F + "DejaVuSerif-Bold.ttf"); pdf.add_font("DV", "I", F + "DejaVuSerif-Italic.ttf")
pdf.set_producer("JSibac Atti 5 / FPDF"); pdf.alias_nb_pages()
pdf.add_page()
pdf.set_font("DV", "B", 12); pdf.cell(0, 7, "DECRETO DEL PRESIDENTE DELL'UNIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 11); pdf.cell(0, 6, "DEC-2026-0005", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
pdf.set_font("DV", "B", 10.5)
pdf.multi_cell(0, 5.5, "OGGETTO: Individuazione del Responsabile del Servizio associato di Protezione Civile dei Comuni di Comelico Superiore, Danta di Cadore, San Nicolò di Comelico, San Pietro di Cadore e Santo Stefano di Cadore.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3); pdf.cell(0, 6, "IL PRESIDENTE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 10.5)
prem = ["Premesso che i Comuni del Comelico hanno conferito all'Unione Montana, con convenzione approvata dai rispettivi Consigli comunali, l'esercizio associato della funzione di pianificazione di protezione civile e di coordinamento dei primi soccorsi;",
 "Visto il D.Lgs. 2 gennaio 2018, n. 1, Codice della protezione civile, e la legge regionale del Veneto 27 novembre 1984, n. 58, e successive modificazioni;",
 "Visto l'articolo 50, comma 10, e l'articolo 109 del D.Lgs. 18 agosto 2000, n. 267, che attribuiscono al vertice dell'ente il potere di nomina dei responsabili degli uffici e dei servizi;",
 "Visto il regolamento sull'ordinamento degli uffici e dei servizi dell'Unione, approvato con deliberazione della Giunta n. 14 del 2023;",
 "Considerato che il piano intercomunale di protezione civile, aggiornato nel corso del 2025, individua un'unica struttura di coordinamento per tutti i Comuni della valle, con sede presso la Centrale operativa di Santo Stefano di Cadore;",
 "Ritenuto di individuare quale Responsabile del Servizio associato l'ing. Chiara De Martin Topranin, funzionaria tecnica dell'Unione, in possesso della professionalità e dell'esperienza richieste, anche in considerazione degli incarichi svolti durante gli eventi meteorologici dell'autunno 2025;",
 "Sentita la Conferenza dei Sindaci nella seduta del 12 marzo 2026;",
 "Dato atto che l'incarico comporta l'attribuzione della posizione di Elevata Qualificazione prevista dal CCNL Funzioni Locali 16 novembre 2022, con la retribuzione di posizione determinata secondo il sistema di pesatura vigente;"]
for p in prem:
    pdf.multi_cell(0, 5.5, p, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.set_font("DV", "B", 11); pdf.cell(0, 7, "DECRETA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 10.5)
pts = ["di individuare l'ing. Chiara De Martin Topranin quale Responsabile del Servizio associato di Protezione Civile, con decorrenza dal 1° aprile 2026 e fino alla scadenza del mandato del Presidente;",
 "di attribuire alla stessa le funzioni di cui all'articolo 107 del D.Lgs. 267/2000 per le materie del servizio associato, compresa la gestione delle risorse assegnate nel piano esecutivo di gestione;",
 "di stabilire che, in caso di assenza o impedimento, le funzioni siano svolte dal geom. Enrico Zandonella Necca, istruttore tecnico del servizio;",
 "di trasmettere il presente decreto all'interessata, ai Sindaci dei Comuni associati e alla Prefettura di Belluno, e di pubblicarlo all'Albo on line dell'Unione."]
for i, p in enumerate(pts, 1):
    pdf.cell(8, 5.5, "%d." % i); pdf.multi_cell(0, 5.5, p, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(4)
pdf.cell(0, 6, "Santo Stefano di Cadore, 23 marzo 2026", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
pdf.set_x(115); pdf.cell(0, 5.5, "IL PRESIDENTE DELL'UNIONE", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115); pdf.cell(0, 5.5, "Alessandro Casanova Borca", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115); pdf.set_font("DV", "I", 8.5); pdf.cell(0, 5, "firmato digitalmente", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
