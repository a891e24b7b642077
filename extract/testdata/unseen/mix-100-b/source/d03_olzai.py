# Comune di Olzai (NU) - Giunta deliberation made with fpdf2: label grid at the top, roll with a column
# for the time each member joined the sitting, vote stated in prose.
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7.5); self.set_text_color(90)
        self.cell(0, 5, "Comune di Olzai – Deliberazione della Giunta Comunale n. 18 del 05/03/2026 – pag. %d/{nb}" % self.page_no(), align="C")
pdf = P(format="A4"); pdf.set_margins(22, 16, 20); pdf.set_auto_page_break(True, 20)
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf"); pdf.add_font("LS", "I", F + "LiberationSans-Italic.ttf")
pdf.set_creator("SIBAR Atti – Sardegna IT"); pdf.set_producer("fpdf2 2.8 / SIBAR"); pdf.set_title("Delibera GC 18/2026")
pdf.add_page()
pdf.set_font("LS", "B", 17); pdf.cell(0, 8, "COMUNE DI OLZAI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5); pdf.cell(0, 5, "Provincia di Nuoro – Via Vittorio Emanuele, 6 – 08020 Olzai", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_fill_color(225, 232, 240)
def lab(l, v, w1, w2, last=False):
    pdf.set_font("LS", "B", 8); pdf.cell(w1, 7, l, border=1, fill=True)
    pdf.set_font("LS", "", 10); pdf.cell(w2, 7, v, border=1, new_x="LMARGIN" if last else "RIGHT", new_y="NEXT" if last else "TOP")
lab("ORGANO", "Giunta Comunale", 24, 60); lab("N.", "18", 10, 18); lab("DATA", "05/03/2026", 16, 40, True)
pdf.set_font("LS", "B", 8); x0, y0 = pdf.get_x(), pdf.get_y(); pdf.cell(24, 16, "", border=1, fill=True); pdf.text(x0 + 1.5, y0 + 4.6, "OGGETTO")
pdf.set_font("LS", "B", 10); pdf.multi_cell(144, 5.33, "Approvazione del Piano triennale dei fabbisogni di personale 2026/2028 e verifica delle eccedenze di personale ai sensi dell'art. 33 del D.Lgs. n. 165/2001.", border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("LS", "", 10.5)
def para(t, al="J"): pdf.multi_cell(0, 5.4, t, align=al, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
para("L'anno duemilaventisei, il giorno cinque del mese di marzo, con inizio alle ore 17:00, nella sala delle riunioni del Municipio, si è riunita la Giunta Comunale, convocata dal Sindaco. Alla seduta intervengono i componenti indicati nel prospetto, con l'ora di ingresso di ciascuno:")
pdf.set_font("LS", "B", 9); pdf.set_fill_color(240)
for w, h in [(62, "Nominativo"), (42, "Carica"), (30, "Presente"), (34, "Ora di ingresso")]: pdf.cell(w, 7, h, border=1, align="C", fill=True)
pdf.ln(); pdf.set_font("LS", "", 9.5)
for r in [("Daga Antonello", "Sindaco", "sì", "17:00"), ("Ledda Marisa", "Vice Sindaco", "sì", "17:00"), ("Cossu Pietro Paolo", "Assessore", "sì", "17:20"),
          ("Fadda Caterina", "Assessore", "no", "—"), ("Sanna Efisio", "Assessore", "sì", "17:05")]:
    for w, t, a in zip((62, 42, 30, 34), r, "LLCC"): pdf.cell(w, 6.5, t, border=1, align=a)
    pdf.ln()
pdf.ln(3); pdf.set_font("LS", "", 10.5)
para("Presiede il Sindaco Antonello Daga. Partecipa il Segretario Comunale dott. Mario Mereu, incaricato della redazione del verbale. L'Assessore Cossu, entrato alle ore 17:20, partecipa alla discussione e alla votazione del presente punto.")
pdf.set_font("LS", "B", 10.5); pdf.cell(0, 7, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("LS", "", 10.5)
para("PREMESSO che l'art. 6 del D.Lgs. n. 165/2001 impone alle amministrazioni di adottare il piano triennale dei fabbisogni di personale in coerenza con la programmazione finanziaria e di bilancio;")
para("DATO ATTO che dalla ricognizione effettuata dai Responsabili dei Servizi non emergono situazioni di soprannumero o eccedenze di personale;")
para("ACQUISITI i pareri favorevoli di regolarità tecnica e contabile, nonché il parere del Revisore dei Conti;")
para("Posta ai voti la proposta, essa riporta il voto favorevole del Sindaco e degli Assessori Cossu e Sanna, mentre la Vice Sindaco Ledda dichiara di astenersi; pertanto, su quattro presenti, con tre voti favorevoli, nessun voto contrario e un'astensione,")
pdf.set_font("LS", "B", 10.5); pdf.cell(0, 7, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("LS", "", 10.5)
for i, t in enumerate(["di approvare il Piano triennale dei fabbisogni di personale 2026/2028, allegato alla presente;",
                       "di dare atto che non sussistono eccedenze di personale ai sensi dell'art. 33 del D.Lgs. n. 165/2001;",
                       "di trasmettere il presente atto alla Ragioneria Generale dello Stato tramite il sistema SICO."], 1):
    pdf.cell(8, 5.4, "%d." % i); pdf.multi_cell(0, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
para("Con successiva e separata votazione, riportante il medesimo esito, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
pdf.ln(6); pdf.set_font("LS", "B", 9.5)
pdf.cell(84, 5, "IL SINDACO", align="C"); pdf.cell(84, 5, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "I", 9.5); pdf.cell(84, 5, "Antonello Daga", align="C"); pdf.cell(84, 5, "dott. Mario Mereu", align="C")
pdf.output(sys.argv[1])
