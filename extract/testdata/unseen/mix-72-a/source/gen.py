# Renders the acts of acts.py. Usage: python3 gen.py KEY OUTFILE
import sys, html
from acts import D, PR
MESI = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
def dw(iso): y, m, d = map(int, iso.split("-")); return f"{d} {MESI[m-1]} {y}"
def ds(iso): y, m, d = iso.split("-"); return f"{d}/{m}/{y}"
def dd(iso): y, m, d = iso.split("-"); return f"{int(d)}.{int(m)}.{y}"
e = html.escape
PREM = [PR, "VISTO lo Statuto comunale e il vigente Regolamento sull’ordinamento degli uffici e dei servizi;",
        "VISTA la deliberazione del Consiglio comunale n. 12 del 26.2.2026 di approvazione del bilancio di previsione 2026/2028;",
        "DATO ATTO dell’assenza di conflitti di interesse ai sensi dell’art. 6-bis della L. n. 241/1990;"]

# ---------- Pianoro (house style "Kibernetes"): ReportLab, letterhead as Form XObject, Tw justification, rotated stamp
def _pianoro_canvas(out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(out, pagesize=A4); c.setCreator("Kibernetes Atti Web"); c.setProducer("Kibernetes PDF Printer 2.1")
    W, H = A4
    c.beginForm("lh"); c.setFont("Helvetica-Bold", 16); c.drawCentredString(W/2, H-52, "COMUNE DI PIANORO")
    c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-65, "Città metropolitana di Bologna – Piazza dei Martiri, 1 – 40065 Pianoro (BO)")
    c.setLineWidth(1.2); c.line(50, H-73, W-50, H-73); c.endForm()
    c.beginForm("stamp"); c.saveState(); c.translate(30, 250); c.rotate(90); c.setFont("Helvetica", 7); c.setFillGray(0.35)
    c.drawString(0, 0, "Documento pubblicato all’Albo pretorio on line del Comune di Pianoro – copia informatica conforme"); c.restoreState(); c.endForm()
    return c, W, H
def _just(c, x, y, s, w, f="Helvetica", sz=9.5, lead=12.5):
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines = simpleSplit(s, f, sz, w)
    for i, ln in enumerate(lines):
        t = c.beginText(x, y); t.setFont(f, sz); n = ln.count(" ")
        if i < len(lines)-1 and n: t.setWordSpace((w - stringWidth(ln, f, sz)) / n)
        t.textOut(ln); c.drawText(t); y -= lead
    return y
