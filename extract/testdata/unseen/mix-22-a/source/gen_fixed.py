#!/usr/bin/env python3
"""Legacy fixed-width prints.

  deliberazione-sanmarcoinlamis-siscom   80 columns, Courier, written as a
        PostScript spool file (sanmarcoinlamis.ps) that build.sh turns into
        PDF with ghostscript's ps2pdf, as old AS/400-style print servers did.
  determinazione-cassanoallionio-datagraph   132 columns landscape, Courier 8.4,
        drawn line by line with reportlab (one text object per line).
"""
import sys, os, textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "."


def wrap(text, width=78, indent=""):
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_on_hyphens=False)


def center(s, w=80):
    return s.center(w).rstrip()


# ---------------------------------------------------------------------------
# San Marco in Lamis: Consiglio Comunale n. 9 del 05/03/2026 (80 columns)
# ---------------------------------------------------------------------------
def sanmarco_lines():
    W = 80
    L = []
    L += [center("COMUNE DI SAN MARCO IN LAMIS"), center("PROVINCIA DI FOGGIA"), ""]
    L += ["+" + "-" * 78 + "+"]
    L += ["|" + "COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE".center(78) + "|"]
    L += ["+" + "-" * 78 + "+"]
    L += ["|  N. 9        DEL 05/03/2026      SESSIONE ORDINARIA - PRIMA CONVOCAZIONE     |"]
    L += ["+" + "-" * 78 + "+"]
    subj = ("APPROVAZIONE DI MODIFICHE AL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL "
            "CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE "
            "PUBBLICITARIA - ARTT. 14 E 27.")
    sl = textwrap.wrap(subj, 66)
    for i, s in enumerate(sl):
        lab = "OGGETTO:  " if i == 0 else " " * 10
        L += ["| " + lab + s.ljust(66) + " |"]
    L += ["+" + "-" * 78 + "+", ""]
    L += wrap("L'ANNO DUEMILAVENTISEI IL GIORNO CINQUE DEL MESE DI MARZO ALLE ORE 18,30 "
              "NELLA SALA DELLE ADUNANZE CONSILIARI DEL PALAZZO DI CITTA', A SEGUITO DI "
              "AVVISO SCRITTO NOTIFICATO AI SINGOLI CONSIGLIERI NEI MODI E NEI TERMINI DI "
              "LEGGE, SI E' RIUNITO IL CONSIGLIO COMUNALE IN SESSIONE ORDINARIA ED IN SEDUTA "
              "PUBBLICA DI PRIMA CONVOCAZIONE.", 80)
    L += [""]
    L += wrap("ALL'APPELLO NOMINALE RISULTANO:", 80)
    roll = [
        ("NARDELLA MICHELE", "SINDACO", "SI"),
        ("GALANTE ROSA", "PRESIDENTE", "SI"),
        ("TARDIO ANTONIO", "CONSIGLIERE", "SI"),
        ("CERA GIUSEPPE", "CONSIGLIERE", "SI"),
        ("LA PORTA MATTEO", "CONSIGLIERE", "NO"),
        ("SOCCIO ANNA MARIA", "CONSIGLIERE", "SI"),
        ("SCIRPOLI LUIGI", "CONSIGLIERE", "SI"),
        ("PADOVANO FRANCESCO", "CONSIGLIERE", "SI"),
        ("DE CATA MARIA GRAZIA", "CONSIGLIERE", "SI"),
        ("SIENA PASQUALE", "CONSIGLIERE", "NO"),
        ("IANZANO ROBERTO", "CONSIGLIERE", "SI"),
        ("CURSIO ELENA", "CONSIGLIERE", "SI"),
        ("MARTINO DONATO", "CONSIGLIERE", "SI"),
    ]
    L += ["+----+------------------------------+----------------+----------+----------+"]
    L += ["| N. | COGNOME E NOME               | CARICA         | PRESENTE | ASSENTE  |"]
    L += ["+----+------------------------------+----------------+----------+----------+"]
    for i, (n, r, p) in enumerate(roll, 1):
        pr = "   SI" if p == "SI" else ""
        ab = "   SI" if p == "NO" else ""
        L += ["| %2d | %-28s | %-14s | %-8s | %-8s |" % (i, n, r, pr, ab)]
    L += ["+----+------------------------------+----------------+----------+----------+"]
    L += ["|    | TOTALE                       |                |    11    |     2    |"]
    L += ["+----+------------------------------+----------------+----------+----------+", ""]
    L += wrap("PARTECIPA IL SEGRETARIO GENERALE DOTT.SSA CARMELA D'AMBROSIO, CHE CURA LA "
              "REDAZIONE DEL PRESENTE VERBALE.", 80)
    L += wrap("ASSUME LA PRESIDENZA LA SIG.RA GALANTE ROSA NELLA SUA QUALITA' DI PRESIDENTE "
              "DEL CONSIGLIO, LA QUALE, CONSTATATO IL NUMERO LEGALE DEGLI INTERVENUTI, "
              "DICHIARA APERTA LA SEDUTA.", 80)
    L += [""]
    L += ["PARERI EX ART. 49 D.LGS. 267/2000:"]
    L += ["REGOLARITA' TECNICA ............................................ FAVOREVOLE"]
    L += ["REGOLARITA' CONTABILE .......................................... FAVOREVOLE"]
    L += [""]
    L += [center("IL CONSIGLIO COMUNALE"), ""]
    prem = [
        "PREMESSO CHE CON DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 11 DEL 29/03/2021 E' STATO "
        "APPROVATO IL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, "
        "AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA DI CUI ALL'ART. 1, COMMI DA 816 A 836, "
        "DELLA LEGGE 27 DICEMBRE 2019, N. 160;",
        "CONSIDERATO CHE L'UFFICIO TRIBUTI HA RILEVATO LA NECESSITA' DI AGGIORNARE L'ART. 14 "
        "(OCCUPAZIONI PER ATTIVITA' EDILIZIE) E L'ART. 27 (RIDUZIONI ED ESENZIONI) PER "
        "FAVORIRE LA RIQUALIFICAZIONE DEGLI IMMOBILI DEL CENTRO STORICO;",
        "VISTO IL PARERE DELL'ORGANO DI REVISIONE ECONOMICO-FINANZIARIA, ACQUISITO AL "
        "PROTOCOLLO N. 3904 DEL 26/02/2026;",
        "UDITA LA RELAZIONE DELL'ASSESSORE AL BILANCIO E GLI INTERVENTI DEI CONSIGLIERI, "
        "RIPORTATI NEL RESOCONTO DELLA SEDUTA;",
        "CON LA SEGUENTE VOTAZIONE, RESA IN FORMA PALESE PER ALZATA DI MANO:",
    ]
    for p in prem:
        L += wrap(p, 80) + [""]
    L += ["PRESENTI N. 11 - VOTANTI N. 10 - FAVOREVOLI N. 8 - CONTRARI N. 2 (SCIRPOLI,",
          "CURSIO E.) - ASTENUTI N. 1 (IANZANO)", ""]
    L += [center("D E L I B E R A"), ""]
    pts = [
        "DI APPROVARE LE MODIFICHE AGLI ARTT. 14 E 27 DEL REGOLAMENTO COMUNALE PER LA "
        "DISCIPLINA DEL CANONE PATRIMONIALE, NEL TESTO ALLEGATO SUB A) ALLA PRESENTE "
        "DELIBERAZIONE, DI CUI COSTITUISCE PARTE INTEGRANTE E SOSTANZIALE;",
        "DI DARE ATTO CHE LE MODIFICHE ENTRANO IN VIGORE DAL 1 GENNAIO 2026, AI SENSI "
        "DELL'ART. 53, COMMA 16, DELLA LEGGE 23 DICEMBRE 2000, N. 388;",
        "DI TRASMETTERE LA PRESENTE DELIBERAZIONE AL MINISTERO DELL'ECONOMIA E DELLE "
        "FINANZE PER IL TRAMITE DEL PORTALE DEL FEDERALISMO FISCALE.",
    ]
    for i, p in enumerate(pts, 1):
        w = wrap(p, 74)
        L += ["%d) - " % i + w[0]] + ["     " + x for x in w[1:]] + [""]
    L += wrap("SUCCESSIVAMENTE, CON SEPARATA VOTAZIONE CHE DA' IL SEGUENTE RISULTATO: "
              "PRESENTI N. 11 - VOTANTI N. 10 - FAVOREVOLI N. 8 - CONTRARI N. 2 - "
              "ASTENUTI N. 1, LA PRESENTE DELIBERAZIONE VIENE DICHIARATA IMMEDIATAMENTE "
              "ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. 18/08/2000 N. 267.", 80)
    L += ["", "LETTO, CONFERMATO E SOTTOSCRITTO.", ""]
    L += ["      IL PRESIDENTE DEL CONSIGLIO              IL SEGRETARIO GENERALE"]
    L += ["        F.TO SIG.RA ROSA GALANTE          F.TO DOTT.SSA CARMELA D'AMBROSIO", ""]
    L += ["=" * 80]
    L += [center("CERTIFICATO DI PUBBLICAZIONE")]
    L += ["=" * 80]
    L += wrap("SI CERTIFICA CHE COPIA DELLA PRESENTE DELIBERAZIONE VIENE PUBBLICATA "
              "ALL'ALBO PRETORIO ON LINE DEL COMUNE PER 15 GIORNI CONSECUTIVI A PARTIRE "
              "DAL 12/03/2026 (REG. PUBBL. N. 388).", 80)
    L += ["", "SAN MARCO IN LAMIS, LI 12/03/2026              IL MESSO COMUNALE",
          "                                              F.TO ANGELO GRAMAZIO", ""]
    L += wrap("COPIA CONFORME ALL'ORIGINALE PER USO AMMINISTRATIVO.", 80)
    return L


