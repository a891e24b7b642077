# Provincia di Viterbo: AVVISO PUBBLICO (manifestazione di interesse), body set in two columns
# with fpdf2 text_columns; running head and foot on every page.
import sys
from fpdf import FPDF
out = sys.argv[1]
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 13); self.cell(0, 7, "PROVINCIA DI VITERBO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 9); self.cell(0, 5, "Settore Viabilità e Infrastrutture – Servizio Manutenzione Strade Area Nord", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1); self.ln(5)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "I", 7.5)
        self.cell(0, 5, "Via Saffi, 49 – 01100 Viterbo – PEC provinciavt@legalmail.it – pag. %d/{nb}" % self.page_no(), align="C")
p = P(format="A4"); p.set_margins(15, 12, 15); p.set_auto_page_break(True, 20)
p.add_font("LS", "", F + "LiberationSerif-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSerif-Bold.ttf")
p.add_font("LS", "I", F + "LiberationSerif-Italic.ttf")
p.set_producer("Maggioli Sicr@Web – fpdf"); p.set_title("Avviso pubblico prot. 7741/2026")
p.add_page()
p.set_font("LS", "", 10); p.cell(0, 5, "Prot. n. 7741 del 13/03/2026", align="R", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("LS", "B", 14); p.cell(0, 8, "AVVISO PUBBLICO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "B", 11)
p.multi_cell(0, 5.5, "MANIFESTAZIONE DI INTERESSE PER L'AFFIDAMENTO DEL SERVIZIO DI SGOMBERO NEVE E SPARGIMENTO SALE SULLE STRADE PROVINCIALI DELL'AREA NORD – STAGIONE INVERNALE 2026/2027", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(4)
paras = [
 ("Art. 1 – Oggetto", "La Provincia di Viterbo intende acquisire manifestazioni di interesse da parte di operatori economici da invitare alla procedura negoziata, ai sensi dell'art. 50, comma 1, lett. e) del D.Lgs. 36/2023, per il servizio di sgombero neve e spargimento di sale e graniglia sulle strade provinciali dei comprensori di Acquapendente, Bolsena, Grotte di Castro e Onano."),
 ("Art. 2 – Durata e importo", "Il servizio ha durata dal 15 novembre 2026 al 31 marzo 2027. L'importo stimato è di euro 138.500,00 oltre IVA, di cui euro 2.700,00 per oneri della sicurezza non soggetti a ribasso. Il servizio è suddiviso in quattro lotti funzionali corrispondenti ai comprensori indicati all'art. 1."),
 ("Art. 3 – Requisiti", "Possono presentare manifestazione di interesse gli operatori economici in possesso dei requisiti di ordine generale di cui agli artt. 94 e seguenti del D.Lgs. 36/2023, iscritti alla C.C.I.A.A. per attività coerenti con l'oggetto e che dispongano di almeno un mezzo dotato di lama sgombraneve e di spargitore omologato per ciascun lotto."),
 ("Art. 4 – Modalità di presentazione", "Le manifestazioni di interesse, redatte sul modello allegato (Allegato 1), devono pervenire esclusivamente tramite la piattaforma telematica di e-procurement della Provincia entro le ore 12:00 del giorno 10 aprile 2026. Non saranno prese in considerazione istanze pervenute con modalità diverse."),
 ("Art. 5 – Selezione degli operatori", "Qualora pervengano più di dieci manifestazioni di interesse per lotto, la Stazione appaltante procederà a sorteggio pubblico in seduta telematica, della quale sarà data notizia sul sito istituzionale con almeno tre giorni di anticipo."),
 ("Art. 6 – Trattamento dei dati", "I dati personali saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è la Provincia di Viterbo."),
 ("Art. 7 – Responsabile del procedimento", "Il Responsabile Unico del Progetto è il geom. Marco Ciorba, tel. 0761 313 418, e-mail m.ciorba@provincia.vt.it. Il presente avviso è pubblicato all'Albo pretorio on line e nella sezione Amministrazione Trasparente per quindici giorni."),
]
with p.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.15, balance=True) as cols:
    for h, t in paras:
        p.set_font("LS", "B", 10); cols.write(h + "\n")
        p.set_font("LS", "", 10); cols.write(t + "\n\n")
p.ln(6)
p.set_font("LS", "", 10); p.cell(0, 5, "Viterbo, 13 marzo 2026", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_x(120); p.cell(0, 5, "IL DIRIGENTE DEL SETTORE", new_x="LMARGIN", new_y="NEXT")
p.set_x(120); p.set_font("LS", "B", 10); p.cell(0, 5, "ing. Paola Ceccarelli", new_x="LMARGIN", new_y="NEXT")
p.set_x(120); p.set_font("LS", "I", 8); p.cell(0, 4, "(firmato digitalmente)")
p.output(out)
