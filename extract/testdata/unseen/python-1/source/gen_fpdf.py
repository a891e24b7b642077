# fpdf2-made acts. All people, numbers and facts are invented.
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


class Act(FPDF):
    """FPDF with a configurable running header/footer."""
    def __init__(self, head=None, foot=None, **k):
        super().__init__(format="A4", unit="mm", **k)
        self._head, self._foot = head, foot
        self.alias_nb_pages()

    def header(self):
        if self._head:
            self._head(self)

    def footer(self):
        if self._foot:
            self._foot(self)

    def para(self, text, size=None, h=5, align="J", markdown=True, indent=0, space=1.8):
        if size:
            self.set_font(size=size)
        x = self.l_margin + indent
        self.set_x(x)
        self.multi_cell(self.epw - indent, h, text, align=align, markdown=markdown, **NL)
        self.ln(space)

    def hang(self, label, text, lw=8, h=5, space=1.5):
        """A numbered or lettered point: label in its own cell, text justified beside it."""
        y = self.get_y()
        self.cell(lw, h, label)
        self.multi_cell(self.epw - lw, h, text, align="J", markdown=True, **NL)
        self.ln(space)


def dejavu(pdf, family="DejaVu", regular="DejaVuSans.ttf", bold="DejaVuSans-Bold.ttf",
           italic="DejaVuSans-Oblique.ttf"):
    pdf.add_font(family, "", FONTDIR + regular)
    pdf.add_font(family, "B", FONTDIR + bold)
    pdf.add_font(family, "I", FONTDIR + italic)


