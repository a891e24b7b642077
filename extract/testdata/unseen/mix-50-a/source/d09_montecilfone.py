# Comune di Montecilfone - certificate of publication: a pre-printed form (Times) whose blanks of
# underscores are filled in with typed values (Courier) written inline over the blanks (Studio K-like)
import sys
from fpdf import FPDF
out = sys.argv[1]
pdf = FPDF('P', 'mm', 'A4'); pdf.set_margins(22, 18, 20); pdf.set_auto_page_break(False)
pdf.set_title('Attestazione di pubblicazione'); pdf.set_creator('Studio K - Sk Albo'); pdf.set_author('Comune di Montecilfone')
pdf.add_page()
pdf.set_font('Times', 'B', 17); pdf.cell(0, 8, 'COMUNE DI MONTECILFONE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', 'I', 11); pdf.cell(0, 6, 'Provincia di Campobasso', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', '', 9); pdf.cell(0, 5, 'Piazza Municipio, 1 - 86032 Montecilfone (CB) - Tel. 0875 979131', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.line(22, pdf.get_y() + 2, 190, pdf.get_y() + 2); pdf.ln(10)
pdf.set_font('Times', 'B', 14); pdf.cell(0, 7, 'ATTESTAZIONE DI PUBBLICAZIONE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', '', 10.5); pdf.cell(0, 6, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(8)
LH = 9
Y = [pdf.get_y() + 6]
def line(*segs, gap=LH):
    """one form line: str = printed label (Times); (value, width_mm) = blank of underscores with typed value over it"""
    x = 22
    for sg in segs:
        if isinstance(sg, str):
            pdf.set_font('Times', '', 12); pdf.text(x, Y[0], sg); x += pdf.get_string_width(sg)
        else:
            val, w = sg
            pdf.set_font('Times', '', 12); n = int(w / pdf.get_string_width('_'))
            pdf.text(x, Y[0], '_' * n); fw = pdf.get_string_width('_' * n)
            if val:
                pdf.set_font('Courier', 'B', 11.5); vw = pdf.get_string_width(val)
                pdf.text(x + (fw - vw) / 2, Y[0] - 1.1, val)
            x += fw
    Y[0] += gap
def center(t, bold=True):
    pdf.set_font('Times', 'B' if bold else '', 12); pdf.text(105 - pdf.get_string_width(t) / 2 + 1, Y[0], t); Y[0] += LH
line('Il sottoscritto Responsabile della pubblicazione, visti gli atti d\'ufficio,', gap=LH + 3)
center('A T T E S T A')
line('che la deliberazione della ', ('GIUNTA COMUNALE', 58), ' n. ', ('21', 16), ' del ', ('05/03/2026', 36))
line('avente ad oggetto:')
for sj in ['APPROVAZIONE DEL PROGETTO DI FATTIBILITA\' TECNICA ED', 'ECONOMICA PER LA RIQUALIFICAZIONE ENERGETICA DELLA', 'SCUOLA DELL\'INFANZIA "S. GIORGIO" - CUP E47H26000040005']:
    line(('  ' + sj, 166))
Y[0] += 2
line('e\' stata pubblicata all\'Albo Pretorio on line di questo Comune dal ', ('06/03/2026', 30), ' al ')
line(('21/03/2026', 30), ' per quindici giorni consecutivi, con il n. ', ('187', 18), ' del Registro')
line('delle pubblicazioni, senza che siano pervenuti reclami od opposizioni.', gap=LH + 4)
center('A T T E S T A   A L T R E S I\'')
line('[   ]  che la stessa e\' divenuta esecutiva il ', ('', 30), ' decorsi dieci giorni dalla')
line('         pubblicazione (art. 134, comma 3, D.Lgs. 267/2000);')
line('[ X ]  che la stessa e\' stata dichiarata immediatamente eseguibile (art. 134, comma 4).', gap=LH + 10)
line('Montecilfone, li ', ('23/03/2026', 36), gap=LH + 8)
pdf.set_y(Y[0])
pdf.set_x(115); pdf.set_font('Times', '', 12); pdf.cell(70, 6, 'IL RESPONSABILE DELLA PUBBLICAZIONE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(115); pdf.set_font('Courier', 'B', 11.5); pdf.cell(70, 6, 'Rag. Michele Tanasso', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(115); pdf.set_font('Times', '', 12); pdf.cell(70, 6, '_______________________________', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_y(280); pdf.set_font('Times', 'I', 8); pdf.cell(0, 4, 'Mod. PUB/03 - Attestazione di avvenuta pubblicazione', align='L')
pdf.output(out)
