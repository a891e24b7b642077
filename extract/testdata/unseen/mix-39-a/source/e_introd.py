# Commune d'Introd / Comune di Introd (Valle d'Aosta) - bilingual determinazione, French paragraph
# followed by its Italian version; Word template converted by LibreOffice Writer.
from docxlib import *
d = new('Arial', 10, (22, 20, 14, 18))
s = d.sections[0]
hp = s.header.paragraphs[0]; hp.alignment = AL['c']
r = hp.add_run("COMMUNE D’INTROD   –   COMUNE DI INTROD"); r.bold = True; r.font.size = Pt(14)
hp2 = s.header.add_paragraph(); hp2.alignment = AL['c']
r = hp2.add_run("Région Autonome Vallée d’Aoste – Regione Autonoma Valle d’Aosta\nHameau de Villes-Dessus, 1 – 11010 Introd (AO) – Frazione Villes-Dessus, 1"); r.font.size = Pt(8)
fp = s.footer.paragraphs[0]; fp.alignment = AL['r']
r = fp.add_run('Dét./Det. n° 37/2026 – page/pagina '); r.font.size = Pt(8); page_field(fp)

t = d.add_table(rows=1, cols=1); borders(t, 8)
c = t.cell(0, 0)
p = c.paragraphs[0]; p.alignment = AL['c']
r = p.add_run('DÉTERMINATION DU RESPONSABLE DU SERVICE\nDETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO'); r.bold = True; r.font.size = Pt(12)
p = para(d, container=c, align='c'); add_runs(p, [('Service technique – ', 'i'), ('Servizio tecnico', 'b')])
p = para(d, container=c, align='c'); add_runs(p, [('N° 37 du 10 mars 2026', 'i'), ('   /   ', ''), ('N. 37 del 10 marzo 2026', 'b')])
para(d, '', after=2)

p = para(d, align='j'); add_runs(p, [('OBJET : ', 'bi'), ("Engagement de la dépense pour la fourniture de sel de déneigement pour la viabilité hivernale – saison 2025/2026 – en faveur de l’entreprise « Alpi Servizi S.r.l. » – CIG B6F2A0917C.", 'i')])
p = para(d, align='j'); add_runs(p, [('OGGETTO: ', 'b'), ("Impegno di spesa per la fornitura di sale antigelo per la viabilità invernale – stagione 2025/2026 – a favore della ditta «Alpi Servizi S.r.l.» – CIG B6F2A0917C.", 'b')])
para(d, '', after=0)
para(d, 'LE RESPONSABLE DU SERVICE TECHNIQUE', italic=True, align='c', after=0)
para(d, 'IL RESPONSABILE DEL SERVIZIO TECNICO', bold=True, align='c')
pairs = [
 ("Vu la loi régionale n° 54 du 7 décembre 1998 (Système des autonomies en Vallée d’Aoste) ;",
  "Vista la legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d’Aosta);"),
 ("Rappelé l’arrêté du syndic n° 2 du 8 janvier 2026 portant attribution des fonctions de responsable du service technique ;",
  "Richiamato il decreto del Sindaco n. 2 dell’8 gennaio 2026 di attribuzione delle funzioni di responsabile del servizio tecnico;"),
 ("Considérant que les chutes de neige de février 2026 ont épuisé les stocks de sel de la Commune et qu’il y a lieu de procéder à une nouvelle fourniture de 18 tonnes ;",
  "Considerato che le nevicate del mese di febbraio 2026 hanno esaurito le scorte di sale del Comune e che occorre procedere a una nuova fornitura di 18 tonnellate;"),
 ("Vu le devis présenté par l’entreprise « Alpi Servizi S.r.l. » de Saint-Pierre, s’élevant à 3 960,00 euros, IVA exclue ;",
  "Visto il preventivo presentato dalla ditta «Alpi Servizi S.r.l.» di Saint-Pierre, dell’importo di 3.960,00 euro, IVA esclusa;"),
]
for fr, it in pairs:
    para(d, fr, italic=True, align='j', after=0)
    para(d, it, align='j', after=5)
para(d, 'DÉCIDE', italic=True, bold=True, align='c', after=0)
para(d, 'DETERMINA', bold=True, align='c')
pts = [
 ("d’attribuer à l’entreprise « Alpi Servizi S.r.l. » la fourniture de 18 tonnes de sel de déneigement, pour un montant de 3 960,00 euros, IVA exclue ;",
  "di affidare alla ditta «Alpi Servizi S.r.l.» la fornitura di 18 tonnellate di sale antigelo, per l’importo di 3.960,00 euro, IVA esclusa;"),
 ("d’engager la dépense globale de 4 831,20 euros, IVA comprise, au chapitre 10520 du budget prévisionnel 2026/2028, exercice 2026 ;",
  "di impegnare la spesa complessiva di 4.831,20 euro, IVA compresa, al capitolo 10520 del bilancio di previsione 2026/2028, esercizio 2026;"),
 ("de liquider la dépense sur présentation de la facture, après vérification de la régularité de la fourniture.",
  "di liquidare la spesa su presentazione di fattura, previa verifica della regolarità della fornitura."),
]
for i, (fr, it) in enumerate(pts, 1):
    p = para(d, f'{i}) {fr}', italic=True, align='j', after=0); p.paragraph_format.left_indent = Mm(6)
    p = para(d, f'{i}) {it}', align='j', after=5); p.paragraph_format.left_indent = Mm(6)
para(d, '', after=6)
t = d.add_table(rows=1, cols=2)
c = t.cell(0, 1)
p = c.paragraphs[0]; p.alignment = AL['c']
add_runs(p, [('Le responsable du service technique\n', 'i'), ('Il responsabile del servizio tecnico\n', ''), ('Arch. Sylvie Cerise', 'b'), ('\n(signé numériquement – firmato digitalmente)', 'i')])
c = t.cell(0, 0)
p = c.paragraphs[0]
add_runs(p, [('Introd, le 10 mars 2026\nIntrod, lì 10 marzo 2026', '')])
para(d, '', after=8)
t = d.add_table(rows=1, cols=1); borders(t, 4)
c = t.cell(0, 0)
p = c.paragraphs[0]; p.alignment = AL['l']
add_runs(p, [('VISA DE RÉGULARITÉ COMPTABLE – VISTO DI REGOLARITÀ CONTABILE\n', 'b'),
             ('Engagement n° 2026/98 – Impegno n. 2026/98. Favorable – Favorevole.\nLe responsable du service financier – Il responsabile del servizio finanziario: Rag. Daniela Jocallaz', '')])
para(d, '', after=4)
p = para(d, align='j', size=8)
add_runs(p, [('Publication au tableau d’affichage en ligne du 11 mars 2026 au 26 mars 2026 – Pubblicazione all’albo pretorio on line dall’11 marzo 2026 al 26 marzo 2026.', 'i')])
d.save('e_introd.docx')
to_pdf('e_introd.docx', '../determinazione-introd-word.pdf')