# ---------------------------------------------------------------------------
# 2. Giunta di Cingoli: core Helvetica (latin-1), centred letterhead, number and date in two
#    bordered cells, "Oggetto:" label cell with the subject wrapping beside it, X under
#    Presente / Assente, counted vote with one abstention.
# ---------------------------------------------------------------------------
def giunta_cingoli(path):
    def head(p):
        if p.page_no() > 1:
            p.set_font("Helvetica", "I", 7.5)
            p.cell(0, 4, "Comune di Cingoli - Deliberazione della Giunta Comunale n. 23 del 18.04.2024", **NL)
            p.line(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
            p.ln(4)

    def foot(p):
        p.set_y(-14)
        p.set_font("Helvetica", "", 7.5)
        p.cell(0, 4, "Pag. %d di {nb}" % p.page_no(), align="R")

    pdf = Act(head, foot)
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.set_title("Delibera di Giunta n. 23/2024")
    pdf.set_creator("Halley Informatica - Atti (imitazione)")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "COMUNE DI CINGOLI", align="C", **NL)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Provincia di Macerata", align="C", **NL)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.cell(0, 4, "Piazza Vittorio Emanuele II, 1 - 62011 Cingoli (MC) - Cod. Fisc. 00112310438", align="C", **NL)
    pdf.cell(0, 4, "PEC: comune.cingoli@emarche.it - www.comune.cingoli.mc.it", align="C", **NL)
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", **NL)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    half = pdf.epw / 2
    pdf.cell(half, 8, "Numero  23", border=1, align="C")
    pdf.cell(half, 8, "Data  18.04.2024", border=1, align="C", **NL)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(20, 5, "Oggetto:")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(pdf.epw - 20, 5,
                   "Concessione di contributo economico straordinario all'Associazione Culturale \"Monte "
                   "Cingulum\" per l'organizzazione della rassegna \"Balcone delle Marche in festa\" - "
                   "edizione 2024. Indirizzi al Responsabile del Servizio.", align="L", **NL)
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 10)
    pdf.para("L'anno 2024 il giorno diciotto del mese di aprile alle ore 13,15 nella sala delle adunanze della "
             "sede comunale, a seguito di regolare convocazione, si e' riunita la Giunta Comunale. "
             "Risultano:")
    rows = [("SPARAPANI GIOVANNI", "Sindaco", True), ("LUCIANI MARIA TERESA", "Vicesindaco", True),
            ("BRACONI FILIPPO", "Assessore", False), ("CAPOMAGI ROSSELLA", "Assessore", True),
            ("DOMIZI LUCA", "Assessore", True)]
    with pdf.table(col_widths=(60, 40, 22, 22), text_align=("LEFT", "LEFT", "CENTER", "CENTER"),
                   line_height=6, first_row_as_headings=True, width=144) as t:
        t.row(["Cognome e nome", "Qualifica", "Presente", "Assente"])
        for n, q, pr in rows:
            t.row([n, q, "X" if pr else "", "" if pr else "X"])
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "Presenti n. 4     Assenti n. 1", align="R", **NL)
    pdf.set_font("Helvetica", "", 10)
    pdf.ln(2)
    pdf.para("Assume la presidenza il Sig. Giovanni Sparapani in qualita' di Sindaco.")
    pdf.para("Partecipa con funzioni consultive, referenti e di assistenza il Vice Segretario Comunale "
             "Dott.ssa Federica Mancinelli, incaricata della redazione del verbale.")
    pdf.para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione e li invita "
             "a deliberare sull'oggetto sopraindicato.")
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 7, "LA GIUNTA COMUNALE", align="C", **NL)
    pdf.set_font("Helvetica", "", 10)
    for t_ in [
        "**Premesso** che l'Associazione Culturale \"Monte Cingulum\", con sede in Cingoli, via del Podesta' "
        "n. 7, ha presentato in data 02.04.2024, prot. n. 5120, istanza di contributo per l'organizzazione "
        "della rassegna \"Balcone delle Marche in festa\", in programma dal 12 al 14 luglio 2024 nel centro "
        "storico;",
        "**Considerato** che la rassegna, giunta alla quindicesima edizione, costituisce un momento "
        "significativo di promozione turistica e di valorizzazione delle tradizioni locali, con ricadute "
        "positive sulle attivita' commerciali del territorio;",
        "**Visto** il Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi economici, "
        "approvato con deliberazione del Consiglio Comunale n. 41 del 29.09.2016, e in particolare l'art. 9, "
        "relativo ai contributi straordinari;",
        "**Richiamata** la deliberazione del Consiglio Comunale n. 12 del 28.02.2024, esecutiva, con la quale e' "
        "stato approvato il bilancio di previsione 2024/2026;",
        "**Ritenuto** di concedere un contributo straordinario di euro 2.500,00, pari al 25 per cento della spesa "
        "preventivata, ritenuta congrua;",
        "**Visto** il D.Lgs. 18 agosto 2000, n. 267;",
        "**Acquisiti** i pareri favorevoli di regolarita' tecnica e contabile, ai sensi dell'art. 49 del "
        "D.Lgs. n. 267/2000;",
        "Con voti favorevoli n. 3, astenuti n. 1 (Assessore Capomagi), contrari nessuno, espressi in forma "
        "palese dai n. 4 presenti,",
    ]:
        pdf.para(t_)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 7, "DELIBERA", align="C", **NL)
    pdf.set_font("Helvetica", "", 10)
    for i, t_ in enumerate([
        "di concedere all'Associazione Culturale \"Monte Cingulum\" un contributo economico straordinario di "
        "euro 2.500,00 per l'organizzazione della rassegna \"Balcone delle Marche in festa\" - edizione 2024;",
        "di stabilire che il contributo sara' liquidato a presentazione del rendiconto delle spese sostenute, "
        "corredato dalla relativa documentazione giustificativa;",
        "di demandare al Responsabile del Servizio Cultura e Turismo l'adozione degli atti conseguenti, ivi "
        "compreso l'impegno della spesa al capitolo 7320 del bilancio 2024.",
    ], 1):
        pdf.hang("%d)" % i, t_)
    pdf.ln(2)
    pdf.para("Successivamente, con voti unanimi favorevoli, la Giunta Comunale dichiara la presente deliberazione "
             "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267, "
             "per consentire l'organizzazione della manifestazione nei tempi previsti.")
    pdf.ln(6)
    pdf.para("Letto, approvato e sottoscritto.", align="L")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(half, 5, "IL SINDACO", align="C")
    pdf.cell(half, 5, "IL VICE SEGRETARIO COMUNALE", align="C", **NL)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(half, 5, "Sig. Giovanni Sparapani", align="C")
    pdf.cell(half, 5, "Dott.ssa Federica Mancinelli", align="C", **NL)
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4.5, "ATTESTATO DI PUBBLICAZIONE\nLa presente deliberazione e' stata pubblicata all'Albo "
                   "Pretorio on line dal 22.04.2024 al 07.05.2024 (reg. pubbl. n. 488).\n"
                   "Cingoli, 22.04.2024                         Il Responsabile della Pubblicazione - Sig.ra "
                   "Monica Ruffini", border=1, align="L", **NL)
    pdf.output(path)


