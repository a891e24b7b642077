# Convocation of the Assemblea dei Soci of an ASP (public agency for
# personal services): a letter on a Word template (Carlito ~ Calibri).
from docxlib import Doc
D = Doc(font="Carlito", size=11, margins=(1.6, 2.0, 2.3, 2.3))
D.header_text(["ASP SENECA", "Azienda Pubblica di Servizi alla Persona", "Sede legale: Via Matteotti, 191 - 40014 Crevalcore (BO) - P.IVA 02900531207 - PEC aspseneca@pec.it"], align="l", size=9)
D.footer_text("ASP Seneca - Comuni soci: Anzola dell'Emilia, Calderara di Reno, Crevalcore, Sala Bolognese, San Giovanni in Persiceto, Sant'Agata Bolognese", size=7.5, page=False)
D.p("Prot. n. 1184/2026", None, before=12, after=0)
D.p("Crevalcore, 10/04/2026", "r", after=12)
for ln in ["Ai Sindaci dei Comuni soci", "Anzola dell'Emilia, Calderara di Reno, Crevalcore,", "Sala Bolognese, San Giovanni in Persiceto, Sant'Agata Bolognese", "LORO SEDI", "",
           "e p.c.   All'Amministratore Unico", "             Al Revisore unico dei conti", "             Al Direttore"]:
    D.p(ln, None, after=0, indent=8.2)
D.p("", after=8)
D.p([("OGGETTO: ", "b"), ("Convocazione dell'Assemblea dei Soci – seduta ordinaria del 28 aprile 2026.", "b")], "j", after=10)
D.p("Ai sensi dell'articolo 10 dello Statuto dell'Azienda e dell'articolo 4 del Regolamento di funzionamento dell'Assemblea, "
    "le SS.LL. sono convocate in seduta ordinaria per il giorno", "j")
D.p("martedì 28 aprile 2026, alle ore 15:00,", "c", bold=True, before=4, after=4)
D.p("presso la sala riunioni della sede legale di Crevalcore, Via Matteotti 191, ovvero in collegamento da remoto mediante la piattaforma "
    "indicata nella mail di invito, con il seguente", "j")
D.p("ORDINE DEL GIORNO", "c", bold=True, before=6, after=4)
for i, t in enumerate(["Comunicazioni del Presidente dell'Assemblea;",
                       "Approvazione del bilancio consuntivo dell'esercizio 2025 e della relazione sulla gestione dell'Amministratore Unico;",
                       "Approvazione del piano programmatico 2026-2028 e del bilancio pluriennale di previsione: aggiornamento;",
                       "Determinazione delle quote di partecipazione dei Comuni soci per l'anno 2026;",
                       "Varie ed eventuali."], 1):
    D.p("%d. %s" % (i, t), "j", indent=1.0, first=-0.6, after=2)
D.p("In caso di mancato raggiungimento del numero legale, l'Assemblea si intende fin d'ora convocata in seconda convocazione per il giorno "
    "mercoledì 29 aprile 2026, alle ore 15:00, nel medesimo luogo e con il medesimo ordine del giorno.", "j", before=8)
D.p("La documentazione relativa ai punti all'ordine del giorno è a disposizione dei Soci nell'area riservata del sito istituzionale dell'Azienda. "
    "Si ricorda che ciascun Sindaco può delegare per iscritto un Assessore o un Consigliere comunale.", "j")
D.p("Distinti saluti.", before=6)
D.p("Il Presidente dell'Assemblea dei Soci", "r", before=14, after=0)
D.p("Lorenzo Guidetti", "r", after=0)
D.p("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", "r", size=8, italic=True)
D.save("d10_convocazione.docx")
