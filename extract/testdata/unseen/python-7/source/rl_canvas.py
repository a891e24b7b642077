"""ReportLab canvas acts: Sarzana (J-Iride consiglio), Sala Consilina (Dedagroup consiglio),
Ploaghe (Hypersic giunta). Invented people and facts."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DV = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVuSans", DV + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", DV + "DejaVuSans-Bold.ttf"))
W, H = A4


class Writer:
    def __init__(self, fn, font, bold, size, left=20 * mm, right=20 * mm, top=18 * mm, bottom=20 * mm,
                 footer=None, header=None):
        self.c = canvas.Canvas(fn, pagesize=A4)
        self.font, self.bold, self.size = font, bold, size
        self.left, self.right, self.top, self.bottom = left, W - right, H - top, bottom
        self.footer, self.header = footer, header
        self.page = 1
        self.justify = True
        self.y = self.top
        if header:
            header(self)

    def newpage(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.y = self.top
        if self.header:
            self.header(self)

    def finish_page(self):
        if self.footer:
            self.footer(self)

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def para(self, text, font=None, size=None, indent=0, hang=0, justify=True, lead=None, after=3, center=False):
        font = font or self.font
        size = size or self.size
        lead = lead or size * 1.35
        width = self.right - self.left - indent
        lines = simpleSplit(text, font, size, width - hang)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            x = self.left + indent + (hang if i > 0 else 0)
            if center:
                self.c.setFont(font, size)
                self.c.drawCentredString((self.left + self.right) / 2, self.y, ln)
            elif justify and self.justify and i < len(lines) - 1 and " " in ln:
                words = ln.split(" ")
                tw = sum(pdfmetrics.stringWidth(w, font, size) for w in words)
                gap = (width - (hang if i > 0 else 0) - tw) / (len(words) - 1)
                xx = x
                for w in words:
                    self.c.setFont(font, size)
                    self.c.drawString(xx, self.y, w)
                    xx += pdfmetrics.stringWidth(w, font, size) + gap
            else:
                self.c.setFont(font, size)
                self.c.drawString(x, self.y, ln)
        self.y -= after

    def point(self, label, text, indent=0, hang=14):
        font, size = self.font, self.size
        lead = size * 1.35
        width = self.right - self.left - indent - hang
        lines = simpleSplit(text, font, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            self.c.setFont(font, size)
            if i == 0:
                self.c.drawString(self.left + indent, self.y, label)
            self.c.drawString(self.left + indent + hang, self.y, ln)
        self.y -= 3

    def save(self):
        self.finish_page()
        self.c.save()


# ---------------------------------------------------------------- 3 Sarzana (J-Iride style, Times)
def sarzana():
    fn = os.path.join(OUT, "consiglio-sarzana-jiride.pdf")

    def footer(w):
        w.c.setFont("Times-Italic", 8)
        w.c.drawString(w.left, 12 * mm, "Deliberazione C.C. n. 31 del 28/04/2025")
        w.c.drawRightString(w.right, 12 * mm, "pagina %d" % w.page)

    w = Writer(fn, "Times-Roman", "Times-Bold", 11, footer=footer)
    c = w.c
    c.setTitle("Deliberazione Consiglio Comunale 31/2025")
    c.setFont("Times-Bold", 18)
    c.drawCentredString(W / 2, w.y - 6, "COMUNE DI SARZANA")
    c.setFont("Times-Roman", 11)
    c.drawCentredString(W / 2, w.y - 21, "Provincia della Spezia")
    w.y -= 34
    c.setLineWidth(0.8)
    c.line(w.left, w.y, w.right, w.y)
    w.y -= 6
    w.para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", font="Times-Bold", size=13, center=True)
    w.para("N. 31 DEL 28/04/2025", font="Times-Bold", size=12, center=True)
    w.para("Seduta pubblica ordinaria di prima convocazione", font="Times-Italic", size=10.5, center=True, after=8)
    w.para("OGGETTO: APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2024.",
           font="Times-Bold", after=8)
    w.para("L'anno duemilaventicinque, addì ventotto del mese di aprile alle ore 20:45, nella Sala consiliare "
           "del Palazzo Comunale, convocato con avvisi scritti recapitati a norma di legge, si è riunito il "
           "Consiglio Comunale. Fatto l'appello nominale risultano:", after=4)
    roll = [("PONZANELLI CRISTINA", True), ("CAVALLINI ALESSIO", True), ("BERTELLA MONICA", True),
            ("GHIRLANDA PIETRO", True), ("LUCCHESI FRANCESCA", False), ("BONATTI ENRICO", True),
            ("TARABELLA SILVIA", True), ("FRANCHINI DANIELE", True), ("MAZZONI LAURA", True),
            ("RICCI GIORGIO", True), ("BIGINI MARTINA", True), ("CORSI ANDREA", False),
            ("PAGANINI ELISA", True), ("BAUDONE MATTEO", True), ("DE ANGELI ROBERTA", True),
            ("VANNUCCI FABIO", True), ("CARPENA GIULIA", True), ("MORACCHIOLI LUCA", False),
            ("SARTORI VALERIA", True), ("NARDI STEFANO", True), ("GIANNARELLI SARA", True),
            ("PELLEGRI MARCO", True), ("CHIAPPINI ILARIA", True), ("BENEDETTI PAOLO", False),
            ("TONELLI CHIARA", True)]
    lead = 13.2
    colx = [w.left + 4, w.left + 88 * mm]
    y0 = w.y
    for i, (n, p) in enumerate(roll):
        col = 0 if i < 13 else 1
        row = i if i < 13 else i - 13
        y = y0 - lead * (row + 1)
        x = colx[col]
        c.setFont("Times-Roman", 10.5)
        c.drawRightString(x + 12, y, "%d" % (i + 1))
        name = n + (" (Sindaco)" if i == 0 else "")
        c.drawString(x + 18, y, name)
        c.setFont("Times-Bold", 10.5)
        c.drawString(x + 68 * mm, y, "P" if p else "A")
    w.y = y0 - lead * 14 - 2
    w.para("PRESENTI N. 21          ASSENTI N. 4", font="Times-Bold", after=6)
    w.para("Partecipano senza diritto di voto gli Assessori esterni Bruna Lazzoni e Franco Musetti.")
    w.para("Assiste il Segretario Generale Dott. Gianluca Ferrari, che cura la verbalizzazione.")
    w.para("Presiede il Presidente del Consiglio Comunale Sig. Alessio Cavallini, il quale, riconosciuta la "
           "validità della seduta, invita il Consiglio a trattare l'argomento in oggetto.", after=8)
    w.para("IL CONSIGLIO COMUNALE", font="Times-Bold", center=True, after=5)
    for p in [
        "Premesso che l'art. 227 del D.Lgs. 18 agosto 2000, n. 267 dispone che la dimostrazione dei risultati "
        "di gestione avviene mediante il rendiconto, il quale comprende il conto del bilancio, il conto "
        "economico e lo stato patrimoniale, da approvarsi entro il 30 aprile dell'anno successivo;",
        "Richiamata la deliberazione della Giunta Comunale n. 88 del 27/03/2025, con la quale è stato approvato "
        "lo schema di rendiconto per l'esercizio 2024 e la relazione sulla gestione;",
        "Dato atto che il rendiconto chiude con un risultato di amministrazione di euro 6.418.233,71, di cui "
        "parte disponibile pari a euro 1.102.540,18, e che l'ente rispetta gli equilibri di bilancio;",
        "Vista la relazione dell'Organo di revisione, resa con verbale n. 9 del 08/04/2025, che esprime parere "
        "favorevole all'approvazione;",
        "Uditi gli interventi dei Consiglieri, integralmente registrati e conservati agli atti della seduta;",
        "Acquisiti i pareri di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
        "n. 267/2000;",
        "Con la seguente votazione, resa per alzata di mano e proclamata dal Presidente: presenti n. 21, "
        "votanti n. 19, voti favorevoli n. 15, voti contrari n. 4 (Corsi, Paganini, Nardi, Tonelli), "
        "astenuti n. 2 (Sartori, Chiappini);",
    ]:
        w.para(p)
    w.y -= 4
    w.para("DELIBERA", font="Times-Bold", center=True, after=5)
    for i, p in enumerate([
        "di approvare il rendiconto della gestione per l'esercizio finanziario 2024, composto dal conto del "
        "bilancio, dal conto economico e dallo stato patrimoniale, corredato degli allegati previsti "
        "dall'art. 11, comma 4, del D.Lgs. n. 118/2011;",
        "di accertare il risultato di amministrazione al 31/12/2024 in euro 6.418.233,71, distinto nelle "
        "quote accantonata, vincolata, destinata agli investimenti e disponibile come da prospetto allegato;",
        "di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche entro trenta "
        "giorni dall'approvazione.",
    ], 1):
        w.point("%d." % i, p)
    w.y -= 3
    w.para("Successivamente, con separata votazione palese (presenti n. 21, votanti n. 19, favorevoli n. 15, "
           "contrari n. 4, astenuti n. 2), il Consiglio Comunale dichiara la presente deliberazione "
           "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", after=14)
    w.need(60)
    w.para("Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto.", after=14)
    y = w.y
    c.setFont("Times-Bold", 11)
    c.drawCentredString(w.left + 42 * mm, y, "IL PRESIDENTE DEL CONSIGLIO")
    c.drawCentredString(w.right - 42 * mm, y, "IL SEGRETARIO GENERALE")
    c.setFont("Times-Roman", 11)
    c.drawCentredString(w.left + 42 * mm, y - 15, "Alessio Cavallini")
    c.drawCentredString(w.right - 42 * mm, y - 15, "Dott. Gianluca Ferrari")
    c.setFont("Times-Italic", 8.5)
    c.drawCentredString(w.left + 42 * mm, y - 27, "documento firmato digitalmente")
    c.drawCentredString(w.right - 42 * mm, y - 27, "documento firmato digitalmente")
    w.save()


# ---------------------------------------------------------------- 8 Sala Consilina (Dedagroup, DejaVu Sans)
def salaconsilina():
    fn = os.path.join(OUT, "consiglio-salaconsilina-dedagroup.pdf")

    def header(w):
        c = w.c
        c.setFillGray(0.35)
        c.setFont("DejaVuSans", 7.5)
        c.drawString(w.left, H - 10 * mm, "Comune di Sala Consilina - Deliberazione del Consiglio Comunale n. 44 del 27/11/2025")
        c.setFillGray(0)

    def footer(w):
        w.c.setFont("DejaVuSans", 7.5)
        w.c.drawCentredString(W / 2, 11 * mm, "Pagina %d di 2" % w.page)

    w = Writer(fn, "DejaVuSans", "DejaVuSans-Bold", 9.2, left=18 * mm, right=18 * mm, header=header,
               footer=footer)
    c = w.c
    c.setTitle("CC 44/2025")
    # header box
    c.setLineWidth(1)
    c.rect(w.left, w.y - 58, w.right - w.left, 58)
    c.setFont("DejaVuSans-Bold", 13)
    c.drawString(w.left + 8, w.y - 20, "COMUNE DI SALA CONSILINA")
    c.setFont("DejaVuSans", 9)
    c.drawString(w.left + 8, w.y - 34, "Provincia di Salerno")
    c.setFont("DejaVuSans-Bold", 8.5)
    c.drawRightString(w.right - 8, w.y - 20, "DELIBERAZIONE DEL CONSIGLIO COMUNALE")
    c.setFont("DejaVuSans", 9.5)
    c.drawRightString(w.right - 8, w.y - 34, "N. 44 del 27/11/2025")
    c.setFont("DejaVuSans", 8)
    c.drawRightString(w.right - 8, w.y - 50, "Sessione straordinaria - seduta pubblica")
    w.y -= 70
    w.para("OGGETTO: Variazione al bilancio di previsione finanziario 2025/2027 ai sensi dell'art. 175, comma 2, "
           "del D.Lgs. n. 267/2000 e contestuale verifica della salvaguardia degli equilibri.",
           font="DejaVuSans-Bold", size=9.5, hang=52, after=8)
    w.para("L'anno duemilaventicinque il giorno ventisette del mese di novembre alle ore 19:10, nella sala "
           "consiliare \"Vincenzo De Marco\", si è riunito il Consiglio Comunale, convocato nei modi di legge. "
           "All'appello risultano presenti e assenti i Consiglieri di seguito indicati:", after=6)
    left = [("CAVALLONE ANTONIO", "X", ""), ("SPINELLI CARMELA", "X", ""), ("D'ALESSIO LUIGI", "X", ""),
            ("MORELLO ANNALISA", "X*", ""), ("LAMBIASE GERARDO", "X", ""), ("PETRONE TIZIANA", "", "X"),
            ("GUIDA ERNESTO", "X", ""), ("CURCIO VALENTINA", "X", ""), ("DE LUCA MICHELE", "X", "")]
    right = [("ROMANO FILOMENA", "X", ""), ("CAPOZZOLI DANIELE", "X", ""), ("PIRONE ROSARIA", "X", ""),
             ("ARENARE GIUSEPPE", "", "X"), ("VERTUCCI LORENZO", "X", ""), ("BARRA MICHELA", "X*", ""),
             ("MARMO FRANCESCO", "X", ""), ("SANSONE CATERINA", "X", "")]
    # two drawn tables side by side
    tw = (w.right - w.left - 6 * mm) / 2
    rh = 13
    cols = [8 * mm, tw - 8 * mm - 26 * mm, 13 * mm, 13 * mm]
    for t, (data, start) in enumerate([(left, 1), (right, 10)]):
        x0 = w.left + t * (tw + 6 * mm)
        y = w.y
        hdrs = ["N.", "CONSIGLIERI", "Pres.", "Ass."]
        c.setLineWidth(0.5)
        c.setFillGray(0.88)
        c.rect(x0, y - rh, tw, rh, fill=1, stroke=0)
        c.setFillGray(0)
        xs = [x0]
        for cw in cols:
            xs.append(xs[-1] + cw)
        nrows = len(data) + 1
        for r in range(nrows + 1):
            c.line(x0, y - r * rh, x0 + tw, y - r * rh)
        for xx in xs:
            c.line(xx, y, xx, y - nrows * rh)
        c.setFont("DejaVuSans-Bold", 8)
        for k, h in enumerate(hdrs):
            if k == 1:
                c.drawString(xs[1] + 3, y - rh + 4, h)
            else:
                c.drawCentredString((xs[k] + xs[k + 1]) / 2, y - rh + 4, h)
        c.setFont("DejaVuSans", 8.3)
        for r, (n, p, a) in enumerate(data, 1):
            yy = y - (r + 1) * rh + 4
            c.drawCentredString((xs[0] + xs[1]) / 2, yy, str(start + r - 1))
            c.drawString(xs[1] + 3, yy, n)
            c.drawCentredString((xs[2] + xs[3]) / 2, yy, p)
            c.drawCentredString((xs[3] + xs[4]) / 2, yy, a)
    w.y -= rh * (len(left) + 1) + 6
    w.para("Presenti n. 15 - Assenti n. 2", font="DejaVuSans-Bold", after=2)
    w.para("(*) Consigliere collegato in videoconferenza ai sensi dell'art. 73 del Regolamento del Consiglio "
           "Comunale; la presenza è accertata dal Segretario mediante collegamento audio e video.", size=7.5,
           after=6)
    w.para("Presiede la seduta il Presidente del Consiglio Avv. Carmela Spinelli.")
    w.para("Partecipa il Vice Segretario Comunale Dott. Antonio Lamberti, incaricato della redazione del "
           "verbale.")
    w.para("Sono altresì presenti, senza diritto di voto, gli Assessori esterni Rocco Cobucci e Ida Cardone.",
           after=7)
    w.para("IL CONSIGLIO COMUNALE", font="DejaVuSans-Bold", center=True, after=5)
    for p in [
        "PREMESSO che con deliberazione consiliare n. 12 del 28/03/2025 è stato approvato il bilancio di "
        "previsione finanziario 2025/2027;",
        "CONSIDERATO che il Responsabile dell'Area Economico-Finanziaria ha segnalato maggiori entrate derivanti "
        "dal contributo regionale per la manutenzione degli edifici scolastici, pari a euro 312.000,00, e "
        "maggiori spese per il servizio di refezione scolastica e per le utenze degli impianti sportivi;",
        "VISTO il prospetto delle variazioni allegato sub A, che assicura il permanere degli equilibri di "
        "bilancio e il rispetto dei vincoli di finanza pubblica;",
        "VISTO il parere favorevole del Revisore dei Conti, acquisito al protocollo n. 21457 del 20/11/2025;",
        "UDITI gli interventi riportati nel resoconto della seduta;",
        "CON VOTI favorevoli n. 11, contrari n. 4 (Capozzoli, Pirone, Marmo, Sansone), astenuti nessuno, "
        "espressi per appello nominale dai n. 15 Consiglieri presenti e votanti,",
    ]:
        w.para(p)
    w.para("DELIBERA", font="DejaVuSans-Bold", center=True, after=5)
    for i, p in enumerate([
        "di approvare la variazione al bilancio di previsione finanziario 2025/2027, come analiticamente "
        "riportata nel prospetto allegato sub A, parte integrante e sostanziale del presente atto;",
        "di dare atto del permanere degli equilibri generali di bilancio ai sensi dell'art. 193 del "
        "D.Lgs. n. 267/2000;",
        "di apportare le conseguenti variazioni al Documento Unico di Programmazione 2025/2027;",
        "di trasmettere il presente atto al Tesoriere comunale.",
    ], 1):
        w.point("%d)" % i, p)
    w.para("Successivamente, con separata votazione che riporta lo stesso esito (favorevoli n. 11, contrari "
           "n. 4), il Consiglio Comunale dichiara il presente atto immediatamente eseguibile ai sensi "
           "dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", after=14)
    w.need(50)
    y = w.y
    c.setFont("DejaVuSans-Bold", 9)
    c.drawCentredString(w.left + 40 * mm, y, "Il Presidente del Consiglio")
    c.drawCentredString(w.right - 40 * mm, y, "Il Vice Segretario Comunale")
    c.setFont("DejaVuSans", 9)
    c.drawCentredString(w.left + 40 * mm, y - 14, "Avv. Carmela Spinelli")
    c.drawCentredString(w.right - 40 * mm, y - 14, "Dott. Antonio Lamberti")
    w.save()


# ---------------------------------------------------------------- 11 Ploaghe (Hypersic, Courier)
def ploaghe():
    fn = os.path.join(OUT, "giunta-ploaghe-hypersic.pdf")

    def footer(w):
        w.c.setFont("Courier", 7.5)
        w.c.drawString(w.left, 11 * mm, "Delibera G.C. n. 102 del 16/10/2025 - Pag. %d" % w.page)

    w = Writer(fn, "Courier", "Courier-Bold", 9.5, left=18 * mm, right=16 * mm, footer=footer)
    c = w.c
    c.setTitle("GC 102/2025")
    w.justify = False
    c.setFont("Courier-Bold", 15)
    c.drawString(w.left, w.y - 10, "COMUNE DI PLOAGHE")
    c.setFont("Courier", 9.5)
    c.drawString(w.left, w.y - 23, "Provincia di Sassari")
    c.setFont("Courier-Bold", 9.5)
    c.drawRightString(w.right, w.y - 10, "ORIGINALE")
    w.y -= 36
    c.line(w.left, w.y, w.right, w.y)
    w.y -= 4
    w.para("DELIBERAZIONE DELLA GIUNTA COMUNALE", font="Courier-Bold", size=11, center=True)
    w.para("N. 102 DEL 16/10/2025", font="Courier-Bold", size=11, center=True, after=8)
    w.para("OGGETTO: CONCESSIONE IN COMODATO D'USO GRATUITO DEI LOCALI DELL'EX CASEIFICIO COMUNALE "
           "ALL'ASSOCIAZIONE DI VOLONTARIATO \"PROTEZIONE CIVILE PLOAGHE\".", font="Courier-Bold", after=8)
    w.para("L'anno 2025, il giorno sedici del mese di ottobre, alle ore 16:00, nella sala delle adunanze "
           "della Casa Comunale, si è riunita la Giunta Comunale, convocata nelle forme di legge. "
           "Risultano presenti e assenti i seguenti componenti:", after=6)
    rows = [("Nominativo", "Carica", "Presenza"),
            ("SALIS ANTONIO GAVINO", "Sindaco", "SI"),
            ("PIRAS MARIA FRANCESCA", "Vice Sindaco", "SI"),
            ("DEIANA GIOVANNI MARIA", "Assessore", "SI (da remoto)"),
            ("MURGIA ROBERTA", "Assessore", "NO"),
            ("CHESSA SALVATORE", "Assessore", "SI")]
    xs = [w.left, w.left + 78 * mm, w.left + 118 * mm, w.right]
    rh = 14
    y = w.y
    c.setLineWidth(0.6)
    for r in range(len(rows) + 1):
        c.line(xs[0], y - r * rh, xs[-1], y - r * rh)
    for x in xs:
        c.line(x, y, x, y - len(rows) * rh)
    for r, row in enumerate(rows):
        c.setFont("Courier-Bold" if r == 0 else "Courier", 9.5)
        for k, v in enumerate(row):
            c.drawString(xs[k] + 4, y - (r + 1) * rh + 4, v)
    w.y = y - len(rows) * rh - 4
    w.para("Presenti: 4   Assenti: 1", font="Courier-Bold", after=6)
    w.para("Presiede la seduta il Sindaco Dott. Antonio Gavino Salis.")
    w.para("Partecipa il Segretario Comunale Dott.ssa Maria Grazia Satta, che ne cura la verbalizzazione.")
    w.para("L'Assessore Deiana partecipa in collegamento telematico, la cui identità è stata accertata dal "
           "Segretario. Il Presidente, riconosciuto il numero legale, dichiara aperta la seduta.", after=8)
    w.para("LA GIUNTA COMUNALE", font="Courier-Bold", center=True, after=5)
    for p in [
        "PREMESSO che il Comune è proprietario dell'immobile denominato ex caseificio comunale, sito in via "
        "Roma, distinto in catasto al foglio 34, mappale 812, attualmente inutilizzato;",
        "VISTA la richiesta presentata dall'Associazione di volontariato \"Protezione Civile Ploaghe\", "
        "acquisita al protocollo n. 9981 del 02/09/2025, volta ad ottenere locali idonei al ricovero dei "
        "mezzi e delle attrezzature antincendio;",
        "CONSIDERATO che l'Associazione è iscritta nell'elenco regionale del volontariato di protezione "
        "civile e collabora con il Comune nella campagna antincendio boschivo;",
        "RITENUTO di concedere i locali in comodato d'uso gratuito per la durata di anni sei, con oneri di "
        "manutenzione ordinaria e utenze a carico dell'Associazione;",
        "ACQUISITI i pareri favorevoli di cui all'art. 49 del D.Lgs. n. 267/2000;",
        "CON VOTI UNANIMI favorevoli, resi in forma palese,",
    ]:
        w.para(p)
    w.para("DELIBERA", font="Courier-Bold", center=True, after=5)
    for i, p in enumerate([
        "DI CONCEDERE in comodato d'uso gratuito all'Associazione \"Protezione Civile Ploaghe\" i locali "
        "dell'ex caseificio comunale di via Roma, per la durata di anni sei;",
        "DI APPROVARE lo schema di contratto di comodato allegato al presente atto;",
        "DI DEMANDARE al Responsabile del Servizio Tecnico la sottoscrizione del contratto e la redazione del "
        "verbale di consegna dei locali.",
    ], 1):
        w.point("%d." % i, p, hang=20)
    w.para("Con separata ed unanime votazione, la presente deliberazione è dichiarata immediatamente "
           "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.", after=14)
    w.need(50)
    y = w.y
    c.setFont("Courier-Bold", 9.5)
    c.drawString(w.left, y, "IL SINDACO")
    c.drawString(w.left + 95 * mm, y, "IL SEGRETARIO COMUNALE")
    c.setFont("Courier", 9.5)
    c.drawString(w.left, y - 13, "Dott. Antonio Gavino Salis")
    c.drawString(w.left + 95 * mm, y - 13, "Dott.ssa Maria Grazia Satta")
    w.save()


if __name__ == "__main__":
    sarzana()
    salaconsilina()
    ploaghe()
