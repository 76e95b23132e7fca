# Listening: a recording of the text, and the phone's own voice (read aloud).
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
listen-in = په { $language } واورئ
listen-download = غږیز فایل ښکته کړئ
listen-size = { $format }، { $kb } کیلوبایټ
listen-length = موده
read-aloud = په لوړ غږ یې ولولئ
read-aloud-stop = لوستل ودروئ
listen-print = په ویب پاڼه کې یې واورئ
