# writes ../keys.json (run from OUTDIR); kept as the record of how the keys were written
import json
K = []
def add(**k): K.append(k)
add(file="delibera-giunta-nurri-reportlab.pdf", role="act",
    what="Giunta deliberation 27/2026 of Nurri (in-house ReportLab app): register box, OGGETTO beside a label, roll as a 4-column table (one absent), unanimous vote in prose, 4 numbered points, publication box at the end, running foot with page x of y",
    operative_points=4,
    act=dict(municipality="Comune di Nurri", organ="Giunta Comunale", kind="deliberazione", number=27, date="2026-03-12", time="12:30",
        subject="Approvazione del progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della strada comunale “Su Pranu” – CUP H27H25001130004.",
        proposing_office="Area Tecnica", proposal_number=31, proposal_date="2026-03-09",
        attendees=[dict(name="MURGIA EFISIO", role="Sindaco", present=True), dict(name="CADDEO MARIA LUISA", role="Vicesindaco", present=True),
                   dict(name="SERRA GIAMPAOLO", role="Assessore", present=True), dict(name="PIRAS ANTONELLO", role="Assessore", present=False),
                   dict(name="LOI FRANCESCA", role="Assessore", present=True)],
        president=dict(title="Sig.", role="Sindaco", name="Efisio Murgia"),
        secretary=dict(title="Dott.ssa", role="Segretario Comunale", name="Rossana Atzeni"),
        vote="unanimous", immediately_executive=True))
roll = [("ZANELLA LUCA","Sindaco",True),("BERTOLDI ANNA","Presidente",True),("TREVISAN MARCO","Consigliere",True),
("DAL BEN GIULIA","Consigliere",True),("FERRARESE PAOLO","Consigliere",True),("MENEGHINI SARA","Consigliere",False),
("CASTAGNA ROBERTO","Consigliere",True),("VENTURINI ELENA","Consigliere",True),("ZAMBONI DAVIDE","Consigliere",True),
("PERBELLINI CHIARA","Consigliere",True),("GUGOLE STEFANO","Consigliere",True),("BONOMO FEDERICA","Consigliere",True),
("RIGHETTI ALBERTO","Consigliere",False),("TOSATO MICHELA","Consigliere",True),("ZORZI GIANLUCA","Consigliere",True),
("FACCIOLI ILARIA","Consigliere",True),("BURATO NICOLA","Consigliere",True)]
add(file="delibera-consiglio-sanbonifacio-thymeleaf.pdf", role="act",
    what="Consiglio deliberation 9/2026 of San Bonifacio, print view of a Java web app (Chromium): label grid with number/date/session/proposal, subject in a framed block, 17-member roll in two side-by-side numbered columns (1-9 left, 10-17 right), vote in a table (majority), 3 numbered points, fixed foot with digital-signature line",
    operative_points=3,
    act=dict(municipality="Comune di San Bonifacio", organ="Consiglio Comunale", kind="deliberazione", number=9, date="2026-02-26", time="20:30",
        subject="MODIFICA AL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE. APPROVAZIONE.",
        proposing_office="Servizio Tributi", proposal_number=12, proposal_date="2026-02-10",
        attendees=[dict(name=n, role=r, present=p) for n, r, p in roll],
        president=dict(title="Sig.ra", role="Presidente del Consiglio Comunale", name="Anna Bertoldi"),
        secretary=dict(title="Dott.", role="Segretario Generale", name="Fabrizio Castellani"),
        vote="majority", vote_counts=dict(present=15, voters=14, in_favour=10, against=4, abstained=1), immediately_executive=True))
add(file="delibera-giunta-unionetrasimeno-pdflatex.pdf", role="act",
    what="deliberation 14/2026 of the Giunta of the Unione dei Comuni del Trasimeno (pdfLaTeX article): running head with the member towns, number/date in a small ruled box, roll in prose (present list then absent list), unanimous vote in prose, 5 points numbered 1)-5), publication box",
    operative_points=5,
    act=dict(municipality="Unione dei Comuni del Trasimeno", organ="Giunta dell’Unione", kind="deliberazione", number=14, date="2026-03-05", time="15:30",
        subject="Approvazione dello schema di convenzione per la gestione associata delle funzioni di Polizia Locale tra l’Unione e i Comuni aderenti – triennio 2026/2028.",
        attendees=[dict(name="BURICO MATTEO", role="Presidente", present=True), dict(name="LUCARINI SILVIA", role="Vice Presidente", present=True),
                   dict(name="ROSATI GIANNI", role="Assessore", present=True), dict(name="SEVERINI LAURA", role="Assessore", present=True),
                   dict(name="MONACCHIA PIERO", role="Assessore", present=True), dict(name="TIBERI GIULIANO", role="Assessore", present=True),
                   dict(name="CHIODINI ENRICO", role="Assessore", present=False), dict(name="FALSETTI MARTA", role="Assessore", present=False)],
        president=dict(title="Dott.", role="Presidente dell’Unione", name="Matteo Burico"),
        secretary=dict(title="Dott.ssa", role="Segretario dell’Unione", name="Paola Mencarelli"),
        vote="unanimous", immediately_executive=True))
