# Comune di Pescocostanzo - ordinanza sindacale (Kibernetes-like layout)
# Text layer: letterhead, foot and signature block in Form XObjects reused on both pages;
# letter-spaced headings made with Tc; blocks drawn out of reading order
# (dispositive first, then premises, subject, heading last).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
import rlkit
rlkit.register()
W, H = A4
L, R = 72, W - 64
TW = R - L
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle('Ordinanza n. 9 del 20/02/2026'); c.setCreator('Kibernetes - Atti')

def tc_center(x0, x1, y, text, font, size, tc):
    w = rlkit.spaced_width(text, font, size, tc) - tc
    t = c.beginText((x0 + x1 - w) / 2, y); t.setFont(font, size); t.setCharSpace(tc); t.textOut(text); t.setCharSpace(0); c.drawText(t)

# ---- forms
c.beginForm('letterhead')
c.setLineWidth(0.8); c.rect(L, H - 112, 48, 56)
c.setFont('LSerif', 6); c.drawCentredString(L + 24, H - 86, 'STEMMA')
tc_center(L + 56, R, H - 68, 'COMUNE DI PESCOCOSTANZO', 'LSerif-B', 17, 2.5)
tc_center(L + 56, R, H - 84, 'PROVINCIA DELL’AQUILA', 'LSerif', 10, 1.8)
c.setFont('LSerif-I', 8.5)
c.drawCentredString((L + 56 + R) / 2, H - 98, 'Largo del Municipio, 1 – 67033 Pescocostanzo (AQ) – Tel. 0864 64000')
c.line(L, H - 118, R, H - 118)
c.endForm()

c.beginForm('foot')
c.setLineWidth(0.4); c.line(L, 48, R, 48)
c.setFont('LSerif', 7.5)
c.drawString(L, 38, 'Comune di Pescocostanzo – C.F. 82001410666 – P.E.C. comune.pescocostanzo@pec.it')
c.drawRightString(R, 38, 'Ordinanza n. 9/2026')
c.endForm()

c.beginForm('firma')
c.setFont('LSerif-B', 11); c.drawCentredString(R - 110, 0, 'IL SINDACO')
c.setFont('LSerif', 11); c.drawCentredString(R - 110, -15, 'Dott. Giovanni Del Monaco')
c.setFont('LSerif-I', 8); c.drawCentredString(R - 110, -28, '(firma autografa sostituita a mezzo stampa ai sensi')
c.drawCentredString(R - 110, -38, 'dell’art. 3, comma 2, del D.Lgs. n. 39/1993)')
c.endForm()

FS, LD = 11, 14.5
def block(y, text, indent=0, font='LSerif'):
    ls = rlkit.wrap(text, font, FS, TW - indent)
    return rlkit.justified_tw(c, L + indent, y, ls, font, FS, TW - indent, LD) - 4

# ---- page 1: draw out of order
c.doForm('letterhead')
c.doForm('foot')
# (a) the premises, drawn first though they stand under the heading
y = H - 254
prem = [
 'PREMESSO che il bollettino di allerta per neve e ghiaccio diramato dalla Protezione Civile regionale in data 19/02/2026 prevede, per i giorni successivi, precipitazioni nevose abbondanti anche a quote collinari sul territorio dell’Alto Sangro e dell’Altopiano delle Cinquemiglia;',
 'CONSIDERATO che la sosta dei veicoli lungo le strade strette del centro storico impedisce il passaggio dei mezzi sgombraneve e spargisale, con grave pregiudizio per la sicurezza della circolazione e per l’accesso dei mezzi di soccorso;',
 'RITENUTO necessario adottare provvedimenti temporanei di regolazione della sosta al fine di consentire le operazioni di sgombero della neve nelle ore notturne;',
 'VISTI gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e il relativo Regolamento di esecuzione;',
 'VISTO l’art. 50 del D.Lgs. 18 agosto 2000, n. 267;',
]
for p in prem:
    y = block(y, p)
y_after_prem = y
# (b) the heading and subject, drawn after the premises
y0 = H - 150
t = c.beginText(L, y0); t.setFont('LSerif-B', 13); t.setCharSpace(4)
hd = 'ORDINANZA SINDACALE'
w = rlkit.spaced_width(hd, 'LSerif-B', 13, 4) - 4
t.setTextOrigin((L + R - w) / 2, y0); t.textOut(hd); t.setCharSpace(0); c.drawText(t)
c.setFont('LSerif-B', 11.5); c.drawCentredString((L + R) / 2, y0 - 17, 'N. 9 DEL 20/02/2026')
c.setFont('LSerif-B', FS); c.drawString(L, y0 - 42, 'OGGETTO:')
subj = ('Divieto di sosta notturno nelle vie del centro storico per consentire le operazioni di sgombero neve '
        '– periodo dal 21 febbraio al 15 marzo 2026.')
