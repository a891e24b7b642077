"""Build the twelve PDFs of set mix-110-c.

usage: python3 build.py OUTDIR [name ...]

Every document is laid out as a fixed-width report by docs.py (the house style of
its Comune) and then printed by one producer. Intermediate sources (text files,
troff, TeX, HTML, .docx) are written to source/gen/ and kept as the record."""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs  # noqa: E402
from lib import to_text, merged  # noqa: E402

GEN = os.path.join(HERE, "gen")
TMP = tempfile.mkdtemp(prefix="mix110c-")


def run(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def write(path, data, mode="w"):
    with open(path, mode, encoding=None if "b" in mode else "latin-1") as f:
        f.write(data)


# ----------------------------------------------------------------- enscript
def r_enscript(name, out, landscape=False, font="Courier@10", skip="1.4", lpp=64):
    pages = docs.pages_of(name)
    txt = os.path.join(GEN, name + ".txt")
    write(txt, to_text(pages))
    ps = os.path.join(TMP, name + ".ps")
    cmd = ["enscript", "-B", "-q", "--media=A4", "-f", font, "--baselineskip=" + skip, "-L", str(lpp),
           "--margins=40:40:30:30", "--encoding=latin1", "-t", name.upper(), "-o", ps]
    if landscape:
        cmd.append("-r")
    run(cmd + [txt])
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, out])


# ----------------------------------------------------------------- a2ps
def r_a2ps(name, out):
    pages = docs.pages_of(name)
    txt = os.path.join(GEN, name + ".txt")
    write(txt, to_text(pages))
    ps = os.path.join(TMP, name + ".ps")
    # a2ps sizes the font from --chars-per-line (it then holds 71 lines a page; the
    # report's own form feeds end each 64-line page). Its Courier prints the ASCII
    # apostrophe as quoteright, as a2ps always does.
    run(["a2ps", "-q", "-1", "--portrait", "-M", "A4", "-B", "--borders=no", "-Eplain",
         "--chars-per-line=80", "--no-header", "--left-footer=",
         "--right-footer=", "--footer=", "--left-title=", "--right-title=", "--center-title=",
         "--encoding=ibm-cp850", "--margin=8", "-o", ps, txt], env=dict(os.environ, HOME=TMP))
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, out])


# ----------------------------------------------------------------- groff
def troff_escape(s):
    s = s.replace("\\", "\\e").replace("'", "\\(aq")
    return "\\&" + s


def r_groff(name, out):
    pages = docs.pages_of(name)
    src = [".\\\" " + name + ": 80-column report typeset by troff (groff -Tps)",
           ".pl 29.7c", ".po 2.2c", ".ll 17c", ".nf", ".nh", ".ps 10", ".vs 11.6p",
           ".fam C", ".ft CR", ".de NP", "'sp 1.2c", "..", ".wh 0 NP"]
    for i, p in enumerate(pages):
        if i:
            src.append(".bp")
        for ln in p:
            t = ln["t"].rstrip()
            if not t:
                src.append("")  # blank line in no-fill mode
                continue
            if ln["b"]:
                src.append("\\f(CB" + troff_escape(t) + "\\f(CR")
            else:
                src.append(troff_escape(t))
    tr = os.path.join(GEN, name + ".tr")
    write(tr, "\n".join(src) + "\n")
    ps = os.path.join(TMP, name + ".ps")
    with open(ps, "wb") as f:
        run(["groff", "-Tps", "-P-pa4", tr], stdout=f)
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, out])


# ----------------------------------------------------------------- ReportLab
def rl_canvas(out, size, title, creator):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(out, pagesize=size, pageCompression=1)
    c.setTitle(title)
    c.setCreator(creator)
    c.setAuthor("SEGRETERIA")
    return c


def r_reportlab_glyphs(name, out):
    """A report engine that places every glyph on its own (no space characters)."""
    from reportlab.lib.pagesizes import A4
    pages = docs.pages_of(name)
    c = rl_canvas(out, A4, name.upper(), "HALLEY - ATTI AMMINISTRATIVI (MODULO STAMPE)")
    size, lead, left = 9.6, 11.9, 58
    cw = size * 0.6
    top = A4[1] - 42
    for p in pages:
        y = top
        for ln in p:
            t = merged(ln)
            fn = "Courier-Bold" if ln["b"] else "Courier"
            for i, ch in enumerate(t):
                if ch == " ":
                    continue
                c.setFont(fn, size)
                c.drawString(left + i * cw, y, ch)
            y -= lead
        c.showPage()
    c.save()


