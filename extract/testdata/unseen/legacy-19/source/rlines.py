"""Draw fixed-width lines with ReportLab in Courier, one drawString per line,
as a text-to-PDF print driver does. A line starting with '\x01' is drawn in
Courier-Bold (the marker is not drawn)."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape


def render(pages, path, size=9, leading=11, left=42, top=40, land=False,
           title="", author="", creator="", producer=None):
    ps = landscape(A4) if land else A4
    c = canvas.Canvas(path, pagesize=ps, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(creator)
    if producer:
        c.setProducer(producer)
    w, h = ps
    for lines in pages:
        y = h - top - size
        for l in lines:
            bold = l.startswith("\x01")
            if bold:
                l = l[1:]
            c.setFont("Courier-Bold" if bold else "Courier", size)
            if l.strip():
                c.drawString(left, y, l)
            y -= leading
            if y < 20:
                raise SystemExit("page overflow in %s" % path)
        c.showPage()
    c.save()
