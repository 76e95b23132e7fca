# Listening: a recording of the text, and the phone's own voice (read aloud).
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
listen-in = شنیدن به { $language }
listen-download = دانلود فایل صوتی
listen-size = { $format }، { $kb } کیلوبایت
listen-length = مدت
read-aloud = بلند بخوان
read-aloud-stop = توقف خواندن
listen-print = در ویب‌سایت بشنوید
