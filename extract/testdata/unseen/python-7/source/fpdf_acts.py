"""fpdf2 acts: Borgo San Dalmazzo (Sicraweb), Gualdo Tadino (Civilia), Agnone (Studio K),
Cividale del Friuli (Insiel), Poppi (Word template). Invented people and facts."""
import os
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DV = "/usr/share/fonts/truetype/dejavu/"
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


class Doc(FPDF):
    foot = ""
    footfont = "Helvetica"

    def footer(self):
        if not self.foot:
            return
        self.set_y(-13)
        self.set_font(self.footfont, "", 7.5)
        self.cell(0, 5, self.foot.format(p=self.page_no(), n="{nb}"), align="C")


def points(pdf, items, label, h, indent=8):
    for i, t in enumerate(items, 1):
        y = pdf.get_y()
        pdf.cell(indent, h, label(i))
        pdf.multi_cell(0, h, t, align="J", **NL)
        pdf.ln(1)


# ---------------------------------------------------------------- 2 Borgo San Dalmazzo (Sicraweb, DejaVu Sans)
def borgo():
    pdf = Doc(format="A4")
    pdf.add_font("DejaVu", "", DV + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", DV + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", DV + "DejaVuSans-Oblique.ttf")
    pdf.foot = "Deliberazione della Giunta Comunale n. 97 del 23/06/2025 - pag. {p}/{n}"
    pdf.footfont = "DejaVu"
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "COMUNE DI BORGO SAN DALMAZZO", align="C", **NL)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "PROVINCIA DI CUNEO", align="C", **NL)
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "GIUNTA COMUNALE", align="C", **NL)
    pdf.cell(0, 6, "DELIBERAZIONE N. 97", align="C", **NL)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, "Seduta del 23 giugno 2025", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_fill_color(235, 235, 235)
    pdf.multi_cell(0, 5.2, "OGGETTO: CONCESSIONE DI UN CONTRIBUTO ALL'ASSOCIAZIONE PRO LOCO PER "
                   "L'ORGANIZZAZIONE DELLA FIERA FREDDA 2025 E APPROVAZIONE DELLO SCHEMA DI CONVENZIONE.",
                   border=1, fill=True, padding=2, **NL)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, "L'anno 2025 il giorno ventitré del mese di giugno alle ore diciassette e minuti "
                   "trenta nella solita sala delle riunioni, regolarmente convocata, si è riunita la Giunta "
                   "Comunale nelle persone dei Signori:", align="J", **NL)
    pdf.ln(2)
    w = [70, 50, 50]
    pdf.set_font("DejaVu", "B", 9)
    for t, ww in zip(["Nominativo", "Carica", "Presente"], w):
        pdf.cell(ww, 6.5, t, border=1, align="C")
    pdf.ln()
    pdf.set_font("DejaVu", "", 9)
    for n, r, p in [("ROBBIONE Gian Paolo", "Sindaco", "No"), ("GIORDANO Marta", "Vice Sindaco", "Sì"),
                    ("BERNARDI Fabrizio", "Assessore", "Sì"), ("DALMASSO Chiara", "Assessore", "Sì (videoconferenza)"),
                    ("MACARIO Stefano", "Assessore", "Sì")]:
        pdf.cell(w[0], 6, " " + n, border=1)
        pdf.cell(w[1], 6, " " + r, border=1)
        pdf.cell(w[2], 6, p, border=1, align="C")
        pdf.ln()
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Totale presenti: 4          Totale assenti: 1", **NL)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    for t in [
        "Partecipa alla seduta il Vice Segretario Comunale Dott.ssa Elena Bruno, che provvede alla redazione del "
        "presente verbale.",
        "Assume la presidenza la Sig.ra Marta Giordano, Vice Sindaco, la quale, riconosciuta legale l'adunanza, "
        "dichiara aperta la seduta e pone in discussione la pratica segnata all'ordine del giorno.",
    ]:
        pdf.multi_cell(0, 5, t, align="J", **NL)
        pdf.ln(1)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "LA GIUNTA COMUNALE", align="C", **NL)
    pdf.set_font("DejaVu", "", 9.5)
    for t in [
        "Premesso che la Fiera Fredda della lumaca costituisce la principale manifestazione fieristica cittadina "
        "e che l'edizione 2025 si svolgerà dal 5 all'8 dicembre nelle aree del centro storico e di piazza "
        "Liberazione;",
        "Vista la richiesta dell'Associazione Pro Loco, pervenuta al protocollo n. 11842 del 03/06/2025, con la "
        "quale si chiede un contributo per le spese di allestimento, sicurezza e promozione della manifestazione;",
        "Richiamato il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con "
        "deliberazione del Consiglio Comunale n. 7 del 26/02/2019;",
        "Ritenuto di riconoscere un contributo di euro 18.000,00 e di disciplinare i rapporti con l'Associazione "
        "mediante apposita convenzione;",
        "Acquisiti i pareri favorevoli in ordine alla regolarità tecnica e contabile, espressi ai sensi "
        "dell'art. 49 del D.Lgs. 267/2000;",
        "Con voti unanimi favorevoli, espressi in forma palese,",
    ]:
        pdf.multi_cell(0, 5, t, align="J", **NL)
        pdf.ln(1)
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "DELIBERA", align="C", **NL)
    pdf.set_font("DejaVu", "", 9.5)
    points(pdf, [
        "Di concedere all'Associazione Pro Loco di Borgo San Dalmazzo un contributo di euro 18.000,00 per "
        "l'organizzazione della Fiera Fredda 2025.",
        "Di approvare lo schema di convenzione allegato, che disciplina gli obblighi dell'Associazione e le "
        "modalità di rendicontazione delle spese.",
        "Di dare atto che la spesa trova imputazione alla missione 7, programma 1, del bilancio 2025/2027, "
        "esercizio 2025.",
    ], lambda i: "%d)" % i, 5)
    pdf.ln(6)
    pdf.cell(0, 5, "Letto, confermato e sottoscritto.", **NL)
    pdf.ln(5)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(85, 5, "IL VICE SINDACO", align="C")
    pdf.cell(85, 5, "IL VICE SEGRETARIO COMUNALE", align="C", **NL)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(85, 5, "Marta Giordano", align="C")
    pdf.cell(85, 5, "Dott.ssa Elena Bruno", align="C", **NL)
    pdf.set_font("DejaVu", "I", 7.5)
    pdf.cell(85, 5, "Firmato digitalmente", align="C")
    pdf.cell(85, 5, "Firmato digitalmente", align="C", **NL)
    pdf.output(os.path.join(OUT, "giunta-borgosandalmazzo-sicraweb.pdf"))