def pianoro_del(out):
    a = D["pianoro_del"]; c, W, H = _pianoro_canvas(out)
    # body first (page 1), header after it: out of reading order
    y = H-250
    y = _just(c, 50, y, f"L’anno duemilaventisei, il giorno diciassette del mese di marzo alle ore 15:30, nella sala delle adunanze della sede comunale, si è riunita la Giunta comunale convocata nei modi di legge. Presiede la seduta la Sindaca {a['att'][0][0]}. Partecipa con funzioni di verbalizzante il Segretario Generale Dott.ssa {a['secretary'][2]}.", W-100) - 6
    t = c.beginText(50, y); t.setFont("Helvetica-Bold", 9); t.textOut("Cognome e nome"); c.drawText(t)
    c.setFont("Helvetica-Bold", 9); c.drawString(250, y, "Carica"); c.drawString(400, y, "Presenti"); c.drawString(460, y, "Assenti"); y -= 13
    c.setFont("Helvetica", 9)
    for n, r, p in a["att"]:
        c.drawString(50, y, n); c.drawString(250, y, r); c.drawString(415 if p else 475, y, "X"); y -= 12
    c.line(50, y+8, W-50, y+8); c.drawString(50, y-2, "Presenti n. 5   Assenti n. 1"); y -= 22
    c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, y, "LA GIUNTA COMUNALE", charSpace=3); y -= 18
    for p in PREM + ["VISTO il progetto di fattibilità tecnico-economica redatto dal Settore Lavori Pubblici e Patrimonio, costituito dalla relazione illustrativa, dal quadro economico e dagli elaborati grafici;",
                     "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. n. 267/2000;",
                     "CON VOTI unanimi e favorevoli, espressi in forma palese;"]:
        y = _just(c, 50, y, p, W-100) - 4
    c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, y-4, "DELIBERA", charSpace=3); y -= 22
    for i, p in enumerate(a["points"], 1):
        c.setFont("Helvetica", 9.5); c.drawString(50, y, f"{i})"); y = _just(c, 66, y, p, W-116) - 4
    y = _just(c, 50, y-4, "Successivamente, con separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.", W-100)
    c.doForm("stamp")
    # header drawn last
    c.doForm("lh")
    c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-100, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", charSpace=2)
    c.rect(50, H-150, W-100, 36); c.setFont("Helvetica", 9.5)
    c.drawString(58, H-128, "Deliberazione n."); c.setFont("Helvetica-Bold", 11); c.drawString(140, H-128, str(a["number"]))
    c.setFont("Helvetica", 9.5); c.drawString(260, H-128, "del"); c.setFont("Helvetica-Bold", 11); c.drawString(282, H-128, ds(a["date"]))
    c.setFont("Helvetica", 8); c.drawString(58, H-143, "Immediatamente eseguibile: SI")
    c.setFont("Helvetica-Bold", 9.5); c.drawString(50, H-172, "OGGETTO:"); _just(c, 106, H-172, a["subject"], W-156, "Helvetica-Bold")
    c.setFont("Helvetica", 7); c.drawCentredString(W/2, 30, "Pagina 1 di 2"); c.showPage()
    c.doForm("lh"); c.doForm("stamp"); y = H-110
    c.setFont("Helvetica", 9.5); c.drawString(50, y, "Letto, approvato e sottoscritto."); y -= 40
    c.drawString(80, y, "LA SINDACA"); c.drawString(340, y, "IL SEGRETARIO GENERALE"); y -= 14
    c.setFont("Helvetica-Bold", 9.5); c.drawString(80, y, a["att"][0][0]); c.drawString(340, y, f"Dott.ssa {a['secretary'][2]}")
    c.setFont("Helvetica-Oblique", 7.5); c.drawString(80, y-14, "firmato digitalmente"); c.drawString(340, y-14, "firmato digitalmente")
    c.setFont("Helvetica", 7); c.drawCentredString(W/2, 30, "Pagina 2 di 2"); c.showPage(); c.save()
def pianoro_det(out):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.lib.utils import simpleSplit
    a = D["pianoro_det"]; c, W, H = _pianoro_canvas(out)
    def g(x, y, s, f="Helvetica", sz=9.5):
        for ch in s:
            if ch != " ":
                t = c.beginText(x, y); t.setFont(f, sz); t.textOut(ch); c.drawText(t)
            x += stringWidth(ch, f, sz)
    def para(x, y, s, w, f="Helvetica", sz=9.5):
        for ln in simpleSplit(s, f, sz, w): g(x, y, ln, f, sz); y -= 12.5
        return y
    c.doForm("lh"); c.doForm("stamp")
    g(50, H-98, a["organ"], "Helvetica-Bold", 10); g(50, H-111, a["office"])
    rows = [("Reg. Gen.", f"{a['number']}"), ("Data", ds(a["date"])), ("Reg. Settore", f"{a['sector']}"), ("Proposta", f"n. {a['prop']} del {a['propdate']}")]
    for i, (l, v) in enumerate(rows): g(430, H-98-i*12, v, "Helvetica-Bold", 9)
    for i, (l, v) in enumerate(rows): g(360, H-98-i*12, l + ":", "Helvetica", 9)
    c.rect(354, H-140, 192, 52)
    g(W/2-50, H-165, "DETERMINAZIONE", "Helvetica-Bold", 12)
    g(50, H-188, "OGGETTO:", "Helvetica-Bold"); y = para(102, H-188, a["subject"], W-152, "Helvetica-Bold") - 10
    g(W/2-80, y, "IL RESPONSABILE DEL SETTORE", "Helvetica-Bold"); y -= 18
    for p in PREM + ["CONSIDERATO che le previsioni meteorologiche segnalano nevicate a quote collinari e che occorre garantire la transitabilità delle strade di Pian di Macina, Livergnano e Zula;"]:
        y = para(50, y, p, W-100) - 4
    g(W/2-30, y-4, "DETERMINA", "Helvetica-Bold", 10); y -= 22
    for i, p in enumerate(a["points"], 1): g(50, y, f"{i}."); y = para(66, y, p, W-116) - 4
    g(340, y-20, "Il Responsabile del Settore"); g(340, y-34, "Ing. Stefano Cavazza", "Helvetica-Bold")
    g(50, 30, f"Determinazione Reg. Gen. {a['number']} del {ds(a['date'])} – Pag. 1 di 1", "Helvetica", 7)
    c.showPage(); c.save()
