# Determinazione, Comune di Garlasco - label-grid heading in the manner of an ARIA (Lombardia) hosted atti module; ReportLab, base-14 Times/Helvetica
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
out = sys.argv[1]
N = ParagraphStyle('n', fontName='Times-Roman', fontSize=11, leading=14.5, alignment=4, spaceAfter=4)
B = ParagraphStyle('b', parent=N, fontName='Times-Bold', alignment=1, spaceBefore=6, spaceAfter=6)
L = ParagraphStyle('l', fontName='Helvetica', fontSize=7, leading=8.5, textColor=colors.HexColor('#444444'))
V = ParagraphStyle('v', fontName='Helvetica-Bold', fontSize=9.5, leading=11.5)
P = ParagraphStyle('p', parent=N, leftIndent=8*mm, firstLineIndent=-8*mm)
TOTAL = 2
def deco(c, d):
    c.saveState()
    c.setFont('Helvetica-Bold', 13); c.drawString(18*mm, 282*mm, 'COMUNE DI GARLASCO')
    c.setFont('Helvetica', 8.5); c.drawString(18*mm, 277.5*mm, 'Provincia di Pavia')
    c.setFont('Helvetica', 7); c.drawRightString(192*mm, 282*mm, 'Piazza Garibaldi, 14 – 27026 Garlasco (PV)')
    c.drawRightString(192*mm, 278*mm, 'P.IVA 00463390186')
    c.setLineWidth(0.6); c.line(18*mm, 275*mm, 192*mm, 275*mm)
    c.setFont('Helvetica', 7)
    c.drawString(18*mm, 11*mm, 'Determinazione Area Tecnica – Reg. Gen. n. 212 del 17/03/2026')
    c.drawRightString(192*mm, 11*mm, 'pag. %d/%d' % (d.page, TOTAL))
    c.restoreState()
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=27*mm, bottomMargin=18*mm,
    title='DT 212/2026', author='Area Tecnica', creator='ARIA – Atti amministrativi enti locali')
st = []
lab = lambda a, b: [Paragraph(a, L), Paragraph(b, V)]
g = Table([
  lab('SETTORE', 'AREA TECNICA') + lab('SERVIZIO', 'Servizio Lavori Pubblici e Manutenzioni'),
  lab('DETERMINAZIONE N.', '212') + lab('DATA', '17/03/2026'),
  lab('N. SETTORIALE', '58') + lab('PROPOSTA', 'n. 245 del 14/03/2026'),
], colWidths=[28*mm, 44*mm, 24*mm, 78*mm])
g.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.5, colors.HexColor('#777777')), ('VALIGN', (0,0), (-1,-1), 'MIDDLE'),
   ('BACKGROUND', (0,0), (0,-1), colors.HexColor('#eeeeee')), ('BACKGROUND', (2,0), (2,-1), colors.HexColor('#eeeeee'))]))
st += [Paragraph('DETERMINAZIONE DEL RESPONSABILE DI AREA', ParagraphStyle('t', parent=B, fontSize=13, leading=16, spaceBefore=0)), g, Spacer(1, 5*mm)]
o = Table([[Paragraph('<b>OGGETTO</b>', ParagraphStyle('o', parent=L, fontName='Helvetica-Bold', fontSize=8)),
  Paragraph("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO – ANNUALITÀ 2026 – ALLA DITTA GREEN SERVICE LOMELLINA S.R.L. – CIG B7A4C21D90. IMPEGNO DI SPESA.", ParagraphStyle('os', parent=N, fontName='Times-Bold', alignment=0))]],
  colWidths=[22*mm, 152*mm])
o.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 1, colors.black), ('VALIGN', (0,0), (-1,-1), 'TOP'), ('TOPPADDING', (0,0), (-1,-1), 5)]))
st += [o, Spacer(1, 5*mm), Paragraph('IL RESPONSABILE DELL\'AREA TECNICA', B)]
for s in [
 "Richiamato il decreto sindacale n. 3 del 09/01/2026 di conferimento dell'incarico di Elevata Qualificazione per l'Area Tecnica;",
 "Vista la deliberazione del Consiglio Comunale n. 6 del 26/02/2026, esecutiva, di approvazione del bilancio di previsione 2026/2028;",
 "Premesso che il contratto per la manutenzione ordinaria del verde pubblico è scaduto il 31/12/2025 e che occorre garantire gli sfalci delle aree verdi, dei parchi e delle banchine stradali a partire dal mese di aprile;",
 "Dato atto che, a seguito di richiesta di preventivo tramite la piattaforma Sintel di ARIA S.p.A. (procedura ID 214473190), la ditta Green Service Lomellina S.r.l., con sede in Mortara, ha offerto l'importo di € 64.850,00 oltre IVA 22%, ritenuto congruo;",
 "Verificato il possesso dei requisiti di ordine generale e la regolarità contributiva (DURC prot. INAIL_52213874, scadenza 02/07/2026);",
 "Visti l'art. 107 e l'art. 183 del D.Lgs. 267/2000 e l'art. 50 del D.Lgs. 36/2023;"]:
    st.append(Paragraph(s, N))
st.append(Paragraph('D E T E R M I N A', B))
for i, s in enumerate([
 "di affidare, per le motivazioni esposte in premessa, il servizio di manutenzione ordinaria del verde pubblico per l'annualità 2026 alla ditta Green Service Lomellina S.r.l., P.IVA 02588140189, per l'importo di € 64.850,00 oltre IVA 22%, per complessivi € 79.117,00;",
 "di impegnare la spesa di € 79.117,00 alla Missione 09, Programma 02, capitolo 9260 \"Manutenzione verde pubblico – prestazioni di servizi\" del bilancio 2026;",
 "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
 "di dare atto che il Responsabile Unico del Progetto è il sottoscritto Responsabile dell'Area Tecnica;",
 "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente – Bandi di gara e contratti\"."], 1):
    st.append(Paragraph('%d.&nbsp;&nbsp;&nbsp;%s' % (i, s), P))
st.append(Spacer(1, 6*mm))
st.append(Table([['', 'IL RESPONSABILE DELL\'AREA TECNICA'], ['', 'Geom. Davide Sacchi'], ['', '(atto sottoscritto con firma digitale)']], colWidths=[84*mm, 90*mm],
  style=[('ALIGN', (1,0), (1,-1), 'CENTER'), ('FONT', (1,0), (1,0), 'Times-Bold', 10.5), ('FONT', (1,1), (1,1), 'Times-Roman', 11), ('FONT', (1,2), (1,2), 'Times-Italic', 8.5)]))
st.append(Spacer(1, 8*mm))
v = Table([[Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b> (art. 183, comma 7, D.Lgs. 267/2000)<br/>Impegno n. 418/2026 – Cap. 9260 – € 79.117,00<br/>Garlasco, 18/03/2026 – Il Responsabile dell'Area Finanziaria, Dott.ssa Paola Gerli (firmato digitalmente)", ParagraphStyle('vv', parent=N, fontName='Helvetica', fontSize=8.5, leading=11))]], colWidths=[174*mm])
v.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.5, colors.black), ('TOPPADDING', (0,0), (-1,-1), 4), ('BOTTOMPADDING', (0,0), (-1,-1), 6)]))
st.append(v)
doc.build(st, onFirstPage=deco, onLaterPages=deco)
