# Writes ../keys.json and checks that every keyed string occurs in pdftotext -layout output (whitespace collapsed)
import json, subprocess, re, os
D=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def A(n,r,p=True): return {"name":n,"role":r,"present":p}
K=[
{"file":"deliberazione-tertenia-reportlab.pdf","role":"act",
 "what":"Giunta deliberation 41/2026 (ReportLab platypus): number/date in a two-cell register box beside the subject, roll as a grid table with X marks (one absent), numbered points 1-4, publication certificate box at the end, running foot with page number",
 "operative_points":4,
 "act":{"municipality":"Comune di Tertenia","organ":"Giunta Comunale","kind":"deliberazione","number":41,"date":"2026-03-12","time":"12:30",
  "subject":"APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE \"PRO LOCO TERTENIA\" PER LA GESTIONE DEL SERVIZIO DI INFORMAZIONE E ACCOGLIENZA TURISTICA - ANNUALITÀ 2026.",
  "attendees":[A("LAI GIOVANNI BATTISTA","Sindaco"),A("MURGIA ELISABETTA","Vice Sindaco"),A("PIRAS SALVATORE","Assessore",False),A("USAI MARTINA","Assessore"),A("CONGIU EFISIO","Assessore")],
  "president":{"role":"Sindaco","name":"Giovanni Battista Lai"},
  "secretary":{"title":"Dott.ssa","role":"Segretario Comunale","name":"Roberta Cadeddu"},
  "vote":"unanimous","immediately_executive":True}},
{"file":"deliberazione-serrasanquirico-angular.pdf","role":"act",
 "what":"Consiglio deliberation 12/2026 (Chromium from HTML, web-app style): number/date/session in a three-cell label grid, subject in a shaded block under an 'Oggetto' label, roll as a two-column list with P/A flags (two absent), vote as a table, numbered points 1-3, digital-signature footer",
 "operative_points":3,
 "act":{"municipality":"Comune di Serra San Quirico","organ":"Consiglio Comunale","kind":"deliberazione","number":12,"date":"2026-03-26","time":"21:00",
  "subject":"REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE AGLI ARTICOLI 14, 22 E 31.",
  "attendees":[A("CARBINI ALESSANDRO","Sindaco"),A("BALDONI MONICA","Consigliere"),A("TITTARELLI FABIO","Consigliere"),A("GIACCAGLIA SARA","Consigliere"),A("ROSSETTI MARCO","Consigliere",False),A("PIERAGOSTINI LUCIA","Consigliere"),A("MANCINELLI DAVIDE","Consigliere"),A("CESARONI ILARIA","Consigliere"),A("BRECCIAROLI PAOLO","Consigliere"),A("LATINI GIORGIA","Consigliere",False),A("SERAFINI ROBERTO","Consigliere")],
  "president":{"role":"Sindaco","name":"Alessandro Carbini"},
  "secretary":{"title":"Dott.","role":"Segretario Comunale","name":"Luca Marinelli"},
  "vote":"majority","vote_counts":{"present":9,"voters":8,"in_favour":6,"against":2,"abstained":1},"immediately_executive":True}},
{"file":"deliberazione-toccodacasauria-pdflatex.pdf","role":"act",
 "what":"Giunta deliberation 23/2026 (pdfLaTeX article, Times): number and date in words-and-figures title line, subject in a two-column OGGETTO tabular, roll in prose ('Sono presenti i Sigg.: ...; Risulta assente ...'), vote in prose (3 for, 1 abstained), points lettered a)-d), running head and page foot on page 2",
 "operative_points":4,
 "act":{"municipality":"Comune di Tocco da Casauria","organ":"Giunta Comunale","kind":"deliberazione","number":23,"date":"2026-03-17","time":"13:15",
  "subject":"Adesione al progetto “Borghi in Cammino – Valle del Pescara” e approvazione dell’accordo di partenariato con i Comuni di Bolognano e Castiglione a Casauria.",
  "attendees":[A("DI CARLO ROBERTO","Sindaco"),A("MARINUCCI ANNALISA","Vice Sindaco"),A("DI RENZO GABRIELE","Assessore"),A("TRAVAGLINI SIMONA","Assessore"),A("CIAMPOLI NICOLA","Assessore",False)],
  "president":{"role":"Sindaco","name":"Roberto Di Carlo"},
  "secretary":{"title":"Dott.ssa","role":"Segretario Comunale","name":"Marisa Di Giandomenico"},
  "vote":"majority","vote_counts":{"in_favour":3,"abstained":1},"immediately_executive":True}},
{"file":"determinazione-buccheri-etnahitech.pdf","role":"act",
 "what":"Area Tecnica determinazione (python-docx .docx converted by LibreOffice): Area and Servizio centred under the letterhead, a register box with the sector number (38 of 10/03/2026) above the general register number (156 of 11/03/2026), OGGETTO paragraph, points 1)-3), accounting visa box, running head and signature footer",
 "operative_points":3,
 "act":{"municipality":"Comune di Buccheri","organ":"Area Tecnica","office":"Servizio Lavori Pubblici e Manutenzioni","kind":"determinazione","number":156,"sector_number":38,"date":"2026-03-11",
  "subject":"Lavori di manutenzione straordinaria della copertura della Scuola dell’Infanzia “Santa Maria” di via Dante Alighieri – Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta Edil Monti S.r.l. di Palazzolo Acreide e impegno di spesa. CIG: B7A2C41E95 – CUP: E57H26000120004."}},
{"file":"determinazione-sestoalreghena-aspnet.pdf","role":"act",
 "what":"determinazione of an Elevata Qualificazione (wkhtmltopdf from an HTML print view): Area, Servizio, general number, adoption date and proposal in a shaded label grid, OGGETTO line, four bulleted points, financial cover box",
 "operative_points":4,
 "act":{"municipality":"Comune di Sesto al Reghena","organ":"Area Servizi alla Persona","office":"Servizio Istruzione, Cultura e Sport","kind":"determinazione","number":212,"date":"2026-03-18",
  "subject":"CONCESSIONE CONTRIBUTO ALL'A.S.D. \"PRAVIS VOLLEY\" PER L'ORGANIZZAZIONE DEL TORNEO GIOVANILE \"TROFEO ABBAZIA\" 2026 - IMPEGNO DI SPESA",
  "proposal_number":245,"proposal_date":"2026-03-16"}},
{"file":"determinazione-idruntino-phalcon.pdf","role":"act",
 "what":"determinazione dirigenziale of an Unione's Settore (TCPDF): running head with the Unione's name, Settore and Servizio centred, sector number in the title line ('N. 47 DEL 20/03/2026') and general register number (112) below it, OGGETTO in a bordered two-cell table, unnumbered dispositive paragraphs, footer 'Pagina 1 di 1'",
 "act":{"municipality":"Unione dei Comuni Entroterra Idruntino","organ":"Settore Polizia Locale e Protezione Civile","office":"Servizio Polizia Locale Associata","kind":"determinazione","number":112,"sector_number":47,"date":"2026-03-20",
  "subject":"Fornitura di n. 2 etilometri omologati e relativo servizio di taratura biennale per il Servizio Polizia Locale Associata – Determina a contrarre e affidamento diretto tramite MePA. CIG B83F0D27A1."}},
{"file":"ordinanza-storo-freemarker.pdf","role":"act",
 "what":"ordinanza of the Sindaco (Chromium from an HTML template): number, date, protocol and titolario in a bordered box right of the letterhead, spaced title, 'Oggetto:' with hanging indent, ORDINA with points 1-3, fixed CAD footer",
 "operative_points":3,
 "act":{"municipality":"Comune di Storo","organ":"Sindaco","kind":"ordinanza","number":9,"date":"2026-03-23",
  "subject":"Istituzione del divieto di transito e di sosta in via Garibaldi e in piazza San Floriano in occasione della manifestazione “Festa della Polenta di Storo” dal 10 al 12 aprile 2026."}},
{"file":"avviso-alberona-vaadin.pdf","role":"act",
 "what":"numbered avviso pubblico 3/2026 (fpdf2): coloured band and letterhead naming Area and Servizio, protocol line, 'AVVISO PUBBLICO N. 3/2026' over a capitalised title, RENDE NOTO and articles 1-5, 'n / N' page foot",
 "act":{"municipality":"Comune di Alberona","organ":"Area Amministrativa","office":"Servizio Politiche Sociali","kind":"avviso","number":3,"date":"2026-03-24",
  "subject":"AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNUALITÀ 2025"}},
{"file":"attestazione-ulassai-zkoss.pdf","role":"certificate",
 "what":"certificate of publication (ReportLab canvas) of Giunta deliberation 18 of 05/03/2026: a label grid (tipo atto, numero, data, registro 201/2026, period 10-25/03/2026), 'Oggetto:' with the deliberation's subject, attestation prose, signature, generated-on footer",
 "act":{"municipality":"Comune di Ulassai","kind":"attestazione","number":18,"date":"2026-03-05",
  "subject":"CONCESSIONE IN COMODATO D'USO GRATUITO ALLA COOPERATIVA \"SU MARMURI\" DEI LOCALI DELL'EX LAVATOIO COMUNALE DI VIA SAN SEBASTIANO PER FINALITÀ DI PROMOZIONE TURISTICA – APPROVAZIONE SCHEMA DI CONTRATTO."}},
{"file":"allegato-pergola-excel.pdf","role":"attachment",
 "what":"Allegato A to Giunta deliberation 37/2026: a landscape spreadsheet (openpyxl .xlsx printed by LibreOffice Calc) listing eight road-maintenance works with amounts and a total, sheet header and 'Pagina 1 di 1' footer",
 "act":{"municipality":"Comune di Pergola"}},
{"file":"convocazione-paluzza-javafx.pdf","role":"notice",
 "what":"convocation of the Consiglio Comunale for 27/03/2026 20:00 (iText 7): bilingual letterhead, protocol and date left of the addressees, title, agenda numbered 1-6, Sindaco's signature",
 "act":{"municipality":"Comune di Paluzza","kind":"convocazione","date":"2026-03-20","subject":"CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
{"file":"pubblicazione-novaradisicilia-jdemos.pdf","role":"notice",
 "what":"marriage banns (fpdf2, demographic-software form): title, two bordered label grids for the spouses, affixing period 23-31/03/2026, signature of the Ufficiale dello Stato Civile, print footer with Albo register number",
 "act":{"municipality":"Comune di Novara di Sicilia","office":"Ufficio dello Stato Civile","kind":"pubblicazione di matrimonio","date":"2026-03-23","subject":"PUBBLICAZIONE DI MATRIMONIO"}},
]
json.dump(K,open(os.path.join(D,'keys.json'),'w'),ensure_ascii=False,indent=1)
def norm(s): return re.sub(r'\s+',' ',s).strip()
import datetime
for k in K:
    t=norm(subprocess.run(['pdftotext','-layout',os.path.join(D,k['file']),'-'],capture_output=True,text=True).stdout)
    tl=t.lower()
    a=k['act']; miss=[]
    strs=[a.get('subject'),a.get('organ'),a.get('office'),a.get('kind'),a.get('municipality')]
    for x in a.get('attendees',[]): strs+= [x['name'],x['role']]
    for f in ('president','secretary'):
        if f in a: strs+= [v for v in a[f].values()]
    if 'time' in a: strs.append(a['time'])
    for key in ('date','proposal_date'):
        if key in a: strs.append(datetime.date.fromisoformat(a[key]).strftime('%d/%m/%Y'))
    for s in strs:
        if s and norm(s).lower() not in tl: miss.append(s)
    print(k['file'], 'MISSING:' if miss else 'ok', miss)
