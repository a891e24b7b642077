# Borgo Val di Taro (PR): Giunta minute; ReportLab. Letterhead band and running foot are Form XObjects reused on
# both pages; the foot is drawn first; an Albo stamp runs up the right margin (rotated 90°); pareri on page 2.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlutil import para_tw
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Halley PDF Report 5.2"); c.setTitle("GC 41-2026")
W, H = A4; L = 62; TW = W - 2 * L - 14
c.beginForm("head")
c.setFillGray(0.92); c.rect(L - 8, H - 92, W - 2 * L + 16, 56, stroke=0, fill=1); c.setFillGray(0)
c.setFont("Times-Bold", 17); c.drawString(L, H - 60, "COMUNE DI BORGO VAL DI TARO")
c.setFont("Times-Roman", 9.5); c.drawString(L, H - 74, "Provincia di Parma – Piazza Manara 6 – 43043 Borgo Val di Taro (PR)")
c.setFont("Times-Italic", 9); c.drawRightString(W - L, H - 86, "Deliberazione della Giunta Comunale n. 41 del 25/03/2026")
c.endForm()
c.beginForm("foot")
c.setFont("Helvetica", 7); c.line(L, 46, W - L, 46)
c.drawString(L, 36, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.")
c.drawRightString(W - L, 36, "Verbale G.C. 41/2026")
c.endForm()
def stamp():
    c.saveState(); c.translate(W - 30, 250); c.rotate(90)
    c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6); c.rect(-4, -14, 330, 26)
    c.setFont("Helvetica-Bold", 8); c.drawString(0, 2, "ALBO PRETORIO ON LINE – Pubblicazione n. 512/2026")
    c.setFont("Helvetica", 7.5); c.drawString(0, -9, "dal 27/03/2026 al 11/04/2026 – Il Messo Comunale")
    c.restoreState()
# page 1: foot first, then stamp, then body, then letterhead last
c.doForm("foot"); stamp()
y = H - 120
c.setFont("Times-Bold", 12); c.drawCentredString(W / 2 - 7, y, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"); y -= 16
c.setFont("Times-Roman", 10); c.drawCentredString(W / 2 - 7, y, "Copia conforme all'originale"); y -= 24
c.setFont("Times-Bold", 10.5); c.drawString(L, y, "OGGETTO:")
y = para_tw(c, L + 60, y, "INDIRIZZI PER LA CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI DI VOLONTARIATO PER LE ATTIVITÀ DI PROTEZIONE CIVILE – ANNO 2026.", "Times-Bold", 10.5, TW - 60, 13.5) - 10
for t in ["L'anno duemilaventisei, il giorno venticinque del mese di marzo alle ore 11:00, nella sala delle adunanze, previa l'osservanza delle formalità prescritte, si è riunita la Giunta Comunale.",
          "Sono presenti i signori: Mortali Dario, Sindaco; Bernardi Alessandra, Vice Sindaco; Rossi Gianluca, Assessore; Cavalli Elena, Assessore. Sono assenti i signori: Boselli Andrea, Assessore; Dellapina Sara, Assessore.",
          "Assessori presenti n. 4 – assenti n. 2.",
          "Assiste il Segretario Generale dott.ssa Maria Grazia Sbodio, che provvede alla redazione del presente verbale. Riconosciuto legale il numero degli intervenuti, il Sindaco Dario Mortali assume la presidenza e dichiara aperta la seduta.",
          "Alle ore 11:20, prima della votazione, entra l'Assessore Boselli Andrea; i componenti presenti sono 5."]:
    y = para_tw(c, L, y, t, "Times-Roman", 10.5, TW, 13.5, 16) - 5
c.setFont("Times-Bold", 11); c.drawCentredString(W / 2 - 7, y - 4, "LA GIUNTA COMUNALE"); y -= 24
for t in ["Vista la proposta di deliberazione n. 47 del 19/03/2026 del Servizio Protezione Civile, incardinato nell'Area Tecnica;",
          "Premesso che sul territorio operano associazioni di volontariato iscritte all'elenco regionale che collaborano con il Comune nelle attività di prevenzione e di soccorso, in particolare nella gestione delle emergenze idrogeologiche della Valle del Taro;",
          "Ritenuto di fissare gli indirizzi per la concessione dei contributi per l'anno 2026, nel limite complessivo di euro 24.000,00;",
          "Dato atto che sulla proposta sono stati acquisiti i pareri di cui all'art. 49 del D.Lgs. 267/2000, riportati in calce;",
          "Con voti unanimi favorevoli dei presenti, resi nelle forme di legge;"]:
    y = para_tw(c, L, y, t, "Times-Roman", 10.5, TW, 13.5, 16) - 5
c.doForm("head"); c.showPage()
# page 2
c.doForm("foot"); c.doForm("head"); stamp()
y = H - 124
c.setFont("Times-Bold", 11); c.drawCentredString(W / 2 - 7, y, "DELIBERA"); y -= 20
for i, t in enumerate(["di approvare gli indirizzi per la concessione di contributi alle associazioni di volontariato di protezione civile per l'anno 2026, secondo i criteri di cui all'allegato A;",
                       "di destinare allo scopo la somma di euro 24.000,00, disponibile al capitolo 11030/5 del bilancio 2026;",
                       "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti di gestione;",
                       "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."], 1):
    c.setFont("Times-Roman", 10.5); c.drawString(L, y, f"{i})"); y = para_tw(c, L + 18, y, t, "Times-Roman", 10.5, TW - 18, 13.5) - 5
y -= 12; c.setFont("Times-Bold", 10.5); c.drawString(L, y, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000"); y -= 16
for t in ["Parere di regolarità tecnica: FAVOREVOLE. Il Responsabile dell'Area Tecnica, arch. Paolo Zanrè, 20/03/2026.",
          "Parere di regolarità contabile: FAVOREVOLE. Il Responsabile dell'Area Economico-Finanziaria, dott. Simone Agazzi, 21/03/2026."]:
    y = para_tw(c, L, y, t, "Times-Roman", 10, TW, 13) - 4
y -= 20; c.setFont("Times-Roman", 10.5); c.drawString(L, y, "Letto, confermato e sottoscritto."); y -= 28
c.setFont("Times-Bold", 10.5); c.drawCentredString(L + 100, y, "IL SINDACO"); c.drawCentredString(W - L - 120, y, "IL SEGRETARIO GENERALE"); y -= 14
c.setFont("Times-Roman", 10.5); c.drawCentredString(L + 100, y, "Dario Mortali"); c.drawCentredString(W - L - 120, y, "dott.ssa Maria Grazia Sbodio")
c.save()
