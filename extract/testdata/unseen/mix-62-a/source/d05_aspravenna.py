# ASP Ravenna Cervia e Russi: deliberation of the Consiglio di Amministrazione, fpdf2 with
# embedded TrueType (Type0/CID, Identity-H) fonts; running head with the act number and a
# footer "Pagina x di y" repeated on every page; roll as a table with P / A / AG columns.
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class D(FPDF):
    def header(self):
        self.set_font("DS", "B", 12); self.cell(0, 6, "ASP RAVENNA CERVIA E RUSSI", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DS", "", 7.5)
        self.cell(0, 4, "Azienda Pubblica di Servizi alla Persona dei Comuni di Ravenna, Cervia e Russi – Via Giuseppe Garibaldi 45 – 48121 Ravenna", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DS", "I", 7.5)
        self.cell(0, 4, "Deliberazione del Consiglio di Amministrazione n. 14 del 12/05/2026", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(40, 90, 140); self.set_line_width(0.6); self.line(18, self.get_y() + 1, 192, self.get_y() + 1); self.ln(5)
    def footer(self):
        self.set_y(-14); self.set_font("DS", "", 7.5)
        self.cell(0, 5, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", align="L")
        self.set_x(18); self.cell(0, 5, "Pagina %d di {nb}" % self.page_no(), align="R")
p = D(format="A4"); p.set_margins(18, 14, 18); p.set_auto_page_break(True, 20)
p.add_font("DS", "", F + "DejaVuSans.ttf"); p.add_font("DS", "B", F + "DejaVuSans-Bold.ttf"); p.add_font("DS", "I", F + "DejaVuSans-Oblique.ttf")
p.set_title("CdA 14-2026"); p.set_author("Segreteria Direzione"); p.set_creator("JENTE - Atti amministrativi"); p.set_producer("JENTE PDF Engine 4.2 (fpdf2)")
p.add_page()
def T(txt, st="", sz=9.5, al="J", h=4.9, after=1.8):
    p.set_font("DS", st, sz); p.multi_cell(0, h, txt, align=al, new_x="LMARGIN", new_y="NEXT"); p.ln(after)
p.ln(2)
T("VERBALE DI DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE", "B", 11.5, "C", 6, 0)
p.set_font("DS", "B", 10.5); p.cell(0, 6, "N. 14 DEL 12/05/2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_fill_color(235, 241, 247); p.set_font("DS", "B", 9.5)
p.multi_cell(0, 5.2, "OGGETTO: APPROVAZIONE DEL BILANCIO D'ESERCIZIO 2025 E DELLA RELAZIONE SULLA GESTIONE.", border=1, fill=True, padding=2, new_x="LMARGIN", new_y="NEXT"); p.ln(3)
T("L'anno 2026 il giorno 12 del mese di maggio alle ore 14:30, presso la sede legale dell'Azienda in Ravenna, via Giuseppe Garibaldi 45, regolarmente convocato con nota prot. n. 2718 del 05/05/2026, si è riunito il Consiglio di Amministrazione nelle persone dei signori:")
rows = [("FABBRI Elena", "Presidente", "X", "", ""), ("GUERRINI Luca", "Vicepresidente", "X", "", ""), ("CASADEI Marta", "Consigliere", "", "", "X")]
p.set_font("DS", "B", 8.5); p.set_fill_color(220, 220, 220)
for w, t in ((70, "Componente"), (50, "Carica"), (18, "P"), (18, "A"), (18, "AG")): p.cell(w, 6, t, border=1, align="C", fill=True)
p.ln(); p.set_font("DS", "", 9)
for r in rows:
    for w, t, a in zip((70, 50, 18, 18, 18), r, "LLCCC"): p.cell(w, 5.8, t, border=1, align=a)
    p.ln()
p.set_font("DS", "I", 7.5); p.cell(0, 5, "P = presente   A = assente   AG = assente giustificato", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
T("Partecipa alla seduta il Revisore unico dott. Stefano Babini. Assume la presidenza la dott.ssa Elena Fabbri, Presidente, che, riconosciuta la validità della seduta, dichiara aperta la discussione. Funge da segretario verbalizzante il Direttore Generale dott. Andrea Montanari.")
T("IL CONSIGLIO DI AMMINISTRAZIONE", "B", 10, "C", 6, 1)
for s in [
 "Vista la Legge regionale Emilia-Romagna 26 luglio 2013, n. 12, e la deliberazione della Giunta regionale n. 624/2009 relativa al sistema di contabilità economico-patrimoniale delle Aziende pubbliche di servizi alla persona;",
 "visto lo Statuto dell'Azienda, e in particolare l'art. 14, che attribuisce al Consiglio di Amministrazione l'approvazione del bilancio d'esercizio da sottoporre all'Assemblea dei Soci;",
 "esaminato il progetto di bilancio d'esercizio 2025, composto da stato patrimoniale, conto economico, nota integrativa e rendiconto finanziario, che chiude con un utile di euro 41.286,37;",
 "vista la relazione sulla gestione predisposta dal Direttore Generale e la relazione del Revisore unico, acquisita al prot. n. 2790 del 08/05/2026, con parere favorevole;",
 "dato atto che il risultato positivo deriva principalmente dal maggiore tasso di occupazione delle Case Residenza Anziani e dal contenimento dei costi energetici;",
 "acquisito il parere favorevole di regolarità tecnica e contabile del Direttore Generale;",
 "con voti unanimi favorevoli espressi nei modi di legge,"]:
    T(s)
T("D E L I B E R A", "B", 10.5, "C", 6, 1.5)
for i, s in enumerate([
 "di approvare il bilancio d'esercizio 2025 dell'ASP Ravenna Cervia e Russi, che chiude con un utile di euro 41.286,37, e la relazione sulla gestione, allegati al presente atto quali parti integranti e sostanziali;",
 "di proporre all'Assemblea dei Soci di destinare l'utile d'esercizio al fondo di riserva per investimenti, per la manutenzione straordinaria delle strutture residenziali;",
 "di trasmettere il presente atto e i relativi allegati all'Assemblea dei Soci per l'approvazione definitiva, nonché ai Comuni di Ravenna, Cervia e Russi;",
 "di dichiarare il presente atto immediatamente eseguibile, stante l'urgenza di rispettare i termini previsti per l'approvazione da parte dell'Assemblea dei Soci."], 1):
    p.set_font("DS", "", 9.5); p.cell(8, 4.9, "%d)" % i)
    p.multi_cell(0, 4.9, s, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.8)
p.ln(4)
T("Letto, approvato e sottoscritto.", "", 9.5, "L")
y = p.get_y() + 2; p.set_y(y)
p.set_font("DS", "", 9); p.cell(87, 5, "LA PRESIDENTE", align="C"); p.cell(87, 5, "IL SEGRETARIO VERBALIZZANTE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DS", "B", 9.5); p.cell(87, 5, "dott.ssa Elena Fabbri", align="C"); p.cell(87, 5, "dott. Andrea Montanari", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
T("CERTIFICATO DI PUBBLICAZIONE", "B", 9, "L", 5, 0.5)
T("Si certifica che la presente deliberazione è pubblicata all'Albo on line dell'Azienda per quindici giorni consecutivi a decorrere dal 13/05/2026.", "", 8.5, "J", 4.4)
p.output(sys.argv[1])
