# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "avviso-vaglisotto-kibernetes.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO N. 3/2026 on grants for restoring chestnut-drying huts and barns; Area/Servizio only in the letterhead, place and date only at the end; every glyph its own Tm+Tj, justified by moving glyphs (reportlab)",
 "act": {"municipality": "Comune di Vagli Sotto", "organ": "Area Tecnica", "office": "Servizio Ambiente e Patrimonio", "kind": "avviso", "number": 3, "date": "2026-05-05",
  "subject": "CONTRIBUTI PER IL RECUPERO DEI METATI E DEI FIENILI TRADIZIONALI DELLA GARFAGNANA – ANNO 2026"}},
{"file": "avviso-pietraroja-halley.pdf", "role": "notice",
 "what": "AVVISO publishing the GRADUATORIA PROVVISORIA of school-book vouchers, prot. 1342 of 12.5.2026, bordered ranking table; Area/Ufficio only in the signature (fpdf2, DejaVu CID fonts)",
 "act": {"municipality": "Comune di Pietraroja", "organ": "Area Amministrativa", "office": "Ufficio Pubblica Istruzione", "kind": "avviso", "date": "2026-05-12",
  "subject": "GRADUATORIA PROVVISORIA PER L'EROGAZIONE DEI BUONI LIBRO AGLI STUDENTI DELLE SCUOLE SECONDARIE – ANNO SCOLASTICO 2025/2026"}},
{"file": "avviso-longonesabino-writer.pdf", "role": "notice",
 "what": "AVVISO of closure of the municipal offices (patron saint, 1 June bridge); timetable table with merged (rowspan/colspan) cells; date in words at the end (HTML -> LibreOffice Writer)",
 "act": {"municipality": "Comune di Longone Sabino", "organ": "Area Amministrativa", "office": "Ufficio Segreteria e Affari Generali", "kind": "avviso", "date": "2026-05-14",
  "subject": "CHIUSURA DEGLI UFFICI COMUNALI IN OCCASIONE DELLA FESTA DEL SANTO PATRONO E DEL PONTE DEL 1° GIUGNO 2026"}},
{"file": "avviso-castelpagano-chromium.pdf", "role": "notice",
 "what": "AVVISO DI AGGIUDICAZIONE (esito di gara) of road safety works, CUP/CIG in the title, label grid; Area/Servizio in the right half of the letterhead, place and date at the end (Chromium)",
 "act": {"municipality": "Comune di Castelpagano", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici", "kind": "avviso", "date": "2026-05-08",
  "subject": "LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE CASTELPAGANO – CONTRADA SANTA MARIA – CUP G47H25001120001 – CIG B8C3E55D14"}},
{"file": "avviso-acquafondata-wkhtml.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO N. 7/2026 on enrolment in school transport and canteen; number and date only in a label grid under the title (wkhtmltopdf)",
 "act": {"municipality": "Comune di Acquafondata", "organ": "Area Servizi alla Persona", "office": "Ufficio Scuola e Trasporti", "kind": "avviso", "number": 7, "date": "2026-05-11",
  "subject": "ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO E DI MENSA – ANNO SCOLASTICO 2026/2027"}},
{"file": "avviso-montemignaio-latex.pdf", "role": "notice",
 "what": "AVVISO D'ASTA for the sale of a lot of standing timber; letter-spaced heading (microtype \\lsstyle), small-caps Area/Servizio line, place and date at the end (pdfLaTeX)",
 "act": {"municipality": "Comune di Montemignaio", "organ": "Area Tecnica", "office": "Servizio Patrimonio e Demanio", "kind": "avviso", "date": "2026-05-07",
  "subject": "VENDITA MEDIANTE ASTA PUBBLICA DEL LOTTO DI LEGNAME DI FAGGIO E CASTAGNO DEL BOSCO COMUNALE DI SECCHIETA"}},
{"file": "avviso-onano-enscript.pdf", "role": "notice",
 "what": "notice of the IMU down-payment deadline (16 June 2026), headed only by a two-line title in capitals, no kind word; 80-column Courier text with character-drawn letterhead box and dotted leaders (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Onano", "organ": "SETTORE FINANZIARIO", "office": "UFFICIO TRIBUTI", "kind": "avviso", "date": "2026-05-18",
  "subject": "IMPOSTA MUNICIPALE PROPRIA (IMU) - ANNO 2026 SCADENZA DEL VERSAMENTO DELL’ACCONTO AL 16 GIUGNO 2026"}},
{"file": "avviso-corletomonforte-groff.pdf", "role": "notice",
 "what": "notice headed by the issuer's title IL SINDACO with an Oggetto line (call for museum volunteers); no office; place and date at the end (groff -ms, gropdf, hyphenated justified body)",
 "act": {"municipality": "Comune di Corleto Monforte", "organ": "Sindaco", "kind": "avviso", "date": "2026-05-20",
  "subject": "RICERCA DI VOLONTARI PER IL SERVIZIO DI ACCOGLIENZA E INFORMAZIONE TURISTICA PRESSO IL MUSEO NATURALISTICO DEGLI ALBURNI – ESTATE 2026"}},
{"file": "avviso-cameratanuova-reportlab.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO N. 2/2026, manifestazione di interesse for running a mountain hut; two-column body justified with Tw, right column drawn before the left, letterhead letter-spaced with Tc (reportlab)",
 "act": {"municipality": "Comune di Camerata Nuova", "organ": "Area Amministrativa", "office": "Servizio Turismo e Patrimonio", "kind": "avviso", "number": 2, "date": "2026-05-13",
  "subject": "MANIFESTAZIONE DI INTERESSE PER LA GESTIONE DEL RIFUGIO DI CAMPOROTONDO E DEL PUNTO INFORMAZIONI DEL PARCO – STAGIONI 2026-2027"}},
{"file": "avviso-zungoli-formx.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO N. 4/2026 updating the list of lawyers, 2 pages; letterhead/foot/Albo stamp are Form XObjects on both pages, stamp rotated 90°, body drawn before the heading; Area/Servizio only in the signature, place and date on the last page (reportlab)",
 "act": {"municipality": "Comune di Zungoli", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Affari Legali e Contratti", "kind": "avviso", "number": 4, "date": "2026-05-15",
  "subject": "AGGIORNAMENTO DELL'ELENCO DEGLI AVVOCATI PER IL CONFERIMENTO DI INCARICHI DI PATROCINIO LEGALE – TRIENNIO 2026-2028"}},
{"file": "attestazione-podenzana-civilia.pdf", "role": "certificate",
 "what": "certificate of publication of AVVISO PUBBLICO n. 5/2026 of 21/04/2026 (published 21/04–06/05/2026, register n. 236); Courier form with dotted blanks (fpdf2)",
 "act": {"municipality": "Comune di Podenzana", "kind": "attestazione", "number": 5, "date": "2026-04-21",
  "subject": "CONTRIBUTI PER L'ABBATTIMENTO DEI COSTI DEL SERVIZIO DI TRASPORTO PER GLI STUDENTI PENDOLARI - A.S. 2025/2026"}},
{"file": "avviso-molazzana-word.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO N. 6/2026, GRADUATORIA DEFINITIVA of rent-support grants, 2 pages; letterhead with Area/Ufficio and footer repeated on every page as Word header/footer, ranking table (python-docx -> LibreOffice)",
 "act": {"municipality": "Comune di Molazzana", "organ": "Area Amministrativa", "office": "Ufficio Servizi Sociali", "kind": "avviso", "number": 6, "date": "2026-05-19",
  "subject": "GRADUATORIA DEFINITIVA DEI BENEFICIARI DEL CONTRIBUTO INTEGRATIVO PER IL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