def r_reportlab_tw(name, out):
    """Justified with word spacing (Tw), headings letter-spaced with Tc, forms typed over."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    pages = docs.pages_of(name)
    c = rl_canvas(out, A4, "DELIBERAZIONE C.C. N. 29/2026", "J-SERFIN ATTI - STAMPA VERBALI")
    size, lead, left = 9.8, 11.7, 62
    cw = size * 0.6
    top = A4[1] - 44
    width = 80 * cw
    for p in pages:
        y = top
        for ln in p:
            fn = "Courier-Bold" if ln["b"] else "Courier"
            x0 = left + ln["ind"] * cw
            to = c.beginText()
            to.setFont(fn, size)
            if ln["k"] == "j":
                raw = ln["raw"]
                gaps = raw.count(" ")
                avail = width - ln["ind"] * cw
                tw = (avail - stringWidth(raw, fn, size)) / gaps if gaps else 0
                to.setTextOrigin(x0, y)
                to.setWordSpace(tw)
                to.textOut(raw)
                to.setWordSpace(0)
            elif ln["k"] == "sp":
                raw = ln["raw"]
                tc = (stringWidth(ln["t"].strip(), fn, size) - stringWidth(raw, fn, size)) / max(1, len(raw) - 1)
                to.setTextOrigin(x0, y)
                to.setCharSpace(tc)
                to.textOut(raw)
                to.setCharSpace(0)
            else:
                t = ln["t"].rstrip()
                lead_sp = len(t) - len(t.lstrip())
                to.setTextOrigin(left + lead_sp * cw, y)
                to.textOut(t.lstrip())
            c.drawText(to)
            for col, val in ln["ov"]:
                c.setFont("Courier-Bold", size)
                c.drawString(left + col * cw, y + 1.2, val)
            y -= lead
        c.showPage()
    c.save()


# ----------------------------------------------------------------- pdfLaTeX
def r_pdflatex(name, out):
    pages = docs.pages_of(name)
    tex = [r"\documentclass{article}",
           r"\usepackage[a4paper,landscape,top=0.9cm,bottom=0.6cm,left=1.5cm,right=1cm]{geometry}",
           r"\usepackage[T1]{fontenc}", r"\usepackage{textcomp}", r"\usepackage{upquote}",
           r"\usepackage{fancyvrb}", r"\renewcommand{\ttdefault}{pcr}",
           r"\pagestyle{empty}\setlength{\parindent}{0pt}",
           r"\pdfinfo{/Title (" + name.upper() + r") /Creator (CITYWARE STAMPE - EXPORT TEX)}",
           r"\begin{document}"]
    for i, p in enumerate(pages):
        if i:
            tex.append(r"\newpage")
        tex.append(r"\begin{Verbatim}[fontsize=\fontsize{8.8}{10.6}\selectfont,commandchars=\\\{\}]")
        for ln in p:
            t = ln["t"].rstrip()
            if ln["b"] and t.strip():
                lead = len(t) - len(t.lstrip())
                t = " " * lead + r"\textbf{" + t.lstrip() + "}"
            tex.append(t)
        tex.append(r"\end{Verbatim}")
    tex.append(r"\end{document}")
    src = os.path.join(GEN, name + ".tex")
    write(src, "\n".join(tex) + "\n")
    d = tempfile.mkdtemp(dir=TMP)
    for _ in range(1):
        run(["pdflatex", "-interaction=batchmode", "-halt-on-error", "-output-directory", d, src],
            stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(d, name + ".pdf"), out)


# ----------------------------------------------------------------- LibreOffice from .docx
def r_docx(name, out):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.enum.text import WD_BREAK
    pages = docs.pages_of(name)
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(1.6), Cm(1.0)
    sec.top_margin, sec.bottom_margin = Cm(1.9), Cm(1.5)
    sec.header_distance, sec.footer_distance = Cm(0.7), Cm(0.6)
    st = doc.styles["Normal"]
    st.font.name = "Courier New"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Courier New")
    st.font.size = Pt(8.6)
    pf = st.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing = Pt(10.2)

    def field(par, instr):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
        for e in (f1, it, f2, t, f3):
            r._r.append(e)

    d = docs.ALL[name][1]
    # running head and foot as Word header/footer with page fields
    hp = sec.header.paragraphs[0]
    title = "DELIBERAZIONE DELLA GIUNTA COMUNALE N. %d DEL %s" % (d["num"], d["date"])
    left = "COMUNE DI BELLANTE (TE)"
    hp.add_run(left + " " * ((132 - len(title)) // 2 - len(left)) + title + " " * 23 + "PAG. ")
    field(hp, " PAGE ")
    hp.add_run(" DI ")
    field(hp, " NUMPAGES ")
    hp2 = sec.header.add_paragraph("=" * 132)
    fp = sec.footer.paragraphs[0]
    fp.add_run("-" * 132)
    fp2 = sec.footer.add_paragraph("CITYWARE - GESTIONE ATTI AMMINISTRATIVI" + " " * 69 + "DATA STAMPA: " + d["printed"])
    for p_ in (hp, hp2, fp, fp2):
        p_.paragraph_format.space_after = Pt(0)
    for i, p in enumerate(pages):
        body = p[2:-2]  # head and foot are the Word header and footer
        while body and not body[-1]["t"].strip():
            body.pop()
        for j, ln in enumerate(body):
            par = doc.add_paragraph()
            run_ = par.add_run(ln["t"].rstrip())
            if ln["b"]:
                run_.bold = True
            if j == len(body) - 1 and i < len(pages) - 1:
                run_.add_break(WD_BREAK.PAGE)
    doc.core_properties.title = "Deliberazione G.C. n. %d/2026" % d["num"]
    doc.core_properties.author = "Segreteria - Comune di Bellante"
    src = os.path.join(GEN, name + ".docx")
    doc.save(src)
    od = tempfile.mkdtemp(dir=TMP)
    run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-mix-110-c", "--convert-to", "pdf",
         "--outdir", od, src], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(od, name + ".pdf"), out)


# ----------------------------------------------------------------- pikepdf, hand-written streams
def pdfstr(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def r_pikepdf(name, out):
    """Content streams written by hand: the running head and foot are Form XObjects
    reused on every page, the body is cut into three Form XObjects drawn bottom first,
    the page number after everything, and a rotated publication stamp on the last page."""
    import pikepdf
    from pikepdf import Name, Dictionary, Array
    pages = docs.pages_of(name)
    d = docs.ALL[name][1]
    pdf = pikepdf.new()
    W_, H_ = 842, 595
    size, lead = 8.8, 11.3
    cw = size * 0.6
    left = (W_ - 132 * cw) / 2
    top = H_ - 34
    fonts = Dictionary(
        F1=pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Courier, Encoding=Name.WinAnsiEncoding)),
        F2=pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name("/Type1"), BaseFont=Name("/Courier-Bold"), Encoding=Name.WinAnsiEncoding)),
        F3=pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/Helvetica-Bold"), Encoding=Name.WinAnsiEncoding)),
    )

    def line_ops(ln, y):
        f = "/F2" if ln["b"] else "/F1"
        if ln["k"] == "sp":
            raw = ln["raw"]
            tc = (len(ln["t"].strip()) - len(raw)) * cw / max(1, len(raw) - 1)
            return "BT %s %.1f Tf %.3f Tc %.2f %.2f Td %s Tj 0 Tc ET\n" % (f, size, tc, left + ln["ind"] * cw, y, pdfstr(raw))
        t = ln["t"].rstrip()
        if not t:
            return ""
        ls = len(t) - len(t.lstrip())
        return "BT %s %.1f Tf %.2f %.2f Td %s Tj ET\n" % (f, size, left + ls * cw, y, pdfstr(t.lstrip()))

    def form(ops):
        xo = pikepdf.Stream(pdf, ops.encode("latin-1"))
        xo.Type = Name.XObject
        xo.Subtype = Name.Form
        xo.BBox = Array([0, 0, W_, H_])
        xo.Resources = Dictionary(Font=fonts)
        return pdf.make_indirect(xo)

    # the running head without its page number, and the foot: the same on every page
    head_lines = pages[0][:2]
    hl = dict(head_lines[0])
    hl["t"] = hl["t"][:hl["t"].rfind("PAG.")]
    head_ops = line_ops(hl, top) + line_ops(head_lines[1], top - lead)
    foot_lines = pages[0][-2:]
    n_lines = len(pages[0])
    foot_ops = "".join(line_ops(ln, top - (n_lines - 2 + i) * lead) for i, ln in enumerate(foot_lines))
    x_head, x_foot = form(head_ops), form(foot_ops)
    npages = len(pages)
    for pi, p in enumerate(pages):
        body = p[2:-2]
        ys = [top - (2 + i) * lead for i in range(len(body))]
        third = len(body) // 3
        chunks = [(0, third), (third, 2 * third), (2 * third, len(body))]
        xs = {}
        for ci, (a, b) in enumerate(chunks):
            xs["/B%d" % ci] = form("".join(line_ops(body[i], ys[i]) for i in range(a, b)))
        res_x = Dictionary({"/Hd": x_head, "/Ft": x_foot, **xs})
        ops = "q /B2 Do Q\nq /B0 Do Q\nq /Ft Do Q\nq /B1 Do Q\nq /Hd Do Q\n"
        pn = "PAG. %3d DI %d" % (pi + 1, npages)
        ops += "BT /F1 %.1f Tf %.2f %.2f Td %s Tj ET\n" % (size, left + (132 - len(pn)) * cw, top, pdfstr(pn))
        if pi == npages - 1:
            stamp1 = "ALBO PRETORIO ON LINE - COMUNE DI BELLANTE"
            stamp2 = "PUBBLICATO DAL %s AL 14/11/2026 - REG. N. %d" % d["pub"]
            # a stamp turned 90 degrees up the right margin, in a frame
            ops += ("q 0.15 0.25 0.6 RG 0.15 0.25 0.6 rg 0 1 -1 0 %.1f 150 cm 1 w 0 0 300 30 re S "
                    "BT /F3 8 Tf 8 18 Td %s Tj ET BT /F3 8 Tf 8 6 Td %s Tj ET Q\n"
                    % (W_ - 14, pdfstr(stamp1), pdfstr(stamp2)))
        page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W_, H_]),
                                       Resources=Dictionary(Font=fonts, XObject=res_x),
                                       Contents=pdf.make_stream(ops.encode("latin-1"))))
        pdf.pages.append(page)
    pdf.docinfo["/Title"] = "DELIBERAZIONE C.C. N. %d DEL %s" % (d["num"], d["date"])
    pdf.docinfo["/Creator"] = "CITYWARE - GESTIONE ATTI AMMINISTRATIVI"
    pdf.docinfo["/Producer"] = "CITYWARE PDF WRITER 3.1 (pikepdf %s)" % pikepdf.__version__
    pdf.save(out, compress_streams=True)


# ----------------------------------------------------------------- fpdf2
def r_fpdf(name, out):
    from fpdf import FPDF
    from fpdf.enums import Align
    from fpdf.line_break import TextLine

    class JPDF(FPDF):
        def jcell(self, w, h, text):
            """One justified line: fpdf2 spreads it with Tw, as its multi_cell does."""
            frags = self._preload_font_styles(self.normalize_text(text), False)
            return self._render_styled_text_line(
                TextLine(frags, text_width=self.get_string_width(text), number_of_spaces=text.count(" "),
                         align=Align.J, height=h, max_width=w), h)

    pages = docs.pages_of(name)
    pdf = JPDF(orientation="L", unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title("DETERMINAZIONE REG. GEN. N. 688/2026")
    pdf.set_creator("CITYWARE - ATTI DI GESTIONE")
    pdf.set_producer("PyFPDF/fpdf2 2.8.9")
    size, lead = 8.9, 11.2
    cw = size * 0.6
    left = (842 - 132 * cw) / 2
    for p in pages:
        pdf.add_page()
        y = 34
        for ln in p:
            pdf.set_font("Courier", "B" if ln["b"] else "", size)
            if ln["k"] == "j":
                x0 = left + ln["ind"] * cw
                pdf.set_xy(x0, y)
                pdf.jcell(132 * cw - ln["ind"] * cw, lead, ln["raw"])
            elif ln["k"] == "sp":
                pdf.set_xy(left, y)
                pdf.cell(132 * cw, lead, ln["t"].rstrip(), align="L")
            else:
                t = ln["t"].rstrip()
                if t:
                    ls = len(t) - len(t.lstrip())
                    pdf.set_xy(left + ls * cw, y)
                    pdf.cell(len(t.lstrip()) * cw + 2, lead, t.lstrip())
            y += lead
    pdf.output(out)


# ----------------------------------------------------------------- HTML (Chromium, wkhtmltopdf)
def html_of(name, css_extra="", size="9.6pt", lead="11.6pt", page_css="", letter="0.6em"):
    import html
    pages = docs.pages_of(name)
    out = ["<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>%s</title><style>" % name.upper(),
           "@page { size: A4; margin: 12mm 14mm 10mm 20mm; } %s" % page_css,
           "body { margin:0; } .pg { position: relative; page-break-after: always; }",
           ".pg:last-child { page-break-after: auto; }",
           "pre { font-family: 'Courier New', Courier, 'Liberation Mono', monospace; font-size: %s; line-height: %s; margin:0; }" % (size, lead),
           ".l { position: relative; display:block; height:%s; white-space: pre; }" % lead,
           ".ov { position:absolute; top:-1px; font-weight:bold; }",
           ".sp { letter-spacing: %s; font-weight: bold; }" % letter,
           "b { font-weight: bold; }", css_extra, "</style></head><body>"]
    for p in pages:
        out.append('<div class="pg"><pre>')
        spans = []
        for ln in p:
            t = ln["t"].rstrip()
            if ln["k"] == "sp":
                inner = " " * ln["ind"] + '<span class="sp">%s</span>' % html.escape(ln["raw"])
            elif ln["b"] and t.strip():
                ls = len(t) - len(t.lstrip())
                inner = " " * ls + "<b>%s</b>" % html.escape(t.lstrip())
            else:
                inner = html.escape(t)
            for col, val in ln["ov"]:
                inner += '<span class="ov" style="left:%dch">%s</span>' % (col, html.escape(val))
            spans.append('<span class="l">%s</span>' % (inner or " "))
        out.append("".join(spans) + "</pre></div>")
    out.append("</body></html>")
    return "\n".join(out)


def r_chromium(name, out):
    src = os.path.join(GEN, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_of(name))
    prof = tempfile.mkdtemp(dir=TMP)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + prof,
         "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def r_wkhtml(name, out):
    src = os.path.join(GEN, name + ".wk.html")
    css = ".ov { font-family: 'Courier New', Courier, monospace; color:#102a6b; top:-2px; }"
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_of(name, css_extra=css, size="12.7pt", lead="15.4pt"))
    run(["wkhtmltopdf", "-q", "--page-size", "A4", "--margin-top", "12mm", "--margin-bottom", "8mm",
         "--margin-left", "20mm", "--margin-right", "12mm",
         "--title", "DELIBERAZIONE G.C. N. 63/2026", src, out])


BUILD = {
    "deliberazione-bolotana-halley-gc87": lambda o: r_enscript("deliberazione-bolotana-halley-gc87", o),
    "deliberazione-bolotana-halley-gc91": lambda o: r_reportlab_glyphs("deliberazione-bolotana-halley-gc91", o),
    "deliberazione-bolotana-halley-cc34": lambda o: r_a2ps("deliberazione-bolotana-halley-cc34", o),
    "determinazione-bolotana-halley": lambda o: r_groff("determinazione-bolotana-halley", o),
    "deliberazione-bellante-cityware-gc142": lambda o: r_pdflatex("deliberazione-bellante-cityware-gc142", o),
    "deliberazione-bellante-cityware-gc149": lambda o: r_docx("deliberazione-bellante-cityware-gc149", o),
    "deliberazione-bellante-cityware-cc41": lambda o: r_pikepdf("deliberazione-bellante-cityware-cc41", o),
    "determinazione-bellante-cityware": lambda o: r_fpdf("determinazione-bellante-cityware", o),
    "deliberazione-carasco-jserfin-gc58": lambda o: r_chromium("deliberazione-carasco-jserfin-gc58", o),
    "deliberazione-carasco-jserfin-gc63": lambda o: r_wkhtml("deliberazione-carasco-jserfin-gc63", o),
    "deliberazione-carasco-jserfin-cc29": lambda o: r_reportlab_tw("deliberazione-carasco-jserfin-cc29", o),
    "determinazione-carasco-jserfin": lambda o: r_enscript("determinazione-carasco-jserfin", o, landscape=True,
                                                           font="Courier@8.4", skip="1.1", lpp=50),
}

if __name__ == "__main__":
    outdir = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or list(BUILD)
    os.makedirs(GEN, exist_ok=True)
    try:
        for n in names:
            BUILD[n](os.path.join(outdir, n + ".pdf"))
            print("built", n)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
