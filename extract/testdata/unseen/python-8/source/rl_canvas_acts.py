# ReportLab canvas: Frascati (Giunta, J-Iride-like form with numbered two-column roll),
# Pinerolo (determinazione, APKappa/Civilia-like grid header)
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
OUT = '/tmp/unseen8/python-8/'
W, H = A4

class Writer:
    def __init__(self, path, font='Helvetica', bold='Helvetica-Bold', size=10, left=2*cm, right=2*cm, top=2*cm, bottom=2.2*cm, footer=None):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.font, self.bold, self.size = font, bold, size
        self.left, self.width = left, W - left - right
        self.top, self.bottom = top, bottom
        self.y = H - top
        self.page = 1
        self.footer = footer
    def newpage(self):
        self.draw_footer()
        self.c.showPage(); self.page += 1
        self.y = H - self.top
    def draw_footer(self):
        if self.footer:
            self.c.setFont(self.font, 7.5)
            self.c.drawString(self.left, 1.2*cm, self.footer)
            self.c.drawRightString(self.left + self.width, 1.2*cm, 'Pagina %d' % self.page)
    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()
    def para(self, text, bold=False, size=None, indent=0, hang=0, align='J', gap=4):
        size = size or self.size
        f = self.bold if bold else self.font
        lead = size * 1.3
        lines = simpleSplit(text, f, size, self.width - indent - hang)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.c.setFont(f, size)
            x = self.left + indent + (hang if i > 0 else 0)
            if align == 'C':
                self.c.drawCentredString(self.left + self.width/2, self.y - size, ln)
            elif align == 'J' and i < len(lines) - 1 and ' ' in ln:
                words = ln.split(' ')
                tw = sum(self.c.stringWidth(w, f, size) for w in words)
                sp = (self.width - indent - hang - tw) / (len(words) - 1) if i > 0 else (self.width - indent - tw) / (len(words) - 1)
                xx = x
                for w in words:
                    self.c.drawString(xx, self.y - size, w); xx += self.c.stringWidth(w, f, size) + sp
            else:
                self.c.drawString(x, self.y - size, ln)
            self.y -= lead
        self.y -= gap
    def point(self, label, text):
        # number in the margin, text hanging
        size = self.size; lead = size * 1.3
        lines = simpleSplit(text, self.font, size, self.width - 0.8*cm)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.c.setFont(self.font, size)
            if i == 0:
                self.c.drawString(self.left, self.y - size, label)
            self.c.drawString(self.left + 0.8*cm, self.y - size, ln)
            self.y -= lead
        self.y -= 3
    def save(self):
        self.draw_footer(); self.c.save()

