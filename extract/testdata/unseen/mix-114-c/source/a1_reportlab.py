# -*- coding: utf-8 -*-
"""A1: Cassano d'Adda, Giunta n. 18 - ReportLab canvas, justified with Tw,
letter-spaced headings with Tc, running head and foot with the number."""
import sys
from reportlab.pdfgen import canvas
from flow import draw_reportlab
import cassano
from data import A1, it_date

out = sys.argv[1]
f = cassano.build(A1, "table")
sig = cassano.signatures(f, A1, "IL SINDACO")
f.ops.extend(sig)
f.need(70)
f.space(12)
f.line(f.left, f.y, f.left + f.width, f.y, 0.5)
f.spaced("CERTIFICATO DI PUBBLICAZIONE", "Helvetica-Bold", 9.5, 1.2, leading=15, after=2)
d, n = A1["pub"]
f.para("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on "
       "line del Comune dal %s per quindici giorni consecutivi (Reg. Pubbl. n. %d), ai sensi "
       "dell'art. 124, comma 1, del D.Lgs. 267/2000." % (it_date(d), n),
       font="Helvetica", size=9, leading=12)
f.para("Il Segretario Generale - Dott.ssa Laura Brambilla (firmato digitalmente)",
       font="Helvetica", size=9, leading=12, align="right", justify=False)
pages = f.finish()
c = canvas.Canvas(out, pagesize=(595.28, 841.89), pageCompression=1)
c.setTitle("Deliberazione G.C. 18/2027")
c.setAuthor("DM Atti")
c.setCreator("DM Atti - modulo Delibere 7.2")
first = pages[0]
pages[0] = cassano.letterhead(A1) + first
draw_reportlab(c, pages)
c.save()
