# Consiglio deliberation of the Comune di Prepotto / Občina Prapotno (UD),
# imitating an Insiel "delibere" print: Italian text first, the Slovene
# text below it (and the whole Slovene operative part after the Italian),
# the roll in two numbered columns. Awkward layer: every page's objects are
# written out of reading order (foot, stamp and right column first), and
# the Albo stamp runs rotated along the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from common import reg, par

reg('Sans', 'Sans-B', 'Sans-I', 'Sans-BI')
out = sys.argv[1]
W, H = A4
L, R = 62, W - 50
TW = R - L


class Page:
    def __init__(self):
        self.ops = []  # (order_key, fn)

    def add(self, key, fn):
        self.ops.append((key, fn))

    def flush(self, c):
        # emit in a scrambled order: higher keys (feet, stamps, right column,
        # Slovene) first, then the rest bottom-up.
        for _, fn in sorted(self.ops, key=lambda o: -o[0]):
            fn()
        c.showPage()


c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Delibera CC n. 12 del 26/03/2026')
c.setAuthor('Comune di Prepotto')
c.setCreator('Insiel - Ascot Web Atti Amministrativi')
NPAGES = 3


def frame(pg, n):
    def head():
        c.setLineWidth(0.8)
        c.rect(L, H - 112, 52, 62)
        c.setFont('Sans', 6); c.drawCentredString(L + 26, H - 84, 'STEMMA')
        c.setFont('Sans-B', 15); c.drawString(L + 64, H - 66, 'COMUNE DI PREPOTTO')
        c.setFont('Sans-B', 13); c.drawString(L + 64, H - 83, 'OBČINA PRAPOTNO')
        c.setFont('Sans', 8)
        c.drawString(L + 64, H - 97, 'Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina')
        c.drawString(L + 64, H - 108, 'Piazza Castello / Trg Castello 4 – 33040 Prepotto (UD)')
        c.line(L, H - 118, R, H - 118)
    def foot():
        c.setLineWidth(0.4); c.line(L, 48, R, 48)
        c.setFont('Sans', 7)
        c.drawString(L, 38, 'Comune di Prepotto – Deliberazione del Consiglio comunale n. 12 del 26/03/2026')
        c.drawRightString(R, 38, 'Pag. %d di %d' % (n, NPAGES))
        c.drawString(L, 29, 'Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 – Dokument digitalno podpisan')
    def stamp():
        c.saveState()
        c.translate(30, 120); c.rotate(90)
        c.setFillGray(0.35); c.setFont('Sans', 7)
        c.drawString(0, 0, 'ALBO PRETORIO ON LINE – Comune di Prepotto – Pubblicazione n. 214 dal 31/03/2026 al 15/04/2026 – Registrazione n. 1187 – Copia informatica per consultazione')
        c.restoreState()
    pg.add(90, foot)
    pg.add(95, stamp)
    pg.add(5, head)


# ---------------- page 1
pg = Page(); frame(pg, 1)
y0 = H - 140


def p1_titles():
    c.setFont('Sans-B', 9); c.drawRightString(R, H - 132, 'ORIGINALE')
    c.setFont('Sans-B', 12)
    c.drawCentredString(W / 2 + 6, H - 150, 'VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE')
    c.setFont('Sans-BI', 11)
    c.drawCentredString(W / 2 + 6, H - 165, 'ZAPISNIK SKLEPA OBČINSKEGA SVETA')
    c.setFont('Sans-B', 11)
    c.drawCentredString(W / 2 + 6, H - 184, 'N. 12 del 26/03/2026')
    c.setFont('Sans-I', 10)
    c.drawCentredString(W / 2 + 6, H - 197, 'Št. 12 z dne 26.03.2026')
    c.setFont('Sans', 8.5)
    c.drawCentredString(W / 2 + 6, H - 212, 'Adunanza ordinaria di prima convocazione – seduta pubblica / Redna seja v prvem sklicu – javna seja')
pg.add(10, p1_titles)


