# Writes ../keys.json and checks every keyed string against `pdftotext -layout` (whitespace collapsed):
# subjects exactly, municipality/organ/office case-insensitively; numbers as digits in the text; each
# date in one of the printed shapes (dd/mm/yyyy, d.m.yyyy, dd.mm.yyyy, "d mese yyyy") or listed in WORDS.
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def C(kind, number, date, organ=None):
    d = {"kind": kind, "number": number}
    if organ: d["organ"] = organ
    d["date"] = date
    return d
GC, CC = "Giunta Comunale", "Consiglio Comunale"
K = [
{"file": "convocazione-montespertoli-fodt.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio convening the Consiglio comunale for 16/06/2026 at 21:00 (second call 18/06), Prot. n. 11873 and 'Montespertoli, 5.6.2026' in a boxed cell beside the addressees; 9-item agenda as a ruled table citing deliberations by number and date; letterhead and foot repeated in the page header/footer (flat ODF, LibreOffice Writer)",
 "act": {"municipality": "Comune di Montespertoli", "kind": "convocazione", "date": "2026-06-05",
  "subject": "Convocazione del Consiglio comunale in seduta ordinaria – martedì 16 giugno 2026, ore 21:00.",
  "cited_acts": [C("deliberazione", 7, "2019-02-27", CC), C("deliberazione", 74, "2026-05-21", GC), C("deliberazione", 69, "2026-05-12", GC),
                 C("deliberazione", 19, "2026-03-30", CC), C("deliberazione", 52, "2021-11-29", CC)]}},
{"file": "avviso-montemurlo-reportlab.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO of the Sindaco calling an istruttoria pubblica (public hearing on 22/06/2026) on a town-square project; title over three lines; every line justified with character spacing (Tc), letterhead and foot as Form XObjects, page drawn bottom-up, protocol stamp (Prot. n. 0014527 del 09/06/2026) rotated up the left margin (ReportLab)",
 "act": {"municipality": "Comune di Montemurlo", "organ": "Sindaco", "kind": "avviso", "date": "2026-06-09",
  "subject": "INDIZIONE DI ISTRUTTORIA PUBBLICA SUL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DELLA PIAZZA CENTRALE E DEI PERCORSI PEDONALI DELLA FRAZIONE DI OSTE",
  "cited_acts": [C("deliberazione", 41, "2022-07-28", CC), C("deliberazione", 88, "2026-06-04", GC)]}},
{"file": "avviso-castelgiorgio-openpdf.pdf", "role": "notice",
 "what": "AVVISO DI APPALTO AGGIUDICATO (esito di gara) of the Area Tecnica, Prot. n. 2186 del 10/06/2026: OGGETTO with CUP and CIG, then one table with section rows spanning both columns and the winner (TIBERINA COSTRUZIONI S.R.L., ribasso 11,375%) in a row-spanning block; Identity-H CID fonts, letterhead and foot by a page event, 2 pages (OpenPDF)",
 "act": {"municipality": "Comune di Castel Giorgio", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "avviso", "date": "2026-06-10",
  "subject": "Procedura negoziata senza bando per l'affidamento dei lavori di adeguamento sismico ed efficientamento energetico della scuola primaria “G. Marconi” – Missione 4, Componente 1, Investimento 3.3 – CUP D54E24000560006 – CIG B9F2C71A3E.",
  "cited_acts": [C("determinazione", 183, "2026-06-03")]}},
{"file": "bando-tavullia-latex.pdf", "role": "act",
 "what": "unnumbered BANDO DI CONCORSO PUBBLICO, per esami, for 2 posts of Istruttore tecnico (1 reserved to the armed forces' volunteers), letter-spaced headings, articles Art. 1-7, running head and 'Prot. n. 8712 del 08/06/2026 ... Pag. X di Y' foot on every page (pdfLaTeX, Times)",
 "act": {"municipality": "Comune di Tavullia", "organ": "SETTORE I – AFFARI GENERALI E SERVIZI AL CITTADINO", "office": "Servizio Personale", "kind": "bando", "date": "2026-06-08",
  "subject": "PER ESAMI, PER LA COPERTURA DI N. 2 POSTI DI ISTRUTTORE TECNICO – AREA DEGLI ISTRUTTORI – A TEMPO PIENO E INDETERMINATO, CON RISERVA DI N. 1 POSTO AI VOLONTARI DELLE FORZE ARMATE",
  "cited_acts": [C("deliberazione", 21, "2026-02-19", GC), C("determinazione", 311, "2026-05-29")]}},
{"file": "avviso-controguerra-word.pdf", "role": "notice",
 "what": "unnumbered AVVISO (summer-camp enrolment) whose only date is the protocol box of the letterhead in the Word page header ('Prot. n. 2693 / del 09/06/2026'); closing 'Dalla Residenza Municipale' without a date; title on two lines; fee table (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Controguerra", "organ": "Area Amministrativa", "office": "Servizi Sociali, Scolastici e Culturali", "kind": "avviso", "date": "2026-06-09",
  "subject": "ISCRIZIONI AL CENTRO ESTIVO COMUNALE “ESTATE INSIEME 2026” PER BAMBINI E RAGAZZI DAI 4 AI 13 ANNI",
  "cited_acts": [C("deliberazione", 37, "2026-05-28", GC)]}},
{"file": "avviso-pietracatella-manifesto.pdf", "role": "notice",
 "what": "A3 manifesto (poster) in large type: AVVISO / IMU 2026 / VERSAMENTO DELLA PRIMA RATA / ENTRO IL 16 GIUGNO 2026, rates table, dated 'Pietracatella, 3 giugno 2026'; hand-written PostScript with letter-spaced headings (ashow) and blank-stretched justification (widthshow), fonts without ToUnicode (Ghostscript)",
 "act": {"municipality": "Comune di Pietracatella", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "UFFICIO TRIBUTI", "kind": "avviso", "date": "2026-06-03",
  "subject": "IMU 2026 VERSAMENTO DELLA PRIMA RATA ENTRO IL 16 GIUGNO 2026",
  "cited_acts": [C("deliberazione", 9, "2026-02-27", CC)]}},
{"file": "avviso-ats23-wkhtml.pdf", "role": "act",
 "what": "avviso pubblico of an Ambito Territoriale Sociale (Marche), number and date only in a label grid ('Avviso n. | 6/2026 | Data | 11/06/2026 | Scadenza | 10/07/2026'), title box over three lines, articles in two side-by-side columns (wkhtmltopdf)",
 "act": {"municipality": "Ambito Territoriale Sociale 23", "organ": "Ufficio di Piano", "kind": "avviso", "number": 6, "date": "2026-06-11",
  "subject": "CONTRIBUTI ECONOMICI A SOSTEGNO DEI CAREGIVER FAMILIARI DI PERSONE CON DISABILITÀ GRAVISSIMA RESIDENTI NEI COMUNI DELL'AMBITO – ANNUALITÀ 2026",
  "cited_acts": [C("deliberazione", 4, "2026-05-26", "Comitato dei Sindaci"), C("determinazione", 58, "2026-06-09")]}},
{"file": "avviso-carbognano-chromium.pdf", "role": "act",
 "what": "AVVISO PUBBLICO N. 3/2026 (expression of interest for the school-bus tender), title over three lines, running head 'Avviso pubblico n. 3/2026' and foot 'Prot. n. 2290 del 11.06.2026 ... Pagina X di Y' as CSS @page margin boxes on both pages (headless Chromium)",
 "act": {"municipality": "Comune di Carbognano", "organ": "Area Amministrativa", "office": "Servizio Pubblica Istruzione", "kind": "avviso", "number": 3, "date": "2026-06-11",
  "subject": "MANIFESTAZIONE DI INTERESSE PER L'INDIVIDUAZIONE DEGLI OPERATORI ECONOMICI DA INVITARE ALLA PROCEDURA NEGOZIATA PER L'AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SCOLASTICO – ANNI SCOLASTICI 2026/2027 E 2027/2028",
  "cited_acts": [C("determinazione", 96, "2026-06-10")]}},
{"file": "bando-monteleonedorvieto-fpdf.pdf", "role": "act",
 "what": "BANDO PUBBLICO numbered only in a boxed 'REGISTRO BANDI E AVVISI | N. 1/2026 | del 12.06.2026' grid beside the letterhead; title over three lines; letter-spaced headings, justified body, running head and 'pag. X/Y' foot (fpdf2)",
 "act": {"municipality": "Comune di Monteleone d'Orvieto", "organ": "AREA TECNICA", "office": "Servizio Urbanistica ed Edilizia Privata", "kind": "bando", "number": 1, "date": "2026-06-12",
  "subject": "PER LA CONCESSIONE DI CONTRIBUTI A FONDO PERDUTO PER IL RECUPERO E IL RESTAURO DELLE FACCIATE DEGLI EDIFICI DEL CENTRO STORICO – ANNO 2026",
  "cited_acts": [C("deliberazione", 44, "2026-05-21", GC), C("determinazione", 102, "2026-06-11"), C("deliberazione", 31, "2014-09-29", CC)]}},
{"file": "convocazione-torricellasicura-groff.pdf", "role": "notice",
 "what": "convocation of the Consiglio comunale in urgent extraordinary session for 12/06/2026 at 18:30, dated only in words in the closing line ('addì otto del mese di giugno dell'anno duemilaventisei'); ruled tbl agenda citing acts; hyphenated justified text (groff -ms, gropdf)",
 "act": {"municipality": "Comune di Torricella Sicura", "kind": "convocazione", "date": "2026-06-08",
  "subject": "Convocazione del Consiglio comunale in sessione straordinaria urgente per il giorno 12 giugno 2026.",
  "cited_acts": [C("deliberazione", 52, "2026-05-26", GC), C("deliberazione", 8, "2026-02-27", CC), C("deliberazione", 22, "2024-07-30", CC)]}},
{"file": "attestazione-cottanello-pdfbox.pdf", "role": "certificate",
 "what": "ATTESTAZIONE DI PUBBLICAZIONE (register 187/2026, 08/06-23/06/2026) of Giunta deliberation 23 of 04/06/2026, immediate-executivity box ticked; form values in Courier drawn before the labels, letterhead last, rotated PUBBLICATO stamp (PDFBox 3)",
 "act": {"municipality": "Comune di Cottanello", "organ": "Giunta Comunale", "kind": "attestazione", "number": 23, "date": "2026-06-04",
  "subject": "Atto di indirizzo per l'affidamento in concessione della gestione del campo sportivo comunale di località Santa Maria – Approvazione dello schema di avviso pubblico.",
  "immediately_executive": True}},
{"file": "allegato-campochiaro-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 74/2026: final ranking of 31 pseudonymised applicants for the school-book grant, merged title cells, header row repeated, landscape over 2 pages with 'Pagina X di Y' foot (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Campochiaro"}},
]
# keyed dates printed only in words (not found by the numeric date search)
WORDS = {("convocazione-torricellasicura-groff.pdf", "2026-06-08"): "addì otto del mese di giugno dell’anno duemilaventisei"}
MESI = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()

json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
def date_forms(iso):
    y, m, d = iso.split("-"); mi, di = int(m), int(d)
    return {f"{d}/{m}/{y}", f"{di}.{mi}.{y}", f"{d}.{m}.{y}", f"{di}/{mi}/{y}", f"{di} {MESI[mi-1]} {y}", f"{d} {MESI[mi-1]} {y}"}
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s not in txt if f == "subject" else s.lower() not in low)]
    for f in ("date",):
        if f in a and not any(x in txt for x in date_forms(a[f])):
            w = WORDS.get((k["file"], a[f]))
            if not (w and w in txt): miss.append((f, a[f]))
    if "number" in a and not re.search(r"(?<!\d)%d(?!\d)" % a["number"], txt): miss.append(("number", a["number"]))
    for ca in a.get("cited_acts", []):
        if not re.search(r"n\. %d del" % ca["number"], txt) or not any(x in txt for x in date_forms(ca["date"])):
            miss.append(("cited", ca))
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss if miss else "")
sys.exit(1 if bad else 0)
