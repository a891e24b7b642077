"""Città di Cologno Monzese, determinazione RG 1187 del 10/12/2025 - Civilia Next-like print (fodt), register box in a text frame."""
from fodt_common import Doc
from logo import crest

logo = crest("logo-cologno.png", field=(230, 230, 235), charge=(190, 30, 40), variant=1)
d = Doc(font="Liberation Sans", size="10pt", margins=("1.5cm", "1.5cm", "2.0cm", "2.0cm"))
hp = d.pstyle(align="start", after="0cm")
hn = d.pstyle(align="start", size="14pt", bold=True, after="0cm", color="#7A1020")
hs = d.pstyle(align="start", size="8.5pt", after="0cm")
img = d.image(logo, 1.4, 1.75)
saved = d.body; d.body = []
d.table([[('<text:p text:style-name="%s">%s</text:p>' % (hp, img), hp),
          (d.p("CITTÀ DI COLOGNO MONZESE", style=hn) + d.p("Città Metropolitana di Milano", style=hs) + d.p("Via della Repubblica, 1 – 20093 Cologno Monzese (MI) – www.comune.colognomonzese.mi.it", style=hs), hs)]],
        [1.9, 15.1], border=None, align="left")
d.header = d.body[0] + d.p("", style=d.pstyle(after="0cm", size="3pt", border=None)); d.body = saved
d.footer = d.p("Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e s.m.i.\tPag. {PAGE} di {PAGES}", size="7.5pt", align="start", italic=True, tabs=[("17cm", "right", False)])

# register box: a text frame at the right, anchored to the first heading paragraph
fp = d.pstyle(align="start", size="9pt", after="0.05cm")
frame = d.textframe(d.p("**Registro Generale**", style=fp) + d.p("N. **1187** del **10/12/2025**", style=fp) +
                    d.p("**Registro di Settore**", style=fp) + d.p("N. **245** del **09/12/2025**", style=fp),
                    w_cm=5.6, x_cm=11.4, y_cm=0.0, bg="#F2F2F2")
h1 = d.pstyle(align="start", size="12pt", bold=True, after="0.1cm", right="6.2cm")
d.add('<text:p text:style-name="%s">%sDETERMINAZIONE DIRIGENZIALE</text:p>' % (h1, frame))
d.para("AREA SERVIZI ALLA PERSONA", align="start", bold=True, size="10.5pt", after="0.05cm", right="6.2cm")
d.para("Servizio Disabilità e Fragilità", align="start", size="10pt", after="0.05cm", right="6.2cm", italic=True)
d.para("", after="0.9cm")

d.para("**OGGETTO:** AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SOCIALE PER PERSONE CON DISABILITÀ PER IL PERIODO 01/01/2026 – 31/12/2026 ALLA COOPERATIVA SOCIALE SOLIDARIETÀ BRIANZA S.C.S. ONLUS – CIG B4E7A12C3F – IMPEGNO DI SPESA.",
       align="justify", before="0.2cm", after="0.3cm", border="0.5pt solid #7A1020", bg="#FBF4F5")
