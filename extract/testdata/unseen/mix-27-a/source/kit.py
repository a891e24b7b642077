# helpers shared by the scripts of mix-27-a (copied from the sibling set mix-26-a)
import os, subprocess, shutil, tempfile
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
LIB = '/usr/share/fonts/truetype/liberation/'
DJV = '/usr/share/fonts/truetype/dejavu/'

def fonts():
    for n, f in [('Serif', LIB + 'LiberationSerif-Regular.ttf'), ('Serif-B', LIB + 'LiberationSerif-Bold.ttf'),
                 ('Serif-I', LIB + 'LiberationSerif-Italic.ttf'), ('Sans', LIB + 'LiberationSans-Regular.ttf'),
                 ('Sans-B', LIB + 'LiberationSans-Bold.ttf'), ('Sans-I', LIB + 'LiberationSans-Italic.ttf'),
                 ('DSans', DJV + 'DejaVuSans.ttf'), ('DSans-B', DJV + 'DejaVuSans-Bold.ttf')]:
        pdfmetrics.registerFont(TTFont(n, f))

def docx_to_pdf(docx_path, pdf_name):
    """convert with LibreOffice (headless) and move the PDF into OUT under pdf_name"""
    d = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + d + '/prof',
                    '--convert-to', 'pdf', '--outdir', d, docx_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    src = os.path.join(d, os.path.splitext(os.path.basename(docx_path))[0] + '.pdf')
    shutil.move(src, os.path.join(OUT, pdf_name)); shutil.rmtree(d, ignore_errors=True)

def wrap(text, font, size, width, first=None):
    words = text.split(' '); lines = []; cur = ''
    for w in words:
        lim = first if (first is not None and not lines) else width
        t = (cur + ' ' + w) if cur else w
        if stringWidth(t, font, size) <= lim or not cur: cur = t
        else: lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines

def tw_par(c, text, x, y, width, font, size, leading, indent=0):
    """justified by Tw (word spacing), one Tj per line"""
    lines = wrap(text, font, size, width, first=width - indent)
    for i, ln in enumerate(lines):
        xx = x + (indent if i == 0 else 0); w = width - (indent if i == 0 else 0)
        t = c.beginText(xx, y); t.setFont(font, size); n = ln.count(' ')
        t.setWordSpace((w - stringWidth(ln, font, size)) / n if (i < len(lines) - 1 and n) else 0)
        t.textOut(ln); c.drawText(t); y -= leading
    return y

def tc_par(c, text, x, y, width, font, size, leading, indent=0):
    """justified by Tc (character spacing)"""
    lines = wrap(text, font, size, width, first=width - indent)
    for i, ln in enumerate(lines):
        xx = x + (indent if i == 0 else 0); w = width - (indent if i == 0 else 0)
        t = c.beginText(xx, y); t.setFont(font, size)
        cs = (w - stringWidth(ln, font, size)) / (len(ln) - 1) if (i < len(lines) - 1 and len(ln) > 1) else 0
        t.setCharSpace(cs); t.textOut(ln); t.setCharSpace(0); c.drawText(t); y -= leading
    return y

def glyph_line(c, text, x, y, font, size, extra_space=0.0):
    """each glyph its own BT/ET at an absolute position; spaces are not drawn"""
    for ch in text:
        w = stringWidth(ch, font, size)
        if ch == ' ': x += w + extra_space; continue
        c.setFont(font, size); c.drawString(x, y, ch); x += w
    return x

def glyph_par(c, text, x, y, width, font, size, leading, indent=0, justify=True):
    lines = wrap(text, font, size, width, first=width - indent)
    for i, ln in enumerate(lines):
        xx = x + (indent if i == 0 else 0); w = width - (indent if i == 0 else 0); n = ln.count(' ')
        ex = (w - stringWidth(ln, font, size)) / n if (justify and i < len(lines) - 1 and n) else 0
        glyph_line(c, ln, xx, y, font, size, ex); y -= leading
    return y

def spaced(c, text, x, y, font, size, cs, center=None):
    """letter-spaced heading drawn with Tc"""
    w = stringWidth(text, font, size) + cs * (len(text) - 1)
    if center is not None: x = center - w / 2
    t = c.beginText(x, y); t.setFont(font, size); t.setCharSpace(cs); t.textOut(text); t.setCharSpace(0); c.drawText(t)
