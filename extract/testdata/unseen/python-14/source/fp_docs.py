# fpdf2 2.8.9. Builds the other 6 of the 12 PDFs.
# Run: python3 fp_docs.py  (writes into the parent folder)
import os
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DJ = "/usr/share/fonts/truetype/dejavu/"
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


class Doc(FPDF):
    foot = ""
    head = None
    page_label = "Pag. {n} di {nb}"

    def __init__(self, **kw):
        super().__init__(format="A4", **kw)
        self.add_font("DejaVu", "", DJ + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", DJ + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", DJ + "DejaVuSans-Oblique.ttf")
        self.add_font("DejaVuC", "", DJ + "DejaVuSansCondensed.ttf")
        self.add_font("DejaVuC", "B", DJ + "DejaVuSansCondensed-Bold.ttf")
        self.add_font("DejaVuSerif", "", DJ + "DejaVuSerif.ttf")
        self.add_font("DejaVuSerif", "B", DJ + "DejaVuSerif-Bold.ttf")
        self.add_font("DejaVuSerif", "I", DJ + "DejaVuSerif-Italic.ttf")
        self.alias_nb_pages()

    def header(self):
        if self.head:
            self.head(self)

    def footer(self):
        self.set_y(-13)
        fam = self.font_family
        self.set_font("Helvetica", "", 7)
        if self.foot:
            self.cell(0, 4, self.foot, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 4, self.page_label.format(n=self.page_no(), nb="{nb}"), align="R")

    def para(self, txt, h=5, align="J", md=True, indent=0):
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(0 if not indent else self.epw - indent, h, txt, align=align, markdown=md, **NL)
        self.ln(1.2)

    def centre(self, txt, style="B", size=None, h=6):
        if size:
            self.set_font(size=size)
        s = self.font_style
        self.set_font(style=style)
        self.multi_cell(0, h, txt, align="C", **NL)
        self.set_font(style=s)


