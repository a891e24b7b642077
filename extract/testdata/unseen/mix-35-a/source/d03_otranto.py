# Deliberazione del Consiglio Comunale - Citta' di Otranto
# Sicraweb-like layout drawn with reportlab, every glyph placed on its own
# (Tm per character, no space characters), with a rotated Albo stamp along the
# right margin of each page.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from glyphlib import GlyphWriter

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle('DCC 19-2026')
c.setAuthor('Maggioli - Sicraweb')
c.setCreator('Sicraweb Atti - modulo stampa')
g = GlyphWriter(c)
L, R = 56, W - 62
TW = R - L
F, FB, FI = 'Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique'


def stamp():
    c.saveState()
    c.translate(W - 22, 150)
    c.rotate(90)
    c.setFont(F, 7.5)
    c.setFillGray(0.35)
    c.drawString(0, 0, 'Documento pubblicato all\'Albo Pretorio on line dal 23/04/2026 al 08/05/2026 - '
                       'Reg. Pubbl. n. 733 - Città di Otranto')
    c.restoreState()


def foot(n):
    c.setLineWidth(0.4)
    c.line(L, 40, R, 40)
    g.line(L, 30, 'Deliberazione di Consiglio Comunale n. 19 del 20/04/2026', FI, 7.5)
    g.line(L, 30, f'Pag. {n} di 2', F, 7.5, align='r', width=TW)


# ---------- page 1
stamp()
c.setLineWidth(1)
c.circle(L + 22, H - 62, 20)
g.line(L + 13, H - 65, 'STEMMA', F, 5)
g.line(L, H - 55, 'CITTÀ DI OTRANTO', FB, 18, align='c', width=TW)
g.line(L, H - 72, 'Provincia di Lecce', F, 10, align='c', width=TW)
c.setLineWidth(0.6)
c.line(L, H - 84, R, H - 84)

y = H - 108
c.rect(L, y - 40, TW, 52)
g.line(L + 8, y - 4, 'COPIA', FB, 9)
g.line(L, y - 4, 'DELIBERAZIONE DEL CONSIGLIO COMUNALE', FB, 12.5, align='c', width=TW)
g.line(L, y - 22, 'N. 19 del 20/04/2026', FB, 11, align='c', width=TW)
g.line(L, y - 35, 'Sessione ordinaria - Seduta pubblica di prima convocazione', FI, 8.5, align='c', width=TW)

y -= 66
y = g.para(L, y, 'L’anno duemilaventisei, il giorno venti del mese di aprile, alle ore 18:00, nella Sala Consiliare '
           'del Palazzo di Città, convocato con avvisi scritti regolarmente notificati ai sensi del Regolamento per '
           'il funzionamento del Consiglio Comunale, si è riunito il Consiglio Comunale. Alla trattazione del punto '
           'risultano presenti e assenti i seguenti componenti:', F, 9.5, TW)

roll = [('PALUMBO ANTONIO', 'Sindaco', True), ('DE DONNO VALENTINA', 'Presidente del Consiglio', True),
        ('MARZO ROBERTO', 'Consigliere', True), ('PETRACHI GIULIA', 'Consigliere', True),
        ('SERRA FABIO', 'Consigliere', True), ('CASTRIGNANÒ ELENA', 'Consigliere', False),
        ('LICCHETTA MARCO', 'Consigliere', True), ('PERRONE SARA', 'Consigliere', True),
        ('GRECO ANDREA', 'Consigliere', True), ('STEFANELLI LUCIA', 'Consigliere', True),
        ('CONTE DAVIDE', 'Consigliere', True), ('MELE FRANCESCO', 'Consigliere', False),
        ('CALÒ ANNA', 'Consigliere', True)]
y -= 4
cols = [L, L + 190, L + 330, L + 380, R]
rh = 13.5
c.setLineWidth(0.5)
c.setFillGray(0.88); c.rect(L, y - rh + 3, TW, rh, fill=1, stroke=1); c.setFillGray(0)
for i, h in enumerate(['Cognome e Nome', 'Carica', 'Pres.', 'Ass.']):
    g.line(cols[i] + 4, y - 7, h, FB, 8.5)
yy = y - rh
for nm, rl, pr in roll:
    c.rect(L, yy - rh + 3, TW, rh, fill=0, stroke=1)
    g.line(cols[0] + 4, yy - 7, nm, F, 8.5)
    g.line(cols[1] + 4, yy - 7, rl, F, 8.5)
    g.line(cols[2] + 18, yy - 7, 'X' if pr else '', FB, 8.5)
    g.line(cols[3] + 18, yy - 7, '' if pr else 'X', FB, 8.5)
    yy -= rh
for xx in cols[1:4]:
    c.line(xx, y + 3, xx, yy + 3)
y = yy - 10
g.line(L, y, 'Presenti n. 11', FB, 9)
g.line(L + 110, y, 'Assenti n. 2', FB, 9)
y -= 18
y = g.para(L, y, 'Presiede la seduta il Presidente del Consiglio Comunale, Sig.ra Valentina De Donno. Partecipa '
           'con funzioni consultive, referenti e di assistenza il Segretario Generale, Dott. Giuseppe Rizzello, '
           'che cura la redazione del presente verbale.', F, 9.5, TW)
y -= 6
g.glyphs(L, y, 'OGGETTO:', FB, 10)
y = g.para(L + 58, y, 'REGOLAMENTO PER L’APPLICAZIONE DELL’IMPOSTA DI SOGGIORNO - MODIFICHE AGLI ARTICOLI 4, 6 E 11. '
           'APPROVAZIONE.', FB, 10, TW - 58, justify=False)
