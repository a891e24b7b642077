#!/usr/bin/env python3
"""Comune di Maserada sul Piave - minutes as an Ascot-like legacy package
prints them: 80-column fixed-width reports.

Writes into OUTDIR:
  cc1.txt  (latin-1, for enscript)       Consiglio n. 1, roll in two columns
  cc2.txt  (latin-1, for a2ps)           Consiglio n. 2, votes per councillor
  cc3.tr   (troff source, for groff)     Consiglio n. 3, roll at the item
  gc5.docx (python-docx, for LibreOffice) Giunta n. 5, Word model in Courier
usage: maserada.py OUTDIR
"""
import os
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
WIDTH = 80

COUNCIL = [
    ("ZANATTA GIOVANNI", "SINDACO", "MASERADA VIVA"),
    ("BORTOLUZZI ELENA", "CONSIGLIERE", "MASERADA VIVA"),
    ("FAVARO MICHELE", "CONSIGLIERE", "MASERADA VIVA"),
    ("DAL BO' CHIARA", "CONSIGLIERE", "MASERADA VIVA"),
    ("PIOVESAN LUCA", "CONSIGLIERE", "MASERADA VIVA"),
    ("BUSATO SARA", "CONSIGLIERE", "MASERADA VIVA"),
    ("TONON MARCO", "CONSIGLIERE", "MASERADA VIVA"),
    ("GASPARINI ANNA", "CONSIGLIERE", "MASERADA VIVA"),
    ("VETTORETTI PAOLO", "CONSIGLIERE", "MASERADA VIVA"),
    ("MENEGHIN FEDERICO", "CONSIGLIERE", "INSIEME PER MASERADA"),
    ("CAMPAGNOLO ILARIA", "CONSIGLIERE", "INSIEME PER MASERADA"),
    ("FREGONESE DAVIDE", "CONSIGLIERE", "INSIEME PER MASERADA"),
    ("DE PICCOLI NICOLETTA", "CONSIGLIERE", "INSIEME PER MASERADA"),
]


def justify(text, width=WIDTH, indent=0, hang=0):
    """Fill and justify to a fixed width by widening the blanks, as the package does."""
    lines = textwrap.wrap(text, width=width - indent - hang, break_on_hyphens=False)
    out = []
    for i, ln in enumerate(lines):
        pre = " " * (indent if i == 0 else indent + hang)
        w = width - len(pre)
        if i < len(lines) - 1:
            words = ln.split(" ")
            gaps = len(words) - 1
            extra = w - len(ln)
            if gaps:
                for g in range(extra):
                    k = (g * 7) % gaps
                    words[k] += " "
            ln = " ".join(words)
        out.append(pre + ln)
    return out


def rule(ch="-"):
    return ch * WIDTH


def center(s):
    return s.center(WIDTH).rstrip()


def header(num, date, ora, organ="CONSIGLIO COMUNALE"):
    lt = "COMUNE DI MASERADA SUL PIAVE"
    rt = "PROVINCIA DI TREVISO"
    spaced = " ".join("VERBALE DI DELIBERAZIONE")
    spaced2 = " ".join("DEL " + organ)
    return [
        lt + " " * (WIDTH - len(lt) - len(rt)) + rt,
        "Piazza 1 Novembre, 1 - 31052 Maserada sul Piave (TV)".ljust(WIDTH - 5) + "COPIA",
        rule("="),
        "",
        center(spaced.replace("  ", "   ")),
        center(spaced2.replace("  ", "   ")),
        "",
        rule(),
        (" N. %-8s" % num) + ("DEL %s" % date).center(44) + ("ORE %s" % ora).rjust(WIDTH - 12 - 44),
        rule(),
    ]


def oggetto(subject):
    lines = textwrap.wrap(subject, width=WIDTH - 11)
    out = []
    for i, ln in enumerate(lines):
        out.append((" OGGETTO:  " if i == 0 else " " * 11) + ln)
    return out + [rule()]


def roll_two_columns(absent):
    out = ["N. COGNOME E NOME       CARICA      P A  N. COGNOME E NOME       CARICA      P A",
           "-- -------------------- ----------- - -  -- -------------------- ----------- - -"]
    half = (len(COUNCIL) + 1) // 2
    for i in range(half):
        cols = []
        for j in (i, i + half):
            if j < len(COUNCIL):
                n, r, _ = COUNCIL[j]
                p, a = (" ", "X") if n in absent else ("X", " ")
                cols.append("%2d %-20s %-11s %1s %1s" % (j + 1, n, r, p, a))
        out.append("  ".join(cols).rstrip())
    return out


