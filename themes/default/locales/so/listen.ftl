# Listening: a recording of the text, and the phone's own voice (read aloud).
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
listen-in = Ku dhageyso { $language }
listen-download = Soo deji duubista
listen-size = { $format }, { $kb } KB
listen-length = Muddada
read-aloud = Kor u akhri
read-aloud-stop = Jooji akhrinta
listen-print = Ka dhageyso websaydhka
