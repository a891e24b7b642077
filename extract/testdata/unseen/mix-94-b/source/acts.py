# Shared invented data (people, numbers) for the deliberations of set mix-94-b.
# status: P present, A absent, AG absent justified, R present by video link
SEGRATE = [("MICHELI Paolo Giovanni", "Sindaco", "P"), ("BRAMBILLA Chiara", "Presidente del Consiglio", "P"),
 ("COLOMBO Davide", "Consigliere", "P"), ("VILLA Serena", "Consigliere", "R"), ("GALBIATI Marco", "Consigliere", "P"),
 ("SALA Federica", "Consigliere", "P"), ("CRIPPA Andrea", "Consigliere", "AG"), ("MAURI Elisa", "Consigliere", "P"),
 ("CATTANEO Luigi", "Consigliere", "P"), ("RONCHI Valentina", "Consigliere", "P"), ("RIVA Stefano", "Consigliere", "R"),
 ("POZZI Martina", "Consigliere", "P"), ("FUMAGALLI Roberto", "Consigliere", "P"), ("LONGONI Alessia", "Consigliere", "P"),
 ("MONTI Giorgio", "Consigliere", "A"), ("BASSI Cristina", "Consigliere", "P"), ("VERGANI Matteo", "Consigliere", "P"),
 ("TAGLIABUE Irene", "Consigliere", "P"), ("MARIANI Fabio", "Consigliere", "P"), ("REDAELLI Laura", "Consigliere", "P"),
 ("MERONI Simone", "Consigliere", "P"), ("FRIGERIO Anna", "Consigliere", "AG"), ("SPINELLI Claudio", "Consigliere", "P"),
 ("AROSIO Beatrice", "Consigliere", "P"), ("CORBETTA Emanuele", "Consigliere", "P")]
