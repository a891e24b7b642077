# shared font registration for the reportlab scripts
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
L = '/usr/share/fonts/truetype/liberation2/'
def reg(fam, base):
    for suf, b, i in (('Regular',0,0),('Bold',1,0),('Italic',0,1),('BoldItalic',1,1)):
        name = fam + ('' if suf=='Regular' else '-'+suf)
        pdfmetrics.registerFont(TTFont(name, L + base + '-' + suf + '.ttf'))
        addMapping(fam, b, i, name)
reg('LSans', 'LiberationSans')
reg('LSerif', 'LiberationSerif')
reg('LMono', 'LiberationMono')
