# Listening: a recording of the text, and the phone's own voice (read aloud).
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
listen-in = Posłuchaj: { $language }
listen-download = Pobierz nagranie
listen-size = { $format }, { $kb } KB
listen-length = Czas trwania
read-aloud = Czytaj na głos
read-aloud-stop = Zatrzymaj czytanie
listen-print = Posłuchaj na stronie internetowej
