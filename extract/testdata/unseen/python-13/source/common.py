import os
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
DJ = '/usr/share/fonts/truetype/dejavu/'
def out(name):
    return os.path.join(OUT, name)
def reg_rl():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in [('DejaVuSans', 'DejaVuSans.ttf'), ('DejaVuSans-Bold', 'DejaVuSans-Bold.ttf'),
                 ('DejaVuSans-Oblique', 'DejaVuSans-Oblique.ttf'),
                 ('DejaVuSerif', 'DejaVuSerif.ttf'), ('DejaVuSerif-Bold', 'DejaVuSerif-Bold.ttf'),
                 ('DejaVuSerif-Italic', 'DejaVuSerif-Italic.ttf'),
                 ('DejaVuSansCondensed', 'DejaVuSansCondensed.ttf'),
                 ('DejaVuSansCondensed-Bold', 'DejaVuSansCondensed-Bold.ttf')]:
        pdfmetrics.registerFont(TTFont(n, DJ + f))
