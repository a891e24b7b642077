# Comune di Caccuri (KR) - ordinanza sindacale antincendio, 3 pages: a Word model (python-docx) with the
# letterhead and the running line "Ordinanza sindacale n. 14 del 29/05/2026" in the page header and
# "Pagina X di Y" fields in the footer, both repeated on every page; converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d = Document()
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = Cm(2.3); sec.right_margin = Cm(2.0); sec.top_margin = Cm(1.4); sec.bottom_margin = Cm(1.6)
sec.header_distance = Cm(0.8); sec.footer_distance = Cm(0.8)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(12)
st.paragraph_format.line_spacing = 1.15
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
d.core_properties.author = "Segreteria"; d.core_properties.title = "Ordinanza antincendio 2026"
AL = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}
def para(text='', bold=False, align='j', size=None, after=4, before=0, italic=False, cont=None, indent=None, hang=None):
    p = (cont or d).add_paragraph(); p.alignment = AL[align]
    pf = p.paragraph_format; pf.space_after = Pt(after); pf.space_before = Pt(before)
    if indent is not None: pf.left_indent = Cm(indent)
    if hang is not None: pf.first_line_indent = Cm(-hang)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p
def lead(label, text):
    p = para(); r = p.add_run(label + " "); r.bold = True; p.add_run(text); return p
def field(p, code):
    for kind, txt in (('begin', None), (None, code), ('separate', None), (None, '1'), ('end', None)):
        r = p.add_run()
        if kind:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), kind); r._r.append(e)
        elif txt == code:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = ' %s ' % code; r._r.append(e)
        else:
            r.text = txt
        r.font.size = Pt(8.5)
def border_bottom(p):
    pPr = p._p.get_or_add_pPr(); b = OxmlElement('w:pBdr'); e = OxmlElement('w:bottom')
    e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), '8'); e.set(qn('w:space'), '1'); e.set(qn('w:color'), '1F3864'); b.append(e); pPr.append(b)
