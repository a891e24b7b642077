# D10 Città (Veneto), Giunta Comunale deliberation in a Halley-like layout, ReportLab canvas: every glyph is its own
# text object (BT/ET with one Td and one Tj), no space glyphs are drawn (word gaps and justification are positions
# only); a blue Albo stamp rotated 90 degrees runs up the LEFT margin of page 1; Liberation Serif/Sans; 2 pages
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import *
from reportlab.pdfgen import canvas; from reportlab.lib.pagesizes import A4
fonts(); W, H = A4; X = 72; TW = W - X - 60
c = canvas.Canvas(os.path.join(OUT, 'deliberazione-montecchiomaggiore-halley.pdf'), pagesize=A4)
c.setTitle('DELIBERA GC 102 2026'); c.setCreator('Halley Atti - Stampa delibera')
def G(text, x, y, f='Serif', s=10.5): return glyph_line(c, text, x, y, f, s)
def C(text, y, f='Serif', s=10.5): G(text, X + TW / 2 - stringWidth(text, f, s) / 2, y, f, s)
def Rt(text, xr, y, f='Serif', s=10.5): G(text, xr - stringWidth(text, f, s), y, f, s)
def P(text, y, f='Serif', s=10.5, lead=13.6, x=None, width=None, indent=0):
    return glyph_par(c, text, X if x is None else x, y, TW if width is None else width, f, s, lead, indent)
def stamp():
    c.saveState(); c.translate(34, 150); c.rotate(90); c.setFillColorRGB(0.1, 0.2, 0.6); c.setStrokeColorRGB(0.1, 0.2, 0.6)
    c.setLineWidth(0.6); c.roundRect(-4, -14, 560, 30, 4)
    c.setFont('Sans-B', 7.5); c.drawString(2, 4, 'CITTÀ DI MONTECCHIO MAGGIORE – ALBO PRETORIO ON LINE – REG. N. 1460/2026')
    c.setFont('Sans', 7.5); c.drawString(2, -7, 'Pubblicato dal 08/06/2026 al 23/06/2026 – Documento informatico sottoscritto digitalmente (D.Lgs. 82/2005)')
    c.restoreState()
def foot(n):
    c.setFillGray(0.3); G('DELIBERAZIONE DI GIUNTA COMUNALE n. 102 del 04-06-2026  -  CITTÀ DI MONTECCHIO MAGGIORE', X, 32, 'Sans', 7)
    Rt('Pag. %d' % n, X + TW, 32, 'Sans', 7); c.setFillGray(0)
stamp()
c.setFillColorRGB(0.78, 0.82, 0.9); c.rect(X, H - 112, 40, 48, fill=1, stroke=0); c.setFillGray(0)
G('CITTÀ DI MONTECCHIO MAGGIORE', X + 52, H - 80, 'Serif-B', 17); G('Provincia di Vicenza', X + 52, H - 96, 'Serif-I', 10.5)
G('Via Roma, 5 – 36075 Montecchio Maggiore (VI) – C.F. 00163130243', X + 52, H - 108, 'Sans', 7.5)
c.setLineWidth(0.8); c.line(X, H - 120, X + TW, H - 120)
y = H - 142
Rt('COPIA', X + TW, y, 'Serif-B', 10); G('Codice ente 10939', X, y, 'Sans', 7.5); y -= 24
C('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', y, 'Serif-B', 12.5); y -= 22
c.setLineWidth(0.6); c.rect(X, y - 8, TW, 22)
G('N. 102', X + 10, y, 'Serif-B', 11); C('del 04-06-2026', y, 'Serif-B', 11); Rt('Prop. n. 118 del 29-05-2026', X + TW - 10, y, 'Serif', 9.5); y -= 34
G('Oggetto:', X, y, 'Serif-B', 10.5)
SUBJ = 'Concessione del patrocinio e di un contributo economico all’Associazione “Pro Loco Alte Montecchio” per la manifestazione “Festa dei Castelli 2026”.'
y = P(SUBJ, y, 'Serif-B', 10.5, 13.5, x=X + 52, width=TW - 52) - 12
y = P('L’anno duemilaventisei il giorno quattro del mese di giugno alle ore 17:00, nella Residenza Municipale, per determinazione del Sindaco, si è riunita la Giunta Comunale. Dei Signori componenti della Giunta Comunale di questo Comune:', y) - 8
rows = [('VERONESE GIANFRANCO', 'Sindaco', True), ('DAL MASO ROBERTA', 'Vice Sindaco', True), ('CAILOTTO FEDERICO', 'Assessore', True),
        ('MARCHETTO SILVIA', 'Assessore', False), ('PERAZZOLO LUIGI', 'Assessore', True), ('ZARANTONELLO MARTA', 'Assessore', True)]
