# Listening: a recording of the text, and the phone's own voice (read aloud).
listen-in = Anhören auf { $language }
listen-download = Aufnahme herunterladen
listen-size = { $format }, { $kb } KB
listen-length = Dauer
read-aloud = Vorlesen
read-aloud-stop = Vorlesen beenden
listen-print = Zum Anhören auf der Website
