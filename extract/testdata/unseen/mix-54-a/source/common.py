import os
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
F = '/usr/share/fonts/truetype/liberation/'
D = '/usr/share/fonts/truetype/dejavu/'
def reg():
    for n, f in [('LSans', F+'LiberationSans-Regular.ttf'), ('LSans-B', F+'LiberationSans-Bold.ttf'),
                 ('LSans-I', F+'LiberationSans-Italic.ttf'), ('LSerif', F+'LiberationSerif-Regular.ttf'),
                 ('LSerif-B', F+'LiberationSerif-Bold.ttf'), ('LSerif-I', F+'LiberationSerif-Italic.ttf'),
                 ('DSans', D+'DejaVuSans.ttf'), ('DSans-B', D+'DejaVuSans-Bold.ttf'),
                 ('DSerif', D+'DejaVuSerif.ttf'), ('DSerif-B', D+'DejaVuSerif-Bold.ttf')]:
        pdfmetrics.registerFont(TTFont(n, f))
    from reportlab.lib.fonts import addMapping
    addMapping('LSans', 0, 0, 'LSans'); addMapping('LSans', 1, 0, 'LSans-B'); addMapping('LSans', 0, 1, 'LSans-I'); addMapping('LSans', 1, 1, 'LSans-B')
    addMapping('LSerif', 0, 0, 'LSerif'); addMapping('LSerif', 1, 0, 'LSerif-B'); addMapping('LSerif', 0, 1, 'LSerif-I'); addMapping('LSerif', 1, 1, 'LSerif-B')