# ---------------------------------------------------------------- 3 Tivoli (J-Iride)
def giunta_tivoli():
    pdf = Doc()
    pdf.foot = "Deliberazione G.C. n. 243 del 04/12/2025"
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 7, "COMUNE DI TIVOLI", align="C", **NL)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Città Metropolitana di Roma Capitale", align="C", **NL)
    pdf.ln(5)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "DELIBERAZIONE DELLA GIUNTA COMUNALE", border=1, align="C", **NL)
    pdf.set_font("DejaVu", "", 9.5)
    w = pdf.epw / 2
    pdf.cell(w, 6, "  Numero: 243", border="LB")
    pdf.cell(w, 6, "Data: 04/12/2025  ", border="RB", align="R", **NL)
    pdf.cell(w, 6, "  Proposta n. 268 del 01/12/2025", border="LB")
    pdf.cell(w, 6, "Seduta del 04/12/2025 ore 12:15  ", border="RB", align="R", **NL)
    pdf.cell(0, 6, "  Settore proponente: Settore III - Servizi Sociali e Politiche Abitative", border="LRB", **NL)
    pdf.ln(4)
    subj = ("Contributi economici straordinari a sostegno del pagamento dei canoni di locazione per l'anno 2025. "
            "Approvazione dei criteri e indirizzi al Dirigente.")
    pdf.set_font("DejaVu", "B", 10)
    y = pdf.get_y()
    pdf.cell(22, 5.5, "OGGETTO:")
    pdf.set_xy(pdf.l_margin + 22, y)
    pdf.multi_cell(pdf.epw - 22, 5.5, subj, align="L", **NL)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.para("L'anno duemilaventicinque, il giorno quattro del mese di dicembre, alle ore 12:15, nella sala delle "
             "riunioni del Palazzo Comunale, convocata nelle forme di legge, si è riunita la Giunta Comunale, "
             "anche in modalità mista ai sensi del vigente disciplinare per le sedute telematiche.")
    pdf.para("Sono presenti e assenti:")
    rows = [("1", "Stefano Ciabattoni", "Sindaco", "Presente"), ("2", "Maria Luisa Sciarretta", "Vicesindaco", "Presente"),
            ("3", "Andrea Coccia", "Assessore", "Presente"), ("4", "Valentina Proietti", "Assessore", "Presente (da remoto)"),
            ("5", "Giorgio Santucci", "Assessore", "Assente"), ("6", "Ilaria Moretti", "Assessore", "Presente"),
            ("7", "Luca Fabi", "Assessore", "Presente"), ("8", "Simona Cerroni", "Assessore", "Assente"),
            ("9", "Paolo Marinelli", "Assessore", "Presente")]
    pdf.set_font("DejaVuC", "", 9)
    with pdf.table(col_widths=(8, 60, 35, 40), text_align=("CENTER", "LEFT", "LEFT", "LEFT"),
                   line_height=5.2, width=150, align="LEFT") as t:
        r = t.row()
        for h in ("N.", "Componente", "Carica", "Presenza"):
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.ln(1)
    pdf.para("Presenti: 7 - Assenti: 2")
    pdf.para("Presiede l'adunanza il Sindaco, **Dott. Stefano Ciabattoni**. Partecipa con funzioni consultive, "
             "referenti e di assistenza il Segretario Generale, **Dott. Luigi Massimi**, che cura la verbalizzazione.")
    pdf.para("Il Presidente, riconosciuta la validità del numero legale, invita la Giunta a deliberare sull'argomento "
             "in oggetto.")
    pdf.centre("LA GIUNTA COMUNALE", h=7)
    for t_ in [
        "**Premesso** che il perdurare dell'incremento dei costi dell'abitare ha determinato un aumento delle "
        "situazioni di morosità incolpevole tra i nuclei familiari in locazione nel territorio comunale;",
        "**Visto** il decreto della Regione Lazio n. G14220 del 16/10/2025, con il quale è stata assegnata al Comune di "
        "Tivoli la somma di € 212.430,00 per il sostegno all'accesso alle abitazioni in locazione, a valere sul "
        "fondo regionale per l'anno 2025;",
        "**Considerato** che, ad integrazione delle risorse regionali, l'Amministrazione intende destinare al medesimo "
        "scopo risorse proprie per € 60.000,00, stanziate con la variazione di bilancio approvata con deliberazione "
        "del Consiglio Comunale n. 87 del 27/11/2025;",
        "**Ritenuto** di definire i criteri per la concessione dei contributi, dando indirizzo al Dirigente del "
        "Settore III per la predisposizione e pubblicazione del relativo avviso pubblico;",
        "**Visti** i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
        "267/2000, allegati alla presente;"]:
        pdf.para(t_)
    pdf.para("Con votazione unanime espressa in forma palese,")
    pdf.centre("DELIBERA", h=7)
    for t_ in [
        "a) di approvare i criteri per la concessione dei contributi economici straordinari a sostegno del pagamento "
        "dei canoni di locazione per l'anno 2025, come riportati nell'allegato \"A\", parte integrante e sostanziale "
        "del presente atto;",
        "b) di destinare allo scopo la somma complessiva di € 272.430,00, di cui € 212.430,00 di fondi regionali ed "
        "€ 60.000,00 di fondi comunali;",
        "c) di dare indirizzo al Dirigente del Settore III di predisporre e pubblicare l'avviso pubblico entro il "
        "15 dicembre 2025, con scadenza non inferiore a trenta giorni;",
        "d) di stabilire che i contributi siano erogati direttamente ai proprietari degli immobili, previa "
        "sottoscrizione di apposita dichiarazione di rinuncia all'azione di sfratto."]:
        pdf.para(t_, indent=6)
    pdf.para("Inoltre, con successiva e separata votazione unanime, la Giunta Comunale dichiara la presente "
             "deliberazione **immediatamente eseguibile**, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
    pdf.ln(4)
    pdf.para("Letto, confermato e sottoscritto.", align="L")
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(w, 5, "IL SINDACO", align="C")
    pdf.cell(w, 5, "IL SEGRETARIO GENERALE", align="C", **NL)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(w, 5, "Dott. Stefano Ciabattoni", align="C")
    pdf.cell(w, 5, "Dott. Luigi Massimi", align="C", **NL)
    pdf.set_font("DejaVu", "I", 7.5)
    pdf.cell(w, 4, "Firmato digitalmente", align="C")
    pdf.cell(w, 4, "Firmato digitalmente", align="C", **NL)
    pdf.output(os.path.join(OUT, "giunta-tivoli-jiride.pdf"))


# ---------------------------------------------------------------- 4 Maniago (Insiel)
def det_maniago():
    pdf = Doc()
    pdf.page_label = "{n}"

    def head(p):
        p.set_font("Helvetica", "B", 13)
        p.cell(0, 6, "COMUNE DI MANIAGO", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_font("Helvetica", "", 8)
        p.cell(0, 4, "Regione Autonoma Friuli Venezia Giulia", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.line(p.l_margin, p.get_y() + 1, p.w - p.r_margin, p.get_y() + 1)
        p.ln(5)
    pdf.head = head
    pdf.foot = "Comune di Maniago - Determinazione n. 612 del 21/10/2025"
    pdf.set_margins(20, 14, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "AREA TECNICA E TECNICO-MANUTENTIVA", **NL)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Servizio Lavori Pubblici e Patrimonio", **NL)
    pdf.ln(3)
    pdf.set_fill_color(230, 230, 230)
    pdf.set_font("Helvetica", "B", 10)
    half = pdf.epw / 2
    pdf.cell(half, 7, " Determinazione nr. 612 Del 21/10/2025", border=1, fill=True)
    pdf.cell(half, 7, "Reg. settore n. 148 ", border=1, fill=True, align="R", **NL)
    pdf.ln(3)
    subj = ("Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. n. 36/2023 del servizio di sgombero "
            "neve e trattamento antighiaccio della viabilità comunale per la stagione invernale 2025/2026 - CIG "
            "B8D4E21A07. Determina a contrarre e impegno di spesa.")
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(0, 5, "OGGETTO: " + subj, align="J", **NL)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "IL TITOLARE DI POSIZIONE ORGANIZZATIVA", align="C", **NL)
    pdf.set_font("Helvetica", "", 9.5)
    for t_ in [
        "VISTO il decreto del Sindaco n. 14 del 30/12/2024 di nomina del sottoscritto quale titolare di incarico di "
        "elevata qualificazione dell'Area Tecnica e Tecnico-Manutentiva;",
        "RICHIAMATA la deliberazione del Consiglio comunale n. 71 del 18/12/2024, immediatamente eseguibile, con la "
        "quale è stato approvato il bilancio di previsione 2025-2027;",
        "PREMESSO che è necessario garantire, per la stagione invernale 2025/2026, il servizio di sgombero neve e di "
        "trattamento antighiaccio delle strade comunali, con particolare riguardo alle frazioni di Campagna e "
        "Fratta e alla viabilità di accesso alla zona industriale;",
        "CONSIDERATO che il personale e i mezzi comunali non sono sufficienti a coprire l'intero reticolo viario e che "
        "occorre pertanto affidare il servizio a un operatore economico esterno;",
        "VISTO l'art. 50, comma 1, lett. b) del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei "
        "servizi di importo inferiore a Euro 140.000,00, anche senza consultazione di più operatori economici;",
        "DATO ATTO che, mediante la piattaforma eAppaltiFVG, è stato richiesto un preventivo alla ditta Movimento "
        "Terra Del Bianco S.r.l. di Maniago, in possesso di adeguata esperienza e mezzi idonei, la quale ha offerto "
        "l'importo di Euro 38.450,00 oltre IVA 22%, ritenuto congruo;",
        "ACCERTATA la regolarità del DURC (prot. INAIL_50912233, scadenza 12/02/2026);",
        "RITENUTO di provvedere in merito;"]:
        pdf.para(t_)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "D E T E R M I N A", align="C", **NL)
    pdf.set_font("Helvetica", "", 9.5)
    for i, t_ in enumerate([
        "di affidare, per le motivazioni di cui in premessa, il servizio di sgombero neve e trattamento antighiaccio "
        "della viabilità comunale per la stagione invernale 2025/2026 alla ditta Movimento Terra Del Bianco S.r.l., "
        "P.IVA 01588770936, per l'importo di Euro 38.450,00 oltre IVA 22%, per complessivi Euro 46.909,00;",
        "di impegnare la spesa di Euro 46.909,00 come segue: Euro 18.000,00 al capitolo 1890/2 del bilancio 2025 e "
        "Euro 28.909,00 al medesimo capitolo del bilancio 2026;",
        "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi "
        "dell'art. 18, comma 1, del D.Lgs. 36/2023;",
        "di dare atto che il Responsabile Unico del Progetto è il sottoscritto;",
        "di disporre la pubblicazione del presente atto nella sezione Amministrazione Trasparente del sito "
        "istituzionale."], 1):
        pdf.para("%d. %s" % (i, t_), indent=4)
    pdf.ln(4)
    pdf.cell(pdf.epw / 2, 5, "Maniago, 21/10/2025")
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(pdf.epw / 2, 5, "IL RESPONSABILE DEL SERVIZIO", align="C", **NL)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(pdf.epw / 2, 5, "")
    pdf.cell(pdf.epw / 2, 5, "ing. Paolo Bortolussi", align="C", **NL)
    pdf.set_font("Helvetica", "I", 7.5)
    pdf.cell(pdf.epw / 2, 4, "")
    pdf.cell(pdf.epw / 2, 4, "(sottoscritto digitalmente ai sensi del D.Lgs. 82/2005)", align="C", **NL)
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(0, 6, "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", border="T", align="C", **NL)
    pdf.set_font("Courier", "", 8.5)
    for l in ["Impegno   Esercizio  Capitolo  Importo", "1411/25   2025       1890/2    18.000,00",
              "  84/26   2026       1890/2    28.909,00"]:
        pdf.cell(0, 4.5, l, **NL)
    pdf.set_font("Helvetica", "", 9)
    pdf.ln(2)
    pdf.para("Maniago, 23/10/2025 - Il Responsabile del Servizio Finanziario dott.ssa Erica Cozzarin", align="L")
    pdf.output(os.path.join(OUT, "determina-maniago-insiel.pdf"))


# ---------------------------------------------------------------- 5 San Giovanni in Fiore (Dedagroup)
def det_sgf():
    pdf = Doc()
    pdf.foot = "Determinazione R.G. n. 1034 del 15/12/2025"
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.cell(0, 7, "COMUNE DI SAN GIOVANNI IN FIORE", align="C", **NL)
    pdf.set_font("Times", "I", 10)
    pdf.cell(0, 5, "(Provincia di Cosenza)", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 6, "SETTORE 2 - ECONOMICO FINANZIARIO", align="C", **NL)
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 6, "Servizio Tributi", align="C", **NL)
    pdf.ln(3)
    x0, y0 = pdf.get_x(), pdf.get_y()
    pdf.set_font("Times", "B", 11)
    pdf.multi_cell(60, 6, "DETERMINAZIONE\nN. 211 del 12/12/2025", border=1, align="C", **NL)
    pdf.set_xy(x0 + pdf.epw - 70, y0)
    pdf.multi_cell(70, 6, "REGISTRO GENERALE\nN. 1034 del 15/12/2025", border=1, align="C", **NL)
    pdf.ln(4)
    subj = ("Rimborso ai contribuenti di somme versate e non dovute a titolo di IMU per gli anni d'imposta 2022 e "
            "2023. Liquidazione.")
    pdf.set_font("Times", "B", 11)
    pdf.multi_cell(0, 5.5, "OGGETTO: " + subj, border="TB", align="J", **NL)
    pdf.ln(3)
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 6, "IL RESPONSABILE DEL SETTORE", align="C", **NL)
    for t_ in [
        "Visto il decreto sindacale n. 9 del 02/04/2025 di conferimento dell'incarico di responsabile del Settore 2 - "
        "Economico Finanziario;",
        "Visto l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, secondo il quale il rimborso delle somme "
        "versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del "
        "versamento e l'ente locale provvede entro centottanta giorni dalla data di presentazione dell'istanza;",
        "Viste le istanze di rimborso presentate dai contribuenti indicati nell'elenco allegato, depositato agli atti "
        "dell'ufficio e non pubblicato per ragioni di riservatezza, relative a versamenti IMU eseguiti in eccedenza "
        "o per errore negli anni 2022 e 2023;",
        "Dato atto che l'istruttoria svolta dall'Ufficio Tributi ha accertato la spettanza dei rimborsi per "
        "complessivi Euro 7.846,32, oltre agli interessi calcolati al tasso legale per Euro 412,18;",
        "Vista la disponibilità del capitolo 180/1 \"Rimborsi e restituzioni di tributi\" del Bilancio di previsione "
        "2025/2027, esercizio 2025;",
        "Attestata la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del "
        "D.Lgs. 267/2000;"]:
        pdf.para(t_)
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 6, "DETERMINA", align="C", **NL)
    pdf.set_font("Times", "", 11)
    for i, t_ in enumerate([
        "Di riconoscere ai contribuenti indicati nell'elenco depositato agli atti il rimborso delle somme versate e non "
        "dovute a titolo di IMU per gli anni d'imposta 2022 e 2023, per complessivi Euro 8.258,50, comprensivi di "
        "interessi.",
        "Di impegnare e contestualmente liquidare la somma di Euro 8.258,50 al capitolo 180/1 del Bilancio di previsione "
        "2025/2027, esercizio 2025.",
        "Di autorizzare il Servizio Finanziario all'emissione dei mandati di pagamento a favore dei singoli "
        "beneficiari, secondo le coordinate bancarie indicate nelle istanze.",
        "Di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile "
        "attestante la copertura finanziaria."], 1):
        pdf.para("%d) %s" % (i, t_), indent=5)
    pdf.ln(5)
    pdf.cell(pdf.epw / 2, 5, "San Giovanni in Fiore, 12/12/2025")
    pdf.set_font("Times", "B", 11)
    pdf.cell(pdf.epw / 2, 5, "Il Responsabile del Settore", align="C", **NL)
    pdf.set_font("Times", "", 11)
    pdf.cell(pdf.epw / 2, 5, "")
    pdf.cell(pdf.epw / 2, 5, "Dott. Francesco Lopetrone", align="C", **NL)
    pdf.ln(8)
    pdf.set_font("Times", "B", 10.5)
    pdf.cell(0, 6, "ATTESTAZIONE DI COPERTURA FINANZIARIA", border="T", align="C", **NL)
    pdf.set_font("Times", "", 10.5)
    pdf.para("Si appone il visto di regolarità contabile attestante la copertura finanziaria (art. 151, comma 4, D.Lgs. "
             "267/2000). Impegno n. 2025/1877 - Liquidazione n. 2025/2410.")
    pdf.para("San Giovanni in Fiore, 15/12/2025 - Il Responsabile del Servizio Finanziario Dott. Francesco Lopetrone",
             align="L")
    pdf.output(os.path.join(OUT, "determina-sangiovanniinfiore-dedagroup.pdf"))


