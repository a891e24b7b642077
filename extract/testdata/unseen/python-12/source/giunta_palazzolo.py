from fpdf import FPDF
from common import fpdf_crest, OUT

out = OUT + '/giunta-palazzolo-acreide-municipale.pdf'


class Doc(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font('Times', 'I', 8)
        self.cell(0, 5, 'Delibera G.M. n. 57/2025 - Pag. %d di {nb}' % self.page_no(), align='C')


pdf = Doc('P', 'mm', 'A4'); pdf.alias_nb_pages(); pdf.set_margins(22, 18, 22); pdf.set_auto_page_break(True, 20)
pdf.add_page()
fpdf_crest(pdf, 97, 12, 14, 17)
pdf.set_y(32); pdf.set_font('Times', 'B', 16); pdf.cell(0, 7, 'COMUNE DI PALAZZOLO ACREIDE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', 'I', 11); pdf.cell(0, 5, 'Libero Consorzio Comunale di Siracusa', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(6)
pdf.set_font('Times', 'B', 13); pdf.cell(0, 6, 'COPIA DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(1)
pdf.set_font('Times', '', 12); pdf.cell(0, 6, 'N. 57/2025                                                            Seduta del 22-4-2025', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', 'I', 10); pdf.cell(0, 5, "Proposta dell'Area Economico-Finanziaria n. 63 del 15.04.2025", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
W = pdf.epw
pdf.set_font('Times', 'B', 11); pdf.cell(22, 6, 'OGGETTO:')
pdf.set_font('Times', 'B', 11)
pdf.multi_cell(W - 22, 5.5, "Assegnazione risorse al Responsabile dell'Area Economico-Finanziaria per le spese relative ai festeggiamenti in onore di San Paolo Apostolo 2025 - Atto di indirizzo.", new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('Times', '', 11)
pdf.multi_cell(W, 5.5, "L'anno duemilaventicinque il giorno ventidue del mese di aprile alle ore 13,30 e seguenti, nella sala delle adunanze della Sede Municipale, si e' riunita la Giunta Municipale convocata nelle forme di legge. Presiede l'adunanza il Sindaco Avv. Salvatore Gallo e sono rispettivamente presenti ed assenti i seguenti Signori:", new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
rows = [('GALLO SALVATORE', 'Sindaco', 'X', ''), ('CARUSO ANTONELLA', 'Vice Sindaco', 'X', ''),
        ('MESSINA CORRADO', 'Assessore', 'X', ''), ('INTERLANDI GIUSEPPINA', 'Assessore', '', 'X'),
        ('SPADARO FABIO', 'Assessore', 'X', '')]
cw = [70, 45, 20, 20]
pdf.set_x(pdf.l_margin + 5)
pdf.set_font('Times', 'B', 10)
for h, w in zip(('Cognome e Nome', 'Carica', 'Presente', 'Assente'), cw):
    pdf.cell(w, 6, h, border=1, align='C')
pdf.ln()
pdf.set_font('Times', '', 10)
for r in rows:
    pdf.set_x(pdf.l_margin + 5)
    for k, (v, w) in enumerate(zip(r, cw)):
        pdf.cell(w, 6, v, border=1, align='L' if k < 2 else 'C')
    pdf.ln()
pdf.ln(1)
pdf.cell(0, 6, 'Assenti: Interlandi.', new_x='LMARGIN', new_y='NEXT')
pdf.multi_cell(W, 5.5, "Partecipa il Segretario Comunale Dott.ssa Maria Concetta Spadaro. Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la seduta ed invita i convenuti a deliberare sull'argomento in oggetto specificato.", new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('Times', 'B', 11); pdf.cell(0, 6, 'LA GIUNTA MUNICIPALE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', '', 11)
body = [
    "Vista l'allegata proposta di deliberazione n. 63 del 15.04.2025, formulata dall'Area Economico-Finanziaria, avente ad oggetto quanto sopra specificato;",
    "Visti i pareri favorevoli espressi, ai sensi dell'art. 53 della L. 142/1990, come recepito dalla L.R. 11 dicembre 1991, n. 48, e successive modifiche ed integrazioni, dai Responsabili delle Aree interessate in ordine alla regolarita' tecnica e contabile;",
    "Ritenuto che la festa del Patrono San Paolo Apostolo, che si svolge il 29 giugno di ogni anno, costituisce un evento di rilevante interesse religioso, culturale e turistico per la comunita' palazzolese, inserita nel patrimonio immateriale della Regione Siciliana (R.E.I.S.);",
    "Visto l'O.R.EE.LL. vigente nella Regione Siciliana;",
    "Con voti unanimi espressi in forma palese,",
]
for b in body:
    pdf.multi_cell(W, 5.5, b, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
pdf.set_font('Times', 'B', 11); pdf.cell(0, 6, 'D E L I B E R A', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', '', 11)
pts = [
    "a) di approvare la proposta di deliberazione indicata in premessa, che si allega al presente atto per farne parte integrante e sostanziale, facendone proprie motivazioni e dispositivo;",
    "b) di assegnare al Responsabile dell'Area Economico-Finanziaria la somma complessiva di Euro 18.500,00 per le spese relative ai festeggiamenti in onore di San Paolo Apostolo 2025, con imputazione al cap. 7120 del bilancio di previsione 2025/2027, esercizio 2025;",
    "c) di demandare al medesimo Responsabile l'adozione dei successivi atti gestionali;",
    "d) di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. 3 dicembre 1991, n. 44.",
]
for p in pts:
    pdf.set_x(pdf.l_margin + 6); pdf.multi_cell(W - 6, 5.5, p, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
pdf.ln(4)
pdf.multi_cell(W, 5.5, 'Letto, approvato e sottoscritto.', new_x='LMARGIN', new_y='NEXT'); pdf.ln(3)
pdf.set_font('Times', 'B', 10)
for a, b, c in (('IL SINDACO', "L'ASSESSORE ANZIANO", 'IL SEGRETARIO COMUNALE'),):
    pdf.cell(W / 3, 5, a, align='C'); pdf.cell(W / 3, 5, b, align='C'); pdf.cell(W / 3, 5, c, align='C'); pdf.ln()
pdf.set_font('Times', '', 10)
pdf.cell(W / 3, 5, 'F.to Avv. Salvatore Gallo', align='C'); pdf.cell(W / 3, 5, 'F.to Antonella Caruso', align='C'); pdf.cell(W / 3, 5, 'F.to Dott.ssa M. C. Spadaro', align='C'); pdf.ln(10)
pdf.set_font('Times', 'I', 9)
pdf.multi_cell(W, 4.5, "E' copia conforme all'originale, in carta libera, per uso amministrativo. Palazzolo Acreide, li' 23-4-2025", new_x='LMARGIN', new_y='NEXT')
pdf.output(out)