# header: letterhead + running line
h = sec.header
p = h.paragraphs[0]; p.alignment = AL['c']; r = p.add_run("COMUNE DI CACCURI"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
p = para("Provincia di Crotone", align='c', size=10, after=0, italic=True, cont=h)
p = para("Piazza Umberto I, 1 – 88833 Caccuri (KR) – tel. 0984 998013 – protocollo.caccuri@asmepec.it", align='c', size=8, after=2, cont=h)
border_bottom(p)
p = para("Ordinanza sindacale n. 14 del 29/05/2026 – Prevenzione incendi boschivi e di interfaccia", align='r', size=8, after=0, italic=True, cont=h)
# footer: Pagina X di Y
fp = sec.footer.paragraphs[0]; fp.alignment = AL['c']
r = fp.add_run("Pagina "); r.font.size = Pt(8.5); field(fp, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(8.5); field(fp, "NUMPAGES")
# body
para("IL SINDACO", True, 'c', 14, 2, 6)
para("ORDINANZA N. 14", True, 'c', 12.5, 0)
para("OGGETTO: Prevenzione e lotta attiva contro gli incendi boschivi e di interfaccia – Prescrizioni per la stagione estiva 2026.", True, 'j', 11.5, 10, 8)
lead("PREMESSO", "che il territorio comunale, in gran parte ricadente nel Parco Nazionale della Sila e nelle aree boscate della Valle del Neto, è esposto durante la stagione estiva a un elevato rischio di incendi boschivi e di interfaccia, con grave pericolo per la pubblica incolumità, per il patrimonio forestale e per le abitazioni sparse;")
lead("VISTA", "la Legge 21 novembre 2000, n. 353, \"Legge-quadro in materia di incendi boschivi\", e in particolare l'art. 10 in materia di divieti e prescrizioni nelle aree percorse dal fuoco;")
lead("VISTO", "il Piano regionale per la programmazione delle attività di previsione, prevenzione e lotta attiva contro gli incendi boschivi della Regione Calabria per l'anno 2026, approvato con deliberazione della Giunta regionale, che individua il periodo di massima pericolosità dal 15 giugno al 30 settembre;")
lead("VISTO", "il Piano comunale di protezione civile, aggiornato con deliberazione del Consiglio comunale n. 11 del 28/04/2025, e la relativa cartografia del rischio incendi di interfaccia;")
lead("CONSIDERATO", "che l'abbandono dei terreni incolti, la presenza di sterpaglie e rovi a ridosso delle abitazioni e delle strade e l'abbruciamento dei residui vegetali costituiscono le principali cause di innesco e di propagazione degli incendi;")
lead("RITENUTO", "necessario impartire prescrizioni ai proprietari e conduttori di fondi, ai gestori di infrastrutture e alla cittadinanza, al fine di ridurre il rischio di incendio e di agevolare gli interventi di spegnimento;")
lead("VISTI", "l'art. 50 e l'art. 54 del D.Lgs. 18 agosto 2000, n. 267; l'art. 182, comma 6-bis, del D.Lgs. 3 aprile 2006, n. 152; il Regio Decreto 18 giugno 1931, n. 773; il Regolamento di Polizia Urbana e Rurale;")
para("O R D I N A", True, 'c', 12.5, 6, 6)
para("a decorrere dalla data di pubblicazione della presente ordinanza e fino al 30 settembre 2026, salvo proroga in relazione all'andamento climatico:", after=6)
pts = [
 "ai proprietari, affittuari e conduttori a qualsiasi titolo di terreni incolti, aree verdi, giardini e lotti inedificati ricadenti nel centro abitato, nelle frazioni di Santa Rania e San Rocco di Caccuri e nelle zone di interfaccia, di provvedere entro il 20 giugno 2026 alla rimozione di sterpaglie, rovi, erba secca e di ogni altro materiale combustibile, mantenendo i fondi puliti per tutta la durata della presente ordinanza;",
 "ai proprietari e conduttori di fondi confinanti con strade comunali, provinciali e vicinali di realizzare, entro il medesimo termine, una fascia di protezione priva di vegetazione secca larga almeno 5 metri lungo il confine con la sede stradale;",
 "ai proprietari di fabbricati rurali e abitazioni isolate di mantenere sgombra da materiale infiammabile una fascia di almeno 20 metri attorno ai fabbricati e di conservare in luogo sicuro eventuali depositi di legna, paglia e foraggi;",
 "ai conduttori di fondi coltivati a cereali di realizzare, subito dopo la mietitura, una precesa o fascia arata di larghezza non inferiore a 10 metri lungo tutto il perimetro del fondo;",
 "il divieto assoluto, nel periodo di massima pericolosità, di accendere fuochi all'aperto, di bruciare stoppie, sterpaglie e residui vegetali, di usare apparecchi a fiamma libera o che producano faville in prossimità di aree boscate e di abbandonare mozziconi di sigaretta o altri materiali accesi;",
 "il divieto di lancio di razzi, mongolfiere di carta e fuochi d'artificio di qualsiasi tipo, fatte salve le manifestazioni pirotecniche autorizzate nel rispetto delle prescrizioni di sicurezza impartite dalle autorità competenti;",
 "agli enti e alle società che gestiscono linee elettriche, telefoniche e infrastrutture viarie di provvedere alla pulizia delle fasce di rispetto e delle scarpate di propria competenza;",
 "ai titolari di strutture turistico-ricettive, agriturismi e campeggi di dotarsi di idonei mezzi di primo intervento e di predisporre un piano di evacuazione degli ospiti, comunicandolo al Comune;",
 "a chiunque avvisti un incendio o un principio di incendio di darne immediata comunicazione al Numero Unico di Emergenza 112, alla Sala Operativa di Calabria Verde o al Comando di Polizia Locale."]
for i, t in enumerate(pts, 1):
    p = para(indent=0.9, hang=0.9, after=4); p.add_run("%d)\t" % i); p.add_run(t)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
para("R A C C O M A N D A", True, 'c', 12, 6, 6)
para("alla cittadinanza e ai visitatori di non parcheggiare autoveicoli a contatto con erba secca, di non ostruire con veicoli le piste forestali e gli accessi ai punti di approvvigionamento idrico, di segnalare tempestivamente comportamenti a rischio e di attenersi alle indicazioni del personale del volontariato di protezione civile e delle squadre antincendio.")
para("A V V E R T E", True, 'c', 12, 6, 6)
para("che in caso di inottemperanza agli obblighi di cui ai punti 1), 2) e 3) l'Amministrazione provvederà d'ufficio all'esecuzione degli interventi, con addebito delle spese ai trasgressori; che, salvo che il fatto costituisca reato, le violazioni della presente ordinanza sono punite con la sanzione amministrativa pecuniaria da € 100,00 a € 500,00 ai sensi dell'art. 7-bis del D.Lgs. n. 267/2000, ferme restando le sanzioni previste dall'art. 10 della Legge n. 353/2000 e dagli artt. 423, 423-bis e 449 del Codice Penale.")
para("D I S P O N E", True, 'c', 12, 6, 6)
para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale, resa nota mediante manifesti affissi nel territorio comunale e trasmessa alla Prefettura – U.T.G. di Crotone, al Comando Provinciale dei Vigili del Fuoco di Crotone, al Comando Stazione Carabinieri di Caccuri, al Reparto Carabinieri Parco Nazionale della Sila, a Calabria Verde e al Comando di Polizia Locale, incaricato della vigilanza unitamente alle altre Forze di Polizia.")
para("Avverso la presente ordinanza è ammesso ricorso al T.A.R. Calabria – Catanzaro entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", size=10.5)
para("Numeri utili", True, 'l', 11, 2, 8)
t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
for a, b in [("Numero Unico di Emergenza", "112"), ("Sala Operativa Regionale Calabria Verde", "800 496 496"), ("Comando Provinciale Vigili del Fuoco di Crotone", "0962 930 222"), ("Comando Polizia Locale di Caccuri", "0984 998013 int. 4"), ("Centro Operativo Comunale (C.O.C.)", "0984 998013 int. 1")]:
    cs = t.add_row().cells; cs[0].text = a; cs[1].text = b
    for c in cs:
        for r in c.paragraphs[0].runs: r.font.size = Pt(10.5)
para("Caccuri, 29/05/2026", align='l', before=8, after=10)
para("IL SINDACO", True, 'r', after=0)
para("Ing. Luigi Quintieri", align='r', after=0)
para("(firma digitale ai sensi dell'art. 24 del D.Lgs. 82/2005)", align='r', size=8.5, italic=True)
d.save(sys.argv[1])
