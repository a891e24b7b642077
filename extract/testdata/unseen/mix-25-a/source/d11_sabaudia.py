# D11 Comune (Lazio), Allegato A to a Giunta deliberation (APKappa-like table), ReportLab canvas:
# letterhead, table head and foot are Form XObjects; the foot is painted first, then the body column by column
# from the right-most column and from the bottom row up, the notes, and the letterhead last
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit; from kit import *
from reportlab.pdfgen import canvas; from reportlab.lib.pagesizes import A4, landscape
fonts(); W, H = landscape(A4); X = 40; TW = W - 80
c = canvas.Canvas(os.path.join(OUT, 'allegato-sabaudia-apkappa.pdf'), pagesize=(W, H))
c.setTitle('Allegato A - Tariffe parcheggi 2026'); c.setCreator('APKappa Sfera - Gestione Atti')
c.beginForm('head')
c.setLineWidth(0.8); c.rect(X, H - 86, 44, 50); c.setFont('Sans', 5.5); c.drawCentredString(X + 22, H - 64, 'STEMMA')
c.setFont('Sans-B', 15); c.drawString(X + 56, H - 54, 'COMUNE DI SABAUDIA')
c.setFont('Sans', 9); c.drawString(X + 56, H - 68, 'Provincia di Latina – Settore Polizia Locale e Mobilità')
c.setFont('Sans-B', 10); c.drawRightString(W - X, H - 50, 'ALLEGATO A')
c.setFont('Sans', 8.5); c.drawRightString(W - X, H - 63, 'alla deliberazione della Giunta Comunale n. 71 del 05/05/2026')
c.setLineWidth(1); c.line(X, H - 94, W - X, H - 94)
c.setFont('Sans-B', 11.5); c.drawCentredString(W / 2, H - 114, 'TARIFFE DEI PARCHEGGI A PAGAMENTO SUL LUNGOMARE E NEL CENTRO URBANO – STAGIONE ESTIVA 2026')
c.endForm()
cols = [('Zona', 40), ('Ubicazione', 230), ('Periodo di applicazione', 100), ('Orario', 150), ('Tariffa oraria', 70), ('Giornaliero', 70), ('Abbonamento mensile', 102)]
xs = [X]; [xs.append(xs[-1] + w) for _, w in cols]
TOP = H - 130; RH = 19
c.beginForm('thead')
c.setFillGray(0.86); c.rect(X, TOP - 26, TW, 26, fill=1, stroke=0); c.setFillGray(0)
c.setFont('Sans-B', 8.5)
for (n, w), x in zip(cols, xs):
    parts = n.split(' ') if len(n) > 16 else [n]
    if len(parts) > 1: c.drawCentredString(x + w / 2, TOP - 11, ' '.join(parts[:-1])); c.drawCentredString(x + w / 2, TOP - 21, parts[-1])
    else: c.drawCentredString(x + w / 2, TOP - 16, n)
c.endForm()
c.beginForm('foot')
c.setFont('Sans', 7); c.setFillGray(0.4)
c.drawString(X, 24, 'Comune di Sabaudia – Piazza del Comune, 1 – 04016 Sabaudia (LT) – www.comune.sabaudia.latina.it')
c.drawRightString(W - X, 24, 'Allegato A – G.C. n. 71/2026 – pagina 1 di 1'); c.setFillGray(0)
c.endForm()
R = [('A1', 'Lungomare Pontino – tratto Bufalara / Caterattino', '01/06 – 15/09', '08:00 – 20:00', '€ 2,00', '€ 12,00', '€ 90,00'),
     ('A2', 'Lungomare Pontino – tratto Caterattino / Torre Paola', '01/06 – 15/09', '08:00 – 20:00', '€ 2,00', '€ 12,00', '€ 90,00'),
     ('A3', 'Via Lungomare – parcheggio Duna Verde', '01/06 – 15/09', '08:00 – 20:00', '€ 1,50', '€ 10,00', '€ 70,00'),
     ('A4', 'Località Torre Paola – area camper', '15/05 – 30/09', '00:00 – 24:00', '–', '€ 25,00', '–'),
     ('B1', 'Piazza del Comune e Corso Vittorio Emanuele III', '01/05 – 30/09', '09:00 – 13:00 / 16:00 – 24:00', '€ 1,20', '–', '€ 40,00'),
     ('B2', 'Via Principe Biancamano / Piazza Santa Barbara', '01/05 – 30/09', '09:00 – 13:00 / 16:00 – 24:00', '€ 1,20', '–', '€ 40,00'),
     ('B3', 'Viale Carlo Alberto (lato lago)', '01/05 – 30/09', '09:00 – 20:00', '€ 1,00', '€ 6,00', '€ 35,00'),
     ('C1', 'Parcheggio di interscambio via Migliara 53', '01/06 – 15/09', '08:00 – 20:00', '€ 0,50', '€ 3,00', '€ 20,00'),
     ('C2', 'Parcheggio Lago di Paola – Rio Torto', '01/06 – 15/09', '08:00 – 20:00', '€ 1,00', '€ 6,00', '€ 35,00'),
     ('D1', 'Stalli riservati a motocicli (tutte le zone)', '01/06 – 15/09', '08:00 – 20:00', '€ 0,50', '€ 3,00', '€ 15,00')]
c.doForm('foot')
# body: column by column, right-most first, each column from the bottom row up
c.setFont('Sans', 8.5)
for j in range(len(cols) - 1, -1, -1):
    for i in range(len(R) - 1, -1, -1):
        yy = TOP - 26 - RH * i - 13; v = R[i][j]
        if j == 1: c.drawString(xs[j] + 5, yy, v)
        else: c.drawCentredString(xs[j] + cols[j][1] / 2, yy, v)
# rules
bot = TOP - 26 - RH * len(R); c.setLineWidth(0.5)
for x in xs: c.line(x, TOP, x, bot)
for i in range(len(R) + 1): c.line(X, TOP - 26 - RH * i, X + TW, TOP - 26 - RH * i)
c.line(X, TOP, X + TW, TOP)
c.doForm('thead')
notes = ['Note:',
         '1. Sono esenti dal pagamento i veicoli al servizio di persone con disabilità muniti del contrassegno di cui all’art. 381 del D.P.R. 495/1992.',
         '2. L’abbonamento mensile per i residenti nel Comune di Sabaudia è ridotto del 50%; la tariffa giornaliera vale fino alle ore 20:00 del giorno di emissione.',
         '3. Il pagamento è ammesso presso i parcometri, tramite app per smartphone e presso i rivenditori autorizzati.']
yy = bot - 20
for k, n in enumerate(notes):
    c.setFont('Sans-B' if k == 0 else 'Sans', 8.5); c.drawString(X, yy, n); yy -= 12
c.setFont('Sans', 9); c.drawRightString(W - X, yy - 16, 'IL DIRIGENTE DEL SETTORE POLIZIA LOCALE E MOBILITÀ')
c.setFont('Sans-I', 9); c.drawRightString(W - X - 40, yy - 29, 'Dott. Fabrizio Lauretti')
c.doForm('head')
c.save()
