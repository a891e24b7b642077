#!/usr/bin/env python3
"""ReportLab: Mariano Comense ordinanza (Platypus, justified -> Tw, running foot)
and Avigliano decreto (canvas, glyphs placed one at a time, Tc headings)."""
import sys, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else '..'

# ---------------------------------------------------------------- M1
def mariano_ordinanza():
    fn = os.path.join(OUT, 'ordinanza-marianocomense-hypersic.pdf')
    num = 'Ordinanza n. 142 del 05/11/2026'
    def page(c, doc):
        c.saveState()
        # hypersic-like letterhead: crest box left, register box right
        c.setStrokeColor(colors.HexColor('#1f3d7a'))
        c.rect(20*mm, 262*mm, 14*mm, 18*mm)
        c.setFont('Helvetica-Bold', 6); c.drawCentredString(27*mm, 270*mm, 'STEMMA')
        c.setFont('Helvetica-Bold', 14); c.drawString(38*mm, 274*mm, 'CITTÀ DI MARIANO COMENSE')
        c.setFont('Helvetica', 9); c.drawString(38*mm, 269*mm, 'Provincia di Como')
        c.drawString(38*mm, 265*mm, 'Piazza Console Teodoro Rosa, 3 – 22066 Mariano Comense (CO)')
        c.setLineWidth(0.6); c.line(20*mm, 259*mm, 190*mm, 259*mm)
        # running foot with number
        c.setFont('Helvetica', 7.5)
        c.drawString(20*mm, 12*mm, num + ' – Settore Polizia Locale')
        c.drawRightString(190*mm, 12*mm, 'Pagina %d' % doc.page)
        c.line(20*mm, 15*mm, 190*mm, 15*mm)
        c.restoreState()
    doc = BaseDocTemplate(fn, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm,
                          topMargin=40*mm, bottomMargin=22*mm,
                          title='Ordinanza 142/2026', author='Polizia Locale', creator='Hypersic - Atti Amministrativi')
    doc.addPageTemplates([PageTemplate('p', [Frame(20*mm, 22*mm, 170*mm, 236*mm, id='f')], onPage=page)])
    body = ParagraphStyle('b', fontName='Helvetica', fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
    ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='Helvetica-Bold', fontSize=11, spaceAfter=6)
    pt = ParagraphStyle('p', parent=body, leftIndent=8*mm, firstLineIndent=-6*mm)
    head = Table([
        [Paragraph('<b>SETTORE POLIZIA LOCALE</b><br/>Servizio Viabilità e Traffico', body),
         Paragraph('<b>Registro Generale</b><br/>ORDINANZA N. 142<br/>del 05/11/2026', ParagraphStyle('r', parent=body, alignment=TA_RIGHT))]],
        colWidths=[110*mm, 60*mm])
    head.setStyle(TableStyle([('BOX', (1,0), (1,0), 0.6, colors.black), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
    s = []
    s += [head, Spacer(1, 8)]
    s += [Paragraph('<b>OGGETTO:</b> Istituzione del divieto di sosta con rimozione forzata e del senso unico alternato in via Santa Caterina da Siena per lavori di rifacimento della rete fognaria dal 9 al 20 novembre 2026.', body), Spacer(1, 6)]
    s += [Paragraph('IL COMANDANTE DELLA POLIZIA LOCALE', ctr)]
    for t in [
        'Vista la richiesta pervenuta in data 28/10/2026, prot. n. 31874, dalla ditta Lariana Scavi S.r.l., con sede in Cantù, esecutrice per conto di Como Acqua S.r.l. dei lavori di rifacimento del collettore fognario di via Santa Caterina da Siena, tratto compreso tra via Kennedy e via Sauro;',
        'Considerato che, per consentire l\'esecuzione dei lavori in condizioni di sicurezza per i lavoratori e per gli utenti della strada, si rende necessario regolamentare temporaneamente la circolazione e la sosta dei veicoli nel tratto interessato;',
        'Visti gli articoli 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 "Nuovo Codice della Strada" e il relativo Regolamento di esecuzione approvato con D.P.R. 16 dicembre 1992, n. 495;',
        'Visto l\'articolo 107 del D.Lgs. 18 agosto 2000, n. 267, e il decreto sindacale n. 11 del 02/01/2026 di attribuzione delle funzioni di Comandante;']:
        s.append(Paragraph(t, body))
    s += [Paragraph('O R D I N A', ctr)]
    pts = [
        'dalle ore 7.30 del 9 novembre 2026 alle ore 18.00 del 20 novembre 2026, in via Santa Caterina da Siena, nel tratto compreso tra via Kennedy e via Sauro, l\'istituzione del <b>divieto di sosta con rimozione forzata</b> su entrambi i lati della carreggiata;',
        'nel medesimo periodo e nel medesimo tratto, l\'istituzione del <b>senso unico alternato</b> regolato da movieri o da impianto semaforico mobile, con limite di velocità di 30 km/h;',
        'la ditta esecutrice provvederà alla posa della segnaletica prevista dal D.M. 10 luglio 2002 almeno 48 ore prima dell\'inizio dei lavori, garantendo in ogni momento il transito dei mezzi di soccorso e l\'accesso ai passi carrabili;',
        'gli agenti della Polizia Locale e gli altri soggetti di cui all\'art. 12 del Codice della Strada sono incaricati di far rispettare la presente ordinanza.']
    for i, t in enumerate(pts, 1):
        s.append(Paragraph('%d. %s' % (i, t), pt))
    s += [Spacer(1, 4), Paragraph('Avverso il presente provvedimento è ammesso ricorso al T.A.R. Lombardia entro 60 giorni dalla pubblicazione all\'Albo Pretorio on line, ovvero, entro 60 giorni, ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell\'art. 37, comma 3, del Codice della Strada.', body)]
    sig = ParagraphStyle('s', parent=body, alignment=TA_CENTER, leftIndent=85*mm)
    s += [Spacer(1, 10), KeepTogether([Paragraph('Mariano Comense, 05/11/2026', body), Spacer(1, 6),
          Paragraph('IL COMANDANTE DELLA POLIZIA LOCALE<br/>Commissario Capo Davide Colombo', sig),
          Paragraph('<font size="7.5">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</font>', sig)])]
    doc.build(s)

# ---------------------------------------------------------------- A4
def avigliano_decreto():
    from reportlab.pdfgen import canvas
    fn = os.path.join(OUT, 'decreto-avigliano-halley.pdf')
    c = canvas.Canvas(fn, pagesize=A4, pageCompression=1)
    c.setTitle('Decreto del Segretario Generale n. 3/2026'); c.setCreator('Halley Informatica - Atti'); c.setAuthor('Segreteria Generale')
    W, H = A4
    def glyphs(x, y, text, font='Helvetica', size=10.5, tc=0.0):
        # every glyph placed alone; no space characters written
        c.setFont(font, size)
        for ch in text:
            if ch != ' ':
                c.drawString(x, y, ch)
            x += stringWidth(ch, font, size) + tc
        return x
    def spaced(y, text, font, size, tc):
        # letter-spaced centred heading drawn with Tc in one string
        w = stringWidth(text, font, size) + tc * (len(text) - 1)
        t = c.beginText((W - w) / 2, y); t.setFont(font, size); t.setCharSpace(tc); t.textOut(text); c.drawText(t)
    def wrap(text, width, font='Helvetica', size=10.5):
        lines, cur = [], ''
        for w in text.split():
            cand = (cur + ' ' + w).strip()
            if stringWidth(cand, font, size) > width:
                lines.append(cur); cur = w
            else:
                cur = cand
        lines.append(cur); return lines
    def para(y, text, x=25*mm, width=160*mm, lead=14, font='Helvetica', size=10.5):
        for ln in wrap(text, width, font, size):
            glyphs(x, y, ln, font, size); y -= lead
        return y - 4
    # Halley letterhead: centred name, province, COPIA, then number left, office right
    spaced(H - 28*mm, 'COMUNE DI AVIGLIANO', 'Helvetica-Bold', 15, 2.2)
    c.setFont('Helvetica', 9.5); c.drawCentredString(W/2, H - 34*mm, 'Provincia di Potenza')
    c.drawCentredString(W/2, H - 39*mm, 'Corso Emanuele Gianturco, 1 – 85021 Avigliano (PZ)')
    c.line(25*mm, H - 42*mm, W - 25*mm, H - 42*mm)
    y = H - 52*mm
    glyphs(25*mm, y, 'DECRETO N. 3 DEL 25/11/2026', 'Helvetica-Bold', 11)
    c.setFont('Helvetica-Bold', 10); c.drawRightString(W - 25*mm, y, 'SEGRETERIA GENERALE')
    y -= 16
    spaced(y, 'IL SEGRETARIO GENERALE', 'Helvetica-Bold', 12, 1.6); y -= 22
    glyphs(25*mm, y, 'OGGETTO:', 'Helvetica-Bold', 10.5)
    subj = ('Individuazione dei responsabili dei procedimenti di accesso civico semplice e generalizzato '
            'e del titolare del potere sostitutivo per l\'anno 2027.')
    yy = y
    for ln in wrap(subj, 136*mm, 'Helvetica-Bold', 10.5):
        glyphs(49*mm, yy, ln, 'Helvetica-Bold', 10.5); yy -= 14
    y = yy - 8
    for t in [
        'Visto il D.Lgs. 14 marzo 2013, n. 33, come modificato dal D.Lgs. 25 maggio 2016, n. 97, e in particolare l\'articolo 5, che disciplina l\'accesso civico semplice e l\'accesso civico generalizzato;',
        'Viste le Linee guida ANAC approvate con delibera n. 1309 del 28 dicembre 2016 e la circolare del Ministro per la Pubblica Amministrazione n. 1/2019;',
        'Visto il Piano Integrato di Attività e Organizzazione 2026-2028, sezione Rischi corruttivi e trasparenza, approvato con deliberazione della Giunta Comunale n. 14 del 30/01/2026;',
        'Visto il decreto sindacale n. 2 del 08/01/2026 di nomina del sottoscritto quale Responsabile della prevenzione della corruzione e della trasparenza;']:
        y = para(y, t)
    spaced(y - 4, 'D E C R E T A', 'Helvetica-Bold', 11.5, 1.2); y -= 24
    pts = [
        'di individuare quali responsabili dei procedimenti di accesso civico generalizzato, per l\'anno 2027, i Responsabili dei Settori competenti per materia, ciascuno per i dati e i documenti detenuti dal proprio Settore;',
        'di individuare nel Responsabile del Settore Affari Generali, dott. Nicola Lorusso, il responsabile del procedimento di accesso civico semplice;',
        'di individuare nel sottoscritto Segretario Generale il titolare del potere sostitutivo in caso di inerzia o di ritardo nella conclusione dei procedimenti;',
        'di disporre la pubblicazione del presente decreto all\'Albo Pretorio on line e nella sezione Amministrazione Trasparente, sottosezione Altri contenuti - Accesso civico.']
    for i, t in enumerate(pts, 1):
        glyphs(25*mm, y, '%d)' % i)
        y = para(y, t, x=32*mm, width=153*mm)
    y -= 12
    c.setFont('Helvetica', 10.5); c.drawString(25*mm, y, 'Avigliano, 25 novembre 2026')
    glyphs(115*mm, y - 20, 'IL SEGRETARIO GENERALE', 'Helvetica-Bold', 10.5)
    glyphs(115*mm, y - 34, 'dott. Antonio Carlucci')
    c.setFont('Helvetica-Oblique', 7.5)
    c.drawString(115*mm, y - 46, 'firmato digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005')
    c.setFont('Helvetica', 7); c.drawCentredString(W/2, 12*mm, 'Comune di Avigliano – Decreto del Segretario Generale n. 3 del 25/11/2026')
    c.showPage(); c.save()

if __name__ == '__main__':
    mariano_ordinanza(); avigliano_decreto()
