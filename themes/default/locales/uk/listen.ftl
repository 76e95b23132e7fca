# Listening: a recording of the text, and the phone's own voice (read aloud).
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
listen-in = Слухати: { $language }
listen-download = Завантажити запис
listen-size = { $format }, { $kb } КБ
listen-length = Тривалість
read-aloud = Прочитати вголос
read-aloud-stop = Зупинити читання
listen-print = Послухати на сайті
