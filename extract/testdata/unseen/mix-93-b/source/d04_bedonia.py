# Comune di Bedonia (PR), Consiglio comunale: fpdf2; running head and foot on every page; roll in two side-by-side column groups with P/A and mode (S/R)
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"; FB = F.replace("Regular", "Bold"); FI = F.replace("Regular", "Italic")
class P(FPDF):
    def header(self):
        self.set_font("L", "B", 9); self.cell(0, 5, "COMUNE DI BEDONIA – Provincia di Parma", new_x="LMARGIN", new_y="NEXT")
        self.set_font("L", "", 8); self.cell(0, 4, "Deliberazione del Consiglio Comunale N. 7 del 30/03/2026", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1); self.ln(5)
    def footer(self):
        self.set_y(-14); self.set_font("L", "I", 7.5)
        self.cell(0, 5, f"Copia informatica per consultazione – Pagina {self.page_no()} di {{nb}}", align="C")
p = P(format="A4"); p.set_margins(15, 15, 15); p.set_auto_page_break(True, 20)
p.add_font("L", "", F); p.add_font("L", "B", FB); p.add_font("L", "I", FI)
p.set_producer("Halley PDF Generator 4.1"); p.set_title("Delibera CC 7/2026"); p.alias_nb_pages()
p.add_page()
p.set_font("L", "B", 13); p.cell(0, 7, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("L", "", 9.5); p.cell(0, 5, "Sessione ordinaria – seduta pubblica di prima convocazione in forma mista", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("L", "B", 10); p.cell(22, 6, "OGGETTO:")
p.multi_cell(0, 5.5, "VARIAZIONE AL BILANCIO DI PREVISIONE 2026/2028 – APPLICAZIONE DI QUOTA DELL'AVANZO DI AMMINISTRAZIONE PRESUNTO VINCOLATO.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("L", "", 10)
p.multi_cell(0, 5.2, "L'anno 2026 addì 30 del mese di marzo alle ore 21:00 nella Sala consiliare del Municipio, con la possibilità di collegamento in videoconferenza prevista dall'art. 38-bis del Regolamento del Consiglio comunale, si è riunito il Consiglio comunale. Fatto l'appello nominale risultano (P = presente, A = assente, AG = assente giustificato; S = in sede, R = da remoto):", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
roll = [("MORETTI ALBERTO", "Sindaco", "P", "S"), ("BERNI ROSSANA", "Consigliere", "P", "S"), ("TARASCONI LUIGI", "Consigliere", "P", "R"),
        ("CAPITELLI ANNA", "Consigliere", "P", "S"), ("SQUERI MATTEO", "Consigliere", "P", "S"), ("AGNESI FRANCA", "Consigliere", "AG", ""),
        ("LUSARDI PIETRO", "Consigliere", "A (*)", ""), ("BRACCHI GIULIA", "Consigliere", "P", "R"), ("PERAZZOLI ENZO", "Consigliere", "P", "S"),
        ("CAPELLI MARTA", "Consigliere", "P", "S"), ("GHIRARDI IVO", "Consigliere", "P", "R"), ("ROSSI DANIELA", "Consigliere", "P", "S"), ("DELNEVO SERGIO", "Consigliere", "P", "S")]
p.set_font("L", "B", 8.5); x0 = 15
for g in range(2):
    p.set_x(x0 + g * 91); 
    for w, t in ((40, "Cognome e nome"), (25, "Carica"), (12, "P/A"), (12, "Mod.")): p.cell(w, 6, t, border=1, align="C")
p.ln(6); p.set_font("L", "", 8.5)
for i in range(7):
    for g in range(2):
        j = i + g * 7
        p.set_x(x0 + g * 91)
        if j < len(roll):
            n, r, pa, m = roll[j]
            p.cell(40, 5.5, n, border=1); p.cell(25, 5.5, r, border=1); p.cell(12, 5.5, pa, border=1, align="C"); p.cell(12, 5.5, m, border=1, align="C")
    p.ln(5.5)
p.ln(1); p.set_font("L", "I", 8.5)
p.multi_cell(0, 4.5, "(*) Il consigliere Lusardi Pietro entra in aula alle ore 21:15, durante la trattazione del punto 2 all'ordine del giorno: presenti al momento della votazione del presente punto n. 12 (di cui 3 da remoto), assenti n. 1.", new_x="LMARGIN", new_y="NEXT")
p.ln(2); p.set_font("L", "", 10)
p.multi_cell(0, 5.2, "Assiste il Segretario comunale dott.ssa Cristina Bertorelli, collegata in videoconferenza, la quale provvede alla redazione del presente verbale. Il Sig. Moretti Alberto, nella sua qualità di Sindaco, assume la presidenza e, constatato il numero legale, dichiara aperta la seduta.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("L", "B", 10.5); p.cell(0, 6, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("L", "", 10)
for t in ["PREMESSO che con deliberazione consiliare n. 38 del 19/12/2025 è stato approvato il bilancio di previsione 2026/2028;",
          "RITENUTO necessario applicare al bilancio una quota dell'avanzo di amministrazione presunto vincolato, pari a euro 86.400,00, derivante da trasferimenti regionali per la sistemazione della viabilità in località Casale e Drusco;",
          "VISTO il parere favorevole del Revisore dei conti, verbale n. 4 del 24/03/2026, e i pareri di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "Udita la relazione del Sindaco e gli interventi dei consiglieri Tarasconi e Ghirardi, collegati da remoto, riportati nella registrazione audio-video della seduta;",
          "Con votazione per appello nominale che dà il seguente esito: presenti n. 12, votanti n. 10, favorevoli n. 9, contrari n. 1 (Ghirardi), astenuti n. 2 (Tarasconi, Bracchi);"]:
    p.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.set_font("L", "B", 10.5); p.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("L", "", 10)
for i, t in enumerate(["di approvare la variazione al bilancio di previsione 2026/2028 riportata nell'allegato A, con applicazione di euro 86.400,00 di avanzo di amministrazione presunto vincolato;",
          "di dare atto che permangono gli equilibri di bilancio di cui all'art. 193 del D.Lgs. 267/2000;",
          "di trasmettere il presente atto al Tesoriere comunale;",
          "di pubblicare la variazione nella sezione Amministrazione trasparente."], 1):
    p.cell(8, 5.2, f"{i})"); p.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.multi_cell(0, 5.2, "Successivamente, con separata votazione per appello nominale (presenti n. 12, votanti n. 12, favorevoli n. 12), il Consiglio comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", new_x="LMARGIN", new_y="NEXT"); p.ln(8)
p.cell(90, 5, "IL SINDACO", align="C"); p.cell(90, 5, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(90, 5, "Moretti Alberto", align="C"); p.cell(90, 5, "dott.ssa Cristina Bertorelli", align="C", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
