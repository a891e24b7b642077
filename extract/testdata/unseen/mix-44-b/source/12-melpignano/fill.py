#!/usr/bin/env python3
"""Fills the notice template with relatorio (Genshi) and writes the ODT."""
import sys
from relatorio.templates.opendocument import Template
data = dict(
    ente='COMUNE DI MELPIGNANO',
    provincia='Provincia di Lecce',
    ufficio='UFFICIO TECNICO COMUNALE',
    titolo='CHIUSURA TEMPORANEA DEL CIMITERO COMUNALE PER LAVORI DI MESSA IN SICUREZZA',
    premessa='Si informa la cittadinanza che, per consentire l’esecuzione dei lavori di messa in sicurezza del muro '
             'di cinta e dei viali interni del Cimitero comunale di via Castrignano, affidati con determinazione '
             'n. 64 del 02/03/2026, il cimitero resterà chiuso al pubblico secondo il seguente calendario:',
    punti=['da lunedì 16 marzo 2026 a venerdì 20 marzo 2026, per l’intera giornata;',
           'da lunedì 23 marzo 2026 a mercoledì 25 marzo 2026, dalle ore 7:00 alle ore 13:00.'],
    chiusura='Durante il periodo di chiusura saranno comunque garantite le operazioni di polizia mortuaria '
             '(tumulazioni e inumazioni), previo accordo con l’Ufficio Tecnico (tel. 0836 439021). '
             'Ci scusiamo per il disagio e ringraziamo per la collaborazione.',
    luogo_data='Melpignano, 11/03/2026',
    firma_ruolo='IL RESPONSABILE DELL’UFFICIO TECNICO',
    firma_nome='Arch. Donato Rizzo',
    piede='Piazza Avantaggiato, 1 – 73020 Melpignano (LE) – protocollo.comune.melpignano@pec.rupar.puglia.it',
)
basic = Template(source='', filepath=sys.argv[1])
out = basic.generate(o=None, **data).render()
open(sys.argv[2], 'wb').write(out.getvalue())