cx = [X + 10, X + 200, X + 330, X + 400]; top = y + 12
G('Cognome e Nome', cx[0], y, 'Serif-B', 10); G('Carica', cx[1], y, 'Serif-B', 10); G('Presenti', cx[2], y, 'Serif-B', 10); G('Assenti', cx[3], y, 'Serif-B', 10); y -= 15
for n, r, p in rows:
    G(n, cx[0], y, 'Serif', 10); G(r, cx[1], y, 'Serif', 10); G('P' if p else 'A', (cx[2] + 14) if p else (cx[3] + 14), y, 'Serif', 10); y -= 14
c.setLineWidth(0.5); c.rect(X, y + 9, TW, top - y - 9); c.line(X, top - 15, X + TW, top - 15)
G('Presenti   5', cx[2] - 4, y - 4, 'Serif-B', 9.5); G('Assenti   1', cx[3] - 4, y - 4, 'Serif-B', 9.5); y -= 26
y = P('Assiste all’adunanza il Segretario Generale Dott.ssa Claudia Sbalchiero, che provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, il Sig. Gianfranco Veronese, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.', y) - 10
C('LA GIUNTA COMUNALE', y, 'Serif-B', 11); y -= 18
prem = ['Vista la richiesta presentata dall’Associazione “Pro Loco Alte Montecchio”, acquisita al protocollo n. 18412 del 12/05/2026, volta a ottenere il patrocinio e un contributo economico per la manifestazione “Festa dei Castelli 2026”, che si terrà presso i Castelli di Giulietta e Romeo dal 3 al 6 settembre 2026;',
        'Visto il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 27 del 28/06/2022, e in particolare gli artt. 5 e 9;',
        'Considerato che la manifestazione, giunta alla 38ª edizione, costituisce un evento di rilevante interesse culturale e turistico per la Città e che il programma presentato prevede la rievocazione storica, spettacoli e iniziative per le scuole;']
for s in prem: y = P(s, y, indent=18) - 4
foot(1); c.showPage()
y = H - 64
prem = ['Dato atto che nel bilancio di previsione 2026-2028, esercizio 2026, al capitolo 5210 “Contributi ad associazioni per manifestazioni culturali” risulta la disponibilità di € 6.500,00;',
        'Visti i pareri favorevoli di regolarità tecnica del Responsabile del Servizio Cultura e Turismo e di regolarità contabile del Responsabile dei Servizi Finanziari, espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267;',
        'Con voti unanimi favorevoli, espressi nei modi di legge,']
for s in prem: y = P(s, y, indent=18) - 4
y -= 6; C('D E L I B E R A', y, 'Serif-B', 11.5); y -= 20
pts = ['di concedere il patrocinio della Città di Montecchio Maggiore alla manifestazione “Festa dei Castelli 2026”, organizzata dall’Associazione “Pro Loco Alte Montecchio” dal 3 al 6 settembre 2026;',
       'di concedere alla medesima Associazione un contributo economico di € 5.000,00 a parziale copertura delle spese, da liquidarsi a presentazione del rendiconto ai sensi dell’art. 11 del Regolamento;',
       'di demandare al Responsabile del Servizio Cultura e Turismo l’assunzione dell’impegno di spesa sul capitolo 5210 del bilancio 2026 e ogni adempimento conseguente;',
       'di dichiarare, con separata e unanime votazione, la presente deliberazione immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, per consentire l’organizzazione dell’evento.']
for i, s in enumerate(pts, 1):
    G('%d)' % i, X, y); y = P(s, y, x=X + 20, width=TW - 20) - 4
y -= 16; G('Letto, approvato e sottoscritto.', X, y); y -= 28
G('IL SINDACO', X + 50, y, 'Serif-B', 10.5); G('IL SEGRETARIO GENERALE', X + 280, y, 'Serif-B', 10.5); y -= 14
G('F.to Gianfranco Veronese', X + 28, y); G('F.to Dott.ssa Claudia Sbalchiero', X + 262, y); y -= 42
C('PARERI ESPRESSI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000', y, 'Serif-B', 10); y -= 16
y = P('Proposta n. 118 del 29-05-2026 – Servizio Cultura e Turismo. Parere di regolarità tecnica: Favorevole (F.to Dott. Enrico Tonin, 29-05-2026). Parere di regolarità contabile: Favorevole (F.to Dott.ssa Paola Rigon, 01-06-2026).', y, 'Serif', 9.5, 12.5) - 16
C('CERTIFICATO DI ESECUTIVITÀ', y, 'Serif-B', 10); y -= 16
y = P('La presente deliberazione è divenuta esecutiva il 04-06-2026 in quanto dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.', y, 'Serif', 9.5, 12.5)
foot(2); c.showPage(); c.save()
