# C.I.S.A. Asti Sud - convocation of the Assemblea consortile (a notice).
# Awkward text layer: the letterhead and the page foot live in a Form XObject reused on each page;
# body lines are justified with Tw (word spacing) operators; headings are letter-spaced with Tc;
# the page content is drawn out of reading order (signature and list before the opening lines).
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
PW, PH = A4
LM, RM = 68, PW - 62
c = canvas.Canvas('../convocazione-cisaastisud-hypersic.pdf', pagesize=A4)
c.setTitle('Convocazione Assemblea consortile 30-03-2026'); c.setCreator('Hypersic - Protocollo/Lettere')

c.beginForm('carta_intestata')
c.setFillColorRGB(0.15, 0.35, 0.55); c.rect(LM, PH - 98, 6, 52, stroke=0, fill=1)
c.setFillGray(0)
c.setFont('Helvetica-Bold', 13.5); c.drawString(LM + 14, PH - 60, 'CONSORZIO INTERCOMUNALE SOCIO ASSISTENZIALE ASTI SUD')
c.setFont('Helvetica', 9.5); c.drawString(LM + 14, PH - 74, 'C.I.S.A. Asti Sud – Ente strumentale dei Comuni associati')
c.setFont('Helvetica', 8); c.drawString(LM + 14, PH - 86, 'Sede legale e amministrativa: Via Gozzellini, 23 – 14049 Nizza Monferrato (AT)')
c.drawString(LM + 14, PH - 96, 'Tel. 0141 720811 – PEC: cisaastisud@pec.it – C.F. 91009450051')
c.setLineWidth(0.5); c.line(LM, 52, RM, 52)
c.setFont('Helvetica', 7); c.drawCentredString(PW / 2, 42, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – copia conforme pubblicata all’Albo pretorio on line dei Comuni consorziati')
c.endForm()

def justified(x, y, width, text, font='Times-Roman', size=11.5, lead=15, last_left=True, first=0):
    words = text.split(); lines = []; cur = []
    for w in words:
        lim = width - (first if not lines else 0)
        if cur and stringWidth(' '.join(cur + [w]), font, size) > lim:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    lines.append(cur)
    for i, l in enumerate(lines):
        s = ' '.join(l); x0 = x + (first if i == 0 else 0); wl = width - (first if i == 0 else 0)
        t = c.beginText(x0, y); t.setFont(font, size)
        tw = 0
        if i < len(lines) - 1 and len(l) > 1:
            tw = (wl - stringWidth(s, font, size)) / (len(l) - 1)
        t.setWordSpace(tw); t.textOut(s)
        if tw: t.setWordSpace(0)
        c.drawText(t)
        y -= lead
    return y

def spaced(xc, y, text, font='Helvetica-Bold', size=11, tc=2.6):
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    t = c.beginText(xc - w / 2, y); t.setFont(font, size); t.setCharSpace(tc); t.textOut(text); t.setCharSpace(0); c.drawText(t)

W = RM - LM
# ---------------- page 1, drawn out of order
c.doForm('carta_intestata')
# signature first
c.setFont('Times-Roman', 11.5)
c.drawCentredString(RM - 110, 170, 'IL PRESIDENTE DELL’ASSEMBLEA CONSORTILE')
c.setFont('Times-Bold', 11.5); c.drawCentredString(RM - 110, 155, 'Luisa Cavallero')
c.setFont('Times-Italic', 9); c.drawCentredString(RM - 110, 142, '(firmato digitalmente)')
# agenda next
y = 452
spaced(PW / 2, y + 24, 'ORDINE DEL GIORNO')
odg = ['Comunicazioni del Presidente.',
       'Approvazione dei verbali della seduta del 16 dicembre 2025.',
       'Rendiconto della gestione per l’esercizio 2025 – Approvazione.',
       'Variazione al bilancio di previsione 2026-2028 – Ratifica della deliberazione del Consiglio di Amministrazione n. 9 del 26/02/2026.',
       'Piano di zona 2026-2028 degli interventi e dei servizi sociali – Presa d’atto.',
       'Nomina del Revisore unico dei conti per il triennio 2026-2028.']
for i, t in enumerate(odg, 1):
    c.setFont('Times-Roman', 11.5); c.drawString(LM + 8, y, f'{i}.')
    y = justified(LM + 26, y, W - 26, t) - 3
# the opening lines last
c.setFont('Times-Roman', 10.5)
c.drawString(LM, PH - 130, 'Prot. n. 1873/2026')
c.drawRightString(RM, PH - 130, 'Nizza Monferrato, 13/03/2026')
addr = ['Ai Sindaci dei Comuni consorziati', 'Componenti dell’Assemblea consortile', 'e p.c.  Al Revisore unico dei conti', 'Al Direttore del Consorzio', 'LORO SEDI']
yy = PH - 160
for a in addr:
    c.drawString(PW / 2 + 40, yy, a); yy -= 13.5
yy -= 12
c.setFont('Times-Bold', 11.5); c.drawString(LM, yy, 'Oggetto:')
c.drawString(LM + 50, yy, 'Convocazione dell’Assemblea consortile – seduta ordinaria del 30 marzo 2026.')
yy -= 26
yy = justified(LM, yy, W, 'Ai sensi dell’art. 11 dello Statuto consortile e dell’art. 4 del Regolamento di funzionamento dell’Assemblea, la S.V. è invitata a partecipare alla seduta ordinaria dell’Assemblea consortile che si terrà, in prima convocazione, il giorno lunedì 30 marzo 2026 alle ore 17:30 presso la Sala riunioni della sede consortile, Via Gozzellini n. 23, Nizza Monferrato, per la trattazione del seguente', first=24)
# closing paragraph
y = justified(LM, y - 8, W, 'In mancanza del numero legale, l’Assemblea si intende convocata in seconda convocazione per il giorno martedì 31 marzo 2026 alle ore 17:30, nello stesso luogo. I Sindaci impossibilitati a intervenire possono delegare un Assessore o un Consigliere del proprio Comune mediante delega scritta da consegnare al Segretario prima dell’inizio della seduta.', first=24)
y = justified(LM, y - 6, W, 'La documentazione relativa agli argomenti iscritti all’ordine del giorno è depositata presso la sede del Consorzio e consultabile nell’area riservata del sito istituzionale a partire dal 20 marzo 2026.', first=24)
c.setFont('Helvetica', 8); c.drawRightString(RM, 62, 'pag. 1 di 2')
c.showPage()
# ---------------- page 2
c.doForm('carta_intestata')
spaced(PW / 2, PH - 140, 'NOTE PER I COMPONENTI')
y = PH - 170
for t in ['La seduta è pubblica. È assicurata la possibilità di partecipare in collegamento da remoto ai sensi dell’art. 6 del Regolamento di funzionamento dell’Assemblea; le credenziali saranno trasmesse via PEC il giorno precedente la seduta.',
          'Le quote di partecipazione dei Comuni consorziati per l’esercizio 2026 sono determinate in € 14,20 per abitante, come da deliberazione dell’Assemblea n. 12 del 16/12/2025.',
          'Per informazioni: Ufficio di Segreteria del Consorzio, tel. 0141 720815, dal lunedì al venerdì dalle ore 9:00 alle ore 12:30.']:
    y = justified(LM, y, W, t, first=24) - 8
c.setFont('Helvetica', 8); c.drawRightString(RM, 62, 'pag. 2 di 2')
c.showPage()
c.save()
