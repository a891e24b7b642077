# Comune di Sassuolo - Consiglio - imitating a Municipia/Engineering-like print (fpdf2, core Helvetica)
from fpdf import FPDF

class P(FPDF):
    def header(self):
        self.set_draw_color(40, 40, 40)
        self.rect(15, 10, 18, 18)
        self.set_font("Helvetica", "", 5); self.set_xy(15, 18); self.cell(18, 3, "LOGO", align="C")
        self.set_xy(37, 11); self.set_font("Helvetica", "B", 14); self.cell(0, 7, "COMUNE DI SASSUOLO")
        self.set_xy(37, 18); self.set_font("Helvetica", "", 9); self.cell(0, 5, "Provincia di Modena")
        self.set_xy(37, 23); self.set_font("Helvetica", "I", 7.5); self.cell(0, 4, "Via Fenuzzi, 5 - 41049 Sassuolo (MO)")
        self.set_xy(140, 12); self.set_font("Helvetica", "B", 9); self.cell(55, 5, "ORIGINALE", border=1, align="C")
        self.set_y(32)
    def footer(self):
        self.set_y(-13); self.set_font("Helvetica", "", 7)
        self.cell(90, 4, "Atto di Consiglio Comunale n. 62 del 30/09/2025")
        self.cell(90, 4, "Pagina %d di {nb}" % self.page_no(), align="R")