# ---------------------------------------------------------------------------
# 5. Consiglio di Mondovi': DejaVuSansCondensed embedded, 13 members in one table with
#    S/N in both PRES. and ASS., counted unanimous vote, executive after publication.
# ---------------------------------------------------------------------------
def consiglio_mondovi(path):
    def head(p):
        p.set_font("DejaVuC", "", 7)
        p.set_text_color(90)
        p.cell(0, 4, "Comune di Mondovì – Verbale di deliberazione del Consiglio Comunale", align="L")
        p.cell(0, 4, "COPIA", align="R", **NL)
        p.set_text_color(0)
        p.ln(2)

    def foot(p):
        p.set_y(-13)
        p.set_font("DejaVuC", "", 7)
        p.cell(0, 4, "Delibera C.C. n. 18 del 28/02/2024 – Pag. %d di {nb}" % p.page_no(), align="C")

    pdf = Act(head, foot)
    dejavu(pdf, "DejaVuC", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
           "DejaVuSansCondensed-Oblique.ttf")
    pdf.set_margins(20, 12, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title("CC 18/2024")
    pdf.set_creator("Civilia Next (imitazione)")
    pdf.add_page()
    pdf.set_font("DejaVuC", "B", 15)
    pdf.cell(0, 8, "COMUNE DI MONDOVÌ", align="C", **NL)
    pdf.set_font("DejaVuC", "", 9.5)
    pdf.cell(0, 5, "Provincia di Cuneo", align="C", **NL)
    pdf.set_font("DejaVuC", "", 7.5)
    pdf.cell(0, 4, "Corso Statuto, 15 – 12084 Mondovì (CN) · C.F. 00221300049 · PEC: comune.mondovi@postecert.it",
             align="C", **NL)
    pdf.ln(5)
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("DejaVuC", "B", 11)
    pdf.cell(0, 8, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 18", align="C", fill=True, border="TB", **NL)
    pdf.set_font("DejaVuC", "", 9.5)
    pdf.cell(0, 6, "Adunanza straordinaria – Seduta pubblica di prima convocazione", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("DejaVuC", "B", 10)
    pdf.cell(18, 5, "Oggetto:")
    pdf.set_font("DejaVuC", "I", 10)
    pdf.multi_cell(pdf.epw - 18, 5,
                   "Regolamento comunale per la disciplina del canone patrimoniale di concessione, "
                   "autorizzazione o esposizione pubblicitaria. Modifiche agli articoli 12, 27 e 41.",
                   align="L", **NL)
    pdf.ln(4)
    pdf.set_font("DejaVuC", "", 9.8)
    pdf.para("L'anno duemilaventiquattro addì ventotto del mese di febbraio alle ore 21:00 nella sala delle "
             "adunanze consiliari, convocato dal Presidente con avvisi scritti e recapitati a norma di legge, si "
             "è riunito in sessione straordinaria ed in seduta pubblica di prima convocazione il Consiglio "
             "Comunale, nelle persone dei Signori:")
    members = [("GHIGLIONE MARCO", "Sindaco", True), ("BERTOLA SILVIO", "Presidente del Consiglio", True),
               ("CRAVERO LAURA", "Consigliere", True), ("DALMASSO PIERO", "Consigliere", False),
               ("FERRERO ALESSIA", "Consigliere", True), ("GIUSIANO MATTEO", "Consigliere", True),
               ("MANASSERO ELENA", "Consigliere", False), ("PRIOLA FRANCO", "Consigliere", True),
               ("ROSSO DANIELE", "Consigliere", True), ("SALVATICO GIORGIA", "Consigliere", True),
               ("TOSELLO RICCARDO", "Consigliere", False), ("VIGLIETTI CATERINA", "Consigliere", True),
               ("ZUNINO LORENZO", "Consigliere", True)]
    pdf.set_font("DejaVuC", "", 8.8)
    with pdf.table(col_widths=(10, 62, 50, 16, 16), text_align=("CENTER", "LEFT", "LEFT", "CENTER", "CENTER"),
                   line_height=5, width=154, first_row_as_headings=True,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235))) as t:
        t.row(["N.", "COGNOME E NOME", "CARICA", "PRES.", "ASS."])
        for i, (n, r, pr) in enumerate(members, 1):
            t.row([str(i), n, r, "S" if pr else "N", "N" if pr else "S"])
    pdf.ln(1.5)
    pdf.set_font("DejaVuC", "B", 9.5)
    pdf.cell(0, 5, "Totale presenti: 10    Totale assenti: 3", align="R", **NL)
    pdf.set_font("DejaVuC", "", 9.8)
    pdf.ln(2)
    pdf.para("Con l'intervento e l'opera del Segretario Generale Dott.ssa Cristina Gallo, la quale provvede alla "
             "redazione del presente verbale.")
    pdf.para("Presiede l'adunanza il Presidente del Consiglio Comunale Geom. Silvio Bertola, il quale, "
             "riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta per la trattazione "
             "dell'oggetto sopra indicato.")
    pdf.set_font("DejaVuC", "B", 10.5)
    pdf.cell(0, 7, "IL CONSIGLIO COMUNALE", align="C", **NL)
    pdf.set_font("DejaVuC", "", 9.8)
    for t_ in [
        "**Premesso** che con deliberazione del Consiglio Comunale n. 9 del 29/03/2021 è stato approvato il "
        "Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione "
        "pubblicitaria, istituito dall'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
        "**Rilevata** la necessità di modificare l'art. 12, relativo alle occupazioni temporanee per lavori "
        "edili, l'art. 27, relativo alle riduzioni per le manifestazioni senza scopo di lucro, e l'art. 41, "
        "relativo alla rateizzazione degli importi dovuti, come da testo coordinato allegato;",
        "**Visto** l'art. 52 del D.Lgs. 15 dicembre 1997, n. 446, in materia di potestà regolamentare "
        "degli enti locali;",
        "**Visto** il parere favorevole dell'Organo di revisione, reso con verbale n. 4 del 19/02/2024;",
        "**Dato atto** che la proposta è stata esaminata dalla I Commissione consiliare permanente nella seduta "
        "del 21/02/2024;",
        "**Visti** i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
        "D.Lgs. 18 agosto 2000, n. 267;",
        "Con la seguente votazione, espressa per alzata di mano: Presenti n. 10 – Votanti n. 10 – Voti "
        "favorevoli n. 10 – Contrari n. 0 – Astenuti n. 0,",
    ]:
        pdf.para(t_)
    pdf.set_font("DejaVuC", "B", 10.5)
    pdf.cell(0, 7, "DELIBERA", align="C", **NL)
    pdf.set_font("DejaVuC", "", 9.8)
    for i, t_ in enumerate([
        "di approvare le modifiche agli articoli 12, 27 e 41 del Regolamento comunale per la disciplina del "
        "canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo riportato "
        "nell'allegato A), che costituisce parte integrante e sostanziale della presente deliberazione;",
        "di dare atto che le modifiche entrano in vigore dal 1° gennaio 2024, ai sensi dell'art. 53, comma 16, "
        "della Legge 23 dicembre 2000, n. 388;",
        "di approvare il testo coordinato del Regolamento, allegato B) alla presente deliberazione;",
        "di trasmettere copia della presente deliberazione al Ministero dell'Economia e delle Finanze – "
        "Dipartimento delle Finanze, secondo le modalità previste dalla normativa vigente.",
    ], 1):
        pdf.hang("%d." % i, t_, lw=7)
    pdf.ln(1)
    pdf.para("La presente deliberazione diventerà esecutiva decorsi dieci giorni dalla sua pubblicazione, ai "
             "sensi dell'art. 134, comma 3, del D.Lgs. 18 agosto 2000, n. 267.")
    pdf.ln(4)
    pdf.para("Del che si è redatto il presente verbale, che viene sottoscritto come segue.", align="L")
    half = pdf.epw / 2
    pdf.set_font("DejaVuC", "B", 9.5)
    pdf.cell(half, 5, "IL PRESIDENTE", align="C")
    pdf.cell(half, 5, "IL SEGRETARIO GENERALE", align="C", **NL)
    pdf.set_font("DejaVuC", "", 9.5)
    pdf.cell(half, 5, "F.to BERTOLA Silvio", align="C")
    pdf.cell(half, 5, "F.to GALLO Dott.ssa Cristina", align="C", **NL)
    pdf.output(path)


# ---------------------------------------------------------------------------
# 7. Determinazione di Cortona: core Times, label/value grid with "Numero: DT 78/2024",
#    dash bullets in the dispositive part.
# ---------------------------------------------------------------------------
def det_cortona(path):
    def foot(p):
        p.set_y(-15)
        p.set_font("Times", "I", 8)
        p.cell(0, 4, "Determinazione DT 78/2024", align="L")
        p.set_x(p.l_margin)
        p.cell(0, 4, "Pag. %d di {nb}" % p.page_no(), align="R")

    pdf = Act(None, foot)
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.set_title("DT 78/2024")
    pdf.set_creator("Sfera - Gestione Atti (imitazione)")
    pdf.add_page()
    pdf.set_font("Times", "B", 17)
    pdf.cell(0, 8, "COMUNE DI CORTONA", align="L", **NL)
    pdf.set_font("Times", "I", 10.5)
    pdf.cell(0, 5, "Provincia di Arezzo", align="L", **NL)
    pdf.set_font("Times", "", 8)
    pdf.cell(0, 4, "Piazza della Repubblica, 13 - 52044 Cortona (AR) - C.F. 00137520524 - "
             "PEC: protocollo@pec.comune.cortona.ar.it", **NL)
    pdf.set_draw_color(120)
    pdf.line(pdf.l_margin, pdf.get_y() + 1.5, pdf.w - pdf.r_margin, pdf.get_y() + 1.5)
    pdf.set_draw_color(0)
    pdf.ln(6)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 6, "DETERMINAZIONE DIRIGENZIALE", align="C", **NL)
    pdf.ln(2)
    pdf.set_font("Times", "", 10.5)
    cw = pdf.epw / 2
    grid = [("Struttura:", "AREA SERVIZI ALLA PERSONA", "Numero:", "DT 78/2024"),
            ("Servizio:", "Servizi Sociali e Politiche Abitative", "Data:", "22/05/2024"),
            ("Proposta n.:", "96", "Esecutiva dal:", "23/05/2024")]
    for a, b, c, d in grid:
        pdf.set_font("Times", "B", 10.5)
        pdf.cell(24, 7, a, border="LTB")
        pdf.set_font("Times", "", 10.5)
        pdf.cell(cw - 24, 7, b, border="TBR")
        pdf.set_font("Times", "B", 10.5)
        pdf.cell(26, 7, c, border="LTB")
        pdf.set_font("Times", "", 10.5)
        pdf.cell(cw - 26, 7, d, border="TBR", **NL)
    pdf.ln(6)
    pdf.set_font("Times", "B", 11)
    pdf.cell(18, 5.5, "Oggetto:")
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(pdf.epw - 18, 5.5,
                   "Servizio di assistenza domiciliare educativa per minori - Proroga tecnica dell'affidamento "
                   "alla Cooperativa Sociale \"Il Girasole\" per il periodo 1 giugno - 31 agosto 2024 - Impegno "
                   "di spesa - CIG A03B7C9D21.", align="J", **NL)
    pdf.ln(5)
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 6, "IL DIRIGENTE", align="C", **NL)
    pdf.set_font("Times", "", 11)
    for t_ in [
        "Visto il decreto sindacale n. 8 del 15/01/2024, con il quale è stato attribuito al sottoscritto "
        "l'incarico dirigenziale dell'Area Servizi alla Persona;",
        "Premesso che con determinazione dirigenziale DT 211/2021 del 28/05/2021 è stato affidato alla "
        "Cooperativa Sociale \"Il Girasole\" di Arezzo il servizio di assistenza domiciliare educativa per "
        "minori in carico al Servizio Sociale professionale, per il periodo 1 giugno 2021 - 31 maggio 2024;",
        "Dato atto che la nuova procedura di affidamento, avviata con determinazione DT 40/2024, è in corso di "
        "svolgimento presso la Centrale Unica di Committenza e che non si concluderà prima della scadenza del "
        "contratto in essere;",
        "Considerato che il servizio è rivolto a minori in situazione di disagio, per i quali l'interruzione "
        "degli interventi educativi arrecherebbe un grave pregiudizio, e che pertanto ricorrono i presupposti "
        "per la proroga tecnica prevista dall'art. 120, comma 11, del D.Lgs. 31 marzo 2023, n. 36;",
        "Vista la disponibilità della Cooperativa a proseguire il servizio agli stessi patti e condizioni, "
        "acquisita al protocollo n. 14230 del 13/05/2024;",
        "Visti gli articoli 107, 183 e 192 del D.Lgs. 18 agosto 2000, n. 267;",
        "Richiamata la deliberazione del Consiglio Comunale n. 101 del 21/12/2023, di approvazione del bilancio "
        "di previsione 2024/2026;",
    ]:
        pdf.para(t_, h=5.5, markdown=False, space=1.5)
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 7, "D E T E R M I N A", align="C", **NL)
    pdf.set_font("Times", "", 11)
    for t_ in [
        "di prorogare, per le motivazioni esposte in premessa, l'affidamento del servizio di assistenza "
        "domiciliare educativa per minori alla Cooperativa Sociale \"Il Girasole\", con sede in Arezzo, via "
        "Romana n. 88, P.IVA 01987650513, per il periodo 1 giugno - 31 agosto 2024, agli stessi patti e "
        "condizioni del contratto in essere;",
        "di impegnare la somma di euro 23.868,00, IVA 5% compresa, al capitolo 1412/4 \"Interventi educativi "
        "per minori\" del bilancio 2024/2026, annualità 2024;",
        "di dare atto che il CIG della proroga è A03B7C9D21 e che il Responsabile Unico del Progetto è la "
        "dott.ssa Ilaria Bennati, assistente sociale coordinatrice;",
        "di trasmettere il presente atto al Servizio Finanziario per l'apposizione del visto di regolarità "
        "contabile attestante la copertura finanziaria.",
    ]:
        pdf.hang("-", t_, lw=6, h=5.5)
    pdf.ln(6)
    pdf.cell(0, 5.5, "Cortona, 22/05/2024", **NL)
    pdf.ln(2)
    pdf.cell(0, 5.5, "IL DIRIGENTE", align="R", **NL)
    pdf.cell(0, 5.5, "Dott. Roberto Mencarelli", align="R", **NL)
    pdf.set_font("Times", "I", 8.5)
    pdf.cell(0, 5, "(firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)", align="R", **NL)
    pdf.output(path)


