# Listening: a recording of the text, and the phone's own voice (read aloud).
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
listen-in = استمع باللغة { $language }
listen-download = تنزيل التسجيل
listen-size = { $format }، { $kb } كيلوبايت
listen-length = المدة
read-aloud = اقرأ بصوت عالٍ
read-aloud-stop = أوقف القراءة
listen-print = استمع إليه على الموقع
