import sys
from xhtml2pdf import pisa
with open(sys.argv[1], 'w+b') as out:
    r = pisa.CreatePDF(open('determina.html', encoding='utf-8').read(), dest=out, encoding='utf-8')
sys.exit(r.err)
