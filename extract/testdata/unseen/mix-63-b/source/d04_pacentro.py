# Ordinanza sindacale of Pacentro (AQ): fpdf2, every glyph placed on its own (one BT/Td/Tj per character),
# justified lines made by moving glyphs; number and date in a box at the top right; Albo stamp rotated 90°.
import sys
from fpdf import FPDF

FD = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="A4", unit="mm")
pdf.add_font("Ser", "", FD + "LiberationSerif-Regular.ttf")
pdf.add_font("Ser", "B", FD + "LiberationSerif-Bold.ttf")
pdf.add_font("Ser", "I", FD + "LiberationSerif-Italic.ttf")
pdf.set_producer("Mosaico Atti 3.4 PDF engine"); pdf.set_creator("Mosaico Atti")
pdf.set_title("Ordinanza n. 14 del 18.4.2026")
pdf.set_auto_page_break(False)
L, R = 22, 188
y = 0

def glyphs(x, y, s, style="", size=11):
    pdf.set_font("Ser", style, size)
    for ch in s:
        if ch != " ":
            pdf.text(x, y, ch)
        x += pdf.get_string_width(ch)
    return x

def para(text, style="", size=11, lead=5.4, indent=0, first="", justify=True, center=False):
    global y
    pdf.set_font("Ser", style, size)
    words = text.split(); lines = []; cur = []
    width = R - L - indent
    for w in words:
        if cur and pdf.get_string_width(" ".join(cur + [w])) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        x0 = L + indent
        if i == 0 and first:
            glyphs(L, y, first, style, size)
        if center:
            x0 = (L + R - pdf.get_string_width(" ".join(ln))) / 2
        if justify and i < len(lines) - 1 and len(ln) > 1 and not center:
            gap = (width - sum(pdf.get_string_width(w) for w in ln)) / (len(ln) - 1)
        else:
            gap = pdf.get_string_width(" ")
        x = x0
        for w in ln:
            x = glyphs(x, y, w, style, size) + gap
        y += lead
    y += 1.6

pdf.add_page()
# letterhead
pdf.set_font("Ser", "B", 17); pdf.text(L, 24, "COMUNE DI PACENTRO")
pdf.set_font("Ser", "I", 10.5); pdf.text(L, 30, "Provincia dell'Aquila")
pdf.set_font("Ser", "", 8.5); pdf.text(L, 35, "Piazza del Popolo, 1 – 67030 Pacentro (AQ) – C.F. 83000670669")
pdf.set_line_width(0.4); pdf.line(L, 39, R, 39)
# number box, top right
pdf.set_line_width(0.7); pdf.rect(138, 14, 50, 21)
pdf.set_font("Ser", "B", 10.5); pdf.text(141, 20.5, "ORDINANZA SINDACALE")
pdf.set_font("Ser", "B", 13); pdf.text(141, 27.5, "N. 14")
pdf.set_font("Ser", "", 10.5); pdf.text(141, 32.5, "del 18.4.2026")
# rotated Albo stamp in the right margin
with pdf.rotation(90, x=200, y=200):
    pdf.set_font("Ser", "I", 8)
    pdf.text(200, 200, "ALBO PRETORIO ON LINE – Reg. Pubbl. n. 276 – pubblicata dal 18/04/2026 al 03/05/2026")

y = 50
para("OGGETTO: Misure di prevenzione degli incendi boschivi e divieto di abbruciamento di residui vegetali nel "
     "territorio comunale – periodo 20 aprile – 30 settembre 2026.", "B", 11.5, lead=5.8)
y += 3
para("IL SINDACO", "B", 12, center=True, justify=False)
for x in [
 "PREMESSO che il territorio del Comune di Pacentro, ricompreso nel Parco Nazionale della Majella, è caratterizzato da "
 "estese superfici boscate e pascolive esposte, nel periodo primaverile ed estivo, a elevato rischio di incendio;",
 "VISTA la Legge 21 novembre 2000, n. 353, \"Legge-quadro in materia di incendi boschivi\", e il Piano regionale per "
 "la programmazione delle attività di previsione, prevenzione e lotta attiva contro gli incendi boschivi;",
 "VISTO l'art. 182, comma 6-bis, del D.Lgs. 3 aprile 2006, n. 152, che consente ai Comuni di sospendere, differire "
 "o vietare la combustione del materiale vegetale nei periodi di massimo rischio;",
 "VISTI gli articoli 50 e 54 del D.Lgs. 18 agosto 2000, n. 267;"]:
    para(x)
y += 2
para("ORDINA", "B", 12, center=True, justify=False)
for i, x in enumerate([
 "dal 20 aprile al 30 settembre 2026 è vietato, su tutto il territorio comunale, accendere fuochi e abbruciare "
 "residui vegetali agricoli e forestali, anche se raccolti in piccoli cumuli;",
 "i proprietari e i conduttori di terreni incolti o abbandonati confinanti con strade, abitazioni e aree boscate "
 "devono provvedere, entro il 31 maggio 2026, allo sfalcio della vegetazione e alla rimozione del materiale "
 "secco per una fascia di almeno 10 metri;",
 "è vietato l'uso di barbecue e fornelli a fiamma libera all'esterno delle aree attrezzate di Colle del Lago e "
 "di Fonte Tettone;",
 "le violazioni sono punite con la sanzione amministrativa pecuniaria da € 100,00 a € 500,00, salvo che il fatto "
 "costituisca reato."], 1):
    para(x, indent=7, first="%d." % i)
y += 1
para("DISPONE che la presente ordinanza sia pubblicata all'Albo Pretorio on line e trasmessa al Comando Stazione "
     "Carabinieri Forestali di Pacentro, alla Polizia Locale e all'Ente Parco Nazionale della Majella.")
para("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Abruzzo entro 60 giorni dalla pubblicazione, "
     "ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", "I", 10, lead=4.8)
y += 4
glyphs(L, y, "Pacentro, 18.4.2026")
glyphs(128, y, "IL SINDACO", "B"); y += 5.5
glyphs(124, y, "dott. Guido Angelone"); y += 5
glyphs(118, y, "(firmato digitalmente)", "I", 9)
pdf.output(sys.argv[1])
