# generic fixed-width report renderer (reportlab, Courier), splits pages at lines_per_page
# or at form feeds; optional running head with page number.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
def render(txtfile, out, size=8, lead=9, landscape_=True, lpp=58, head=None, producer="", title=""):
    ps = landscape(A4) if landscape_ else A4
    c = canvas.Canvas(out, pagesize=ps); c.setProducer(producer); c.setTitle(title); c.setCreator(producer)
    lines = open(txtfile, encoding="utf-8").read().rstrip("\n").split("\n")
    pages = []; cur = []
    for l in lines:
        if l.startswith("\f") or len(cur) >= lpp:
            pages.append(cur); cur = []; l = l.lstrip("\f")
        cur.append(l)
    pages.append(cur)
    for i, pg in enumerate(pages, 1):
        y = ps[1] - 30
        if head and i > 1:
            c.setFont("Courier", size); c.drawString(28, y, head.format(p=i)); y -= 2 * lead
        c.setFont("Courier", size)
        for l in pg:
            c.drawString(28, y, l); y -= lead
        c.showPage()
    c.save()
if __name__ == "__main__":
    import json; render(**json.loads(sys.argv[1]))