d.para("IL DIRIGENTE", align="center", bold=True, after="0.2cm")
pre = [
 "**Richiamati:**",
]
d.para("**Richiamati:**", after="0.1cm")
d.lst([
 "il decreto sindacale n. 14 del 30/06/2025, con il quale è stato conferito al sottoscritto l'incarico di direzione dell'Area Servizi alla Persona;",
 "la deliberazione del Consiglio Comunale n. 8 del 27/02/2025, con la quale è stato approvato il bilancio di previsione finanziario 2025/2027;",
 "la deliberazione della Giunta Comunale n. 52 del 13/03/2025, di approvazione del Piano Esecutivo di Gestione 2025/2027;",
], kind="bul", bullet="–")
for t in [
 "**Premesso** che il Comune garantisce il trasporto delle persone con disabilità verso i centri diurni, i servizi di formazione all'autonomia e le strutture sanitarie del territorio, servizio attualmente in scadenza al 31/12/2025;",
 "**Dato atto** che con determinazione n. 1012 del 28/10/2025 è stata indetta una procedura negoziata, ai sensi dell'art. 50, comma 1, lett. e), del D.Lgs. 31 marzo 2023, n. 36, riservata alle cooperative sociali di tipo B ai sensi dell'art. 61 del medesimo decreto, tramite la piattaforma di approvvigionamento digitale Sintel di ARIA S.p.A.;",
 "**Visto** il verbale della commissione giudicatrice del 27/11/2025, dal quale risulta che l'offerta economicamente più vantaggiosa è quella presentata dalla Cooperativa Sociale Solidarietà Brianza S.c.s. Onlus, con sede in Monza, via Borgazzi n. 38, C.F./P.IVA 02298760964, con un punteggio complessivo di 87,40/100 e un ribasso del 4,15% sull'importo a base di gara;",
 "**Verificato** il possesso dei requisiti di ordine generale e speciale in capo all'aggiudicatario mediante il Fascicolo Virtuale dell'Operatore Economico (FVOE), con esito regolare;",
 "**Dato atto** che non sussistono situazioni di conflitto di interessi, anche potenziale, in capo al sottoscritto e al responsabile del procedimento, ai sensi dell'art. 16 del D.Lgs. n. 36/2023 e dell'art. 6-bis della Legge n. 241/1990;",
 "**Visti** il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli artt. 107, 151, comma 4, 183 e 192, il vigente Regolamento di contabilità e lo Statuto comunale;",
]:
    d.para(t, after="0.15cm")
d.para("D E T E R M I N A", align="center", bold=True, before="0.25cm", after="0.2cm", keep=True)
d.lst([
 "di aggiudicare il servizio di trasporto sociale per persone con disabilità per il periodo 01/01/2026 – 31/12/2026 alla Cooperativa Sociale Solidarietà Brianza S.c.s. Onlus, C.F./P.IVA 02298760964, per l'importo di **€ 143.760,00** oltre IVA al 5%, per complessivi € 150.948,00;",
 "di impegnare la spesa complessiva di € 150.948,00 alla Missione 12, Programma 02, capitolo 12021/30 «Trasporto disabili – prestazioni di servizi» del bilancio 2025/2027, esercizio 2026;",
 "di dare atto che il contratto sarà stipulato mediante scrittura privata in modalità elettronica, ai sensi dell'art. 18 del D.Lgs. n. 36/2023;",
 "di nominare Responsabile Unico del Progetto la Dott.ssa Chiara Villa, funzionaria del Servizio Disabilità e Fragilità;",
 "di pubblicare il presente provvedimento all'Albo Pretorio on line e nella sezione «Amministrazione trasparente – Bandi di gara e contratti».",
], kind="num", fmt="1", suffix=".")
sg = d.pstyle(align="center", before="0.5cm", after="0cm", keep=True)
d.add('<text:p text:style-name="%s">IL DIRIGENTE<text:line-break/>DELL\'AREA SERVIZI ALLA PERSONA<text:line-break/>Dott. Stefano Brambilla<text:line-break/><text:span text:style-name="TI">(firmato digitalmente)</text:span></text:p>' % d.pstyle(align="end", before="0.5cm", after="0.3cm", keep=True))

d.para("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", align="center", bold=True, size="9.5pt", before="0.6cm", after="0.1cm", keep=True, bg="#E6E6E6")
d.para("Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, con le seguenti registrazioni:", size="9pt", after="0.15cm")
tp = d.pstyle(align="center", size="8.5pt", after="0cm")
d.table([["Esercizio", "Capitolo", "Impegno", "Importo", "Beneficiario"],
         ["2026", "12021/30", "158/2026", "€ 150.948,00", "Coop. Sociale Solidarietà Brianza S.c.s. Onlus"]],
        [2.0, 2.5, 2.5, 3.0, 7.0], header_bg="#D9D9D9", pstyles=[tp] * 5)
d.para("Cologno Monzese, 10/12/2025\tIL RESPONSABILE DEL SERVIZIO FINANZIARIO\n\tDott.ssa Laura Galbiati", size="9pt", align="start", before="0.3cm", tabs=[("12.2cm", "center", False)])
d.write("determina-colognomonzese-civilia.fodt")