# ---------------------------------------------------------------- 4 Gualdo Tadino (Civilia, Times, prose roll)
def gualdo():
    pdf = Doc(format="A4")
    pdf.foot = "Atto di Giunta n. 112 del 07.08.2025 - Pagina {p}"
    pdf.footfont = "Times"
    pdf.set_margins(22, 16, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.cell(0, 8, "COMUNE DI GUALDO TADINO", align="C", **NL)
    pdf.set_font("Times", "I", 10.5)
    pdf.cell(0, 5, "Provincia di Perugia", align="C", **NL)
    pdf.ln(3)
    pdf.line(22, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(4)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 6, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", **NL)
    pdf.ln(2)
    pdf.set_font("Times", "", 11)
    pdf.cell(84, 6, "Atto n. 112")
    pdf.cell(0, 6, "Seduta del 07.08.2025", align="R", **NL)
    pdf.ln(3)
    pdf.set_font("Times", "B", 11)
    pdf.cell(22, 5.5, "OGGETTO:")
    pdf.multi_cell(0, 5.5, "Approvazione del piano comunale degli interventi per la stagione estiva "
                   "2025 presso gli impianti sportivi di Valsorda e del Parco del Rio Fergia.", **NL)
    pdf.ln(4)
    pdf.set_font("Times", "", 11)
    for t in [
        "L'anno duemilaventicinque, il giorno sette del mese di agosto, alle ore dodici e trenta, nella Residenza "
        "Municipale, convocata con appositi avvisi, si è riunita la Giunta Comunale.",
        "Sono presenti i signori: PASQUARELLI Massimiliano, Sindaco; FARABI Giulia, Vice Sindaco; MORICONI "
        "Andrea, Assessore; TITTARELLI Sara, Assessore.",
        "Risultano assenti i signori: CAPPELLETTI Roberto, Assessore; PICCHIARELLI Anna, Assessore.",
        "Partecipa il Segretario Generale Dott. Francesco Lupattelli, incaricato della redazione del verbale.",
        "Presiede il Sindaco Massimiliano Pasquarelli, il quale, accertato il numero legale, dichiara aperta la "
        "seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.",
    ]:
        pdf.multi_cell(0, 5.6, t, align="J", **NL)
        pdf.ln(1.5)
    pdf.ln(2)
    pdf.set_font("Times", "B", 11.5)
    pdf.cell(0, 6, "LA GIUNTA COMUNALE", align="C", **NL)
    pdf.ln(1)
    pdf.set_font("Times", "", 11)
    for t in [
        "PREMESSO che gli impianti sportivi di Valsorda e il Parco del Rio Fergia ospitano ogni anno, nel periodo "
        "estivo, manifestazioni sportive e attività ricreative rivolte ai residenti e ai visitatori;",
        "CONSIDERATO che il Servizio Lavori Pubblici ha predisposto un piano di interventi di manutenzione "
        "ordinaria, sfalcio delle aree verdi, sistemazione della sentieristica e potenziamento dell'illuminazione, "
        "per una spesa complessiva stimata in euro 64.500,00;",
        "VISTO il bilancio di previsione 2025/2027, approvato con deliberazione del Consiglio Comunale n. 15 del "
        "27/03/2025, che presenta la necessaria disponibilità;",
        "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
        "D.Lgs. 267/2000;",
        "CON VOTAZIONE unanime, espressa nei modi di legge,",
    ]:
        pdf.multi_cell(0, 5.6, t, align="J", **NL)
        pdf.ln(1)
    pdf.ln(1)
    pdf.set_font("Times", "B", 11.5)
    pdf.cell(0, 6, "DELIBERA", align="C", **NL)
    pdf.ln(1)
    pdf.set_font("Times", "", 11)
    points(pdf, [
        "di approvare il piano comunale degli interventi per la stagione estiva 2025 presso gli impianti sportivi "
        "di Valsorda e del Parco del Rio Fergia, nel testo allegato;",
        "di quantificare la spesa complessiva in euro 64.500,00, da imputare ai pertinenti capitoli del bilancio "
        "2025/2027, esercizio 2025;",
        "di incaricare il Dirigente del Settore Lavori Pubblici dell'attuazione del piano e dell'adozione dei "
        "relativi impegni di spesa;",
        "di stabilire che gli interventi sull'illuminazione siano completati entro il 31 agosto 2025;",
        "di dichiarare, con separata votazione unanime, il presente atto immediatamente eseguibile ai sensi "
        "dell'art. 134, comma 4, del D.Lgs. 267/2000.",
    ], lambda i: "%d." % i, 5.6)
    pdf.ln(6)
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 5, "Il presente verbale viene letto, approvato e sottoscritto.", **NL)
    pdf.ln(6)
    pdf.set_font("Times", "B", 11)
    pdf.cell(84, 5, "IL SINDACO", align="C")
    pdf.cell(84, 5, "IL SEGRETARIO GENERALE", align="C", **NL)
    pdf.set_font("Times", "", 11)
    pdf.cell(84, 6, "Massimiliano Pasquarelli", align="C")
    pdf.cell(84, 6, "Dott. Francesco Lupattelli", align="C", **NL)
    pdf.output(os.path.join(OUT, "giunta-gualdotadino-civilia.pdf"))


# ---------------------------------------------------------------- 7 Agnone (Studio K, Courier, presence after name)
def agnone():
    pdf = Doc(format="A4")
    pdf.set_margins(20, 15, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("Courier", "B", 14)
    pdf.cell(0, 7, "COMUNE DI AGNONE", align="C", **NL)
    pdf.set_font("Courier", "", 9.5)
    pdf.cell(0, 5, "(Provincia di Isernia)", align="C", **NL)
    pdf.ln(5)
    pdf.set_font("Courier", "B", 10)
    pdf.cell(0, 5, "COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", **NL)
    pdf.ln(2)
    pdf.set_font("Courier", "", 10)
    pdf.cell(0, 5, "Numero 64                                      Data 11.07.2025", **NL)
    pdf.ln(3)
    pdf.set_font("Courier", "B", 10)
    pdf.multi_cell(0, 5, "Oggetto: AFFIDAMENTO IN GESTIONE DEL RIFUGIO COMUNALE DI MONTECASTELBARONE - "
                   "APPROVAZIONE LINEE DI INDIRIZZO", **NL)
    pdf.ln(3)
    pdf.set_font("Courier", "", 9.5)
    pdf.multi_cell(0, 4.8, "L'anno duemilaventicinque il giorno undici del mese di luglio alle ore 13,15 nella "
                   "Residenza Municipale, convocata nei modi di legge, si e' riunita la Giunta Comunale. "
                   "Dei Signori componenti la Giunta Comunale:", **NL)
    pdf.ln(2)
    for i, (n, r, p) in enumerate([("MARINELLI Daniele", "Sindaco", "Presente"),
                                   ("DI PASQUALE Rosa", "Vice Sindaco", "Presente"),
                                   ("CARLOMAGNO Ugo", "Assessore", "Assente"),
                                   ("MASCIOTRA Veronica", "Assessore", "Presente"),
                                   ("SAMMARONE Ettore", "Assessore", "Presente")], 1):
        left = "%d. %s, %s " % (i, n, r)
        pdf.cell(0, 5, "   " + left + "." * (52 - len(left)) + " " + p, **NL)
    pdf.ln(2)
    pdf.cell(0, 5, "ne risultano presenti n. 4 e assenti n. 1.", **NL)
    pdf.ln(2)
    for t in [
        "Assume la presidenza il Sindaco Avv. Daniele Marinelli.",
        "Partecipa il Segretario Comunale Dott. Nicola Di Iorio, con funzioni consultive, referenti e di "
        "assistenza, il quale provvede alla redazione del presente verbale.",
        "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i "
        "convenuti a deliberare sull'oggetto sopraindicato.",
    ]:
        pdf.multi_cell(0, 4.8, t, **NL)
        pdf.ln(1)
    pdf.ln(2)
    pdf.set_font("Courier", "B", 10)
    pdf.cell(0, 5, "LA GIUNTA COMUNALE", align="C", **NL)
    pdf.ln(1)
    pdf.set_font("Courier", "", 9.5)
    for t in [
        "PREMESSO che il Comune e' proprietario del rifugio montano sito in localita' Montecastelbarone, "
        "ristrutturato con i fondi del Programma di Sviluppo Rurale e attualmente privo di gestore;",
        "CONSIDERATO che la gestione del rifugio rappresenta un'occasione di promozione turistica del territorio "
        "dell'Alto Molise e di presidio delle aree montane;",
        "RITENUTO di fornire al Responsabile dell'Area Tecnica le linee di indirizzo per l'affidamento in "
        "concessione della struttura, per la durata di anni cinque, mediante procedura ad evidenza pubblica;",
        "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
        "Con voti unanimi favorevoli resi nelle forme di legge;",
    ]:
        pdf.multi_cell(0, 4.8, t, **NL)
        pdf.ln(1)
    pdf.ln(1)
    pdf.set_font("Courier", "B", 10)
    pdf.cell(0, 5, "D E L I B E R A", align="C", **NL)
    pdf.ln(1)
    pdf.set_font("Courier", "", 9.5)
    points(pdf, [
        "DI APPROVARE le linee di indirizzo per l'affidamento in gestione del rifugio comunale di "
        "Montecastelbarone, come riportate nell'allegato A;",
        "DI STABILIRE che il canone annuo a base di gara sia pari a euro 3.600,00, con obbligo per il gestore "
        "di garantire l'apertura nei mesi da giugno a settembre e nei fine settimana invernali;",
        "DI DEMANDARE al Responsabile dell'Area Tecnica gli adempimenti conseguenti;",
        "DI DICHIARARE, con separata ed unanime votazione, la presente immediatamente eseguibile ai sensi "
        "dell'art. 134, comma 4, del D.Lgs. 267/2000.",
    ], lambda i: "%d)" % i, 4.8)
    pdf.ln(5)
    pdf.cell(0, 5, "Letto, confermato e sottoscritto", **NL)
    pdf.ln(3)
    pdf.cell(85, 5, "IL PRESIDENTE")
    pdf.cell(0, 5, "IL SEGRETARIO COMUNALE", **NL)
    pdf.cell(85, 5, "F.to Avv. Daniele Marinelli")
    pdf.cell(0, 5, "F.to Dott. Nicola Di Iorio", **NL)
    pdf.output(os.path.join(OUT, "giunta-agnone-studiok.pdf"))


# ---------------------------------------------------------------- 10 Cividale del Friuli (Insiel, DejaVu Sans Condensed)
def cividale():
    pdf = Doc(format="A4")
    pdf.add_font("DVC", "", DV + "DejaVuSansCondensed.ttf")
    pdf.add_font("DVC", "B", DV + "DejaVuSansCondensed-Bold.ttf")
    pdf.foot = "Comune di Cividale del Friuli - Deliberazione n. 38 del 22/09/2025 - pag. {p}"
    pdf.footfont = "DVC"
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DVC", "B", 16)
    pdf.cell(0, 8, "Comune di Cividale del Friuli", **NL)
    pdf.set_font("DVC", "", 9)
    pdf.cell(0, 5, "Provincia di Udine", **NL)
    pdf.ln(2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.6)
    pdf.line(18, pdf.get_y(), 192, pdf.get_y())
    pdf.ln(4)
    pdf.set_font("DVC", "B", 11)
    pdf.cell(0, 6, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", **NL)
    pdf.set_font("DVC", "", 10)
    pdf.cell(0, 6, "N. 38 del Reg. Delib.          Data 22/09/2025", **NL)
    pdf.ln(2)
    pdf.set_font("DVC", "B", 10)
    pdf.cell(20, 5.5, "OGGETTO:")
    pdf.multi_cell(0, 5.5, "Approvazione del Piano comunale di settore per la localizzazione degli impianti "
                   "fissi di telefonia mobile. Adozione.", **NL)
    pdf.ln(3)
    pdf.set_font("DVC", "", 9.5)
    pdf.multi_cell(0, 5, "L'anno duemilaventicinque, il giorno ventidue del mese di settembre alle ore "
                   "diciotto, nella sala consiliare di Palazzo de Nordis, in seguito a convocazione disposta "
                   "con avviso consegnato ai singoli Consiglieri, si è riunito in seduta pubblica ordinaria di "
                   "prima convocazione il Consiglio Comunale. Fatto l'appello nominale risultano:",
                   align="J", **NL)
    pdf.ln(2)
    roll = [("Bernardis Elena", "Sindaco", True), ("Zorzettig Claudio", "Presidente del Consiglio", True),
            ("Chiabai Monica", "Consigliere", True), ("Cencig Roberto", "Consigliere", True),
            ("Blasutig Anna", "Consigliere", True), ("Qualizza Matteo", "Consigliere", False),
            ("Dorbolò Francesca", "Consigliere", True), ("Podrecca Stefano", "Consigliere", True),
            ("Cromaz Valentina", "Consigliere", True), ("Mattelig Paolo", "Consigliere", True),
            ("Trusgnach Ilaria", "Consigliere", True), ("Juretig Lorenzo", "Consigliere", True),
            ("Sittaro Giulia", "Consigliere", False), ("Crucil Marco", "Consigliere", True),
            ("Dugaro Sabrina", "Consigliere", True), ("Petricig Alessandro", "Consigliere", True),
            ("Medves Chiara", "Consigliere", True)]
    w = [10, 64, 52, 24, 24]
    pdf.set_font("DVC", "B", 8.8)
    pdf.set_fill_color(220, 228, 240)
    for t, ww in zip(["N.", "Cognome e nome", "Carica", "Presente", "Assente"], w):
        pdf.cell(ww, 6, t, border=1, align="C", fill=True)
    pdf.ln()
    pdf.set_font("DVC", "", 8.8)
    for i, (n, r, p) in enumerate(roll, 1):
        pdf.cell(w[0], 5.2, str(i), border=1, align="C")
        pdf.cell(w[1], 5.2, n, border=1)
        pdf.cell(w[2], 5.2, r, border=1)
        pdf.cell(w[3], 5.2, "X" if p else "", border=1, align="C")
        pdf.cell(w[4], 5.2, "" if p else "X", border=1, align="C")
        pdf.ln()
    pdf.ln(2)
    pdf.set_font("DVC", "", 9.5)
    for t in [
        "Assiste il Segretario comunale dott.ssa Michela Tomasetig.",
        "Constatato il numero legale degli intervenuti, assume la presidenza il sig. Claudio Zorzettig nella sua "
        "qualità di Presidente del Consiglio, il quale espone l'oggetto inscritto all'ordine del giorno.",
    ]:
        pdf.multi_cell(0, 5, t, align="J", **NL)
        pdf.ln(1)
    pdf.ln(1)
    pdf.set_font("DVC", "B", 10)
    pdf.cell(0, 6, "IL CONSIGLIO COMUNALE", align="C", **NL)
    pdf.set_font("DVC", "", 9.5)
    for t in [
        "Premesso che l'art. 8, comma 6, della legge 22 febbraio 2001, n. 36 consente ai Comuni di adottare un "
        "regolamento per assicurare il corretto insediamento urbanistico e territoriale degli impianti e "
        "minimizzare l'esposizione della popolazione ai campi elettromagnetici;",
        "Vista la legge regionale 18 marzo 2011, n. 3, che disciplina il Piano comunale di settore per la "
        "localizzazione degli impianti fissi di telefonia mobile;",
        "Visto il Piano redatto dallo studio incaricato, composto dalla relazione tecnica, dalle norme di "
        "attuazione e dalla cartografia delle aree idonee, e il parere favorevole dell'ARPA FVG;",
        "Sentita la competente Commissione consiliare nella seduta del 10/09/2025;",
        "Acquisiti i pareri favorevoli di regolarità tecnica ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        "Con voti favorevoli 12, contrari nessuno, astenuti 3 (Chiabai, Cromaz, Dugaro), espressi per alzata di "
        "mano da 15 Consiglieri presenti, di cui 12 votanti,",
    ]:
        pdf.multi_cell(0, 5, t, align="J", **NL)
        pdf.ln(1)
    pdf.set_font("DVC", "B", 10)
    pdf.cell(0, 6, "DELIBERA", align="C", **NL)
    pdf.set_font("DVC", "", 9.5)
    points(pdf, [
        "di adottare il Piano comunale di settore per la localizzazione degli impianti fissi di telefonia "
        "mobile, composto dagli elaborati elencati in premessa;",
        "di disporre il deposito del Piano presso la Segreteria comunale per trenta giorni effettivi, "
        "dandone avviso sul Bollettino Ufficiale della Regione;",
        "di incaricare il Responsabile del Servizio Urbanistica degli adempimenti conseguenti.",
    ], lambda i: "%d." % i, 5, indent=7)
    pdf.ln(6)
    pdf.set_font("DVC", "", 9.5)
    pdf.cell(0, 5, "Letto, confermato e sottoscritto.", **NL)
    pdf.ln(4)
    pdf.set_font("DVC", "B", 9.5)
    pdf.cell(87, 5, "Il Presidente", align="C")
    pdf.cell(87, 5, "Il Segretario comunale", align="C", **NL)
    pdf.set_font("DVC", "", 9.5)
    pdf.cell(87, 5, "sig. Claudio Zorzettig", align="C")
    pdf.cell(87, 5, "dott.ssa Michela Tomasetig", align="C", **NL)
    pdf.output(os.path.join(OUT, "consiglio-cividale-insiel.pdf"))


# ---------------------------------------------------------------- 12 Poppi (Word template, Helvetica, prose roll)
def poppi():
    pdf = Doc(format="A4")
    pdf.foot = "Pag. {p}"
    pdf.set_margins(25, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "COMUNE DI POPPI", align="C", **NL)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Provincia di Arezzo", align="C", **NL)
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", **NL)
    pdf.cell(0, 6, "N. 27 del 15 dicembre 2025", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(0, 5.2, "OGGETTO: Approvazione della convenzione con l'Unione dei Comuni Montani del "
                   "Casentino per la gestione associata del servizio di polizia locale.", border="TB",
                   padding=(2, 0, 2, 0), **NL)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    for t in [
        "L'anno duemilaventicinque, il giorno quindici del mese di dicembre alle ore 21:00, nella Sala del "
        "Consiglio del Palazzo Comunale, si è riunito il Consiglio Comunale in sessione ordinaria, seduta "
        "pubblica, a seguito di convocazione del Sindaco notificata a ciascun Consigliere.",
        "All'appello nominale sono presenti i Consiglieri: Carlo Tocchini, Sindaco; Marta Bigiarini; Stefano "
        "Fani; Lucia Mugnai; Gabriele Tassini; Anna Rosa Ceccherini; Riccardo Bonechi; Elisa Pratesi; Davide "
        "Salvi; Irene Bartolini; Federico Giovannuzzi.",
        "Risultano assenti i Consiglieri: Sandra Lusini (giustificata); Paolo Cipriani.",
        "Presenti n. 11 - Assenti n. 2.",
        "Partecipa alla seduta il Vice Segretario Comunale Dott.ssa Cristina Bindi, incaricata della "
        "redazione del verbale.",
        "Presiede il Sindaco Carlo Tocchini, il quale, riconosciuto legale il numero degli intervenuti, "
        "dichiara aperta la seduta.",
    ]:
        pdf.multi_cell(0, 5.2, t, align="J", **NL)
        pdf.ln(1.5)
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 6, "IL CONSIGLIO COMUNALE", align="C", **NL)
    pdf.set_font("Helvetica", "", 10)
    for t in [
        "Premesso che il Comune di Poppi esercita in forma associata, tramite l'Unione dei Comuni Montani del "
        "Casentino, numerose funzioni fondamentali, e che la convenzione per il servizio di polizia locale "
        "scade il 31 dicembre 2025;",
        "Considerato che la gestione associata consente di assicurare la copertura del servizio nelle frazioni "
        "e durante le manifestazioni estive, con una spesa a carico del Comune di euro 96.400,00 annui;",
        "Visto lo schema di convenzione, della durata di anni cinque, allegato al presente atto;",
        "Udita l'illustrazione del Sindaco e gli interventi dei Consiglieri, registrati e conservati agli atti;",
        "Visti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        "Con la seguente votazione, resa in forma palese: presenti n. 11, votanti n. 10, favorevoli n. 8, "
        "contrari n. 2 (Salvi, Giovannuzzi), astenuti n. 1 (Bartolini);",
    ]:
        pdf.multi_cell(0, 5.2, t, align="J", **NL)
        pdf.ln(1)
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 6, "DELIBERA", align="C", **NL)
    pdf.set_font("Helvetica", "", 10)
    points(pdf, [
        "di approvare lo schema di convenzione con l'Unione dei Comuni Montani del Casentino per la gestione "
        "associata del servizio di polizia locale per il periodo 2026-2030;",
        "di autorizzare il Sindaco alla sottoscrizione della convenzione;",
        "di dare atto che la spesa di euro 96.400,00 annui sarà prevista nei bilanci di competenza;",
        "di trasmettere copia del presente atto all'Unione dei Comuni Montani del Casentino.",
    ], lambda i: "%d." % i, 5.2, indent=7)
    pdf.ln(1)
    pdf.multi_cell(0, 5.2, "Successivamente, con separata votazione (presenti n. 11, votanti n. 10, "
                   "favorevoli n. 8, contrari n. 2, astenuti n. 1), il Consiglio Comunale dichiara la presente "
                   "deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
                   "D.Lgs. n. 267/2000, per consentire la stipula della convenzione entro la scadenza.",
                   align="J", **NL)
    pdf.ln(8)
    pdf.cell(0, 5, "Letto, approvato e sottoscritto", **NL)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(80, 5, "IL SINDACO", align="C")
    pdf.cell(80, 5, "IL VICE SEGRETARIO COMUNALE", align="C", **NL)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(80, 5, "Carlo Tocchini", align="C")
    pdf.cell(80, 5, "Dott.ssa Cristina Bindi", align="C", **NL)
    pdf.output(os.path.join(OUT, "consiglio-poppi-word.pdf"))


if __name__ == "__main__":
    borgo()
    gualdo()
    agnone()
    cividale()
    poppi()
