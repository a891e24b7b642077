# Ordinanza del Responsabile del Servizio Polizia Locale, Colere: fpdf2, label grid on the right, running foot on every page
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"; FB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
class P(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("dv", "", 7.5)
        self.cell(0, 5, "Comune di Colere – Ordinanza n. 7 del 18.3.2026 – pag. %d/{nb}" % self.page_no(), align="C")
p = P(format="A4"); p.set_producer("Maggioli Sicraweb – Stampa documenti"); p.set_title("Ordinanza 7/2026")
p.add_font("dv", "", F); p.add_font("dv", "B", FB); p.set_margins(20, 15, 20); p.add_page()
p.set_font("dv", "B", 15); p.cell(95, 8, "COMUNE DI COLERE", new_x="LEFT", new_y="NEXT")
p.set_font("dv", "", 9); p.cell(95, 5, "Provincia di Bergamo", new_x="LEFT", new_y="NEXT")
p.cell(95, 5, "Via Tortola, 3 – 24020 Colere (BG)")
p.set_xy(120, 15); p.set_font("dv", "", 8.5)
for k, v in [("Settore", "Settore Vigilanza"), ("Servizio", "Servizio Polizia Locale"), ("Ufficio", "Ufficio Viabilità e Traffico")]:
    p.set_x(118); p.set_fill_color(230, 230, 230); p.cell(20, 6, k, border=1, fill=True); p.cell(52, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(8); p.line(20, p.get_y(), 190, p.get_y()); p.ln(4)
p.set_font("dv", "B", 13); p.cell(0, 7, "ORDINANZA N. 7 DEL 18.3.2026", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "", 9.5); p.cell(0, 5, "del Responsabile del Servizio Polizia Locale, comm. Sergio Bonaldi", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("dv", "B", 10); p.multi_cell(0, 5.2, "OGGETTO: Disciplina temporanea della circolazione stradale in via Dezzo, via Carbonera e sulla strada comunale per il Passo della Presolana in occasione della gara di sci alpinismo “Trofeo Ferrante Alvaro 2026” del 22 marzo 2026.", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("dv", "B", 10.5); p.cell(0, 6, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "", 10)
for s in ["Vista la richiesta presentata in data 02.3.2026, prot. n. 811, dallo Sci Club Presolana Colere, organizzatore della gara di sci alpinismo “Trofeo Ferrante Alvaro 2026” in programma domenica 22 marzo 2026, con partenza e arrivo in piazza del Comune;",
          "Considerato che per garantire la sicurezza degli atleti, del pubblico e degli addetti all'organizzazione è necessario vietare la circolazione e la sosta dei veicoli lungo le vie interessate dalla manifestazione;",
          "Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione; visto l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;"]:
    p.multi_cell(0, 5.2, s, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.set_font("dv", "B", 10.5); p.cell(0, 7, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", "", 10)
for i, s in enumerate(["il divieto di transito e di sosta con rimozione forzata a tutti i veicoli in via Dezzo e in via Carbonera dalle ore 6:00 alle ore 14:00 di domenica 22 marzo 2026;",
                       "la chiusura al traffico della strada comunale per il Passo della Presolana, dal km 0+000 al km 4+300, dalle ore 7:30 alle ore 13:00 del medesimo giorno, eccettuati i mezzi di soccorso e dell'organizzazione;",
                       "all'organizzazione di posizionare la prescritta segnaletica almeno 48 ore prima e di presidiare le intersezioni con proprio personale munito di paletta."], 1):
    p.cell(8, 5.2, "%d." % i); p.multi_cell(0, 5.2, s, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.multi_cell(0, 5.2, "Avverso la presente ordinanza è ammesso ricorso al T.A.R. Lombardia – Sezione di Brescia entro 60 giorni, ovvero ricorso al Ministero delle Infrastrutture e dei Trasporti entro 60 giorni ai sensi dell'art. 37, comma 3, del Codice della Strada.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.cell(0, 5, "Colere, 18.3.2026", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_x(115); p.multi_cell(75, 5, "Il Responsabile del Servizio Polizia Locale\ncomm. Sergio Bonaldi", align="C")
p.output(sys.argv[1])
