# Certificate of publication, Comune di Pietramelara - RML rendered by trml2pdf (ReportLab underneath)
import sys, trml2pdf
rml = open(sys.argv[1], encoding='utf-8').read()
open(sys.argv[2], 'wb').write(trml2pdf.parseString(rml))
