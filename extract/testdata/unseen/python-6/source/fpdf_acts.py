# fpdf2 acts: Marsala (Sicraweb-like Giunta, Helvetica), Sorrento (Word
# template Giunta, DejaVu Serif), Codroipo (Insiel-like Consiglio, Helvetica),
# Sansepolcro (report-writer determinazione, Courier), Atri (ordinanza,
# Times), Castrovillari (Hypersic-like decreto, DejaVu Sans).
# People, numbers and facts are invented.
import os
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DV = "/usr/share/fonts/truetype/dejavu/"
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


class Doc(FPDF):
    foot = ""
    total = True

    def footer(self):
        if not self.foot:
            return
        self.set_y(-13)
        self.set_x(self.l_margin)
        f, st, sz = self.font_family, self.font_style, self.font_size_pt
        self.set_font(self.foot_font, "", 7)
        self.cell(0, 5, self.foot + ("   Pag. %d di {nb}" % self.page_no() if self.total else ""), align="C")
        self.set_font(f, st, sz)


def dejavu(pdf, serif=False):
    if serif:
        pdf.add_font("DejaVuSerif", "", DV + "DejaVuSerif.ttf")
        pdf.add_font("DejaVuSerif", "B", DV + "DejaVuSerif-Bold.ttf")
        pdf.add_font("DejaVuSerif", "I", DV + "DejaVuSerif-Italic.ttf")
    else:
        pdf.add_font("DejaVuSans", "", DV + "DejaVuSans.ttf")
        pdf.add_font("DejaVuSans", "B", DV + "DejaVuSans-Bold.ttf")
        pdf.add_font("DejaVuSans", "I", DV + "DejaVuSans-Oblique.ttf")


def ensure(pdf, h):
    if pdf.get_y() + h > pdf.page_break_trigger:
        pdf.add_page()


def para(pdf, text, h=5, align="J", markdown=False, gap=1.5):
    pdf.multi_cell(0, h, text, align=align, markdown=markdown, **NL)
    pdf.ln(gap)


def points(pdf, items, fmt="%d.", h=5, ind=8, gap=1.2, align="J"):
    for i, t in enumerate(items, 1):
        x = pdf.l_margin
        pdf.set_x(x)
        pdf.cell(ind, h, fmt % i)
        pdf.multi_cell(0, h, t, align=align, **NL)
        pdf.ln(gap)


