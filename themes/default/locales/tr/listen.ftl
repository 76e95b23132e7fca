# Listening: a recording of the text, and the phone's own voice (read aloud).
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
listen-in = { $language } dinleyin
listen-download = Kaydı indirin
listen-size = { $format }, { $kb } KB
listen-length = Süre
read-aloud = Sesli oku
read-aloud-stop = Okumayı durdur
listen-print = Web sitesinde dinleyin