def paginate(lines, per_page, head):
    pages, cur = [], []
    for l in lines:
        if len(cur) >= per_page:
            pages.append(cur); cur = []
        cur.append(l)
    if cur:
        pages.append(cur)
    n = len(pages)
    return [[head(i + 1, n), "-" * len(head(i + 1, n)), ""] + p for i, p in enumerate(pages)]


def ps_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def sanmarco():
    lines = sanmarco_lines()
    for l in lines:
        assert len(l) <= 80, (len(l), l)
    head = lambda i, n: ("DELIBERAZIONE C.C. N. 9 DEL 05/03/2026" + ("PAG. %d" % i).rjust(42))
    pages = paginate(lines, 60, head)
    ps = ["%!PS-Adobe-3.0", "%%Creator: SISCOM SPOOL 4.2 (LPD)", "%%Title: DELIBERA CC 9/2026",
          "%%Pages: %d" % len(pages), "%%DocumentMedia: A4 595 842 0 () ()", "%%EndComments",
          "/F { /Courier findfont 10 scalefont setfont } def"]
    for pi, pg in enumerate(pages, 1):
        ps += ["%%%%Page: %d %d" % (pi, pi), "<< /PageSize [595 842] >> setpagedevice", "F"]
        y = 800
        for l in pg:
            if l:
                ps.append("54 %d moveto (%s) show" % (y, ps_escape(l)))
            y -= 12
        ps.append("showpage")
    ps.append("%%EOF")
    with open(os.path.join(OUT, "sanmarcoinlamis.ps"), "w", encoding="ascii") as f:
        f.write("\n".join(ps) + "\n")


