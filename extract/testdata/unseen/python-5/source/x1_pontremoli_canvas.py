"""Determinazione with a certificate of publication as first page and a visto contabile box, Comune di Pontremoli (APKappa/Hypersic-like bundle). ReportLab canvas, embedded DejaVu Serif."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from common import out, Flow, reg_dejavu

reg_dejavu('DejaVuSerif')
R, B, I = 'DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic'
W, H = A4
X0, X1 = 22*mm, W - 22*mm
c = canvas.Canvas(out('determina-pontremoli-certificato-visto.pdf'), pagesize=A4)
c.setTitle('Determinazione n. 402 del 10/10/2025')
SUBJ = "Fornitura di arredi e scaffalature per la nuova sala di lettura ragazzi della Biblioteca civica. Affidamento alla ditta Arredi Lunigiana S.n.c. e impegno di spesa. CIG B7D19C3E55."

def letterhead(y):
    c.setFont(B, 15); c.drawCentredString(W/2, y, 'COMUNE DI PONTREMOLI')
    c.setFont(R, 9); c.drawCentredString(W/2, y - 5*mm, 'Provincia di Massa-Carrara')
    c.setLineWidth(0.5); c.line(X0, y - 8*mm, X1, y - 8*mm)

# ---- page 1: certificate of publication
letterhead(H - 22*mm)
f = Flow(c, X0, X1, H - 40*mm, 25*mm)
f.space(10)
f.para('CERTIFICATO DI PUBBLICAZIONE', B, 13, align='center')
f.space(4)
f.para('Registro delle pubblicazioni n. 1288/2025', R, 10, align='center')
f.space(16)
f.para("Il sottoscritto Responsabile della pubblicazione certifica che copia della determinazione n. 402 del 10/10/2025 del Settore Affari Generali, Cultura e Turismo, avente ad oggetto:", R, 10.5, leading=15)
f.space(6)
f.para('"' + SUBJ + '"', I, 10.5, leading=15, indent=8*mm)
f.space(6)
f.para("è stata pubblicata all'Albo Pretorio on line di questo Comune in data 14/10/2025 e vi rimarrà per quindici giorni consecutivi, fino al 29/10/2025, ai sensi dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69.", R, 10.5, leading=15)
f.space(20)
c.setFont(R, 10); c.drawString(X0, f.y, 'Pontremoli, 14/10/2025')
c.setFont(B, 10); c.drawCentredString(X1 - 40*mm, f.y, 'IL RESPONSABILE DELLA PUBBLICAZIONE')
c.setFont(R, 10); c.drawCentredString(X1 - 40*mm, f.y - 14, 'Sig.ra Monica Bertocchi')
c.setFont(I, 7.5); c.drawCentredString(W/2, 15*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i.')
c.showPage()

# ---- pages 2-3: the determinazione
def page(fl):
    c.setFont(R, 7.5); c.drawString(X0, 12*mm, 'Determinazione n. 402 del 10/10/2025 - Settore Affari Generali, Cultura e Turismo')
    c.drawRightString(X1, 12*mm, 'pag. %d' % (fl.page + 1))
    if fl.page == 1:
        letterhead(H - 20*mm)
        c.setFont(B, 10.5); c.drawCentredString(W/2, H - 36*mm, 'SETTORE AFFARI GENERALI, CULTURA E TURISMO')
        c.setFont(R, 9); c.drawCentredString(W/2, H - 41*mm, 'Servizio Biblioteca, Archivio storico e Musei')
        fl.y = H - 48*mm

f = Flow(c, X0, X1, H - 20*mm, 22*mm, on_page=page)
# number box
c.setLineWidth(0.6)
bx_top = f.y
c.rect(X0, bx_top - 20*mm, X1 - X0, 20*mm)
c.line(W/2, bx_top - 20*mm, W/2, bx_top - 8*mm)
c.line(X0, bx_top - 8*mm, X1, bx_top - 8*mm)
c.setFont(B, 11); c.drawCentredString(W/2, bx_top - 5.5*mm, 'DETERMINAZIONE')
c.setFont(R, 9.5); c.drawCentredString((X0 + W/2) / 2, bx_top - 13*mm, 'Registro generale')
c.setFont(B, 10); c.drawCentredString((X0 + W/2) / 2, bx_top - 18*mm, 'N. 402 del 10/10/2025')
c.setFont(R, 9.5); c.drawCentredString((W/2 + X1) / 2, bx_top - 13*mm, 'Registro del Settore')
c.setFont(B, 10); c.drawCentredString((W/2 + X1) / 2, bx_top - 18*mm, 'N. 71 del 09/10/2025')
f.y = bx_top - 28*mm
f.para(('OGGETTO:', SUBJ), B, 10, leading=14, hang=24*mm)
f.space(12)
f.para('IL RESPONSABILE DEL SETTORE', B, 10.5, align='center')
f.space(6)
for t in [
 "VISTO il decreto sindacale n. 18 del 01/07/2025 di attribuzione dell'incarico di Elevata Qualificazione del Settore Affari Generali, Cultura e Turismo;",
 "RICHIAMATA la deliberazione della Giunta Comunale n. 97 del 23/07/2025, con la quale è stato approvato il progetto \"Una stanza per leggere\" per l'allestimento di una sala di lettura dedicata ai ragazzi presso la Biblioteca civica, finanziato con contributo della Fondazione Cassa di Risparmio di Carrara per € 15.000,00;",
 "DATO ATTO che, a seguito di richiesta di preventivi tramite la piattaforma START della Regione Toscana, la ditta Arredi Lunigiana S.n.c. di Villafranca in Lunigiana, P.IVA 00742190455, ha offerto la fornitura e posa in opera degli arredi richiesti per € 11.980,00 oltre IVA, ritenuto congruo;",
 "VERIFICATI il possesso dei requisiti di ordine generale in capo all'operatore economico e la regolarità contributiva (DURC INPS_47122981);",
 "VISTI il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023 e il Regolamento comunale sull'ordinamento degli uffici e dei servizi;",
]:
    f.para(t, R, 9.5, leading=13.5); f.space(4)
f.space(4)
f.para('DETERMINA', B, 10.5, align='center')
f.space(6)
for n, t in [
 ('1)', "di affidare alla ditta Arredi Lunigiana S.n.c. la fornitura e posa in opera di arredi e scaffalature per la sala di lettura ragazzi della Biblioteca civica per l'importo di € 11.980,00 oltre IVA 22%, per complessivi € 14.615,60;"),
 ('2)', "di impegnare la spesa di € 14.615,60 al capitolo 5120 \"Biblioteca - acquisto arredi e attrezzature\" del bilancio 2025-2027, esercizio 2025;"),
 ('3)', "di dare atto che la spesa è finanziata con il contributo della Fondazione Cassa di Risparmio di Carrara, accertato al capitolo di entrata 4210;"),
 ('4)', "di dare atto che il presente provvedimento diventa esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria, ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000."),
]:
    f.para((n, t), R, 9.5, leading=13.5, hang=7*mm); f.space(3)
f.space(12)
f.need(40)
c.setFont(B, 9.5); c.drawCentredString(X1 - 42*mm, f.y, 'IL RESPONSABILE DEL SETTORE')
c.setFont(R, 9.5); c.drawCentredString(X1 - 42*mm, f.y - 13, 'Dott. Alessandro Tongiani')
c.setFont(I, 7.5); c.drawCentredString(X1 - 42*mm, f.y - 23, '(firmato digitalmente)')
f.space(50)
# visto contabile box
f.need(48*mm)
top = f.y
c.setLineWidth(0.8); c.rect(X0, top - 44*mm, X1 - X0, 44*mm)
c.setFillGray(0.9); c.rect(X0, top - 7*mm, X1 - X0, 7*mm, fill=1, stroke=1); c.setFillGray(0)
c.setFont(B, 9.5); c.drawCentredString(W/2, top - 5*mm, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA')
fv = Flow(c, X0 + 4*mm, X1 - 4*mm, top - 8*mm, 0)
fv.para("Ai sensi dell'art. 183, comma 7, e dell'art. 147-bis del D.Lgs. n. 267/2000, si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa.", R, 8.5, leading=11.5)
fv.space(4)
fv.para('Impegno n. 1187/2025 - Capitolo 5120 - Importo € 14.615,60 - Esito: FAVOREVOLE', B, 8.5, leading=11.5)
c.setFont(R, 8.5); c.drawString(X0 + 4*mm, top - 38*mm, 'Pontremoli, 13/10/2025')
c.setFont(B, 8.5); c.drawCentredString(X1 - 45*mm, top - 31*mm, 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO')
c.setFont(R, 8.5); c.drawCentredString(X1 - 45*mm, top - 38*mm, 'Rag. Daniela Cavellini')
c.showPage(); c.save()
