#!/usr/bin/env python3
"""Builds four .docx documents (python-docx) that build.sh converts to PDF with
LibreOffice Writer (soffice --headless --convert-to pdf):

  deliberazione-vallesusa-lowriter      Unione Montana Valle Susa, Giunta dell'Unione
  ordinanza-provinciatreviso-wordtemplate   Provincia di Treviso, ordinanza dirigenziale
  avviso-parcoaspromonte-jiride         Ente Parco Nazionale dell'Aspromonte, avviso pubblico n. 3/2026
  determinazione-subiaco-wordtypewriter Comune di Subiaco, typewriter-like Word determinazione
"""
import sys, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "."

J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


def base(font="Liberation Serif", size=11, margins=(2.0, 2.0, 2.2, 2.0)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    for s in d.sections:
        s.top_margin = Cm(margins[0]); s.bottom_margin = Cm(margins[1])
        s.left_margin = Cm(margins[2]); s.right_margin = Cm(margins[3])
        s.page_height = Cm(29.7); s.page_width = Cm(21.0)
    return d


def para(d, text="", align=J, bold=False, size=None, italic=False, underline=False,
         before=0, after=3, font=None, indent=None, first=None, keep=False):
    p = d.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Cm(first)
    if keep:
        p.paragraph_format.keep_with_next = True
    if text:
        runs(p, text, bold=bold, size=size, italic=italic, underline=underline, font=font)
    return p


def runs(p, text, bold=False, size=None, italic=False, underline=False, font=None):
    """text may contain **bold** segments."""
    parts = text.split("**")
    for i, t in enumerate(parts):
        if not t:
            continue
        r = p.add_run(t)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def cell_text(cell, text, bold=False, size=None, align=L, font=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(1)
    runs(p, text, bold=bold, size=size, font=font)


def shade(cell, hexcolor):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def borders(table, sz=4):
    tbl = table._element
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)



def colw(table, widths):
    """Set column widths so that LibreOffice honours them (tblGrid + tcW)."""
    table.autofit = False
    grid = table._element.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for r in table.rows:
        for c, w in zip(r.cells, widths):
            c.width = Cm(w)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def footer_pages(d, prefix, size=8, font=None):
    for s in d.sections:
        p = s.footer.paragraphs[0]
        p.alignment = C
        r = p.add_run(prefix + "Pag. ")
        r.font.size = Pt(size)
        r2 = p.add_run(); r2.font.size = Pt(size); add_field(r2, "PAGE")
        r3 = p.add_run(" di "); r3.font.size = Pt(size)
        r4 = p.add_run(); r4.font.size = Pt(size); add_field(r4, "NUMPAGES")
        if font:
            for r in (r, r2, r3, r4):
                r.font.name = font


# ---------------------------------------------------------------------------
# 1. Unione Montana Valle Susa - Giunta dell'Unione n. 18 del 09/03/2026
# ---------------------------------------------------------------------------
def vallesusa():
    d = base("Liberation Sans", 10.5)
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.alignment = C
    runs(hp, "UNIONE MONTANA VALLE SUSA", bold=True, size=15)
    h2 = s.header.add_paragraph(); h2.alignment = C
    runs(h2, "Città Metropolitana di Torino", size=9, italic=True)
    h3 = s.header.add_paragraph(); h3.alignment = C
    runs(h3, "Via Trattenero n. 15 – 10053 Bussoleno (TO) – C.F. 96035060018 – PEC: protocollo@pec.umvallesusa.to.it", size=7.5)
    footer_pages(d, "Deliberazione G.U. n. 18 del 09/03/2026 – ")

    para(d, "ORIGINALE", align=R, bold=True, size=9, after=6)
    para(d, "VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL'UNIONE", align=C, bold=True, size=12, after=2)
    para(d, "N. 18", align=C, bold=True, size=12, after=8)
    t = d.add_table(rows=1, cols=2); borders(t)
    cell_text(t.cell(0, 0), "OGGETTO:", bold=True)
    cell_text(t.cell(0, 1), "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON I COMUNI ADERENTI PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI PROTEZIONE CIVILE – TRIENNIO 2026-2028.", bold=True)
    colw(t, (2.6, 14.2))
    para(d, "", after=4)
    para(d, "L'anno **duemilaventisei**, addì **nove** del mese di **marzo**, alle ore **17:30**, nella sede dell'Unione Montana in Bussoleno, convocata nei modi e nei termini di legge e di Statuto, si è riunita la Giunta dell'Unione nelle persone dei Signori:", after=6)
    roll = [
        ("GIRARDI ELENA", "Presidente", "X", ""),
        ("BERTOLO MARCO", "Vice Presidente", "X", ""),
        ("FAVRO DAVIDE", "Assessore", "X", ""),
        ("ROCCI SILVIA", "Assessore", "", "X"),
        ("PEROTTO ALDO", "Assessore", "X", ""),
    ]
    t = d.add_table(rows=1, cols=4); borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(("Cognome e Nome", "Carica", "Presente", "Assente")):
        cell_text(t.cell(0, i), h, bold=True, align=C if i > 1 else L); shade(t.cell(0, i), "D9D9D9")
    for row in roll:
        cs = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cs[i], v, align=C if i > 1 else L)
    cs = t.add_row().cells
    cell_text(cs[0], "Totale", bold=True); cell_text(cs[1], "")
    cell_text(cs[2], "4", bold=True, align=C); cell_text(cs[3], "1", bold=True, align=C)
    colw(t, (6.5, 4.5, 2.5, 2.5))
    para(d, "", after=2)
    para(d, "Partecipa alla seduta il Segretario dell'Unione **Dott. Fabrizio Marchetti**, il quale provvede alla redazione del presente verbale.")
    para(d, "Essendo legale il numero degli intervenuti, la **Sig.ra Elena Girardi**, nella sua qualità di **Presidente**, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", after=8)

    para(d, "Proposta n. 21 del 04/03/2026 – Ufficio proponente: Area Tecnica – Servizio Protezione Civile", size=9, italic=True, after=8)
    para(d, "LA GIUNTA DELL'UNIONE", align=C, bold=True, after=6)
    body = [
        "**Premesso** che l'Unione Montana Valle Susa, ai sensi dell'art. 5 dello Statuto, esercita in forma associata per conto dei Comuni aderenti la funzione di pianificazione di protezione civile e di coordinamento dei primi soccorsi di cui all'art. 14, comma 27, lett. e), del D.L. 31 maggio 2010, n. 78;",
        "**Richiamato** il D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile) e in particolare l'art. 12, che attribuisce ai Comuni, anche in forma associata, lo svolgimento delle attività di pianificazione e di direzione dei soccorsi;",
        "**Dato atto** che la convenzione vigente, approvata con deliberazione dell'Assemblea dell'Unione n. 7 del 28/04/2023, scade il 31/03/2026 e che i Comuni aderenti hanno manifestato la volontà di proseguire la gestione associata per il triennio 2026-2028;",
        "**Visto** lo schema di convenzione predisposto dall'Area Tecnica, allegato alla presente quale parte integrante e sostanziale (Allegato A), che disciplina il riparto dei costi in base alla popolazione residente al 31 dicembre 2025 e l'organizzazione del Centro Operativo Intercomunale;",
        "**Acquisiti** i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, dai Responsabili dell'Area Tecnica e dell'Area Finanziaria;",
        "Con voti unanimi favorevoli, espressi in forma palese;",
    ]
    for b in body:
        para(d, b, after=4)
    para(d, "D E L I B E R A", align=C, bold=True, before=4, after=6)
    pts = [
        "di approvare, per le motivazioni espresse in premessa, lo schema di convenzione con i Comuni aderenti per la gestione associata del servizio di protezione civile per il triennio 2026-2028, allegato al presente atto quale parte integrante e sostanziale (Allegato A);",
        "di dare atto che la spesa complessiva stimata in € 46.800,00 annui trova copertura sul capitolo 11020 “Servizio associato di protezione civile” del bilancio di previsione 2026-2028, annualità 2026, 2027 e 2028;",
        "di autorizzare il Presidente alla sottoscrizione della convenzione, con facoltà di apportare le modifiche non sostanziali che si rendessero necessarie;",
        "di trasmettere copia della presente ai Comuni aderenti per l'approvazione dello schema da parte dei rispettivi Consigli Comunali.",
    ]
    for i, ptxt in enumerate(pts, 1):
        para(d, f"{i}.\t{ptxt}", indent=0.8, first=-0.8, after=4)
    para(d, "Successivamente, con separata votazione unanime favorevole, resa in forma palese, la presente deliberazione è dichiarata **immediatamente eseguibile** ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.", before=4, after=10)
    para(d, "Letto, confermato e sottoscritto.", after=10)
    t = d.add_table(rows=3, cols=2)
    cell_text(t.cell(0, 0), "IL PRESIDENTE", bold=True, align=C)
    cell_text(t.cell(0, 1), "IL SEGRETARIO DELL'UNIONE", bold=True, align=C)
    cell_text(t.cell(1, 0), "Elena Girardi", align=C)
    cell_text(t.cell(1, 1), "Dott. Fabrizio Marchetti", align=C)
    cell_text(t.cell(2, 0), "(firmato digitalmente)", size=8, align=C)
    cell_text(t.cell(2, 1), "(firmato digitalmente)", size=8, align=C)
    colw(t, (8.4, 8.4))
    para(d, "", after=8)
    para(d, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. (CAD), il quale sostituisce il documento cartaceo e la firma autografa.", size=8, italic=True, align=C)
    d.save(os.path.join(OUT, "deliberazione-vallesusa-lowriter.docx"))


# ---------------------------------------------------------------------------
# 2. Provincia di Treviso - ordinanza n. 47/2026
# ---------------------------------------------------------------------------
def treviso():
    d = base("Liberation Sans", 10.5, margins=(1.6, 2.0, 2.2, 2.0))
    s = d.sections[0]
    t = s.header.add_table(rows=1, cols=2, width=Cm(16.8))
    colw(t, (10.0, 6.8))
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    cell_text(c0, "PROVINCIA DI TREVISO", bold=True, size=16)
    p = c0.add_paragraph(); runs(p, "Settore Viabilità", bold=True, size=10)
    p = c0.add_paragraph(); runs(p, "Servizio Gestione e Manutenzione Strade", size=9)
    cell_text(c1, "Via Cal di Breda, 116 – 31100 Treviso", size=7.5, align=R)
    p = c1.add_paragraph(); p.alignment = R; runs(p, "tel. 0422 656000 – www.provincia.treviso.it", size=7.5)
    p = c1.add_paragraph(); p.alignment = R; runs(p, "PEC: protocollo.provincia.treviso@pecveneto.it", size=7.5)
    footer_pages(d, "Ordinanza n. 47/2026 – ")

    para(d, "Prot. n. 14820/2026\t\t\t\t\t\t\tTreviso, 10/03/2026", size=9, after=12)
    para(d, "ORDINANZA N. 47/2026", align=C, bold=True, size=13, after=8)
    p = para(d, "", after=10)
    runs(p, "OGGETTO: ", bold=True)
    runs(p, "S.P. 34 “Sinistra Piave” – Chiusura temporanea al traffico veicolare dal km 12+400 al km 13+150 in Comune di Susegana per lavori di rifacimento del piano viabile, dal 23 al 27 marzo 2026.", bold=True)
    para(d, "IL DIRIGENTE DEL SETTORE VIABILITÀ", align=C, bold=True, after=8)
    body = [
        "PREMESSO che con determinazione dirigenziale n. 312 del 18/02/2026 sono stati affidati i lavori di rifacimento del piano viabile lungo la S.P. 34 “Sinistra Piave” alla ditta Costruzioni Stradali Pedemontana S.r.l.;",
        "VISTA la richiesta dell'impresa esecutrice, acquisita al protocollo n. 13977 del 05/03/2026, di chiusura al traffico del tratto interessato per consentire la fresatura e la stesa del nuovo tappeto d'usura in condizioni di sicurezza;",
        "RITENUTO che, per la larghezza della carreggiata e la natura delle lavorazioni, non sia possibile istituire un senso unico alternato e che sia quindi necessario chiudere il tratto al transito veicolare, predisponendo un itinerario alternativo;",
        "SENTITO il Comune di Susegana e acquisito il parere favorevole del Comando di Polizia Locale;",
        "VISTI gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione e attuazione approvato con D.P.R. 16 dicembre 1992, n. 495;",
        "VISTO l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    ]
    for b in body:
        para(d, b, after=4)
    para(d, "O R D I N A", align=C, bold=True, before=6, after=6)
    pts = [
        "la chiusura temporanea al traffico veicolare della S.P. 34 “Sinistra Piave” dal km 12+400 al km 13+150, in Comune di Susegana, dalle ore 8:00 del giorno 23 marzo 2026 alle ore 18:00 del giorno 27 marzo 2026, e comunque fino al termine dei lavori;",
        "l'istituzione del percorso alternativo lungo la S.P. 38 “Mercatelli” e la S.R. 13 “Pontebbana”, debitamente segnalato;",
        "che siano garantiti in ogni momento il transito dei mezzi di soccorso, delle Forze dell'Ordine e l'accesso ai fondi e alle proprietà private laterali;",
        "che l'impresa esecutrice provveda alla posa, alla manutenzione e alla rimozione della segnaletica temporanea conforme al D.M. 10 luglio 2002, a propria cura e spese.",
    ]
    for i, ptxt in enumerate(pts, 1):
        para(d, f"{i})\t{ptxt}", indent=0.8, first=-0.8, after=4)
    para(d, "D I S P O N E", align=C, bold=True, before=6, after=6)
    para(d, "che la presente ordinanza sia pubblicata all'Albo Pretorio on line della Provincia di Treviso e resa nota al pubblico mediante la prescritta segnaletica, e che copia sia trasmessa al Comune di Susegana, alla Prefettura di Treviso, alla Questura, al Comando Provinciale dei Vigili del Fuoco e al SUEM 118.")
    para(d, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. del Veneto entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni, nonché ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992.", after=14)
    para(d, "IL DIRIGENTE", align=R, bold=True, after=2)
    para(d, "Ing. Paolo Zanatta", align=R, after=2)
    para(d, "documento firmato digitalmente ai sensi del D.Lgs. 82/2005", align=R, size=8, italic=True, after=14)
    para(d, "Responsabile del procedimento: geom. Lucia Dal Bò – tel. 0422 656321", size=8)
    d.save(os.path.join(OUT, "ordinanza-provinciatreviso-wordtemplate.docx"))


# ---------------------------------------------------------------------------
# 3. Ente Parco Nazionale dell'Aspromonte - avviso pubblico n. 3/2026
# ---------------------------------------------------------------------------
def aspromonte():
    d = base("Liberation Serif", 11, margins=(1.8, 2.0, 2.3, 2.0))
    s = d.sections[0]
    hp = s.header.paragraphs[0]; hp.alignment = C
    runs(hp, "ENTE PARCO NAZIONALE DELL'ASPROMONTE", bold=True, size=14)
    h2 = s.header.add_paragraph(); h2.alignment = C
    runs(h2, "Via Aurora, 1 – 89057 Gambarie di Santo Stefano in Aspromonte (RC)", size=8)
    h3 = s.header.add_paragraph(); h3.alignment = C
    runs(h3, "C.F. 92014000804 – PEC: epna@pec.parcoaspromonte.gov.it", size=8)
    for sct in d.sections:
        fp = sct.footer.paragraphs[0]; fp.alignment = L
        runs(fp, "Documento generato da J-Iride – Atti amministrativi – Avviso pubblico n. 3/2026", size=7, italic=True)
    para(d, "AREA TECNICO-SCIENTIFICA", align=C, bold=True, size=10, before=4, after=0)
    para(d, "Servizio Conservazione della Natura", align=C, size=10, after=10)
    t = d.add_table(rows=2, cols=2); borders(t, 6); colw(t, (10.0, 6.4))
    cell_text(t.cell(0, 0), "AVVISO PUBBLICO N. 3/2026", bold=True, size=12)
    cell_text(t.cell(0, 1), "Data: 11/03/2026", size=10, align=R)
    m = t.cell(1, 0).merge(t.cell(1, 1))
    cell_text(m, "AVVISO PUBBLICO PER LA CONCESSIONE DI INDENNIZZI PER I DANNI AL PATRIMONIO ZOOTECNICO CAUSATI DALLA FAUNA SELVATICA – ANNUALITÀ 2025", bold=True, size=11, align=C)
    para(d, "", after=6)
    para(d, "IL DIRETTORE", align=C, bold=True, after=6)
    for b in [
        "VISTA la Legge 6 dicembre 1991, n. 394, “Legge quadro sulle aree protette”, e in particolare l'art. 15, comma 3, che prevede l'indennizzo dei danni provocati dalla fauna selvatica del Parco;",
        "VISTO il Regolamento per l'indennizzo dei danni causati dalla fauna selvatica, approvato con deliberazione del Consiglio Direttivo n. 14 del 29/05/2024;",
        "VISTA la Determinazione del Direttore n. 58 del 10/03/2026, con la quale è stato approvato il presente avviso e impegnata la somma di € 120.000,00 sul capitolo 5220 del bilancio 2026;",
    ]:
        para(d, b, after=4)
    para(d, "RENDE NOTO", align=C, bold=True, before=4, after=6)
    para(d, "che gli allevatori titolari di aziende zootecniche ricadenti, in tutto o in parte, nel territorio del Parco Nazionale dell'Aspromonte possono presentare domanda di indennizzo per i danni subiti nel corso dell'anno 2025, secondo le modalità di seguito indicate.", after=6)
    arts = [
        ("Art. 1 – Beneficiari", "Possono presentare domanda i titolari di aziende zootecniche iscritte all'Anagrafe Zootecnica Nazionale, con pascoli o ricoveri ricadenti nel territorio del Parco, che abbiano denunciato l'evento dannoso al Servizio Veterinario dell'ASP di Reggio Calabria e all'Ente entro 72 ore dal suo verificarsi."),
        ("Art. 2 – Danni indennizzabili", "Sono indennizzabili le perdite di capi ovini, caprini, bovini, equini e suini causate da predazione da lupo (Canis lupus) o da cane vagante, accertate dal personale del Reparto Carabinieri Parco, nonché le spese veterinarie documentate per i capi feriti."),
        ("Art. 3 – Modalità e termini di presentazione", "La domanda, redatta sul modello allegato (Allegato 1), deve pervenire entro e non oltre le ore 12:00 del giorno 30 aprile 2026, a mezzo PEC all'indirizzo epna@pec.parcoaspromonte.gov.it ovvero a mano presso l'Ufficio Protocollo dell'Ente."),
        ("Art. 4 – Istruttoria e liquidazione", "Le domande sono istruite dal Servizio Conservazione della Natura secondo l'ordine cronologico di arrivo. L'indennizzo è liquidato nei limiti delle risorse disponibili, in misura pari al valore di mercato dei capi determinato secondo le tabelle ISMEA vigenti alla data dell'evento."),
        ("Art. 5 – Trattamento dei dati personali", "I dati personali forniti sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è l'Ente Parco Nazionale dell'Aspromonte."),
        ("Art. 6 – Responsabile del procedimento", "Responsabile del procedimento è il dott. agr. Saverio Latella, funzionario del Servizio Conservazione della Natura (tel. 0965 743060)."),
    ]
    for h, b in arts:
        para(d, h, bold=True, before=4, after=2, keep=True)
        para(d, b, after=4)
    para(d, "Il presente avviso è pubblicato all'Albo Pretorio on line dell'Ente e sul sito istituzionale www.parcoaspromonte.gov.it.", before=4, after=14)
    para(d, "Gambarie di Santo Stefano in Aspromonte, 11/03/2026", after=14)
    para(d, "IL DIRETTORE f.f.", align=R, bold=True, after=2)
    para(d, "Dott. Domenico Tripodi", align=R, after=2)
    para(d, "(firma digitale ai sensi dell'art. 21 del D.Lgs. 82/2005)", align=R, size=8, italic=True)
    d.save(os.path.join(OUT, "avviso-parcoaspromonte-jiride.docx"))


# ---------------------------------------------------------------------------
# 6. Comune di Subiaco - typewriter-like Word determinazione
# ---------------------------------------------------------------------------
def subiaco():
    F = "Courier New"
    d = base(F, 11, margins=(2.0, 2.0, 2.5, 2.0))
    d.styles["Normal"].paragraph_format.line_spacing = 1.0
    footer_pages(d, "", size=9, font=F)
    para(d, "COMUNE DI SUBIACO", align=C, bold=True, size=14, after=0)
    para(d, "Città Metropolitana di Roma Capitale", align=C, size=10, after=0)
    para(d, "____________________________________________________________", align=C, size=10, after=8)
    para(d, "AREA TECNICA", align=L, bold=True, after=0)
    para(d, "Servizio Lavori Pubblici e Manutenzioni", align=L, after=10)
    para(d, "DETERMINAZIONE N. 112 DEL 06/03/2026", align=L, bold=True, underline=True, after=0)
    para(d, "(Registro Generale)", align=L, size=9, after=4)
    para(d, "Numero di Servizio: 31", align=L, after=10)
    p = para(d, "", align=J, indent=2.5, first=-2.5, after=10)
    runs(p, "OGGETTO:\t", bold=True)
    runs(p, "Lavori di manutenzione straordinaria della copertura della scuola primaria \"Guglielmo Marconi\" - Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 - Impegno di spesa - CIG B7A4C21E90.", bold=True)
    para(d, "IL RESPONSABILE DELL'AREA TECNICA", align=C, bold=True, underline=True, after=8)
    body = [
        "PREMESSO che a seguito delle intense precipitazioni del mese di febbraio 2026 si sono verificate infiltrazioni d'acqua dalla copertura della scuola primaria \"Guglielmo Marconi\" di via dei Monasteri, con danni al controsoffitto di due aule;",
        "VISTO il sopralluogo effettuato dal personale dell'Ufficio Tecnico in data 24/02/2026, dal quale emerge la necessità di intervenire con urgenza sul manto impermeabile e sulle lattonerie;",
        "VISTO il preventivo della ditta Edil Aniene S.r.l., con sede in Subiaco, acquisito al prot. n. 2961 del 02/03/2026, per l'importo di Euro 18.750,00 oltre IVA al 22%, ritenuto congruo;",
        "VISTO l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei lavori di importo inferiore a Euro 150.000,00;",
        "VISTO il decreto sindacale n. 4 del 15/01/2026, di conferimento dell'incarico di Responsabile dell'Area Tecnica;",
        "VISTA la deliberazione del Consiglio Comunale n. 6 del 27/02/2026, di approvazione del bilancio di previsione 2026-2028;",
    ]
    for b in body:
        para(d, b, after=6)
    para(d, "D E T E R M I N A", align=C, bold=True, before=4, after=8)
    pts = [
        "di affidare, ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023, alla ditta Edil Aniene S.r.l. (P.IVA 10984521008) i lavori di manutenzione straordinaria della copertura della scuola primaria \"Guglielmo Marconi\", per l'importo di Euro 18.750,00 oltre IVA;",
        "di impegnare la somma complessiva di Euro 22.875,00 IVA compresa sul capitolo 2045/3 \"Manutenzione straordinaria edifici scolastici\" del bilancio 2026;",
        "di dare atto che il codice identificativo di gara (CIG) è B7A4C21E90;",
        "di dare atto che il Responsabile Unico del Progetto è il geom. Marco Proietti;",
        "di trasmettere la presente al Servizio Finanziario per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
    ]
    for i, ptxt in enumerate(pts, 1):
        para(d, f"{i})\t{ptxt}", indent=1.0, first=-1.0, after=6)
    para(d, "Subiaco, li 06/03/2026", before=10, after=14)
    para(d, "IL RESPONSABILE DELL'AREA TECNICA", align=R, after=2)
    para(d, "(Arch. Stefania Colonna)", align=R, after=2)
    para(d, "________________________", align=R, after=18)
    para(d, "VISTO DI REGOLARITA' CONTABILE", align=C, bold=True, underline=True, after=6)
    para(d, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.", after=4)
    para(d, "Impegno n. 318/2026 - Cap. 2045/3 - Euro 22.875,00", after=8)
    para(d, "Subiaco, li 06/03/2026", align=L, after=8)
    para(d, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO", align=R, after=2)
    para(d, "(Dott. Luigi Pezzotti)", align=R, after=2)
    d.save(os.path.join(OUT, "determinazione-subiaco-wordtypewriter.docx"))


if __name__ == "__main__":
    vallesusa(); treviso(); aspromonte(); subiaco()