# ---------------------------------------------------------------------------
# 2. Marsala, Giunta Municipale, Sicraweb-like
# ---------------------------------------------------------------------------
def marsala():
    pdf = Doc(format="A4")
    pdf.foot = "Deliberazione della Giunta Municipale n. 96 del 14/10/2025"
    pdf.foot_font = "Helvetica"
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title("Delibera GM 96/2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "CITTÀ DI MARSALA", align="C", **NL)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(0, 5, "Libero Consorzio Comunale di Trapani", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "DELIBERAZIONE DELLA GIUNTA MUNICIPALE", align="C", **NL)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(87, 6, "Proposta n. 112 del 09/10/2025", border=1)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(87, 6, "Delibera N. 96 del 14/10/2025", border=1, align="R", **NL)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(22, 5, "OGGETTO:")
    pdf.multi_cell(0, 5, "Atto di indirizzo per la concessione in uso temporaneo dei locali del complesso "
                   "San Pietro ad associazioni culturali - stagione 2025/2026.", **NL)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 9.5)
    para(pdf, "L'anno duemilaventicinque il giorno quattordici del mese di ottobre alle ore 13:10 e "
              "seguenti, nella Sala delle adunanze del Palazzo Municipale, convocata nelle forme di legge, "
              "si è riunita la Giunta Municipale con l'intervento dei Signori:")
    roll = [("Sindaco", "LOMBARDO GIACOMO", "P"), ("Vice Sindaco", "PARRINELLO ANNA", "P"),
            ("Assessore", "GENNA SALVATORE", "P"), ("Assessore", "ALAGNA ROSARIA", "A"),
            ("Assessore", "MILAZZO FRANCESCO", "P"), ("Assessore", "SPANO GIOVANNA", "P"),
            ("Assessore", "CARDILLO VITO", "P"), ("Assessore", "TUMBARELLO ILENIA", "A")]
    pdf.set_font("Helvetica", "", 9)
    for i in range(0, len(roll), 2):
        for r in roll[i:i + 2]:
            pdf.cell(24, 5.5, r[0])
            pdf.cell(52, 5.5, r[1])
            pdf.cell(11, 5.5, r[2], align="C")
        pdf.ln(5.5)
    pdf.ln(1)
    pdf.cell(0, 5, "Presenti n. 6    Assenti n. 2", align="R", **NL)
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 9.5)
    para(pdf, "Presiede il Sindaco Giacomo Lombardo. Partecipa il Segretario Generale Dott.ssa Rosalia "
              "Pipitone. Il Presidente, constatata la legalità dell'adunanza, dichiara aperta la seduta e "
              "invita i presenti a deliberare sull'argomento in oggetto.")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "LA GIUNTA MUNICIPALE", align="C", **NL)
    pdf.set_font("Helvetica", "", 9.5)
    for p in [
        "Vista la proposta di deliberazione n. 112 del 09/10/2025 predisposta dal Settore Servizi Culturali, "
        "Turistici e Sportivi, che di seguito si riporta;",
        "PREMESSO che il complesso monumentale San Pietro ospita la biblioteca comunale e spazi "
        "espositivi e laboratoriali che possono essere messi a disposizione delle associazioni culturali "
        "operanti sul territorio;",
        "RICHIAMATO il Regolamento comunale per la concessione in uso dei beni immobili comunali, "
        "approvato con deliberazione del Consiglio Comunale n. 37 del 18/05/2022;",
        "CONSIDERATO che sono pervenute al protocollo dell'Ente n. 9 richieste di utilizzo dei locali "
        "per attività di teatro, musica e formazione nel periodo da novembre 2025 a giugno 2026;",
        "RITENUTO opportuno fornire al Dirigente del Settore gli indirizzi per la concessione, al fine di "
        "garantire una equa rotazione tra le associazioni richiedenti;",
        "VISTI i pareri favorevoli espressi ai sensi dell'art. 53 della L. 142/1990, come recepito "
        "dalla L.R. n. 48/1991, e dell'art. 12 della L.R. n. 30/2000;",
        "VISTO l'O.R.EE.LL. vigente nella Regione Siciliana;",
    ]:
        para(pdf, p)
    para(pdf, "Con voti unanimi espressi nei modi di legge,")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "D E L I B E R A", align="C", **NL)
    pdf.set_font("Helvetica", "", 9.5)
    points(pdf, [
        "di fornire al Dirigente del Settore Servizi Culturali, Turistici e Sportivi l'indirizzo di "
        "concedere in uso temporaneo i locali del complesso San Pietro alle associazioni culturali "
        "richiedenti, secondo un calendario che assicuri a ciascuna almeno due giornate mensili;",
        "di stabilire il rimborso forfettario delle spese di gestione in euro 25,00 per ogni giornata di "
        "utilizzo, con esenzione per le iniziative rivolte alle scuole;",
        "di dare atto che il presente provvedimento non comporta impegno di spesa;",
        "di dichiarare il presente atto immediatamente esecutivo ai sensi dell'art. 12, comma 2, della "
        "L.R. n. 44/1991, stante l'imminente avvio della stagione.",
    ], fmt="%d)")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Letto, confermato e sottoscritto", **NL)
    pdf.ln(3)
    ensure(pdf, 14)
    y = pdf.get_y()
    for x, a, b in [(18, "IL SINDACO", "Giacomo Lombardo"), (75, "L'ASSESSORE ANZIANO", "Salvatore Genna"),
                    (132, "IL SEGRETARIO GENERALE", "Dott.ssa Rosalia Pipitone")]:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(60, 5, a, align="C")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(60, 5, b, align="C")
    pdf.output(os.path.join(OUT, "giunta-marsala-sicraweb.pdf"))