y -= 6
g.line(L, y, 'IL CONSIGLIO COMUNALE', FB, 10, align='c', width=TW)
y -= 16
for ptx in [
    'Premesso che con deliberazione del Consiglio Comunale n. 7 del 28/02/2012 è stata istituita l’imposta di '
    'soggiorno ai sensi dell’art. 4 del D.Lgs. 14 marzo 2011, n. 23, e approvato il relativo regolamento, '
    'successivamente modificato da ultimo con deliberazione consiliare n. 11 del 29/03/2024;',
    'Considerato che l’esperienza applicativa delle ultime stagioni e il confronto con le associazioni di categoria '
    'delle strutture ricettive hanno evidenziato la necessità di aggiornare la disciplina delle esenzioni (art. 4), '
    'dei termini di versamento (art. 6) e delle sanzioni (art. 11);',
    'Visto il testo del regolamento coordinato con le modifiche proposte, allegato sub A) al presente atto;',
    'Visto il parere favorevole della I Commissione consiliare permanente espresso nella seduta del 14/04/2026;',
    'Acquisito il parere favorevole dell’Organo di revisione economico-finanziaria (verbale n. 9 del 10/04/2026);',
    'Visti i pareri favorevoli di regolarità tecnica e contabile resi dal Responsabile del Settore Finanziario ai '
    'sensi dell’art. 49 del D.Lgs. n. 267/2000;',
]:
    y = g.para(L, y, ptx, F, 9.5, TW) - 3
foot(1)
c.showPage()

# ---------- page 2
stamp()
y = H - 60
g.line(L, y, 'Città di Otranto - Deliberazione di C.C. n. 19 del 20/04/2026', FI, 8)
y -= 22
y = g.para(L, y, 'Uditi gli interventi dei consiglieri, integralmente riportati nella registrazione audio-video della '
           'seduta conservata agli atti;', F, 9.5, TW) - 3
y = g.para(L, y, 'Con la seguente votazione, resa per alzata di mano e proclamata dal Presidente: Consiglieri presenti '
           'n. 11, votanti n. 11, voti favorevoli n. 8, voti contrari n. 3 (Greco, Stefanelli, Conte), astenuti '
           'nessuno;', F, 9.5, TW) - 6
g.line(L, y, 'D E L I B E R A', FB, 10.5, align='c', width=TW)
y -= 18
for i, ptx in enumerate([
    'di approvare le modifiche agli articoli 4, 6 e 11 del Regolamento per l’applicazione dell’imposta di '
    'soggiorno, nel testo coordinato allegato sub A) quale parte integrante e sostanziale del presente atto;',
    'di stabilire che le modifiche hanno efficacia dal 1° giugno 2026;',
    'di trasmettere la presente deliberazione al Ministero dell’Economia e delle Finanze - Dipartimento delle '
    'Finanze, mediante inserimento nel Portale del federalismo fiscale, nei termini di legge.',
], 1):
    g.glyphs(L + 6, y, f'{i})', F, 9.5)
    y = g.para(L + 24, y, ptx, F, 9.5, TW - 24) - 3
y -= 4
y = g.para(L, y, 'Successivamente, con separata votazione dall’esito identico al precedente (presenti n. 11, votanti '
           'n. 11, favorevoli n. 8, contrari n. 3), il Consiglio Comunale dichiara il presente atto immediatamente '
           'eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.', F, 9.5, TW) - 14

g.line(L, y, 'Letto, approvato e sottoscritto.', FI, 9)
y -= 22
g.line(L, y, 'IL PRESIDENTE DEL CONSIGLIO', FB, 9, align='c', width=TW / 2)
g.line(L + TW / 2, y, 'IL SEGRETARIO GENERALE', FB, 9, align='c', width=TW / 2)
y -= 13
g.line(L, y, 'F.to Valentina De Donno', F, 9, align='c', width=TW / 2)
g.line(L + TW / 2, y, 'F.to Dott. Giuseppe Rizzello', F, 9, align='c', width=TW / 2)
y -= 30

c.setLineWidth(0.5)
c.rect(L, y - 70, TW, 80)
g.line(L, y, 'CERTIFICATO DI PUBBLICAZIONE', FB, 9, align='c', width=TW)
g.para(L + 8, y - 16, 'Si certifica che copia della presente deliberazione è pubblicata all’Albo Pretorio on line '
       'del Comune per quindici giorni consecutivi dal 23/04/2026 al 08/05/2026, ai sensi dell’art. 124 del D.Lgs. '
       'n. 267/2000.', F, 8.5, TW - 16)
g.line(L + 8, y - 52, 'Otranto, 23/04/2026', F, 8.5)
g.line(L, y - 52, 'IL MESSO COMUNALE - F.to Carmelo Stasi', F, 8.5, align='r', width=TW - 8)
y -= 94
c.rect(L, y - 44, TW, 54)
g.line(L, y, 'ESECUTIVITÀ', FB, 9, align='c', width=TW)
g.para(L + 8, y - 16, 'La presente deliberazione è divenuta esecutiva il 20/04/2026, essendo stata dichiarata '
       'immediatamente eseguibile (art. 134, comma 4, D.Lgs. n. 267/2000).', F, 8.5, TW - 16)
g.line(L, y - 38, 'IL SEGRETARIO GENERALE - F.to Dott. Giuseppe Rizzello', F, 8.5, align='r', width=TW - 8)
y -= 64
g.para(L, y, 'Copia conforme all’originale, in carta libera per uso amministrativo. Documento firmato digitalmente '
       'ai sensi del D.Lgs. n. 82/2005 e ss.mm.ii.', FI, 7.5, TW)
foot(2)
c.showPage()
c.save()