# ---------------------------------------------------------------------------
# Cassano all'Ionio: determinazione 198 del 04/03/2026 (132 columns landscape)
# ---------------------------------------------------------------------------
def cassano_lines():
    W = 132
    L = []
    L += ["COMUNE DI CASSANO ALL'IONIO".ljust(100) + "DATAGRAPH - GESTIONE ATTI".rjust(32)]
    L += ["(PROVINCIA DI COSENZA)".ljust(100) + "STAMPA DEL 05/03/2026 ORE 09:14".rjust(32)]
    L += ["=" * W]
    L += ["DETERMINAZIONE DIRIGENZIALE".center(W).rstrip()]
    L += ["=" * W]
    L += ["NUMERO REGISTRO GENERALE ........: 198" + " " * 30 + "DATA ADOZIONE ......: 04/03/2026"]
    L += ["NUMERO REGISTRO DI SETTORE ......: 27" + " " * 31 + "DATA ESECUTIVITA' ..: 05/03/2026"]
    L += ["SETTORE .........................: SETTORE 2 - ECONOMICO FINANZIARIO"]
    L += ["SERVIZIO ........................: SERVIZIO TRIBUTI"]
    L += ["-" * W]
    subj = ("RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMU PER GLI ANNI DAL 2021 AL 2023 - "
            "CONTRIBUENTI DIVERSI - IMPEGNO E LIQUIDAZIONE DELLA SPESA.")
    sl = textwrap.wrap(subj, 96)
    L += ["OGGETTO .........................: " + sl[0]] + [" " * 35 + s for s in sl[1:]]
    L += ["-" * W, ""]
    L += ["IL RESPONSABILE DEL SETTORE".center(W).rstrip(), ""]
    prem = [
        "PREMESSO CHE CON DECRETO SINDACALE N. 2 DEL 08/01/2026 E' STATA CONFERITA AL SOTTOSCRITTO LA RESPONSABILITA' DEL SETTORE 2 - "
        "ECONOMICO FINANZIARIO CON LE FUNZIONI DI CUI ALL'ART. 107 DEL D.LGS. 267/2000;",
        "VISTE LE ISTANZE DI RIMBORSO PRESENTATE DAI CONTRIBUENTI INDICATI NEL PROSPETTO SEGUENTE, RELATIVE A VERSAMENTI IMU ERRONEAMENTE "
        "EFFETTUATI IN FAVORE DEL COMUNE DI CASSANO ALL'IONIO PER IMMOBILI UBICATI IN ALTRO COMUNE O IN MISURA SUPERIORE AL DOVUTO;",
        "ACCERTATO, A SEGUITO DELL'ISTRUTTORIA DELL'UFFICIO TRIBUTI, IL DIRITTO AL RIMBORSO DELLE SOMME DI SEGUITO INDICATE, MAGGIORATE "
        "DEGLI INTERESSI AL TASSO LEGALE AI SENSI DELL'ART. 1, COMMA 165, DELLA LEGGE 296/2006;",
        "VISTA LA DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 4 DEL 20/02/2026 DI APPROVAZIONE DEL BILANCIO DI PREVISIONE 2026/2028;",
    ]
    for p in prem:
        L += wrap(p, W) + [""]
    L += ["+------+--------------------------------+------------------+-----------+-----------------+-----------------+-----------------+"]
    L += ["| N.   | CONTRIBUENTE                   | CODICE FISCALE   | ANNUALITA'| IMPOSTA         | INTERESSI       | TOTALE          |"]
    L += ["+------+--------------------------------+------------------+-----------+-----------------+-----------------+-----------------+"]
    rows = [
        ("1", "ACRI GIOVANNA", "CRAGNN58D44B968K", "2021-2022", "612,00", "38,41", "650,41"),
        ("2", "DE FRANCO LUIGI", "DFRLGU71M12C002T", "2022", "1.204,50", "52,17", "1.256,67"),
        ("3", "CAMPANELLA ROSARIO", "CMPRSR64B03B968Y", "2021-2023", "945,00", "61,03", "1.006,03"),
        ("4", "AZIENDA AGRICOLA SIBARI S.S.", "03318470782", "2023", "2.380,00", "54,89", "2.434,89"),
    ]
    for r in rows:
        L += ["| %-4s | %-30s | %-16s | %-9s | %15s | %15s | %15s |" % r]
    L += ["+------+--------------------------------+------------------+-----------+-----------------+-----------------+-----------------+"]
    L += ["|      | TOTALE GENERALE                |                  |           | %15s | %15s | %15s |" % ("5.141,50", "206,50", "5.348,00")]
    L += ["+------+--------------------------------+------------------+-----------+-----------------+-----------------+-----------------+", ""]
    L += ["D E T E R M I N A".center(W).rstrip(), ""]
    pts = [
        "DI RICONOSCERE IL DIRITTO AL RIMBORSO IN FAVORE DEI CONTRIBUENTI INDICATI NEL PROSPETTO CHE PRECEDE, PER L'IMPORTO COMPLESSIVO DI "
        "EURO 5.348,00, DI CUI EURO 5.141,50 PER IMPOSTA ED EURO 206,50 PER INTERESSI;",
        "DI IMPEGNARE LA SPESA DI EURO 5.348,00 SUL CAPITOLO 1045 \"RIMBORSO TRIBUTI NON DOVUTI\" - MISSIONE 01 PROGRAMMA 04 - DEL BILANCIO "
        "2026, COMPETENZA;",
        "DI LIQUIDARE E PAGARE LE SOMME DOVUTE MEDIANTE BONIFICO SUI CONTI CORRENTI INDICATI DAI CONTRIBUENTI NELLE ISTANZE;",
        "DI DARE ATTO CHE IL PRESENTE PROVVEDIMENTO E' ESECUTIVO CON L'APPOSIZIONE DEL VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA "
        "FINANZIARIA.",
    ]
    for i, p in enumerate(pts, 1):
        w = wrap(p, W - 5)
        L += ["%d) - " % i + w[0]] + ["     " + x for x in w[1:]]
    L += [""]
    L += ["CASSANO ALL'IONIO, LI 04/03/2026" + "IL RESPONSABILE DEL SETTORE 2".rjust(90)]
    L += [" " * 32 + "F.TO DOTT. GIANFRANCO TRIPICCHIO".rjust(90), ""]
    L += ["-" * W]
    L += ["VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, COMMA 7, D.LGS. 267/2000)"]
    L += ["IMPEGNO N. .........: 402/2026      CAPITOLO .........: 1045      IMPORTO .........: EURO 5.348,00"]
    L += ["CASSANO ALL'IONIO, LI 05/03/2026" + "F.TO DOTT. GIANFRANCO TRIPICCHIO".rjust(90)]
    L += ["-" * W]
    return L


def cassano():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    lines = cassano_lines()
    for l in lines:
        assert len(l) <= 132, (len(l), l)
    pw, ph = landscape(A4)
    fs, lead = 8.4, 10.6
    per = 46
    head = lambda i, n: "COMUNE DI CASSANO ALL'IONIO - DETERMINAZIONE N. 198/2026" + ("PAGINA %d DI %d" % (i, n)).rjust(75)
    pages = paginate(lines, per, head)
    c = canvas.Canvas(os.path.join(OUT, "determinazione-cassanoallionio-datagraph.pdf"), pagesize=(pw, ph))
    c.setCreator("DATAGRAPH PRINT SERVER"); c.setProducer("PDFlib Lite 7.0.5 (Win32)")
    c.setTitle("DT198_2026.TXT")
    for pg in pages:
        y = ph - 40
        for l in pg:
            t = c.beginText(34, y)
            t.setFont("Courier", fs)
            t.textOut(l)
            c.drawText(t)
            y -= lead
        c.showPage()
    c.save()


if __name__ == "__main__":
    sanmarco(); cassano()
