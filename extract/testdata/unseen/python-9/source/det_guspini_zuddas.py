# Comune di Guspini - Determinazione del Responsabile di Settore - imitating a Zuddas-like print (ReportLab canvas, core Courier)
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from canvaswriter import Writer, pair

c = canvas.Canvas("../det-guspini-zuddas.pdf", pagesize=A4)
c.setTitle("Determinazione n. 734 del 21/11/2025")
F, FB = "Courier", "Courier-Bold"
def endp(w):
    c.setFont(F, 7); c.drawCentredString(105*mm, 11*mm, "Determinazione n. 734 del 21/11/2025 - pagina %d" % c.getPageNumber())
c.setFont("Helvetica-Bold", 15); c.drawString(22*mm, 280*mm, "COMUNE DI GUSPINI")
c.setFont("Helvetica", 9); c.drawString(22*mm, 275*mm, "Provincia del Sud Sardegna")
c.setFont("Helvetica", 7.5); c.drawString(22*mm, 271*mm, "Via Don Minzoni, 10 - 09036 Guspini (SU) - tel. 070 97601")
c.setLineWidth(0.8); c.line(22*mm, 268*mm, 188*mm, 268*mm)
w = Writer(c, top=262*mm, on_end_page=endp)
w.text("SETTORE TECNICO MANUTENTIVO E AMBIENTE", FB, 10.5, align="center", after=1)
w.text("Ufficio Igiene Urbana", F, 9.5, align="center", after=8)
c.rect(40*mm, w.y - 15*mm, 130*mm, 15*mm)
w.y -= 2*mm
w.text("DETERMINAZIONE N. 734 DEL 21/11/2025", FB, 11.5, align="center", after=1)
w.text("(Proposta n. 812 del 19/11/2025 - Registro del Settore n. 96)", F, 8.5, align="center", after=12)
w.text("OGGETTO: SERVIZIO DI RACCOLTA E TRASPORTO DEI RIFIUTI URBANI. LIQUIDAZIONE CORRISPETTIVO ALLA DITTA ECOSERVIZI LINAS "
       "S.R.L. PER IL MESE DI OTTOBRE 2025.", FB, 10, hang=0, justify=False, after=10)
w.text("IL RESPONSABILE DEL SETTORE", FB, 10.5, align="center", after=6)
for t in [
 "Visto il decreto del Sindaco n. 14 del 30/12/2024, con il quale al sottoscritto e' stata attribuita la responsabilita' del "
 "Settore Tecnico Manutentivo e Ambiente;",
 "Premesso che con determinazione n. 1021 del 28/12/2022 il servizio di raccolta e trasporto dei rifiuti urbani e' stato "
 "aggiudicato alla ditta Ecoservizi Linas S.r.l., con sede in Villacidro, per il periodo 01/03/2023 - 28/02/2030, e che il "
 "relativo contratto e' stato stipulato in data 14/02/2023, rep. n. 2217;",
 "Vista la fattura elettronica n. 418/PA del 05/11/2025, acquisita al protocollo n. 19844 del 06/11/2025, dell'importo di "
 "Euro 86.412,50 oltre IVA 10%, per complessivi Euro 95.053,75, relativa al servizio reso nel mese di ottobre 2025;",
 "Accertata la regolare esecuzione del servizio, come da attestazione del Direttore dell'Esecuzione del Contratto, e verificata "
 "la regolarita' contributiva della ditta mediante DURC prot. INAIL_50812377, valido fino al 12/02/2026;",
 "Dato atto che il codice CIG del contratto e' 9487120C3D;",
 "Visti il D.Lgs. 267/2000 e il vigente Regolamento comunale di contabilita';"]:
    w.text(t, F, 9.5, justify=False, after=4)
w.space(4)
w.text("D E T E R M I N A", FB, 10.5, align="center", after=6)
for t in [
 "DI LIQUIDARE alla ditta Ecoservizi Linas S.r.l., P.IVA 03318790926, la somma di Euro 86.412,50 a titolo di corrispettivo per il "
 "servizio di raccolta e trasporto dei rifiuti urbani reso nel mese di ottobre 2025;",
 "DI VERSARE all'Erario la somma di Euro 8.641,25 a titolo di IVA, secondo il regime della scissione dei pagamenti di cui "
 "all'art. 17-ter del D.P.R. 633/1972;",
 "DI IMPUTARE la spesa complessiva di Euro 95.053,75 sull'impegno n. 218/2025, capitolo 9530/10 del bilancio 2025;",
 "DI DARE ATTO che il presente provvedimento sara' pubblicato all'Albo Pretorio on line e nella sezione Amministrazione "
 "Trasparente del sito istituzionale."]:
    w.text(t, F, 9.5, justify=False, after=5)
w.space(10); w.need(40)
pair(w, "Guspini, 21/11/2025", "Il Responsabile del Settore", F, 9.5)
pair(w, "", "Ing. Paolo Serra", F, 9.5)
pair(w, "", "(firmato digitalmente)", F, 8)
w.space(12)
w.text("SERVIZIO FINANZIARIO", FB, 9.5, align="center", after=3)
w.text("Si attesta la regolarita' contabile e la copertura finanziaria della spesa ai sensi dell'art. 184 del D.Lgs. 267/2000. "
       "Mandato in corso di emissione. Il Responsabile del Settore Finanziario Dott.ssa Marcella Pinna - 24/11/2025.", F, 8.5,
       justify=False)
endp(w)
c.save()
