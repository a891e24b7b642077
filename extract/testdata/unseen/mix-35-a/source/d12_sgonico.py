# Avviso bilingue (italiano / sloveno) - Comune di Sgonico / Obcina Zgonik
# Insiel-like bilingual layout: titles across the page, body in two columns
# (Italian left, Slovene right). The content stream is drawn out of reading
# order: foot first, then the Slovene column, then the Italian one, then the
# titles, the letterhead last.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth
from glyphlib import wrap

out = sys.argv[1]
W, H = A4
for n, f in [('LS', 'LiberationSans-Regular'), ('LSB', 'LiberationSans-Bold'), ('LSI', 'LiberationSans-Italic')]:
    pdfmetrics.registerFont(TTFont(n, f'/usr/share/fonts/truetype/liberation/{f}.ttf'))
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Avviso - Obvestilo'); c.setCreator('Insiel - Ascot Web Atti'); c.setAuthor('Comune di Sgonico')
L, R = 52, W - 52
MID = W / 2
COLW = MID - L - 12


def block(x, y, paras, font='LS', size=9.3, lead=12.4, width=COLW):
    for kind, text in paras:
        f = {'p': font, 'b': 'LSB', 'i': 'LSI', 'c': 'LSB'}[kind]
        for words in wrap(text, f, size, width):
            line = ' '.join(words)
            if kind == 'c':
                c.setFont(f, size); c.drawCentredString(x + width / 2, y, line)
            else:
                c.setFont(f, size); c.drawString(x, y, line)
            y -= lead
        y -= 5
    return y

IT = [
    ('p', 'Si rende noto che dal 4 maggio al 30 giugno 2026 sono aperti i termini per la presentazione delle domande di '
          'contributo per il superamento e l’eliminazione delle barriere architettoniche negli edifici privati, ai sensi '
          'della Legge 9 gennaio 1989, n. 13, e della L.R. 19/2003.'),
    ('b', 'Chi può presentare domanda'),
    ('p', 'Le persone con disabilità, o chi le ha a carico, residenti nel Comune di Sgonico, per opere da realizzare '
          'nell’immobile di residenza abituale: rampe, servoscala, piattaforme elevatrici, adeguamento dei servizi '
          'igienici e delle porte di accesso.'),
    ('b', 'Come presentare domanda'),
    ('p', 'La domanda, in bollo da € 16,00, redatta sul modulo disponibile presso l’Ufficio Tecnico e sul sito '
          'istituzionale, va presentata all’Ufficio Protocollo oppure inviata via PEC all’indirizzo '
          'comune.sgonico@certgov.fvg.it, corredata dal certificato medico e dal preventivo di spesa.'),
    ('b', 'Informazioni'),
    ('p', 'Ufficio Tecnico comunale, Sgonico n. 45, tel. 040 229101, nei giorni di lunedì e mercoledì dalle 9:00 '
          'alle 12:00.'),
]
SL = [
    ('p', 'Obveščamo, da so od 4. maja do 30. junija 2026 odprti roki za predložitev prošenj za prispevek za '
          'premostitev in odpravo arhitektonskih ovir v zasebnih stavbah v smislu Zakona št. 13 z dne 9. januarja '
          '1989 in D.Z. 19/2003.'),
    ('b', 'Kdo lahko predloži prošnjo'),
    ('p', 'Osebe s posebnimi potrebami ali osebe, ki jih imajo v oskrbi, s stalnim bivališčem v Občini Zgonik, za dela '
          'v nepremičnini običajnega bivanja: klančine, stopniščna dvigala, dvižne ploščadi, prilagoditev sanitarij '
          'in vhodnih vrat.'),
    ('b', 'Kako predložiti prošnjo'),
    ('p', 'Prošnjo s kolekom za 16,00 €, izpolnjeno na obrazcu, ki je na voljo v Tehničnem uradu in na spletni strani '
          'občine, je treba predložiti v Uradu za protokol ali poslati po certificirani elektronski pošti na naslov '
          'comune.sgonico@certgov.fvg.it, skupaj z zdravniškim potrdilom in predračunom.'),
    ('b', 'Informacije'),
    ('p', 'Tehnični urad občine, Zgonik št. 45, tel. 040 229101, ob ponedeljkih in sredah od 9.00 do 12.00.'),
]