# ---------------------------------------------------------------------------
# 3. Sorrento, Giunta, Word template, attendance in prose
# ---------------------------------------------------------------------------
def sorrento():
    pdf = Doc(format="A4")
    pdf.foot = ""
    dejavu(pdf, serif=True)
    pdf.set_margins(25, 20, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.set_title("Delibera di Giunta n. 212 del 30.12.2025")
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 15)
    pdf.cell(0, 7, "COMUNE DI SORRENTO", align="C", **NL)
    pdf.set_font("DejaVuSerif", "I", 10)
    pdf.cell(0, 5, "Città Metropolitana di Napoli", align="C", **NL)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(25, pdf.get_y() + 2, 188, pdf.get_y() + 2)
    pdf.ln(8)
    pdf.set_font("DejaVuSerif", "B", 11)
    pdf.cell(0, 6, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", **NL)
    pdf.cell(0, 6, "n. 212 del 30.12.2025", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("DejaVuSerif", "", 10.5)
    pdf.multi_cell(0, 5.5, "**OGGETTO: Determinazione delle tariffe dell'imposta di soggiorno per l'anno "
                   "2026. Conferma.**", markdown=True, **NL)
    pdf.ln(4)
    for p in [
        "L'anno duemilaventicinque, il giorno trenta del mese di dicembre, alle ore 10:30, nella Casa "
        "Comunale, si è riunita la Giunta Comunale, convocata dal Sindaco nelle forme di rito.",
        "Sono presenti il Sindaco dott. Luigi De Maio, che presiede, il Vice Sindaco Anna Russo e gli "
        "Assessori Ciro Esposito, Carla Ferraro e Gennaro Cuomo. È assente l'Assessore Valentina Aprea.",
        "Partecipa il Segretario Generale, dott.ssa Maria Grazia Starace, incaricata della redazione del "
        "verbale.",
        "Il Presidente, riconosciuta la validità dell'adunanza, dichiara aperta la seduta.",
    ]:
        para(pdf, p, h=5.5, gap=2)
    pdf.set_font("DejaVuSerif", "B", 10.5)
    pdf.cell(0, 7, "LA GIUNTA COMUNALE", align="C", **NL)
    pdf.set_font("DejaVuSerif", "", 10.5)
    for p in [
        "**Premesso** che con deliberazione del Consiglio Comunale n. 8 del 28.02.2012 è stata istituita "
        "nel Comune di Sorrento l'imposta di soggiorno ai sensi dell'art. 4 del D.Lgs. 14 marzo 2011, n. 23, "
        "e approvato il relativo regolamento;",
        "**Richiamata** la propria deliberazione n. 231 del 27.12.2024, con la quale sono state determinate "
        "le tariffe dell'imposta per l'anno 2025;",
        "**Considerato** che l'andamento delle presenze turistiche e del gettito registrati nel corso "
        "dell'anno 2025 consente di confermare, per l'anno 2026, le tariffe vigenti, articolate per "
        "tipologia e classificazione delle strutture ricettive;",
        "**Visto** l'art. 1, comma 169, della legge 27 dicembre 2006, n. 296;",
        "**Visto** il D.Lgs. 18 agosto 2000, n. 267, e in particolare l'art. 48;",
        "**Acquisiti** i pareri favorevoli di regolarità tecnica e contabile espressi dal Dirigente "
        "del II Dipartimento - Servizi Finanziari ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    ]:
        para(pdf, p, h=5.5, markdown=True, gap=1.5)
    para(pdf, "Ad unanimità di voti legalmente espressi,", h=5.5)
    pdf.set_font("DejaVuSerif", "B", 10.5)
    pdf.cell(0, 7, "DELIBERA", align="C", **NL)
    pdf.set_font("DejaVuSerif", "", 10.5)
    points(pdf, [
        "di confermare per l'anno 2026 le tariffe dell'imposta di soggiorno vigenti nell'anno 2025, "
        "come riportate nel prospetto allegato sotto la lettera \"A\";",
        "di dare atto che il gettito stimato, pari a € 4.850.000,00, sarà iscritto nel bilancio di "
        "previsione 2026/2028 e destinato agli interventi previsti dall'art. 4 del D.Lgs. 23/2011;",
        "di trasmettere copia del presente atto al Dirigente del II Dipartimento per gli adempimenti di "
        "competenza, compresa la pubblicazione sul portale del federalismo fiscale.",
    ], fmt="%d)", h=5.5, ind=9)
    pdf.ln(8)
    pdf.set_font("DejaVuSerif", "", 10)
    pdf.cell(0, 5, "Del che è verbale. Letto, confermato e sottoscritto.", **NL)
    pdf.ln(4)
    ensure(pdf, 14)
    y = pdf.get_y()
    pdf.set_xy(25, y)
    pdf.multi_cell(75, 5, "Il Sindaco\ndott. Luigi De Maio", align="C")
    pdf.set_xy(113, y)
    pdf.multi_cell(75, 5, "Il Segretario Generale\ndott.ssa Maria Grazia Starace", align="C", **NL)
    pdf.ln(10)
    pdf.set_font("DejaVuSerif", "B", 9.5)
    pdf.cell(0, 5, "ATTESTAZIONE DI ESECUTIVITÀ", align="C", **NL)
    pdf.set_font("DejaVuSerif", "", 9.5)
    para(pdf, "La presente deliberazione, pubblicata all'Albo Pretorio on line dal 02.01.2026, diventa "
              "esecutiva decorsi dieci giorni dalla pubblicazione, ai sensi dell'art. 134, comma 3, del "
              "D.Lgs. 267/2000.", h=5)
    pdf.output(os.path.join(OUT, "giunta-sorrento-word.pdf"))


# ---------------------------------------------------------------------------
# 7. Codroipo, Consiglio, Insiel-like table
# ---------------------------------------------------------------------------
def codroipo():
    pdf = Doc(format="A4")
    pdf.foot = "Comune di Codroipo - Deliberazione n. 9 del 26/02/2026"
    pdf.foot_font = "Helvetica"
    pdf.set_margins(20, 14, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title("Delibera CC 9/2026")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "COMUNE DI CODROIPO", align="C", **NL)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Provincia di Udine", align="C", **NL)
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "COPIA", align="R", **NL)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", **NL)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "N. 9 del 26/02/2026", align="C", **NL)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Adunanza ordinaria di prima convocazione - Seduta pubblica", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(0, 5, "OGGETTO: Approvazione del regolamento comunale per la disciplina degli orti urbani.",
                   border="TB", padding=1.5, **NL)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 9.5)
    para(pdf, "L'anno 2026, il giorno 26 del mese di febbraio alle ore 20:30, nella sala consiliare "
              "del Municipio, in seguito a convocazione disposta con avviso consegnato a domicilio dei "
              "singoli Consiglieri, si è riunito il Consiglio Comunale. Fatto l'appello nominale, "
              "risultano:")
    rows = [("Tonizzo Daniele", "Sindaco", "Presente"), ("Bortolussi Giorgia", "Consigliere", "Presente"),
            ("Cisilino Marco", "Consigliere", "Presente"), ("Della Mora Federica", "Consigliere", "Presente"),
            ("Fabbro Luca", "Consigliere", "Presente"), ("Gregoris Anna", "Consigliere", "Assente"),
            ("Mattiussi Simone", "Consigliere", "Presente"), ("Moro Chiara", "Consigliere", "Presente"),
            ("Pertoldi Giacomo", "Consigliere", "Presente"), ("Rinaldi Sara", "Consigliere", "Presente"),
            ("Savoia Stefano", "Consigliere", "Presente"), ("Tomada Elisa", "Consigliere", "Presente"),
            ("Turco Alberto", "Consigliere", "Assente"), ("Valoppi Irene", "Consigliere", "Presente"),
            ("Venier Paolo", "Consigliere", "Presente"), ("Zanin Roberta", "Consigliere", "Presente"),
            ("Zoratti Mirko", "Consigliere", "Presente")]
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(230, 230, 230)
    pdf.cell(70, 5.5, "Cognome e Nome", border=1, fill=True)
    pdf.cell(45, 5.5, "Carica", border=1, fill=True)
    pdf.cell(25, 5.5, "Presente", border=1, fill=True, align="C")
    pdf.cell(25, 5.5, "Assente", border=1, fill=True, align="C", **NL)
    pdf.set_font("Helvetica", "", 9)
    for n, r, p in rows:
        pdf.cell(70, 5, n, border=1)
        pdf.cell(45, 5, r, border=1)
        pdf.cell(25, 5, "X" if p == "Presente" else "", border=1, align="C")
        pdf.cell(25, 5, "X" if p == "Assente" else "", border=1, align="C", **NL)
    pdf.ln(1)
    pdf.cell(0, 5, "Presenti: 15    Assenti: 2", align="R", **NL)
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 9.5)
    para(pdf, "Assiste il Segretario comunale dott. Paolo Cudini.")
    para(pdf, "Constatato il numero legale degli intervenuti, assume la presidenza il Sig. Daniele Tonizzo "
              "nella sua qualità di Sindaco ed espone l'oggetto inscritto all'ordine del giorno.")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "IL CONSIGLIO COMUNALE", align="C", **NL)
    pdf.set_font("Helvetica", "", 9.5)
    for p in [
        "PREMESSO che l'Amministrazione comunale intende promuovere la coltivazione di orti urbani su "
        "aree di proprietà comunale quale strumento di socializzazione, educazione ambientale e presidio "
        "del territorio;",
        "CONSIDERATO che l'area di via Circonvallazione Sud, di circa 6.200 mq, è stata suddivisa in n. 48 "
        "lotti assegnabili a cittadini residenti, associazioni e istituti scolastici;",
        "VISTO lo schema di regolamento predisposto dall'Area Tecnica - Servizio Ambiente, composto da "
        "n. 18 articoli, esaminato dalla Commissione consiliare Territorio e Ambiente nella seduta del "
        "12/02/2026;",
        "VISTO l'art. 7 del D.Lgs. 18 agosto 2000, n. 267;",
        "VISTA la L.R. 11 dicembre 2003, n. 21;",
        "ACQUISITO il parere favorevole di regolarità tecnica espresso dal Titolare di Posizione "
        "Organizzativa dell'Area Tecnica ai sensi dell'art. 49 del D.Lgs. 267/2000;",
        "UDITI gli interventi dei Consiglieri, riportati nel resoconto della seduta;",
    ]:
        para(pdf, p)
    para(pdf, "Con voti favorevoli unanimi espressi per alzata di mano dai n. 15 Consiglieri presenti e "
              "votanti,")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "DELIBERA", align="C", **NL)
    pdf.set_font("Helvetica", "", 9.5)
    points(pdf, [
        "di approvare il Regolamento comunale per la disciplina degli orti urbani, composto da n. 18 "
        "articoli, nel testo allegato alla presente deliberazione quale parte integrante e sostanziale;",
        "di dare atto che il Regolamento entra in vigore il giorno successivo alla scadenza del periodo "
        "di pubblicazione della presente deliberazione;",
        "di incaricare il Responsabile dell'Area Tecnica di predisporre il bando per l'assegnazione dei "
        "lotti entro il 30/04/2026.",
    ])
    para(pdf, "Successivamente, con separata votazione unanime, il Consiglio Comunale dichiara il "
              "presente atto immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. "
              "11.12.2003, n. 21.")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 9)
    ensure(pdf, 12)
    y = pdf.get_y()
    pdf.set_xy(20, y)
    pdf.multi_cell(80, 4.5, "Il Presidente\nF.to Daniele Tonizzo", align="C")
    pdf.set_xy(110, y)
    pdf.multi_cell(80, 4.5, "Il Segretario comunale\nF.to dott. Paolo Cudini", align="C", **NL)
    pdf.output(os.path.join(OUT, "consiglio-codroipo-insiel.pdf"))


