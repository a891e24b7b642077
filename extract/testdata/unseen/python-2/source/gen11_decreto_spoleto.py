"""Decreto sindacale, Comune di Spoleto: raw ReportLab canvas, base-14 Times; crest box letterhead,
number and date on one heading line, 'Oggetto:' label, rotated 'COPIA CONFORME' text in the left margin,
DECRETA with points numbered 1. to 4."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from common import out, CanvasWriter

F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
c = canvas.Canvas(out("decreto-spoleto-canvas.pdf"), pagesize=A4)

def on_page(w):
    cc = w.c
    cc.saveState(); cc.setFillColor(colors.HexColor("#555555")); cc.setFont(FI, 7.5)
    cc.translate(12*mm, 60*mm); cc.rotate(90)
    cc.drawString(0, 0, "COPIA CONFORME ALL'ORIGINALE DIGITALE CONSERVATO PRESSO L'ENTE – D.Lgs. 82/2005, art. 23")
    cc.restoreState()
    if w.page == 1:
        cc.setLineWidth(0.8); cc.rect(24*mm, A4[1]-38*mm, 16*mm, 20*mm)
        cc.setFont(FB, 17); cc.drawString(46*mm, A4[1]-26*mm, "Comune di Spoleto")
        cc.setFont(FI, 10); cc.drawString(46*mm, A4[1]-31.5*mm, "Provincia di Perugia")
        cc.setFont(F, 8.5); cc.drawString(46*mm, A4[1]-36*mm, "Piazza del Comune, 1 – 06049 Spoleto (PG)")
    cc.setFont(F, 8); cc.drawRightString(A4[0]-22*mm, 12*mm, "Pag. %d" % w.page)

w = CanvasWriter(c, 24*mm, 22*mm, 46*mm, 22*mm, on_page)
w.center("DECRETO SINDACALE N. 3 DEL 09/01/2026", FB, 13, after=8)
w.para("Oggetto: Nomina del Responsabile della prevenzione della corruzione e della trasparenza (RPCT) ai sensi "
       "dell'art. 1, comma 7, della legge 6 novembre 2012, n. 190.", FB, 11, justify=False, after=8)
w.center("IL SINDACO", FB, 12, after=5)
for p in [
    "Vista la legge 6 novembre 2012, n. 190, recante \"Disposizioni per la prevenzione e la repressione della "
    "corruzione e dell'illegalità nella pubblica amministrazione\", e in particolare l'art. 1, comma 7, secondo cui "
    "negli enti locali il Responsabile della prevenzione della corruzione e della trasparenza è individuato, di "
    "norma, nel Segretario, salva diversa e motivata determinazione;",
    "Visto il D.Lgs. 14 marzo 2013, n. 33, in materia di obblighi di pubblicità, trasparenza e diffusione di "
    "informazioni da parte delle pubbliche amministrazioni;",
    "Visto il Piano Nazionale Anticorruzione 2022, approvato dall'ANAC con delibera n. 7 del 17 gennaio 2023, e i "
    "successivi aggiornamenti;",
    "Dato atto che con proprio decreto n. 1 del 02/01/2026 è stata nominata Segretario Generale titolare della "
    "sede di segreteria del Comune di Spoleto la Dott.ssa Paola Tofi, che ha assunto servizio in pari data;",
    "Ritenuto di individuare nella stessa il Responsabile della prevenzione della corruzione e della trasparenza, "
    "in possesso dei requisiti di professionalità, autonomia e indipendenza richiesti dalla normativa;",
    "Visto l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267;"]:
    w.para(p, F, 11, leading=14.5, after=3)
w.space(3)
w.center("DECRETA", FB, 12, after=4)
for i, p in enumerate([
    "di nominare la Dott.ssa Paola Tofi, Segretario Generale dell'Ente, Responsabile della prevenzione della "
    "corruzione e della trasparenza del Comune di Spoleto, con decorrenza dalla data del presente provvedimento e "
    "fino alla scadenza del mandato del Sindaco;",
    "di dare atto che al Responsabile competono le funzioni di cui alla legge n. 190/2012 e al D.Lgs. n. 33/2013, "
    "tra cui la predisposizione della sezione \"Rischi corruttivi e trasparenza\" del PIAO;",
    "di comunicare la nomina all'Autorità Nazionale Anticorruzione mediante l'apposito modulo telematico;",
    "di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e nella sezione \"Amministrazione "
    "trasparente\", sottosezione \"Altri contenuti – Prevenzione della corruzione\"."], 1):
    w.para(p, F, 11, leading=14.5, hang=("%d." % i, 7*mm), after=3)
w.space(8)
w.need(25*mm)
c.setFont(F, 11); c.drawString(24*mm, w.y - 5*mm, "Spoleto, 09/01/2026")
c.drawCentredString(150*mm, w.y - 5*mm, "IL SINDACO")
c.drawCentredString(150*mm, w.y - 10.5*mm, "Arch. Luca Cardarelli")
c.setFont(FI, 8); c.drawCentredString(150*mm, w.y - 15*mm, "(firmato digitalmente)")
w.y -= 26*mm
c.setFont(F, 9.5); c.drawString(24*mm, w.y, "Per accettazione: Dott.ssa Paola Tofi")
c.showPage(); c.save()