def signatures(left, lname, right, rname):
    return [
        "",
        " Letto, approvato e sottoscritto.",
        "",
        "          %-34s%s" % (left, right),
        "          %-34s%s" % ("F.to " + lname, "F.to " + rname),
        "",
        rule(),
    ]


def publication(num):
    return justify(
        "CERTIFICATO DI PUBBLICAZIONE - Copia della presente deliberazione viene pubblicata all'Albo Pretorio on "
        "line del Comune per quindici giorni consecutivi ai sensi dell'art. 124 del D.Lgs. 267/2000. "
        "Reg. pubbl. n. %d." % num, indent=1)


# ------------------------------------------------------------------ CC 1
def cc1():
    absent = {"FREGONESE DAVIDE"}
    L = header("1", "26/01/2027", "20:00")
    L += oggetto("ADOZIONE DELLA VARIANTE N. 9 AL PIANO DEGLI INTERVENTI (P.I.) AI SENSI DELL'ART. 18 DELLA L.R. "
                 "23 APRILE 2004, N. 11.")
    L += [""]
    L += justify("L'anno duemilaventisette, addì ventisei del mese di gennaio alle ore 20:00 nella sala consiliare "
                 "della sede municipale, previa convocazione con avvisi scritti notificati ai sensi di legge e di "
                 "regolamento, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima "
                 "convocazione. Eseguito l'appello risultano:", indent=1)
    L += [""]
    L += roll_two_columns(absent)
    L += ["", " ASSEGNATI N. 13    IN CARICA N. 13    PRESENTI N. 12    ASSENTI N. 1", ""]
    L += justify("PARTECIPA ALLA SEDUTA IL SEGRETARIO COMUNALE DOTT. BRESSAN STEFANO.", indent=1)
    L += justify("ASSUME LA PRESIDENZA IL SIG. ZANATTA GIOVANNI NELLA SUA QUALITA' DI SINDACO, IL QUALE, "
                 "CONSTATATO IL NUMERO LEGALE DEGLI INTERVENUTI, DICHIARA APERTA LA SEDUTA.", indent=1)
    L += ["", center("IL CONSIGLIO COMUNALE"), ""]
    for t in [
        "Premesso che il Comune di Maserada sul Piave è dotato di Piano di Assetto del Territorio (P.A.T.) approvato "
        "in Conferenza di servizi e ratificato con decreto del Presidente della Provincia di Treviso, e di Piano degli "
        "Interventi, da ultimo variato con deliberazione consiliare n. 27 del 18/06/2026;",
        "Visto il Documento del Sindaco illustrato al Consiglio Comunale nella seduta del 30/09/2026, ai sensi "
        "dell'art. 18, comma 1, della L.R. 11/2004;",
        "Visti gli elaborati della Variante n. 9 al P.I. redatti dall'Ufficio Urbanistica ed Edilizia Privata e "
        "trasmessi ai Consiglieri con nota prot. n. 812 del 15/01/2027, unitamente alla valutazione di compatibilità "
        "idraulica ed alla dichiarazione di non necessità della valutazione di incidenza ambientale;",
        "Dato atto che la variante recepisce n. 6 richieste di riclassificazione di aree edificabili in aree prive di "
        "capacità edificatoria ai sensi dell'art. 7 della L.R. 4/2015 e aggiorna il Prontuario per la qualità "
        "architettonica;",
        "Acquisito il parere favorevole di regolarità tecnica del Responsabile dell'Area Tecnica, ai sensi "
        "dell'art. 49 del D.Lgs. 267/2000;",
        "Con voti favorevoli n. 9, contrari nessuno, astenuti n. 3 (MENEGHIN, CAMPAGNOLO, DE PICCOLI), espressi per "
        "alzata di mano dai n. 12 consiglieri presenti;",
    ]:
        L += justify(t, indent=1) + [""]
    L += [center("D E L I B E R A"), ""]
    for i, t in enumerate([
        "di adottare, ai sensi dell'art. 18, comma 2, della L.R. 11/2004, la Variante n. 9 al Piano degli Interventi, "
        "costituita dagli elaborati elencati in premessa e depositati agli atti;",
        "di dare atto che, entro otto giorni dall'adozione, la variante sarà depositata a disposizione del pubblico "
        "per trenta giorni consecutivi presso la sede comunale, decorsi i quali chiunque può formulare osservazioni "
        "entro i successivi trenta giorni;",
        "di trasmettere la variante alla Provincia di Treviso e al Consorzio di Bonifica Piave per quanto di "
        "competenza;",
        "di applicare, dalla data di adozione, le misure di salvaguardia previste dall'art. 29 della L.R. 11/2004.",
    ], 1):
        L += justify("%d) %s" % (i, t), indent=1, hang=3)
    L += [""]
    L += justify("Successivamente, con separata votazione che riporta il medesimo esito (favorevoli n. 9, astenuti "
                 "n. 3), la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, "
                 "comma 4, del D.Lgs. 267/2000.", indent=1)
    L += signatures("IL SINDACO", "ZANATTA GIOVANNI", "IL SEGRETARIO COMUNALE", "DOTT. BRESSAN STEFANO")
    L += publication(96)
    return "\n".join(L) + "\n"


