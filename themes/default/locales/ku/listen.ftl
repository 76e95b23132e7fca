# Listening: a recording of the text, and the phone's own voice (read aloud).
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
listen-in = Bi { $language } guhdarî bike
listen-download = Tomarê daxe
listen-size = { $format }, { $kb } KB
listen-length = Dirêjahî
read-aloud = Bi dengê bilind bixwîne
read-aloud-stop = Xwendinê rawestîne
listen-print = Li ser malperê guhdarî bike
