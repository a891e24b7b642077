# Comunità di montagna del Natisone e Torre - Comitato esecutivo: fpdf2 with embedded TrueType (CID, Identity-H);
# every Italian paragraph followed by its Slovene version in italics; roll table with P/A columns.
import sys
from fpdf import FPDF
D = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("dv", "B", 12.5)
        self.cell(0, 6, "COMUNITÀ DI MONTAGNA DEL NATISONE E TORRE", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "I", 10.5)
        self.cell(0, 5.5, "GORSKA SKUPNOST NADIŽE IN TERA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 7.5)
        self.cell(0, 4, "Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1.5, 190, self.get_y() + 1.5); self.ln(6)
    def footer(self):
        self.set_y(-14); self.set_font("dv", "I", 7.5)
        self.cell(0, 5, "Deliberazione del Comitato esecutivo n. 14 del 16.04.2026 – Sklep izvršnega odbora št. 14 z dne 16.04.2026", align="L")
        self.cell(0, 5, "pag./str. %d/{nb}" % self.page_no(), align="R")
p = P(format="A4"); p.set_margins(20, 14, 20); p.set_auto_page_break(True, 20)
p.add_font("dv", "", D + "DejaVuSans.ttf"); p.add_font("dv", "B", D + "DejaVuSans-Bold.ttf"); p.add_font("dv", "I", D + "DejaVuSans-Oblique.ttf"); p.add_font("dv", "BI", D + "DejaVuSans-BoldOblique.ttf")
p.set_creator("Insiel - Atti Amministrativi"); p.set_producer("Insiel PDF Writer 3.4"); p.set_title("CE_14_2026")
p.add_page()
def bi(it, sl, size=9.2, style=""):
    p.set_font("dv", style, size); p.multi_cell(0, 4.6, it, align="J", new_x="LMARGIN", new_y="NEXT")
    p.set_font("dv", "I", size - 0.8); p.set_text_color(70, 70, 70)
    p.multi_cell(0, 4.3, sl, align="J", new_x="LMARGIN", new_y="NEXT"); p.set_text_color(0, 0, 0); p.ln(1.8)
p.set_font("dv", "B", 11)
p.cell(0, 6, "VERBALE DI DELIBERAZIONE DEL COMITATO ESECUTIVO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "BI", 9.5)
p.cell(0, 5, "ZAPISNIK SKLEPA IZVRŠNEGA ODBORA", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("dv", "B", 10)
p.cell(85, 7, "N. / Št. 14", border=1, align="C"); p.cell(85, 7, "del / z dne 16.04.2026", border=1, align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("dv", "B", 9.5); p.cell(22, 5, "OGGETTO:")
p.multi_cell(0, 5, "Approvazione dello schema di convenzione con i Comuni di Pulfero, Savogna e Stregna per la gestione associata del servizio di sgombero neve – stagioni invernali 2026/2027 e 2027/2028.", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "BI", 8.5); p.cell(22, 4.5, "PREDMET:")
p.multi_cell(0, 4.5, "Odobritev osnutka dogovora z občinami Podbonesec, Sovodnje in Srednje za skupno upravljanje službe pluženja snega – zimski sezoni 2026/2027 in 2027/2028.", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
bi("L'anno duemilaventisei, il giorno sedici del mese di aprile, alle ore 15:00, nella sede della Comunità, convocato nei modi di legge, si è riunito il Comitato esecutivo nelle persone dei signori:",
   "Leta dva tisoč šestindvajset, dne šestnajstega aprila, ob 15. uri, se je na sedežu Skupnosti, sklican v skladu z zakonom, sestal izvršni odbor v sestavi:")
rows = [("Qualla Fabio", "Presidente – Predsednik", "P"), ("Chiabai Loredana", "Vicepresidente – Podpredsednica", "P"),
        ("Bergnach Mauro", "Componente – Član", "P"), ("Trusgnach Elisa", "Componente – Članica", "A"), ("Cendou Michele", "Componente – Član", "P")]
p.set_font("dv", "B", 8.5); p.set_fill_color(225, 225, 225)
p.cell(52, 6, "Cognome e nome / Priimek in ime", 1, align="C", fill=True); p.cell(68, 6, "Carica / Funkcija", 1, align="C", fill=True)
p.cell(25, 6, "P / Prisoten", 1, align="C", fill=True); p.cell(25, 6, "A / Odsoten", 1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "", 8.8)
for n, r, pa in rows:
    p.cell(52, 5.5, n, 1); p.cell(68, 5.5, r, 1); p.cell(25, 5.5, "X" if pa == "P" else "", 1, align="C"); p.cell(25, 5.5, "X" if pa == "A" else "", 1, align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "B", 8.5); p.cell(120, 5.5, "Totale / Skupaj", 1, align="R"); p.cell(25, 5.5, "4", 1, align="C"); p.cell(25, 5.5, "1", 1, align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
bi("Assiste il Segretario dott. Paolo Dorbolò. Constatato il numero legale, assume la presidenza il Presidente Fabio Qualla, che dichiara aperta la seduta.",
   "Prisostvuje tajnik dr. Paolo Dorbolò. Po ugotovitvi sklepčnosti prevzame predsedstvo predsednik Fabio Qualla, ki odpre sejo.")
p.set_font("dv", "B", 10); p.cell(0, 6, "IL COMITATO ESECUTIVO – IZVRŠNI ODBOR", align="C", new_x="LMARGIN", new_y="NEXT")
bi("Premesso che i Comuni di Pulfero, Savogna e Stregna hanno chiesto alla Comunità di gestire in forma associata il servizio di sgombero neve sulla viabilità comunale di montagna;",
   "Ker so občine Podbonesec, Sovodnje in Srednje zaprosile Skupnost za skupno upravljanje službe pluženja snega na občinskih gorskih cestah;")
bi("Visti la legge regionale 29 novembre 2019, n. 21, e lo Statuto della Comunità;",
   "Na podlagi deželnega zakona z dne 29. novembra 2019, št. 21, in statuta Skupnosti;")
bi("Visti i pareri favorevoli di regolarità tecnica e contabile espressi dai responsabili dei servizi;",
   "Na podlagi pozitivnih mnenj o tehnični in računovodski pravilnosti odgovornih za službe;")
bi("Con voti favorevoli n. 3, contrari n. 0, astenuti n. 1 (Chiabai), espressi in forma palese dai n. 4 componenti presenti,",
   "S 3 glasovi za, 0 proti in 1 vzdržanim (Chiabai), izraženimi javno s strani 4 prisotnih članov,")
p.set_font("dv", "B", 10); p.cell(0, 6, "DELIBERA – SKLENE", align="C", new_x="LMARGIN", new_y="NEXT")
bi("1. di approvare lo schema di convenzione allegato sub A) per la gestione associata del servizio di sgombero neve per le stagioni invernali 2026/2027 e 2027/2028;",
   "1. da odobri osnutek dogovora v prilogi A) za skupno upravljanje službe pluženja snega za zimski sezoni 2026/2027 in 2027/2028;")
bi("2. di autorizzare il Presidente alla sottoscrizione della convenzione;",
   "2. da pooblasti predsednika za podpis dogovora;")
bi("3. di demandare al Responsabile dell'Area tecnica gli adempimenti conseguenti, compreso l'affidamento del servizio.",
   "3. da naloži odgovornemu za tehnično področje izvedbo vseh nadaljnjih postopkov, vključno z oddajo službe.")
bi("Con successiva votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 21/2003.",
   "Z nadaljnjim soglasnim glasovanjem se ta sklep razglasi za takoj izvršljivega v smislu 19. odstavka 1. člena D.Z. 21/2003.")
p.ln(4); p.set_font("dv", "", 9)
y = p.get_y()
p.multi_cell(80, 4.8, "Il Presidente – Predsednik\nFabio Qualla", align="C")
p.set_xy(110, y); p.multi_cell(80, 4.8, "Il Segretario – Tajnik\ndott. Paolo Dorbolò", align="C")
p.output(sys.argv[1])
