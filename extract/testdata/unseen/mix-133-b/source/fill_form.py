# -*- coding: utf-8 -*-
"""C4: fill the form printed by enscript.  The procedure types its values
(Courier-Bold on underscores, Courier for the free text typed into blank
lines) on a ReportLab page that pikepdf lays over the form as a Form XObject.
The grid (origin and line pitch) is read from the form's own content stream.
usage: python3 fill_form.py FORM.pdf FILL.json OUT.pdf
"""
import sys, json, io
import pikepdf
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4


def grid(pdf):
    x0 = y0 = pitch = None
    for ins in pikepdf.parse_content_stream(pdf.pages[0]):
        op = str(ins.operator)
        if op == "Tm" and x0 is None:
            x0, y0 = float(ins.operands[4]), float(ins.operands[5])
        if op == "TL" and pitch is None:
            pitch = float(ins.operands[0])
        if x0 is not None and pitch is not None:
            break
    return x0, y0, pitch


def main(form_pdf, fill_json, out):
    spec = json.load(open(fill_json))
    pdf = pikepdf.open(form_pdf)
    x0, y0, pitch = grid(pdf)
    cw = 6.0  # Courier 10: 0.6 em
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for fills in spec["pages"]:
        for line, col, text, kind in fills:
            if not text:
                continue
            if kind == "typed":
                c.setFont("Courier", 10)          # free text typed into blank lines
            else:
                c.setFont("Courier-Bold", 10)     # values over the underscores
            c.drawString(x0 + col * cw, y0 - line * pitch + 1.2, text)
        c.showPage()
    c.save()
    ov = pikepdf.open(io.BytesIO(buf.getvalue()))
    for i, page in enumerate(pdf.pages):
        page.add_overlay(ov.pages[i])
    pdf.docinfo["/Title"] = "Determinazione R.G. n. 779/2028 - modello D/1"
    pdf.save(out)


if __name__ == "__main__":
    main(*sys.argv[1:4])
