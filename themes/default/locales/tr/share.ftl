# Passing a page on, and calendar subscriptions.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
share-heading = Paylaş
share-sms = SMS
share-email = E-posta
share-link = Bu sayfanın bağlantısı
share-copy-button = Bağlantıyı kopyala
share-copied = Bağlantı kopyalandı
share-button = Paylaş…
calendar-subscribe = Takvimine abone ol
calendar-subscribe-hint = Yeni tarihler kendiliğinden gelir (webcal)
next-dates-add = Takvimine eklemek için bir tarihe dokun.
