import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.units import mm
out = sys.argv[1]
def head(c, d):
    c.saveState(); c.setFont("Helvetica", 8)
    c.drawString(20*mm, 287*mm, "Comune di Fossalta di Portogruaro – Città metropolitana di Venezia")
    c.drawRightString(190*mm, 287*mm, "Deliberazione del Consiglio Comunale n. 9 del 26/03/2026 – pag. %d" % d.page)
    c.line(20*mm, 285*mm, 190*mm, 285*mm)
    c.drawCentredString(105*mm, 10*mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005")
    c.restoreState()
b = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
h = ParagraphStyle("h", parent=b, fontName="Helvetica-Bold", alignment=TA_CENTER)
t = lambda s, st=b: Paragraph(s, st)
S = [t("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", h), t("Adunanza ordinaria di prima convocazione – seduta pubblica", h),
 t("<b>OGGETTO: APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO DI GESTIONE DEI RIFIUTI URBANI E DELLE TARIFFE TARI PER L'ANNO 2026.</b>"),
 t("L'anno duemilaventisei il giorno ventisei del mese di marzo, alle ore 20:30, nella sala consiliare del Municipio, previo avviso scritto recapitato a norma di legge, si è riunito il Consiglio Comunale. Eseguito l'appello, risultano presenti i signori: Natale Sidran, Sindaco; Chiara Bravin, Consigliere; Marco Drigo, Consigliere; Elena Moretto, Consigliere; Paolo Sclippa, Consigliere; Giorgia Tonon, Consigliere; Fabio Vizzotto, Consigliere; Denis Bergamo, Consigliere; Lucia Furlanis, Consigliere; Ivo Stival, Consigliere. Risultano assenti giustificati: Sara Pitton, Consigliere; Renzo Zanin, Consigliere. Assente: Matteo Basso, Consigliere."),
 t("Partecipa il Segretario Generale dott.ssa Cristina Battiston, che cura la redazione del presente verbale. Il sig. Natale Sidran, nella sua qualità di Sindaco, assume la presidenza e, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta."),
 t("IL CONSIGLIO COMUNALE", h)]
for i in range(6):
    S.append(t("Richiamata la disciplina della tassa sui rifiuti di cui all'art. 1, commi 639 e seguenti, della legge 27 dicembre 2013, n. 147, e visto il metodo tariffario approvato dall'Autorità di Regolazione per Energia Reti e Ambiente con deliberazione n. 397/2025/R/rif; preso atto della validazione del piano economico finanziario da parte del Consiglio di Bacino Venezia Ambiente e ritenuto di confermare l'articolazione tariffaria tra utenze domestiche e non domestiche in vigore nel 2025, con un incremento medio contenuto entro il limite di crescita fissato dall'Autorità;"))
S += [t("Con voti favorevoli n. 7, contrari n. 3, astenuti nessuno, espressi per alzata di mano dai n. 10 consiglieri presenti e votanti,"), t("DELIBERA", h),
 t("1. di approvare il Piano Economico Finanziario 2026 del servizio di gestione dei rifiuti urbani, nell'importo complessivo di € 1.284.560,00;"),
 t("2. di approvare le tariffe TARI per l'anno 2026 come indicate nell'allegato prospetto;"),
 t("3. di stabilire il pagamento in due rate scadenti il 31 luglio e il 2 dicembre 2026;"),
 t("4. di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante il Portale del federalismo fiscale."),
 t("Successivamente, con voti favorevoli n. 7, contrari n. 3, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."),
 Spacer(1, 10), t("IL PRESIDENTE – Natale Sidran &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO GENERALE – dott.ssa Cristina Battiston")]
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=22*mm, bottomMargin=18*mm, title="Delibera CC", author="Civilia Next")
doc.build(S, onFirstPage=head, onLaterPages=head)
