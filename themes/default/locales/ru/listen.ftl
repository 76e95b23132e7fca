# Listening: a recording of the text, and the phone's own voice (read aloud).
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
listen-in = Слушать: { $language }
listen-download = Скачать запись
listen-size = { $format }, { $kb } КБ
listen-length = Длительность
read-aloud = Прочитать вслух
read-aloud-stop = Остановить чтение
listen-print = Послушать на сайте