# ------------------------------------------------------------------ CC 2
def cc2():
    absent = {"FREGONESE DAVIDE"}
    L = header("2", "26/01/2027", "20:00")
    L += oggetto("ISTITUZIONE DELLA CONSULTA COMUNALE DEI GIOVANI E APPROVAZIONE DEL RELATIVO REGOLAMENTO.")
    L += [""]
    L += justify("L'anno duemilaventisette, addì ventisei del mese di gennaio alle ore 20:00 nella sala consiliare "
                 "della sede municipale, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica "
                 "di prima convocazione. All'appello risultano:", indent=1)
    L += [""]
    L += roll_two_columns(absent)
    L += ["", " ASSEGNATI N. 13    IN CARICA N. 13    PRESENTI N. 12    ASSENTI N. 1", ""]
    L += justify("PRESIEDE IL SINDACO ZANATTA GIOVANNI. PARTECIPA IL SEGRETARIO COMUNALE DOTT. BRESSAN STEFANO.",
                 indent=1)
    L += [""]
    L += justify("*** ALLE ORE 21:15, PRIMA DELLA TRATTAZIONE DEL PRESENTE PUNTO, ENTRA IL CONSIGLIERE FREGONESE "
                 "DAVIDE. PRESENTI N. 13. ***", indent=1)
    L += ["", center("IL CONSIGLIO COMUNALE"), ""]
    for t in [
        "Premesso che lo Statuto comunale, all'art. 9, promuove la partecipazione dei giovani alla vita "
        "amministrativa e prevede l'istituzione di organismi consultivi;",
        "Vista la proposta di regolamento predisposta dall'Area Servizi alla Persona, composta di n. 14 articoli, "
        "esaminata dalla Commissione consiliare Affari Generali nella seduta del 19/01/2027;",
        "Uditi gli interventi dei consiglieri MENEGHIN e CAMPAGNOLO e la replica dell'Assessore FAVARO;",
        "Acquisito il parere favorevole di regolarità tecnica del Responsabile dell'Area Servizi alla Persona, "
        "dando atto che il presente provvedimento non comporta oneri diretti a carico del bilancio;",
        "Su richiesta del consigliere MENEGHIN FEDERICO la votazione si svolge per appello nominale, con il "
        "seguente esito:",
    ]:
        L += justify(t, indent=1) + [""]
    votes = {n: "FAVOREVOLE" for n, _, _ in COUNCIL}
    votes["MENEGHIN FEDERICO"] = "CONTRARIO"
    votes["FREGONESE DAVIDE"] = "CONTRARIO"
    votes["CAMPAGNOLO ILARIA"] = "ASTENUTO"
    for n, _, _ in COUNCIL:
        L.append("     %-30s %s" % (n, votes[n]))
    L += ["", " PRESENTI N. 13  VOTANTI N. 12  FAVOREVOLI N. 10  CONTRARI N. 2  ASTENUTI N. 1", ""]
    L += [center("D E L I B E R A"), ""]
    for i, t in enumerate([
        "di istituire la Consulta comunale dei giovani quale organismo consultivo del Consiglio e della Giunta;",
        "di approvare il Regolamento della Consulta comunale dei giovani, composto di n. 14 articoli, allegato "
        "al presente provvedimento quale parte integrante;",
        "di incaricare il Responsabile dell'Area Servizi alla Persona di pubblicare l'avviso per la raccolta delle "
        "candidature entro sessanta giorni dall'esecutività del presente atto.",
    ], 1):
        L += justify("%d) %s" % (i, t), indent=1, hang=3)
    L += signatures("IL SINDACO", "ZANATTA GIOVANNI", "IL SEGRETARIO COMUNALE", "DOTT. BRESSAN STEFANO")
    L += publication(97)
    return "\n".join(L) + "\n"


