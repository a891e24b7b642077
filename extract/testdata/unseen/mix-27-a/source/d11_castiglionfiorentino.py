# D11 Comune (Tuscany), determinazione of an Area in a Sicraweb-like layout, ReportLab canvas with the base-14 fonts
# (Times, Helvetica, not embedded): the letterhead + act heading is ONE Form XObject drawn on both pages; headings
# letter-spaced by Tc; premises justified by Tw (word spacing) with first-line indent; points justified by Tc
# (character spacing); accounting visa in a ruled box; running foot; 2 pages
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import *
from reportlab.pdfgen import canvas; from reportlab.lib.pagesizes import A4
W, H = A4; X = 64; TW = W - X - 60
c = canvas.Canvas(os.path.join(OUT, 'determinazione-castiglionfiorentino-sicraweb.pdf'), pagesize=A4)
c.setTitle('Determinazione n. 401 del 03/06/2026'); c.setCreator('J-Sicr@web - Atti amministrativi')
TR, TB, TI, HV, HB = 'Times-Roman', 'Times-Bold', 'Times-Italic', 'Helvetica', 'Helvetica-Bold'
c.beginForm('testata')
c.setFillColorRGB(0.55, 0.1, 0.12); c.rect(X, H - 104, 34, 44, fill=1, stroke=0); c.setFillGray(0)
spaced(c, 'COMUNE DI CASTIGLION FIORENTINO', X + 46, H - 76, HB, 14, 1.6)
c.setFont(TI, 10); c.drawString(X + 46, H - 91, 'Provincia di Arezzo')
c.setFont(HV, 7.5); c.drawString(X + 46, H - 102, 'Piazza del Municipio, 12 – 52043 Castiglion Fiorentino (AR) – www.comune.castiglionfiorentino.ar.it')
c.setLineWidth(0.7); c.line(X, H - 112, X + TW, H - 112)
c.setFont(HB, 9); c.drawString(X, H - 127, 'AREA TECNICA'); c.setFont(HV, 9); c.drawString(X, H - 139, 'Servizio Lavori Pubblici e Manutenzioni')
c.setFont(HV, 8); c.drawRightString(X + TW, H - 127, 'Registro generale n. 401 del 03/06/2026'); c.drawRightString(X + TW, H - 139, 'Registro di Area n. 98 del 01/06/2026')
c.endForm()
def foot(n):
    c.setFont(HV, 7); c.setFillGray(0.35)
    c.drawString(X, 30, 'Determinazione n. 401 del 03/06/2026 – Area Tecnica – documento firmato digitalmente ai sensi del D.Lgs. 82/2005')
    c.drawRightString(X + TW, 30, 'Pagina %d di 2' % n); c.setFillGray(0)
c.doForm('testata')
y = H - 176
spaced(c, 'DETERMINAZIONE', 0, y, TB, 14, 4, center=X + TW / 2); y -= 16
c.setFont(TR, 10.5); c.drawCentredString(X + TW / 2, y, 'N. 401 DEL 03/06/2026'); y -= 28
c.setFont(TB, 10.5); c.drawString(X, y, 'OGGETTO:')
SUBJ = ('Lavori di messa in sicurezza della strada comunale della Val di Chio – CUP H47H24000890004 – CIG B2F6E0A871 – '
        'Approvazione del certificato di regolare esecuzione e liquidazione della rata di saldo all’impresa Edil Strade Valdichiana S.r.l.')
y = tw_par(c, SUBJ, X + 62, y, TW - 62, TB, 10.5, 13.5) - 14
spaced(c, 'IL RESPONSABILE DELL’AREA TECNICA', 0, y, TB, 10.5, 2.2, center=X + TW / 2); y -= 20
prem = ['Richiamato il decreto del Sindaco n. 4 del 08/01/2026, con il quale è stato conferito al sottoscritto l’incarico di Elevata Qualificazione dell’Area Tecnica per l’anno 2026;',
        'Richiamata la propria determinazione n. 612 del 04/09/2025, con la quale i lavori di messa in sicurezza della strada comunale della Val di Chio sono stati aggiudicati all’impresa Edil Strade Valdichiana S.r.l., con sede in Foiano della Chiana, per l’importo contrattuale di € 148.320,00 oltre IVA, giusto contratto rep. n. 2214 del 06/10/2025;',
        'Visto il certificato di regolare esecuzione emesso dal Direttore dei lavori, ing. Serena Mencacci, in data 22/05/2026 e confermato dal Responsabile unico del progetto, dal quale risulta un credito residuo dell’impresa di € 14.086,40 oltre IVA al 22%;',
        'Vista la fattura elettronica n. 37/2026 del 26/05/2026 dell’importo complessivo di € 17.185,41, e verificata la regolarità contributiva dell’impresa (DURC prot. INAIL_52260918 valido fino al 14/09/2026);',
        'Visti gli artt. 107, 183 e 184 del D.Lgs. 18 agosto 2000, n. 267, e l’art. 116 del D.Lgs. 31 marzo 2023, n. 36;']