# ---------------------------------------------------------------------------
# 9. Ordinanza di Nardò: DejaVuSans embedded, "Ordinanza n." left and place/date right on one
#    line, spaced O R D I N A with lettered points, DISPONE / AVVERTE in prose.
# ---------------------------------------------------------------------------
def ordinanza_nardo(path):
    def foot(p):
        p.set_y(-14)
        p.set_font("DejaVu", "", 7)
        p.set_draw_color(150)
        p.line(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
        p.cell(0, 5, "Comando Polizia Locale – Via Giuseppe Falcone, 2 – 73048 Nardò (LE) – "
               "poliziamunicipale@pec.comune.nardo.le.it", align="L")
        p.set_x(p.l_margin)
        p.cell(0, 5, "Pag. %d di {nb}" % p.page_no(), align="R")

    pdf = Act(None, foot)
    dejavu(pdf)
    pdf.set_margins(20, 14, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.set_title("Ordinanza 57/2024")
    pdf.set_creator("ConciliaSfera (imitazione)")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 8, "COMUNE DI NARDÒ", align="C", **NL)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Provincia di Lecce", align="C", **NL)
    pdf.set_font("DejaVu", "", 7)
    pdf.cell(0, 4, "Piazza Cesare Battisti, 7 – 73048 Nardò (LE) – C.F. 82001370756 – "
             "PEC: protocollo@pec.comune.nardo.le.it", align="C", **NL)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "COMANDO POLIZIA LOCALE", align="C", border="B", **NL)
    pdf.ln(5)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(pdf.epw / 2, 6, "ORDINANZA N. 57")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(pdf.epw / 2, 6, "Nardò, 12 luglio 2024", align="R", **NL)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 9.8)
    pdf.cell(22, 5, "OGGETTO:")
    pdf.multi_cell(pdf.epw - 22, 5,
                   "Istituzione temporanea del divieto di transito e di sosta con rimozione forzata in piazza "
                   "Salandra, corso Vittorio Emanuele II e vie limitrofe in occasione della manifestazione "
                   "“Nardò in Musica 2024”.", align="J", **NL)
    pdf.ln(5)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "IL DIRIGENTE DEL COMANDO DI POLIZIA LOCALE", align="C", **NL)
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 9.6)
    for t_ in [
        "**PREMESSO** che l'Associazione “Nardò Eventi APS” ha organizzato, con il patrocinio del Comune, la "
        "manifestazione musicale “Nardò in Musica 2024”, che si svolgerà nel centro storico nella serata del "
        "20 luglio 2024, con palco allestito in piazza Salandra;",
        "**VISTA** la richiesta dell'Associazione organizzatrice, acquisita al protocollo generale dell'Ente "
        "con n. 31877 del 03/07/2024;",
        "**VISTA** la deliberazione della Giunta Comunale n. 188 del 27/06/2024, con la quale è stato concesso "
        "il patrocinio alla manifestazione;",
        "**CONSIDERATO** che, per garantire la sicurezza dei partecipanti e consentire l'allestimento e lo "
        "smontaggio delle strutture, occorre interdire temporaneamente la circolazione veicolare e la sosta "
        "nell'area interessata;",
        "**VISTI** gli articoli 5, comma 3, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della "
        "Strada) e il relativo Regolamento di esecuzione approvato con D.P.R. 16 dicembre 1992, n. 495;",
        "**VISTO** l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    ]:
        pdf.para(t_)
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_char_spacing(4)
    pdf.cell(0, 7, "ORDINA", align="C", **NL)
    pdf.set_char_spacing(0)
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 9.6)
    pdf.para("dalle ore 17:00 del giorno 20 luglio 2024 alle ore 02:00 del giorno 21 luglio 2024:")
    for l, t_ in [
        ("a)", "il divieto di transito a tutti i veicoli, eccetto quelli di soccorso, di polizia e al servizio "
               "di persone con disabilità munite di contrassegno, in piazza Salandra, corso Vittorio "
               "Emanuele II (tratto compreso tra via Duomo e piazza Osanna) e via Lata;"),
        ("b)", "il divieto di sosta con rimozione forzata, su ambo i lati, in piazza Salandra, corso Vittorio "
               "Emanuele II e via Lata, nonché in via Roma per i primi 30 metri dall'intersezione con corso "
               "Vittorio Emanuele II;"),
        ("c)", "l'istituzione del senso unico di marcia in via Duomo, con direzione piazza Cesare Battisti, "
               "e l'obbligo di svolta a destra per i veicoli provenienti da via XX Settembre."),
    ]:
        pdf.hang(l, t_, lw=8)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "DISPONE", align="C", **NL)
    pdf.set_font("DejaVu", "", 9.6)
    pdf.para("che l'Associazione organizzatrice provveda, a propria cura e spese, all'apposizione della "
             "prescritta segnaletica stradale almeno 48 ore prima dell'inizio dei divieti, nonché alla sua "
             "rimozione al termine della manifestazione. Il personale della Polizia Locale e gli altri organi di "
             "polizia stradale di cui all'art. 12 del Codice della Strada sono incaricati di far rispettare la "
             "presente ordinanza.")
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "AVVERTE", align="C", **NL)
    pdf.set_font("DejaVu", "", 9.6)
    pdf.para("che, ai sensi dell'art. 3, comma 4, della Legge 7 agosto 1990, n. 241, avverso la presente "
             "ordinanza è ammesso ricorso al T.A.R. Puglia – Sezione di Lecce entro 60 giorni dalla pubblicazione, "
             "ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni; è altresì ammesso "
             "ricorso al Ministero delle Infrastrutture e dei Trasporti entro 60 giorni, ai sensi dell'art. 37, "
             "comma 3, del D.Lgs. n. 285/1992.")
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 9.6)
    pdf.cell(0, 5, "IL DIRIGENTE – COMANDANTE", align="R", **NL)
    pdf.set_font("DejaVu", "", 9.6)
    pdf.cell(0, 5, "Dott. Giuseppe Calò", align="R", **NL)
    pdf.output(path)


if __name__ == "__main__":
    giunta_cingoli("gc-cingoli-x.pdf")
    consiglio_mondovi("cc-mondovi-sn.pdf")
    det_cortona("det-cortona-dt.pdf")
    ordinanza_nardo("ord-nardo-transito.pdf")
