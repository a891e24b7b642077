# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def O(file, what, pts, muni, organ, number, date, subject, office=None, **kw):
    a = {"municipality": muni, "organ": organ}
    if office: a["office"] = office
    a.update({"kind": "ordinanza", "number": number}); a.update(kw); a.update({"date": date, "subject": subject})
    return {"file": file, "role": "act", "what": what, "operative_points": pts, "act": a}
K = [
O("ordinanza-sanvitolocapo-latex.pdf", "ordinanza balneare n. 3/2026 of the Settore Demanio Marittimo (pdfLaTeX, letter-spaced headings with microtype, running head with the number)", 5,
  "Comune di San Vito Lo Capo", "Settore V – Demanio Marittimo e Turismo", 3, "2026-04-14",
  "Disciplina delle attività balneari e della sicurezza della balneazione sul litorale comunale – stagione estiva 2026."),
O("ordinanza-torredelgreco-chromium.pdf", "ordinanza dirigenziale of viability, box 'Ord. Dir. n. 146 del 9.4.2026 / Reg. Gen. 311' (HTML printed by Chromium)", 4,
  "Città di Torre del Greco", "Settore Polizia Locale e Mobilità", 311, "2026-04-09",
  "Istituzione del senso unico di marcia e del divieto di sosta con rimozione forzata in via Nazionale, nel tratto compreso tra via Santa Maria la Bruna e via Cavallo, per lavori di rifacimento della rete fognaria dal 14 aprile al 29 maggio 2026.",
  office="Servizio Viabilità e Traffico", sector_number=146),
O("ordinanza-praiano-word.pdf", "ordinanza di demolizione (ingiunzione, art. 31 D.P.R. 380/2001) n. 7 of 23/03/2026 of the Area Tecnica; Word template with Area/Servizio in the running head (python-docx, LibreOffice)", 3,
  "Comune di Praiano", "Area Tecnica", 7, "2026-03-23",
  "Ingiunzione di demolizione di opere edilizie abusive realizzate in via Gennaro Capriglione, località Vettica Maggiore (Foglio 4, particella 1187), ai sensi dell'art. 31 del D.P.R. 380/2001.",
  office="Servizio Urbanistica ed Edilizia Privata"),
O("ordinanza-stintino-wkhtml.pdf", "ordinanza sindacale on noise from public premises, number and date in a grey label grid TIPO ATTO / NUMERO / DATA / OGGETTO (wkhtmltopdf)", 3,
  "Comune di Stintino", "Sindaco", 12, "2026-05-30",
  "Limitazione degli orari di diffusione della musica e delle emissioni sonore nei pubblici esercizi del centro abitato e della località La Pelosa – stagione estiva 2026."),
O("ordinanza-portocesareo-glyphs.pdf", "ordinanza of the Comando di Polizia Municipale whose number exists only in a tilted stamp box 'ORD. N. 58 / del 02.06.2026'; every glyph its own Tm+Tj, Albo stamp rotated 90° in the left margin (reportlab)", 4,
  "Comune di Porto Cesareo", "COMANDO DI POLIZIA MUNICIPALE", 58, "2026-06-02",
  "Disciplina temporanea della circolazione e della sosta in via Ettore Muti e sul lungomare Garibaldi in occasione della manifestazione \"Notte Bianca di Porto Cesareo\" del 13 giugno 2026.",
  office="Ufficio Traffico e Viabilità"),
O("ordinanza-castelnuovorangone-enscript.pdf", "ordinanza sindacale on the tiger mosquito in 74-column Courier capitals: heading IL SINDACO then ORDINA, number only in the closing line 'ORDINANZA N. 24 DEL 15/05/2026' (enscript + Ghostscript)", 4,
  "Comune di Castelnuovo Rangone", "Sindaco", 24, "2026-05-15",
  "MISURE PER LA PREVENZIONE E IL CONTROLLO DELLE MALATTIE TRASMESSE DA INSETTI VETTORI E IN PARTICOLARE DALLA ZANZARA TIGRE - ANNO 2026."),
O("ordinanza-santamarinella-halley.pdf", "ORDINANZA COMMISSARIALE N. 15 of the Commissario Straordinario on drinking-water use; the date only in words ('addì dieci del mese di giugno') (fpdf2, DejaVu)", 3,
  "Comune di Santa Marinella", "Commissario Straordinario", 15, "2026-06-10",
  "Divieto di utilizzo dell'acqua potabile erogata dal pubblico acquedotto per usi diversi da quello domestico e igienico-sanitario – periodo estivo 2026."),
O("ordinanza-montegrottoterme-xobject.pdf", "ordinanza sindacale 'N. 0019/2026' on PM10 (2 pages): letterhead and foot are Form XObjects reused on both pages, body drawn before the heading (reportlab)", 4,
  "Comune di Montegrotto Terme", "Sindaco", 19, "2026-03-12",
  "Misure temporanee per il contenimento dell'inquinamento atmosferico da PM10 – livello di allerta 1 \"arancio\"."),
O("ordinanza-baveno-groff.pdf", "ordinanza sindacale contingibile e urgente n. 11 of 7 April 2026 closing a mountain path (groff -ms, gropdf, running foot)", 3,
  "Comune di Baveno", "Sindaco", 11, "2026-04-07",
  "Chiusura al transito pedonale del sentiero per il Mottarone nel tratto tra la frazione Romanico e l’Alpe Vedabbia per caduta di massi e alberature instabili."),
O("ordinanza-chiusadipesio-writer.pdf", "ordinanza of the Servizio di Polizia Municipale with 'Ord. n. 9/2026' only in a bordered box beside the letterhead (HTML opened as a Writer document, LibreOffice)", 3,
  "Comune di Chiusa di Pesio", "Servizio di Polizia Municipale", 9, "2026-04-17",
  "Regolamentazione temporanea della circolazione in piazza Cavour e in via Provinciale in occasione della \"Fiera di San Giorgio\" del 26 aprile 2026."),
O("ordinanza-ragalna-reportlab.pdf", "ordinanza sindacale contingibile e urgente 'n. 8 del 20.4.2026' on volcanic ash; justified lines set Tw, headings letter-spaced with Tc (reportlab)", 4,
  "Comune di Ragalna", "Sindaco", 8, "2026-04-20",
  "Rimozione e smaltimento della cenere vulcanica depositata sul territorio comunale a seguito dell'attività parossistica dell'Etna del 18 e 19 aprile 2026."),
O("ordinanza-monteargentario-fpdf.pdf", "ordinanza sindacale N. 54 banning bathing for bad water quality: label grid heading, premises and ORDINA side by side in two columns (fpdf2)", 4,
  "Comune di Monte Argentario", "Sindaco", 54, "2026-07-22",
  "Divieto temporaneo di balneazione nel tratto di mare antistante la spiaggia della Cantoniera per superamento dei valori limite di Escherichia coli ed enterococchi intestinali.",
  office="Ambiente e Demanio Marittimo"),
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
# deliberate exceptions (see NOTES.md): the subject line shares its lines with a stamp / a vertically centred label
EXC = {("ordinanza-portocesareo-glyphs.pdf", "subject"), ("ordinanza-monteargentario-fpdf.pdf", "subject")}
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k["act"]
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    exp = [m for m in miss if (k["file"], m[0]) in EXC]; miss = [m for m in miss if m not in exp]
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss, "(expected exception: %s)" % exp[0][0] if exp else "")
raise SystemExit(1 if bad else 0)