pdf = P(format="A4"); pdf.set_margins(15, 12, 15); pdf.set_auto_page_break(True, 17); pdf.alias_nb_pages()
pdf.set_title("CC 62 2025")
pdf.add_page(); W = 180
pdf.set_font("Helvetica", "B", 11)
pdf.set_fill_color(215, 215, 215)
pdf.cell(W, 7, "DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(60, 6, "Atto n. 62", border="LB"); pdf.cell(60, 6, "del 30/09/2025", border="B", align="C"); pdf.cell(60, 6, "Seduta n. 11", border="RB", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "B", 9.5)
pdf.cell(W, 5, "OGGETTO:", new_x="LMARGIN", new_y="NEXT")
pdf.multi_cell(W, 5, "MODIFICA AL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE "
               "O ESPOSIZIONE PUBBLICITARIA. APPROVAZIONE.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
def para(t, st="", h=4.6, size=9.5):
    pdf.set_font("Helvetica", st, size)
    pdf.multi_cell(W, h, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.6)
para("Il giorno 30 settembre 2025, alle ore 19.00, nella Sala del Consiglio del Palazzo Comunale, a seguito di regolare "
     "convocazione, si è riunito in sessione ordinaria ed in seduta pubblica di prima convocazione il Consiglio Comunale.")
para("Fatto l'appello nominale risultano:")
roll = [("FIORANI MARCO", "Sindaco", 1), ("BARBIERI ANDREA", "Presidente del Consiglio", 1),
        ("LUGLI STEFANIA", "Consigliere", 1), ("CUOGHI DAVIDE", "Consigliere", 1), ("FERRARI GIULIA", "Consigliere", 1),
        ("CASOLARI MIRCO", "Consigliere", 0), ("BONACORSI LAURA", "Consigliere", 1), ("TINCANI ROBERTO", "Consigliere", 1),
        ("GUIDETTI SARA", "Consigliere", 1), ("MONTANARI PAOLO", "Consigliere", 1), ("ROSSI ELEONORA", "Consigliere", 1),
        ("ZANNI FEDERICO", "Consigliere", 1), ("BELLEI CRISTINA", "Consigliere", 0), ("VANDELLI MARCO", "Consigliere", 1),
        ("PIGNATTI ALESSIA", "Consigliere", 1), ("GIBERTINI LUCA", "Consigliere", 1), ("MESCHIARI ANNA", "Consigliere", 1),
        ("CAMPANI GIORGIO", "Consigliere", 1), ("TOSI VALENTINA", "Consigliere", 0), ("SOLIANI MATTEO", "Consigliere", 1),
        ("BERGONZINI ILARIA", "Consigliere", 1), ("RIVI GABRIELE", "Consigliere", 1), ("MALAGOLI CHIARA", "Consigliere", 1),
        ("PALTRINIERI SIMONE", "Consigliere", 0), ("CORRADINI ELENA", "Consigliere", 1)]
pdf.set_font("Helvetica", "B", 8.5); pdf.set_fill_color(235, 235, 235)
pdf.cell(10, 5.2, "N.", border=1, align="C", fill=True); pdf.cell(75, 5.2, "Cognome e nome", border=1, fill=True)
pdf.cell(55, 5.2, "Qualifica", border=1, fill=True); pdf.cell(40, 5.2, "Presenza", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 8.5)
for i, (n, r, p) in enumerate(roll, 1):
    pdf.cell(10, 4.8, str(i), border=1, align="C"); pdf.cell(75, 4.8, n, border=1); pdf.cell(55, 4.8, r, border=1)
    pdf.cell(40, 4.8, "Presente" if p else "Assente", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "B", 8.5)
pdf.cell(W, 5.5, "Presenti: 21      Assenti: 4", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para("Sono presenti, senza diritto di voto, gli Assessori esterni: Paola Spezzani, Ivan Fontana.", size=8.5)
para("Assiste il Segretario Generale Dott.ssa Margherita Incerti, incaricato della redazione del verbale.")
para("Presiede la seduta il Presidente del Consiglio Comunale Dott. Andrea Barbieri, il quale, riconosciuta la legalità "
     "dell'adunanza, dichiara aperta la discussione sull'argomento in oggetto, iscritto al punto n. 4 dell'ordine del giorno.")
pdf.ln(1)
pdf.set_font("Helvetica", "B", 10); pdf.cell(W, 6, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
for t in [
 "PREMESSO che, con deliberazione consiliare n. 14 del 30/03/2021, è stato approvato il Regolamento comunale per l'applicazione "
 "del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, istituito dall'art. 1, comma 816, della "
 "L. 27 dicembre 2019, n. 160;",
 "RAVVISATA la necessità di aggiornare gli articoli 12, 18 e 27 del Regolamento, relativi rispettivamente alle occupazioni "
 "temporanee per lavori edili, alle esenzioni per le iniziative di associazioni senza scopo di lucro e alle modalità di versamento;",
 "VISTO lo schema delle modifiche predisposto dal Servizio Tributi, allegato sub A) al presente atto;",
 "DATO ATTO che la proposta è stata esaminata dalla Commissione consiliare Bilancio e Affari Generali nella seduta del "
 "22/09/2025;",
 "VISTO il parere favorevole dell'Organo di revisione, reso ai sensi dell'art. 239, comma 1, lett. b), n. 7, del D.Lgs. 267/2000;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;",
 "UDITI gli interventi dei consiglieri, integralmente registrati su supporto digitale conservato agli atti;",
 "CON la seguente votazione, espressa per alzata di mano: presenti n. 21, votanti n. 18, favorevoli n. 14, contrari n. 4 "
 "(Guidetti, Zanni, Rivi, Malagoli), astenuti n. 3 (Montanari, Campani, Corradini);"]:
    para(t)
pdf.set_font("Helvetica", "B", 10); pdf.cell(W, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
for i, t in enumerate([
 "di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento comunale per l'applicazione del canone patrimoniale di "
 "concessione, autorizzazione o esposizione pubblicitaria, come riportate nell'allegato sub A), parte integrante e sostanziale "
 "del presente atto;",
 "di dare atto che le modifiche approvate hanno efficacia dal 1° gennaio 2026;",
 "di disporre la pubblicazione del Regolamento, nel testo coordinato, nella sezione \"Amministrazione trasparente\" del sito "
 "istituzionale."], 1):
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(8, 4.6, "%d)" % i)
    pdf.multi_cell(W - 8, 4.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(1)
para("Inoltre, stante l'urgenza di consentire l'applicazione delle nuove tariffe fin dal prossimo esercizio, con separata "
     "votazione che dà il seguente esito: presenti n. 21, votanti n. 18, favorevoli n. 14, contrari n. 4, astenuti n. 3, la "
     "presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
pdf.ln(4)
para("Del che si è redatto il presente verbale, letto, approvato e sottoscritto con firma digitale.", size=9)
pdf.ln(2)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(90, 5, "Il Presidente del Consiglio", align="C"); pdf.cell(90, 5, "Il Segretario Generale", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.cell(90, 5, "BARBIERI ANDREA", align="C"); pdf.cell(90, 5, "INCERTI MARGHERITA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "I", 7)
pdf.cell(90, 4, "(atto sottoscritto digitalmente)", align="C"); pdf.cell(90, 4, "(atto sottoscritto digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output("../consiglio-sassuolo-municipia.pdf")
