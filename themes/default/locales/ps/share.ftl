# Passing a page on, and calendar subscriptions.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
share-heading = شریک یې کړئ
share-sms = SMS پیغام
share-email = برېښنالیک
share-link = د دې پاڼې لینک
share-copy-button = لینک کاپي کړئ
share-copied = لینک کاپي شو
share-button = شریکول…
calendar-subscribe = په جنتري کې ګډون وکړئ
calendar-subscribe-hint = نوې نېټې پخپله راځي (webcal)
next-dates-add = یوه نېټه کېکاږئ چې ستاسو جنتري ته ورزیاته شي.
