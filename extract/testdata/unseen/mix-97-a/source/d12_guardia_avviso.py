# Guardia Perticara, AVVISO PUBBLICO N. 3/2026: reportlab; letterhead and foot are Form XObjects;
# the body, signature and title are written to the content stream out of reading order
import sys
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
c = canvas.Canvas(sys.argv[1], pagesize=(595.28, 841.89)); c.setCreator("APKAPPA Hypersic - Avvisi"); c.setTitle("Avviso pubblico 3/2026")
c.beginForm("LH"); c.setFont("Helvetica-Bold", 15); c.drawCentredString(297.6, 795, "COMUNE DI GUARDIA PERTICARA")
c.setFont("Helvetica", 9.5); c.drawCentredString(297.6, 780, "Provincia di Potenza"); c.drawCentredString(297.6, 767, "AREA TECNICA - Servizio Patrimonio e Ambiente")
c.setLineWidth(1.2); c.line(60, 758, 535, 758); c.endForm()
c.beginForm("FT"); c.setFont("Helvetica", 7); c.line(60, 48, 535, 48)
c.drawCentredString(297.6, 38, "Via Roma, 2 - 85010 Guardia Perticara (PZ) - PEC: comune.guardiaperticara@cert.ruparbasilicata.it"); c.endForm()
J = ParagraphStyle("j", fontName="Helvetica", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
body = ["Il Responsabile dell'Area Tecnica, in esecuzione della deliberazione della Giunta Comunale n. 27 del 12.03.2026, rende noto che è indetta una procedura per l'assegnazione in uso di n. 2 orti sociali comunali situati in località Fontana Vecchia, di circa 150 mq ciascuno, dotati di allaccio idrico.",
 "<b>Art. 1 - Destinatari.</b> Possono partecipare i cittadini residenti nel Comune di Guardia Perticara che abbiano compiuto 60 anni o che siano in condizione di disoccupazione, nonché le associazioni iscritte all'albo comunale.",
 "<b>Art. 2 - Durata e canone.</b> L'assegnazione ha durata triennale ed è a titolo gratuito; sono a carico dell'assegnatario i consumi idrici e la cura del lotto.",
 "<b>Art. 3 - Domande.</b> Le domande, redatte sul modello allegato, devono pervenire all'Ufficio Protocollo entro le ore 12:00 del 20 aprile 2026, a mano o via PEC.",
 "<b>Art. 4 - Graduatoria.</b> In caso di domande superiori ai lotti disponibili si procede secondo l'età anagrafica e, a parità, per sorteggio pubblico.",
 "<b>Art. 5 - Informazioni.</b> Ufficio Tecnico, tel. 0971 964005, nei giorni di lunedì e giovedì dalle 9:00 alle 12:00. Responsabile del procedimento: geom. Donato Petrocelli."]
# 1) body first
Frame(60, 190, 475, 440, showBoundary=0).addFromList([Paragraph(t, J) for t in body], c)
# 2) signature and date
c.setFont("Helvetica", 10.5); c.drawString(60, 165, "Guardia Perticara, 25.03.2026")
c.drawCentredString(420, 165, "Il Responsabile dell'Area Tecnica"); c.setFont("Helvetica-Oblique", 10.5); c.drawCentredString(420, 150, "ing. Francesco Lauria")
# 3) foot, then title block, then letterhead
c.doForm("FT")
c.setFont("Helvetica-Bold", 17); c.drawCentredString(297.6, 720, "AVVISO PUBBLICO N. 3/2026")
c.setFont("Helvetica-Bold", 11)
c.drawCentredString(297.6, 698, "Avviso pubblico per l'assegnazione di n. 2 orti sociali comunali in località")
c.drawCentredString(297.6, 684, "Fontana Vecchia - triennio 2026-2028")
c.setFont("Helvetica", 9); c.drawRightString(535, 740, "Prot. n. 889 del 25.03.2026")
c.doForm("LH")
c.showPage(); c.save()