# ---------------------------------------------------------------------------
# 8. Sansepolcro, determinazione, report writer in Courier
# ---------------------------------------------------------------------------
def sansepolcro():
    pdf = Doc(format="A4")
    pdf.foot = "Det. Reg. Gen. n. 327 del 10/04/2026"
    pdf.foot_font = "Courier"
    pdf.set_margins(20, 15, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title("DETERMINAZIONE 327/2026")
    pdf.add_page()
    pdf.set_font("Courier", "B", 12)
    pdf.cell(0, 6, "COMUNE DI SANSEPOLCRO", **NL)
    pdf.set_font("Courier", "", 9.5)
    pdf.cell(0, 4.5, "(Provincia di Arezzo)", **NL)
    pdf.cell(0, 4.5, "-" * 78, **NL)
    pdf.set_font("Courier", "B", 9.5)
    pdf.cell(0, 4.5, "SETTORE LAVORI PUBBLICI, AMBIENTE E PATRIMONIO", **NL)
    pdf.set_font("Courier", "", 9.5)
    pdf.cell(0, 4.5, "Servizio Patrimonio", **NL)
    pdf.cell(0, 4.5, "-" * 78, **NL)
    pdf.ln(2)
    pdf.set_font("Courier", "B", 9.5)
    pdf.cell(0, 4.5, "DETERMINAZIONE N. 58 DEL 09/04/2026 (Registro di Settore)", **NL)
    pdf.cell(0, 4.5, "REGISTRO GENERALE N. 327 DEL 10/04/2026", **NL)
    pdf.ln(3)
    pdf.set_font("Courier", "", 9.5)
    pdf.cell(20, 4.5, "OGGETTO:")
    pdf.set_font("Courier", "B", 9.5)
    pdf.multi_cell(0, 4.5, "LOCAZIONE DI UNITÀ IMMOBILIARE AD USO MAGAZZINO IN VIA DEI MALATESTA - "
                   "RINNOVO CONTRATTO E IMPEGNO DI SPESA ANNO 2026", align="L", **NL)
    pdf.set_font("Courier", "", 9.5)
    pdf.cell(0, 4.5, "-" * 78, **NL)
    pdf.ln(2)
    pdf.set_font("Courier", "B", 9.5)
    pdf.cell(0, 5, "IL RESPONSABILE DEL SETTORE", align="C", **NL)
    pdf.ln(1)
    pdf.set_font("Courier", "", 9.5)
    for p in [
        "VISTO il decreto sindacale n. 12 del 02/01/2026 di conferimento dell'incarico di Elevata "
        "Qualificazione del Settore Lavori Pubblici, Ambiente e Patrimonio;",
        "RICHIAMATA la deliberazione del Consiglio Comunale n. 3 del 30/01/2026, esecutiva, di "
        "approvazione del bilancio di previsione 2026/2028;",
        "PREMESSO che il Comune conduce in locazione, dal 01/05/2020, l'unità immobiliare ad uso "
        "magazzino sita in via dei Malatesta n. 14, censita al Catasto Fabbricati al foglio 52, "
        "particella 611, sub. 3, utilizzata per il deposito di arredi e materiale elettorale;",
        "CONSIDERATO che il contratto scade il 30/04/2026 e che permane l'esigenza dell'Ente di "
        "disporre dei locali, non essendo disponibili immobili di proprietà idonei allo scopo;",
        "VISTA la nota della proprietà, sig.ra Marisa Gorini, acquisita al prot. n. 6402 del "
        "24/03/2026, con la quale si conferma la disponibilità al rinnovo alle medesime condizioni, "
        "con canone annuo di euro 7.200,00;",
        "VISTO l'art. 183 del D.Lgs. 267/2000;",
    ]:
        para(pdf, p, h=4.5, align="L", gap=1.5)
    pdf.set_font("Courier", "B", 9.5)
    pdf.cell(0, 5, "D E T E R M I N A", align="C", **NL)
    pdf.ln(1)
    pdf.set_font("Courier", "", 9.5)
    points(pdf, [
        "DI RINNOVARE per il periodo 01/05/2026 - 30/04/2032 il contratto di locazione dell'unità "
        "immobiliare ad uso magazzino in via dei Malatesta n. 14, alle condizioni in premessa;",
        "DI IMPEGNARE per l'anno 2026 la somma di euro 4.800,00, pari a otto mensilità, al capitolo "
        "1052/2 \"Fitti passivi\" del bilancio 2026/2028;",
        "DI DARE ATTO che per le annualità successive la spesa sarà prevista nei rispettivi bilanci;",
        "DI PROVVEDERE alla registrazione del contratto presso l'Agenzia delle Entrate, con spese a "
        "carico delle parti in misura uguale.",
    ], fmt="%d)", h=4.5, ind=8, align="L")
    pdf.ln(4)
    pdf.cell(0, 4.5, "Sansepolcro, 09/04/2026", **NL)
    pdf.ln(2)
    pdf.cell(95)
    pdf.cell(0, 4.5, "IL RESPONSABILE DEL SETTORE", **NL)
    pdf.cell(95)
    pdf.cell(0, 4.5, "Ing. Lorenzo Bartolomei", **NL)
    pdf.ln(6)
    pdf.cell(0, 4.5, "-" * 78, **NL)
    pdf.set_font("Courier", "B", 9.5)
    pdf.cell(0, 4.5, "VISTO DI REGOLARITA' CONTABILE", **NL)
    pdf.set_font("Courier", "", 9.5)
    para(pdf, "Si appone il visto di regolarità contabile attestante la copertura finanziaria. "
              "Impegno n. 611/2026. Sansepolcro, 10/04/2026.", h=4.5, align="L")
    pdf.cell(95)
    pdf.cell(0, 4.5, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO", **NL)
    pdf.cell(95)
    pdf.cell(0, 4.5, "Dott.ssa Cinzia Marzocchi", **NL)
    pdf.output(os.path.join(OUT, "determina-sansepolcro-report.pdf"))


# ---------------------------------------------------------------------------
# 11. Atri, ordinanza del Sindaco, Times
# ---------------------------------------------------------------------------
def atri():
    pdf = Doc(format="A4")
    pdf.foot = ""
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title("Ordinanza n. 21/2025")
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.cell(0, 8, "COMUNE DI ATRI", align="C", **NL)
    pdf.set_font("Times", "I", 11)
    pdf.cell(0, 5, "Provincia di Teramo", align="C", **NL)
    pdf.set_font("Times", "", 9)
    pdf.cell(0, 5, "Piazza Duomo - 64032 Atri (TE) - PEC: protocollo@pec.comune.atri.te.it", align="C", **NL)
    pdf.ln(6)
    pdf.set_font("Times", "", 10)
    pdf.cell(0, 5, "Prot. n. 11927 del 07/07/2025", **NL)
    pdf.ln(4)
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 7, "ORDINANZA SINDACALE N. 21 DEL 07/07/2025", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("Times", "B", 11.5)
    pdf.multi_cell(0, 5.5, "OGGETTO: Limitazione dell'uso dell'acqua potabile per scopi diversi da quelli "
                   "igienico-domestici - periodo estivo 2025.", align="L", **NL)
    pdf.ln(4)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 7, "IL SINDACO", align="C", **NL)
    pdf.set_font("Times", "", 11.5)
    for p in [
        "VISTA la nota del gestore del servizio idrico integrato, acquisita al protocollo dell'Ente n. "
        "11842 del 04/07/2025, con la quale si segnala la sensibile riduzione della portata delle "
        "sorgenti che alimentano l'acquedotto comunale e si chiede l'adozione di misure di contenimento "
        "dei consumi;",
        "CONSIDERATO che le elevate temperature previste per le prossime settimane e l'incremento della "
        "popolazione presente nel periodo estivo determinano un aumento dei consumi idrici tale da "
        "compromettere la regolare erogazione nelle zone altimetricamente più elevate del territorio, "
        "in particolare nelle frazioni di Casoli e Fontanelle;",
        "RITENUTO necessario e urgente, a tutela della salute pubblica e dell'igiene, limitare l'uso "
        "dell'acqua potabile per scopi non essenziali;",
        "VISTO l'art. 50, commi 5 e 7, del D.Lgs. 18 agosto 2000, n. 267;",
        "VISTO l'art. 7-bis del D.Lgs. 267/2000 in materia di sanzioni amministrative;",
    ]:
        para(pdf, p, h=5.5, gap=2)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 7, "O R D I N A", align="C", **NL)
    pdf.set_font("Times", "", 11.5)
    para(pdf, "con decorrenza dalla data di pubblicazione della presente e fino al 15 settembre 2025, "
              "su tutto il territorio comunale:", h=5.5)
    points(pdf, [
        "il divieto di utilizzare l'acqua dell'acquedotto comunale per l'irrigazione di orti, giardini e "
        "prati, per il lavaggio di automezzi e di aree cortilizie e per il riempimento di piscine, "
        "anche smontabili, dalle ore 7:00 alle ore 22:00;",
        "il divieto di utilizzare l'acqua potabile per usi diversi da quello igienico-domestico e "
        "alimentare in tutte le ore della giornata nelle frazioni di Casoli e Fontanelle;",
        "ai gestori di attività produttive e commerciali di adottare ogni accorgimento utile al "
        "contenimento dei consumi.",
    ], fmt="%d.", h=5.5, ind=7)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 7, "AVVERTE", align="C", **NL)
    pdf.set_font("Times", "", 11.5)
    para(pdf, "che i trasgressori saranno puniti con la sanzione amministrativa pecuniaria da euro 25,00 "
              "a euro 500,00, ai sensi dell'art. 7-bis del D.Lgs. 267/2000.", h=5.5)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 7, "DISPONE", align="C", **NL)
    pdf.set_font("Times", "", 11.5)
    para(pdf, "che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito "
              "istituzionale, e trasmessa al Comando di Polizia Locale, alla Stazione Carabinieri di Atri "
              "e al gestore del servizio idrico integrato per quanto di competenza.", h=5.5)
    para(pdf, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Abruzzo entro 60 giorni o, "
              "in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla "
              "pubblicazione.", h=5.5)
    pdf.ln(4)
    pdf.cell(0, 5, "Atri, 07/07/2025", **NL)
    pdf.ln(3)
    pdf.set_x(110)
    pdf.set_font("Times", "B", 11.5)
    pdf.cell(80, 5.5, "IL SINDACO", align="C", **NL)
    pdf.set_x(110)
    pdf.set_font("Times", "", 11.5)
    pdf.cell(80, 5.5, "Dott. Pietro Ferretti", align="C", **NL)
    pdf.output(os.path.join(OUT, "ordinanza-atri-sindaco.pdf"))


