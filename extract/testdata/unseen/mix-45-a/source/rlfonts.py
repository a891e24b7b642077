# shared: register Liberation / DejaVu TrueType fonts for ReportLab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
D = "/usr/share/fonts/truetype/liberation/"
def reg():
    for fam, base in (("LibSans", "LiberationSans"), ("LibSerif", "LiberationSerif")):
        for suf, b, i in (("-Regular", 0, 0), ("-Bold", 1, 0), ("-Italic", 0, 1), ("-BoldItalic", 1, 1)):
            name = fam + {(0, 0): "", (1, 0): "-B", (0, 1): "-I", (1, 1): "-BI"}[(b, i)]
            pdfmetrics.registerFont(TTFont(name, D + base + suf + ".ttf"))
            addMapping(fam, b, i, name)