# ------------------------------------------------------------------ CC 3 (troff)
def troff_escape(s):
    s = s.replace("\\", "\\\\").replace("'", "\\(aq")
    if set(s.strip()) <= {"-", "=", " "}:
        s = s.replace("-", "\\-")  # drawn rules: minus signs, as the package's troff filter writes them
    return s


def cc3():
    absent = {"ZANATTA GIOVANNI", "DE PICCOLI NICOLETTA"}
    note = {"ZANATTA GIOVANNI": "USCITO ART. 78", "DE PICCOLI NICOLETTA": "USCITA", "FREGONESE DAVIDE": "ENTRATO 21:15"}
    hdr = header("3", "26/01/2027", "20:00")
    out = [
        '.\\" Maserada sul Piave - delibera C.C. 3/2027 - troff, Courier, 80 colonne',
        ".pl 11.69i", ".po 0.85i", ".nh", ".ll 6.67i", ".lt 6.67i", ".fam C", ".ft CR", ".ps 10", ".vs 12.5p",
        ".nr PN 1",
        ".de hd", "'sp 0.45i",
        ".if \\\\n%>1 .tl 'COMUNE DI MASERADA SUL PIAVE''DELIB. C.C. N. 3 DEL 26/01/2027'",
        "'sp 0.35i", "..",
        ".de fo", "'sp 0.3i", ".tl ''\\- Pag. % \\-''", "'bp", "..",
        ".wh 0 hd", ".wh -0.9i fo",
        ".nf",
    ]
    for ln in hdr:
        out.append(troff_escape(ln) if ln else "")
    for ln in oggetto("SDEMANIALIZZAZIONE E ALIENAZIONE DI UN RELITTO STRADALE IN VIA SAN MARTINO, FRAZIONE "
                      "CANDELU' - APPROVAZIONE."):
        out.append(troff_escape(ln))
    out += ["", ".fi", ".ad b"]
    out.append(troff_escape(
        "L'anno duemilaventisette, addì ventisei del mese di gennaio, nel prosieguo della seduta "
        "del Consiglio Comunale convocata per le ore 20:00, in sessione ordinaria e seduta pubblica di prima "
        "convocazione, al momento "
        "della trattazione del punto n. 3 dell'ordine del giorno risultano:"))
    out += [".sp", ".nf"]
    out.append(troff_escape(" N. COGNOME E NOME          CARICA        PRES. ASS.  NOTE"))
    out.append(troff_escape(" -- --------------------  -----------   ----- ----  ---------------"))
    for i, (n, r, _) in enumerate(COUNCIL, 1):
        p, a = ("", "X") if n in absent else ("X", "")
        out.append(troff_escape(" %2d %-20s  %-11s   %-5s %-4s  %s" % (i, n, r, p.center(5), a.center(4), note.get(n, ""))))
    out.append("")
    out.append(troff_escape(" ASSEGNATI N. 13  -  IN CARICA N. 13  -  PRESENTI N. 11  -  ASSENTI N. 2"))
    out += [".sp", ".fi"]
    for t in [
        "PRIMA DELLA TRATTAZIONE DEL PRESENTE PUNTO IL SINDACO ZANATTA GIOVANNI DICHIARA DI ASTENERSI AI SENSI "
        "DELL'ART. 78, COMMA 2, DEL D.LGS. 267/2000, PER RAPPORTI DI PARENTELA CON UNO DEI CONFINANTI, ED ESCE "
        "DALL'AULA; ESCE ALTRESI' LA CONSIGLIERA DE PICCOLI NICOLETTA.",
        "ASSUME LA PRESIDENZA IL VICESINDACO BORTOLUZZI ELENA. PARTECIPA IL SEGRETARIO COMUNALE DOTT. BRESSAN "
        "STEFANO, CHE CURA LA VERBALIZZAZIONE.",
    ]:
        out += [troff_escape(t), ".sp 0.5"]
    out += [".sp", ".ce", "I L   C O N S I G L I O   C O M U N A L E", ".sp"]
    for t in [
        "Premesso che il tratto terminale di via San Martino, in frazione Candelù, identificato al Catasto Terreni "
        "al foglio 12, mappali 845 e 846, per una superficie complessiva di mq 214, ha perso da tempo la "
        "funzione di pubblico transito a seguito della realizzazione della nuova viabilità di quartiere;",
        "Vista l'istanza dei proprietari frontisti, acquisita al protocollo n. 15877 del 02/10/2026, con la quale "
        "si chiede l'acquisto del relitto stradale per l'accorpamento alle rispettive proprietà;",
        "Vista la perizia di stima redatta dall'Ufficio Tecnico comunale in data 11/12/2026, che determina il "
        "valore venale dell'area in euro 4.280,00, oltre alle spese di frazionamento e di rogito a carico degli "
        "acquirenti;",
        "Richiamato l'art. 2 della L.R. Veneto 13 aprile 2001, n. 11 in materia di classificazione e "
        "declassificazione delle strade comunali;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;",
        "Con voti favorevoli n. 8, contrari nessuno, astenuti n. 3 (MENEGHIN, CAMPAGNOLO, FREGONESE), espressi "
        "per alzata di mano dagli 11 consiglieri presenti;",
    ]:
        out += [troff_escape(t), ".sp 0.5"]
    out += [".ce", "D E L I B E R A", ".sp 0.5", ".in 0.35i"]
    for i, t in enumerate([
        "di sdemanializzare il relitto stradale di via San Martino, frazione Candelù, identificato al foglio 12, "
        "mappali 845 e 846, trasferendolo al patrimonio disponibile del Comune;",
        "di alienare il relitto ai proprietari frontisti al prezzo di euro 4.280,00 determinato con la perizia "
        "di stima richiamata in premessa;",
        "di dare atto che tutte le spese tecniche, notarili e fiscali sono a carico degli acquirenti;",
        "di autorizzare il Responsabile dell'Area Tecnica alla stipula del contratto di compravendita.",
    ], 1):
        out += [".ti -0.35i", troff_escape("%d)  %s" % (i, t)), ".sp 0.3"]
    out += [".in 0", ".sp 0.5"]
    out.append(troff_escape(
        "Successivamente, con separata votazione dal medesimo esito, la presente deliberazione è dichiarata "
        "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."))
    out += [".sp 2", ".nf", "Letto, approvato e sottoscritto.", ".sp",
            troff_escape("          IL PRESIDENTE                     IL SEGRETARIO COMUNALE"),
            troff_escape("          F.to BORTOLUZZI ELENA             F.to DOTT. BRESSAN STEFANO"),
            ".sp", troff_escape(rule()), ".fi"]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ GC 5 (docx)
