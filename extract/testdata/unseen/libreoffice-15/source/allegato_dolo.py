"""Comune di Dolo, allegato A) alla deliberazione G.C. n. 18 del 12/02/2026 (tariffe sale) - Writer print (fodt)."""
from fodt_common import Doc
from logo import crest

logo = crest("logo-dolo.png", field=(40, 120, 90), charge=(250, 250, 250), variant=2)
d = Doc(font="Liberation Serif", size="10.5pt", margins=("1.5cm", "1.5cm", "2.2cm", "2.2cm"))
img = d.image(logo, 1.1, 1.4)
hp = d.pstyle(align="start", after="0cm")
saved = d.body; d.body = []
d.table([[('<text:p text:style-name="%s">%s</text:p>' % (hp, img), hp),
          (d.p("COMUNE DI DOLO", align="start", size="13pt", bold=True, after="0cm") +
           d.p("Città Metropolitana di Venezia", align="start", size="9pt", after="0cm"), hp),
          (d.p("//Allegato A)//", align="end", size="9pt", after="0cm"), hp)]],
        [1.6, 10.0, 5.0], border=None, align="left", valign="middle")
d.header = d.body[0]; d.body = saved
d.footer = d.p("Allegato A) – Tariffe sale e impianti comunali 2026 – pag. {PAGE}/{PAGES}", size="8pt", align="center", italic=True)

d.para("Allegato A) alla deliberazione della Giunta Comunale n. 18 del 12/02/2026", align="end", italic=True, size="9.5pt", after="0.4cm")
d.para("TARIFFE PER L'UTILIZZO DELLE SALE E DEGLI IMPIANTI SPORTIVI COMUNALI", align="center", bold=True, size="12.5pt", after="0.05cm")
d.para("ANNO 2026", align="center", bold=True, size="12pt", after="0.4cm")
d.para("Le tariffe sono espresse in euro, IVA inclusa ove dovuta, e si applicano dal 1° marzo 2026. Per «tariffa ridotta» si intende quella applicata alle associazioni iscritte all'Albo comunale delle associazioni e agli enti del Terzo Settore con sede nel Comune.", after="0.3cm")

d.para("1. SALE E SPAZI CULTURALI", align="start", bold=True, before="0.2cm", after="0.15cm")
tp = d.pstyle(align="start", size="9.5pt", after="0cm")
tn = d.pstyle(align="end", size="9.5pt", after="0cm")
th = d.pstyle(align="center", size="9.5pt", after="0cm", bold=True)
d.table([[("Spazio", th), ("Unità", th), ("Tariffa intera", th), ("Tariffa ridotta", th)],
         [("Sala consiliare «Aldo Moro» (solo iniziative pubbliche)", tp), ("mezza giornata", tp), ("€ 120,00", tn), ("€ 60,00", tn)],
         [("Auditorium di Villa Ferretti (160 posti)", tp), ("mezza giornata", tp), ("€ 250,00", tn), ("€ 110,00", tn)],
         [("Auditorium di Villa Ferretti (160 posti)", tp), ("giornata intera", tp), ("€ 420,00", tn), ("€ 190,00", tn)],
         [("Barchessa di Villa Ferretti – sala espositiva", tp), ("settimana", tp), ("€ 300,00", tn), ("€ 150,00", tn)],
         [("Sala riunioni del Centro civico di Sambruson", tp), ("ora", tp), ("€ 18,00", tn), ("€ 9,00", tn)],
         [("Sala riunioni del Centro civico di Arino", tp), ("ora", tp), ("€ 15,00", tn), ("€ 7,50", tn)]],
        [7.6, 3.2, 2.9, 2.9], header_bg="#E2EFE9")

d.para("2. IMPIANTI SPORTIVI", align="start", bold=True, before="0.35cm", after="0.15cm")
rs = d.pstyle(align="start", size="10pt", after="0.05cm", tabs=[("8.0cm", "right", True)])
inner = (d.p("**Palestra comunale di via Brenta**", style=rs) +
         "".join(d.p(x, style=rs) for x in ["allenamenti, per ora\t€ 22,00", "gare e partite, per ora\t€ 35,00", "manifestazioni con pubblico\t€ 180,00", "riscaldamento (ott.–apr.), per ora\t€ 6,00"]) +
         d.p("**Stadio comunale «Walter Martire»**", style=rs) +
         "".join(d.p(x, style=rs) for x in ["campo principale, per ora\t€ 45,00", "campo principale, con illuminazione\t€ 65,00", "campo di allenamento, per ora\t€ 25,00", "spogliatoi, per turno\t€ 12,00"]) +
         d.p("**Palestra della scuola primaria di Sambruson**", style=rs) +
         "".join(d.p(x, style=rs) for x in ["attività motorie adulti, per ora\t€ 16,00", "attività giovanili (under 18), per ora\t€ 8,00"]) +
         d.p("**Pista di pattinaggio del Parco del Sole**", style=rs) +
         "".join(d.p(x, style=rs) for x in ["uso esclusivo, per ora\t€ 14,00", "manifestazioni, per giornata\t€ 90,00"]))
d.section(inner, cols=2, gap="0.9cm")
d.para("Le tariffe degli impianti sportivi sono ridotte del 50% per le attività rivolte a persone con disabilità e per le società che svolgono esclusivamente attività giovanile.", before="0.25cm", size="9.5pt", italic=True)

d.para("3. DEPOSITO CAUZIONALE E MODALITÀ DI PAGAMENTO", align="start", bold=True, before="0.35cm", after="0.15cm", keep=True)
d.lst([
 "Per l'uso dell'Auditorium e della Barchessa di Villa Ferretti è richiesto un deposito cauzionale di € 200,00, restituito entro 30 giorni dal termine dell'utilizzo, previa verifica dello stato dei locali.",
 "Il pagamento deve essere effettuato almeno cinque giorni prima dell'utilizzo tramite la piattaforma pagoPA; la ricevuta va trasmessa all'Ufficio Cultura e Sport.",
 "L'utilizzo gratuito può essere concesso dalla Giunta Comunale, con provvedimento motivato, per iniziative patrocinate dal Comune.",
 "Le disdette comunicate con meno di tre giorni di preavviso comportano il pagamento del 50% della tariffa.",
], kind="num", fmt="a", suffix=")")
d.para("Il Responsabile dell'Area Servizi al Cittadino\n//Dott.ssa Giovanna Zampieri//", align="end", before="0.6cm", size="10pt")
d.write("allegato-dolo-writer.fodt")
