"""Shared data of the Comune di Oria (Hypersic-like house style)."""

COUNCIL = [
    # name, role printed in the roll, group
    ("PESARE Francesco", "Sindaco", "Oria Bene Comune"),
    ("ANDRIULO Annamaria", "Presidente", "Oria Bene Comune"),
    ("URGESE Giuseppe", "Consigliere", "Oria Bene Comune"),
    ("CARLUCCI Francesca", "Consigliere", "Oria Bene Comune"),
    ("PINTO Vito", "Consigliere", "Oria Bene Comune"),
    ("CAVALLO Lucia", "Consigliere", "Oria Bene Comune"),
    ("ANTONUCCI Antonio", "Consigliere", "Oria Bene Comune"),
    ("MARINOSCI Teresa", "Consigliere", "Progetto Oria"),
    ("PERRUCCI Domenico", "Consigliere", "Progetto Oria"),
    ("SARACINO Marco", "Consigliere", "Progetto Oria"),
    ("MELE Rosanna", "Consigliere", "Progetto Oria"),
    ("D'ERRICO Pietro", "Consigliere", "Progetto Oria"),
    ("FRANCIOSO Gianluca", "Consigliere", "Oria Domani"),
    ("LIGORIO Maria Grazia", "Consigliere", "Oria Domani"),
    ("PASSIANTE Roberto", "Consigliere", "Oria Domani"),
    ("CANNALIRE Ilaria", "Consigliere", "Gruppo Misto"),
    ("DI CASTRI Salvatore", "Consigliere", "Gruppo Misto"),
]

GIUNTA = [
    ("PESARE Francesco", "Sindaco"),
    ("URGESE Giuseppe", "Vice Sindaco"),
    ("CARLUCCI Francesca", "Assessore"),
    ("PINTO Vito", "Assessore"),
    ("CAVALLO Lucia", "Assessore"),
    ("ANTONUCCI Antonio", "Assessore"),
]

ADDRESS = "Piazza Cattedrale, 1 - 72024 Oria (BR)"
