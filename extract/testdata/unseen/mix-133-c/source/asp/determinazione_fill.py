#!/usr/bin/env python3
"""Fills the blank form as the office's PDF editor does ("typewriter" text over the printed blanks):
finds each blank of underscores with pdftotext -bbox, draws the typed values a little above the line in
Helvetica on a ReportLab overlay, and stamps the overlay on the form with pikepdf.
usage: determinazione_fill.py FORM.pdf OUT.pdf"""
import sys, subprocess, io, re, html
import pikepdf
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

FORM, OUT = sys.argv[1], sys.argv[2]

# (words that precede the blank, value); blanks are matched in reading order
FIELDS = [
    (('N.',), '118'),
    (('del',), '27/09/2028'),
    (('proponente:',), 'Economato e Provveditorato'),
    (('prot.', 'n.'), '1388'),
    (('del',), '19/09/2028'),
    (('della', 'ditta'), 'Ortopedia Aretina s.n.c.'),
    (('di', 'euro'), '7.940,00'),
    (('CIG', 'n.'), 'B60D4A7E12'),
    (('alla', 'ditta'), 'Ortopedia Aretina s.n.c.'),
    (('di', 'euro'), '7.940,00'),
    (('di', 'euro'), '9.686,80'),
    (('conto',), '60.12.04'),
    (('Arezzo,',), '27/09/2028'),
    (('IL', 'DIRETTORE'), 'dott. Riccardo Mencarelli'),
    (('Ragioneria',), 'rag. Simona Lachi'),
]
SUBJECT = ("Acquisto di ausili per la movimentazione degli ospiti (sollevatori e carrozzine basculanti). "
           "Affidamento diretto alla ditta Ortopedia Aretina s.n.c. CIG B60D4A7E12.")

xml = subprocess.run(['pdftotext', '-bbox', FORM, '-'], capture_output=True, text=True, check=True).stdout
pages = []
for pg in re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S):
    words = [(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', pg[2])]
    pages.append((float(pg[0]), float(pg[1]), words))

# flatten the words of all pages in order, remembering the page
flat = [(pi, w) for pi, (_, _, ws) in enumerate(pages) for w in ws]
marks = {i: [] for i in range(len(pages))}
pos = 0
for label, value in FIELDS:
    found = False
    while pos < len(flat):
        pi, w = flat[pos]
        if re.fullmatch(r'_+[;,.]?', w[4]):
            prev = [flat[pos - k][1][4] for k in range(len(label), 0, -1)]
            if prev == list(label):
                marks[pi].append((w, value)); found = True; pos += 1
                break
        pos += 1
    if not found:
        sys.exit('blank not found for %r' % (label,))

# the subject box: right of the word OGGETTO:
subj = None
for pi, w in flat:
    if w[4] == 'OGGETTO:':
        subj = (pi, w); break

buf = io.BytesIO()
W, H = pages[0][0], pages[0][1]
c = canvas.Canvas(buf, pagesize=(W, H))
for pi in range(len(pages)):
    c.setFillColorRGB(0.05, 0.05, 0.35)
    for (x0, y0, x1, y1, _), value in marks[pi]:
        c.setFont('Helvetica', 10.5)
        c.drawString(x0 + 6, H - y1 + 3.2, value)
    if subj and subj[0] == pi:
        x0, y0, x1, y1, _ = subj[1]
        left = x1 + 24
        width = W - 70 - left
        words, lines, cur = SUBJECT.split(), [], ''
        for w in words:
            t = (cur + ' ' + w).strip()
            if stringWidth(t, 'Helvetica', 10.5) <= width:
                cur = t
            else:
                lines.append(cur); cur = w
        lines.append(cur)
        c.setFont('Helvetica', 10.5)
        yy = H - y1 + 1
        for ln in lines:
            c.drawString(left, yy, ln); yy -= 13
    c.showPage()
c.save()

ov = pikepdf.open(io.BytesIO(buf.getvalue()))
pdf = pikepdf.open(FORM)
for i, page in enumerate(pdf.pages):
    page.add_overlay(ov.pages[i])
pdf.save(OUT)