# ---------------------------------------------------------------- 7 Olbia ordinanza (Zuddas)
def ord_olbia():
    pdf = Doc()
    pdf.page_label = "Pagina {n} di {nb}"
    pdf.foot = "Ordinanza n. 37 del 05/05/2026"
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 17)
    pdf.cell(0, 8, "COMUNE DI OLBIA", align="C", **NL)
    pdf.set_font("DejaVuSerif", "", 9)
    pdf.cell(0, 5, "Provincia del Nord-Est Sardegna", align="C", **NL)
    pdf.ln(6)
    pdf.set_font("DejaVuSerif", "B", 12)
    pdf.cell(0, 6, "ORDINANZA SINDACALE", align="C", **NL)
    pdf.set_font("DejaVuSerif", "", 10)
    pdf.cell(0, 6, "N. 37 del 05/05/2026", align="C", **NL)
    pdf.ln(4)
    subj = ("Prescrizioni antincendio per la campagna 2026: obbligo di pulizia dei terreni incolti, delle aree "
            "verdi private e dei lotti inedificati nel centro urbano e nelle frazioni.")
    pdf.set_font("DejaVuSerif", "B", 10)
    y = pdf.get_y()
    pdf.cell(22, 5.2, "Oggetto:")
    pdf.set_xy(pdf.l_margin + 22, y)
    pdf.multi_cell(pdf.epw - 22, 5.2, subj, align="L", **NL)
    pdf.ln(4)
    pdf.set_font("DejaVuSerif", "B", 10.5)
    pdf.cell(0, 6, "IL SINDACO", align="C", **NL)
    pdf.set_font("DejaVuSerif", "", 9.5)
    for t_ in [
        "**Viste** le Prescrizioni regionali antincendio 2026-2028, approvate con deliberazione della Giunta Regionale "
        "della Sardegna n. 14/22 del 16/04/2026, che individuano nel periodo dal 1° giugno al 31 ottobre il periodo "
        "di elevato pericolo di incendio;",
        "**Considerato** che i terreni incolti, le aree verdi private in stato di abbandono e i lotti inedificati, "
        "spesso ricoperti da sterpaglie e vegetazione secca, costituiscono un grave pericolo per la pubblica "
        "incolumità, soprattutto in prossimità di abitazioni, strade e strutture ricettive;",
        "**Ritenuto** necessario imporre ai proprietari e ai conduttori di tali aree l'adozione di misure preventive "
        "entro l'inizio del periodo di elevato pericolo;",
        "**Visti** l'art. 50 del D.Lgs. 18 agosto 2000, n. 267, la Legge 21 novembre 2000, n. 353 e la Legge "
        "Regionale 27 aprile 2016, n. 8;"]:
        pdf.para(t_)
    pdf.set_font("DejaVuSerif", "B", 10.5)
    pdf.cell(0, 6, "O R D I N A", align="C", **NL)
    pdf.set_font("DejaVuSerif", "", 9.5)
    pdf.para("ai proprietari, affittuari, conduttori e a chiunque abbia la disponibilità di terreni incolti, aree verdi "
             "e lotti inedificati ricadenti nel territorio comunale, entro il **31 maggio 2026** e per tutto il "
             "periodo fino al 31 ottobre 2026:")
    for i, t_ in enumerate([
        "di provvedere alla pulizia dei terreni mediante la rimozione di sterpaglie, rovi, erba secca, rifiuti e ogni "
        "altro materiale infiammabile;",
        "di realizzare, lungo l'intero perimetro dei fondi confinanti con strade, abitazioni, boschi e aree "
        "attrezzate, una fascia parafuoco sgombra da vegetazione della larghezza non inferiore a 5 metri;",
        "di mantenere le aree in condizioni tali da non favorire l'innesco e la propagazione degli incendi per "
        "tutta la durata del periodo di elevato pericolo;",
        "di smaltire il materiale di risulta secondo le modalità previste dal Regolamento comunale di igiene urbana, "
        "con divieto assoluto di abbruciamento."], 1):
        pdf.para("%d. %s" % (i, t_), indent=6)
    pdf.set_font("DejaVuSerif", "B", 10.5)
    pdf.cell(0, 6, "AVVERTE", align="C", **NL)
    pdf.set_font("DejaVuSerif", "", 9.5)
    pdf.para("che, in caso di inottemperanza, si applica la sanzione amministrativa pecuniaria da € 100,00 a € 500,00 "
             "ai sensi dell'art. 7-bis del D.Lgs. 267/2000, fatte salve le sanzioni previste dalla normativa "
             "regionale, e che l'Amministrazione provvederà d'ufficio all'esecuzione dei lavori con addebito delle "
             "spese ai trasgressori.")
    pdf.set_font("DejaVuSerif", "B", 10.5)
    pdf.cell(0, 6, "DISPONE", align="C", **NL)
    pdf.set_font("DejaVuSerif", "", 9.5)
    pdf.para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale dell'Ente e "
             "trasmessa al Comando di Polizia Locale, al Corpo Forestale e di Vigilanza Ambientale - Stazione di "
             "Olbia, al Comando Provinciale dei Vigili del Fuoco e alla Compagnia Barracelli, incaricati della "
             "vigilanza sulla sua osservanza.")
    pdf.para("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Sardegna entro 60 giorni dalla "
             "pubblicazione, oppure ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
    if pdf.get_y() > pdf.h - 40:   # keep the signature block together
        pdf.add_page()
    pdf.ln(4)
    pdf.cell(pdf.epw / 2, 5, "Olbia, 05/05/2026")
    pdf.set_font("DejaVuSerif", "B", 10)
    pdf.cell(pdf.epw / 2, 5, "IL SINDACO", align="C", **NL)
    pdf.set_font("DejaVuSerif", "", 10)
    pdf.cell(pdf.epw / 2, 5, "")
    pdf.cell(pdf.epw / 2, 5, "Giovanni Maria Deiana", align="C", **NL)
    pdf.output(os.path.join(OUT, "ordinanza-olbia-zuddas.pdf"))


# ---------------------------------------------------------------- 10 Treia annex (Word)
def allegato_treia():
    pdf = Doc()
    pdf.page_label = ""
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 6, "Comune di Treia", align="C", **NL)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 4.5, "Provincia di Macerata", align="C", **NL)
    pdf.ln(6)
    pdf.set_font("DejaVu", "I", 9)
    pdf.cell(0, 5, "Allegato \"A\" alla deliberazione della Giunta Comunale n. 151 del 23/10/2025", align="R", **NL)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(0, 5.5, "LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA \"DOLORES PRATO\"\n"
                   "QUADRO ECONOMICO DI PROGETTO", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9)
    rows = [("A", "LAVORI", "", True), ("A.1", "Lavori a misura soggetti a ribasso", "412.350,00", False),
            ("A.2", "Oneri per la sicurezza non soggetti a ribasso", "14.800,00", False),
            ("", "Totale lavori (A)", "427.150,00", True),
            ("B", "SOMME A DISPOSIZIONE DELL'AMMINISTRAZIONE", "", True),
            ("B.1", "IVA 10% sui lavori", "42.715,00", False),
            ("B.2", "Spese tecniche (progettazione, D.L., sicurezza, collaudo)", "58.300,00", False),
            ("B.3", "Contributi previdenziali 4% su B.2", "2.332,00", False),
            ("B.4", "IVA 22% su B.2 e B.3", "13.339,04", False),
            ("B.5", "Incentivi funzioni tecniche art. 45 D.Lgs. 36/2023 (2%)", "8.543,00", False),
            ("B.6", "Contributo ANAC", "250,00", False),
            ("B.7", "Imprevisti e arrotondamenti", "7.370,96", False),
            ("", "Totale somme a disposizione (B)", "132.850,00", True),
            ("", "TOTALE COMPLESSIVO (A + B)", "560.000,00", True)]
    with pdf.table(col_widths=(14, 120, 36), text_align=("CENTER", "LEFT", "RIGHT"), line_height=6,
                   first_row_as_headings=True) as t:
        r = t.row()
        for h in ("Voce", "Descrizione", "Importo (€)"):
            r.cell(h)
        for a, b, c, bold in rows:
            r = t.row()
            from fpdf.fonts import FontFace
            st = FontFace(emphasis="BOLD") if bold else None
            r.cell(a, style=st)
            r.cell(b, style=st)
            r.cell(c, style=st)
    pdf.ln(5)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 5, "Fonti di finanziamento: contributo PNRR - Missione 2, Componente 3, Investimento 1.1 per "
                   "€ 450.000,00; fondi propri di bilancio (avanzo di amministrazione) per € 110.000,00.", **NL)
    pdf.ln(8)
    pdf.cell(0, 5, "Il Responsabile Unico del Progetto", align="R", **NL)
    pdf.cell(0, 5, "Geom. Roberto Cingolani Pieroni", align="R", **NL)
    pdf.output(os.path.join(OUT, "allegato-treia-word.pdf"))


