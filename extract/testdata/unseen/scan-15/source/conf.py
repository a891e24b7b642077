CONF['giunta-marostica-halley'] = dict(rot=[0.6, -0.4], bg=238, speckle=300, gamma=0.85,
    stamps=[('COMUNE DI MAROSTICA * PROVINCIA DI VICENZA * ', 'SEGRETERIA')])
CONF['consiglio-tirano-sicraweb'] = dict(rot=[-0.3, 0.5], bg=243, speckle=200, gamma=1.15, blur=0.4,
    stamps=[('COMUNE DI TIRANO * PROVINCIA DI SONDRIO * ', 'IL SEGRETARIO')])
CONF['giunta-canicatti-jiride'] = dict(rot=[0.35, 0.3], bg=232, speckle=220, gamma=0.85, seed='cani2',
    stamps=[('COMUNE DI CANICATTI * AGRIGENTO * ', 'SEGRETERIA\nGENERALE')],
    protocol=dict(pos=(-90, 22), lines=['COMUNE DI CANICATTI', 'Prot. n. 52318 del 04/12/2026'], size=20, angle=1.5, ink=70))
CONF['determina-spello-civilia'] = dict(rot=[-0.4, -0.35], bg=240, speckle=250, gamma=1.0,
    stamps=[('COMUNE DI SPELLO * AREA TECNICA * ', 'PG')])
CONF['determina-fagagna-insiel'] = dict(rot=[0.3], bg=245, speckle=150, gamma=1.25, blur=0.35,
    protocol=dict(pos=(-60, -40), lines=['COMUNE DI FAGAGNA', 'Prot. n. 11872 del 21/11/2026', 'Cat. 7  Cl. 6'], size=20, angle=-1.0, ink=80))
CONF['determina-lanusei-hypersic'] = dict(rot=[1.1, 0.9], bg=236, speckle=400, gamma=0.9)
CONF['ordinanza-penne-studiok'] = dict(rot=[-0.5, -0.5], bg=241, speckle=250, gamma=0.75,
    stamps=[('CITTA DI PENNE * PROVINCIA DI PESCARA * ', 'IL SINDACO')],
    protocol=dict(pos=(-50, -30), lines=['CITTA DI PENNE', 'Prot. n. 23904 del 03/12/2026'], size=21, angle=0.8, ink=60))
CONF['avviso-lucera-datagraph'] = dict(rot=[0.4, 0.2], bg=239, speckle=300, gamma=1.1)
CONF['certificato-cuneo-sfera'] = dict(rot=[-1.0], bg=242, speckle=200, gamma=0.95,
    stamps=[('CITTA DI CUNEO * SEGRETERIA GENERALE * ', 'ALBO\nPRETORIO')])
CONF['allegato-sezze-word'] = dict(rot=[0.25, 0.25], bg=246, speckle=120, gamma=1.2)
CONF['convocazione-ciromarina-siscom'] = dict(rot=[-0.2, -0.2], bg=237, speckle=300, gamma=0.85)
CONF['avviso-sanremo-provincia'] = dict(rot=[0.45, 0.45], bg=240, speckle=250, gamma=1.0,
    stamps=[('PROVINCIA DI IMPERIA * SETTORE AMBIENTE * ', 'IL DIRIGENTE')],
    protocol=dict(pos=(-90, 20), lines=['COMUNE DI SANREMO', 'Prot. n. 0098123 del 30/11/2026'], size=20, angle=-1.2, ink=55))