def p1_subject():
    c.setLineWidth(0.6); c.rect(L, H - 300, TW, 76)
    c.setFont('Sans-B', 9); c.drawString(L + 6, H - 238, 'OGGETTO:')
    y = par(c, L + 62, H - 238, TW - 70, 'APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2026-2028 E DEL BILANCIO DI PREVISIONE FINANZIARIO 2026-2028.', 'Sans-B', 9.5, 12)
    c.setFont('Sans-BI', 9); c.drawString(L + 6, y - 6, 'PREDMET:')
    par(c, L + 62, y - 6, TW - 70, 'ODOBRITEV ENOTNEGA PROGRAMSKEGA DOKUMENTA (EPD) 2026–2028 IN FINANČNEGA PRORAČUNA 2026–2028.', 'Sans-BI', 9, 11.5)
pg.add(20, p1_subject)

it_intro = ('L\'anno duemilaventisei, il giorno ventisei del mese di marzo alle ore 20:00, nella sala consiliare del Municipio, '
            'in seguito a convocazione disposta con avviso scritto notificato ai singoli Consiglieri nei termini di legge, '
            'si è riunito il Consiglio comunale. Fatto l\'appello nominale risultano:')
sl_intro = ('Leta dvatisočšestindvajset, dne šestindvajsetega marca ob 20.00 uri, v sejni dvorani občinske palače, '
            'se je na podlagi pisnega vabila, ki je bilo v zakonskem roku vročeno posameznim svetnikom, sestal občinski svet. '
            'Po poimenskem klicu so:')
ys = {}


def p1_intro_it():
    ys['a'] = par(c, L, H - 318, TW, it_intro, 'Sans', 9, 11.5, justify=True)
pg.add(30, p1_intro_it)


def p1_intro_sl():
    par(c, L, H - 318 - 3 * 11.5 - 4, TW, sl_intro, 'Sans-I', 8.8, 11.2, justify=True)
pg.add(60, p1_intro_sl)

roll = [
    ('JURETIG MARCO', 'Sindaco', True), ('QUALIZZA ELENA', 'Vicesindaco', True),
    ('CRAINICH DANIELE', 'Consigliere', True), ('BERGNACH SARA', 'Consigliere', True),
    ('DORBOLÒ LUCA', 'Consigliere', False), ('TRUSGNACH IVAN', 'Consigliere', True),
    ('MARTINIG ANNA', 'Consigliere', True), ('CERNOIA PAOLO', 'Consigliere', True),
    ('SIMONETTI GIULIA', 'Consigliere', True), ('COREN STEFANO', 'Consigliere', False),
    ('FLORENCIG MAURO', 'Consigliere', True),
]
RY = H - 418
colw = (TW - 14) / 2


def roll_col(x, items, start):
    c.setFont('Sans-B', 7.5)
    c.drawString(x + 2, RY, 'N.'); c.drawString(x + 16, RY + 8, 'Cognome e nome')
    c.drawString(x + 120, RY + 8, 'Carica')
    c.drawString(x + colw - 44, RY + 8, 'Pres.'); c.drawString(x + colw - 20, RY + 8, 'Ass.')
    c.setFont('Sans-BI', 7)
    c.drawString(x + 16, RY, 'Priimek in ime'); c.drawString(x + 120, RY, 'Funkcija')
    c.drawString(x + colw - 44, RY, 'Pris.'); c.drawString(x + colw - 20, RY, 'Ods.')
    c.setLineWidth(0.4); c.line(x, RY - 3, x + colw, RY - 3)
    yy = RY - 14
    for i, (n, r, p) in enumerate(items):
        c.setFont('Sans', 8.5)
        c.drawString(x + 2, yy, '%d' % (start + i))
        c.drawString(x + 16, yy, n)
        c.drawString(x + 120, yy, r)
        c.drawCentredString(x + colw - 36, yy, 'X' if p else '')
        c.drawCentredString(x + colw - 12, yy, '' if p else 'X')
        yy -= 13
    c.line(x, yy + 8, x + colw, yy + 8)


pg.add(80, lambda: roll_col(L + colw + 14, roll[6:], 7))   # right column first
pg.add(40, lambda: roll_col(L, roll[:6], 1))


