#!/usr/bin/env python3
"""ReportLab: Grugliasco Giunta minute (justified with Tw/Tc, running heads)
and Petralia Soprana Giunta Municipale minute (glyphs placed one by one,
letterhead as a Form XObject drawn last, rotated stamp)."""
import sys, os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
DV = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DVS', DV + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVSB', DV + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVSe', DV + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DVSeB', DV + 'DejaVuSerif-Bold.ttf'))
W, H = A4


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        t = ' '.join(cur + [w])
        if cur and pdfmetrics.stringWidth(t, font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justified(c, x, y, text, font, size, width, lead, indent=0, charspace=0.0):
    """Justified paragraph: each line one text object, Tw for the gap, Tc kept."""
    lines = wrap(text, font, size, width - indent)
    for i, words in enumerate(lines):
        s = ' '.join(words)
        t = c.beginText(x + (indent if i == 0 else 0), y)
        t.setFont(font, size)
        t.setCharSpace(charspace)
        if i < len(lines) - 1 and len(words) > 1:
            nat = pdfmetrics.stringWidth(s, font, size) + charspace * len(s)
            t.setWordSpace((width - (indent if i == 0 else 0) - nat) / (len(words) - 1))
        t.textOut(s)
        c.drawText(t)
        y -= lead
        if i == 0:
            indent_used = indent
    return y


# ---------------------------------------------------------------- Grugliasco
def grugliasco():
    fn = os.path.join(OUT, 'deliberazione-grugliasco-jiride.pdf')
    c = canvas.Canvas(fn, pagesize=A4)
    c.setTitle('Deliberazione G.C. 214/2026')
    c.setAuthor('J-Iride Atti')
    c.setCreator('J-Iride Atti Amministrativi - modulo stampe')
    L, R = 62, W - 62
    TW = R - L
    state = {'page': 1}

    def head():
        c.setFont('DVS', 7.5)
        c.drawString(L, H - 30, 'Città di Grugliasco - Deliberazione della Giunta Comunale n. 214 del 17/11/2026')
        c.drawRightString(R, H - 30, 'Pag. %d di 2' % state['page'])
        c.setLineWidth(0.4); c.line(L, H - 34, R, H - 34)
        c.setFont('DVS', 7)
        c.drawCentredString(W / 2, 28, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 - Piazza Matteotti 50, 10095 Grugliasco (TO)')

    def newpage():
        c.showPage(); state['page'] += 1; head(); return H - 62

    head()
    y = H - 70
    c.setFont('DVSeB', 17); c.drawCentredString(W / 2, y, 'CITTÀ DI GRUGLIASCO'); y -= 15
    c.setFont('DVSe', 10); c.drawCentredString(W / 2, y, 'Città Metropolitana di Torino'); y -= 30
    c.setFont('DVSB', 12.5); c.drawCentredString(W / 2, y, 'VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE'); y -= 24
    # number box
    c.setLineWidth(0.8); c.rect(L, y - 34, TW, 44)
    c.setFont('DVSB', 10.5)
    c.drawString(L + 8, y - 6, 'N. 214')
    c.drawString(L + 130, y - 6, 'Seduta del 17/11/2026')
    c.setFont('DVS', 8.5)
    c.drawString(L + 8, y - 24, 'Proposta n. 238 del 12/11/2026 - Settore proponente: SETTORE LAVORI PUBBLICI E INFRASTRUTTURE')
    y -= 58
    c.setFont('DVSB', 10); c.drawString(L, y, 'OGGETTO:')
    subj = ('APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE '
            'DEL PARCO LE SERRE - LOTTO 2. CUP J17H26000410004.')
    for words in wrap(subj, 'DVSB', 10, TW - 70):
        c.drawString(L + 70, y, ' '.join(words)); y -= 13
    y -= 10
    y = justified(c, L, y, 'L’anno duemilaventisei, addì diciassette del mese di novembre alle ore 15:30, '
                  'nella sala delle adunanze del Palazzo Civico, convocata nei modi di legge, si è riunita '
                  'la Giunta Comunale nelle persone dei Signori:', 'DVSe', 10, TW, 13.5)
    y -= 6
    roll = [('FERRERO Marco', 'Sindaco', 'X', ''), ('GIORDANO Elisa', 'Vicesindaco', 'X', ''),
            ('BERTOLOTTO Andrea', 'Assessore', 'X', ''), ('CAVALLERO Silvia', 'Assessore', '', 'X'),
            ('MONDINO Luca', 'Assessore', 'X', ''), ('RASPINO Chiara', 'Assessore', 'X', ''),
            ('VIETTI Paolo', 'Assessore', 'X', '')]
    c.setFont('DVSB', 9)
    c.drawString(L + 20, y, 'Cognome e nome'); c.drawString(L + 200, y, 'Carica')
    c.drawString(L + 320, y, 'Presente'); c.drawString(L + 390, y, 'Assente'); y -= 4
    c.line(L + 15, y, L + 440, y); y -= 12
    c.setFont('DVS', 9)
    for n, r, p, a in roll:
        c.drawString(L + 20, y, n); c.drawString(L + 200, y, r)
        c.drawCentredString(L + 340, y, p); c.drawCentredString(L + 408, y, a); y -= 13
    c.line(L + 15, y + 8, L + 440, y + 8); y -= 2
    c.setFont('DVSB', 9); c.drawString(L + 200, y, 'Totale'); c.drawCentredString(L + 340, y, '6'); c.drawCentredString(L + 408, y, '1'); y -= 20
    y = justified(c, L, y, 'Assiste il Segretario Generale dott.ssa Laura BONINO, la quale provvede alla redazione '
                  'del presente verbale. Essendo legale il numero degli intervenuti, il Sindaco Marco FERRERO '
                  'assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.',
                  'DVSe', 10, TW, 13.5)
    y -= 8
    c.setFont('DVSB', 10.5); c.drawCentredString(W / 2, y, 'LA GIUNTA COMUNALE'); y -= 18
    prem = [
        'Premesso che con deliberazione del Consiglio Comunale n. 12 del 26/02/2026 è stato approvato il Documento Unico di Programmazione 2026-2028, che inserisce nel programma triennale dei lavori pubblici l’intervento di riqualificazione del Parco Le Serre - lotto 2, per un importo complessivo di euro 780.000,00;',
        'Visto il progetto di fattibilità tecnico-economica redatto dal Settore Lavori Pubblici e Infrastrutture, composto dagli elaborati elencati nella relazione generale e trasmesso in data 5 novembre 2026;',
        'Dato atto che il progetto è stato sottoposto a verifica ai sensi dell’art. 42 del D.Lgs. 31 marzo 2023, n. 36, con esito positivo, come da verbale del responsabile unico del progetto in data 10 novembre 2026;',
        'Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267, dai responsabili dei settori competenti;',
        'Con voti unanimi favorevoli espressi in forma palese;',
    ]
    for p in prem:
        if y < 120:
            y = newpage()
        y = justified(c, L, y, p, 'DVSe', 10, TW, 13.5, indent=18) - 5
    y -= 4
    if y < 200:
        y = newpage()
    c.setFont('DVSB', 10.5)
    t = c.beginText(W / 2 - 45, y); t.setFont('DVSB', 10.5); t.setCharSpace(4); t.textOut('DELIBERA'); c.drawText(t)
    y -= 18
    pts = [
        'di approvare il progetto di fattibilità tecnico-economica per la riqualificazione del Parco Le Serre - lotto 2, per un importo complessivo di euro 780.000,00, di cui euro 596.500,00 per lavori e oneri della sicurezza;',
        'di dare atto che la spesa trova copertura al capitolo 29410 del bilancio di previsione 2026-2028, esercizio 2027, finanziato con contributo regionale e avanzo vincolato;',
        'di individuare quale responsabile unico del progetto l’arch. Giulia Sibona, funzionaria del Settore Lavori Pubblici e Infrastrutture;',
        'di demandare al Dirigente del Settore Lavori Pubblici e Infrastrutture l’adozione degli atti conseguenti.',
    ]
    for i, p in enumerate(pts, 1):
        if y < 90:
            y = newpage()
        c.setFont('DVSe', 10); c.drawString(L, y, '%d.' % i)
        y = justified(c, L + 18, y, p, 'DVSe', 10, TW - 18, 13.5) - 5
    y -= 6
    if y < 160:
        y = newpage()
    y = justified(c, L, y, 'Successivamente, con separata votazione unanime e palese, la Giunta Comunale dichiara '
                  'il presente provvedimento immediatamente eseguibile ai sensi dell’art. 134, comma 4, del '
                  'D.Lgs. 18 agosto 2000, n. 267, stante l’urgenza di presentare la domanda di contributo entro il 30 novembre 2026.',
                  'DVSe', 10, TW, 13.5)
    y = newpage() if y < 300 else y - 20
    c.setFont('DVS', 9.5)
    c.drawString(L, y, 'Letto, confermato e sottoscritto.'); y -= 30
    c.drawCentredString(L + 110, y, 'IL SINDACO'); c.drawCentredString(R - 110, y, 'IL SEGRETARIO GENERALE'); y -= 14
    c.drawCentredString(L + 110, y, 'Marco FERRERO'); c.drawCentredString(R - 110, y, 'dott.ssa Laura BONINO'); y -= 12
    c.setFont('DVS', 7.5)
    c.drawCentredString(L + 110, y, '(firmato digitalmente)'); c.drawCentredString(R - 110, y, '(firmato digitalmente)')
    c.save()


# ---------------------------------------------------------------- Petralia Soprana
def glyphs(c, x, y, s, font, size, tc=0.0):
    """Every glyph in its own BT/ET, as some report engines write them."""
    for ch in s:
        if ch != ' ':
            c.setFont(font, size)
            c.drawString(x, y, ch)
        x += pdfmetrics.stringWidth(ch, font, size) + tc
    return x


def gpara(c, x, y, text, font, size, width, lead, indent=0):
    lines = wrap(text, font, size, width - indent)
    for i, words in enumerate(lines):
        ind = indent if i == 0 else 0
        if i < len(lines) - 1 and len(words) > 1:
            nat = sum(pdfmetrics.stringWidth(w, font, size) for w in words)
            gap = (width - ind - nat) / (len(words) - 1)
            xx = x + ind
            for w in words:
                glyphs(c, xx, y, w, font, size)
                xx += pdfmetrics.stringWidth(w, font, size) + gap
        else:
            glyphs(c, x + ind, y, ' '.join(words), font, size)
        y -= lead
    return y


def petralia():
    fn = os.path.join(OUT, 'deliberazione-petraliasoprana-urbi.pdf')
    c = canvas.Canvas(fn, pagesize=A4, pageCompression=1)
    c.setTitle('Delibera GM 97 2026'); c.setCreator('URBI Smart - Atti (report engine)')
    L, R = 56, W - 56
    TW = R - L
    F, FB = 'Helvetica', 'Helvetica-Bold'
    # letterhead form, defined once, drawn at the END of each page stream
    c.beginForm('intestazione')
    c.setLineWidth(1.2); c.circle(L + 22, H - 58, 20)
    c.setFont('Times-Bold', 7); c.drawCentredString(L + 22, H - 60, 'STEMMA')
    c.setFont('Times-Bold', 16); c.drawString(L + 52, H - 52, 'COMUNE DI PETRALIA SOPRANA')
    c.setFont('Times-Roman', 10); c.drawString(L + 52, H - 66, 'Città Metropolitana di Palermo')
    c.setFont('Times-Italic', 8); c.drawString(L + 52, H - 78, 'Piazza del Popolo, 1 - 90026 Petralia Soprana (PA) - C.F. 00541890820')
    c.setLineWidth(0.6); c.line(L, H - 88, R, H - 88)
    c.endForm()

    def stamp(text):
        c.saveState()
        c.translate(R + 28, 200); c.rotate(90)
        c.setFillGray(0.35); c.setFont(F, 7.5)
        c.drawString(0, 0, text)
        c.restoreState()

    # ---- page 1: body first, then footer, then the letterhead form
    y = H - 118
    x = glyphs(c, L, y, 'DELIBERAZIONE DELLA GIUNTA MUNICIPALE', FB, 13)
    y -= 24
    c.setFont(F, 10)
    glyphs(c, L, y, 'N. 97', FB, 11); glyphs(c, L + 90, y, 'del 16/11/2026', FB, 11)
    glyphs(c, R - 170, y, 'COPIA CONFORME', F, 9, tc=1.5)
    y -= 20
    glyphs(c, L, y, 'Proposta n. 104 del 11/11/2026', F, 9); y -= 12
    glyphs(c, L, y, 'Area proponente: Area Amministrativa - Servizio Turismo e Cultura', F, 9); y -= 20
    glyphs(c, L, y, 'OGGETTO:', FB, 10)
    subj = ('Concessione di un contributo straordinario alla Pro Loco di Petralia Soprana per la '
            'realizzazione del Presepe vivente 2026. Atto di indirizzo.')
    for words in wrap(subj, FB, 10, TW - 70):
        glyphs(c, L + 70, y, ' '.join(words), FB, 10); y -= 13
    y -= 10
    y = gpara(c, L, y, 'L\'anno duemilaventisei il giorno sedici del mese di novembre alle ore 13:15 e seguenti, '
              'nella Casa Comunale e nella consueta sala delle adunanze, si è riunita la Giunta Municipale '
              'convocata nelle forme di legge. Presiede l\'adunanza il Sindaco dott. Salvatore Lo Verde e sono '
              'rispettivamente presenti ed assenti i seguenti sigg.:', F, 10, TW, 13.5)
    y -= 8
    roll = [('LO VERDE Salvatore', 'Sindaco', 'Presente'), ('CASCIO Maria', 'Vice Sindaco', 'Presente'),
            ('GENNARO Pietro', 'Assessore', 'Presente'), ('LIPANI Rosalia', 'Assessore', 'Assente'),
            ('MACALUSO Vincenzo', 'Assessore', 'Presente')]
    for n, r, p in roll:
        glyphs(c, L + 30, y, n, F, 10); glyphs(c, L + 210, y, r, F, 10); glyphs(c, L + 330, y, p, F, 10); y -= 13
    y -= 6
    y = gpara(c, L, y, 'Assiste il Segretario Comunale dott.ssa Giuseppa Sciortino. Il Presidente, constatato il '
              'numero legale degli intervenuti, dichiara aperta la riunione e invita i convenuti a deliberare '
              'sull\'oggetto sopra indicato.', F, 10, TW, 13.5)
    y -= 10
    glyphs(c, W / 2 - 60, y, 'LA GIUNTA MUNICIPALE', FB, 10.5); y -= 18
    for p in ['Vista la proposta di deliberazione del Responsabile dell\'Area Amministrativa, allegata al presente atto per farne parte integrante e sostanziale;',
              'Vista la richiesta della Pro Loco di Petralia Soprana, acquisita al prot. n. 14873 del 28/10/2026, con la quale si chiede un contributo per la realizzazione del Presepe vivente nel centro storico nei giorni 26 dicembre 2026 e 6 gennaio 2027;',
              'Visto il Regolamento comunale per la concessione di contributi e vantaggi economici;',
              'Visti i pareri favorevoli resi ai sensi dell\'art. 53 della L. 142/1990, come recepito dalla L.R. 48/1991;']:
        y = gpara(c, L, y, p, F, 10, TW, 13.5, indent=16) - 4
    c.setFont(F, 7.5)
    c.drawCentredString(W / 2, 30, 'Deliberazione G.M. n. 97 del 16/11/2026 - pagina 1 di 2')
    stamp('Pubblicata all\'Albo Pretorio on line dal 17/11/2026 al 02/12/2026 - Reg. n. 1462')
    c.doForm('intestazione')
    c.showPage()
    # ---- page 2
    y = H - 118
    for p in ['Ritenuto di esprimere indirizzo favorevole, in considerazione del valore culturale e turistico dell\'iniziativa;',
              'Con voti unanimi espressi nelle forme di legge;']:
        y = gpara(c, L, y, p, F, 10, TW, 13.5, indent=16) - 4
    y -= 6
    glyphs(c, W / 2 - 30, y, 'D E L I B E R A', FB, 10.5); y -= 18
    pts = ['di concedere alla Pro Loco di Petralia Soprana un contributo straordinario di euro 3.500,00 per la realizzazione del Presepe vivente 2026;',
           'di dare atto che la somma trova copertura alla missione 7, programma 1, capitolo 7210 del bilancio 2026;',
           'di demandare al Responsabile dell\'Area Amministrativa l\'adozione degli atti gestionali conseguenti;',
           'di stabilire che il contributo sarà liquidato previa presentazione del rendiconto delle spese sostenute.']
    for i, p in enumerate(pts, 1):
        glyphs(c, L, y, '%d)' % i, F, 10)
        y = gpara(c, L + 18, y, p, F, 10, TW - 18, 13.5) - 4
    y -= 8
    y = gpara(c, L, y, 'Con successiva e separata votazione unanime, la Giunta Municipale dichiara la presente '
              'deliberazione immediatamente esecutiva ai sensi dell\'art. 12, comma 2, della L.R. n. 44/1991.',
              F, 10, TW, 13.5)
    y -= 30
    glyphs(c, L + 40, y, 'IL SINDACO', FB, 9.5); glyphs(c, R - 190, y, 'IL SEGRETARIO COMUNALE', FB, 9.5); y -= 14
    glyphs(c, L + 20, y, 'dott. Salvatore Lo Verde', F, 9.5); glyphs(c, R - 195, y, 'dott.ssa Giuseppa Sciortino', F, 9.5)
    y -= 14
    glyphs(c, L, y - 20, 'L\'ASSESSORE ANZIANO: Maria Cascio', F, 8.5)
    c.setFont(F, 7.5)
    c.drawCentredString(W / 2, 30, 'Deliberazione G.M. n. 97 del 16/11/2026 - pagina 2 di 2')
    stamp('Pubblicata all\'Albo Pretorio on line dal 17/11/2026 al 02/12/2026 - Reg. n. 1462')
    c.doForm('intestazione')
    c.save()


if __name__ == '__main__':
    grugliasco()
    petralia()