add(file="determina-ceggia-printfil.pdf", role="act",
    what="determinazione of Ceggia's Area Tecnica as a legacy monospaced spool (enscript + Ghostscript, Printfil-like): ASCII rules and a register box with general (78 of 10/03) and area (21 of 06/03) numbers, wrapped OGGETTO, 5 points 1)-5), accounting visa, running head with page x of y",
    operative_points=5,
    act=dict(municipality="Comune di Ceggia", organ="Area Tecnica", office="Servizio Lavori Pubblici e Manutenzioni", kind="determinazione",
        number=78, sector_number=21, date="2026-03-10",
        subject="AFFIDAMENTO DIRETTO DEL SERVIZIO DI SFALCIO DEI CIGLI E DELLE BANCHINE STRADALI PER L’ANNO 2026 AI SENSI DELL’ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 - DITTA VERDE LIVENZA S.R.L. - CIG B6F2A41C87 - IMPEGNO DI SPESA."))
add(file="determina-oppidolucano-cecsistemi.pdf", role="act",
    what="determinazione of Oppido Lucano (iText 7): letterhead, label grid with Settore, Servizio, sector number/adoption date and general register number/registration date, subject beside OGGETTO:, 4 dash-bulleted points, accounting visa box, running foot",
    operative_points=4,
    act=dict(municipality="Comune di Oppido Lucano", organ="AREA AMMINISTRATIVA E SERVIZI ALLA PERSONA", office="Servizi Sociali", kind="determinazione",
        number=112, sector_number=34, date="2026-03-11",
        subject="Servizio di trasporto sociale per anziani e persone con disabilità – Approvazione del rendiconto e liquidazione all’Associazione di volontariato “Oppido Solidale” – Periodo gennaio-febbraio 2026."))
add(file="determina-frattatodina-kohana.pdf", role="act",
    what="determinazione 45/2026 of Fratta Todina (TCPDF, in-house PHP app): running-head box with the register number, Area and Servizio lines, label table with number/date, sector number and proposal, 4 numbered points in a table, visa and publication boxes",
    operative_points=4,
    act=dict(municipality="Comune di Fratta Todina", organ="AREA ECONOMICO-FINANZIARIA", office="Servizio Ragioneria", kind="determinazione",
        number=45, sector_number=12, date="2026-03-09", proposal_number=51, proposal_date="2026-03-05",
        subject="Impegno di spesa per il rinnovo dell'abbonamento alla banca dati normativa on line e al servizio di aggiornamento professionale per l'Ufficio Ragioneria – Anno 2026 – CIG B7D3E52A19."))
add(file="ordinanza-corletoperticara-pageplus.pdf", role="act",
    what="contingent and urgent ordinanza 6/2026 of the Sindaco of Corleto Perticara as a framed one-page manifesto (fpdf2, PagePlus-like): number and date in a coloured band, OGGETTO, IL SINDACO, 3 numbered points under ORDINA, DISPONE",
    operative_points=3,
    act=dict(municipality="Comune di Corleto Perticara", organ="Sindaco", kind="ordinanza", number=6, date="2026-03-12",
        subject="Chiusura della Scuola dell’Infanzia e della Scuola Primaria di Via Martiri della Libertà per il giorno 13 marzo 2026 per interventi urgenti sulla rete idrica."))
add(file="avviso-samugheo-quarkxpress.pdf", role="act",
    what="numbered avviso pubblico 3/2026 of Samugheo (rent contributions) as a two-column flyer (Chromium, QuarkXPress-like): coloured band with the Area, number in a tag, title as the subject, subtitle with the law, deadline box, signature with place and date",
    act=dict(municipality="Comune di Samugheo", organ="Area Socio-Assistenziale e Culturale", office="Servizio Sociale", kind="avviso", number=3, date="2026-03-11",
        subject="CONTRIBUTI PER IL SOSTEGNO ALL'ACCESSO ALLE ABITAZIONI IN LOCAZIONE – ANNUALITÀ 2026"))
add(file="attestazione-arrone-richfaces.pdf", role="certificate",
    what="certificate of publication (PDFBox, JSF back-office report) of Giunta deliberation 22 of 04/03/2026, register n. 187/2026, published 06/03-21/03/2026: label grid then the attestation by the Messo",
    act=dict(municipality="Comune di Arrone", kind="attestazione", number=22, date="2026-03-04",
        subject="Concessione in uso temporaneo della Sala Polivalente “Valnerina” alle associazioni locali – Approvazione delle tariffe per l’anno 2026."))
add(file="allegato-rotondella-excel.pdf", role="attachment",
    what="Allegato A to Giunta deliberation 31/2026 of Rotondella: a spreadsheet (xlsx printed by LibreOffice Calc, Excel-like header/footer) allotting contributions to 8 sports clubs, landscape, one page",
    act=dict(municipality="Comune di Rotondella"))
add(file="convocazione-fiessodartico-beamer.pdf", role="notice",
    what="convocation of the Consiglio Comunale of Fiesso d'Artico for 19/03/2026 20:45 as two 16:9 beamer frames: headline with the body, title, CONVOCA, boxed date/place, agenda of 6 items, signature of the Sindaco; protocol number and date in the footline",
    act=dict(municipality="Comune di Fiesso d’Artico", kind="convocazione", date="2026-03-12", subject="CONVOCAZIONE DEL CONSIGLIO COMUNALE"))
add(file="pubblicazione-pattada-ansc.pdf", role="notice",
    what="banns (pubblicazione di matrimonio, atto n. 4 Parte I 2026) of Pattada as printed from ANSC (wkhtmltopdf): ANSC top line, letterhead, title, spouses in a two-cell table, signature of the Ufficiale dello Stato Civile, affixion box",
    act=dict(municipality="Comune di Pattada", office="Ufficiale dello Stato Civile", kind="pubblicazione di matrimonio", number=4, date="2026-03-11",
        subject="PUBBLICAZIONE DI MATRIMONIO"))
json.dump(K, open('keys.json', 'w'), ensure_ascii=False, indent=1)
print(len(K))