def p1_after():
    y = RY - 14 - 6 * 13 - 14
    c.setFont('Sans-B', 9)
    c.drawString(L, y, 'Presenti n. 9 – Assenti n. 2')
    c.setFont('Sans-BI', 8.8); c.drawString(L + 200, y, 'Prisotni: 9 – Odsotni: 2')
    y -= 20
    y = par(c, L, y, TW, 'Assiste il Segretario comunale dott. Renato Podrecca.', 'Sans', 9, 11.5)
    y = par(c, L, y, TW, 'Prisoten je občinski tajnik dr. Renato Podrecca.', 'Sans-I', 8.8, 11.2)
    y -= 6
    y = par(c, L, y, TW, 'Constatato il numero legale degli intervenuti, assume la presidenza il sig. Marco Juretig nella sua qualità di Sindaco, il quale dichiara aperta la seduta ed invita il Consiglio a deliberare sull\'oggetto sopra indicato, iscritto al punto n. 3 dell\'ordine del giorno.', 'Sans', 9, 11.5, justify=True)
    par(c, L, y, TW, 'Po ugotovitvi sklepčnosti prevzame predsedstvo g. Marco Juretig kot župan, ki odpre sejo in povabi svet, da odloča o zgoraj navedeni zadevi, uvrščeni pod točko 3 dnevnega reda.', 'Sans-I', 8.8, 11.2, justify=True)
pg.add(50, p1_after)
pg.flush(c)

# ---------------- page 2: Italian operative part
pg = Page(); frame(pg, 2)
it_body = [
    'IL CONSIGLIO COMUNALE',
    'PREMESSO che l\'art. 151 del D.Lgs. 18 agosto 2000, n. 267 e l\'art. 38 della L.R. 17 luglio 2015, n. 18 dispongono che gli enti locali deliberino il Documento Unico di Programmazione e il bilancio di previsione finanziario riferito ad almeno un triennio;',
    'VISTA la deliberazione della Giunta comunale n. 21 del 05/03/2026, con la quale sono stati approvati lo schema di DUP 2026-2028 e lo schema di bilancio di previsione 2026-2028;',
    'VISTO il parere favorevole del Revisore dei conti, dott.ssa Chiara Moschioni, reso con verbale n. 4 del 12/03/2026;',
    'ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell\'art. 49 del D.Lgs. 267/2000 dal Responsabile del Servizio finanziario;',
    'UDITI gli interventi dei consiglieri, riportati nel resoconto della seduta conservato agli atti;',
    'CON VOTI favorevoli n. 7, contrari n. 2 (Cernoia, Florencig), astenuti n. 0, espressi in forma palese per alzata di mano dai n. 9 consiglieri presenti e votanti,',
    'D E L I B E R A',
    '1. di approvare il Documento Unico di Programmazione (DUP) 2026-2028, allegato sub A) quale parte integrante e sostanziale del presente atto;',
    '2. di approvare il bilancio di previsione finanziario 2026-2028, redatto secondo gli schemi di cui all\'allegato 9 del D.Lgs. 118/2011, nelle risultanze di cui all\'allegato sub B), che pareggia in euro 2.418.930,00 per l\'esercizio 2026;',
    '3. di dare atto che il bilancio rispetta gli equilibri di cui all\'art. 162 del D.Lgs. 267/2000 e che il fondo di riserva è stanziato nei limiti di legge;',
    '4. di trasmettere i dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall\'approvazione.',
    'Successivamente, con voti favorevoli n. 7, contrari n. 2 (Cernoia, Florencig), astenuti n. 0, il Consiglio comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell\'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21.',
]


def p2_it():
    y = H - 140
    for t in it_body:
        if t in ('IL CONSIGLIO COMUNALE', 'D E L I B E R A'):
            c.setFont('Sans-B', 10); c.drawCentredString(W / 2 + 6, y - 4, t); y -= 22
        else:
            y = par(c, L, y, TW, t, 'Sans', 9.3, 12, justify=True) - 6
    ys['p2'] = y
pg.add(30, p2_it)