for s in prem: y = tw_par(c, s, X, y, TW, TR, 10.5, 13.6, indent=22) - 5
y -= 4; spaced(c, 'D E T E R M I N A', 0, y, TB, 11, 1.5, center=X + TW / 2); y -= 20
pts = ['di approvare il certificato di regolare esecuzione dei lavori di messa in sicurezza della strada comunale della Val di Chio, emesso in data 22/05/2026, dal quale risulta un credito residuo dell’impresa di € 14.086,40 oltre IVA;',
       'di liquidare all’impresa Edil Strade Valdichiana S.r.l., P.IVA 02188740515, la fattura n. 37/2026 del 26/05/2026, per l’imponibile di € 14.086,40, e di versare all’Erario l’IVA di € 3.099,01 in regime di scissione dei pagamenti;']
for i, s in enumerate(pts, 1):
    c.setFont(TR, 10.5); c.drawString(X, y, '%d)' % i); y = tc_par(c, s, X + 20, y, TW - 20, TR, 10.5, 13.6) - 4
foot(1); c.showPage()
c.doForm('testata')
y = H - 172
pts = ['di imputare la spesa complessiva di € 17.185,41 al capitolo 20810/4 “Manutenzione straordinaria strade comunali” del bilancio 2026, impegno n. 2025/1488, reimputato con il riaccertamento ordinario dei residui;',
       'di disporre lo svincolo della cauzione definitiva prestata dall’impresa mediante polizza fideiussoria n. 0917.52.2025 del 29/09/2025;',
       'di dare atto che il presente provvedimento è pubblicato all’Albo Pretorio on line e nella sezione “Amministrazione Trasparente” ai sensi del D.Lgs. 14 marzo 2013, n. 33.']
for i, s in enumerate(pts, 3):
    c.setFont(TR, 10.5); c.drawString(X, y, '%d)' % i); y = tc_par(c, s, X + 20, y, TW - 20, TR, 10.5, 13.6) - 4
y -= 20; c.setFont(TB, 10.5); c.drawCentredString(X + TW * 0.72, y, 'IL RESPONSABILE DELL’AREA TECNICA'); y -= 14
c.setFont(TR, 10.5); c.drawCentredString(X + TW * 0.72, y, 'Arch. Gianluca Bernardini'); y -= 12
c.setFont(TI, 8.5); c.drawCentredString(X + TW * 0.72, y, '(firmato digitalmente)'); y -= 40
top = y + 14; c.setLineWidth(0.6)
spaced(c, 'VISTO DI REGOLARITÀ CONTABILE', X + 8, y, HB, 9, 1.2); y -= 14
y = tw_par(c, 'Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Liquidazione n. 1207 del 03/06/2026 – capitolo 20810/4 – impegno n. 2025/1488 – importo € 17.185,41.', X + 8, y, TW - 16, HV, 9, 12) - 4
c.setFont(HV, 9); c.drawString(X + 8, y, 'Castiglion Fiorentino, 03/06/2026'); c.drawRightString(X + TW - 8, y, 'Il Responsabile dell’Area Economico-Finanziaria – Dott.ssa Laura Sestini'); y -= 10
c.rect(X, y, TW, top - y); y -= 30
c.setFont(HV, 8.5); c.drawString(X, y, 'Pubblicata all’Albo Pretorio on line dal 08/06/2026 al 23/06/2026 – n. 1129 del registro delle pubblicazioni.')
foot(2); c.showPage(); c.save()
