"""People of the Comune di Chieti in January 2029 (invented), shared by the
Chieti documents of mix-138-b. Council order: Sindaco, then groups."""

SINDACO = ("MARINUCCI DIEGO", "Sindaco")

GROUPS = [
    ("GRUPPO CHIETI IN COMUNE", [("D'ALESSANDRO FABIO", "Presidente del Consiglio"),
                                 ("DI NISIO CHIARA", "Consigliere"),
                                 ("TENAGLIA ROBERTO", "Consigliere"),
                                 ("COLANTONIO ILARIA", "Consigliere"),
                                 ("DI CRESCENZO MARCO", "Consigliere")]),
    ("GRUPPO PARTITO DEMOCRATICO", [("CIAMPOLI ALESSANDRA", "Vice Presidente del Consiglio"),
                                    ("DI FABIO LUCA", "Consigliere"),
                                    ("D'ONOFRIO GIULIA", "Consigliere"),
                                    ("PAOLINI STEFANO", "Consigliere"),
                                    ("DE LAURENTIS ANDREA", "Consigliere"),
                                    ("VERÌ LORENZO", "Consigliere")]),
    ("GRUPPO CHIETI VIVA", [("DI PRINZIO VALENTINA", "Consigliere"),
                            ("RICCIUTI EMANUELE", "Consigliere"),
                            ("SANTOLERI FRANCESCA", "Consigliere"),
                            ("IEZZI MASSIMO", "Consigliere")]),
    ("GRUPPO AZIONE CIVICA TEATINA", [("BUCCIARELLI SARA", "Consigliere"),
                                      ("DI TULLIO GIANLUCA", "Consigliere"),
                                      ("DE CESARE ANTONIO", "Consigliere"),
                                      ("MAMMARELLA RITA", "Consigliere")]),
    ("GRUPPO FRATELLI D'ITALIA", [("DI PIETRANTONIO CARLO", "Consigliere"),
                                  ("RUGGIERI ELISA", "Consigliere"),
                                  ("DI BERARDINO PAOLO", "Consigliere"),
                                  ("D'ORAZIO FEDERICO", "Consigliere")]),
    ("GRUPPO FORZA ITALIA", [("CIPOLLONE VINCENZO", "Consigliere"),
                             ("DI MATTEO LORENA", "Consigliere"),
                             ("FEBO GIANCARLO", "Consigliere")]),
    ("GRUPPO LEGA", [("ZAPPACOSTA NICOLA", "Consigliere"),
                     ("SCIARRETTA DEBORA", "Consigliere")]),
    ("GRUPPO CHIETI PRIMA DI TUTTO", [("DI CARLO ERNESTO", "Consigliere"),
                                      ("D'ERCOLE MONICA", "Consigliere"),
                                      ("TATASCIORE GABRIELE", "Consigliere")]),
    ("GRUPPO MISTO", [("PANTALONE MARINA", "Consigliere")]),
]


def council():
    """[(name, role)] in council order, Sindaco first."""
    out = [SINDACO]
    for _, members in GROUPS:
        out += members
    return out


def title_case(name):
    """'D'ALESSANDRO FABIO' -> "D'Alessandro Fabio", 'VERÌ LORENZO' -> 'Verì Lorenzo'."""
    words = []
    for w in name.split(" "):
        if "'" in w:
            a, b = w.split("'", 1)
            words.append(a.capitalize() + "'" + b.capitalize())
        else:
            words.append(w.capitalize())
    return " ".join(words)


GIUNTA = [("MARINUCCI DIEGO", "Sindaco"),
          ("DI GIOVANNI TERESA", "Vice Sindaco - Assessore al Bilancio, Tributi e Società Partecipate"),
          ("D'ANGELO PIETRO", "Assessore ai Lavori Pubblici, Viabilità e Manutenzioni"),
          ("MANCINI LAURA", "Assessore alle Politiche Sociali, Famiglia e Pari Opportunità"),
          ("DI MARZIO ROBERTO", "Assessore all'Urbanistica, Edilizia Privata e Centro Storico"),
          ("DE LUCA FEDERICA", "Assessore alla Cultura, Turismo e Grandi Eventi"),
          ("DI PAOLO SIMONE", "Assessore all'Ambiente, Verde Pubblico e Igiene Urbana"),
          ("VERNA CLAUDIA", "Assessore alla Pubblica Istruzione, Università e Politiche Giovanili"),
          ("DI BLASIO MARCO", "Assessore allo Sport, Commercio e Attività Produttive")]