def gc5(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)
    st = doc.styles["Normal"]
    st.font.name = "Courier New"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "Courier New")
    doc.core_properties.author = "Ufficio Segreteria"
    doc.core_properties.title = "Delibera G.C. n. 5 del 21/01/2027"

    def line(s="", bold=False, align=None):
        p = doc.add_paragraph()
        r = p.add_run(s)
        r.bold = bold
        if align:
            p.alignment = align
        return p

    def para(s):
        p = doc.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(6)
        return p

    # footer with the act number, as the Word model has it
    fp = sec.footer.paragraphs[0]
    fp.text = "Delib. G.C. n. 5 del 21/01/2027 - Comune di Maserada sul Piave"
    fp.runs[0].font.size = Pt(8)

    line("COMUNE DI MASERADA SUL PIAVE                          PROVINCIA DI TREVISO", bold=True)
    line("Piazza 1 Novembre, 1 - 31052 Maserada sul Piave (TV)                     COPIA")
    line("=" * 76)
    line()
    line(" ".join("VERBALE DI DELIBERAZIONE"), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    line(" ".join("DELLA GIUNTA COMUNALE").replace("  ", "   "), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    line()
    line("-" * 76)
    line(" N. ___5___              DEL ___21/01/2027___              ORE ___18:30___")
    line("-" * 76)
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Mm(22)
    p.paragraph_format.first_line_indent = Mm(-22)
    r = p.add_run("OGGETTO:  ")
    r.bold = True
    r = p.add_run("CONTRIBUTO STRAORDINARIO ALLA SCUOLA DELL'INFANZIA PARITARIA \"SAN GIUSEPPE\" DI VARAGO PER "
                  "L'ANNO SCOLASTICO 2026/2027 - APPROVAZIONE DEI CRITERI DI EROGAZIONE.")
    r.bold = True
    line("-" * 76)
    line()
    para("L'anno ___duemilaventisette___ addì ___ventuno___ del mese di ___gennaio___ alle ore ___18:30___ "
         "nella Residenza Municipale, convocata nei modi di legge, si è riunita la Giunta Comunale. "
         "Eseguito l'appello risultano:")
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    hdrs = ["COGNOME E NOME", "CARICA", "PRESENTE", "ASSENTE"]
    for c, h in zip(tbl.rows[0].cells, hdrs):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for n, r_, pres in [("ZANATTA GIOVANNI", "SINDACO", True), ("BORTOLUZZI ELENA", "VICESINDACO", True),
                        ("FAVARO MICHELE", "ASSESSORE", True), ("PIOVESAN LUCA", "ASSESSORE", True),
                        ("BUSATO SARA", "ASSESSORE", False)]:
        cells = tbl.add_row().cells
        cells[0].text = n
        cells[1].text = r_
        cells[2].text = "__X__" if pres else "_____"
        cells[3].text = "_____" if pres else "__X__"
    for row in tbl.rows:
        for w, c in zip((Mm(62), Mm(42), Mm(32), Mm(32)), row.cells):
            c.width = w
    line()
    line("                              PRESENTI N. ___4___     ASSENTI N. ___1___")
    line()
    para("Partecipa alla seduta il Segretario Comunale ___DOTT. BRESSAN STEFANO___ il quale provvede alla "
         "redazione del presente verbale.")
    para("Essendo legale il numero degli intervenuti, il Sig. ___ZANATTA GIOVANNI___ nella sua qualità di "
         "___SINDACO___ assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra "
         "indicato.")
    line("L A   G I U N T A   C O M U N A L E", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    line()
    for t in [
        "PREMESSO che nel territorio comunale, in frazione Varago, opera la scuola dell'infanzia paritaria "
        "\"San Giuseppe\", gestita da ente parrocchiale senza scopo di lucro, frequentata nell'anno scolastico "
        "2026/2027 da n. 58 bambini residenti;",
        "RICHIAMATA la convenzione in essere tra il Comune e le scuole dell'infanzia paritarie del territorio, "
        "approvata con deliberazione consiliare n. 31 del 25/07/2024, che prevede la possibilità di contributi "
        "straordinari per interventi di adeguamento degli edifici;",
        "VISTA la richiesta presentata dal legale rappresentante della scuola, acquisita al protocollo n. 1044 del "
        "12/01/2027, relativa alle spese sostenute per la sostituzione dei serramenti e l'adeguamento antincendio "
        "dei locali;",
        "DATO ATTO che la somma di euro 12.000,00 trova copertura al capitolo 10415 del bilancio di previsione "
        "2027/2029, annualità 2027;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
        "D.Lgs. 267/2000;",
        "CON VOTI unanimi favorevoli, espressi in forma palese;",
    ]:
        para(t)
    line("D E L I B E R A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    line()
    for i, t in enumerate([
        "di assegnare alla scuola dell'infanzia paritaria \"San Giuseppe\" di Varago un contributo straordinario "
        "di euro 12.000,00 per l'anno scolastico 2026/2027;",
        "di stabilire che il contributo sarà erogato per il 50% entro il 31/03/2027 e per il restante 50% a "
        "presentazione della rendicontazione delle spese sostenute;",
        "di demandare al Responsabile dell'Area Servizi alla Persona gli atti di impegno e liquidazione.",
    ], 1):
        p = para("%d) %s" % (i, t))
        p.paragraph_format.left_indent = Mm(8)
        p.paragraph_format.first_line_indent = Mm(-8)
    para("Con separata votazione unanime la presente deliberazione è dichiarata immediatamente eseguibile ai sensi "
         "dell'art. 134, comma 4, del D.Lgs. 267/2000.")
    line()
    line("Letto, approvato e sottoscritto.")
    line()
    line("        IL SINDACO                          IL SEGRETARIO COMUNALE", bold=True)
    line("  F.to ___ZANATTA GIOVANNI___           F.to ___DOTT. BRESSAN STEFANO___")
    doc.save(path)


os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "cc1.txt"), "w", encoding="latin-1") as f:
    f.write(cc1())
with open(os.path.join(OUT, "cc2.txt"), "w", encoding="latin-1") as f:
    f.write(cc2())
with open(os.path.join(OUT, "cc3.tr"), "w", encoding="latin-1") as f:
    f.write(cc3())
gc5(os.path.join(OUT, "gc5.docx"))
