# Comune di Castelvetrano - Giunta Municipale - imitating an Italsoft-like print (fpdf2, core Courier + Helvetica)
from fpdf import FPDF

class P(FPDF):
    def footer(self):
        self.set_y(-12); self.set_font("Courier", "", 7)
        self.cell(0, 4, "DELIBERA G.M. N. 203/2025 - Pag. %d" % self.page_no(), align="C")

pdf = P(format="A4"); pdf.set_margins(18, 14, 18); pdf.set_auto_page_break(True, 16)
pdf.set_title("Delibera Giunta Municipale n. 203 del 17/09/2025")
pdf.add_page(); W = 174
pdf.set_font("Helvetica", "B", 16)
pdf.cell(W, 8, "CITTA' DI CASTELVETRANO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.cell(W, 5, "Libero Consorzio Comunale di Trapani", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Courier", "B", 11)
pdf.cell(W, 6, "COPIA DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE", border="TB", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Courier", "", 10)
pdf.cell(W, 5, "N. 203                                         del 17/09/2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Courier", "B", 10)
pdf.cell(22, 5, "OGGETTO:")
pdf.multi_cell(W - 22, 5, "ASSEGNAZIONE RISORSE AL RESPONSABILE DELLA DIREZIONE IV - LAVORI PUBBLICI PER INTERVENTI URGENTI DI "
               "MANUTENZIONE DELLA RETE IDRICA IN CONTRADA TRE FONTANE.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Courier", "", 10)
def para(t, style="", h=4.8):
    pdf.set_font("Courier", style, 10)
    pdf.multi_cell(W, h, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.8)
para("L'anno duemilaventicinque, il giorno diciassette del mese di settembre, alle ore 10,30 e seguenti, nella Casa Comunale "
     "e nella consueta sala delle adunanze, si e' riunita la Giunta Municipale, con l'intervento dei Signori:")
pdf.set_font("Courier", "B", 10)
pdf.cell(W, 5, "                                              Pres.   Ass.", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Courier", "", 10)
roll = [("GIACALONE VINCENZO", "Sindaco", False), ("RIZZO ANTONINO", "Vice Sindaco", True),
        ("MANGIARACINA ILENIA", "Assessore", True), ("CALAMIA GASPARE", "Assessore", True),
        ("PIAZZA FRANCESCA", "Assessore", False), ("SCIACCA FILIPPO", "Assessore", True)]
for i, (n, r, p) in enumerate(roll, 1):
    line = "%d) %-22s %-18s %s      %s" % (i, n, r, " X " if p else "   ", " X " if not p else "   ")
    pdf.cell(W, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("Presiede il Vice Sindaco Dott. Antonino Rizzo, in assenza del Sindaco.")
para("Partecipa il Vice Segretario Generale Dott.ssa Rosalia Pipitone.")
para("Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la riunione ed invita i convenuti a "
     "deliberare sull'argomento in oggetto specificato.")
pdf.ln(2)
pdf.set_font("Courier", "B", 10); pdf.cell(W, 5, "LA GIUNTA MUNICIPALE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
para("Vista l'allegata proposta di deliberazione predisposta dal Responsabile della Direzione IV - Lavori Pubblici, "
     "Ing. Salvatore Bonanno, avente ad oggetto quanto sopra;")
para("Premesso che in data 09/09/2025 si e' verificata la rottura della condotta idrica principale che alimenta la contrada "
     "Tre Fontane, con conseguente interruzione dell'erogazione a circa 1.200 utenze;")
para("Considerato che, nelle more della definizione dell'intervento definitivo, occorre procedere con urgenza alla "
     "sostituzione di un tratto di condotta di circa 320 metri, per una spesa stimata di Euro 48.600,00 IVA compresa;")
para("Visti i pareri favorevoli resi ai sensi dell'art. 53 della L. 142/1990, come recepito dalla L.R. 48/1991, e "
     "dell'art. 12 della L.R. 30/2000, in ordine alla regolarita' tecnica e contabile;")
para("Visto l'O.R.EE.LL. vigente nella Regione Siciliana;")
para("Con voti unanimi espressi nei modi di legge;")
pdf.ln(1)
pdf.set_font("Courier", "B", 10); pdf.cell(W, 5, "D E L I B E R A", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pts = ["approvare la proposta di deliberazione indicata in premessa, che qui si intende integralmente riportata;",
       "assegnare al Responsabile della Direzione IV - Lavori Pubblici la somma di Euro 48.600,00 per gli interventi "
       "urgenti di manutenzione della rete idrica in contrada Tre Fontane, imputandola alla missione 09, programma 04, "
       "capitolo 9412 del bilancio 2025;",
       "demandare al medesimo Responsabile l'adozione dei provvedimenti gestionali conseguenti;",
       "dichiarare il presente atto immediatamente esecutivo ai sensi dell'art. 12, comma 2, della L.R. 44/1991, stante "
       "l'urgenza di ripristinare il servizio idrico."]
for l, p in zip("abcd", pts):
    pdf.set_font("Courier", "", 10)
    pdf.cell(8, 4.8, l + ")")
    pdf.multi_cell(W - 8, 4.8, p, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(5)
pdf.set_font("Courier", "", 9)
pdf.multi_cell(W, 4.5, "Il presente verbale, dopo la lettura, si sottoscrive per conferma.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Courier", "B", 9)
pdf.cell(58, 5, "IL PRESIDENTE", align="C"); pdf.cell(58, 5, "L'ASSESSORE ANZIANO", align="C"); pdf.cell(58, 5, "IL VICE SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Courier", "", 9)
pdf.cell(58, 5, "F.to Dott. Antonino Rizzo", align="C"); pdf.cell(58, 5, "F.to Gaspare Calamia", align="C"); pdf.cell(58, 5, "F.to Dott.ssa Rosalia Pipitone", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(7)
pdf.set_font("Courier", "B", 9); pdf.cell(W, 5, "CERTIFICATO DI PUBBLICAZIONE", border="T", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Courier", "", 9)
pdf.multi_cell(W, 4.5, "Il sottoscritto Vice Segretario Generale, su conforme attestazione del Responsabile dell'Albo, certifica che "
               "la presente deliberazione e' stata pubblicata all'Albo Pretorio on line dal 18/09/2025 al 03/10/2025 "
               "(Reg. Pubbl. n. 2977), ai sensi dell'art. 11 della L.R. 44/1991.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.multi_cell(W, 4.5, "E' copia conforme all'originale per uso amministrativo. Castelvetrano, 18/09/2025", new_x="LMARGIN", new_y="NEXT")
pdf.output("../giunta-castelvetrano-italsoft.pdf")