# ---------------------------------------------------------------- 12 Provincia di Vercelli notice (Word)
def avviso_vercelli():
    pdf = Doc()
    pdf.page_label = ""
    pdf.set_margins(22, 15, 22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "PROVINCIA DI VERCELLI", align="C", **NL)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Area Territorio - Settore Tutela Ambientale", align="C", **NL)
    pdf.cell(0, 5, "Via San Cristoforo 3 - 13100 Vercelli", align="C", **NL)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Vercelli, 26/01/2026", align="R", **NL)
    pdf.cell(0, 5, "Prot. n. 2119/2026", **NL)
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Ai Comuni di Vercelli, Caresanablot e Borgo Vercelli\nper la pubblicazione all'Albo "
                   "Pretorio on line", align="R", **NL)
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "AVVISO AL PUBBLICO", align="C", **NL)
    pdf.ln(2)
    subj = ("Procedura di verifica di assoggettabilità a VIA ai sensi dell'art. 19 del D.Lgs. 152/2006 - Progetto di "
            "ampliamento dell'impianto di recupero di rifiuti non pericolosi in località Cascina Nuova, Comune di "
            "Vercelli. Proponente: Ecoinerti Vercellese S.r.l.")
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(0, 5, "Oggetto: " + subj, align="J", **NL)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    for t_ in [
        "Si rende noto che in data 19/01/2026 la società Ecoinerti Vercellese S.r.l. ha presentato alla Provincia di "
        "Vercelli istanza di verifica di assoggettabilità a Valutazione di Impatto Ambientale per il progetto in "
        "oggetto, che prevede l'aumento della capacità di trattamento dell'impianto da 60.000 a 95.000 tonnellate "
        "annue di rifiuti inerti da costruzione e demolizione.",
        "Lo studio preliminare ambientale e la documentazione di progetto sono depositati per la consultazione del "
        "pubblico presso l'Ufficio VIA della Provincia e sono pubblicati sul sito web istituzionale, sezione "
        "\"Ambiente - Valutazioni ambientali\".",
        "Entro 30 giorni dalla data di pubblicazione del presente avviso chiunque abbia interesse può prendere "
        "visione del progetto e presentare osservazioni scritte all'indirizzo PEC della Provincia, indicando "
        "nell'oggetto la denominazione del progetto.",
        "Ai Comuni in indirizzo si chiede di pubblicare il presente avviso all'Albo Pretorio per 30 giorni "
        "consecutivi e di restituire la relata di avvenuta pubblicazione.",
        "Responsabile del procedimento: dott. Enrico Gallarati."]:
        pdf.multi_cell(0, 5, t_, align="J", **NL)
        pdf.ln(2)
    pdf.ln(6)
    pdf.cell(0, 5, "Il Dirigente dell'Area Territorio", align="R", **NL)
    pdf.cell(0, 5, "ing. Marta Bodo", align="R", **NL)
    pdf.set_font("Helvetica", "I", 8)
    pdf.cell(0, 5, "(firmato digitalmente)", align="R", **NL)
    pdf.output(os.path.join(OUT, "avviso-vercelli-provincia.pdf"))


if __name__ == "__main__":
    giunta_tivoli()
    det_maniago()
    det_sgf()
    ord_olbia()
    allegato_treia()
    avviso_vercelli()
