# Italian/Slovene ordinanza (paragraph by paragraph, Slovene under Italian); letterhead and
# running foot are Form XObjects reused on every page; title letter-spaced with Tc (reportlab)
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth
from rlutil import wrap
D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('Serif', D + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('Serif-B', D + 'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Serif-I', D + 'DejaVuSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('Sans', D + 'DejaVuSans.ttf'))
W, H = A4
LM, RM = 62, W - 62; TW = RM - LM
c = canvas.Canvas('../ordinanza-grimacco-insiel.pdf', pagesize=A4)
c.setTitle('Ordinanza n. 6/2026'); c.setCreator('Insiel - Ascot Web Atti')
# letterhead form
c.beginForm('letterhead')
c.setFillColorRGB(0.1, 0.3, 0.2); c.rect(LM, H - 95, 4, 50, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
c.setFont('Serif-B', 15); c.drawString(LM + 14, H - 60, 'COMUNE DI GRIMACCO')
c.setFont('Serif-B', 15); c.drawString(LM + 14, H - 78, 'OBČINA GARMAK')
c.setFont('Sans', 7.5)
c.drawString(LM + 14, H - 91, 'Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina')
c.drawRightString(RM, H - 60, 'Località Clodig 20 – Hlodič 20')
c.drawRightString(RM, H - 70, '33040 Grimacco / Garmak (UD)')
c.drawRightString(RM, H - 80, 'tel. 0432 725006 – PEC: comune.grimacco@certgov.fvg.it')
c.setLineWidth(0.5); c.line(LM, H - 100, RM, H - 100)
c.endForm()
c.beginForm('foot')
c.setFont('Sans', 7); c.setLineWidth(0.4); c.line(LM, 48, RM, 48)
c.drawString(LM, 38, 'Ordinanza n. 6/2026 – Odredba št. 6/2026')
c.endForm()
def new_page(n):
    c.doForm('letterhead'); c.doForm('foot')
    c.setFont('Sans', 7); c.drawRightString(RM, 38, 'pag./str. %d' % n)
def spaced(y, text, font, size, cs):
    w = stringWidth(text, font, size) + cs * (len(text) - 1)
    t = c.beginText((W - w) / 2, y); t.setFont(font, size); t.setCharSpace(cs); t.textOut(text); t.setCharSpace(0); c.drawText(t)
def para(y, text, font='Serif', size=10, ind=0, lead=12.6):
    for ln in wrap(text, font, size, TW - ind):
        c.setFont(font, size); c.drawString(LM + ind, y, ln); y -= lead
    return y - 4
page = 1; new_page(page)
y = H - 135
spaced(y, 'ORDINANZA', 'Serif-B', 13, 6); y -= 16
spaced(y, 'ODREDBA', 'Serif-B', 13, 6); y -= 20
spaced(y, 'N. 6/2026 – ŠT. 6/2026', 'Serif', 10.5, 1); y -= 14
spaced(y, 'Grimacco/Garmak, 13/04/2026', 'Serif', 10, 0); y -= 24
c.setFont('Serif-B', 10); c.drawString(LM, y, 'OGGETTO:')
y2 = para(y, "Chiusura temporanea al transito veicolare della strada comunale Clodig – Lombai per lavori di ripristino del muro di sostegno.", 'Serif-B', 10, 72)
c.setFont('Serif-B', 10); c.drawString(LM, y2, 'PREDMET:')
y = para(y2, "Začasna zapora prometa na občinski cesti Hlodič – Lombaj zaradi del za obnovo opornega zidu.", 'Serif-I', 10, 72) - 6
spaced(y, 'IL SINDACO – ŽUPAN', 'Serif-B', 11, 2); y -= 20
pairs = [
 ("PREMESSO che in data 02/04/2026, a seguito delle intense precipitazioni, si è verificato il cedimento parziale del muro di sostegno a valle della strada comunale Clodig – Lombai, in corrispondenza della progressiva km 0+850;",
  "UGOTOVIL, da se je dne 02.04.2026 zaradi močnih padavin delno porušil oporni zid ob občinski cesti Hlodič – Lombaj, na kilometru 0+850;"),
 ("VISTA la relazione dell'Ufficio Tecnico comunale prot. n. 1093 del 09/04/2026, dalla quale risulta la necessità di interdire il transito per l'esecuzione dei lavori di ripristino affidati alla ditta Natisone Costruzioni S.r.l.;",
  "NA PODLAGI poročila občinskega tehničnega urada št. 1093 z dne 09.04.2026, iz katerega izhaja, da je treba zapreti promet zaradi obnovitvenih del, ki so bila zaupana podjetju Natisone Costruzioni S.r.l.;"),
 ("VISTI gli articoli 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada), l'articolo 50 del D.Lgs. 18 agosto 2000, n. 267, e la Legge 23 febbraio 2001, n. 38, recante norme a tutela della minoranza linguistica slovena;",
  "NA PODLAGI 6. in 7. člena Zakonske uredbe št. 285 z dne 30. aprila 1992 (Cestni zakonik), 50. člena Zakonske uredbe št. 267 z dne 18. avgusta 2000 in Zakona št. 38 z dne 23. februarja 2001 o zaščiti slovenske jezikovne manjšine;"),
]
for it, sl in pairs:
    y = para(y, it)
    y = para(y, sl, 'Serif-I', 9.5) - 2
spaced(y, 'O R D I N A  –  O D R E J A', 'Serif-B', 11, 0); y -= 22
pts = [
 ("la chiusura al transito veicolare della strada comunale Clodig – Lombai, nel tratto compreso tra l'abitato di Clodig e il bivio per Lombai, dalle ore 8:00 del 20/04/2026 alle ore 18:00 del 15/05/2026;",
  "zaporo prometa na občinski cesti Hlodič – Lombaj, na odseku med naseljem Hlodič in odcepom za Lombaj, od 8. ure dne 20.04.2026 do 18. ure dne 15.05.2026;"),
 ("che la ditta esecutrice provveda all'installazione e al mantenimento della prescritta segnaletica di cantiere e di deviazione del traffico lungo la strada comunale per Topolò;",
  "da izvajalec del postavi in vzdržuje predpisano gradbiščno signalizacijo in obvoz prometa po občinski cesti za Topolove;"),
 ("che il divieto non si applichi ai mezzi di soccorso, delle forze dell'ordine e ai residenti di Lombai, compatibilmente con le fasi di lavorazione.",
  "da prepoved ne velja za reševalna vozila, vozila sil javnega reda in za prebivalce Lombaja, v skladu s fazami del."),
]
for i, (it, sl) in enumerate(pts, 1):
    if y < 170:
        c.showPage(); page += 1; new_page(page); y = H - 135
    c.setFont('Serif', 10); c.drawString(LM, y, '%d.' % i)
    y = para(y, it, ind=18)
    y = para(y, sl, 'Serif-I', 9.5, ind=18) - 2
if y < 260:
    c.showPage(); page += 1; new_page(page); y = H - 135
else:
    y -= 8
for it, sl in [("La presente ordinanza è resa nota mediante pubblicazione all'Albo pretorio on line e l'apposizione della segnaletica. Avverso la stessa è ammesso ricorso al T.A.R. del Friuli Venezia Giulia entro 60 giorni dalla pubblicazione.",
                "Ta odredba se objavi na spletni oglasni deski in z ustrezno prometno signalizacijo. Proti odredbi je možen priziv na Deželno upravno sodišče Furlanije Julijske krajine v 60 dneh od objave.")]:
    y = para(y, it); y = para(y, sl, 'Serif-I', 9.5)
y -= 30
c.setFont('Serif-B', 10.5); c.drawCentredString(LM + 350, y, 'IL SINDACO – ŽUPAN'); y -= 15
c.setFont('Serif', 10.5); c.drawCentredString(LM + 350, y, 'Eliana Qualizza'); y -= 12
c.setFont('Sans', 7.5); c.drawCentredString(LM + 350, y, '(firmato digitalmente – digitalno podpisano)')
c.showPage(); c.save()
