import os
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
L = '/usr/share/fonts/truetype/liberation/'
for n, f in [('LSans', 'LiberationSans-Regular.ttf'), ('LSans-B', 'LiberationSans-Bold.ttf'),
             ('LSans-I', 'LiberationSans-Italic.ttf'), ('LSerif', 'LiberationSerif-Regular.ttf'),
             ('LSerif-B', 'LiberationSerif-Bold.ttf'), ('LSerif-I', 'LiberationSerif-Italic.ttf'),
             ('LMono', 'LiberationMono-Regular.ttf'), ('LMono-B', 'LiberationMono-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(n, L + f))
from reportlab.lib.fonts import addMapping
addMapping('LSans', 0, 0, 'LSans'); addMapping('LSans', 1, 0, 'LSans-B'); addMapping('LSans', 0, 1, 'LSans-I'); addMapping('LSans', 1, 1, 'LSans-B')
addMapping('LSerif', 0, 0, 'LSerif'); addMapping('LSerif', 1, 0, 'LSerif-B'); addMapping('LSerif', 0, 1, 'LSerif-I'); addMapping('LSerif', 1, 1, 'LSerif-B')
def out(name):
    return os.path.join(OUT, name)