# ---------------------------------------------------------------- Frascati
def frascati():
    w = Writer(OUT + 'giunta-frascati-jiride.pdf', size=9.5, footer='Deliberazione della Giunta Comunale n. 214 del 27/11/2025 - documento firmato digitalmente')
    c = w.c
    c.setTitle('DGC 214/2025')
    # letterhead: stemma box + name
    c.rect(2*cm, H - 3.6*cm, 1.6*cm, 1.9*cm)
    c.setFont('Helvetica', 6); c.drawCentredString(2.8*cm, H - 2.75*cm, 'STEMMA')
    c.setFont('Helvetica-Bold', 16); c.drawString(4*cm, H - 2.4*cm, 'CITTÀ DI FRASCATI')
    c.setFont('Helvetica', 9.5); c.drawString(4*cm, H - 2.95*cm, 'Città Metropolitana di Roma Capitale')
    c.setFont('Helvetica', 8); c.drawString(4*cm, H - 3.4*cm, 'Piazza Marconi, 3 - 00044 Frascati (RM)')
    w.y = H - 4.3*cm
    c.setLineWidth(1); c.line(2*cm, w.y, W - 2*cm, w.y); w.y -= 0.7*cm
    c.setFont('Helvetica-Bold', 12); c.drawCentredString(W/2, w.y, 'DELIBERAZIONE DELLA GIUNTA COMUNALE'); w.y -= 0.9*cm
    # form fields
    c.setLineWidth(0.5)
    c.rect(2*cm, w.y - 0.9*cm, 8.5*cm, 0.9*cm); c.rect(10.5*cm, w.y - 0.9*cm, W - 12.5*cm, 0.9*cm)
    c.setFont('Helvetica', 7); c.drawString(2.15*cm, w.y - 0.3*cm, 'Numero'); c.drawString(10.65*cm, w.y - 0.3*cm, 'Data')
    c.setFont('Helvetica-Bold', 11); c.drawString(2.15*cm, w.y - 0.75*cm, '214'); c.drawString(10.65*cm, w.y - 0.75*cm, '27/11/2025')
    w.y -= 1.5*cm
    c.setFont('Helvetica-Bold', 10); c.drawString(2*cm, w.y, 'Oggetto:')
    subj = 'ADESIONE AL PROGETTO "BIBLIOTECHE IN RETE DEI CASTELLI ROMANI" E APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON I COMUNI ADERENTI.'
    lines = simpleSplit(subj, 'Helvetica-Bold', 10, W - 6.2*cm)
    yy = w.y
    for ln in lines:
        c.drawString(4*cm, yy, ln); yy -= 13
    w.y = yy - 8
    w.para("L'anno 2025, il giorno 27 del mese di novembre, alle ore 12:30, nella sede municipale, si è riunita la Giunta Comunale, "
           "regolarmente convocata. Sono intervenuti i Signori:")
    # numbered roll, two columns
    left = [('1', 'MASTROSANTI FRANCESCA', 'Sindaco', 'P'), ('2', 'CAPOCCI MAURO', 'Vice Sindaco', 'P'),
            ('3', 'PIACENTINI ALESSIA', 'Assessore', 'P'), ('4', 'ZACCAGNINI FABIO', 'Assessore', 'A')]
    right = [('5', 'DE ANGELIS ROBERTO', 'Assessore', 'P'), ('6', 'FORMICONI GIULIA', 'Assessore', 'A'),
             ('7', 'LATINI EMANUELE', 'Assessore', 'P')]
    w.y -= 8
    c.setFont('Helvetica-Bold', 8)
    for x0 in (2*cm, 11*cm):
        c.drawString(x0, w.y, 'N.'); c.drawString(x0 + 0.6*cm, w.y, 'Componente'); c.drawString(x0 + 5.2*cm, w.y, 'Carica'); c.drawString(x0 + 7.6*cm, w.y, 'P/A')
    w.y -= 4
    c.line(2*cm, w.y, W - 2*cm, w.y); w.y -= 12
    c.setFont('Helvetica', 9)
    for i in range(4):
        for x0, col in ((2*cm, left), (11*cm, right)):
            if i < len(col):
                n, name, role, pa = col[i]
                c.drawString(x0, w.y, n); c.drawString(x0 + 0.6*cm, w.y, name); c.drawString(x0 + 5.2*cm, w.y, role); c.drawString(x0 + 7.7*cm, w.y, pa)
        w.y -= 13
    c.line(2*cm, w.y + 4, W - 2*cm, w.y + 4); w.y -= 6
    c.setFont('Helvetica-Bold', 9); c.drawString(2*cm, w.y, 'Presenti: 5'); c.drawString(5*cm, w.y, 'Assenti: 2'); w.y -= 18
    w.para("Presiede la seduta il Sindaco Francesca Mastrosanti. Partecipa il Segretario Generale Dott. Giancarlo Ferri, incaricato della redazione del verbale.")
    w.para("Il Presidente, riconosciuta la validità del numero legale, invita la Giunta a deliberare sull'oggetto sopra indicato.")
    w.para('LA GIUNTA COMUNALE', bold=True, align='C')
    w.para("Premesso che i Comuni dell'area dei Castelli Romani hanno promosso il progetto \"Biblioteche in rete dei Castelli Romani\", finalizzato alla "
           "gestione coordinata del prestito interbibliotecario, del catalogo unico on line e delle attività di promozione della lettura;")
    w.para("Considerato che il Comune di Marino, individuato quale ente capofila, ha trasmesso con nota prot. n. 51877 del 06/11/2025 lo schema di convenzione, "
           "di durata quinquennale, che prevede una quota annua di partecipazione a carico di ciascun Comune determinata in base alla popolazione residente;")
    w.para("Ritenuto che l'adesione consenta di ampliare i servizi offerti dalla Biblioteca comunale con una spesa contenuta, quantificata per il Comune di "
           "Frascati in € 4.850,00 annui;")
    w.para("Visti l'art. 30 del D.Lgs. 18 agosto 2000, n. 267 e lo Statuto comunale;")
    w.para("Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000, allegati al presente atto;")
    w.para("All'unanimità dei voti espressi in forma palese,")
    w.para('DELIBERA', bold=True, align='C')
    w.point('1)', "di aderire al progetto \"Biblioteche in rete dei Castelli Romani\" per il quinquennio 2026-2030;")
    w.point('2)', "di approvare lo schema di convenzione con i Comuni aderenti, allegato al presente atto quale parte integrante e sostanziale;")
    w.point('3)', "di autorizzare il Sindaco alla sottoscrizione della convenzione;")
    w.point('4)', "di dare atto che la spesa annua di € 4.850,00 trova copertura alla missione 5, programma 2, del bilancio di previsione 2025-2027 e sarà "
                  "prevista nei bilanci degli esercizi successivi;")
    w.point('5)', "di demandare al Dirigente del Dipartimento Servizi Culturali gli adempimenti conseguenti.")
    w.para("Inoltre, con successiva e separata votazione unanime, la Giunta Comunale dichiara il presente atto immediatamente eseguibile ai sensi "
           "dell'art. 134, comma 4, del D.Lgs. 267/2000, al fine di consentire la sottoscrizione della convenzione entro il 31/12/2025.")
    w.need(3*cm)
    w.y -= 10
    c = w.c
    c.setFont('Helvetica-Bold', 9.5)
    c.drawCentredString(6*cm, w.y, 'IL SINDACO'); c.drawCentredString(15*cm, w.y, 'IL SEGRETARIO GENERALE'); w.y -= 13
    c.setFont('Helvetica', 9.5)
    c.drawCentredString(6*cm, w.y, 'Francesca Mastrosanti'); c.drawCentredString(15*cm, w.y, 'Dott. Giancarlo Ferri'); w.y -= 12
    c.setFont('Helvetica-Oblique', 7)
    c.drawCentredString(6*cm, w.y, '(firmato digitalmente)'); c.drawCentredString(15*cm, w.y, '(firmato digitalmente)')
    w.save()

