# reportlab: letterhead and foot as Form XObjects on both pages; body in two columns;
# blocks written to the content stream out of reading order (signature and right column first)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Ordinanza 12/2026 Area Tecnica")
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawCentredString(W/2, 805, "COMUNE DI SANT'ANGELO LE FRATTE")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, 792, "Provincia di Potenza – Via Roma, 2 – 85050 Sant'Angelo Le Fratte")
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, 778, "AREA TECNICA – Servizio Viabilità e Patrimonio"); c.line(40, 770, W-40, 770); c.endForm()
c.beginForm("foot"); c.line(40, 45, W-40, 45); c.setFont("Helvetica", 7.5)
c.drawString(40, 34, "Ord. n. 12/2026 – Area Tecnica – documento firmato digitalmente ai sensi del D.Lgs. 82/2005"); c.endForm()
def wrap(t, f, sz, w):
    out, l = [], []
    for x in t.split():
        if stringWidth(" ".join(l+[x]), f, sz) > w: out.append(" ".join(l)); l = [x]
        else: l.append(x)
    return out + [" ".join(l)]
def block(x, y, paras, w=245, f="Helvetica", sz=9.5, lead=12.5):
    for p in paras:
        fn = "Helvetica-Bold" if p.isupper() and len(p) < 20 else f
        for line in wrap(p, fn, sz, w):
            c.setFont(fn, sz); c.drawString(x, y, line); y -= lead
        y -= 5
    return y
col1 = ["IL RESPONSABILE DELL'AREA TECNICA",
 "PREMESSO che lungo numerose strade comunali esterne, e in particolare sulle strade di contrada Frasso, contrada Serra e contrada Tempa, la vegetazione dei fondi confinanti invade la sede stradale e ne riduce la visibilità;",
 "CONSIDERATO che rami e siepi sporgenti costituiscono pericolo per la circolazione e che la vegetazione secca aumenta il rischio di incendi nella stagione estiva;",
 "VISTI gli artt. 29 e 31 del D.Lgs. 30 aprile 1992, n. 285 e l'art. 26 del relativo Regolamento di esecuzione;",
 "VISTO l'art. 107 del D.Lgs. 18 agosto 2000, n. 267 e il decreto sindacale di nomina n. 2 del 2 gennaio 2026;"]
col2 = ["ORDINA",
 "1. ai proprietari, affittuari e conduttori dei fondi confinanti con le strade comunali di tagliare rami, siepi e piantagioni che si protendono oltre il confine stradale, entro il 31 maggio 2026;",
 "2. di rimuovere dalla carreggiata e dalle cunette i residui delle potature e ogni altro materiale che ostacoli il deflusso delle acque;",
 "3. di mantenere pulite da sterpaglie e vegetazione secca le fasce laterali per una profondità di almeno 3 metri fino al 30 settembre 2026;",
 "4. che, in caso di inadempienza, l'Amministrazione provvederà d'ufficio con addebito delle spese ai trasgressori, ferma restando la sanzione prevista dall'art. 29 del Codice della Strada.",
 "AVVERTE",
 "che contro la presente ordinanza è ammesso ricorso al T.A.R. Basilicata entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione."]
# page 1: right column drawn first, then title, then left column
c.doForm("foot")
block(310, 640, col2[:4])
c.doForm("head")
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, 748, "ORDINANZA N. 12 DEL 15/04/2026")
c.setFont("Helvetica-Bold", 9.5)
y = 728
for l in wrap("OGGETTO: Obbligo di taglio di siepi e rami sporgenti e di pulizia delle fasce laterali delle strade comunali esterne – anno 2026.", "Helvetica-Bold", 9.5, W-80):
    c.drawString(40, y, l); y -= 12.5
c.line(W/2, 655, W/2, 70)
block(40, 640, col1)
c.drawRightString(W-40, 55, "pagina 1 di 2")
c.showPage()
# page 2: signature first, then text
c.setFont("Helvetica", 9.5); c.drawString(330, 520, "IL RESPONSABILE DELL'AREA TECNICA"); c.drawString(330, 506, "arch. Donato Lapenta")
c.doForm("head"); c.doForm("foot")
y = block(40, 740, col2[4:], w=W-80)
block(40, y, ["DISPONE che la presente ordinanza sia pubblicata all'Albo Pretorio on line e che la Polizia Locale ne curi l'osservanza.",
              "Sant'Angelo Le Fratte, 15/04/2026"], w=W-80)
c.setFont("Helvetica", 7.5); c.drawRightString(W-40, 55, "pagina 2 di 2")
c.showPage(); c.save()
