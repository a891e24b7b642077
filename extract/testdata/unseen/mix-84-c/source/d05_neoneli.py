# fpdf2: full-width heading, body set in two newspaper columns (left column filled, then the right)
import sys
from fpdf import FPDF
pdf = FPDF(format="A4"); pdf.set_margins(18, 15, 18); pdf.set_auto_page_break(False)
D = "/usr/share/fonts/truetype/dejavu/"
pdf.add_font("DV", "", D + "DejaVuSerif.ttf"); pdf.add_font("DV", "B", D + "DejaVuSerif-Bold.ttf"); pdf.add_font("DV", "I", D + "DejaVuSerif-Italic.ttf")
pdf.set_creator("APKappa Hypersic - Protocollo"); pdf.set_title("Avviso di mobilità")
pdf.add_page()
pdf.set_font("DV", "B", 17); pdf.cell(0, 9, "COMUNE DI NEONELI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "I", 10); pdf.cell(0, 5, "Provincia di Oristano", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 9.5); pdf.cell(0, 5, "AREA AMMINISTRATIVA – Ufficio Personale", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.6); pdf.line(18, pdf.get_y() + 2, 192, pdf.get_y() + 2); pdf.ln(6)
pdf.set_font("DV", "", 9.5); pdf.cell(0, 5, "Prot. n. 1033 del 07/04/2026", align="R", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
pdf.set_fill_color(225, 232, 240); pdf.set_font("DV", "B", 11.5)
pdf.multi_cell(0, 6.2, "AVVISO PUBBLICO DI MOBILITÀ ESTERNA VOLONTARIA PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE AMMINISTRATIVO-CONTABILE A TEMPO PIENO E INDETERMINATO", border=1, align="C", fill=True, padding=2)
pdf.ln(5)
paras = [
 ("B", "IL SEGRETARIO COMUNALE"),
 ("", "Visto l'art. 30 del D.Lgs. 30 marzo 2001, n. 165; visto il Piano Integrato di Attività e Organizzazione 2026-2028 approvato con deliberazione della Giunta comunale n. 14 del 12/02/2026; in esecuzione della determinazione n. 31 del 03/04/2026;"),
 ("B", "RENDE NOTO"),
 ("", "che è indetta una procedura di mobilità esterna volontaria, per titoli e colloquio, per la copertura di n. 1 posto di Istruttore amministrativo-contabile, Area degli Istruttori, a tempo pieno e indeterminato, da assegnare all'Area Finanziaria."),
 ("B", "Art. 1 – Requisiti"),
 ("", "Possono partecipare i dipendenti a tempo indeterminato di pubbliche amministrazioni inquadrati nell'Area degli Istruttori (ex cat. C), profilo amministrativo o contabile, che abbiano superato il periodo di prova e siano in possesso del nulla osta preventivo dell'ente di appartenenza, ove richiesto."),
 ("B", "Art. 2 – Domanda"),
 ("", "La domanda, redatta sul modello allegato e corredata del curriculum vitae, deve pervenire entro le ore 12:00 del 7 maggio 2026 esclusivamente via PEC a protocollo@pec.comune.neoneli.or.it."),
 ("B", "Art. 3 – Colloquio"),
 ("", "Il colloquio si terrà il giorno 19 maggio 2026 alle ore 10:00 presso la sede municipale di via Roma 16. L'assenza equivale a rinuncia."),
 ("B", "Art. 4 – Trattamento dei dati"),
 ("", "I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 per le sole finalità della procedura. Responsabile del procedimento: rag. Paola Atzori."),
]
colw, gap = 84, 6; top = pdf.get_y(); bottom = 262; x = 18
pdf.set_xy(x, top)
for st, txt in paras:
    pdf.set_font("DV", st, 9.5)
    need = len(pdf.multi_cell(colw, 4.6, txt, dry_run=True, output="LINES")) * 4.6 + 2
    if pdf.get_y() + need > bottom and x == 18:
        x = 18 + colw + gap; pdf.set_xy(x, top)
    pdf.set_x(x); pdf.multi_cell(colw, 4.6, txt, align="C" if st else "J", new_x="LEFT", new_y="NEXT"); pdf.set_y(pdf.get_y() + 2)
pdf.set_y(max(pdf.get_y(), 236) + 4)
pdf.set_font("DV", "", 9.5); pdf.set_x(110); pdf.cell(80, 5, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "I", 9.5); pdf.set_x(110); pdf.cell(80, 5, "dott. Efisio Porcu", align="C")
pdf.set_font("DV", "", 7); pdf.set_xy(18, 282); pdf.cell(0, 4, "Comune di Neoneli – via Roma 16, 09080 Neoneli (OR) – tel. 0783 67741", align="C")
pdf.output(sys.argv[1])