def p2_sig():
    y = 210
    c.setFont('Sans', 8.5); c.drawCentredString(W / 2 + 6, y + 22, 'Letto, confermato e sottoscritto / Prebrano, potrjeno in podpisano')
    c.setFont('Sans-B', 9)
    c.drawCentredString(L + TW / 4, y, 'IL PRESIDENTE / PREDSEDNIK')
    c.drawCentredString(L + 3 * TW / 4, y, 'IL SEGRETARIO COMUNALE / OBČINSKI TAJNIK')
    c.setFont('Sans', 9)
    c.drawCentredString(L + TW / 4, y - 14, 'Marco Juretig')
    c.drawCentredString(L + 3 * TW / 4, y - 14, 'dott. Renato Podrecca')
    c.setFont('Sans-I', 7.5)
    c.drawCentredString(L + TW / 4, y - 26, '(firmato digitalmente)')
    c.drawCentredString(L + 3 * TW / 4, y - 26, '(firmato digitalmente)')
pg.add(85, p2_sig)
pg.flush(c)

# ---------------- page 3: Slovene text and publication
pg = Page(); frame(pg, 3)
sl_body = [
    'BESEDILO V SLOVENSKEM JEZIKU (Zakon št. 38/2001)',
    'OBČINSKI SVET',
    'Z 7 glasovi za, 2 glasovoma proti (Cernoia, Florencig) in 0 vzdržanimi, izraženimi javno z dvigom roke, od 9 prisotnih in glasujočih svetnikov,',
    'S K L E N E',
    '1. da odobri Enotni programski dokument (EPD) 2026–2028, ki je kot priloga A) sestavni del tega sklepa;',
    '2. da odobri finančni proračun 2026–2028, sestavljen po shemah iz priloge 9 Zakonske uredbe št. 118/2011, v zneskih iz priloge B), ki za leto 2026 znaša 2.418.930,00 evrov;',
    '3. da ugotovi, da proračun spoštuje ravnovesja iz 162. člena Zakonske uredbe št. 267/2000;',
    '4. da pošlje podatke proračuna v Podatkovno banko javnih uprav (BDAP) v tridesetih dneh od odobritve.',
    'Nato svet z 7 glasovi za, 2 glasovoma proti in 0 vzdržanimi razglasi ta sklep za takoj izvršljiv v smislu 19. odstavka 1. člena Deželnega zakona št. 21 z dne 11. decembra 2003.',
]


def p3_sl():
    y = H - 140
    for t in sl_body:
        if t.startswith('BESEDILO'):
            c.setFont('Sans-BI', 9); c.drawString(L, y, t); y -= 20
        elif t in ('OBČINSKI SVET', 'S K L E N E'):
            c.setFont('Sans-BI', 10); c.drawCentredString(W / 2 + 6, y - 4, t); y -= 22
        else:
            y = par(c, L, y, TW, t, 'Sans-I', 9.2, 12, justify=True) - 6
pg.add(70, p3_sl)


def p3_pub():
    y = 330
    c.setLineWidth(0.6); c.rect(L, y - 118, TW, 130)
    c.setFont('Sans-B', 9.5); c.drawCentredString(W / 2 + 6, y, 'CERTIFICATO DI PUBBLICAZIONE / POTRDILO O OBJAVI')
    yy = par(c, L + 8, y - 18, TW - 16, 'Si certifica che copia della presente deliberazione viene pubblicata all\'Albo pretorio on line per quindici giorni consecutivi dal 31/03/2026 al 15/04/2026, ai sensi dell\'art. 1, comma 15, della L.R. 21/2003.', 'Sans', 8.8, 11.2, justify=True)
    yy = par(c, L + 8, yy - 2, TW - 16, 'Potrjuje se, da je ta sklep objavljen na spletni oglasni deski petnajst zaporednih dni od 31.03.2026 do 15.04.2026.', 'Sans-I', 8.6, 11, justify=True)
    c.setFont('Sans', 8.8)
    c.drawString(L + 8, yy - 14, 'Prepotto / Prapotno, 31/03/2026')
    c.drawRightString(R - 8, yy - 14, 'L\'impiegato responsabile – Katia Bucovaz')
    c.setFont('Sans-I', 7.5); c.drawRightString(R - 8, yy - 26, '(firmato digitalmente)')
pg.add(88, p3_pub)
pg.flush(c)
c.save()