# 1) foot (drawn first)
c.setFont('LSI', 7)
c.setFillGray(0.35)
c.drawCentredString(W / 2, 34, 'Comune di Sgonico – Občina Zgonik · Sgonico/Zgonik 45 · 34010 Sgonico (TS) · C.F. 80018120320 · '
                    'comune.sgonico@certgov.fvg.it')
c.setFillGray(0)
c.setLineWidth(0.4); c.line(L, 44, R, 44)

# signatures (drawn before the body)
ys = 150
c.setFont('LS', 9); c.drawString(L, ys + 30, 'Sgonico, 17/04/2026')
c.drawString(MID + 12, ys + 30, 'Zgonik, 17.04.2026')
c.setFont('LSB', 8.8)
c.drawCentredString(L + COLW / 2, ys, 'IL RESPONSABILE DELL’AREA TECNICA')
c.drawCentredString(MID + 12 + COLW / 2, ys, 'ODGOVORNI ZA TEHNIČNO PODROČJE')
c.setFont('LS', 9)
c.drawCentredString(L + COLW / 2, ys - 13, 'arch. Igor Sosič')
c.drawCentredString(MID + 12 + COLW / 2, ys - 13, 'arh. Igor Sosič')
c.setFont('LSI', 7.5)
c.drawCentredString(L + COLW / 2, ys - 25, '(firmato digitalmente)')
c.drawCentredString(MID + 12 + COLW / 2, ys - 25, '(digitalno podpisano)')

ytop = H - 262
# 2) Slovene column first
block(MID + 12, ytop, SL)
# 3) then the Italian one
block(L, ytop, IT)
c.setLineWidth(0.5); c.line(MID, ytop + 10, MID, 200)

# 4) titles
yt = H - 165
it_title = ('AVVISO PER LA PRESENTAZIONE DELLE DOMANDE DI CONTRIBUTO PER L’ELIMINAZIONE DELLE BARRIERE ARCHITETTONICHE '
            'NEGLI EDIFICI PRIVATI (L. 13/1989) – ANNO 2026')
sl_title = ('OBVESTILO O PREDLOŽITVI PROŠENJ ZA PRISPEVEK ZA ODPRAVO ARHITEKTONSKIH OVIR V ZASEBNIH STAVBAH '
            '(Z. 13/1989) – LETO 2026')
for words in wrap(it_title, 'LSB', 11, R - L - 40):
    c.setFont('LSB', 11); c.drawCentredString(W / 2, yt, ' '.join(words)); yt -= 14
yt -= 4
for words in wrap(sl_title, 'LSI', 10, R - L - 40):
    c.setFont('LSI', 10); c.drawCentredString(W / 2, yt, ' '.join(words)); yt -= 13

# 5) letterhead last
c.setFont('LSB', 9.5)
c.drawString(L, H - 130, 'AREA TECNICA')
c.drawRightString(R, H - 130, 'TEHNIČNO PODROČJE')
c.setLineWidth(1); c.line(L, H - 112, R, H - 112)
c.setFont('LS', 8.5)
c.drawCentredString(W / 2, H - 100, 'Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina')
c.setFont('LSB', 15)
c.drawCentredString(W / 2, H - 82, 'COMUNE DI SGONICO – OBČINA ZGONIK')
c.setLineWidth(0.8); c.rect(W / 2 - 16, H - 68, 32, 36)
c.setFont('LS', 5); c.drawCentredString(W / 2, H - 52, 'STEMMA')
c.showPage(); c.save()