# ---------------------------------------------------------------- Pinerolo
def pinerolo():
    w = Writer(OUT + 'det-pinerolo-settore.pdf', size=10, left=2.2*cm, right=2.2*cm, footer='Determinazione n. 1277 del 21/11/2025')
    c = w.c
    c.setTitle('Determinazione 1277/2025')
    c.setFont('Helvetica-Bold', 15); c.drawCentredString(W/2, H - 2*cm, 'CITTÀ DI PINEROLO')
    c.setFont('Helvetica', 9); c.drawCentredString(W/2, H - 2.5*cm, 'Città Metropolitana di Torino')
    # grid header
    x0, x1, x2 = 2.2*cm, 11.2*cm, W - 2.2*cm
    top = H - 3.1*cm
    c.setLineWidth(0.6)
    c.rect(x0, top - 2.4*cm, x2 - x0, 2.4*cm); c.line(x1, top, x1, top - 2.4*cm); c.line(x1, top - 1.2*cm, x2, top - 1.2*cm)
    c.setFont('Helvetica-Bold', 9.5); c.drawString(x0 + 6, top - 14, 'SETTORE ISTRUZIONE - INFORMATIVO')
    c.setFont('Helvetica', 9); c.drawString(x0 + 6, top - 28, 'Servizio Istruzione e Diritto allo Studio')
    c.setFont('Helvetica', 7); c.drawString(x1 + 6, top - 10, 'Determinazione')
    c.setFont('Helvetica-Bold', 10); c.drawString(x1 + 6, top - 24, 'N. 1277 del 21/11/2025')
    c.setFont('Helvetica', 7); c.drawString(x1 + 6, top - 1.2*cm - 10, 'N. Settoriale')
    c.setFont('Helvetica-Bold', 10); c.drawString(x1 + 6, top - 1.2*cm - 24, '112')
    w.y = top - 2.4*cm - 0.6*cm
    c.setFont('Helvetica-Bold', 10); c.drawString(w.left, w.y - 10, 'OGGETTO:')
    subj = 'SERVIZIO DI REFEZIONE SCOLASTICA - INTEGRAZIONE IMPEGNO DI SPESA PER L\'ANNO SCOLASTICO 2025/2026 A FAVORE DELLA DITTA RISTORAZIONE ALPINA S.R.L. - CIG A03F5B1C22.'
    yy = w.y - 10
    for ln in simpleSplit(subj, 'Helvetica-Bold', 10, w.width - 2*cm):
        c.drawString(w.left + 2*cm, yy, ln); yy -= 13
    w.y = yy - 10
    w.para('IL DIRIGENTE', bold=True, align='C')
    w.para("Richiamati il decreto sindacale n. 17 del 30/06/2025, di conferimento dell'incarico dirigenziale del Settore Istruzione - Informativo, "
           "e la deliberazione del Consiglio Comunale n. 98 del 19/12/2024 di approvazione del bilancio di previsione 2025/2027;")
    w.para("Premesso che con determinazione n. 845 del 04/08/2025 è stato affidato alla ditta Ristorazione Alpina S.r.l. il servizio di refezione scolastica "
           "per l'anno scolastico 2025/2026, con impegno della spesa presunta sul capitolo 1450/2;")
    w.para("Rilevato che il numero dei pasti erogati nei mesi di settembre e ottobre 2025 è risultato superiore del 7% rispetto alla previsione, per l'attivazione "
           "di due nuove sezioni a tempo pieno presso l'Istituto Comprensivo Pinerolo IV, e che occorre pertanto integrare l'impegno assunto;")
    w.para("Verificata la disponibilità sul capitolo 1450/2 \"Servizio mensa scolastica - prestazioni di servizi\" del bilancio 2025;")
    w.para("Visti gli artt. 107, 147-bis, 151 e 183 del D.Lgs. 267/2000;")
    w.para('DETERMINA', bold=True, align='C')
    w.point('1.', "di integrare di € 18.720,00 IVA compresa l'impegno n. 2025/1536 assunto a favore della ditta Ristorazione Alpina S.r.l. per il servizio "
                  "di refezione scolastica, anno scolastico 2025/2026;")
    w.point('2.', "di imputare la spesa al capitolo 1450/2 del bilancio di previsione 2025/2027, esercizio 2025;")
    w.point('3.', "di dare atto che il presente provvedimento diviene esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura "
                  "finanziaria, ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.")
    w.y -= 20
    w.need(2.5*cm)
    c = w.c
    c.setFont('Helvetica-Bold', 9.5); c.drawCentredString(14.5*cm, w.y, 'IL DIRIGENTE DEL SETTORE'); w.y -= 13
    c.setFont('Helvetica', 9.5); c.drawCentredString(14.5*cm, w.y, 'Dott.ssa Corinna Bertea'); w.y -= 28
    w.para('VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', bold=True, size=9, align='C')
    w.para("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria. "
           "Impegno n. 2025/1536/1. Pinerolo, 24/11/2025.", size=9)
    w.y -= 4
    c.setFont('Helvetica-Bold', 9); c.drawCentredString(14.5*cm, w.y, 'IL DIRIGENTE DEL SETTORE FINANZE'); w.y -= 12
    c.setFont('Helvetica', 9); c.drawCentredString(14.5*cm, w.y, 'Dott. Roberto Canale')
    w.save()

if __name__ == '__main__':
    frascati(); pinerolo()