ls = rlkit.wrap(subj, 'LSerif-B', FS, TW - 62)
rlkit.justified_tw(c, L + 62, y0 - 42, ls, 'LSerif-B', FS, TW - 62, LD)
# (c) 'IL SINDACO' title between heading and premises, drawn last on the page
t = c.beginText(0, 0); t.setFont('LSerif-B', 12); t.setCharSpace(5)
w = rlkit.spaced_width('IL SINDACO', 'LSerif-B', 12, 5) - 5
t.setTextOrigin((L + R - w) / 2, H - 230); t.textOut('IL SINDACO'); t.setCharSpace(0); c.drawText(t)
# (d) the ORDINA heading and the first points go at the bottom of page 1
y = y_after_prem - 8
t = c.beginText(0, 0); t.setFont('LSerif-B', 12); t.setCharSpace(6)
w = rlkit.spaced_width('ORDINA', 'LSerif-B', 12, 6) - 6
t.setTextOrigin((L + R - w) / 2, y); t.textOut('ORDINA'); t.setCharSpace(0); c.drawText(t)
y -= 22
pts = [
 '1) dalle ore 23:00 alle ore 7:00 di ogni giorno, nel periodo dal 21 febbraio al 15 marzo 2026, è vietata la sosta con rimozione forzata dei veicoli su entrambi i lati delle seguenti strade: Corso Roma, Via della Rocca, Via Mulino, Largo Fontana Grande, Via Santa Maria del Colle e Vico del Forno;',
 '2) i veicoli potranno essere parcheggiati, nelle medesime fasce orarie, nelle aree di sosta di Piazza della Libertà e del parcheggio comunale di Via Colle Riina;',
 '3) il divieto non si applica ai veicoli di soccorso, di polizia e a quelli al servizio di persone con disabilità munite di contrassegno, purché non intralcino le operazioni di sgombero;',
 '4) l’Ufficio Tecnico comunale provvede all’installazione della prescritta segnaletica verticale almeno quarantotto ore prima dell’entrata in vigore del divieto.',
]
for i, p in enumerate(pts):
    ls = rlkit.wrap(p, 'LSerif', FS, TW - 18)
    if y - LD * len(ls) < 70:
        break
    # number drawn apart from its text
    c.setFont('LSerif', FS); c.drawString(L, y, p[:2])
    y = rlkit.justified_tw(c, L + 18, y, rlkit.wrap(p[3:], 'LSerif', FS, TW - 18), 'LSerif', FS, TW - 18, LD) - 4
done = i if y - LD < 70 else i + 1
c.setFont('LSerif', 8); c.drawCentredString((L + R) / 2, 56, '- 1 -')
c.showPage()
# ---- page 2: signature form first, then the rest
c.doForm('foot')
c.doForm('letterhead')
c.saveState(); c.translate(0, 250); c.doForm('firma'); c.restoreState()
y = H - 150
for p in pts[done:]:
    c.setFont('LSerif', FS); c.drawString(L, y, p[:2])
    y = rlkit.justified_tw(c, L + 18, y, rlkit.wrap(p[3:], 'LSerif', FS, TW - 18), 'LSerif', FS, TW - 18, LD) - 4
y -= 6
t = c.beginText(0, 0); t.setFont('LSerif-B', 12); t.setCharSpace(6)
w = rlkit.spaced_width('AVVERTE', 'LSerif-B', 12, 6) - 6
t.setTextOrigin((L + R - w) / 2, y); t.textOut('AVVERTE'); t.setCharSpace(0); c.drawText(t)
y -= 20
for p in [
 'che il Comando di Polizia Locale e le altre Forze di Polizia sono incaricati della vigilanza sull’osservanza della presente ordinanza; i trasgressori saranno puniti con la sanzione amministrativa prevista dall’art. 7 del Codice della Strada e con la rimozione del veicolo;',
 'che avverso il presente provvedimento è ammesso ricorso al T.A.R. Abruzzo entro 60 giorni dalla pubblicazione all’Albo Pretorio, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni, nonché ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell’art. 37, comma 3, del Codice della Strada;',
 'che la presente ordinanza è resa nota mediante pubblicazione all’Albo Pretorio on line, sul sito istituzionale e mediante l’apposizione della segnaletica stradale.',
]:
    y = block(y, p)
c.setFont('LSerif', FS); c.drawString(L, 262, 'Dalla Residenza Municipale, 20/02/2026')
c.setFont('LSerif', 8); c.drawCentredString((L + R) / 2, 56, '- 2 -')
c.showPage()
c.save()
