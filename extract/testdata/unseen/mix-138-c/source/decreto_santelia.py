"""Sant'Elia Fiumerapido, Sicraweb-like decree of the Commissario
Straordinario (exercising the Sindaco's powers). ReportLab canvas, standard
Times faces, justified with Tw; the number stands in the title, the date only
in the place-and-date line before the signature."""
import sys
from reportlab.pdfgen import canvas
from rlkit import Flow, PAGE_W, PAGE_H

out = sys.argv[1]
c = canvas.Canvas(out, pagesize=(PAGE_W, PAGE_H))
c.setTitle("Decreto del Commissario Straordinario n. 1/2029")
c.setAuthor("Comune di Sant'Elia Fiumerapido")
c.setCreator("Sicraweb - Atti amministrativi")
L, R = 62, PAGE_W - 56
BLUE = (0.12, 0.24, 0.42)


def letterhead(c):
    # crest outline
    c.setStrokeColorRGB(*BLUE)
    c.setLineWidth(0.9)
    p = c.beginPath()
    p.moveTo(L, PAGE_H - 40)
    p.lineTo(L + 40, PAGE_H - 40)
    p.lineTo(L + 40, PAGE_H - 76)
    p.curveTo(L + 40, PAGE_H - 92, L + 20, PAGE_H - 98, L + 20, PAGE_H - 98)
    p.curveTo(L + 20, PAGE_H - 98, L, PAGE_H - 92, L, PAGE_H - 76)
    p.close()
    c.drawPath(p)
    c.setFillColorRGB(*BLUE)
    c.setFont("Times-Bold", 17)
    c.drawString(L + 54, PAGE_H - 60, "COMUNE DI SANT'ELIA FIUMERAPIDO")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Times-Italic", 10.5)
    c.drawString(L + 54, PAGE_H - 75, "Provincia di Frosinone")
    c.setFont("Times-Roman", 8)
    c.drawString(L + 54, PAGE_H - 88, "Gestione commissariale - D.P.R. 21 novembre 2028")
    c.setLineWidth(1.2)
    c.line(L, PAGE_H - 106, R, PAGE_H - 106)
    c.setFont("Times-Roman", 8)
    c.drawCentredString(PAGE_W / 2, 30, "Decreto del Commissario Straordinario n. 1/2029")


letterhead(c)
f = Flow(c, L, R - L, PAGE_H - 130, 60, letterhead)

c.setFont("Times-Roman", 10)
c.drawRightString(R, f.y, "Prot. n. 214")
f.skip(26)
f.centre("DECRETO DEL COMMISSARIO STRAORDINARIO N. 1", "Times-Bold", 13.5, after=0)
f.centre("(nell'esercizio delle attribuzioni del Sindaco)", "Times-Italic", 10.5, after=12)

# OGGETTO with hanging indent
c.setFont("Times-Bold", 11)
c.drawString(L, f.y, "Oggetto:")
f.para("NOMINA DEL RESPONSABILE DELLA PREVENZIONE DELLA CORRUZIONE E DELLA TRASPARENZA (RPCT) "
       "PER IL TRIENNIO 2029-2031.", "Times-Bold", 11, indent=56, after=14)

f.centre("IL COMMISSARIO STRAORDINARIO", "Times-Bold", 11.5, after=8)

T = "Times-Roman"
for txt in (
    "VISTO il Decreto del Presidente della Repubblica del 21 novembre 2028, con il quale è stato sciolto il "
    "Consiglio Comunale di Sant'Elia Fiumerapido ed è stata nominata la sottoscritta Commissario Straordinario "
    "per la provvisoria gestione dell'ente, con i poteri spettanti al Consiglio Comunale, alla Giunta e al "
    "Sindaco;",
    "VISTA la legge 6 novembre 2012, n. 190, recante disposizioni per la prevenzione e la repressione della "
    "corruzione e dell'illegalità nella pubblica amministrazione, e in particolare l'art. 1, comma 7, il "
    "quale dispone che negli enti locali il Responsabile della prevenzione della corruzione e della "
    "trasparenza è individuato, di norma, nel Segretario, salva diversa e motivata determinazione;",
    "VISTO il D.Lgs. 14 marzo 2013, n. 33, in materia di obblighi di pubblicità, trasparenza e diffusione "
    "di informazioni da parte delle pubbliche amministrazioni;",
    "DATO ATTO che con decreto prefettizio del 2 gennaio 2029 è stato assegnato alla sede di segreteria "
    "del Comune il Dott. Gianluca Petrucci, Segretario Comunale iscritto all'Albo, fascia B;",
    "RITENUTO di dover provvedere alla nomina del Responsabile della prevenzione della corruzione e della "
    "trasparenza, anche in vista dell'aggiornamento della sezione \"Rischi corruttivi e trasparenza\" del "
    "PIAO 2029-2031;",
):
    f.para(txt, T, 11, after=5)

f.skip(4)
f.centre("D E C R E T A", "Times-Bold", 11.5, after=8)
for lab, txt in (
    ("a)", "di nominare il Dott. Gianluca Petrucci, Segretario Comunale, Responsabile della prevenzione "
           "della corruzione e della trasparenza del Comune di Sant'Elia Fiumerapido, ai sensi dell'art. 1, "
           "comma 7, della legge n. 190/2012, a decorrere dalla data del presente decreto e fino alla "
           "cessazione dell'incarico di segreteria;"),
    ("b)", "di dare atto che al Responsabile sono attribuiti i compiti e le funzioni previsti dalla legge "
           "n. 190/2012, dal D.Lgs. n. 33/2013 e dal Piano Nazionale Anticorruzione, senza oneri aggiuntivi "
           "per il bilancio dell'ente;"),
    ("c)", "di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e nella sezione "
           "\"Amministrazione Trasparente\" del sito istituzionale, nonché la comunicazione della nomina "
           "all'Autorità Nazionale Anticorruzione mediante l'apposito modulo on line."),
):
    f.para(txt, T, 11, indent=22, label=(lab, 18), after=5)

f.skip(14)
c.setFont(T, 11)
c.drawString(L, f.y, "Sant'Elia Fiumerapido, 9 gennaio 2029")
f.skip(30)
c.setFont("Times-Bold", 11)
c.drawCentredString(R - 110, f.y, "IL COMMISSARIO STRAORDINARIO")
f.skip(15)
c.setFont(T, 11)
c.drawCentredString(R - 110, f.y, "Dott.ssa Marina Colasanti")
f.skip(13)
c.setFont("Times-Italic", 8.5)
c.drawCentredString(R - 110, f.y, "(firmato digitalmente ai sensi dell'art. 21 del D.Lgs. n. 82/2005)")
f.skip(24)
c.setFont("Times-Roman", 9.5)
c.drawString(L, f.y, "Per accettazione:")
f.skip(13)
c.drawString(L, f.y, "Il Segretario Comunale - Dott. Gianluca Petrucci")
c.showPage()
c.save()