# ---------- Pianoro certificate: fpdf2 module of the Albo (DejaVu as CID fonts)
def pianoro_cert(out):
    from fpdf import FPDF
    a = D["pianoro_del"]; p = FPDF(format="A4"); p.set_creator("Kibernetes Albo on line"); p.add_page()
    p.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); p.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    p.set_font("DV", "B", 15); p.cell(0, 8, "COMUNE DI PIANORO", align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "", 9); p.cell(0, 5, "Città metropolitana di Bologna", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(8)
    p.set_font("DV", "B", 12); p.cell(0, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
    p.set_font("DV", "", 10)
    p.multi_cell(0, 5.5, f"Deliberazione della Giunta comunale n. {a['number']} del {ds(a['date'])}", new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "B", 10); p.multi_cell(0, 5.5, "Oggetto: " + a["subject"], new_x="LMARGIN", new_y="NEXT"); p.ln(4)
    p.set_font("DV", "", 10)
    p.multi_cell(0, 5.5, "Il sottoscritto Responsabile della pubblicazione certifica che copia della deliberazione in oggetto è stata pubblicata all’Albo pretorio on line del Comune dal 20/03/2026 al 04/04/2026 per 15 giorni consecutivi, ai sensi dell’art. 124, comma 1, del D.Lgs. n. 267/2000, con il n. 612 del Registro delle pubblicazioni, senza opposizioni o reclami.", align="J", new_x="LMARGIN", new_y="NEXT")
    p.ln(8); p.cell(0, 5, "Pianoro, 06/04/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
    p.set_x(120); p.cell(0, 5, "Il Responsabile della pubblicazione", new_x="LMARGIN", new_y="NEXT"); p.set_x(120); p.set_font("DV", "B", 10); p.cell(0, 5, "Marina Stanzani")
    p.output(out)

# ---------- Valsamoggia (house style: Word template -> LibreOffice)
def _vdoc(head):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
    d = Document(); s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.3)
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    h = s.header.paragraphs[0]; h.text = head; h.runs[0].font.size = Pt(8); h.alignment = AL.RIGHT
    f = s.footer.paragraphs[0]; f.text = "Comune di Valsamoggia – Piazza Garibaldi, 1 – 40053 Valsamoggia (BO) – comune.valsamoggia@cert.provincia.bo.it"; f.runs[0].font.size = Pt(7.5); f.alignment = AL.CENTER
    def P(t, b=False, al=None, sz=None, after=4):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = b
        if sz: r.font.size = Pt(sz)
        p.alignment = {"c": AL.CENTER, "j": AL.JUSTIFY, "r": AL.RIGHT}.get(al); p.paragraph_format.space_after = Pt(after); return p
    P("COMUNE DI VALSAMOGGIA", True, "c", 16, 0); P("Città metropolitana di Bologna", False, "c", 9, 10)
    return d, P
def valsa_del(out):
    a = D["valsa_del"]; d, P = _vdoc(f"Deliberazione G.C. n. {a['number']} del {dd(a['date'])}")
    P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", True, "c", 12, 4)
    P(f"N. {a['number']} del {dd(a['date'])}", True, "c", 11, 8)
    p = P("OGGETTO: ", True, "j"); p.add_run(a["subject"]).bold = True
    P("L’anno 2026, addì diciotto del mese di marzo alle ore 14:00, nella Residenza municipale, convocata con appositi avvisi, si è riunita la Giunta Comunale. All’appello risultano:", al="j")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, x in enumerate(["Componente", "Carica", "Pres.", "Ass."]): t.cell(0, i).text = x
    for n, r, pr in a["att"]:
        row = t.add_row().cells; row[0].text = n; row[1].text = r; row[2].text = "P" if pr else ""; row[3].text = "" if pr else "AG"
    P("(AG = assente giustificato)", sz=8)
    P(f"Assiste il Segretario Generale Dott. {a['secretary'][2]}, il quale provvede alla redazione del presente verbale. Il Sindaco Daniele Gamberini, constatato il numero legale, assume la presidenza e dichiara aperta la seduta.", al="j")
    P("LA GIUNTA COMUNALE", True, "c")
    for x in PREM[1:] + ["RICHIAMATO l’art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore);", "VISTI i pareri favorevoli espressi ai sensi dell’art. 49 del D.Lgs. n. 267/2000;", "A VOTI UNANIMI, espressi nelle forme di legge;"]: P(x, al="j")
    P("DELIBERA", True, "c")
    for i, x in enumerate(a["points"], 1): P(f"{i}. {x}", al="j")
    P("Inoltre, con separata votazione unanime, DICHIARA la presente deliberazione immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.", al="j")
    P("Letto, confermato e sottoscritto.", after=8)
    t2 = d.add_table(rows=2, cols=2)
    t2.cell(0, 0).text = "IL SINDACO"; t2.cell(0, 1).text = "IL SEGRETARIO GENERALE"; t2.cell(1, 0).text = "Daniele Gamberini"; t2.cell(1, 1).text = f"Dott. {a['secretary'][2]}"
    d.save(out)
def valsa_det(out):
    a = D["valsa_det"]; d, P = _vdoc(f"Determinazione n. {a['number']} del {ds(a['date'])} – {a['organ']}")
    t = d.add_table(rows=3, cols=4); t.style = "Table Grid"
    m = t.cell(0, 0).merge(t.cell(0, 3)); m.text = a["organ"].upper() + " – " + a["office"]
    t.cell(1, 0).text = "DETERMINAZIONE N."; t.cell(1, 1).text = str(a["number"]); t.cell(1, 2).text = "DEL"; t.cell(1, 3).text = ds(a["date"])
    t.cell(2, 0).text = "N. Area"; t.cell(2, 1).text = f"{a['sector']}/2026"; m2 = t.cell(2, 2).merge(t.cell(2, 3)); m2.text = "Registro Generale delle Determinazioni"
    P("", after=2); p = P("OGGETTO: ", True, "j"); p.add_run(a["subject"]).bold = True
    P("IL RESPONSABILE DELL’AREA", True, "c")
    for x in PREM + ["PREMESSO che la lotta alla zanzara tigre è prevista dal Piano regionale di sorveglianza delle arbovirosi della Regione Emilia-Romagna;",
                     "CONSIDERATO che il servizio comprende trattamenti larvicidi nelle caditoie stradali delle frazioni di Bazzano, Crespellano, Castello di Serravalle, Monteveglio e Savigno;",
                     "VISTO l’art. 50 del D.Lgs. 31 marzo 2023, n. 36;"] * 2: P(x, al="j")
    P("DETERMINA", True, "c")
    for i, x in enumerate(a["points"], 1): P(f"{i}. {x}", al="j")
    P("La Responsabile dell’Area", al="r"); P("Arch. Cristina Bonfiglioli", True, "r")
    d.save(out)
def valsa_all(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side
    wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
    ws.merge_cells("A1:E1"); ws["A1"] = "COMUNE DI VALSAMOGGIA – Allegato A) alla deliberazione G.C. n. 41 del 18.3.2026"
    ws.merge_cells("A2:E2"); ws["A2"] = "Convenzione trasporto sociale 2026 – Piano dei servizi e quadro economico"
    ws["A1"].font = Font(bold=True, size=12); ws["A2"].font = Font(italic=True)
    hdr = ["Tipologia di servizio", "Frazione", "Utenti stimati", "Viaggi/anno", "Rimborso (€)"]
    ws.append([]); ws.append(hdr)
    rows = [("Accompagnamento visite sanitarie", "Bazzano", 42, 610, 9150), ("Accompagnamento visite sanitarie", "Crespellano", 38, 540, 8100),
            ("Trasporto centri diurni", "Monteveglio", 15, 460, 6900), ("Trasporto centri diurni", "Savigno", 9, 280, 4200),
            ("Trasporto scolastico disabili", "Castello di Serravalle", 6, 390, 5850), ("Dialisi", "tutte", 4, 150, 2300)]
    for r in rows: ws.append(list(r))
    ws.append(["TOTALE", "", "=SUM(C5:C10)", "=SUM(D5:D10)", "=SUM(E5:E10)"])
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=4, max_row=11):
        for cl in row: cl.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for cl in ws[4]: cl.font = Font(bold=True)
    for cl in ws[11]: cl.font = Font(bold=True)
    for r in range(5, 12): ws.cell(r, 5).number_format = "#,##0.00"
    for col, w in zip("ABCDE", (36, 22, 14, 12, 14)): ws.column_dimensions[col].width = w
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.page_setup.orientation = "landscape"
    wb.save(out)

# ---------- Agliana (house style: web portal HTML printed by the browser)
CSS = """@page { size: A4; margin: 15mm 18mm } body { font: 10.5pt 'DejaVu Sans', sans-serif }
.lh { display:flex; border-bottom: 3px solid #7a1f1f; padding-bottom: 6px } .lh .n { font-size: 18pt; font-weight: bold; color:#7a1f1f }
.lh .s { font-size: 8.5pt } .grid { display:grid; grid-template-columns: 1fr 1fr; gap: 2px 20px; margin: 10px 0; font-size: 9.5pt }
.grid span { color:#555 } p { text-align: justify; margin: 4px 0 } h2 { text-align:center; font-size: 13pt; letter-spacing: 2px }
.ogg { background:#f1e7e7; padding: 6px; font-weight: bold } .firma { margin-left: 55%; text-align:center; margin-top: 20px }"""
def _alh(extra=""):
    return f"<div class=lh><div><div class=n>Comune di Agliana</div><div class=s>Provincia di Pistoia – Piazza della Resistenza, 2 – 51031 Agliana (PT)</div>{extra}</div></div>"
def agliana_ord(out):
    a = D["agliana_ord"]
    pts = "".join(f"<li>{e(p)}</li>" for p in a["points"])
    open(out, "w").write(f"""<!doctype html><html lang=it><meta charset=utf-8><style>{CSS}</style><body>{_alh("<div class=s><b>SETTORE POLIZIA MUNICIPALE</b></div>")}
<div class=grid><div><span>Ordinanza n.</span> <b>{a['number']}</b></div><div><span>Data</span> <b>{ds(a['date'])}</b></div>
<div><span>Settore</span> {a['organ']}</div><div><span>Prot.</span> 6218/2026</div></div>
<h2>ORDINANZA</h2><div class=ogg>Oggetto: {e(a['subject'])}</div><p style='text-align:center;font-weight:bold'>IL COMANDANTE DELLA POLIZIA MUNICIPALE</p>
<p>VISTA la richiesta della Pro Loco di Agliana, acquisita al prot. n. 5590 del 10.3.2026, relativa allo svolgimento della manifestazione florovivaistica “Agliana in Fiore”;</p>
<p>VISTI gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione;</p>
<p>RITENUTO necessario, per ragioni di sicurezza della circolazione e di pubblica incolumità, adottare i provvedimenti di seguito indicati;</p>
<h2>ORDINA</h2><ol>{pts}</ol>
<p>La presente ordinanza è resa nota mediante l’apposizione dei prescritti segnali stradali e la pubblicazione all’Albo pretorio on line. Avverso il presente provvedimento è ammesso ricorso al TAR della Toscana entro 60 giorni.</p>
<div class=firma>Il Comandante<br><b>Comm. Andrea Bartolini</b><br><small>documento firmato digitalmente</small></div></body></html>""")
def agliana_det(out):
    a = D["agliana_det"]
    pts = "".join(f"<li>{e(p)}</li>" for p in a["points"])
    prem = "".join(f"<p>{e(p)}</p>" for p in PREM)
    open(out, "w").write(f"""<!doctype html><html lang=it><meta charset=utf-8><style>{CSS}
.cols {{ column-count: 2; column-gap: 8mm; font-size: 9.5pt }}</style><body>{_alh()}
<div class=grid><div><span>Settore</span> {a['organ']}</div><div><span>N. Registro Generale</span> <b>{a['number']}</b></div>
<div><span>Servizio</span> {a['office']}</div><div><span>N. Registro di Settore</span> <b>{a['sector']}</b></div>
<div></div><div><span>Data di adozione</span> <b>{ds(a['date'])}</b></div></div>
<h2>DETERMINAZIONE DIRIGENZIALE</h2><div class=ogg>Oggetto: {e(a['subject'])}</div><p style='text-align:center;font-weight:bold'>IL DIRIGENTE</p>
<div class=cols>{prem}<p>PREMESSO che con propria determinazione n. 512 del 10.10.2025 i lavori sono stati affidati alla ditta Edil Ombrone S.n.c.;</p>
<p>VISTO il certificato di regolare esecuzione redatto dal Direttore dei lavori in data 2.3.2026 e sottoscritto dall’impresa senza riserve;</p>
<p>ACCERTATA la regolarità contributiva dell’impresa mediante DURC on line;</p></div>
<h2>DETERMINA</h2><ol>{pts}</ol><div class=firma>Il Dirigente del Settore<br><b>Ing. Roberto Nesti</b></div></body></html>""")
def agliana_avv(out):
    a = D["agliana_avv"]
    open(out, "w").write(f"""<!doctype html><html lang=it><meta charset=utf-8><style>{CSS}</style><body>{_alh("<div class=s><b>"+a['organ']+" – "+a['office']+"</b></div>")}
<h2 style='margin-top:18px'>{e(a['subject'])}</h2>
<p>In esecuzione della determinazione dirigenziale n. 149 del 13.3.2026, si rende noto che dal 23 marzo al 30 aprile 2026 è possibile presentare domanda per l’assegnazione di contributi a sostegno delle spese per le utenze domestiche di energia elettrica, gas e acqua.</p>
<p><b>1. Requisiti.</b> Possono presentare domanda i nuclei familiari residenti nel Comune di Agliana con attestazione ISEE ordinaria in corso di validità non superiore a € 12.000,00.</p>
<p><b>2. Entità del contributo.</b> Il contributo è pari a € 250,00 per nucleo, elevato a € 350,00 per i nuclei con almeno tre figli minori o con un componente con disabilità.</p>
<p><b>3. Modalità di presentazione.</b> La domanda si presenta on line tramite il portale dei servizi del Comune con SPID o CIE, oppure presso lo Sportello Sociale in Piazza della Resistenza, 2, il martedì e il giovedì dalle 9:00 alle 12:30.</p>
<p><b>4. Informazioni.</b> Ufficio Servizi Sociali, tel. 0574 678411, servizisociali@comune.agliana.pt.it.</p>
<p>Agliana, {ds(a['date'])}</p><div class=firma>La Dirigente del Settore Servizi alla Persona<br><b>Dott.ssa Chiara Gori</b></div></body></html>""")

# ---------- Terre Roveresche (house style: the segreteria's typeset and terminal prints)
def tr_dec(out):
    a = D["tr_dec"]; t = lambda s: s.replace("’", "'").replace("€", "\\euro{}")
    items = "\n".join(f"\\item {t(p)}" for p in a["points"]); pr = "\n\n".join(t(p) for p in PREM[:2] + ["VISTO l'art. 50, comma 10, del D.Lgs. n. 267/2000;", "VISTO il CCNL Funzioni Locali del 16 novembre 2022, artt. 16-18;"])
    open(out, "w").write(r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[italian]{babel}\usepackage{eurosym}\usepackage[letterspace=200]{microtype}
\usepackage[margin=2.3cm]{geometry}\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[C]{\footnotesize Comune di Terre Roveresche -- Piazza Garibaldi, 1 -- 61038 Terre Roveresche (PU)}
\begin{document}\begin{center}{\Large\bfseries\textls{COMUNE DI TERRE ROVERESCHE}}\\ Provincia di Pesaro e Urbino\\[4mm]
{\large\bfseries\textls{DECRETO DEL SINDACO}}\\[2mm]\end{center}
\noindent\begin{tabular}{|l|l|}\hline Decreto n. & \textbf{""" + str(a["number"]) + r"""} \\\hline Data & \textbf{""" + dw(a["date"]) + r"""} \\\hline\end{tabular}

\medskip\noindent\textbf{Oggetto: """ + t(a["subject"]) + r"""}

\begin{center}\textbf{\textls{IL SINDACO}}\end{center}
""" + pr + r"""

\begin{center}\textbf{\textls{DECRETA}}\end{center}
\begin{enumerate}""" + items + r"""\end{enumerate}
\vspace{1cm}\hfill\begin{tabular}{c}Il Sindaco\\\textbf{Antonio Sorcinelli}\\{\footnotesize firmato digitalmente}\end{tabular}
\end{document}
""")
def tr_det(out):
    a = D["tr_det"]
    L = [".nr PS 10.5", ".nr VS 13", ".nr LL 16c", ".nr PO 2.5c", ".nh", ".ds CH", ".ds LF Comune di Terre Roveresche", ".ds RF Pag. %", ".ds CF",
         ".DS C", "\\s(16\\fBCOMUNE DI TERRE ROVERESCHE\\fP\\s0", "Provincia di Pesaro e Urbino", ".DE", ".sp 0.5",
         ".TS", "center box tab(|);", "l s s s", "l l l l.", f"\\fB{a['organ'].upper()}\\fP \\(em {a['office']}", "_",
         f"Determinazione n.|\\fB{a['number']}\\fP|del|\\fB{dd(a['date'])}\\fP", f"N. di Area|\\fB{a['sector']}\\fP|Reg. Gen.|2026", ".TE", ".sp 0.5",
         ".LP", f"\\fBOGGETTO: {a['subject']}\\fP", ".sp 0.5", ".DS C", "\\fBIL RESPONSABILE DELL'AREA TECNICA\\fP", ".DE"]
    for p in PREM + ["PREMESSO che a seguito delle piogge del mese di febbraio 2026 si è verificato il cedimento parziale del muro di sostegno di Via della Rocca nel centro storico di Barchi;",
                     "VISTO il preventivo della ditta Metauro Costruzioni S.r.l., acquisito al prot. n. 2987 del 9.3.2026, ritenuto congruo;"]: L += [".PP", p]
    L += [".sp 0.5", ".DS C", "\\fBD E T E R M I N A\\fP", ".DE"]
    for i, p in enumerate(a["points"], 1): L += [f".IP {i}) 4", p]
    L += [".sp 2", ".DS R", "Il Responsabile dell'Area Tecnica", "\\fBGeom. Marco Ciaroni\\fP", ".DE"]
    open(out, "w").write("\n".join(L) + "\n")
def tr_del(out):
    a = D["tr_del"]; import textwrap
    W = 80; L = []
    def C(s): L.append(s.center(W).rstrip())
    def wr(s, ind=0): L.extend(textwrap.wrap(s, W, subsequent_indent=" " * ind))
    C("COMUNE DI TERRE ROVERESCHE"); C("PROVINCIA DI PESARO E URBINO"); L.append("=" * W)
    C("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"); L.append("")
    L.append(f"  NUMERO : {a['number']}                         DATA : {dd(a['date'])}"); L.append("")
    wr("OGGETTO: " + a["subject"], 9); L.append("-" * W)
    wr("L'ANNO DUEMILAVENTISEI ADDI' SEDICI DEL MESE DI MARZO ALLE ORE 18:30 NELLA SALA DELLE ADUNANZE SI E' RIUNITA LA GIUNTA COMUNALE CON L'INTERVENTO DEI SIGNORI:"); L.append("")
    at = a["att"]; cells = [f"{n:<20}{r:<12}{'P' if p else 'A':>2}" for n, r, p in at]
    for i in range(0, len(cells), 2): L.append("  " + "   ".join(cells[i:i+2]))
    L.append(""); L.append("  PRESENTI: 3    ASSENTI: 1"); L.append("")
    wr(f"PARTECIPA IL SEGRETARIO COMUNALE DOTT. {a['secretary'][2]}. ASSUME LA PRESIDENZA IL SINDACO SORCINELLI ANTONIO CHE, CONSTATATO IL NUMERO LEGALE, DICHIARA APERTA LA SEDUTA."); L.append("")
    C("LA GIUNTA COMUNALE"); L.append("")
    for p in ["VISTA LA RICHIESTA DELLA PRO LOCO DI ORCIANO PROT. N. 2710 DEL 2.3.2026;", "VISTO IL REGOLAMENTO COMUNALE PER LA CONCESSIONE DI CONTRIBUTI E PATROCINI;", "VISTI I PARERI FAVOREVOLI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000;", "CON VOTI UNANIMI FAVOREVOLI ESPRESSI IN FORMA PALESE;"]:
        wr(p); L.append("")
    C("D E L I B E R A"); L.append("")
    for i, p in enumerate(a["points"], 1): wr(f"{i}) " + p, 3); L.append("")
    wr("INOLTRE, CON SEPARATA VOTAZIONE UNANIME, LA PRESENTE DELIBERAZIONE E' DICHIARATA IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. N. 267/2000.")
    L += ["", "  IL SINDACO                              IL SEGRETARIO COMUNALE", "  SORCINELLI ANTONIO                      DOTT. GIORGI PIERLUIGI"]
    open(out, "w").write("\n".join(L) + "\n")

if __name__ == "__main__":
    globals()[sys.argv[1]](sys.argv[2])
