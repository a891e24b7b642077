# Comune di Castel San Lorenzo: one minute of a Consiglio sitting with two items (deliberations 3 and 4), fpdf2
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 9); self.cell(0, 5, "COMUNE DI CASTEL SAN LORENZO (SA)", align="L")
        self.set_font("LS", "", 8); self.cell(0, 5, "Verbale della seduta consiliare del 20 febbraio 2026", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(15, 21, 195, 21); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 8); self.cell(0, 5, "Pagina %d di {nb}" % self.page_no(), align="C")
pdf = P(format="A4"); pdf.set_margins(15, 15, 15); pdf.set_auto_page_break(True, 20)
pdf.add_font("LS", "", F + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
pdf.set_creator("Halley Consiglio"); pdf.set_producer("PyFPDF/fpdf2 2.7"); pdf.set_title("Verbale CC 20-02-2026")
pdf.add_page()
def T(txt, b=False, size=10, align="J", h=5):
    pdf.set_font("LS", "B" if b else "", size); pdf.multi_cell(0, h, txt, align=align, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
T("VERBALE DELLA SEDUTA DEL CONSIGLIO COMUNALE", True, 13, "C", 7)
T("Sessione ordinaria – seduta pubblica di prima convocazione", False, 10, "C")
T("L'anno duemilaventisei, addì venti del mese di febbraio, alle ore 18:30, nella sala consiliare del Palazzo municipale, previo avviso prot. n. 905 del 13 febbraio 2026, si è riunito il Consiglio Comunale. Presiede il Presidente del Consiglio Comunale ing. Gerardo Cantalupo. Assiste il Segretario Generale dott.ssa Filomena Vicinanza. Eseguito l'appello nominale risultano:")
roll = [("Melchionda Giuseppe", "Sindaco", "SI", "NO"), ("Cantalupo Gerardo", "Presidente del Consiglio", "SI", "NO"), ("Resciniti Mariangela", "Consigliere", "SI", "NO"),
        ("Guariglia Vincenzo", "Consigliere", "SI", "NO"), ("Mazzeo Luisa", "Consigliere", "NO", "SI"), ("Viscido Franco", "Consigliere", "SI", "NO"),
        ("Galardi Rosa", "Consigliere", "SI", "NO"), ("Pecora Antonio", "Consigliere", "SI", "NO"), ("Cerullo Emilia", "Consigliere", "SI", "NO"),
        ("Ferrara Biagio", "Consigliere", "SI", "NO"), ("Marino Teresa", "Consigliere", "NO", "SI")]
pdf.set_font("LS", "B", 9.5)
with pdf.table(col_widths=(60, 50, 25, 25), text_align=("LEFT", "LEFT", "CENTER", "CENTER"), width=160) as t:
    r = t.row(); [r.cell(x) for x in ("Consigliere", "Qualifica", "Presente", "Assente")]
    pdf.set_font("LS", "", 9.5)
    for row in roll:
        r = t.row(); [r.cell(x) for x in row]
pdf.ln(2)
T("Presenti n. 9 – Assenti n. 2 (Mazzeo, Marino). Il Presidente, constatato il numero legale, dichiara aperta la seduta e passa alla trattazione dei punti iscritti all'ordine del giorno.")
T("PUNTO N. 1 ALL'ORDINE DEL GIORNO – DELIBERAZIONE N. 3 DEL 20/02/2026", True, 10.5)
T("OGGETTO: Approvazione dei verbali delle sedute precedenti del 18 e del 30 dicembre 2025.", True)
T("Il Presidente dà per letti i verbali delle sedute del 18 e del 30 dicembre 2025, depositati agli atti. Non essendovi osservazioni, pone in votazione la proposta.")
T("IL CONSIGLIO COMUNALE, con voti unanimi favorevoli espressi per alzata di mano dai n. 9 consiglieri presenti e votanti,", True)
T("DELIBERA", True, 10.5, "C")
T("1. di approvare i verbali delle sedute consiliari del 18 dicembre 2025 (deliberazioni dalla n. 41 alla n. 46) e del 30 dicembre 2025 (deliberazioni dalla n. 47 alla n. 50);")
T("2. di dare atto che i verbali approvati sono pubblicati sul sito istituzionale dell'Ente.")
T("PUNTO N. 2 ALL'ORDINE DEL GIORNO – DELIBERAZIONE N. 4 DEL 20/02/2026", True, 10.5)
T("OGGETTO: Conferma delle aliquote dell'Imposta municipale propria (IMU) per l'anno 2026.", True)
T("Relaziona il Sindaco. Interviene il consigliere Ferrara Biagio, che annuncia il voto contrario del gruppo di minoranza. Alle ore 19:05 esce dall'aula il consigliere Cerullo Emilia; presenti n. 8.")
T("IL CONSIGLIO COMUNALE, con voti favorevoli 6, contrari 2 (Ferrara Biagio, Pecora Antonio), astenuti nessuno, su 8 consiglieri presenti e votanti,", True)
T("DELIBERA", True, 10.5, "C")
T("1. di confermare per l'anno 2026 le aliquote IMU già vigenti nell'anno 2025, come da prospetto allegato;")
T("2. di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze entro il 14 ottobre 2026.")
T("Con successiva votazione, con il medesimo esito, la deliberazione n. 4 è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
T("La seduta è tolta alle ore 19:20.")
pdf.ln(6); pdf.set_font("LS", "B", 10)
pdf.cell(90, 5, "IL PRESIDENTE DEL CONSIGLIO", align="C"); pdf.cell(90, 5, "IL SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10); pdf.cell(90, 5, "ing. Gerardo Cantalupo", align="C"); pdf.cell(90, 5, "dott.ssa Filomena Vicinanza", align="C")
pdf.output(sys.argv[1])