# ---------------------------------------------------------------------------
# 12. Castrovillari, decreto del Sindaco, Hypersic-like, DejaVu Sans
# ---------------------------------------------------------------------------
def castrovillari():
    pdf = Doc(format="A4")
    dejavu(pdf)
    pdf.foot = "Decreto del Sindaco n. 4 del 15/01/2026"
    pdf.foot_font = "DejaVuSans"
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title("Decreto sindacale 4/2026")
    pdf.add_page()
    pdf.set_fill_color(240, 240, 240)
    pdf.set_font("DejaVuSans", "B", 15)
    pdf.cell(0, 9, "CITTÀ DI CASTROVILLARI", align="C", fill=True, **NL)
    pdf.set_font("DejaVuSans", "", 8.5)
    pdf.cell(0, 5, "Provincia di Cosenza", align="C", fill=True, **NL)
    pdf.ln(6)
    pdf.set_font("DejaVuSans", "B", 11)
    pdf.cell(0, 6, "DECRETO DEL SINDACO", align="C", **NL)
    pdf.set_font("DejaVuSans", "", 10)
    pdf.cell(0, 6, "N. 4 DEL 15/01/2026", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("DejaVuSans", "B", 9.5)
    pdf.multi_cell(0, 5, "OGGETTO: Conferimento dell'incarico di Elevata Qualificazione del Settore 2 - "
                   "Servizi Finanziari e Tributi alla dott.ssa Teresa Guaragna. Periodo 01/02/2026 - "
                   "31/12/2026.", border=1, padding=2, align="L", **NL)
    pdf.ln(5)
    pdf.set_font("DejaVuSans", "B", 10)
    pdf.cell(0, 6, "IL SINDACO", align="C", **NL)
    pdf.set_font("DejaVuSans", "", 9)
    for p in [
        "VISTO l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Sindaco la "
        "nomina dei responsabili degli uffici e dei servizi;",
        "VISTO l'art. 109, comma 2, del medesimo decreto legislativo;",
        "VISTO il CCNL del personale del comparto Funzioni Locali 2019-2021, sottoscritto il 16/11/2022, "
        "e in particolare gli articoli da 16 a 20 relativi agli incarichi di Elevata Qualificazione;",
        "RICHIAMATA la deliberazione della Giunta Comunale n. 148 del 28/11/2025, con la quale è stata "
        "approvata la nuova macrostruttura dell'Ente, articolata in sei Settori;",
        "RICHIAMATO il proprio decreto n. 19 del 30/06/2025, con il quale erano stati conferiti gli "
        "incarichi di Elevata Qualificazione fino al 31/01/2026;",
        "CONSIDERATO che la dott.ssa Teresa Guaragna, funzionario contabile a tempo pieno e "
        "indeterminato, possiede i requisiti culturali e professionali e l'esperienza necessari "
        "all'assolvimento dell'incarico, come risulta dal curriculum agli atti;",
        "DATO ATTO dell'insussistenza di cause di inconferibilità e incompatibilità ai sensi del D.Lgs. "
        "39/2013, come da dichiarazione resa dall'interessata;",
    ]:
        para(pdf, p, h=4.8)
    pdf.set_font("DejaVuSans", "B", 10)
    pdf.cell(0, 6, "DECRETA", align="C", **NL)
    pdf.set_font("DejaVuSans", "", 9)
    points(pdf, [
        "di conferire alla dott.ssa Teresa Guaragna l'incarico di Elevata Qualificazione del Settore 2 - "
        "Servizi Finanziari e Tributi, per il periodo dal 01/02/2026 al 31/12/2026;",
        "di attribuire alla medesima le funzioni di cui all'art. 107 del D.Lgs. 267/2000, ivi compresa "
        "la responsabilità del servizio finanziario ai sensi dell'art. 153, comma 4;",
        "di determinare la retribuzione di posizione in € 14.500,00 annui lordi per tredici mensilità, "
        "oltre alla retribuzione di risultato nella misura prevista dal sistema di valutazione vigente;",
        "di stabilire che, in caso di assenza o impedimento, le funzioni siano svolte dal Responsabile "
        "del Settore 1 - Affari Generali;",
        "di notificare il presente decreto all'interessata e di trasmetterlo al Segretario Generale, "
        "al Nucleo di Valutazione e all'Ufficio Personale.",
    ], fmt="%d.", h=4.8, ind=7)
    pdf.ln(6)
    pdf.cell(0, 5, "Castrovillari, 15/01/2026", **NL)
    pdf.ln(3)
    pdf.set_x(110)
    pdf.set_font("DejaVuSans", "B", 9.5)
    pdf.cell(80, 5, "IL SINDACO", align="C", **NL)
    pdf.set_x(110)
    pdf.set_font("DejaVuSans", "", 9.5)
    pdf.cell(80, 5, "Ing. Pasquale Bloise", align="C", **NL)
    pdf.set_x(110)
    pdf.set_font("DejaVuSans", "I", 7)
    pdf.cell(80, 4, "Firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005", align="C", **NL)
    pdf.ln(6)
    pdf.set_font("DejaVuSans", "", 8)
    pdf.cell(0, 4, "Per accettazione: dott.ssa Teresa Guaragna ______________________", **NL)
    pdf.output(os.path.join(OUT, "decreto-castrovillari-hypersic.pdf"))


if __name__ == "__main__":
    marsala()
    sorrento()
    codroipo()
    sansepolcro()
    atri()
    castrovillari()
