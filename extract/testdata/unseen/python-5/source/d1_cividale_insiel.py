"""Determinazione, Comune di Cividale del Friuli: Insiel-like header grid, general register + Area register. ReportLab canvas, core Helvetica."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from common import out, Flow

W, H = A4
c = canvas.Canvas(out('determina-cividale-insiel.pdf'), pagesize=A4)
c.setTitle('Determinazione n. 812 del 06/11/2025'); c.setAuthor('Comune di Cividale del Friuli')
X0, X1 = 20*mm, W - 20*mm

def page(f):
    c.setFont('Helvetica', 7)
    c.drawString(X0, 10*mm, 'Comune di Cividale del Friuli - Determinazione n. 812 del 06/11/2025')
    c.drawRightString(X1, 10*mm, 'Pag. %d' % f.page)
    if f.page == 1:
        # header grid
        top = H - 15*mm
        c.setLineWidth(0.7)
        c.rect(X0, top - 24*mm, X1 - X0, 24*mm)
        c.line(X0 + 95*mm, top - 24*mm, X0 + 95*mm, top)
        c.setFont('Helvetica-Bold', 13); c.drawString(X0 + 4*mm, top - 8*mm, 'Comune di Cividale del Friuli')
        c.setFont('Helvetica', 8); c.drawString(X0 + 4*mm, top - 13*mm, 'Regione Autonoma Friuli Venezia Giulia')
        c.drawString(X0 + 4*mm, top - 17*mm, 'Corso Paolino d\'Aquileia, 2 - 33043 Cividale del Friuli (UD)')
        c.setFont('Helvetica-Bold', 9); c.drawString(X0 + 99*mm, top - 7*mm, 'AREA TECNICA')
        c.setFont('Helvetica', 8.5); c.drawString(X0 + 99*mm, top - 12*mm, 'Servizio Lavori Pubblici e Manutenzioni')
        c.setFont('Helvetica', 8); c.drawString(X0 + 99*mm, top - 18*mm, 'Registro di Area n. 231 del 04/11/2025')
        f.y = top - 32*mm

f = Flow(c, X0, X1, H - 18*mm, 18*mm, on_page=page)
f.para('DETERMINAZIONE N. 812 DEL 06/11/2025', 'Helvetica-Bold', 12, align='center')
f.space(2)
f.para('(Registro generale delle determinazioni)', 'Helvetica', 8, align='center')
f.space(8)
c.setLineWidth(0.4)
ytop = f.y
f.para(('OGGETTO:', 'Affidamento diretto, ai sensi dell\'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, della fornitura di cloruro di sodio per il servizio di sgombero neve e trattamento antighiaccio - stagione invernale 2025/2026. CIG B8F2E41A07. Impegno di spesa.'),
       'Helvetica-Bold', 9.5, hang=20*mm)
f.space(4)
c.line(X0, f.y, X1, f.y)
f.space(10)
f.para('IL TITOLARE DI INCARICO DI ELEVATA QUALIFICAZIONE', 'Helvetica-Bold', 10, align='center')
f.space(6)
for t in [
 'VISTO il decreto del Sindaco n. 14 del 30/12/2024 con il quale è stato conferito al sottoscritto l\'incarico di Elevata Qualificazione dell\'Area Tecnica fino al 31/12/2025;',
 'RICHIAMATE la deliberazione del Consiglio Comunale n. 58 del 19/12/2024 di approvazione del bilancio di previsione 2025-2027 e la deliberazione della Giunta Comunale n. 3 del 09/01/2025 di approvazione del Piano Esecutivo di Gestione;',
 'PREMESSO che per garantire la transitabilità della rete viaria comunale durante la stagione invernale è necessario approvvigionarsi di circa 180 tonnellate di cloruro di sodio in sacchi e sfuso;',
 'DATO ATTO che è stata svolta un\'indagine di mercato informale mediante richiesta di preventivo sulla piattaforma eAppaltiFVG (RDI rfi_6612) a tre operatori economici, e che la migliore offerta è risultata quella della ditta SALGEM S.r.l. di Pordenone, P.IVA 01873420931, per un importo di € 17.820,00 oltre IVA 22%;',
 'ACCERTATA la regolarità contributiva dell\'operatore economico (DURC prot. INAIL_50918345, scadenza 12/02/2026);',
 'VISTI il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023 e la L.R. n. 18/2015;',
]:
    f.para(t, 'Helvetica', 9.5, leading=13); f.space(4)
f.space(4)
f.para('D E T E R M I N A', 'Helvetica-Bold', 10.5, align='center')
f.space(6)
for n, t in [
 ('1.', 'di affidare alla ditta SALGEM S.r.l., con sede in Pordenone, la fornitura di cloruro di sodio per la stagione invernale 2025/2026 per l\'importo di € 17.820,00 oltre IVA 22%, pari a complessivi € 21.740,40;'),
 ('2.', 'di impegnare la spesa complessiva di € 21.740,40 al capitolo 3320 "Acquisto beni per sgombero neve" del bilancio 2025-2027, esercizio 2025, Missione 10, Programma 5, P.d.C. U.1.03.01.02.999;'),
 ('3.', 'di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l\'uso commerciale, ai sensi dell\'art. 18, comma 1, del D.Lgs. n. 36/2023;'),
 ('4.', 'di nominare Responsabile Unico del Progetto il geom. Stefano Cudicio, istruttore tecnico del Servizio Lavori Pubblici e Manutenzioni;'),
 ('5.', 'di disporre la pubblicazione del presente provvedimento nella sezione "Amministrazione trasparente - Bandi di gara e contratti".'),
]:
    f.para((n, t), 'Helvetica', 9.5, leading=13, hang=7*mm); f.space(3)
f.space(16)
f.need(60)
c.setFont('Helvetica', 9); c.drawString(X0, f.y - 10, 'Cividale del Friuli, 06/11/2025')
c.setFont('Helvetica-Bold', 9.5); c.drawCentredString(X1 - 45*mm, f.y - 10, 'IL RESPONSABILE DELL\'AREA TECNICA')
c.setFont('Helvetica', 9.5); c.drawCentredString(X1 - 45*mm, f.y - 23, 'ing. Paolo Zorzettig')
c.setFont('Helvetica-Oblique', 7.5); c.drawCentredString(X1 - 45*mm, f.y - 33, '(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)')
c.showPage(); c.save()
