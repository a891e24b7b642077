# Comune di Montenars / Obcina Gorjani - Consiglio comunale 12/2026, Insiel-like layout, fpdf2
from fpdf import FPDF
import sys
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 13)
        self.cell(0, 6, "COMUNE DI MONTENARS – OBČINA GORJANI", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 8)
        self.cell(0, 4, "Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Ente Decentramento Regionale di Udine", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y()+1, 195, self.get_y()+1); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7)
        self.cell(0, 4, "Comune di Montenars – Deliberazione n. 12 del 26/03/2026 – Sklep št. 12 z dne 26/03/2026", align="L")
        self.cell(0, 4, f"Pag. {self.page_no()} / {{nb}}", align="R")
p = P(format="A4"); p.set_margins(15, 12, 15); p.set_auto_page_break(True, 18)
p.add_font("LS", "", F+"LiberationSans-Regular.ttf"); p.add_font("LS", "B", F+"LiberationSans-Bold.ttf"); p.add_font("LS", "I", F+"LiberationSans-Italic.ttf")
p.alias_nb_pages(); p.add_page()
p.set_font("LS", "B", 11)
p.cell(0, 6, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "I", 10)
p.cell(0, 5, "ZAPISNIK SKLEPA OBČINSKEGA SVETA", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("LS", "", 9)
p.cell(0, 5, "Seduta ordinaria pubblica di prima convocazione – Redna javna seja prvega sklica", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
# register box
p.set_font("LS", "B", 10)
p.cell(60, 8, "N. 12 / Št. 12", border=1, align="C")
p.cell(60, 8, "del / z dne 26/03/2026", border=1, align="C")
p.cell(60, 8, "Copia / Kopija", border=1, align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("LS", "B", 10); p.cell(22, 5, "OGGETTO:")
p.set_font("LS", "B", 10); p.multi_cell(0, 5, "Approvazione del Regolamento comunale per l'utilizzo delle sale e degli spazi pubblici.", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "I", 10); p.cell(22, 5, "ZADEVA:")
p.multi_cell(0, 5, "Odobritev občinskega pravilnika o uporabi dvoran in javnih prostorov.", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("LS", "", 10)
p.multi_cell(0, 5, "L'anno duemilaventisei, il giorno ventisei del mese di marzo alle ore 20:30, nella sala consiliare del Municipio, in seguito a regolare convocazione, si è riunito il Consiglio comunale. Fatto l'appello nominale risultano:", align="J", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "I", 9)
p.multi_cell(0, 4.5, "Leta dvatisočšestindvajset, dne šestindvajsetega marca ob 20.30 se je v sejni dvorani županstva na podlagi rednega sklica sestal občinski svet. Po poimenskem klicu so:", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
roll = [("Zamolo Claudio","Sindaco – Župan",1),("Madussi Erika","Consigliere – Svetnica",1),("Londero Paolo","Consigliere – Svetnik",1),
("Pauluzzi Elena","Consigliere – Svetnica",1),("Treppo Marco","Consigliere – Svetnik",1),("Rovere Giada","Consigliere – Svetnica",0),
("Venchiarutti Ivan","Consigliere – Svetnik",1),("Calligaro Sonia","Consigliere – Svetnica",1),("Fabris Luca","Consigliere – Svetnik",1),
("Cargnelutti Mauro","Consigliere – Svetnik",0),("Patat Denis","Consigliere – Svetnik",1)]
# two-column roll, Insiel style: name, role, P/A
p.set_font("LS", "B", 7.5)
for k in range(2):
    p.cell(38, 5, "Nominativo / Ime in priimek", border="B"); p.cell(34, 5, "Carica / Funkcija", border="B"); p.cell(18, 5, "Pres./Odsot.", border="B", align="C")
p.ln(5); p.set_font("LS", "", 8.5)
half = (len(roll)+1)//2
for i in range(half):
    for r in (roll[i], roll[half+i] if half+i < len(roll) else None):
        if r:
            p.cell(38, 5, r[0]); p.cell(34, 5, r[1]); p.cell(18, 5, "Presente" if r[2] else "Assente", align="C")
    p.ln(5)
p.ln(1); p.set_font("LS", "B", 9)
p.cell(0, 5, "Presenti / Prisotni: 9        Assenti / Odsotni: 2", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("LS", "", 10)
p.multi_cell(0, 5, "Assiste il Segretario comunale dott.ssa Lorena Mattiussi. Constatato il numero legale degli intervenuti, il sig. Zamolo Claudio nella sua qualità di Sindaco assume la presidenza e dichiara aperta la seduta.", align="J", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "I", 9)
p.multi_cell(0, 4.5, "Prisostvuje občinska tajnica dr. Lorena Mattiussi. Po ugotovitvi sklepčnosti prevzame predsedstvo župan Zamolo Claudio in odpre sejo.", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("LS", "B", 10); p.cell(0, 5, "IL CONSIGLIO COMUNALE – OBČINSKI SVET", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
paras = [
("PREMESSO che il Comune non dispone di una disciplina organica per la concessione in uso della sala polifunzionale di Flaipano, della sala consiliare e degli spazi all'aperto di proprietà comunale;",
 "UGOTOVIVŠI, da občina nima celovite ureditve za dodeljevanje večnamenske dvorane v Flaipanu, sejne dvorane in zunanjih prostorov v občinski lasti;"),
("VISTO lo schema di Regolamento composto di 14 articoli, esaminato dalla Conferenza dei capigruppo nella seduta del 12/03/2026;",
 "OB UPOŠTEVANJU osnutka pravilnika s 14 členi, ki ga je konferenca načelnikov svetniških skupin obravnavala na seji dne 12/03/2026;"),
("ACQUISITO il parere favorevole di regolarità tecnica del Responsabile del Servizio amministrativo, ai sensi dell'art. 49 del D.Lgs. 267/2000;",
 "PO PREJEMU pozitivnega mnenja o tehnični pravilnosti odgovorne osebe upravne službe v skladu s 49. členom Zakonske uredbe 267/2000;"),
("UDITI gli interventi dei consiglieri Fabris e Patat, che annunciano voto contrario;",
 "PO POSEGIH svetnikov Fabrisa in Patata, ki napovesta glas proti;"),
("CON VOTI favorevoli n. 7, contrari n. 2 (Fabris, Patat), astenuti n. 0, espressi per alzata di mano dai n. 9 consiglieri presenti e votanti,",
 "Z 7 glasovi za, 2 glasovoma proti (Fabris, Patat) in 0 vzdržanimi, izraženimi z dvigom rok 9 prisotnih in glasujočih svetnikov,"),
]
for it, sl in paras:
    p.set_font("LS", "", 10); p.multi_cell(0, 5, it, align="J", new_x="LMARGIN", new_y="NEXT")
    p.set_font("LS", "I", 9); p.multi_cell(0, 4.5, sl, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.set_font("LS", "B", 10); p.cell(0, 6, "D E L I B E R A  –  S K L E N E", align="C", new_x="LMARGIN", new_y="NEXT")
pts = [
("1. di approvare il Regolamento comunale per l'utilizzo delle sale e degli spazi pubblici, composto di 14 articoli, allegato alla presente quale parte integrante e sostanziale;",
 "1. odobri občinski pravilnik o uporabi dvoran in javnih prostorov s 14 členi, ki je priložen temu sklepu kot njegov sestavni del;"),
("2. di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione all'albo pretorio della presente deliberazione;",
 "2. določi, da pravilnik stopi v veljavo petnajsti dan po objavi tega sklepa na spletni oglasni deski;"),
("3. di incaricare il Responsabile del Servizio amministrativo degli adempimenti conseguenti, compresa la pubblicazione del Regolamento sul sito istituzionale.",
 "3. zadolži odgovorno osebo upravne službe za izvedbo nadaljnjih postopkov, vključno z objavo pravilnika na uradni spletni strani."),
]
for it, sl in pts:
    p.set_font("LS", "", 10); p.multi_cell(0, 5, it, align="J", new_x="LMARGIN", new_y="NEXT")
    p.set_font("LS", "I", 9); p.multi_cell(0, 4.5, sl, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.set_font("LS", "", 10)
p.multi_cell(0, 5, "Successivamente, con voti unanimi favorevoli espressi per alzata di mano dai n. 9 consiglieri presenti, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21.", align="J", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "I", 9)
p.multi_cell(0, 4.5, "Nato se s soglasnimi glasovi 9 prisotnih svetnikov ta sklep razglasi za takoj izvršljiv v skladu z 19. odstavkom 1. člena Deželnega zakona št. 21 z dne 11. decembra 2003.", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_font("LS", "", 9)
y = p.get_y()
p.multi_cell(85, 4.5, "IL PRESIDENTE – PREDSEDNIK\nZamolo Claudio\n(firmato digitalmente)", align="C")
p.set_xy(110, y)
p.multi_cell(85, 4.5, "IL SEGRETARIO COMUNALE – OBČINSKA TAJNICA\ndott.ssa Lorena Mattiussi\n(firmato digitalmente)", align="C")
p.set_creator("Insiel - ADWeb Atti"); p.set_producer("Insiel PDF Writer 3.2")
p.output(sys.argv[1])
