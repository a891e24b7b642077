"""Consiglio deliberation, Comune di Bagnoregio: J-Iride-like verbale, 11 members with S/N presence column, majority vote, not immediately executive. fpdf2, core Times."""
from fpdf import FPDF
from common import out

class P(FPDF):
    def footer(self):
        self.set_y(-12); self.set_font('Times', 'I', 8)
        self.cell(0, 4, 'Deliberazione del Consiglio Comunale n. 38 del 29/09/2025  -  pag. %d' % self.page_no(), align='R')

pdf = P(format='A4'); pdf.set_margins(22, 15, 22); pdf.set_auto_page_break(True, 18)
pdf.set_title('DCC 38/2025')
pdf.add_page()
pdf.set_font('Times', 'B', 16); pdf.cell(0, 8, 'COMUNE DI BAGNOREGIO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', '', 11); pdf.cell(0, 5, 'Provincia di Viterbo', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(5)
pdf.set_font('Times', 'B', 11)
pdf.cell(0, 6, 'COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('Times', '', 11)
pdf.cell(83, 6, 'N.  38', border='TB'); pdf.cell(83, 6, 'Data  29/09/2025', border='TB', align='R', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', 'I', 10)
pdf.cell(0, 6, 'Adunanza ordinaria di prima convocazione - seduta pubblica', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('Times', 'B', 11)
pdf.cell(20, 5.5, 'Oggetto:')
pdf.multi_cell(0, 5.5, 'Ratifica della variazione di bilancio adottata dalla Giunta Comunale in via d\'urgenza con deliberazione n. 77 del 04/08/2025, ai sensi dell\'art. 175, comma 4, del D.Lgs. n. 267/2000.', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
L = 5.4
def p(t, st='', al='J'):
    pdf.set_font('Times', st, 11); pdf.multi_cell(0, L, t, align=al, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.2)
p("L'anno duemilaventicinque addì ventinove del mese di settembre alle ore 18.30, nella Sala consiliare del Palazzo Comunale, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale. All'appello risultano:")
rows = [('CORSINI LUCA', 'Sindaco', 'S'), ('PAGLIACCIA DANIELA', 'Consigliere', 'S'), ('BRUGNOLI FABIO', 'Consigliere', 'S'),
        ('MECHELLI ROBERTA', 'Consigliere', 'S'), ('CIRIONI STEFANO', 'Consigliere', 'N'), ('TRAMONTANA ELISA', 'Consigliere', 'S'),
        ('BISCETTI GIANLUCA', 'Consigliere', 'S'), ('FANELLI MONICA', 'Consigliere', 'S'), ('ROSATI MAURIZIO', 'Consigliere', 'N'),
        ('VESPASIANI CARLA', 'Consigliere', 'S'), ('MORUCCI ALBERTO', 'Consigliere', 'S')]
pdf.ln(1)
pdf.set_font('Times', 'B', 10)
pdf.set_x(35); pdf.cell(70, 5.5, 'Cognome e Nome', border='B'); pdf.cell(40, 5.5, 'Carica', border='B'); pdf.cell(25, 5.5, 'Presente', border='B', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', '', 10.5)
for n, r, pr in rows:
    pdf.set_x(35); pdf.cell(70, 5, n); pdf.cell(40, 5, r); pdf.cell(25, 5, pr, align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(35); pdf.set_font('Times', 'B', 10.5)
pdf.cell(135, 6, 'Presenti: 9     Assenti: 2', border='T', align='R', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
p("Assiste il Segretario Comunale Dott.ssa Paola Santoni, il quale provvede alla redazione del presente verbale.")
p("Assume la presidenza il Sig. Luca Corsini nella sua qualità di Sindaco, il quale, riconosciuta la validità dell'adunanza, dichiara aperta la seduta ed invita il Consiglio a deliberare sull'oggetto sopra indicato.")
pdf.ln(1)
p('IL CONSIGLIO COMUNALE', 'B', 'C')
for t in [
 "RICHIAMATA la deliberazione del Consiglio Comunale n. 12 del 28/03/2025, esecutiva, con la quale è stato approvato il bilancio di previsione finanziario 2025/2027;",
 "VISTA la deliberazione della Giunta Comunale n. 77 del 04/08/2025, dichiarata immediatamente eseguibile, con la quale, in via d'urgenza, è stata apportata una variazione al bilancio di previsione 2025/2027 per far fronte alle spese di ripristino della viabilità di accesso a Civita a seguito degli eventi franosi del mese di luglio, per complessivi euro 68.500,00;",
 "VISTO l'art. 175, comma 4, del D.Lgs. n. 267/2000, secondo cui le variazioni di bilancio adottate dall'organo esecutivo in via d'urgenza devono essere ratificate dal Consiglio entro i sessanta giorni seguenti e comunque entro il 31 dicembre dell'anno in corso;",
 "ACQUISITO il parere favorevole del Revisore unico dei conti, prot. n. 9912 del 12/08/2025;",
 "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 dal Responsabile del Servizio Finanziario;",
 "UDITI gli interventi dei Consiglieri Vespasiani e Morucci, i quali annunciano voto contrario ritenendo insufficiente lo stanziamento destinato alla messa in sicurezza del versante;",
]:
    p(t)
p("Con voti favorevoli n. 7 e contrari n. 2 (Vespasiani, Morucci), nessun astenuto, espressi per alzata di mano dai n. 9 Consiglieri presenti e votanti,")
p('DELIBERA', 'B', 'C')
for i, t in enumerate([
 "di ratificare, ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000, la deliberazione della Giunta Comunale n. 77 del 04/08/2025 avente ad oggetto \"Variazione d'urgenza al bilancio di previsione 2025/2027\";",
 "di dare atto che, a seguito della variazione, permangono gli equilibri di bilancio di cui all'art. 193 del D.Lgs. n. 267/2000;",
 "di trasmettere la presente deliberazione al Tesoriere comunale per gli adempimenti di competenza.",
], 1):
    pdf.set_font('Times', '', 11); pdf.cell(8, L, '%d.' % i); pdf.multi_cell(0, L, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
pdf.ln(4)
p('Letto, approvato e sottoscritto.', 'I')
pdf.ln(3)
y = pdf.get_y()
pdf.set_font('Times', 'B', 10.5)
pdf.set_xy(22, y); pdf.cell(80, 5, 'IL PRESIDENTE', align='C'); pdf.set_xy(108, y); pdf.cell(80, 5, 'IL SEGRETARIO COMUNALE', align='C')
pdf.set_font('Times', '', 10.5)
pdf.set_xy(22, y + 5.5); pdf.cell(80, 5, 'F.to Luca Corsini', align='C'); pdf.set_xy(108, y + 5.5); pdf.cell(80, 5, 'F.to Dott.ssa Paola Santoni', align='C')
pdf.set_y(y + 18)
pdf.set_font('Times', 'B', 10); pdf.cell(0, 5, 'ESECUTIVITÀ', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', '', 10)
pdf.multi_cell(0, 4.8, "La presente deliberazione diverrà esecutiva decorsi dieci giorni dall'inizio della pubblicazione all'Albo Pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. n. 267/2000.", align='J')
pdf.output(out('consiglio-bagnoregio-jiride.pdf'))
